"""Assemble the story of a report from the chosen sections and write it atomically.

The PDF is written to a hidden temporary file beside the output and renamed over it only when
complete, so a failed or interrupted export never leaves half a document behind.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Paragraph

from ecanvas.model import Workspace
from ecanvas.report.actions import actions_story
from ecanvas.report.appendix import appendix_story
from ecanvas.report.canvases import canvas_page, cards_pages, section_anchor
from ecanvas.report.checks import checks_story
from ecanvas.report.contents import contents_lines, contents_story
from ecanvas.report.context import ReportContext, resolve
from ecanvas.report.cover import CoverPage
from ecanvas.report.document import ReportDocument, binary_streams
from ecanvas.report.glyphs import missing_characters, missing_warning
from ecanvas.report.options import ReportError, ReportOptions
from ecanvas.report.scores import scores_story
from ecanvas.report.summary import summary_story
from ecanvas.report.text import para_text


class Story:
    """The flowables of the report, with a page break (and template) before each new part."""

    def __init__(self) -> None:
        self.flowables: list[Flowable] = []
        self.first_template: str | None = None
        self.contents_at: int | None = None

    def new_page(self, template: str) -> None:
        if self.first_template is None:
            self.first_template = template
            return
        self.flowables.extend([NextPageTemplate(template), PageBreak()])

    def add(self, flowables: list[Flowable]) -> None:
        self.flowables.extend(flowables)


def _canvas_parts(story: Story, context: ReportContext) -> None:
    drawings, listings = context.options.wants("canvases"), context.options.wants("cards")
    if not (drawings or listings) or not context.canvases:
        return
    anchor = section_anchor(context)
    for index, canvas in enumerate(context.canvases):
        if drawings:
            story.new_page("landscape")
            story.add([anchor] if index == 0 else [])
            story.add(canvas_page(canvas, context))
        if listings:
            story.new_page("portrait")
            story.add([anchor] if index == 0 and not drawings else [])
            story.add(cards_pages(canvas, context, level=2 if drawings else 1))


def plan_story(context: ReportContext) -> Story:
    """Every flowable in order; the contents lines are filled in once all bookmarks exist."""
    story, wants = Story(), context.options.wants
    if wants("cover"):
        story.new_page("cover")
        story.add([CoverPage(context, context.bookmark("cover", context.label("cover"), 0, False))])
    if wants("contents"):
        story.new_page("portrait")
        story.add(contents_story(context))
        story.contents_at = len(story.flowables)
    parts: list[tuple[str, Callable[[ReportContext], list[Flowable]]]] = [
        ("summary", summary_story),
    ]
    for name, make in parts:
        if wants(name):
            story.new_page("portrait")
            story.add(make(context))
    _canvas_parts(story, context)
    for name, make in (
        ("scores", scores_story),
        ("actions", actions_story),
        ("checks", checks_story),
        ("appendix", appendix_story),
    ):
        if wants(name):
            story.new_page("portrait")
            story.add(make(context))
    if story.contents_at is not None:
        story.flowables[story.contents_at : story.contents_at] = contents_lines(context)
    if not story.flowables:
        story.new_page("portrait")
        story.add([Paragraph(para_text(context.label("no_canvases")), context.styles.body)])
    return story


def _check_output(output: Path) -> None:
    folder = output.parent
    if output.is_dir():
        raise ReportError(f"{output}: is a folder, not a PDF file name")
    if not folder.is_dir():
        raise ReportError(f"{output}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK) or (output.exists() and not os.access(output, os.W_OK)):
        raise ReportError(f"{output}: cannot write here (permission denied)")


def build_report_file(
    workspace: Workspace,
    output: Path,
    options: ReportOptions,
    progress: Callable[[int, int], None] | None,
    today: date | None = None,
    warn: Callable[[str], None] | None = None,
) -> Path:
    output = Path(output).expanduser().absolute()
    context = resolve(workspace, options, today or date.today())
    _check_output(output)
    warning = missing_warning(missing_characters(report_texts(context)))
    story = plan_story(context)
    milestones = sum(1 for f in story.flowables if getattr(f, "milestone", False))
    if progress:
        progress(0, milestones + 1)
    partial = output.with_name(f".{output.name}.{os.getpid()}.partial")
    document = ReportDocument(str(partial), context, story.first_template, milestones, progress)
    try:
        with binary_streams():
            document.build(story.flowables)
        os.replace(partial, output)
    except OSError as error:
        raise ReportError(f"{output}: cannot write the PDF ({error.strerror or error})") from None
    finally:
        partial.unlink(missing_ok=True)
    if progress:
        progress(milestones + 1, milestones + 1)
    if warning and warn:
        warn(warning)
    return output


def report_texts(context: ReportContext) -> Iterator[str]:
    """Every user text the report may print, to find characters no bundled font can draw."""
    workspace, lang = context.workspace, context.lang
    yield from (workspace.title, workspace.client, workspace.author, workspace.summary,
                workspace.recommendations)  # fmt: skip
    for canvas in context.canvases:
        yield canvas.title
        for block in canvas.blocks:
            yield block.title(lang)
        for card in canvas.cards:
            yield from (card.text, card.note, card.owner, *card.tags)
        for link in canvas.links:
            yield link.label
