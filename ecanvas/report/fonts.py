"""The main typeface of the report: the bundled TrueType CJK font, registered once per process.

WenQuanYi Micro Hei carries Latin and Chinese glyphs, is TrueType (so reportlab embeds it) and
looks the same in every viewer. reportlab's standard fonts are never embedded, so nothing in the
report may fall back to Helvetica: styles, charts and page furniture all name this font. Text it
cannot draw goes to the fallback chain of `ecanvas.report.glyphs`, run by run.
"""

from __future__ import annotations

import contextlib
import re
import threading
from functools import cache

from ecanvas.assets import resource_path

FONT = "ECanvasSans"
FONT_FILE = ("fonts", "wqy-microhei.ttf")
_lock = threading.Lock()
WIDTH_CACHE_LIMIT = 200_000
SHORT_TEXT = 24
# Scripts whose drawn width is not the sum of their characters' (shaped, or reordered).
_COMPLEX = re.compile(r"[\u0590-\u08ff\u0900-\u0dff\u0e00-\u0eff\ufb1d-\ufdff\ufe70-\ufefc]")


@cache
def measured_font_class(base):
    """`base` (reportlab's TTFont) with a cache of the widths of short strings."""
    TTFont = base  # noqa: N806 - the class being extended

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
    # reportlab's C helpers (reportlab[accel]) load by a name built at run time; naming the
    # module here lets the desktop bundle find and carry it. Without it reportlab runs slower.
    with contextlib.suppress(ImportError):
        import _rl_accel  # noqa: F401
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font = measured_font_class(TTFont)(FONT, str(resource_path(*FONT_FILE)))
    font.shapable = False  # text is shaped and ordered by ecanvas.report.runs, run by run
    pdfmetrics.registerFont(font)
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
    """Advance width of one character at 1 pt in the font that draws it (a fallback font, or the
    replacement mark when none has it); cached because wrapping asks often."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from ecanvas.report.glyphs import REPLACEMENT, font_for, is_ignorable

    register_fonts()
    font = font_for(char)
    if font is None:
        if is_ignorable(char) or char in "\n\t":
            return 0.0
        char, font = REPLACEMENT, font_for(REPLACEMENT) or FONT
    return stringWidth(char, font, 1.0)


def text_width(text: str, size: float) -> float:
    """Width of a string at a font size: from the cached per-character widths, or, for text in
    a complex script, as its runs are drawn (shaped)."""
    if _COMPLEX.search(text):
        from ecanvas.report.runs import line_width

        return line_width(text, size)
    return sum(map(char_width, text)) * size
