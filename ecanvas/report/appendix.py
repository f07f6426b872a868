"""The appendix: each framework used in the report, with its guidance questions block by block."""

from __future__ import annotations

from reportlab.platypus import Flowable

from ecanvas.model import Canvas
from ecanvas.model.catalog import builtin_templates
from ecanvas.model.templates import Template, TemplateError
from ecanvas.report.cards import BlockHeading
from ecanvas.report.context import ReportContext
from ecanvas.report.flowables import SectionTitle
from ecanvas.report.plain_text import PlainText
from ecanvas.report.text_flow import flow
from ecanvas.report.theme import BODY


def _catalog() -> dict[str, Template]:
    try:
        return builtin_templates()
    except (TemplateError, OSError):
        return {}


def frameworks(context: ReportContext) -> list[tuple[str, str, list[tuple[str, str, list[str]]]]]:
    """(title, description, [(block title, colour, questions)]) per template used, first use first.

    The bundled template supplies the text; a canvas made from a template we do not ship falls
    back to its own blocks' guidance.
    """
    catalog, lang = _catalog(), context.lang
    seen: dict[str, Canvas] = {}
    for canvas in context.canvases:
        seen.setdefault(canvas.template_key, canvas)
    result = []
    for key, canvas in seen.items():
        template = catalog.get(key)
        if template is not None:
            blocks = [(b.title(lang), b.colour, list(b.guidance(lang))) for b in template.blocks]
            title, description = template.title(lang), template.description(lang)
        else:
            blocks = [(b.title(lang), b.colour, b.guidance(lang)) for b in canvas.blocks]
            title, description = key, ""
        blocks = [entry for entry in blocks if entry[2]]
        if blocks:
            result.append((title, description, blocks))
    return result


def _questions(questions: list[str], context: ReportContext) -> list[PlainText]:
    """The questions, numbered in the accent colour, each wrapping under its own text."""
    style, accent = context.styles.body, context.theme.accent_text
    return [
        PlainText(q, style.fontSize, style.leading, BODY, 16, 4, marker=(f"{n}", accent))
        for n, q in enumerate(questions, start=1)
    ]


def appendix_story(context: ReportContext) -> list[Flowable]:
    """The guidance of each framework used; left out when none carries guidance."""
    styles, theme = context.styles, context.theme
    used = frameworks(context)
    if not used:
        return []
    mark = context.bookmark("appendix", context.label("appendix"), 0)
    story: list[Flowable] = [
        SectionTitle(context.label("appendix"), styles.section, theme.brand, mark)
    ]
    story.append(flow(context.label("guidance_intro"), styles.muted))
    for index, (title, description, blocks) in enumerate(used):
        sub = context.bookmark(f"appendix-{index}", title, 1)
        heading = SectionTitle(
            title, styles.subsection, theme.brand, sub, space_after=4, bar=False, space_before=14
        )
        story.append(heading)
        if description:
            story.append(flow(description, styles.muted))
        for block_title, colour, questions in blocks:
            heading = BlockHeading(block_title, "", colour, context)
            heading.keepWithNext = True
            story.append(heading)
            story.extend(_questions(questions, context))
    return story
