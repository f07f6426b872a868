"""Drawing a sticky note: body and shadow, footer (tag chips and vote dots), corner badge.

Plain functions over a QPainter in card coordinates (0, 0 is the card's top-left corner; the
note's size comes from the layout's density), so the item class keeps only state and behaviour.
Tag and vote layout is cheap and done per paint; the card item caches the painted result per
device (DeviceCoordinateCache).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen

from ecanvas.model.layout import NORMAL
from ecanvas.ui.canvas import style
from ecanvas.ui.canvas.card_text import TextLines, elide, text_width

CARD_RECT = QRectF(0.0, 0.0, NORMAL.card_w, NORMAL.card_h)  # a normal card
_BADGE_SEPARATOR = " · "
NEAR_DAYS = 183


def paint_body(painter: QPainter, colour: QColor, shadow: QColor, rect: QRectF = CARD_RECT) -> None:
    """The note itself with a soft two-layer shadow."""
    painter.setPen(Qt.PenStyle.NoPen)
    for offset, alpha_share in ((3.0, 0.45), (1.2, 1.0)):
        painter.setBrush(style.with_alpha(shadow, int(shadow.alpha() * alpha_share)))
        painter.drawRoundedRect(rect.translated(0.0, offset), style.CARD_RADIUS, style.CARD_RADIUS)
    painter.setBrush(colour)
    painter.setPen(QPen(colour.darker(118), 0.8))
    painter.drawRoundedRect(rect, style.CARD_RADIUS, style.CARD_RADIUS)


def paint_plain(painter: QPainter, colour: QColor, rect: QRectF, lines: int) -> None:
    """The note at a zoom too small to read: its colour and grey bars where its lines are."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRect(rect)
    painter.setBrush(style.with_alpha(style.text_colour_on(colour), 60))
    pad = style.CARD_PADDING
    step = min(22.0, (rect.height() - 2 * pad) / max(1, lines))
    for line in range(lines):
        width = (rect.width() - 2 * pad) * (0.9 if line < lines - 1 else 0.55)
        painter.drawRect(QRectF(pad, pad + line * step + step * 0.25, width, step * 0.45))


def paint_text(painter: QPainter, text: TextLines, colour: QColor,
               top: float = style.CARD_PADDING - 1.0) -> None:  # fmt: skip
    painter.setFont(text.font)
    painter.setPen(colour)
    origin = QPointF(style.CARD_PADDING, top)
    for position, line in text.lines:
        painter.drawText(origin + position, line)


def paint_footer(painter: QPainter, tags: list[str], votes: int, ink: QColor,
                 rect: QRectF = CARD_RECT, colours: Sequence[QColor] = ()) -> None:  # fmt: skip
    """Tag chips from the left and vote dots from the right along the bottom of the note;
    `colours` are the colours of the first dots (a workshop's participants), the rest red."""
    top = rect.height() - style.FOOTER_HEIGHT
    right = rect.width() - style.CARD_PADDING
    middle = top + style.FOOTER_HEIGHT / 2 - 1
    votes_left = _paint_votes(painter, votes, right, middle, colours) if votes else right
    _paint_chips(painter, tags, style.CARD_PADDING - 2, votes_left - 6, top, ink)


def paint_votes(painter: QPainter, votes: int, right: float, middle: float,
                colours: Sequence[QColor] = ()) -> float:  # fmt: skip
    """Vote dots ending at `right` on the line `middle`; returns their left edge."""
    return _paint_votes(painter, votes, right, middle, colours)


def _paint_votes(painter: QPainter, votes: int, right: float, middle: float,
                 colours: Sequence[QColor] = ()) -> float:  # fmt: skip
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
        if index < len(colours):  # a participant's dot, ringed to show on a card of its colour
            painter.setPen(QPen(colours[index].darker(170), 1.0))
            painter.setBrush(colours[index])
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.VOTE_COLOUR)
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
    if due:  # the year only when the date is not in the coming or past half year
        near = abs((due - date.today()).days) <= NEAR_DAYS
        parts.append(due.strftime("%m-%d") if near else due.isoformat())
    text = _BADGE_SEPARATOR.join(parts)
    if status == "done":
        text = "✓ " + text if text else "✓"
    return text


def badge_geometry(text: str, wide: bool = False) -> tuple[QRectF, str]:
    """The owner/due pill inside the note's top-right corner, and its (elided) label; `wide`
    when the text starts below it, so it may take the top row up to the hint badge."""
    badge_font = style.font(style.BADGE_FONT_PX, bold=True)
    max_width = style.BADGE_WIDE_MAX_WIDTH if wide else style.BADGE_MAX_WIDTH
    label = _fit_badge_label(text, badge_font, max_width - 12)
    width = text_width(label, badge_font) + 12
    left = NORMAL.card_w - width - style.BADGE_RIGHT
    return QRectF(left, style.BADGE_TOP, width, style.BADGE_HEIGHT), label


def badge_reserve(text: str) -> float:
    """How much shorter the first text line is so it ends before the badge (0 for none)."""
    if not text:
        return 0.0
    rect, _ = badge_geometry(text)
    return max(0.0, NORMAL.card_w - style.CARD_PADDING - (rect.left() - style.BADGE_GAP))


def _fit_badge_label(text: str, badge_font: QFont, width: float) -> str:
    """Shorten the owner first so the due date stays readable: the owner's first name
    ("李娜 · 01-31"), else the owner cut short, else the date alone."""
    if text_width(text, badge_font) <= width or _BADGE_SEPARATOR not in text:
        return elide(text, badge_font, width)
    who, when = text.rsplit(_BADGE_SEPARATOR, 1)
    room = width - text_width(_BADGE_SEPARATOR + when, badge_font)
    done = "✓ " if who.startswith("✓ ") else ""
    names = who.removeprefix(done).split()
    first_name = done + names[0] if names else ""
    if first_name and text_width(first_name, badge_font) <= room:
        return first_name + _BADGE_SEPARATOR + when
    if room < text_width("✓ M…", badge_font):
        return elide(done + when, badge_font, width)
    return elide(who, badge_font, room) + _BADGE_SEPARATOR + when


def paint_badge(painter: QPainter, text: str, status: str, wide: bool = False) -> None:
    """A small pill inside the top-right corner, coloured by the card's status."""
    rect, label = badge_geometry(text, wide)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.STATUS_COLOURS.get(status, style.STATUS_COLOURS[""]))
    painter.drawRoundedRect(rect, style.BADGE_HEIGHT / 2, style.BADGE_HEIGHT / 2)
    painter.setFont(style.font(style.BADGE_FONT_PX, bold=True))
    painter.setPen(QColor("#FFFFFF"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)


def paint_face_down(painter: QPainter, colour: QColor, rect: QRectF) -> None:
    """The back of a card lying face down in a silent brainstorm: its colour, a hatch and a
    question mark, no text."""
    ink = style.text_colour_on(colour)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(style.with_alpha(ink, 22), Qt.BrushStyle.BDiagPattern))
    inset = rect.adjusted(4, 4, -4, -4)
    painter.drawRoundedRect(inset, style.CARD_RADIUS, style.CARD_RADIUS)
    size = max(14, int(min(rect.width(), rect.height()) * 0.42))
    painter.setFont(style.font(size, bold=True))
    painter.setPen(style.with_alpha(ink, 120))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "?")


def paint_rank_ring(painter: QPainter, rect: QRectF) -> None:
    """A closed voting round's top card: a gold ring round the note (under any outline)."""
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(style.RANK_COLOUR, 3.5))
    painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), style.CARD_RADIUS + 2,
                            style.CARD_RADIUS + 2)  # fmt: skip


def paint_rank_disc(painter: QPainter, rank: int) -> None:
    """The card's rank in a disc on its top-left corner, painted last so that the selection or
    find outline never crosses the figure."""
    radius = style.RANK_RADIUS
    centre = QPointF(2.0, 2.0)
    painter.setPen(QPen(QColor("#FFFFFF"), 1.5))
    painter.setBrush(style.RANK_COLOUR)
    painter.drawEllipse(centre, radius, radius)
    painter.setFont(style.font(13, bold=True))
    painter.setPen(QColor("#3A2A00"))
    box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(rank))


def paint_outline(painter: QPainter, colour: QColor, width: float,
                  card: QRectF = CARD_RECT) -> None:  # fmt: skip
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(colour, width))
    inset = width / 2 - 1.0
    rect = card.adjusted(-inset - 1, -inset - 1, inset + 1, inset + 1)
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
