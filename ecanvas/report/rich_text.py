"""The user's summary and recommendations as paragraphs, bullets and numbered items.

The text is parsed by `ecanvas.model.richtext` (a small Markdown subset) into spans, which are
set as `TextFlow` spans, never as reportlab markup, so user text never turns into tags:
`<img src=…>` in a summary prints those characters. Bold spans are set in the bundled bold
face (Noto Sans Bold) where it has the glyphs, italic in Noto Sans Italic; CJK and other scripts
keep their own fonts through the fallback chain, emboldened or slanted (`text_flow`).
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from ecanvas.model.richtext import TextBlock, parse_rich_text
from ecanvas.report.context import ReportContext
from ecanvas.report.text_flow import Look, Spans, TextFlow

ITEM_INDENT = 16.0


def block_spans(block: TextBlock) -> Spans:
    return [(span.text, Look(bold=span.bold, italic=span.italic)) for span in block.spans]


def rich_flowables(text: str, context: ReportContext) -> list[Flowable]:
    """Flowables for a text in the Markdown subset; nothing for an empty text."""
    styles = context.styles
    item = styles.body.clone("rich-item", leftIndent=ITEM_INDENT, bulletIndent=2, spaceAfter=3)
    story: list[Flowable] = []
    blocks = parse_rich_text(text)
    for index, block in enumerate(blocks):
        spans = block_spans(block)
        if block.kind == "heading":
            heading = TextFlow(spans, styles.subsection)
            heading.keepWithNext = True
            story.append(heading)
        elif block.kind in ("bullet", "number"):
            bullet = "•" if block.kind == "bullet" else f"{block.number}."
            last_of_list = index + 1 == len(blocks) or blocks[index + 1].kind != block.kind
            style = item.clone("rich-last", spaceAfter=8) if last_of_list else item
            story.append(TextFlow(spans, style, bullet=bullet))
        else:
            story.append(TextFlow(spans, styles.body))
    return story
