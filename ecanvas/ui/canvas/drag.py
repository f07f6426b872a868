"""What follows the mouse in a gesture (see `gestures`): cards being moved, a new link being
drawn, and cards carried out of the view as a system drag.

While a drag runs, items move freely and nothing is written; an insertion marker shows where
in the block under the mouse the cards will go. The scene asks for the result on release and
turns it into exactly one command. Each mouse move costs the moved cards, the links touching
them, a geometry test over the blocks (a handful) and the insertion place (arithmetic on the
block's grid), never a pass over all cards.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QDrag, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ecanvas.model import Canvas
from ecanvas.model.layout import Insertion
from ecanvas.store import CardMove
from ecanvas.store.card_ops import insert_in_order
from ecanvas.ui.canvas import style
from ecanvas.ui.canvas.block_item import BlockItem
from ecanvas.ui.canvas.card_item import CardItem
from ecanvas.ui.canvas.host import GestureHost
from ecanvas.ui.canvas.link_item import RubberLink
from ecanvas.ui.mime import CardsPayload, cards_mime


class InsertionMarker(QGraphicsItem):
    """A bar in the gap where dragged cards will land, with a dot at each end."""

    def __init__(self, colour: QColor) -> None:
        super().__init__()
        self._line = QLineF()
        self._colour = QColor(colour)
        self.setZValue(style.Z_MARKER)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    @property
    def line(self) -> QLineF:
        return QLineF(self._line)

    def set_line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        line = QLineF(x1, y1, x2, y2)
        if line != self._line:
            self.prepareGeometryChange()
            self._line = line

    def boundingRect(self) -> QRectF:
        return QRectF(self._line.p1(), self._line.p2()).normalized().adjusted(-6, -6, 6, 6)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self._colour, 4.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(self._line)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colour)
        for end in (self._line.p1(), self._line.p2()):
            painter.drawEllipse(end, 4.5, 4.5)


class CardDrag:
    """Cards following the mouse from `press`; the block under the cursor is the target, and
    the gap nearest the cursor in it is where they go."""

    def __init__(self, host: GestureHost, items: list[CardItem], press: QPointF) -> None:
        self.host = host
        self.items = items
        self.press = QPointF(press)
        self.origins = [item.pos() for item in items]
        self.links = host.links_touching({item.card_id for item in items})
        self.target: BlockItem | None = None
        self.insertion: Insertion | None = None
        self.marker = InsertionMarker(host.theme.accent)
        self.marker.setVisible(False)
        host.addItem(self.marker)
        for item in items:
            item.setZValue(style.Z_DRAGGED)

    @property
    def card_ids(self) -> list[int]:
        return [item.card_id for item in self.items]

    def move_to(self, pos: QPointF) -> None:
        delta = pos - self.press
        for item, origin in zip(self.items, self.origins, strict=True):
            item.setPos(origin + delta)
        for link in self.links:
            self.host.refresh_link(link)
        self._set_target(self.host.block_item_at(pos))
        self._set_insertion(pos)

    def _set_target(self, block: BlockItem | None) -> None:
        if block is self.target:
            return
        if self.target is not None:
            self.target.set_drop_target(False)
        self.target = block
        if block is not None:
            block.set_drop_target(True)

    def _set_insertion(self, pos: QPointF) -> None:
        layout = self.host.layout
        if self.target is None or layout is None or self.target.block_id not in layout.blocks:
            self.insertion = None
            self.marker.setVisible(False)
            return
        self.insertion = layout.insertion_at(self.target.block_id, pos.x(), pos.y(),
                                             exclude=self.card_ids)  # fmt: skip
        self.marker.set_line(*self.insertion.marker)
        self.marker.setVisible(True)

    def moves(self, canvas: Canvas | None) -> list[CardMove]:
        """The cards, in order, to the insertion place in the target block; none when that
        changes nothing (or the canvas is gone)."""
        if canvas is None or self.target is None or self.insertion is None:
            return []
        block_id, index = self.target.block_id, self.insertion.index
        ids = self.card_ids
        moves = [CardMove(card_id, canvas.id, block_id, index + n) for n, card_id in enumerate(ids)]
        before = [card.id for card in canvas.cards_in(block_id)]
        staying = [card_id for card_id in before if card_id not in set(ids)]
        after = insert_in_order(staying, [(m.card_id, m.index) for m in moves])
        return [] if after == before else moves

    def end(self, restore: bool) -> None:
        """Stop dragging; with `restore`, the cards go back to where they started."""
        self._set_target(None)
        if self.marker.scene() is not None:
            self.marker.scene().removeItem(self.marker)
        for item, origin in zip(self.items, self.origins, strict=True):
            item.setZValue(style.Z_CARD)
            if restore:
                item.setPos(origin)
        if restore:
            for link in self.links:
                self.host.reset_link(link)


class LinkDrag:
    """A dashed arrow from a card's handle to the mouse; the card under the cursor is the target."""

    def __init__(self, host: GestureHost, source: CardItem) -> None:
        self.host = host
        self.source = source
        self.target: CardItem | None = None
        self.rubber = RubberLink(host.theme)
        host.addItem(self.rubber)
        self.rubber.set_line(source.handle_scene_pos(), source.handle_scene_pos())

    def move_to(self, pos: QPointF) -> None:
        target = self.host.card_item_at(pos, exclude=self.source)
        if target is not self.target:
            if self.target is not None:
                self.target.set_link_target(False)
            self.target = target
            if target is not None:
                target.set_link_target(True)
        self.rubber.set_line(self.source.handle_scene_pos(), pos)

    def finish(self) -> int | None:
        """Remove the rubber line; the target card's id, or None when released elsewhere."""
        self.host.removeItem(self.rubber)
        target, self.target = self.target, None
        if target is None:
            return None
        target.set_link_target(False)
        return target.card_id


def drag_cards_out(drag: CardDrag, widget: QWidget) -> Qt.DropAction:
    """Carry the dragged cards out of the view as a system drag (to another canvas tab).

    The cards go back to where they started and stay faded while the drag runs; whoever accepts
    the drop moves them with its own command, and the scene hears about it from the store.
    """
    host = drag.host
    drag.end(restore=True)
    items = list(drag.items)
    payload = CardsPayload(host.store.location, host.canvas_id, tuple(drag.card_ids))
    plain = "\n".join(item.text for item in items)
    system_drag = QDrag(widget)
    system_drag.setMimeData(cards_mime(payload, plain))
    system_drag.setPixmap(card_pixmap(items[0], len(items)))
    system_drag.setHotSpot(system_drag.pixmap().rect().center())
    for item in items:
        item.setOpacity(0.35)
    try:
        return system_drag.exec(Qt.DropAction.MoveAction)
    finally:
        for item in items:
            item.setOpacity(0.28 if item.find_state is False else 1.0)


def card_pixmap(item: CardItem, count: int) -> QPixmap:
    """A picture of a card for the drag cursor, with the number of cards when several."""
    bounds = item.boundingRect()
    scale = 0.75
    pixmap = QPixmap(int(bounds.width() * scale), int(bounds.height() * scale))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    painter.translate(-bounds.topLeft())
    item.paint(painter, QStyleOptionGraphicsItem(), None)
    if count > 1:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(item.theme.accent)
        badge = QRectF(bounds.right() - 30, bounds.top(), 28, 28)
        painter.drawEllipse(badge)
        painter.setPen(QColor("#FFFFFF"))
        painter.setFont(style.font(14, bold=True))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(count))
    painter.end()
    return pixmap
