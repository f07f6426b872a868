"""Text layout for a sticky note, computed once per text and kept until the text changes.

Wrapping uses QTextLayout (so Chinese breaks between characters and Latin between words); the
largest size at which the whole text fits wins, and text that still does not fit ends in "…".
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
    """Laid-out lines: the font, each line's baseline origin and text, and whether it was cut."""

    font: QFont
    lines: tuple[tuple[QPointF, str], ...]
    elided: bool


def layout_card_text(text: str, width: float, height: float) -> TextLines:
    """Fit `text` into a width × height box, shrinking once, then eliding the last line."""
    text = text.strip().replace("\r\n", "\n").replace("\n", LINE_SEPARATOR)
    *larger, smallest = style.CARD_TEXT_SIZES
    for size in larger:
        result = _wrap(text, style.font(size), width, height)
        if not result.elided:
            return result
    return _wrap(text, style.font(smallest), width, height)


def _wrap(text: str, font: QFont, width: float, height: float) -> TextLines:
    metrics = QFontMetricsF(font)
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    spacing = metrics.lineSpacing()
    max_lines = max(1, int((height + metrics.leading()) // spacing))
    starts: list[int] = []
    lengths: list[int] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append(line.textStart())
        lengths.append(line.textLength())
    layout.endLayout()
    elided = len(starts) > max_lines
    # Qt counts UTF-16 code units, so slice the UTF-16 form (emoji are two units).
    units = text.encode("utf-16-le")
    pieces = [_units(units, s, s + n) for s, n in zip(starts, lengths, strict=True)][:max_lines]
    if elided:
        rest = _units(units, starts[max_lines - 1], len(units) // 2).replace(LINE_SEPARATOR, " ")
        pieces[-1] = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
    lines = tuple(
        (QPointF(0.0, index * spacing + metrics.ascent()), piece.replace(LINE_SEPARATOR, ""))
        for index, piece in enumerate(pieces)
    )
    return TextLines(font, lines, elided)


def _units(encoded: bytes, start: int, end: int) -> str:
    return encoded[2 * start : 2 * end].decode("utf-16-le")


def elide(text: str, font: QFont, width: float) -> str:
    """One line of `text` cut to `width` with "…" only when it does not fit."""
    return QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, width)


def text_width(text: str, font: QFont) -> float:
    return QFontMetricsF(font).horizontalAdvance(text)
