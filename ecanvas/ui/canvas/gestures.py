"""Mouse gestures on the canvas as objects the scene holds one at a time (orange-canvas-core's
`user_interaction_handler`): moving cards, drawing a link, moving or resizing a block, and the
rubber band. The scene picks one on a press and hands it every move and the release; Esc, a
lost mouse or a closed canvas cancel it. While a gesture runs only items move; its release
turns the outcome into at most one command, and a cancel writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import QApplication, QGraphicsRectItem

from ecanvas.model.layout import Rect
from ecanvas.ui.canvas import style
from ecanvas.ui.canvas.block_item import BlockItem
from ecanvas.ui.canvas.card_item import CardItem
from ecanvas.ui.canvas.drag import CardDrag, LinkDrag, drag_cards_out
from ecanvas.ui.canvas.host import GestureHost
from ecanvas.ui.commands import MoveCardsCommand, SetBlockFieldsCommand

MIN_BLOCK_SIZE = (200.0, 160.0)


class Gesture:
    """One gesture from press to release. `follows_edge`: the view scrolls when the mouse
    holds it near its edge. `done`: it ended by itself (cards carried out of the view)."""

    follows_edge = False
    done = False

    def move(self, event) -> None:
        """The mouse moved with the button held."""

    def release(self, event) -> None:
        """The button was released: the gesture's outcome, as one command at most."""

    def cancel(self) -> None:
        """Put everything back and write nothing."""


def _past_drag_distance(screen: QPoint, press_screen: QPoint) -> bool:
    return (screen - press_screen).manhattanLength() >= QApplication.startDragDistance()


class CardGesture(Gesture):
    """Cards pressed on: after the drag distance they follow the mouse; the release moves them
    to the gap under the mouse (one MoveCardsCommand), or a click picks the one card."""

    def __init__(self, host: GestureHost, card: CardItem, press: QPointF,
                 press_screen: QPoint) -> None:  # fmt: skip
        self.host, self.card = host, card
        self.press, self.press_screen = QPointF(press), QPoint(press_screen)
        self.drag: CardDrag | None = None

    @property
    def follows_edge(self) -> bool:
        return self.drag is not None

    def move(self, event) -> None:
        if self.drag is None:
            if not _past_drag_distance(event.screenPos(), self.press_screen):
                return
            items = [self.host.card_items[cid] for cid in self.host.selected_card_ids()]
            self.drag = CardDrag(self.host, items, self.press)
        self.drag.move_to(event.scenePos())
        widget = event.widget()
        if widget is not None and not widget.rect().contains(
            widget.mapFromGlobal(event.screenPos())
        ):
            drag, self.drag, self.done = self.drag, None, True
            drag_cards_out(drag, widget)

    def release(self, event) -> None:
        if self.drag is None:  # a click: of several selected cards, keep the one clicked
            if not event.modifiers() and len(self.host.selected_card_ids()) > 1:
                self.host.select_cards([self.card.card_id])
            return
        drag, self.drag = self.drag, None
        drag.move_to(event.scenePos())  # lands under the mouse, even after scrolling
        moves = drag.moves(self.host.canvas()) if drag.target is not None else []
        drag.end(restore=True)
        if moves:
            self.host.run(MoveCardsCommand(self.host.store, moves))

    def cancel(self) -> None:
        if self.drag is not None:
            self.drag.end(restore=True)
            self.drag = None


class LinkGesture(Gesture):
    """A new arrow from a card's handle; released on another card, `link(source, target)`."""

    follows_edge = True

    def __init__(self, host: GestureHost, source: CardItem,
                 link: Callable[[int, int], None]) -> None:  # fmt: skip
        self.drag = LinkDrag(host, source)
        self._link = link

    def move(self, event) -> None:
        self.drag.move_to(event.scenePos())

    def release(self, event) -> None:
        target = self.drag.finish()
        if target is not None:
            self._link(self.drag.source.card_id, target)

    def cancel(self) -> None:
        self.drag.finish()


class BlockGesture(Gesture):
    """One block following the mouse: moved by its header (with its cards) or resized.

    A move shifts the block's stored corner by what the mouse moved; a resize makes the size
    the user sees the stored size (the layout grows it again if its cards need more room).
    """

    def __init__(self, host: GestureHost, item: BlockItem, resize: bool, press: QPointF,
                 press_screen: QPoint) -> None:  # fmt: skip
        self.host, self.item, self.resize = host, item, resize
        self.press, self.press_screen = QPointF(press), QPoint(press_screen)
        self.block = item.block  # the model's block: the geometry before the gesture
        self.rect = item.rect  # where it was drawn
        self.preview = item.rect
        self.started = False
        cards = [card for card in host.card_items.values() if card.block_id == item.block_id]
        self.cards = [(card, card.pos()) for card in cards]
        self.links = host.links_touching({card.card_id for card, _ in self.cards})

    def move(self, event) -> None:
        self.move_to(event.scenePos(), event.screenPos())

    def move_to(self, pos: QPointF, screen: QPoint) -> None:
        if not self.started:
            if not _past_drag_distance(screen, self.press_screen):
                return
            self.started = True
        self.preview = self._preview(pos)
        self.item.update_from(self.block, self.preview)
        if not self.resize:
            delta = QPointF(self.preview.x - self.rect.x, self.preview.y - self.rect.y)
            for card, origin in self.cards:
                card.setPos(origin + delta)
            for link in self.links:
                self.host.refresh_link(link)

    def _preview(self, pos: QPointF) -> Rect:
        delta = pos - self.press
        r = self.rect
        if self.resize:
            w = max(MIN_BLOCK_SIZE[0], round(r.w + delta.x()))
            h = max(MIN_BLOCK_SIZE[1], round(r.h + delta.y()))
            return Rect(r.x, r.y, float(w), float(h))
        return Rect(r.x + round(delta.x()), r.y + round(delta.y()), r.w, r.h)

    def values(self) -> dict[str, float]:
        """The changed geometry fields (empty when nothing changed)."""
        if not self.started or self.preview == self.rect:
            return {}
        if self.resize:
            return {"w": self.preview.w, "h": self.preview.h}
        layout = self.host.layout
        if layout is None:
            return {"x": self.preview.x, "y": self.preview.y}
        x, y = layout.to_stored(self.preview.x, self.preview.y)
        return {"x": float(round(x)), "y": float(round(y))}

    def release(self, event) -> None:
        self.move_to(event.scenePos(), event.screenPos())
        values = self.values()
        self.cancel()
        if values:
            text = (
                QCoreApplication.translate("BlockEditing", "Resize block")
                if self.resize
                else QCoreApplication.translate("BlockEditing", "Move block")
            )
            self.host.run(SetBlockFieldsCommand(self.host.store, self.item.block_id, values,
                                                text=text))  # fmt: skip

    def cancel(self) -> None:
        """Put the block, its cards and their arrows back where the layout has them (a
        command then moves them)."""
        self.item.update_from(self.block, self.rect)
        for card, origin in self.cards:
            card.setPos(origin)
        for link in self.links:
            self.host.reset_link(link)


class RubberBand(Gesture):
    """A rectangle drawn from an empty spot selects the cards and arrows it touches; with Ctrl
    it adds them to what was selected before."""

    follows_edge = True

    def __init__(self, host: GestureHost, scene, press: QPointF, add: bool) -> None:
        self.host, self.scene, self.origin = host, scene, QPointF(press)
        self.kept = list(scene.selectedItems()) if add else []
        self.band = QGraphicsRectItem()
        accent = QColor(host.theme.accent)
        self.band.setPen(QPen(accent, 0))
        fill = QColor(accent)
        fill.setAlpha(40)
        self.band.setBrush(QBrush(fill))
        self.band.setZValue(style.Z_MARKER)
        self.band.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.band.setVisible(False)
        host.addItem(self.band)

    def move(self, event) -> None:
        rect = QRectF(self.origin, event.scenePos()).normalized()
        self.band.setRect(rect)
        self.band.setVisible(True)
        path = QPainterPath()
        path.addRect(rect)
        replace = Qt.ItemSelectionOperation.ReplaceSelection
        touching = Qt.ItemSelectionMode.IntersectsItemShape
        self.scene.setSelectionArea(path, replace, touching, QTransform())
        for item in self.kept:
            item.setSelected(True)

    def release(self, event) -> None:
        self.cancel()

    def cancel(self) -> None:
        if self.band.scene() is not None:
            self.host.removeItem(self.band)
