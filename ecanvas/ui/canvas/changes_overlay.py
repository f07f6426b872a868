"""What changed, shown on the canvas: added cards outlined and marked, edited cards marked (the
fields in the tooltip), moved cards marked with the block they came from, removed cards as
ghosts at the end of the block they were in, removed links as faded arrows to them.

The ghosts take part in the layout (`ecanvas.model.layout`): the canvas is laid out with them as
extra cards and links, so they get cells and routes of their own and never cover a real card.
The overlay compares again after every change of the canvas, so it stays true while the user
edits. It only draws: ghosts and marks are neither selectable nor stored.
"""

from __future__ import annotations

import copy
import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from ecanvas.model import Canvas, Card, Link
from ecanvas.ui.canvas import style

if TYPE_CHECKING:
    from ecanvas.model.diff import CanvasDiff, CardChange

translate = QCoreApplication.translate

ADDED = QColor("#2E7D32")
EDITED = QColor("#B26A00")
MOVED = QColor("#1565C0")
REMOVED = QColor("#9AA0A8")
PILL_FONT_PX = 11
PILL_HEIGHT = 17.0
GHOST_POSITION = 1 << 40  # after every real card of its block
FIELD_NAMES = {
    "text": "Text", "note": "Note", "colour": "Colour", "tags": "Tags", "votes": "Votes",
    "owner": "Owner", "due": "Due", "status": "Status",
}  # fmt: skip


def field_label(name: str) -> str:
    return translate("ChangesOverlay", FIELD_NAMES.get(name, name))


def _field_labels() -> list[str]:
    """The field names above as literal strings, so that lupdate collects them."""
    return [
        translate("ChangesOverlay", "Text"),
        translate("ChangesOverlay", "Note"),
        translate("ChangesOverlay", "Colour"),
        translate("ChangesOverlay", "Tags"),
        translate("ChangesOverlay", "Votes"),
        translate("ChangesOverlay", "Owner"),
        translate("ChangesOverlay", "Due"),
        translate("ChangesOverlay", "Status"),
    ]


class ChangeMark(QGraphicsItem):
    """An outline round a card and a small pill on its top edge saying what happened to it."""

    def __init__(self, parent: QGraphicsItem, colour: QColor, text: str, tooltip: str,
                 size: QRectF) -> None:  # fmt: skip
        super().__init__(parent)
        self.colour, self.text = colour, text
        self.setToolTip(tooltip)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent, False)
        self.font = QFont()
        self.font.setPixelSize(PILL_FONT_PX)
        self.font.setBold(True)
        self.resize(size)

    def resize(self, size: QRectF) -> None:
        self.prepareGeometryChange()
        self.size = QRectF(size)
        metrics = QFontMetricsF(self.font)
        width = min(size.width() - 8, metrics.horizontalAdvance(self.text) + 12)
        self.pill = QRectF(6, -PILL_HEIGHT / 2 - 2, max(width, 18), PILL_HEIGHT)

    def boundingRect(self) -> QRectF:
        return self.size.adjusted(-4, -4, 4, 4).united(self.pill.adjusted(-1, -1, 1, 1))

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(self.colour, 3.0))
        painter.drawRoundedRect(self.size.adjusted(-2.5, -2.5, 2.5, 2.5), 6, 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colour)
        painter.drawRoundedRect(self.pill, PILL_HEIGHT / 2, PILL_HEIGHT / 2)
        painter.setPen(QColor("#FFFFFF"))
        painter.setFont(self.font)
        metrics = QFontMetricsF(self.font)
        text = metrics.elidedText(self.text, Qt.TextElideMode.ElideRight, self.pill.width() - 10)
        painter.drawText(self.pill, Qt.AlignmentFlag.AlignCenter, text)


class GhostCardItem(QGraphicsItem):
    """A removed card, faded and dashed, in a cell of its old block."""

    def __init__(self, card: Card, label: str, tooltip: str) -> None:
        super().__init__()
        self.card_id = card.id
        self.text, self.label = card.text, label
        self.colour = QColor(card.colour)
        self.size = QRectF(0, 0, 160, 100)
        self.setToolTip(tooltip)
        self.setZValue(style.Z_CARD)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def place(self, rect) -> None:
        self.prepareGeometryChange()
        self.size = QRectF(0, 0, rect.w, rect.h)
        self.setPos(rect.x, rect.y)

    def centre(self) -> QPointF:
        return self.pos() + self.size.center()

    def boundingRect(self) -> QRectF:
        return self.size.adjusted(-3, -PILL_HEIGHT, 3, 3)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(self.colour)
        fill.setAlpha(70)
        painter.setBrush(fill)
        pen = QPen(REMOVED.darker(130), 1.6, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRoundedRect(self.size, style.CARD_RADIUS, style.CARD_RADIUS)
        font = QFont()
        font.setPixelSize(14)
        font.setStrikeOut(True)
        painter.setFont(font)
        painter.setPen(QColor("#5F6670"))
        text_rect = self.size.adjusted(style.CARD_PADDING, style.CARD_PADDING + 8,
                                       -style.CARD_PADDING, -style.CARD_PADDING)  # fmt: skip
        painter.drawText(text_rect, Qt.TextFlag.TextWordWrap, self.text)
        pill_font = QFont()
        pill_font.setPixelSize(PILL_FONT_PX)
        pill_font.setBold(True)
        metrics = QFontMetricsF(pill_font)
        pill = QRectF(6, -PILL_HEIGHT / 2 - 2, metrics.horizontalAdvance(self.label) + 12,
                      PILL_HEIGHT)  # fmt: skip
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#7A808A"))
        painter.drawRoundedRect(pill, PILL_HEIGHT / 2, PILL_HEIGHT / 2)
        painter.setPen(QColor("#FFFFFF"))
        painter.setFont(pill_font)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, self.label)


class ChangesOverlay:
    """The changes of one scene's canvas since `before`, drawn over the scene's items."""

    def __init__(self, scene, before: Canvas, label: str) -> None:
        self.scene, self.before, self.label = scene, before, label
        self.diff: CanvasDiff | None = None
        self.ghosts: dict[int, Card] = {}  # ghost id (negative) -> the removed card
        self.ghost_links: dict[int, Link] = {}
        self.ghost_items: dict[int, GhostCardItem] = {}
        self.ghost_link_items: dict[int, QGraphicsItem] = {}
        self.marks: dict[int, ChangeMark] = {}

    # ----------------------------------------------------------------- comparing
    def refresh(self, canvas: Canvas) -> None:
        """Compare again (the canvas changed); the ghosts follow."""
        from ecanvas.model.diff import diff_canvases  # only once a compare starts (start-up)

        self.diff = diff_canvases(self.before, canvas)
        keys = {block.key: block.id for block in canvas.blocks}
        old = {card.id: card for card in self.before.cards}
        self.ghosts = {}
        for change in self.diff.removed:
            block_id = keys.get(change.before_block)
            if block_id is None:
                continue  # its block is gone too: listed, not drawn
            card = copy.copy(old[change.before_id])
            card.id, card.canvas_id, card.block_id = -change.before_id, canvas.id, block_id
            card.position = GHOST_POSITION + old[change.before_id].position
            self.ghosts[card.id] = card
        self.ghost_links = self._ghost_links(canvas)

    def _ghost_links(self, canvas: Canvas) -> dict[int, Link]:
        """Removed links between cards that are on the canvas now or drawn as ghosts."""
        ends = dict(self.diff.matches)
        ends.update({-ghost: ghost for ghost in self.ghosts})  # before id -> ghost id
        links: dict[int, Link] = {}
        numbers = itertools.count(-1, -1)
        lowest = min((lk.id for lk in canvas.links), default=0)
        for change in self.diff.links_removed:
            source, target = ends.get(change.source_id), ends.get(change.target_id)
            if source is None or target is None or source == target:
                continue
            link_id = min(lowest, 0) + next(numbers)
            links[link_id] = Link(link_id, canvas.id, source, target, change.label)
        return links

    def with_ghosts(self, canvas: Canvas) -> Canvas:
        """The canvas to lay out: its own cards and links, then the ghosts."""
        if not self.ghosts and not self.ghost_links:
            return canvas
        laid = copy.copy(canvas)
        laid.cards = [*canvas.cards, *self.ghosts.values()]
        laid.links = [*canvas.links, *self.ghost_links.values()]
        return laid

    # ----------------------------------------------------------------- drawing
    def place(self, layout) -> None:
        """Ghost items and marks where the layout put things (after each relayout)."""
        self._place_ghosts(layout)
        self._place_ghost_links(layout)
        self._mark_cards()

    def _place_ghosts(self, layout) -> None:
        for ghost_id in [g for g in self.ghost_items if g not in self.ghosts]:
            self.scene.removeItem(self.ghost_items.pop(ghost_id))
        for ghost_id, card in self.ghosts.items():
            box = layout.cards.get(ghost_id)
            item = self.ghost_items.get(ghost_id)
            if item is None:
                tooltip = translate("ChangesOverlay", "Removed since {label}: {text}").format(
                    label=self.label, text=card.text
                )
                item = GhostCardItem(card, translate("ChangesOverlay", "Removed"), tooltip)
                self.scene.addItem(item)
                self.ghost_items[ghost_id] = item
            if box is not None:
                item.place(box.rect)

    def _place_ghost_links(self, layout) -> None:
        from ecanvas.ui.canvas.link_item import LinkItem

        for link_id in list(self.ghost_link_items):
            self.scene.removeItem(self.ghost_link_items.pop(link_id))
        for link_id, link in self.ghost_links.items():
            route = layout.links.get(link_id)
            if route is None:
                continue
            item = LinkItem(link, self.scene.theme)
            item.setOpacity(0.35)
            item.head.setOpacity(0.35)
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
            item.setToolTip(translate("ChangesOverlay", "Link removed since {label}").format(
                label=self.label))  # fmt: skip
            self.scene.addItem(item)
            item.set_route(route.points, route.head, route.label)
            self.ghost_link_items[link_id] = item

    def _mark_cards(self) -> None:
        wanted = self._wanted_marks()
        for card_id in [c for c in self.marks if c not in wanted]:
            mark = self.marks.pop(card_id)
            if mark.scene() is not None:
                mark.scene().removeItem(mark)
        for card_id, (colour, text, tooltip) in wanted.items():
            item = self.scene.card_items.get(card_id)
            if item is None:
                continue
            mark = self.marks.get(card_id)
            if mark is not None and (mark.parentItem() is not item or mark.text != text):
                mark.scene().removeItem(mark)
                mark = None
            size = QRectF(QPointF(0, 0), item.card_scene_rect().size())
            if mark is None:
                self.marks[card_id] = ChangeMark(item, colour, text, tooltip, size)
            else:
                mark.setToolTip(tooltip)
                mark.resize(size)

    def _wanted_marks(self) -> dict[int, tuple[QColor, str, str]]:
        """card id -> (colour, pill text, tooltip) for every card that changed."""
        diff, label = self.diff, self.label
        marks: dict[int, tuple[QColor, str, str]] = {}
        for change in diff.added:
            marks[change.after_id] = (ADDED, translate("ChangesOverlay", "New"),
                                      translate("ChangesOverlay", "Added since {label}")
                                      .format(label=label))  # fmt: skip
        for change in diff.edited:
            marks[change.after_id] = (EDITED, translate("ChangesOverlay", "Edited"),
                                      edited_tooltip(change, label))  # fmt: skip
        for change in diff.moved:
            origin = diff.block_title(change.before_block, self.scene.language)
            text = translate("ChangesOverlay", "From {block}").format(block=origin)
            tooltip = translate("ChangesOverlay", "Moved since {label}: it was in {block}").format(
                label=label, block=origin
            )
            if change.after_id in marks:  # moved and edited
                tooltip = f"{tooltip}\n{marks[change.after_id][2]}"
            marks[change.after_id] = (MOVED, text, tooltip)
        return marks

    def clear(self) -> None:
        for item in (*self.ghost_items.values(), *self.ghost_link_items.values()):
            self.scene.removeItem(item)
        for mark in self.marks.values():
            if mark.scene() is not None:
                mark.scene().removeItem(mark)
        self.ghost_items.clear()
        self.ghost_link_items.clear()
        self.marks.clear()
        self.ghosts, self.ghost_links = {}, {}


def edited_tooltip(change: CardChange, label: str) -> str:
    lines = [translate("ChangesOverlay", "Edited since {label}:").format(label=label)]
    for field in change.fields:
        before = _shown(field.before)
        lines.append(translate("ChangesOverlay", "{field}: was {before}").format(
            field=field_label(field.name), before=before))  # fmt: skip
    return "\n".join(lines)


def _shown(value: object) -> str:
    if value in (None, "", (), []):
        return "—"
    if isinstance(value, tuple | list):
        return ", ".join(str(v) for v in value)
    text = str(value)
    return f"“{text[:60]}…”" if len(text) > 60 else f"“{text}”"
