"""A whole canvas drawn as vectors from its layout, as large as the page allows.

A canvas that fits at a legible scale is drawn whole, centred in the rest of the page. A taller
one is drawn at the scale that keeps its text legible (or across the page's width, if that is
smaller) and continues on the next pages; each page ends in a gap between cards, never through a
card, preferring the space between two rows of blocks.
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable

from ecanvas.model import Canvas
from ecanvas.model.layout import BLOCK_GAP, CanvasLayout, Rect, compute_layout
from ecanvas.model.routing import LABEL_HEIGHT, label_font_size
from ecanvas.report.canvas_picture import draw_layout
from ecanvas.report.runs import draw_string
from ecanvas.report.sticky import PrintSizes
from ecanvas.report.theme import MUTED, RULE

MARGIN = 8.0  # canvas units around the drawing (room for shadows)
MIN_SCALE = 0.5  # the legible minimum: a card 80 pt wide, its text at 6.5 pt
CAPTION_SIZE = 9.0
MIN_LABEL_PT = 6.0  # link labels never print smaller than this
CAPTION_HEIGHT = 16.0
TIDY_BREAK = 0.6  # a page may end early at a gap between blocks in its last 40 %


class CanvasDrawing(Flowable):
    """The canvas from `top` (canvas units) down; splits itself across pages when too tall."""

    def __init__(self, canvas: Canvas, lang: str, empty_text: str, continued_text: str = "",
                 *, layout: CanvasLayout | None = None, top: float | None = None,
                 scale: float | None = None, bottom: float | None = None) -> None:  # fmt: skip
        super().__init__()
        self.model = canvas
        self.lang = lang
        self.empty_text = empty_text
        self.continued_text = continued_text
        self.layout = layout or compute_layout(canvas)
        bounds = self.layout.bounds
        self.left, self.right = bounds.x - MARGIN, bounds.right + MARGIN
        self.top = bounds.y - MARGIN if top is None else top
        self.bottom = bounds.bottom + MARGIN if bottom is None else bottom
        self.scale = scale
        self.milestone = top is None

    @property
    def continuation(self) -> bool:
        return self.top > self.layout.bounds.y - MARGIN

    def _caption(self) -> float:
        return CAPTION_HEIGHT if self.continuation and self.continued_text else 0.0

    def _scale(self, avail_width: float, avail_height: float) -> float:
        if self.scale is not None:
            return self.scale
        width, height = self.right - self.left, self.bottom - self.top
        across = avail_width / width
        whole = min(across, (avail_height - self._caption()) / height)
        return max(whole, min(across, MIN_SCALE))

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        if not self.model.blocks:
            self.height = avail_height
            return (avail_width, avail_height)
        self.used_scale = self._scale(avail_width, avail_height)
        needed = (self.bottom - self.top) * self.used_scale + self._caption()
        self.height = avail_height if needed <= avail_height + 1e-6 else needed
        return (avail_width, self.height)

    def split(self, avail_width, avail_height):
        if not self.model.blocks:
            return []
        scale = self._scale(avail_width, avail_height)
        room = (avail_height - self._caption()) / scale
        if room < self.layout.metrics.card_h + 2 * MARGIN:
            return []  # not even a row of cards fits: start on the next page
        cut = page_break(self.layout, self.top, self.top + room)
        if cut <= self.top + MARGIN:
            return []
        common = dict(layout=self.layout, scale=scale)
        here = CanvasDrawing(self.model, self.lang, self.empty_text, self.continued_text,
                             top=self.top, bottom=cut, **common)  # fmt: skip
        here.milestone = self.milestone
        rest = CanvasDrawing(self.model, self.lang, self.empty_text, self.continued_text,
                             top=cut, bottom=self.bottom, **common)  # fmt: skip
        return [here, rest]

    def draw(self) -> None:
        if not self.model.blocks:
            self._draw_empty()
            return
        pdf, scale = self.canv, self.used_scale
        caption = self._caption()
        if caption:
            pdf.setFillColor(HexColor(MUTED))
            draw_string(pdf, 0, self.height - CAPTION_SIZE, self.continued_text, CAPTION_SIZE)
        width = (self.right - self.left) * scale
        window = Rect(self.left, self.top, self.right - self.left, self.bottom - self.top)
        pdf.saveState()
        pdf.translate((self.width - width) / 2, self.height - caption)
        pdf.scale(scale, scale)
        pdf.translate(-self.left, self.top)
        clip = pdf.beginPath()
        clip.rect(window.x, -window.bottom, window.w, window.h)
        pdf.clipPath(clip, stroke=0, fill=0)
        draw_layout(pdf, self.model, self._drawn(scale), self.lang, PrintSizes.at_scale(scale),
                    window)  # fmt: skip
        pdf.restoreState()

    def _drawn(self, scale: float) -> CanvasLayout:
        """The layout to draw at `scale`: the same blocks and cards, with link labels enlarged
        (and placed again clear of cards) where the canvas prints so small they would not
        read."""
        factor = max(1.0, MIN_LABEL_PT / (label_font_size_at(1.0) * scale))
        if factor <= 1.0 or not self.layout.links:
            return self.layout
        return compute_layout(self.model, label_scale=factor)

    def _draw_empty(self) -> None:
        pdf = self.canv
        pdf.saveState()
        pdf.setStrokeColor(HexColor(RULE))
        pdf.setLineWidth(1)
        pdf.setDash(4, 4)
        pdf.roundRect(0, 0, self.width, self.height, 8, stroke=1, fill=0)
        pdf.setFillColor(HexColor(MUTED))
        draw_string(pdf, self.width / 2, self.height / 2, self.empty_text, 12, "centre")
        pdf.restoreState()


def label_font_size_at(scale: float) -> float:
    """The type size of a label of normal size."""
    return label_font_size(Rect(0, 0, 1, LABEL_HEIGHT * scale))


def page_break(layout: CanvasLayout, top: float, limit: float) -> float:
    """The lowest canvas y at most `limit` where a page can end without cutting a card: in a gap
    between two rows of blocks when one lies in the page's last part, else between two cards."""
    cut = _clear_of_cards(layout, limit)
    tidy = [
        box.rect.bottom + BLOCK_GAP / 2
        for box in layout.blocks.values()
        if top + (limit - top) * TIDY_BREAK <= box.rect.bottom + BLOCK_GAP / 2 <= cut
    ]
    for candidate in sorted(tidy, reverse=True):
        if not any(b.rect.y < candidate < b.rect.bottom for b in layout.blocks.values()):
            return candidate
    return cut


def _clear_of_cards(layout: CanvasLayout, y: float) -> float:
    """`y`, moved up above every card it would cut."""
    moved = True
    while moved:
        moved = False
        for box in layout.cards.values():
            if box.rect.y < y < box.rect.bottom:
                y, moved = box.rect.y - layout.metrics.gap / 2, True
    return y
