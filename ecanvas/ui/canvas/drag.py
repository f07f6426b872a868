"""Drag controllers: moving cards, drawing a new link, and carrying cards out of the view.

While a drag runs, items move freely and nothing is written; the scene asks for the result on
release and turns it into exactly one command. Each mouse move costs the moved cards, the links
touching them and a geometry test over the blocks (a handful), never a pass over all cards.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QDrag, QPainter, QPixmap
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from ecanvas.model import Canvas, Card
from ecanvas.model.layout import clamp_into
from ecanvas.store import CardMove
from ecanvas.ui.canvas import style
from ecanvas.ui.canvas.block_item import BlockItem
from ecanvas.ui.canvas.card_item import CardItem
from ecanvas.ui.canvas.link_item import RubberLink
from ecanvas.ui.mime import CardsPayload, cards_mime

if TYPE_CHECKING:
    from ecanvas.ui.canvas.scene import CanvasScene


class CardDrag:
    """Cards following the mouse from `press`; the block under the cursor is the target."""

    def __init__(self, scene: CanvasScene, items: list[CardItem], press: QPointF) -> None:
        self.scene = scene
        self.items = items
        self.press = QPointF(press)
        self.origins = [item.pos() for item in items]
        self.links = scene.links_touching({item.card_id for item in items})
        self.target: BlockItem | None = None
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
            self.scene.refresh_link(link)
        self._set_target(self.scene.block_item_at(pos))

    def _set_target(self, block: BlockItem | None) -> None:
        if block is self.target:
            return
        if self.target is not None:
            self.target.set_drop_target(False)
        self.target = block
        if block is not None:
            block.set_drop_target(True)

    def moves(self, canvas: Canvas | None) -> list[CardMove]:
        """Where the cards that really moved go: the target block, positions relative to it
        and kept inside (none when the canvas is gone)."""
        if canvas is None or self.target is None:
            return []
        block = self.target.block
        current = {card.id: card for card in canvas.cards}
        result = []
        for item in self.items:
            x, y = clamp_into(block, item.x() - block.x, item.y() - block.y)
            move = CardMove(item.card_id, canvas.id, block.id, x, y)
            if _differs(move, current.get(item.card_id)):
                result.append(move)
        return result

    def end(self, restore: bool) -> None:
        """Stop dragging; with `restore`, the cards go back to where they started."""
        self._set_target(None)
        for item, origin in zip(self.items, self.origins, strict=True):
            item.setZValue(style.Z_CARD)
            if restore:
                item.setPos(origin)
        if restore:
            for link in self.links:
                self.scene.refresh_link(link)


class LinkDrag:
    """A dashed arrow from a card's handle to the mouse; the card under the cursor is the target."""

    def __init__(self, scene: CanvasScene, source: CardItem) -> None:
        self.scene = scene
        self.source = source
        self.target: CardItem | None = None
        self.rubber = RubberLink(scene.theme)
        scene.addItem(self.rubber)
        self.rubber.set_line(source.handle_scene_pos(), source.handle_scene_pos())

    def move_to(self, pos: QPointF) -> None:
        target = self.scene.card_item_at(pos, exclude=self.source)
        if target is not self.target:
            if self.target is not None:
                self.target.set_link_target(False)
            self.target = target
            if target is not None:
                target.set_link_target(True)
        self.rubber.set_line(self.source.handle_scene_pos(), pos)

    def finish(self) -> int | None:
        """Remove the rubber line; the target card's id, or None when released elsewhere."""
        self.scene.removeItem(self.rubber)
        target, self.target = self.target, None
        if target is None:
            return None
        target.set_link_target(False)
        return target.card_id


def _differs(move: CardMove, card: Card | None) -> bool:
    if card is None:
        return False
    return (
        card.block_id != move.block_id or abs(card.x - move.x) > 0.01 or abs(card.y - move.y) > 0.01
    )


def drag_cards_out(drag: CardDrag, widget: QWidget) -> Qt.DropAction:
    """Carry the dragged cards out of the view as a system drag (to another canvas tab).

    The cards go back to where they started and stay faded while the drag runs; whoever accepts
    the drop moves them with its own command, and the scene hears about it from the store.
    """
    scene = drag.scene
    drag.end(restore=True)
    items = list(drag.items)
    payload = CardsPayload(scene.store.location, scene.canvas_id, tuple(drag.card_ids))
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
