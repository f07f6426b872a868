"""Drawing a sticky note: body and shadow, footer (tag chips and vote dots), corner badges.

Plain functions over a QPainter in card coordinates (0, 0 is the card's top-left corner), so the
item class keeps only state and behaviour. Tag and vote layout is cheap and done per paint; the
card item caches the painted result per device (DeviceCoordinateCache).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from ecanvas.model import CARD_HEIGHT, CARD_WIDTH
from ecanvas.ui.canvas import style
from ecanvas.ui.canvas.card_text import TextLines, elide, text_width

CARD_RECT = QRectF(0.0, 0.0, CARD_WIDTH, CARD_HEIGHT)


def paint_body(painter: QPainter, colour: QColor, shadow: QColor) -> None:
    """The note itself with a soft two-layer shadow."""
    painter.setPen(Qt.PenStyle.NoPen)
    for offset, alpha_share in ((3.0, 0.45), (1.2, 1.0)):
        painter.setBrush(style.with_alpha(shadow, int(shadow.alpha() * alpha_share)))
        painter.drawRoundedRect(
            CARD_RECT.translated(0.0, offset), style.CARD_RADIUS, style.CARD_RADIUS
        )
    painter.setBrush(colour)
    painter.setPen(QPen(colour.darker(118), 0.8))
    painter.drawRoundedRect(CARD_RECT, style.CARD_RADIUS, style.CARD_RADIUS)


def paint_text(painter: QPainter, text: TextLines, colour: QColor) -> None:
    painter.setFont(text.font)
    painter.setPen(colour)
    origin = QPointF(style.CARD_PADDING, style.CARD_PADDING - 1.0)
    for position, line in text.lines:
        painter.drawText(origin + position, line)


def paint_footer(painter: QPainter, tags: list[str], votes: int, ink: QColor) -> None:
    """Tag chips from the left and vote dots from the right along the bottom of the note."""
    top = CARD_HEIGHT - style.FOOTER_HEIGHT
    right = CARD_WIDTH - style.CARD_PADDING
    votes_left = (
        _paint_votes(painter, votes, right, top + style.FOOTER_HEIGHT / 2 - 1) if votes else right
    )
    _paint_chips(painter, tags, style.CARD_PADDING - 2, votes_left - 6, top, ink)


def _paint_votes(painter: QPainter, votes: int, right: float, middle: float) -> float:
    """Dots (and a count when there are many) ending at `right`; returns their left edge."""
    radius = style.VOTE_DOT_RADIUS
    step = radius * 2 + 2.5
    count_text = str(votes) if votes > style.VOTE_DOTS_MAX else ""
    dots = votes if not count_text else 3
    chip_font = style.font(style.CHIP_FONT_PX, bold=True)
    x = right
    if count_text:
        width = text_width(count_text, chip_font)
        x -= width
        painter.setFont(chip_font)
        painter.setPen(style.VOTE_COLOUR)
        painter.drawText(
            QRectF(x, middle - 8, width + 1, 16), Qt.AlignmentFlag.AlignVCenter, count_text
        )
        x -= 3
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.VOTE_COLOUR)
    for index in range(dots):
        centre = QPointF(x - radius - index * step, middle)
        painter.drawEllipse(centre, radius, radius)
    return x - dots * step


def _paint_chips(painter: QPainter, tags: list[str], left: float, right: float, top: float,
                 ink: QColor) -> None:  # fmt: skip
    """As many chips as fit between `left` and `right`, then "+N" for the rest."""
    chip_font = style.font(style.CHIP_FONT_PX)
    painter.setFont(chip_font)
    x = left
    y = top + (style.FOOTER_HEIGHT - style.CHIP_HEIGHT) / 2 - 1
    for index, tag in enumerate(tags):
        label = elide(tag, chip_font, style.CHIP_MAX_WIDTH)
        width = text_width(label, chip_font) + 10
        after = len(tags) - index - 1
        reserve = text_width(f"+{after}", chip_font) + 14 if after else 0.0
        if x + width + reserve > right:
            more = f"+{len(tags) - index}"
            more_width = text_width(more, chip_font) + 10
            if x + more_width <= right:
                _paint_chip(painter, more, x, y, more_width, ink)
            return
        _paint_chip(painter, label, x, y, width, ink)
        x += width + 4


def _paint_chip(painter: QPainter, label: str, x: float, y: float, width: float,
                ink: QColor) -> None:  # fmt: skip
    rect = QRectF(x, y, width, style.CHIP_HEIGHT)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.with_alpha(ink, 28))
    painter.drawRoundedRect(rect, style.CHIP_HEIGHT / 2, style.CHIP_HEIGHT / 2)
    painter.setPen(style.with_alpha(ink, 210))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)


def badge_text(owner: str, due: date | None, status: str) -> str:
    """The short owner/due label of an action item ("✓ Li Na · 06-30"), or "" for none."""
    parts = []
    if owner:
        parts.append(owner.split()[0] if len(owner) > 12 and " " in owner else owner)
    if due:
        parts.append(due.strftime("%m-%d") if due.year == date.today().year else due.isoformat())
    text = " · ".join(parts)
    if status == "done":
        text = "✓ " + text if text else "✓"
    return text


def paint_badge(painter: QPainter, text: str, status: str) -> None:
    """A small pill straddling the top edge at the right, coloured by the card's status."""
    badge_font = style.font(style.BADGE_FONT_PX, bold=True)
    label = elide(text, badge_font, CARD_WIDTH - 40)
    width = text_width(label, badge_font) + 12
    rect = QRectF(CARD_WIDTH - width - 8, -style.BADGE_HEIGHT / 2, width, style.BADGE_HEIGHT)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.STATUS_COLOURS.get(status, style.STATUS_COLOURS[""]))
    painter.drawRoundedRect(rect, style.BADGE_HEIGHT / 2, style.BADGE_HEIGHT / 2)
    painter.setFont(badge_font)
    painter.setPen(QColor("#FFFFFF"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)


def paint_outline(painter: QPainter, colour: QColor, width: float) -> None:
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(colour, width))
    inset = width / 2 - 1.0
    rect = CARD_RECT.adjusted(-inset - 1, -inset - 1, inset + 1, inset + 1)
    painter.drawRoundedRect(rect, style.CARD_RADIUS + 1, style.CARD_RADIUS + 1)


def paint_handle(painter: QPainter, centre: QPointF, accent: QColor) -> None:
    """The link handle: a ring at the right edge to drag an arrow from."""
    radius = style.HANDLE_RADIUS
    painter.setPen(QPen(QColor("#FFFFFF"), 2.0))
    painter.setBrush(accent)
    painter.drawEllipse(centre, radius, radius)
    painter.setPen(QPen(QColor("#FFFFFF"), 1.6))
    painter.drawLine(centre + QPointF(-2.5, 0), centre + QPointF(2.5, 0))
    painter.drawLine(centre + QPointF(0.5, -2.5), centre + QPointF(2.8, 0))
    painter.drawLine(centre + QPointF(0.5, 2.5), centre + QPointF(2.8, 0))


def hint_path(radius: float) -> QPainterPath:
    """A small "link me" arrow glyph inside a circle of `radius` around (0, 0)."""
    path = QPainterPath()
    r = radius * 0.45
    path.moveTo(-r, r)
    path.lineTo(r, -r)
    path.moveTo(-r * 0.1, -r)
    path.lineTo(r, -r)
    path.lineTo(r, r * 0.1)
    return path
