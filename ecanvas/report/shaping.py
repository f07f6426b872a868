"""Complex scripts shaped by HarfBuzz: Arabic joining, Devanagari conjuncts, Thai marks.

A run of text in one of the fonts that need shaping goes through uharfbuzz (in logical order,
with its direction), and comes back as the glyphs to draw, in visual order, with HarfBuzz's
advances and offsets in reportlab's `ShapedStr` form, which reportlab's text objects know how
to position. Glyphs that no character maps to (a conjunct, a contextual form) get a private
code in the font, as reportlab does, so the copyable text of such a run is given separately
as the run's actual text (see `ecanvas.report.runs`).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache, lru_cache

import uharfbuzz

PRIVATE = 0xF0000  # plane 15 private use: no bundled font maps characters there
_lock = threading.Lock()


@dataclass(frozen=True)
class Shaped:
    """One shaped run: `glyphs` to pass to a text object, `width` at 1 pt, and whether the glyphs
    read back as the run's characters (when not, the run carries its text as actual text)."""

    glyphs: str
    width: float
    readable: bool


@cache
def _harfbuzz_font(font_name: str) -> uharfbuzz.Font:
    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont(font_name).face
    return uharfbuzz.Font(uharfbuzz.Face(uharfbuzz.Blob(face._ttf_data)))


def _private_code(font, glyph: int, advance: float) -> int:
    """A private-use code point mapped to `glyph` in the font's tables, for glyphs that no
    character maps to (reportlab subsets and writes fonts by code point)."""
    face = font.face
    codes = face.glyphToChar.get(glyph)
    if codes:
        return codes[0]
    code = max((c for c in face.charToGlyph if PRIVATE <= c < 0xFFFFE), default=PRIVATE - 1) + 1
    face.charToGlyph[code] = glyph
    face.glyphToChar[glyph] = [code]
    face.charWidths[code] = advance
    return code


@lru_cache(maxsize=16_384)
def shape(text: str, font_name: str, right_to_left: bool) -> Shaped:
    """`text` (logical order) shaped in a registered font (one of `glyphs.SHAPED_FONTS`)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr

    font = pdfmetrics.getFont(font_name)
    hb_font = _harfbuzz_font(font_name)
    buffer = uharfbuzz.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    buffer.direction = "rtl" if right_to_left else "ltr"
    buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    uharfbuzz.shape(hb_font, buffer, {})
    scale = 1000.0 / font.face.unitsPerEm
    chars, data = [], []
    width = 0.0
    with _lock:
        for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
            advance = position.x_advance * scale
            code = _private_code(font, info.codepoint, advance)
            chars.append(chr(code))
            data.append(
                ShapeData(
                    info.cluster,
                    advance,
                    position.y_advance * scale,
                    position.x_offset * scale,
                    position.y_offset * scale,
                    font.face.charWidths.get(code, advance),
                )
            )
            width += advance
    drawn = "".join(chars)
    readable = drawn == (text[::-1] if right_to_left else text)
    return Shaped(ShapedStr(drawn, shapeData=data), width / 1000.0, readable)
