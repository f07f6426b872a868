"""User text set as plain lines: measured and wrapped by us, drawn as one text object.

Card texts and notes are plain text, never markup, so they skip reportlab's Paragraph entirely
(lines of a right-to-left paragraph are set flush right):
nothing in them can be read as a tag, a 100,000-character note splits across pages line by line,
and a thousand cards lay out several times faster than as Paragraphs.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from ecanvas.report.fonts import register_fonts
from ecanvas.report.pagination import must_split, tail_lines
from ecanvas.report.runs import line_width, text_line, text_out
from ecanvas.report.text import wrap_lines
from ecanvas.report.theme import colour

ASCENT = 0.92  # of the font size: where the first baseline sits below the top
MIN_LINES = 2  # lines kept together at either side of a page break


class PlainText(Flowable):
    """Wrapped lines of one text in one size and colour; splits between any two lines."""

    def __init__(
        self,
        text: str,
        size: float,
        leading: float,
        ink: str,
        indent: float = 0.0,
        space_after: float = 0.0,
        lines: tuple[str, ...] | None = None,
        line_width: float | None = None,
        marker: tuple[str, str] | None = None,
    ) -> None:
        super().__init__()
        self.text = text
        self.size = size
        self.leading = leading
        self.ink = ink
        self.indent = indent
        self.space_after = space_after
        self.lines = lines
        self.line_width = line_width
        self.marker = marker  # (text, colour) set in the indent of the first line, e.g. "1"
        self.tail_room = 0.0  # how much of it should reach its part's last page
        self.tail_after = 0.0  # and how much of the part follows it (pagination.Tail)

    def _lines_for(self, avail_width: float) -> tuple[str, ...]:
        width = avail_width - self.indent
        if self.lines is None or self.line_width != width:
            self.lines = wrap_lines(self.text, self.size, width)
            self.line_width = width
        return self.lines

    def wrap(self, avail_width, avail_height):
        lines = self._lines_for(avail_width)
        self.width, self.height = avail_width, len(lines) * self.leading
        if must_split(self, self.height, avail_height, len(lines), MIN_LINES):
            return (self.width, avail_height + 1)  # too tall here: the frame asks for a split
        return (self.width, self.height)

    def split(self, avail_width, avail_height):
        """Split between lines, leaving at least MIN_LINES on each side (no lone first line
        at the foot of a page, no lone last line at the head of the next)."""
        lines = self._lines_for(avail_width)
        fit = tail_lines(self, len(lines), avail_height, MIN_LINES)
        if not fit:
            return []
        first = self._part(lines[:fit], 0.0, self.marker)
        rest = self._part(lines[fit:], self.space_after, None)
        rest.tail_room, rest.tail_after = self.tail_room, self.tail_after
        return [first, rest]

    def _part(self, lines: tuple[str, ...], space_after: float, marker) -> PlainText:
        text = "\n".join(lines)
        return PlainText(
            text, self.size, self.leading, self.ink, self.indent, space_after, lines,
            self.line_width, marker,
        )  # fmt: skip

    def getSpaceAfter(self):
        return self.space_after

    def draw(self) -> None:
        baseline = self.height - self.size * ASCENT
        writer = self.canv.beginText(0 if self.marker else self.indent, baseline)
        writer.setFont(register_fonts(), self.size, self.leading)
        if self.marker:
            text, ink = self.marker
            writer.setFillColor(colour(ink))
            text_out(writer, text, self.size, self.leading)
            writer.setTextOrigin(self.indent, baseline)
        writer.setFillColor(colour(self.ink) if isinstance(self.ink, str) else self.ink)
        for index, line in enumerate(self.lines or ()):
            if getattr(line, "rtl", False):  # flush right, as right-to-left paragraphs are set
                right = self.indent + (self.line_width or 0.0)
                x = right - line_width(line, self.size)
                writer.setTextOrigin(x, baseline - index * self.leading)
            elif index and getattr(self.lines[index - 1], "rtl", False):
                writer.setTextOrigin(self.indent, baseline - index * self.leading)
            text_line(writer, line, self.size, self.leading)
        self.canv.drawText(writer)
