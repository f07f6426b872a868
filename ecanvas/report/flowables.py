"""Small building blocks of the page: bookmarked headings and invisible anchors.

A flowable with a `bookmark` attribute becomes an outline entry and a contents line where it
lands; the document template does that in `afterFlowable`.
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable

from ecanvas.report.context import Bookmark
from ecanvas.report.text import shorten
from ecanvas.report.text_flow import TextFlow, flow

SUBTITLE_GAP = 3.0
HEADING_LIMIT = 200  # characters: a heading cannot split, so it must stay shorter than a page


class Anchor(Flowable):
    """A zero-size mark: an outline entry with no visible heading of its own."""

    def __init__(self, bookmark: Bookmark, milestone: bool = False) -> None:
        super().__init__()
        self.bookmark = bookmark
        self.milestone = milestone

    def wrap(self, avail_width, avail_height):
        return (0, 0)

    def draw(self) -> None:
        pass


class SectionTitle(Flowable):
    """A section or canvas heading: a short accent bar above a large title, kept with what follows.

    `text` is plain text (a label or a canvas title) and is escaped here.
    """

    BAR_HEIGHT = 3.0
    BAR_WIDTH = 36.0
    GAP_BELOW_BAR = 12.0

    def __init__(
        self,
        text: str,
        style,
        accent: str,
        bookmark: Bookmark | None = None,
        subtitle: TextFlow | None = None,
        space_after: float = 14.0,
        bar: bool = True,
        space_before: float = 0.0,
    ) -> None:
        super().__init__()
        self.paragraph = flow(shorten(text, HEADING_LIMIT), style)
        self.subtitle = subtitle
        self.accent = accent
        self.bookmark = bookmark
        self.milestone = True
        self.space_after = space_after
        self.bar = bar
        self.space_before = space_before
        self.keepWithNext = True

    def getSpaceBefore(self):
        return self.space_before

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        _, self.title_height = self.paragraph.wrap(avail_width, avail_height)
        self.subtitle_height = (
            self.subtitle.wrap(avail_width, avail_height)[1] if self.subtitle else 0
        )
        bar = self.BAR_HEIGHT + self.GAP_BELOW_BAR if self.bar else 0.0
        subtitle = self.subtitle_height + SUBTITLE_GAP if self.subtitle else 0.0
        self.height = bar + self.title_height + subtitle + self.space_after
        return (avail_width, self.height)

    def draw(self) -> None:
        canvas = self.canv
        y = self.height - self.title_height
        if self.bar:
            canvas.setFillColor(HexColor(self.accent))
            canvas.rect(
                0, self.height - self.BAR_HEIGHT, self.BAR_WIDTH, self.BAR_HEIGHT, stroke=0, fill=1
            )
            y -= self.BAR_HEIGHT + self.GAP_BELOW_BAR
        self.paragraph.drawOn(canvas, 0, y)
        if self.subtitle:
            self.subtitle.drawOn(canvas, 0, y - self.subtitle_height - SUBTITLE_GAP)
