"""A card on the canvas: a sticky note that shows one model card and never writes to it.

The scene creates one per card and calls `update_from` when the store reports a change; text
layout is computed lazily at the first paint after the text changed, and the painted note is
cached per device so dragging and scrolling only blit it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ecanvas.model import CARD_HEIGHT, CARD_WIDTH, Card
from ecanvas.ui.canvas import card_paint, style
from ecanvas.ui.canvas.card_text import TextLines, layout_card_text

_MARGIN = style.CARD_MARGIN
_BOUNDS = QRectF(-_MARGIN, -_MARGIN, CARD_WIDTH + 2 * _MARGIN, CARD_HEIGHT + 2 * _MARGIN)
_HANDLE_CENTRE = QPointF(CARD_WIDTH, CARD_HEIGHT / 2)


def _card_shape() -> QPainterPath:
    path = QPainterPath()
    path.addRect(card_paint.CARD_RECT)
    radius = style.HANDLE_RADIUS + 2
    path.addEllipse(_HANDLE_CENTRE, radius, radius)
    return path.simplified()


_SHAPE = _card_shape()


class HintBadge(QGraphicsItem):
    """The "link me" badge on a card whose block expects a link it does not have yet."""

    def __init__(self, parent: QGraphicsItem) -> None:
        super().__init__()
        self.setParentItem(parent)
        self.setPos(10.0, 2.0)  # its top stays clear of the card above (cards are 10 apart)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        r = style.HINT_RADIUS + 1
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        r = style.HINT_RADIUS
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#FFFFFF"), 1.5))
        painter.setBrush(style.HINT_COLOUR)
        painter.drawEllipse(QPointF(0, 0), r, r)
        painter.setBrush(QColor(0, 0, 0, 0))
        painter.setPen(QPen(QColor("#FFFFFF"), 1.6))
        painter.drawPath(card_paint.hint_path(r))


class CardItem(QGraphicsItem):
    """One sticky note; its position is the card's block corner plus the card's (x, y)."""

    Type = QGraphicsItem.UserType + 2

    def __init__(self, card: Card, origin: tuple[float, float], theme: style.CanvasTheme) -> None:
        super().__init__()
        self.card_id = card.id
        self.block_id = card.block_id
        self.theme = theme
        self._text = ""
        self._lines: TextLines | None = None
        self._colour = QColor(card.colour)
        self._tags: list[str] = []
        self._votes = 0
        self._badge = ""
        self._status = ""
        self._hovered = False
        self._find: bool | None = None
        self._link_target = False
        self._hint: HintBadge | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(style.Z_CARD)
        self.update_from(card, origin)

    # ------------------------------------------------------------------ Qt overrides
    def type(self) -> int:
        return CardItem.Type

    def boundingRect(self) -> QRectF:
        return _BOUNDS

    def shape(self) -> QPainterPath:
        return _SHAPE

    def hoverEnterEvent(self, event) -> None:
        self._hovered = True
        self.update()

    def hoverMoveEvent(self, event) -> None:
        if self.handle_contains(event.scenePos()):
            self.setCursor(Qt.CursorShape.CrossCursor)
        else:
            self.unsetCursor()

    def hoverLeaveEvent(self, event) -> None:
        self._hovered = False
        self.unsetCursor()
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:  # fmt: skip
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        card_paint.paint_body(painter, self._colour, self.theme.shadow)
        ink = style.text_colour_on(self._colour)
        lines = self.text_lines()
        card_paint.paint_text(painter, lines, ink)
        if self._tags or self._votes:
            card_paint.paint_footer(painter, self._tags, self._votes, ink)
        if self._badge:
            card_paint.paint_badge(painter, self._badge, self._status, lines.below_badge)
        self._paint_state(painter)

    def _paint_state(self, painter: QPainter) -> None:
        if self._find:
            card_paint.paint_outline(painter, style.FIND_COLOUR, 3.0)
        if self.isSelected() or self._link_target:
            card_paint.paint_outline(painter, self.theme.accent, 2.5)
        if self._hovered or self.isSelected():
            card_paint.paint_handle(painter, _HANDLE_CENTRE, self.theme.accent)

    # ------------------------------------------------------------------ state from the model
    def update_from(self, card: Card, origin: tuple[float, float]) -> None:
        """Show `card` at its block's corner `origin`; relayout only what changed."""
        self.block_id = card.block_id
        self.setPos(origin[0] + card.x, origin[1] + card.y)
        tags, badge = list(card.tags), card_paint.badge_text(card.owner, card.due, card.status)
        footer_changed = bool(tags or card.votes) != bool(self._tags or self._votes)
        if card.text != self._text or footer_changed or badge != self._badge:
            self._text, self._lines = card.text, None
        visuals = (QColor(card.colour), tags, card.votes, badge, card.status)
        if visuals != (self._colour, self._tags, self._votes, self._badge, self._status):
            self._colour, self._tags, self._votes, self._badge, self._status = visuals
            self.update()
        elif self._lines is None:
            self.update()
        tooltip = card.text if not card.note else f"{card.text}\n\n{card.note}"
        if tooltip != self.toolTip():
            self.setToolTip(tooltip)

    def text_lines(self) -> TextLines:
        """The laid-out text, computed once per text (and footer and badge)."""
        if self._lines is None:
            footer = style.FOOTER_HEIGHT if (self._tags or self._votes) else 0.0
            width = CARD_WIDTH - 2 * style.CARD_PADDING
            height = CARD_HEIGHT - 2 * style.CARD_PADDING - footer + 2
            reserve = card_paint.badge_reserve(self._badge)
            self._lines = layout_card_text(self._text, width, height, reserve)
        return self._lines

    @property
    def text(self) -> str:
        return self._text

    @property
    def colour(self) -> str:
        return self._colour.name().upper()

    # ------------------------------------------------------------------ scene-driven states
    def set_find_state(self, match: bool | None) -> None:
        """True outlines a find match, False dims a non-match, None shows the card normally."""
        if match == self._find:
            return
        self._find = match
        self.setOpacity(0.28 if match is False else 1.0)
        self.update()

    @property
    def find_state(self) -> bool | None:
        return self._find

    @property
    def is_link_target(self) -> bool:
        return self._link_target

    def set_link_target(self, on: bool) -> None:
        if on != self._link_target:
            self._link_target = on
            self.update()

    def set_hint(self, tooltip: str | None) -> None:
        """Show the missing-link badge with `tooltip`, or remove it for None."""
        if tooltip is None:
            if self._hint is not None:
                self._hint.setParentItem(None)
                if self._hint.scene() is not None:
                    self._hint.scene().removeItem(self._hint)
                self._hint = None
            return
        if self._hint is None:
            self._hint = HintBadge(self)
        if self._hint.toolTip() != tooltip:
            self._hint.setToolTip(tooltip)

    @property
    def hint(self) -> str | None:
        return None if self._hint is None else self._hint.toolTip()

    # ------------------------------------------------------------------ geometry helpers
    def handle_contains(self, scene_pos: QPointF) -> bool:
        """True when `scene_pos` is on the link handle (a little larger than drawn)."""
        offset = self.mapFromScene(scene_pos) - _HANDLE_CENTRE
        radius = style.HANDLE_RADIUS + 3
        return offset.x() ** 2 + offset.y() ** 2 <= radius**2

    def handle_scene_pos(self) -> QPointF:
        return self.mapToScene(_HANDLE_CENTRE)

    def badge_rect(self) -> QRectF | None:
        """The owner/due badge in card coordinates, or None when the card has none."""
        if not self._badge:
            return None
        return card_paint.badge_geometry(self._badge, self.text_lines().below_badge)[0]

    def card_scene_rect(self) -> QRectF:
        """The note's own rectangle in scene coordinates (no shadow or badges)."""
        return QRectF(self.pos(), card_paint.CARD_RECT.size())

    def centre(self) -> QPointF:
        return self.pos() + QPointF(CARD_WIDTH / 2, CARD_HEIGHT / 2)
