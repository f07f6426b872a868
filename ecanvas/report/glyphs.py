"""Every character prints: which embedded font draws each character, in what visual order.

The report's main face (WenQuanYi Micro Hei) covers Latin and CJK. Anything it lacks (emoji,
Arabic, Hebrew, Thai, Devanagari, rarer Latin, symbols) is drawn with the first font of a chain of
bundled TrueType fallbacks (`resources/fonts/`, licences beside them), switched run by run inside
a line (`ecanvas.report.runs`). Complex scripts are shaped by HarfBuzz (`ecanvas.report.shaping`)
and right-to-left text is put into visual order line by line (`ecanvas.report.direction`). A
character no bundled font has is drawn as a visible replacement and counted, never dropped.

Fallback fonts are loaded only when a text needs them, so a Chinese or English report pays
nothing for them.
"""

from __future__ import annotations

import threading
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import cache, lru_cache

from ecanvas.assets import resource_path
from ecanvas.report.direction import has_right_to_left

PRIMARY = "ECanvasSans"
BOLD, ITALIC = "ECanvasSans-Bold", "ECanvasSans-Italic"
FONT_FILES = {
    PRIMARY: "wqy-microhei.ttf",
    BOLD: "NotoSans-Bold.ttf",
    ITALIC: "NotoSans-Italic.ttf",
    "ECanvasLatin": "NotoSans-Regular.ttf",
    "ECanvasArabic": "NotoSansArabic-Regular.ttf",
    "ECanvasHebrew": "NotoSansHebrew-Regular.ttf",
    "ECanvasThai": "NotoSansThai-Regular.ttf",
    "ECanvasDevanagari": "NotoSansDevanagari-Regular.ttf",
    "ECanvasSymbols": "Symbola.ttf",
}
FALLBACKS = (
    "ECanvasLatin", "ECanvasArabic", "ECanvasHebrew", "ECanvasThai", "ECanvasDevanagari",
    "ECanvasSymbols",
)  # fmt: skip
# Fonts whose scripts need shaping (joining, conjuncts, mark placement): `ecanvas.report.shaping`.
SHAPED_FONTS = frozenset({"ECanvasArabic", "ECanvasHebrew", "ECanvasThai", "ECanvasDevanagari"})
REPLACEMENT = "\ufffd"  # drawn in place of a character no font has (Symbola has it)
_lock = threading.RLock()


# ----------------------------------------------------------------- fonts
def _utf16_hex(code: int) -> str:
    """A code point as the UTF-16BE hex a ToUnicode CMap wants (a surrogate pair above U+FFFF)."""
    return chr(code).encode("utf-16-be").hex().upper()


@cache
def fix_text_extraction() -> None:
    """Make copy, search and pdftotext give back emoji and other characters above U+FFFF.

    reportlab writes each subset's ToUnicode map with `<%04X>`, which gives five hex digits (an
    invalid entry) for such characters; this writes them as UTF-16 surrogate pairs instead.
    """
    from reportlab.pdfbase import ttfonts

    original = ttfonts.makeToUnicodeCMap

    def to_unicode_cmap(fontname, subset):
        text = original(fontname, subset)
        for index, code in enumerate(subset):
            if code > 0xFFFF:
                text = text.replace(
                    f"<{index:02X}> <{code:04X}>", f"<{index:02X}> <{_utf16_hex(code)}>"
                )
        return text

    ttfonts.makeToUnicodeCMap = to_unicode_cmap


def _font_class():
    from reportlab.pdfbase.ttfonts import TTFont

    from ecanvas.report.fonts import measured_font_class

    return measured_font_class(TTFont)


@cache
def registered(name: str) -> str:
    """Register one bundled font with reportlab (once per process); its name."""
    from reportlab.pdfbase import pdfmetrics

    if name == PRIMARY:
        from ecanvas.report.fonts import register_fonts

        return register_fonts()

    with _lock:
        if name not in pdfmetrics.getRegisteredFontNames():
            fix_text_extraction()
            font = _font_class()(name, str(resource_path("fonts", FONT_FILES[name])))
            # Only the complex scripts are shaped (by ecanvas.report.shaping, run by run);
            # reportlab itself never shapes: our text is in visual order when it gets there.
            font.shapable = name in SHAPED_FONTS
            pdfmetrics.registerFont(font)
    return name


@cache
def coverage(name: str) -> frozenset[int]:
    """The code points a font has glyphs for."""
    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont(registered(name)).face
    return frozenset(code for code, glyph in face.charToGlyph.items() if glyph)


def is_ignorable(char: str) -> bool:
    """Invisible formatting characters (variation selectors, joiners, marks of direction) that
    need no glyph: emoji presentation selectors and zero-width joiners are dropped quietly."""
    code = ord(char)
    return (
        unicodedata.category(char) == "Cf"
        or 0xFE00 <= code <= 0xFE0F
        or 0xE0100 <= code <= 0xE01EF
        or 0x1F3FB <= code <= 0x1F3FF  # skin tones modify the emoji before them
    )


@lru_cache(maxsize=65_536)
def font_for(char: str, first: str = PRIMARY) -> str | None:
    """The font that draws `char`: `first` if it can, then the main face, then the fallbacks;
    None when no bundled font has it."""
    code = ord(char)
    for name in dict.fromkeys((first, PRIMARY, *FALLBACKS)):
        if code in coverage(name):
            return name
    return None


def covered(char: str) -> bool:
    return char in "\n\t" or is_ignorable(char) or font_for(char) is not None


# ----------------------------------------------------------------- text
def simple(line: str) -> bool:
    """True when the main face draws the whole line as it stands (the common, fast case)."""
    primary = coverage(PRIMARY)
    return all(ord(char) in primary for char in line) and not has_right_to_left(line)


def missing_characters(texts: Iterable[str]) -> Counter:
    """How often each character that no bundled font can draw occurs in `texts`."""
    primary = coverage(PRIMARY)
    missing: Counter = Counter()
    for text in texts:
        for char in text:
            if ord(char) not in primary and not covered(char):
                missing[char] += 1
    return missing


def missing_warning(missing: Counter) -> str:
    """The one warning line about characters printed as a replacement; empty when none."""
    if not missing:
        return ""
    total = sum(missing.values())
    shown = ", ".join(f"U+{ord(char):04X}" for char in sorted(missing)[:5])
    more = f" and {len(missing) - 5} more" if len(missing) > 5 else ""
    if total == 1:
        return f"1 character that no bundled font can draw was printed as {REPLACEMENT} ({shown})"
    return (
        f"{total} characters that no bundled font can draw were printed as {REPLACEMENT} "
        f"({shown}{more})"
    )
