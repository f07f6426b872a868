"""Tables in the house style: a head in the brand colour, hairline rows, plain text in the cells.

Cells hold PlainText flowables (never bare strings, which reportlab would set in Helvetica), and
callers shorten user text first so that no single row can grow taller than a page.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.colors import HexColor
from reportlab.platypus import Table, TableStyle

from ecanvas.report.context import ReportContext
from ecanvas.report.fonts import register_fonts
from ecanvas.report.plain_text import PlainText
from ecanvas.report.theme import RULE


def house_style(commands: list[tuple]) -> TableStyle:
    """A TableStyle that also sets the report font: reportlab selects the cell font even for
    paragraph cells, and would otherwise pull in (unembedded) Helvetica."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), register_fonts()), *commands])


def cell(text: str, style, ink: str | None = None) -> PlainText:
    """A table cell holding user (or label) text in the size of `style`, wrapped to the column."""
    return PlainText(text, style.fontSize, style.leading, ink or style.textColor)


def data_table(
    context: ReportContext,
    head: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
) -> Table:
    """A full-width table; `widths` are fractions of the frame width, `rows` hold flowables."""
    styles, theme = context.styles, context.theme
    header = [cell(name, styles.head) for name in head]
    table = Table(
        [header, *rows],
        colWidths=[context.frame_width * w for w in widths],
        repeatRows=1,
        hAlign="LEFT",
    )
    commands = [
        ("BACKGROUND", (0, 0), (-1, 0), HexColor(theme.brand)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
        ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, HexColor(RULE)),
    ]
    for row in range(2, len(rows) + 1, 2):
        commands.append(("BACKGROUND", (0, row), (-1, row), HexColor(theme.tint)))
    table.setStyle(house_style(commands))
    return table
