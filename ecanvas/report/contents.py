"""The table of contents, laid out in a single pass.

Every entry is known before layout (sections and canvases are chosen up front), but not its page.
Each line therefore draws its page number through a PDF form named after the entry, and the
document defines those forms once the last page is done. One build instead of reportlab's
multiBuild halves the export time of a large workspace.
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable

from ecanvas.report.context import Bookmark, ReportContext
from ecanvas.report.flowables import SectionTitle
from ecanvas.report.fonts import register_fonts, text_width
from ecanvas.report.runs import draw_string
from ecanvas.report.text import elide
from ecanvas.report.theme import INK, MUTED, RULE

NUMBER_COLUMN = 36.0
FORM_WIDTH = 60.0


def page_form_name(key: str) -> str:
    return f"pageno-{key}"


class ContentsLine(Flowable):
    """One contents entry: title, dot leader, page number (a form filled in at the end), link."""

    def __init__(self, bookmark: Bookmark, accent: str) -> None:
        super().__init__()
        self.bookmark = None  # the line itself is not an outline entry
        self.entry = bookmark
        self.accent = accent
        top_level = bookmark.level == 0
        self.size = 11.5 if top_level else 9.5
        self.indent = 0.0 if top_level else 16.0 * bookmark.level
        self.colour = INK if top_level else MUTED
        self.line_height = 24.0 if top_level else 17.0

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        self.height = self.line_height
        return (avail_width, self.height)

    def draw(self) -> None:
        canvas = self.canv
        baseline = 6.0
        title_room = self.width - self.indent - NUMBER_COLUMN - 12
        title = elide(self.entry.title, self.size, title_room)
        canvas.setFillColor(HexColor(self.colour))
        draw_string(canvas, self.indent, baseline, title, self.size)
        self._draw_leader(text_width(title, self.size) + self.indent + 6, baseline)
        canvas.saveState()
        canvas.translate(self.width, baseline)
        canvas.doForm(page_form_name(self.entry.key))
        canvas.restoreState()
        if self.entry.level == 0:
            canvas.setStrokeColor(HexColor(RULE))
            canvas.setLineWidth(0.4)
            canvas.line(0, 0, self.width, 0)
        canvas.linkRect("", self.entry.key, (0, 0, self.width, self.height), relative=1)

    def _draw_leader(self, start: float, baseline: float) -> None:
        """Fine dots from the end of the title to the page number: one dashed line whose
        zero-length dashes get round caps."""
        canvas = self.canv
        end = self.width - NUMBER_COLUMN
        if end - start < 8:
            return
        canvas.saveState()
        canvas.setStrokeColor(HexColor(RULE if self.entry.level else MUTED))
        canvas.setLineWidth(0.9)
        canvas.setLineCap(1)
        canvas.setDash([0, 3.5])
        canvas.line(start, baseline + 1.6, end, baseline + 1.6)
        canvas.restoreState()


def contents_story(context: ReportContext) -> list[Flowable]:
    """The heading and one line per bookmark listed in the contents (after the contents page)."""
    heading = SectionTitle(
        context.label("contents"),
        context.styles.section,
        context.theme.brand,
        bookmark=context.bookmark("contents", context.label("contents"), 0, in_contents=False),
        space_after=22,
    )
    return [heading]


def contents_lines(context: ReportContext) -> list[Flowable]:
    """Called once the whole story is planned, so every later bookmark is known."""
    return [
        ContentsLine(mark, context.theme.accent_text)
        for mark in context.bookmarks
        if mark.in_contents
    ]


def define_page_forms(canvas, pages: dict[str, int], keys: list[str], level_of: dict) -> None:
    """Fill in every page number drawn by the contents, now that layout is over."""
    font = register_fonts()
    for key in keys:
        canvas.beginForm(page_form_name(key), lowerx=-FORM_WIDTH, lowery=-4, upperx=0, uppery=20)
        canvas.setFont(font, 11.5 if level_of[key] == 0 else 9.5)
        canvas.setFillColor(HexColor(INK if level_of[key] == 0 else MUTED))
        canvas.drawRightString(0, 0, str(pages.get(key, "")))
        canvas.endForm()
