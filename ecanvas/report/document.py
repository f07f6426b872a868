"""The page machinery: cover, portrait and landscape page templates, running header and footer,
outline entries, page numbers for the contents, metadata, and progress reports.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Callable, Iterator

from reportlab import rl_config
from reportlab.lib.colors import HexColor
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Frame, PageTemplate, Spacer

from ecanvas.report.contents import define_page_forms
from ecanvas.report.context import PAGE_MARGIN, PAGE_TOP_EXTRA, ReportContext
from ecanvas.report.fonts import register_fonts
from ecanvas.report.labels import label, pdf_language
from ecanvas.report.runs import draw_string
from ecanvas.report.text import elide
from ecanvas.report.theme import MUTED, RULE

MARGIN = PAGE_MARGIN
LANDSCAPE_MARGIN = 36.0
HEADER_GAP = 26.0

SPACING = (Spacer, CondPageBreak)  # room between sections, not what a page shows


_a85_lock = threading.Lock()
_a85_users = 0
_a85_saved = 1


@contextlib.contextmanager
def binary_streams() -> Iterator[None]:
    """Write compressed streams as binary rather than ASCII85 while reports are being built.

    ASCII85 makes files a quarter larger and its pure-Python encoder is a tenth of the export
    time; every PDF reader takes binary streams. reportlab only offers a global switch, so the
    previous value comes back when the last concurrent build ends.
    """
    global _a85_users, _a85_saved
    with _a85_lock:
        if _a85_users == 0:
            _a85_saved = rl_config.useA85
            rl_config.useA85 = 0
        _a85_users += 1
    try:
        yield
    finally:
        with _a85_lock:
            _a85_users -= 1
            if _a85_users == 0:
                rl_config.useA85 = _a85_saved


_gc_lock = threading.Lock()
_gc_users = 0
_gc_was_enabled = True


@contextlib.contextmanager
def collection_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a report is planned and laid out.

    A long report creates some hundred thousand objects that all live until it is written;
    the collector would walk them again and again for nothing (a tenth of the export time).
    It resumes, if it was running, when the last concurrent build ends.
    """
    global _gc_users, _gc_was_enabled
    with _gc_lock:
        if _gc_users == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_users += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_users -= 1
            if _gc_users == 0 and _gc_was_enabled:
                gc.enable()


class ReportDocument(BaseDocTemplate):
    """A document whose headings become outline entries and whose contents know their pages."""

    def __init__(
        self,
        filename: str,
        context: ReportContext,
        first_template: str,
        milestones: int,
        progress: Callable[[int, int], None] | None,
    ) -> None:
        workspace, lang = context.workspace, context.lang
        subject = label("report", lang) + (f" · {workspace.client}" if workspace.client else "")
        super().__init__(
            filename,
            pagesize=context.portrait,
            title=workspace.title,
            author=workspace.author,
            subject=subject,
            creator="ecanvas",
            producer="ecanvas (reportlab)",
            keywords=[k for k in (label("report", lang), workspace.client) if k],
            lang=pdf_language(lang),
            initialFontName=register_fonts(),
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + PAGE_TOP_EXTRA,
            bottomMargin=MARGIN,
            displayDocTitle=1,
        )
        self.context = context
        self.pages_of: dict[str, int] = {}
        self.section_title = ""  # what the running header names on the current page
        self.latest_section = ""
        self.page_is_fresh = True
        self.milestones_done = 0
        self.milestones = milestones
        self.progress = progress
        templates = {t.id: t for t in self._page_templates()}
        first = templates.pop(first_template)
        self.addPageTemplates([first, *templates.values()])

    def _page_templates(self) -> list[PageTemplate]:
        portrait_w, portrait_h = self.context.portrait
        land_w, land_h = self.context.landscape
        edge = LANDSCAPE_MARGIN
        return [
            PageTemplate(
                "cover",
                [Frame(0, 0, portrait_w, portrait_h, 0, 0, 0, 0, id="cover")],
                pagesize=self.context.portrait,
            ),
            PageTemplate(
                "portrait",
                [Frame(self.leftMargin, self.bottomMargin, self.width, self.height, 0, 0, 0, 0)],
                onPageEnd=self._furniture,
                pagesize=self.context.portrait,
            ),
            PageTemplate(
                "landscape",
                [Frame(edge, edge, land_w - 2 * edge, land_h - 2 * edge - HEADER_GAP, 0, 0, 0, 0)],
                onPageEnd=self._furniture,
                pagesize=self.context.landscape,
            ),
        ]

    # ----------------------------------------------------------------- page furniture
    def _furniture(self, canvas, doc) -> None:
        """Running header (workspace, section) and footer (client, page number), drawn at page end
        so the header names the section the page actually shows."""
        width, height = canvas._pagesize
        edge = MARGIN if width < height else LANDSCAPE_MARGIN
        font = register_fonts()
        canvas.saveState()
        canvas.setFont(font, 7.5)
        canvas.setFillColor(HexColor(MUTED))
        top = height - edge + 14 if width < height else height - edge + 4
        half = (width - 2 * edge) / 2 - 10
        draw_string(canvas, edge, top, elide(self.context.workspace.title, 7.5, half), 7.5)
        draw_string(canvas, width - edge, top, elide(self.section_title, 7.5, half), 7.5, "right")
        canvas.setStrokeColor(HexColor(RULE))
        canvas.setLineWidth(0.5)
        canvas.line(edge, top - 6, width - edge, top - 6)
        bottom = edge - 26 if width < height else edge - 22
        client = self.context.workspace.client
        if client:
            draw_string(canvas, edge, bottom, elide(client, 7.5, half), 7.5)
        canvas.setFillColor(HexColor(self.context.theme.accent_text))
        canvas.setFont(font, 8.5)
        canvas.drawRightString(width - edge, bottom, str(canvas.getPageNumber()))
        canvas.restoreState()

    # ----------------------------------------------------------------- outline and progress
    def beforePage(self) -> None:
        """A page names the section it opens with (several may share it): the one running
        on from the previous page, unless a new one starts at its top."""
        self.section_title = self.latest_section
        self.page_is_fresh = True

    def afterFlowable(self, flowable) -> None:
        mark = getattr(flowable, "bookmark", None)
        if mark is not None and mark.key not in self.pages_of:
            self.canv.bookmarkPage(mark.key)
            self.canv.addOutlineEntry(mark.title, mark.key, level=mark.level, closed=mark.level > 0)
            self.pages_of[mark.key] = self.canv.getPageNumber()
            if mark.level == 0:
                self.latest_section = mark.title
                if self.page_is_fresh:
                    self.section_title = mark.title
        if getattr(flowable, "height", 0) and not isinstance(flowable, SPACING):
            self.page_is_fresh = False  # spacing at a page's top is not the page's content
        if getattr(flowable, "milestone", False):
            self.milestones_done += 1
            if self.progress:
                self.progress(min(self.milestones_done, self.milestones), self.milestones + 1)

    def _endBuild(self) -> None:
        """Finish the pages, then define the contents' page-number forms, then save."""
        self._doSave = 0
        super()._endBuild()
        listed = self.context.options.wants("contents")
        marks = [m for m in self.context.bookmarks if m.in_contents and listed]
        define_page_forms(
            self.canv,
            self.pages_of,
            [m.key for m in marks],
            {m.key: m.level for m in marks},
        )
        self.canv.showOutline()
        self.canv.save()
