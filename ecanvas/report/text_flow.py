"""Paragraphs of styled spans (bold, italic, a colour or size of their own), wrapped and drawn by
us rather than by reportlab's Paragraph.

The lines of a paragraph are found in logical order, then each is put into visual order and
shaped (`ecanvas.report.runs`); a paragraph whose base direction is right to left is set flush
right, its bullet on the right. Text is never read as markup, so user text prints literally.
The faces have no bold or italic for CJK, Arabic, Hebrew, Thai or Devanagari: runs in those
are emboldened with an outline stroke and slanted with a shear.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.enums import TA_CENTER
from reportlab.platypus import Flowable

from ecanvas.report.direction import is_right_to_left
from ecanvas.report.fonts import text_width
from ecanvas.report.glyphs import BOLD, ITALIC, PRIMARY
from ecanvas.report.pagination import must_split, tail_lines
from ecanvas.report.plain_text import ASCENT, MIN_LINES
from ecanvas.report.runs import FAKE_BOLD_STROKE, FAKE_ITALIC_SLANT, Run, line_runs, write_run
from ecanvas.report.text import break_ranges, clean
from ecanvas.report.theme import colour

BULLET_GAP = 4.0


@dataclass(frozen=True)
class Look:
    """How a span is set; None takes the paragraph style's size or colour."""

    bold: bool = False
    italic: bool = False
    size: float | None = None
    ink: str | None = None

    @property
    def first_font(self) -> str:
        return BOLD if self.bold else ITALIC if self.italic else PRIMARY


PLAIN = Look()
MUTED_LOOK = Look(size=8.5, ink="#6B7785")  # counts and secondary facts beside a title
Spans = Sequence[tuple[str, Look]]


@dataclass(frozen=True)
class FlowLine:
    runs: tuple[Run, ...]
    width: float  # in points
    rtl: bool


def _ink_hex(ink) -> str:
    return ink if isinstance(ink, str) else ink.hexval().replace("0x", "#")


@lru_cache(maxsize=16_384)
def _span_width(text: str, first: str, size: float) -> float:
    if first == PRIMARY:
        return text_width(text, size)
    return sum(run.width for run in line_runs(text, first)) * size


class TextFlow(Flowable):
    """A paragraph of styled spans (or one plain string) in a ParagraphStyle's size, leading,
    colour, indents and spacing; splits between lines."""

    def __init__(
        self,
        spans: Spans | str,
        style,
        bullet: str | None = None,
        lines: list[FlowLine] | None = None,
        line_width: float | None = None,
    ) -> None:
        super().__init__()
        if isinstance(spans, str):
            spans = [(spans, PLAIN)]
        self.spans = [(clean(text), look) for text, look in spans]
        self.style = style
        self.size = style.fontSize
        self.leading = style.leading
        self.ink = _ink_hex(style.textColor)
        self.bullet = bullet
        self.centred = style.alignment == TA_CENTER
        looks = list(dict.fromkeys(look for _, look in self.spans)) or [PLAIN]
        self.looks = looks
        self.lines = lines
        self.line_width = line_width
        self.space_before = style.spaceBefore
        self.space_after = style.spaceAfter
        self.tail_room = 0.0  # how much of it should reach its part's last page
        self.tail_after = 0.0  # and how much of the part follows it (pagination.Tail)

    # ----------------------------------------------------------------- layout
    def _size_of(self, look: Look) -> float:
        return look.size or self.size

    def _layout(self, width: float) -> list[FlowLine]:
        text = "".join(text for text, _ in self.spans)
        index = {look: number for number, look in enumerate(self.looks)}
        styles = tuple(index[look] for span, look in self.spans for _ in span)
        firsts = tuple(look.first_font for look in self.looks)
        lines: list[FlowLine] = []
        start = 0
        for paragraph in text.split("\n"):
            end = start + len(paragraph)
            lines.extend(self._paragraph_lines(paragraph, styles[start:end], firsts, width))
            start = end + 1
        return lines

    def _paragraph_lines(self, paragraph: str, styles: tuple[int, ...],
                         firsts: tuple[str, ...], width: float) -> list[FlowLine]:  # fmt: skip
        rtl = is_right_to_left(paragraph)

        def measure(begin: int, end: int) -> float:
            used, piece = 0.0, begin
            while piece < end:
                look_number = styles[piece]
                stop = piece + 1
                while stop < end and styles[stop] == look_number:
                    stop += 1
                look = self.looks[look_number]
                used += _span_width(paragraph[piece:stop], look.first_font, self._size_of(look))
                piece = stop
            return used

        result = []
        for begin, end in break_ranges(paragraph, width, measure):
            line = paragraph[begin:end]
            line_styles = styles[begin:end] if len(self.looks) > 1 else None
            first = firsts[0]
            runs = line_runs(line, first, rtl, firsts if line_styles else None, line_styles)
            drawn = sum(run.width * self._size_of(self.looks[run.style]) for run in runs)
            result.append(FlowLine(runs, drawn, rtl))
        return result

    def _text_width(self, avail_width: float) -> float:
        indent = self.style.leftIndent + self.style.rightIndent
        return max(avail_width - indent, self.size)

    def wrap(self, avail_width, avail_height):
        width = self._text_width(avail_width)
        if self.lines is None or self.line_width != width:
            self.lines = self._layout(width)
            self.line_width = width
        self.width, self.height = avail_width, len(self.lines) * self.leading
        if must_split(self, self.height, avail_height, len(self.lines), MIN_LINES):
            return (self.width, avail_height + 1)  # too tall here: the frame asks for a split
        return (self.width, self.height)

    def split(self, avail_width, avail_height):
        self.wrap(avail_width, avail_height)
        lines = self.lines or []
        fit = tail_lines(self, len(lines), avail_height, MIN_LINES)
        if not fit:
            return []
        head = TextFlow(self.spans, self.style, self.bullet, lines[:fit], self.line_width)
        tail = TextFlow(self.spans, self.style, None, lines[fit:], self.line_width)
        head.looks = tail.looks = self.looks
        head.space_after, tail.space_before = 0.0, 0.0
        tail.tail_room, tail.tail_after = self.tail_room, self.tail_after
        return [head, tail]

    def getSpaceBefore(self):
        return self.space_before

    def getSpaceAfter(self):
        return self.space_after

    # ----------------------------------------------------------------- drawing
    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        writer = canvas.beginText()
        top_rtl = bool(self.lines) and self.lines[0].rtl
        for number, line in enumerate(self.lines or ()):
            baseline = self.height - self.size * ASCENT - number * self.leading
            self._draw_line(writer, line, self._line_start(line), baseline)
        if self.bullet:
            self._draw_bullet(writer, top_rtl)
        canvas.drawText(writer)
        canvas.restoreState()

    def _line_start(self, line: FlowLine) -> float:
        left = self.style.leftIndent
        room = self.line_width or 0.0
        if self.centred:
            return left + (room - line.width) / 2
        if line.rtl:
            right = self.width - self.style.leftIndent  # indents mirror for right-to-left text
            return right - line.width
        return left

    def _draw_line(self, writer, line: FlowLine, x: float, baseline: float) -> None:
        for run in line.runs:
            look = self.looks[run.style]
            size = self._size_of(look)
            ink = colour(look.ink or self.ink)
            slant = look.italic and run.font != ITALIC
            if slant:
                writer.setTextTransform(1, 0, FAKE_ITALIC_SLANT, 1, x, baseline)
            else:
                writer.setTextOrigin(x, baseline)
            writer.setFillColor(ink)
            embolden = look.bold and run.font != BOLD
            if embolden:
                writer.setStrokeColor(ink)
                writer._code.append(f"{size * FAKE_BOLD_STROKE:.3f} w")
                writer.setTextRenderMode(2)  # fill and stroke: the outline thickens the strokes
            write_run(writer, run, size)
            if embolden:
                writer.setTextRenderMode(0)
            x += run.width * size

    def _draw_bullet(self, writer, rtl: bool) -> None:
        bullet = self.bullet or ""
        size = self.size
        baseline = self.height - size * ASCENT
        runs = line_runs(bullet)
        width = sum(run.width for run in runs) * size
        indent = self.style.bulletIndent
        x = self.width - indent - width if rtl else indent
        writer.setFillColor(colour(self.ink))
        writer.setTextOrigin(x, baseline)
        for run in runs:
            write_run(writer, run, size)


def flow(text: str, style, **extra) -> TextFlow:
    """A plain text (a label, a title, a sentence) as a TextFlow in `style`."""
    return TextFlow(text, style, **extra)


def bullet_room(bullet: str, style) -> float:
    """How far the text of an item must be indented to clear its bullet."""
    return style.bulletIndent + text_width(bullet, style.fontSize) + BULLET_GAP
