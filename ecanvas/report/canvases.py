"""Per canvas: a landscape page with the canvas drawn as vectors, then its cards, block by block."""

from __future__ import annotations

from reportlab.platypus import Flowable

from ecanvas.model import Canvas
from ecanvas.report.canvas_drawing import CanvasDrawing
from ecanvas.report.cards import cards_story
from ecanvas.report.context import ReportContext
from ecanvas.report.flowables import Anchor, SectionTitle
from ecanvas.report.labels import template_title
from ecanvas.report.text_flow import flow


def canvas_facts(canvas: Canvas, context: ReportContext) -> str:
    """'Framework · 12 cards · 3 links' under the canvas title."""
    facts = [template_title(canvas.template_key, context.lang)]
    facts.append(context.label("card_count", n=len(canvas.cards)))
    if canvas.links:
        facts.append(context.label("link_count", n=len(canvas.links)))
    return "  ·  ".join(facts)


def canvas_heading(canvas: Canvas, context: ReportContext, bookmark, compact: bool) -> SectionTitle:
    styles = context.styles
    style = styles.section.clone("canvas-title", fontSize=17, leading=21) if compact else None
    subtitle = flow(canvas_facts(canvas, context), styles.muted)
    return SectionTitle(
        canvas.title,
        style or styles.section,
        context.theme.brand,
        bookmark=bookmark,
        subtitle=subtitle,
        space_after=10 if compact else 16,
    )


def canvas_page(canvas: Canvas, context: ReportContext) -> list[Flowable]:
    """The landscape page: title, facts, and the drawing filling the rest of the page."""
    mark = context.bookmark(f"canvas-{canvas.id}", canvas.title, 1)
    heading = canvas_heading(canvas, context, mark, compact=True)
    continued = context.label("continued", title=canvas.title)
    return [heading, CanvasDrawing(canvas, context.lang, context.label("empty_canvas"), continued)]


def cards_pages(canvas: Canvas, context: ReportContext, level: int) -> list[Flowable]:
    """The card listing; its heading is the canvas title when the drawing was left out. Nothing
    for a canvas without cards."""
    if not canvas.cards:
        return []
    if level == 1:
        mark = context.bookmark(f"canvas-{canvas.id}", canvas.title, 1)
        heading = canvas_heading(canvas, context, mark, compact=False)
    else:
        title = context.label("cards")
        mark = context.bookmark(f"cards-{canvas.id}", title, 2, in_contents=False)
        heading = canvas_heading(canvas, context, mark, compact=False)
        heading.subtitle = flow(title, context.styles.muted)
    return [heading, *cards_story(canvas, context)]


def section_anchor(context: ReportContext) -> Anchor:
    """The invisible 'Canvases' outline entry that the canvas entries hang under."""
    key = "canvases" if context.options.wants("canvases") else "cards"
    return Anchor(context.bookmark("section-canvases", context.label(key), 0))
