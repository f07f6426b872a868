"""The one typeface of the report: the bundled TrueType CJK font, registered once per process.

WenQuanYi Micro Hei carries Latin and Chinese glyphs, is TrueType (so reportlab embeds it) and
looks the same in every viewer. reportlab's standard fonts are never embedded, so nothing in the
report may fall back to Helvetica: styles, charts and page furniture all name this font.
"""

from __future__ import annotations

import threading
from functools import cache

from ecanvas.assets import resource_path

FONT = "ECanvasSans"
FONT_FILE = ("fonts", "wqy-microhei.ttf")
_lock = threading.Lock()
WIDTH_CACHE_LIMIT = 200_000
SHORT_TEXT = 24


def _measured_font_class():
    from reportlab.pdfbase.ttfonts import TTFont

    class MeasuredTTFont(TTFont):
        """A TrueType font that remembers the width of short strings.

        reportlab's CJK line breaking measures every character separately, through several
        layers of calls; answering repeats from a dict makes long listings much faster.
        """

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._unit_widths: dict[str, float] = {}

        def stringWidth(self, text, size, encoding="utf8"):
            unit = self._unit_widths.get(text)
            if unit is None:
                unit = TTFont.stringWidth(self, text, 1.0, encoding)
                if len(text) <= SHORT_TEXT:
                    if len(self._unit_widths) > WIDTH_CACHE_LIMIT:
                        self._unit_widths.clear()
                    self._unit_widths[text] = unit
            return unit * size

    return MeasuredTTFont


@cache
def _registered() -> str:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    font_class = _measured_font_class()
    pdfmetrics.registerFont(font_class(FONT, str(resource_path(*FONT_FILE))))
    # The face has no bold or italic; map them to itself so <b>/<i> never pick a standard font.
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FONT, bold, italic, FONT)
    return FONT


def register_fonts() -> str:
    """Register the report font (thread-safe, once) and return its name."""
    with _lock:
        return _registered()


@cache
def char_width(char: str) -> float:
    """Advance width of one character at 1 pt, in points; cached because wrapping asks often."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(char, register_fonts(), 1.0)


def text_width(text: str, size: float) -> float:
    """Width of a string at a font size, from the cached per-character widths."""
    return sum(map(char_width, text)) * size
