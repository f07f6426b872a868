"""One line of text as font runs in drawing order, and the drawing of such runs.

Every piece of text the report puts on a page goes through here: each character gets the first
font of the fallback chain that has it (spaces, punctuation and marks stay in the font around
them), the line is put into visual order (`direction`), runs of a complex script are shaped
(`shaping`), and runs are drawn one after the other. A run whose glyphs do not read back as its
characters (a Devanagari conjunct, an Arabic joined form) is wrapped in a marked-content span
with its actual text, so copy, search and pdftotext give the words as they were typed.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ecanvas.report.direction import has_right_to_left, is_right_to_left, visual_order
from ecanvas.report.fonts import register_fonts
from ecanvas.report.glyphs import (
    PRIMARY,
    REPLACEMENT,
    SHAPED_FONTS,
    coverage,
    font_for,
    is_ignorable,
    registered,
    simple,
)

FAKE_BOLD_STROKE = 0.035  # of the font size: the outline that thickens a face with no bold
FAKE_ITALIC_SLANT = 0.2  # the shear that slants a face with no italic


@dataclass(frozen=True, slots=True)
class Run:
    """Text in one font, drawn left to right: characters, or shaped glyphs (a ShapedStr)."""

    font: str
    text: str
    width: float  # advance at 1 pt
    actual: str = ""  # what the run reads as when its glyphs do not say it themselves
    style: int = 0  # which span style of the line the run belongs to


def _stays_in_run(char: str) -> bool:
    """Marks, spaces, punctuation and digits keep the font of the text they sit in when it has
    them, so a sentence switches fonts only where its script does."""
    return unicodedata.category(char)[0] in "MZPN" or is_ignorable(char)


def _fonts(line: str, firsts: tuple[str, ...], styles: tuple[int, ...] | None) -> list[str]:
    """The font of each character in logical order; "" for a character no font has."""
    fonts: list[str] = []
    previous, previous_style = "", -1
    for index, char in enumerate(line):
        style = styles[index] if styles else 0
        if (
            previous
            and style == previous_style
            and _stays_in_run(char)
            and (ord(char) in coverage(previous) or is_ignorable(char))
        ):
            font = previous
        else:
            font = font_for(char, firsts[style]) or ("" if not is_ignorable(char) else previous)
        fonts.append(font)
        previous, previous_style = font, style
    return fonts


def _grouped(line: str, right_to_left: bool, fonts: list[str], styles):
    """Maximal pieces of the line in drawing order: (font, style, level, logical indices)."""
    if right_to_left or has_right_to_left(line):
        order = visual_order(line, right_to_left)
    else:
        order = tuple((index, 0, char) for index, char in enumerate(line))
    pieces: list[tuple[str, int, int, list[int]]] = []
    for index, level, _ in order:
        font, style = fonts[index], styles[index] if styles else 0
        if pieces:
            last_font, last_style, last_level, indices = pieces[-1]
            step = -1 if last_level % 2 else 1
            if (last_font, last_style, last_level) == (font, style, level) and (
                index == indices[-1] + step
            ):
                indices.append(index)
                continue
        pieces.append((font, style, level, [index]))
    return pieces, {index: mirrored for index, _, mirrored in order}


def _run(line: str, font: str, style: int, level: int, indices: list[int], mirrored) -> Run:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    right_to_left = level % 2 == 1
    logical = "".join(line[i] for i in sorted(indices))
    if not font:
        font = registered(font_for(REPLACEMENT) or PRIMARY)
        text = REPLACEMENT * sum(1 for c in logical if not is_ignorable(c))
        return Run(font, text, stringWidth(text, font, 1.0), style=style)
    registered(font)
    if font in SHAPED_FONTS:
        from ecanvas.report.shaping import shape

        shaped = shape(logical, font, right_to_left)
        actual = "" if shaped.readable else (logical[::-1] if right_to_left else logical)
        return Run(font, shaped.glyphs, shaped.width, actual, style)
    text = "".join(mirrored[i] for i in indices if not is_ignorable(line[i]))
    return Run(font, text, stringWidth(text, font, 1.0), style=style)


@lru_cache(maxsize=32_768)
def line_runs(
    line: str,
    first: str = PRIMARY,
    right_to_left: bool | None = None,
    firsts: tuple[str, ...] | None = None,
    styles: tuple[int, ...] | None = None,
) -> tuple[Run, ...]:
    """A line (logical order) as runs in drawing order. `right_to_left` is the base direction
    of the paragraph the line belongs to (found from the line itself when None); `styles`
    gives a span style to each character, `firsts` the preferred font of each style."""
    if right_to_left is None:
        right_to_left = is_right_to_left(line)
    if not styles and first == PRIMARY and not right_to_left and simple(line):
        from reportlab.pdfbase.pdfmetrics import stringWidth

        font = register_fonts()
        return (Run(font, line, stringWidth(line, font, 1.0)),)
    firsts = firsts or (first,)
    fonts = _fonts(line, firsts, styles)
    pieces, mirrored = _grouped(line, right_to_left, fonts, styles)
    runs = (_run(line, *piece, mirrored) for piece in pieces)
    return tuple(run for run in runs if run.text)  # a piece of joiners alone draws nothing


def line_width(line: str, size: float, first: str = PRIMARY) -> float:
    """How wide a line is drawn at a font size."""
    return sum(run.width for run in line_runs(line, first, getattr(line, "rtl", None))) * size


def write_run(writer, run: Run, size: float, leading: float | None = None) -> None:
    """Write one run at the text cursor, wrapped in its actual text when it needs one."""
    writer.setFont(run.font, size, leading)
    if run.actual:
        actual = run.actual.encode("utf-16-be").hex()
        writer._code.append(f"/Span <</ActualText <FEFF{actual}>>> BDC")
        writer.textOut(run.text)
        writer._code.append("EMC")
    else:
        writer.textOut(run.text)


def text_out(writer, line: str, size: float, leading: float | None = None,
             first: str = PRIMARY) -> None:  # fmt: skip
    """Write one line into a PDF text object at its cursor, switching fonts run by run."""
    for run in line_runs(line, first, getattr(line, "rtl", None)):
        write_run(writer, run, size, leading)


def text_line(writer, line: str, size: float, leading: float, first: str = PRIMARY) -> None:
    """Write one line and move the cursor to the start of the next one."""
    text_out(writer, line, size, leading, first)
    writer.textLine("")


def draw_string(canvas, x: float, y: float, line: str, size: float, anchor: str = "left",
                first: str = PRIMARY) -> None:  # fmt: skip
    """canvas.drawString for any text; `anchor` is "left", "right" or "centre"."""
    if anchor != "left":
        width = line_width(line, size, first)
        x -= width if anchor == "right" else width / 2
    writer = canvas.beginText(x, y)
    text_out(writer, line, size, first=first)
    canvas.drawText(writer)
