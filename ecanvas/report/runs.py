"""Drawing text through the fallback chain: each line split into font runs, in visual order.

Every piece of text the report puts on a page goes through here (or through `markup` for
paragraphs), so an emoji in a card title or Hebrew in an owner's name is drawn, not dropped.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from ecanvas.report.fonts import register_fonts, text_width
from ecanvas.report.glyphs import PRIMARY, registered, runs, simple


def line_runs(line: str, first: str = PRIMARY) -> tuple[tuple[str, str], ...]:
    """(font, text) runs of one line, every font registered."""
    if first == PRIMARY and simple(line):
        return ((register_fonts(), line),)
    found = runs(line, first)
    for font, _ in found:
        registered(font)
    return found


def text_out(writer, line: str, size: float, leading: float | None = None,
             first: str = PRIMARY) -> None:  # fmt: skip
    """Write one line into a PDF text object at its cursor, switching fonts run by run."""
    for font, text in line_runs(line, first):
        writer.setFont(font, size, leading)
        writer.textOut(text)


def text_line(writer, line: str, size: float, leading: float, first: str = PRIMARY) -> None:
    """Write one line and move the cursor to the start of the next one."""
    text_out(writer, line, size, leading, first)
    writer.textLine("")


def draw_string(canvas, x: float, y: float, line: str, size: float, anchor: str = "left",
                first: str = PRIMARY) -> None:  # fmt: skip
    """canvas.drawString for any text; `anchor` is "left", "right" or "centre"."""
    if anchor != "left":
        width = text_width(line, size)
        x -= width if anchor == "right" else width / 2
    writer = canvas.beginText(x, y)
    text_out(writer, line, size, first=first)
    canvas.drawText(writer)


def markup(text: str, first: str = PRIMARY) -> str:
    """Paragraph markup of plain text: escaped, one font tag per fallback run, lines kept."""
    lines = []
    for line in text.split("\n"):
        found = line_runs(line, first)
        lines.append(
            "".join(
                escape(run)
                if font == register_fonts()
                else f'<font face="{font}">{escape(run)}</font>'
                for font, run in found
            )
        )
    return "<br/>".join(lines)
