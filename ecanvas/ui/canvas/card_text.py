"""Text layout for a sticky note, computed once per text and kept until the text changes.

Wrapping uses QTextLayout (so Chinese breaks between characters and Latin between words); the
largest size at which the whole text fits wins, and text that still does not fit ends in "…".
The first line can be shortened (`first_line_reserve`) so the text flows around a corner badge.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

from ecanvas.ui.canvas import style

ELLIPSIS = "…"
LINE_SEPARATOR = "\u2028"


@dataclass(frozen=True)
class TextLines:
    """Laid-out lines: the font, each line's baseline origin and text, whether it was cut, and
    whether it starts below the badge (leaving the badge the whole top row)."""

    font: QFont
    lines: tuple[tuple[QPointF, str], ...]
    elided: bool
    below_badge: bool = False


def layout_card_text(text: str, width: float, height: float, first_line_reserve: float = 0.0,
                     sizes: tuple[int, ...] = style.CARD_TEXT_SIZES) -> TextLines:  # fmt: skip
    """Fit `text` into a width × height box, shrinking once, then eliding the last line; the
    first line is `first_line_reserve` narrower (room for a badge at its right end)."""
    text = text.strip().replace("\r\n", "\n").replace("\n", LINE_SEPARATOR)
    *larger, smallest = sizes
    for size in larger:
        result = _wrap(text, style.font(size), width, height, first_line_reserve)
        if not result.elided:
            return result
    return _wrap(text, style.font(smallest), width, height, first_line_reserve)


def _wrap(text: str, font: QFont, width: float, height: float, reserve: float) -> TextLines:
    metrics = QFontMetricsF(font)
    spacing = metrics.lineSpacing()
    max_lines = max(1, int((height + metrics.leading()) // spacing))
    starts, lengths = _break_lines(text, font, width, reserve)
    units = text.encode("utf-16-le")  # Qt counts UTF-16 code units (emoji are two)
    skip = 0
    if reserve and max_lines > 1 and len(starts) > 1 and _splits_word(units, starts[1]):
        # A word too long for the room beside the badge: the text starts below the badge.
        starts, lengths = _break_lines(text, font, width, 0.0)
        skip, max_lines = 1, max_lines - 1
    elided = len(starts) > max_lines
    pieces = [_units(units, s, s + n) for s, n in zip(starts, lengths, strict=True)][:max_lines]
    if elided:
        rest = _units(units, starts[max_lines - 1], len(units) // 2).replace(LINE_SEPARATOR, " ")
        last_width = width - reserve if max_lines == 1 and not skip else width
        pieces[-1] = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, last_width)
    lines = tuple(
        (QPointF(0.0, (index + skip) * spacing + metrics.ascent()),
         piece.replace(LINE_SEPARATOR, ""))
        for index, piece in enumerate(pieces)
    )  # fmt: skip
    return TextLines(font, lines, elided, bool(skip))


def _break_lines(text: str, font: QFont, width: float,
                 reserve: float) -> tuple[list[int], list[int]]:  # fmt: skip
    """Start and length (UTF-16 units) of each line; the first line is `reserve` shorter."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    starts: list[int] = []
    lengths: list[int] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width - reserve if not starts else width)
        starts.append(line.textStart())
        lengths.append(line.textLength())
    layout.endLayout()
    return starts, lengths


def _splits_word(units: bytes, index: int) -> bool:
    """True when a line break at `index` cuts a Latin (not CJK) word in two."""
    before = _units(units, index - 1, index)
    after = _units(units, index, index + 1)
    return _is_word_char(before) and _is_word_char(after)


def _is_word_char(char: str) -> bool:
    return char.isalnum() and ord(char) < 0x2E80  # CJK text may break between any characters


def _units(encoded: bytes, start: int, end: int) -> str:
    return encoded[2 * start : 2 * end].decode("utf-16-le", errors="replace")


def elide(text: str, font: QFont, width: float) -> str:
    """One line of `text` cut to `width` with "…" only when it does not fit."""
    return QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, width)


def text_width(text: str, font: QFont) -> float:
    return QFontMetricsF(font).horizontalAdvance(text)
