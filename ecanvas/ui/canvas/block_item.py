"""A block on the canvas: a tinted region with a coloured header, its title, a one-line
guidance hint and, for scored blocks, five stars that set the 0–5 score. On hover it shows a
resize grip in its bottom-right corner; the scene moves and resizes it by its header and grip.
It is drawn where the canvas layout puts it (grown to hold its cards), not at the stored size.

The item never writes: a click on a star calls the `on_score` callback the scene gives it, and
the scene turns that into a command.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem

from ecanvas.model import Block
from ecanvas.model.layout import NORMAL, Rect
from ecanvas.ui.canvas import style
from ecanvas.ui.canvas.card_text import elide

translate = QCoreApplication.translate

STARS = 5
HEADER_BAND = NORMAL.header - 8.0  # the coloured band; cards in the first row sit just below
_TITLE_TOP = 5.0
_HINT_TOP = 28.0
_SIDE = 14.0


def star_polygon(rect: QRectF) -> QPolygonF:
    """A five-pointed star filling `rect`."""
    centre, outer = rect.center(), rect.width() / 2
    inner = outer * 0.45
    points = []
    for index in range(10):
        radius = outer if index % 2 == 0 else inner
        angle = -math.pi / 2 + index * math.pi / 5
        points.append(centre + QPointF(math.cos(angle) * radius, math.sin(angle) * radius))
    return QPolygonF(points)


class BlockItem(QGraphicsItem):
    """One block, at the rectangle the layout gives it."""

    Type = QGraphicsItem.UserType + 1

    def __init__(self, block: Block, rect: Rect, language: str, theme: style.CanvasTheme,
                 on_score: Callable[[int, int], None]) -> None:  # fmt: skip
        super().__init__()
        self.block_id = block.id
        self.theme = theme
        self._on_score = on_score
        self._language = language
        self._drop_target = False
        self._current = False
        self._hovered = False
        self._block = block
        self._rect = rect
        self._bounds = QRectF()
        self._header = QPainterPath()
        self.setZValue(style.Z_BLOCK)
        self.setAcceptHoverEvents(True)
        self.update_from(block, rect)

    # ------------------------------------------------------------------ model
    def update_from(self, block: Block, rect: Rect | None = None) -> None:
        """Show `block` at `rect` (where it is drawn; its current one when None)."""
        rect = self._rect if rect is None else rect
        if (rect.w, rect.h) != (self._rect.w, self._rect.h) or self._header.isEmpty():
            self.prepareGeometryChange()
            self._bounds = QRectF(-3, -3, rect.w + 6, rect.h + 6)
            body = QPainterPath()
            body.addRoundedRect(QRectF(0, 0, rect.w, rect.h), style.BLOCK_RADIUS,
                                style.BLOCK_RADIUS)  # fmt: skip
            top = QPainterPath()
            top.addRect(QRectF(0, 0, rect.w, HEADER_BAND))
            self._header = body.intersected(top)
        self._block, self._rect = block, rect
        if (rect.x, rect.y) != (self.x(), self.y()):
            self.setPos(rect.x, rect.y)
        self._refresh_tooltip()
        self.update()

    def place(self, rect: Rect) -> None:
        """Move and size the block as the layout says (nothing happens when nothing changed)."""
        if rect != self._rect:
            self.update_from(self._block, rect)

    def set_language(self, language: str) -> None:
        self._language = language
        self._refresh_tooltip()
        self.update()

    def _refresh_tooltip(self) -> None:
        block = self._block
        lines = [block.title(self._language)]
        lines += [f"• {question}" for question in block.guidance(self._language)]
        if block.scored:
            score = "–" if block.score is None else str(block.score)
            lines.append("")
            lines.append(
                translate("BlockItem", "Score: %1 of 5. Click a star to change it.").replace(
                    "%1", score
                )
            )
        self.setToolTip("\n".join(lines))

    @property
    def block(self) -> Block:
        return self._block

    @property
    def title(self) -> str:
        return self._block.title(self._language)

    @property
    def hint_text(self) -> str:
        guidance = self._block.guidance(self._language)
        return guidance[0] if guidance else ""

    @property
    def rect(self) -> Rect:
        """Where the block is drawn (its stored geometry grown to hold its cards)."""
        return self._rect

    def scene_rect(self) -> QRectF:
        r = self._rect
        return QRectF(r.x, r.y, r.w, r.h)

    def contains_scene_point(self, point: QPointF) -> bool:
        return self._rect.contains_point(point.x(), point.y())

    # ------------------------------------------------------------------ states
    def set_drop_target(self, on: bool) -> None:
        if on != self._drop_target:
            self._drop_target = on
            self.update()

    @property
    def is_drop_target(self) -> bool:
        return self._drop_target

    def set_current(self, on: bool) -> None:
        if on != self._current:
            self._current = on
            self.update()

    # ------------------------------------------------------------------ stars
    def star_rect(self, value: int) -> QRectF:
        """Local rectangle of the star that sets score `value` (1–5)."""
        step = style.STAR_SIZE + style.STAR_GAP
        left = self._rect.w - _SIDE - STARS * step + style.STAR_GAP
        return QRectF(left + (value - 1) * step, _TITLE_TOP + 3, style.STAR_SIZE, style.STAR_SIZE)

    def star_at(self, local: QPointF) -> int | None:
        if not self._block.scored:
            return None
        for value in range(1, STARS + 1):
            if self.star_rect(value).adjusted(-2, -3, 2, 3).contains(local):
                return value
        return None

    # ------------------------------------------------------------------ header and grip
    def header_contains(self, local: QPointF) -> bool:
        """True on the coloured header band, away from the stars (where a drag moves the block)."""
        inside = 0 <= local.x() < self._rect.w and 0 <= local.y() < HEADER_BAND
        return inside and self.star_at(local) is None

    def grip_rect(self) -> QRectF:
        size = style.GRIP_SIZE
        return QRectF(self._rect.w - size, self._rect.h - size, size, size)

    def grip_contains(self, local: QPointF) -> bool:
        return self.grip_rect().contains(local)

    @property
    def grip_visible(self) -> bool:
        return self._hovered

    def hoverEnterEvent(self, event) -> None:
        self._hovered = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:
        self._hovered = False
        self.unsetCursor()
        self.update()

    def hoverMoveEvent(self, event) -> None:
        local = event.pos()
        if self.star_at(local) is not None:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        elif self.grip_contains(local):
            self.setCursor(Qt.CursorShape.SizeFDiagCursor)
        elif self.header_contains(local):
            self.setCursor(Qt.CursorShape.SizeAllCursor)
        else:
            self.unsetCursor()

    def mousePressEvent(self, event) -> None:
        value = self.star_at(event.pos()) if event.button() == Qt.MouseButton.LeftButton else None
        if value is None:
            event.ignore()
            return
        new_score = 0 if self._block.score == value else value
        self._on_score(self.block_id, new_score)
        event.accept()

    # ------------------------------------------------------------------ painting
    def type(self) -> int:
        return BlockItem.Type

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option, widget=None) -> None:
        block = self._block
        colour = QColor(block.colour)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        body_colour = self.theme.block_body(colour)
        if self._drop_target:
            body_colour = style.mix(body_colour, colour, 0.16)
        painter.setPen(self._border_pen(colour))
        painter.setBrush(body_colour)
        rect = QRectF(0, 0, self._rect.w, self._rect.h)
        painter.drawRoundedRect(rect, style.BLOCK_RADIUS, style.BLOCK_RADIUS)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPath(self._header)
        self._paint_header_text(painter, colour)
        if block.scored:
            self._paint_stars(painter)
        if self._hovered:
            self._paint_grip(painter, colour)

    def _paint_grip(self, painter: QPainter, colour: QColor) -> None:
        """Three short diagonal strokes in the bottom-right corner."""
        rect = self.grip_rect().adjusted(3, 3, -3, -3)
        painter.setPen(QPen(self.theme.block_border(colour), 1.5))
        for step in (0.0, 0.35, 0.7):
            offset = rect.width() * step
            painter.drawLine(QPointF(rect.left() + offset, rect.bottom()),
                             QPointF(rect.right(), rect.top() + offset))  # fmt: skip

    def _border_pen(self, colour: QColor) -> QPen:
        if self._drop_target:
            return QPen(colour, 3.0)
        if self._current:
            return QPen(colour, 2.0)
        return QPen(self.theme.block_border(colour), 1.0)

    def _paint_header_text(self, painter: QPainter, colour: QColor) -> None:
        ink = style.text_colour_on(colour)
        stars_width = STARS * (style.STAR_SIZE + style.STAR_GAP) + 8 if self._block.scored else 0
        width = self._rect.w - 2 * _SIDE
        title_font = style.font(style.TITLE_FONT_PX, bold=True)
        painter.setFont(title_font)
        painter.setPen(ink)
        title = elide(self.title, title_font, width - stars_width)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRectF(_SIDE, _TITLE_TOP, width - stars_width, 24), left, title)
        hint_font = style.font(style.HINT_FONT_PX, italic=True)
        painter.setFont(hint_font)
        painter.setPen(style.with_alpha(ink, 205))
        hint = elide(self.hint_text, hint_font, width)
        painter.drawText(QRectF(_SIDE, _HINT_TOP, width, 16), left, hint)

    def _paint_stars(self, painter: QPainter) -> None:
        score = self._block.score or 0
        ink = style.text_colour_on(QColor(self._block.colour))
        for value in range(1, STARS + 1):
            star = star_polygon(self.star_rect(value))
            if value <= score:
                painter.setPen(QPen(style.STAR_COLOUR.darker(130), 1.0))
                painter.setBrush(style.STAR_COLOUR)
            else:
                painter.setPen(QPen(style.with_alpha(ink, 170), 1.2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolygon(star)
