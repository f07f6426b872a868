"""The user's summary and recommendations as paragraphs, bullets and numbered items.

The text is parsed by `ecanvas.model.richtext` (a small Markdown subset) and every span is
escaped here before it becomes Paragraph markup, so user text never turns into reportlab tags:
`<img src=…>` in a summary prints those characters. Bold spans are set in the bundled bold
face (Noto Sans Bold) where it has the glyphs, italic in Noto Sans Italic; CJK and other scripts
keep their own fonts through the fallback chain.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph

from ecanvas.model.richtext import Span, TextBlock, parse_rich_text
from ecanvas.report.context import ReportContext
from ecanvas.report.fonts import register_fonts
from ecanvas.report.glyphs import BOLD, ITALIC, PRIMARY
from ecanvas.report.runs import line_runs
from ecanvas.report.text import clean

ITEM_INDENT = 16.0


def span_markup(span: Span) -> str:
    """One span as escaped markup, each run tagged with the font that draws it."""
    first = BOLD if span.bold else ITALIC if span.italic else PRIMARY
    primary = register_fonts()
    lines = []
    for line in clean(span.text).split("\n"):
        lines.append(
            "".join(
                escape(run) if font == primary else f'<font face="{font}">{escape(run)}</font>'
                for font, run in line_runs(line, first)
            )
        )
    return "<br/>".join(lines)


def block_markup(block: TextBlock) -> str:
    return "".join(span_markup(span) for span in block.spans)


def rich_flowables(text: str, context: ReportContext) -> list[Flowable]:
    """Flowables for a text in the Markdown subset; nothing for an empty text."""
    styles = context.styles
    item = styles.body.clone("rich-item", leftIndent=ITEM_INDENT, bulletIndent=2, spaceAfter=3)
    story: list[Flowable] = []
    blocks = parse_rich_text(text)
    for index, block in enumerate(blocks):
        markup = block_markup(block)
        if block.kind == "heading":
            heading = Paragraph(markup, styles.subsection)
            heading.keepWithNext = True
            story.append(heading)
        elif block.kind in ("bullet", "number"):
            bullet = "•" if block.kind == "bullet" else f"{block.number}."
            last_of_list = index + 1 == len(blocks) or blocks[index + 1].kind != block.kind
            style = item.clone("rich-last", spaceAfter=8) if last_of_list else item
            story.append(Paragraph(markup, style, bulletText=bullet))
        else:
            story.append(Paragraph(markup, styles.body))
    return story
