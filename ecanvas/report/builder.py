"""Assemble the story of a report from the chosen sections and write it atomically.

The PDF goes through the safe output writer (`ecanvas.outputs`): a temporary file created
exclusively beside the output, renamed over it only when complete, never over a workspace.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    NextPageTemplate,
    PageBreak,
    Spacer,
)

from ecanvas.model import Workspace
from ecanvas.outputs import check_output, output_path
from ecanvas.report.actions import actions_story
from ecanvas.report.appendix import appendix_story
from ecanvas.report.canvases import canvas_page, cards_pages, section_anchor
from ecanvas.report.changes import changes_story
from ecanvas.report.checks import checks_story
from ecanvas.report.contents import contents_lines, contents_story
from ecanvas.report.context import ReportContext, resolve
from ecanvas.report.cover import CoverPage
from ecanvas.report.document import ReportDocument, binary_streams, collection_paused
from ecanvas.report.flowables import SectionTitle
from ecanvas.report.glyphs import missing_characters, missing_warning
from ecanvas.report.options import ReportOptions
from ecanvas.report.pagination import Tail, guarded
from ecanvas.report.scores import scores_story
from ecanvas.report.summary import recommendations_story, summary_story
from ecanvas.report.text_flow import flow
from ecanvas.report.voting import voting_story

# Room a section needs below its heading before it may start on the current page.
SECTION_ROOM = 220.0
SECTION_GAP = 28.0


class Story:
    """The flowables of the report in order. A new part starts a new page only when it changes
    the page template (cover, portrait, landscape) or asks for one; short portrait parts follow
    each other on the same page, so no page holds a lone table. A portrait part followed by a
    new page (or ending the report) keeps a fair share of itself for its last page
    (`pagination.TailGuard`), so no page holds two entries of a listing."""

    def __init__(self, frame_height: float = 0.0) -> None:
        self.flowables: list[Flowable] = []
        self.first_template: str | None = None
        self.template: str | None = None
        self.contents_at: int | None = None
        self.page_is_full = False
        self.frame_height = frame_height
        self.tail: Tail | None = None  # of the portrait parts sharing the latest pages

    def part(self, template: str, flowables: list[Flowable], own_page: bool = False) -> None:
        """Add a part (nothing if it is empty) on the right kind of page."""
        if not flowables:
            return
        if self.first_template is None:
            self.first_template = template
        elif template != self.template or own_page or self.page_is_full:
            self.flowables.extend([NextPageTemplate(template), PageBreak()])
            self.end_page()
        else:
            between = [CondPageBreak(SECTION_ROOM), Spacer(1, SECTION_GAP)]
            self.flowables.extend(between)
            if self.tail is not None:
                self.tail.flowables.extend(between)
        self.template = template
        self.page_is_full = own_page
        if template == "portrait" and not own_page and self.frame_height:
            self.tail = self.tail or Tail([], self.frame_height)
            flowables = guarded(flowables, self.tail)
        else:
            self.tail = None
        for flowable in flowables[:2]:
            # The conditional break above leaves room for the heading and the start of what
            # follows; keeping the heading with all of a long table would push both to a new
            # page and leave this one half empty.
            if isinstance(flowable, SectionTitle):
                flowable.keepWithNext = False
        self.flowables.extend(flowables)

    def end_page(self) -> None:
        """The latest part is the last on its page (a new page or the report's end follows)."""
        if self.tail is not None:
            self.tail.ends_page = True
        self.tail = None


def _canvas_parts(story: Story, context: ReportContext) -> None:
    drawings, listings = context.options.wants("canvases"), context.options.wants("cards")
    if not (drawings or listings) or not context.canvases:
        return
    anchor = [section_anchor(context)]
    for canvas in context.canvases:
        if drawings:
            story.part("landscape", [*anchor, *canvas_page(canvas, context)], own_page=True)
            anchor = []
        if listings:
            listing = cards_pages(canvas, context, level=2 if drawings else 1)
            story.part("portrait", [*anchor, *listing] if listing else [])
            anchor = anchor if not listing else []


def plan_story(context: ReportContext) -> Story:
    """Every flowable in order; the contents lines are filled in once all bookmarks exist."""
    story, wants = Story(context.frame_height), context.options.wants
    if wants("cover"):
        mark = context.bookmark("cover", context.label("cover"), 0, False)
        story.part("cover", [CoverPage(context, mark)], own_page=True)
    if wants("contents"):
        story.part("portrait", contents_story(context), own_page=True)
        story.contents_at = len(story.flowables)
        story.page_is_full = True  # the contents have a page of their own
    for name, make in (("summary", summary_story), ("recommendations", recommendations_story)):
        if wants(name):
            story.part("portrait", make(context))
    _canvas_parts(story, context)
    for name, make in (
        ("changes", changes_story),
        ("scores", scores_story),
        ("actions", actions_story),
        ("voting", voting_story),
        ("checks", checks_story),
        ("appendix", appendix_story),
    ):
        if wants(name):
            story.part("portrait", make(context))
    story.end_page()
    if story.contents_at is not None:
        story.flowables[story.contents_at : story.contents_at] = contents_lines(context)
    if story.first_template is None or story.flowables == []:
        text = context.label("no_canvases")
        story.part("portrait", [flow(text, context.styles.body)])
    return story


def build_report_file(
    workspace: Workspace,
    output: Path,
    options: ReportOptions,
    progress: Callable[[int, int], None] | None,
    today: date | None = None,
    warn: Callable[[str], None] | None = None,
    *,
    force: bool = False,
    protect: tuple[Path, ...] = (),
) -> Path:
    output = check_output(output, force=force, protect=protect)
    context = resolve(workspace, options, today or date.today())
    warning = missing_warning(missing_characters(report_texts(context)))
    with collection_paused():
        story = plan_story(context)
        milestones = sum(1 for f in story.flowables if getattr(f, "milestone", False))
        if progress:
            progress(0, milestones + 1)
        with output_path(output, force=force, protect=protect) as partial:
            document = ReportDocument(
                str(partial), context, story.first_template, milestones, progress
            )
            with binary_streams():
                document.build(story.flowables)
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
    yield from (person.name for person in workspace.participants)
    for canvas in context.canvases:
        yield canvas.title
        for block in canvas.blocks:
            yield block.title(lang)
        for card in canvas.cards:
            yield from (card.text, card.note, card.owner, *card.tags)
        for link in canvas.links:
            yield link.label
