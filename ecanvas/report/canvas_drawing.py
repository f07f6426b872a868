"""A whole canvas drawn as vectors, as it looks in the app, scaled to fill the rest of the page.

Everything is drawn in canvas units under one scale transform, y pointing up with the canvas'
top-left corner at the origin, so a canvas y of 120 is drawn at -120.
"""

from __future__ import annotations

import math

from reportlab.lib.colors import Color, HexColor
from reportlab.platypus import Flowable

from ecanvas.model import CARD_HEIGHT, CARD_WIDTH, Block, Canvas, Card, Link
from ecanvas.model.layout import HEADER_HEIGHT
from ecanvas.report.fonts import text_width
from ecanvas.report.runs import draw_string
from ecanvas.report.sticky import draw_sticky
from ecanvas.report.text import elide, wrap_text
from ecanvas.report.theme import INK, MUTED, RULE, mix, text_on, valid_colour

MARGIN = 8.0
TITLE_SIZE = 17.0
HINT_SIZE = 12.0
LINK_COLOUR = "#3E4A56"
ARROW_LENGTH = 11.0
ARROW_HALF_WIDTH = 4.5
DEFAULT_BLOCK_COLOUR = "#4F81BD"


def content_bounds(canvas: Canvas) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) around every block and every card, wherever it was dropped."""
    left, top, width, height = canvas.bounds()
    right, bottom = left + width, top + height
    blocks = {b.id: b for b in canvas.blocks}
    for card in canvas.cards:
        block = blocks.get(card.block_id)
        if block is None:
            continue
        x, y = block.x + card.x, block.y + card.y
        left, top = min(left, x), min(top, y)
        right, bottom = max(right, x + CARD_WIDTH + 3), max(bottom, y + CARD_HEIGHT + 4)
    return (left - MARGIN, top - MARGIN, right + MARGIN, bottom + MARGIN)


class CanvasDrawing(Flowable):
    """Takes the rest of the frame and draws the canvas centred in it, as large as it fits."""

    def __init__(self, canvas: Canvas, lang: str, empty_text: str) -> None:
        super().__init__()
        self.model = canvas
        self.lang = lang
        self.empty_text = empty_text
        self.milestone = True

    def wrap(self, avail_width, avail_height):
        self.width, self.height = avail_width, avail_height
        return (avail_width, avail_height)

    def draw(self) -> None:
        if not self.model.blocks:
            self._draw_empty()
            return
        left, top, right, bottom = content_bounds(self.model)
        scale = min(self.width / (right - left), self.height / (bottom - top))
        offset_x = (self.width - (right - left) * scale) / 2
        pdf = self.canv
        pdf.saveState()
        pdf.translate(offset_x, self.height)
        pdf.scale(scale, scale)
        pdf.translate(-left, top)
        self._draw_model(pdf)
        pdf.restoreState()

    def _draw_model(self, pdf) -> None:
        blocks = {b.id: b for b in self.model.blocks}
        for block in self.model.blocks:
            draw_block(pdf, block, self.lang)
        filled = {c.block_id for c in self.model.cards}
        for block in self.model.blocks:
            if block.id not in filled:
                draw_block_hint(pdf, block, self.lang)
        for card in self.model.cards:
            block = blocks.get(card.block_id)
            if block is not None:
                shadow = mix(block_tint(block), INK, 0.16)
                draw_sticky(pdf, card, block.x + card.x, block.y + card.y, shadow)
        cards = {c.id: c for c in self.model.cards}
        for link in self.model.links:
            draw_link(pdf, link, cards, blocks)

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


def block_colour(block: Block) -> str:
    return valid_colour(block.colour, DEFAULT_BLOCK_COLOUR)


def block_tint(block: Block) -> str:
    """The pale fill of a block's body."""
    return mix(block_colour(block), "#FFFFFF", 0.9)


def draw_block(pdf, block: Block, lang: str) -> None:
    """The block's tinted body, its coloured header with the title, and its score if scored."""
    colour = block_colour(block)
    bottom = -(block.y + block.h)
    pdf.setFillColor(HexColor(block_tint(block)))
    pdf.setStrokeColor(HexColor(mix(colour, "#FFFFFF", 0.55)))
    pdf.setLineWidth(1.2)
    pdf.roundRect(block.x, bottom, block.w, block.h, 10, stroke=1, fill=1)
    header = min(HEADER_HEIGHT, block.h)
    pdf.setFillColor(HexColor(colour))
    pdf.roundRect(block.x, -(block.y + header), block.w, header, 10, stroke=0, fill=1)
    pdf.rect(block.x, -(block.y + header), block.w, min(12.0, header / 2), stroke=0, fill=1)
    score_room = 70.0 if block.scored else 0.0
    title_colour = text_on(colour)
    pdf.setFillColor(HexColor(title_colour))
    _draw_block_title(pdf, block.title(lang), block, header, block.w - 28 - score_room)
    if block.scored:
        _draw_score(pdf, block, header, title_colour)


def _draw_block_title(pdf, title: str, block: Block, header: float, width: float) -> None:
    """One line at full size, or two smaller lines when the title is long."""
    width = max(width, 20.0)
    if text_width(title, TITLE_SIZE) <= width or header < 40:
        baseline = -(block.y + header / 2 + TITLE_SIZE * 0.36)
        draw_string(pdf, block.x + 14, baseline, elide(title, TITLE_SIZE, width), TITLE_SIZE)
        return
    size = TITLE_SIZE * 0.8
    lines = wrap_text(title, size, width, 2)
    first = -(block.y + header / 2 - size * 0.62 + size * 0.36)
    for index, line in enumerate(lines):
        draw_string(pdf, block.x + 14, first - index * size * 1.22, line, size)


def _draw_score(pdf, block: Block, header: float, colour: str) -> None:
    """Five dots at the right of the header, filled up to the score."""
    score = block.score or 0
    middle = -(block.y + header / 2)
    pdf.setStrokeColor(HexColor(colour))
    pdf.setLineWidth(1)
    for index in range(5):
        cx = block.x + block.w - 14 - 4.5 - (4 - index) * 12
        filled = index < score
        pdf.setFillColor(HexColor(colour) if filled else Color(0, 0, 0, alpha=0))
        pdf.circle(cx, middle, 4.5, stroke=1, fill=1 if filled else 0)


def draw_block_hint(pdf, block: Block, lang: str) -> None:
    """An empty block shows its first guidance question, faintly, as the app does."""
    questions = block.guidance(lang)
    room = block.h - HEADER_HEIGHT - 24
    if not questions or room < HINT_SIZE * 1.4:
        return
    max_lines = max(1, int(room // (HINT_SIZE * 1.35)))
    lines = wrap_text(questions[0], HINT_SIZE, block.w - 32, min(max_lines, 4))
    colour = block_colour(block)
    pdf.setFillColor(HexColor(mix(colour, INK, 0.35)))
    pdf.setFillAlpha(0.55)
    baseline = -(block.y + HEADER_HEIGHT + 16 + HINT_SIZE)
    for line in lines:
        draw_string(pdf, block.x + 16, baseline, line, HINT_SIZE)
        baseline -= HINT_SIZE * 1.35
    pdf.setFillAlpha(1)


def _card_rect(card: Card, blocks: dict[int, Block]) -> tuple[float, float, float, float] | None:
    block = blocks.get(card.block_id)
    if block is None:
        return None
    return (block.x + card.x, block.y + card.y, CARD_WIDTH, CARD_HEIGHT)


def _edge_point(rect, towards: tuple[float, float]) -> tuple[float, float]:
    """Where the line from the rect's centre to `towards` leaves the rect."""
    x, y, w, h = rect
    cx, cy = x + w / 2, y + h / 2
    dx, dy = towards[0] - cx, towards[1] - cy
    if dx == 0 and dy == 0:
        return (cx, cy)
    factor = min(
        (w / 2) / abs(dx) if dx else math.inf,
        (h / 2) / abs(dy) if dy else math.inf,
    )
    return (cx + dx * factor, cy + dy * factor)


def draw_link(pdf, link: Link, cards: dict[int, Card], blocks: dict[int, Block]) -> None:
    """An arrow from the edge of the source card to the edge of the target card."""
    source, target = cards.get(link.source_id), cards.get(link.target_id)
    if source is None or target is None:
        return
    a, b = _card_rect(source, blocks), _card_rect(target, blocks)
    if a is None or b is None:
        return
    start = _edge_point(a, (b[0] + b[2] / 2, b[1] + b[3] / 2))
    end = _edge_point(b, (a[0] + a[2] / 2, a[1] + a[3] / 2))
    length = math.dist(start, end)
    if length < 1:
        return
    ux, uy = (end[0] - start[0]) / length, (end[1] - start[1]) / length
    shaft_end = (end[0] - ux * ARROW_LENGTH * 0.8, end[1] - uy * ARROW_LENGTH * 0.8)
    pdf.setStrokeColor(HexColor(LINK_COLOUR))
    pdf.setFillColor(HexColor(LINK_COLOUR))
    pdf.setLineWidth(1.6)
    pdf.setLineCap(1)
    pdf.line(start[0], -start[1], shaft_end[0], -shaft_end[1])
    _draw_arrow_head(pdf, end, (ux, uy))
    if link.label:
        _draw_link_label(pdf, link.label, (start[0] + end[0]) / 2, (start[1] + end[1]) / 2)


def _draw_arrow_head(pdf, tip: tuple[float, float], direction: tuple[float, float]) -> None:
    ux, uy = direction
    base = (tip[0] - ux * ARROW_LENGTH, tip[1] - uy * ARROW_LENGTH)
    path = pdf.beginPath()
    path.moveTo(tip[0], -tip[1])
    path.lineTo(base[0] - uy * ARROW_HALF_WIDTH, -(base[1] + ux * ARROW_HALF_WIDTH))
    path.lineTo(base[0] + uy * ARROW_HALF_WIDTH, -(base[1] - ux * ARROW_HALF_WIDTH))
    path.close()
    pdf.drawPath(path, stroke=0, fill=1)


def _draw_link_label(pdf, label: str, x: float, y: float) -> None:
    size = 9.0
    text = elide(label, size, 140)
    width = text_width(text, size) + 10
    pdf.setFillColor(HexColor("#FFFFFF"))
    pdf.setStrokeColor(HexColor(LINK_COLOUR))
    pdf.setLineWidth(0.6)
    pdf.roundRect(x - width / 2, -y - 7.5, width, 15, 7.5, stroke=1, fill=1)
    pdf.setFillColor(HexColor(LINK_COLOUR))
    draw_string(pdf, x, -y - 3.2, text, size, "centre")
