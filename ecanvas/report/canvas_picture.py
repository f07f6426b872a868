"""A laid-out canvas drawn with reportlab: blocks, link shafts, cards, then arrowheads and
labels, in canvas units on a y-up canvas whose origin is the canvas' top-left corner (a canvas
y of 120 is drawn at -120). The order is the one every renderer uses: arrows run beneath the
cards, so they never cross a card's text, and their heads (which lie in the gaps) sit on top.
"""

from __future__ import annotations

from reportlab.lib.colors import Color, HexColor

from ecanvas.model import Block, Canvas
from ecanvas.model.layout import CanvasLayout, LinkRoute, Rect
from ecanvas.model.routing import label_font_size, shaft
from ecanvas.report.fonts import text_width
from ecanvas.report.runs import draw_string
from ecanvas.report.sticky import PrintSizes, draw_sticky
from ecanvas.report.text import elide, wrap_text
from ecanvas.report.theme import INK, mix, text_on, valid_colour

TITLE_SIZE = 17.0
HINT_SIZE = 12.0
LINK_COLOUR = "#3E4A56"
DEFAULT_BLOCK_COLOUR = "#4F81BD"


def draw_layout(pdf, canvas: Canvas, layout: CanvasLayout, lang: str, sizes: PrintSizes,
                window: Rect | None = None) -> None:  # fmt: skip
    """Everything of `layout` that meets `window` (all of it for None)."""

    def shown(rect: Rect) -> bool:
        return window is None or rect.intersects(window)

    blocks = {block.id: block for block in canvas.blocks}
    cards = {card.id: card for card in canvas.cards}
    header = layout.metrics.header
    for block_id, box in layout.blocks.items():
        if shown(box.rect):
            draw_block(pdf, blocks[block_id], box.rect, lang, header)
            if not box.card_ids:
                draw_block_hint(pdf, blocks[block_id], box.rect, lang, header)
    routes = [r for r in layout.links.values() if shown(_route_box(r))]
    for route in routes:
        draw_shaft(pdf, route)
    compact = layout.metrics.text_lines == 1
    for card_id, box in layout.cards.items():
        if shown(box.rect):
            block = blocks[box.block_id]
            shadow = mix(block_tint(block), INK, 0.16)
            draw_sticky(pdf, cards[card_id], box.rect, shadow, sizes,
                        layout.metrics.card_padding, compact)  # fmt: skip
    for route in routes:
        draw_head(pdf, route)
        if route.label is not None:
            draw_label(pdf, route.label_text, route.label)


def _route_box(route: LinkRoute) -> Rect:
    points = [*route.points, *route.head]
    if route.label is not None:
        label = route.label
        points += [(label.x, label.y), (label.right, label.bottom)]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return Rect(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1)


def block_colour(block: Block) -> str:
    return valid_colour(block.colour, DEFAULT_BLOCK_COLOUR)


def block_tint(block: Block) -> str:
    """The pale fill of a block's body."""
    return mix(block_colour(block), "#FFFFFF", 0.9)


def draw_block(pdf, block: Block, rect: Rect, lang: str, header: float) -> None:
    """The block's tinted body, its coloured header with the title, and its score if scored."""
    colour = block_colour(block)
    pdf.setFillColor(HexColor(block_tint(block)))
    pdf.setStrokeColor(HexColor(mix(colour, "#FFFFFF", 0.55)))
    pdf.setLineWidth(1.2)
    pdf.roundRect(rect.x, -rect.bottom, rect.w, rect.h, 10, stroke=1, fill=1)
    band = min(header - 8, rect.h)
    pdf.setFillColor(HexColor(colour))
    pdf.roundRect(rect.x, -(rect.y + band), rect.w, band, 10, stroke=0, fill=1)
    pdf.rect(rect.x, -(rect.y + band), rect.w, min(12.0, band / 2), stroke=0, fill=1)
    score_room = 70.0 if block.scored else 0.0
    title_colour = text_on(colour)
    pdf.setFillColor(HexColor(title_colour))
    _draw_block_title(pdf, block.title(lang), rect, band, rect.w - 28 - score_room)
    if block.scored:
        _draw_score(pdf, block, rect, band, title_colour)


def _draw_block_title(pdf, title: str, rect: Rect, band: float, width: float) -> None:
    """One line at full size, or two smaller lines when the title is long."""
    width = max(width, 20.0)
    if text_width(title, TITLE_SIZE) <= width or band < 40:
        baseline = -(rect.y + band / 2 + TITLE_SIZE * 0.36)
        draw_string(pdf, rect.x + 14, baseline, elide(title, TITLE_SIZE, width), TITLE_SIZE)
        return
    size = TITLE_SIZE * 0.8
    lines = wrap_text(title, size, width, 2)
    first = -(rect.y + band / 2 - size * 0.62 + size * 0.36)
    for index, line in enumerate(lines):
        draw_string(pdf, rect.x + 14, first - index * size * 1.22, line, size)


def _draw_score(pdf, block: Block, rect: Rect, band: float, colour: str) -> None:
    """Five dots at the right of the header, filled up to the score."""
    score = block.score or 0
    middle = -(rect.y + band / 2)
    pdf.setStrokeColor(HexColor(colour))
    pdf.setLineWidth(1)
    for index in range(5):
        cx = rect.right - 14 - 4.5 - (4 - index) * 12
        filled = index < score
        pdf.setFillColor(HexColor(colour) if filled else Color(0, 0, 0, alpha=0))
        pdf.circle(cx, middle, 4.5, stroke=1, fill=1 if filled else 0)


def draw_block_hint(pdf, block: Block, rect: Rect, lang: str, header: float) -> None:
    """An empty block shows its first guidance question, faintly, as the app does."""
    questions = block.guidance(lang)
    room = rect.h - header - 24
    if not questions or room < HINT_SIZE * 1.4:
        return
    max_lines = max(1, int(room // (HINT_SIZE * 1.35)))
    lines = wrap_text(questions[0], HINT_SIZE, rect.w - 32, min(max_lines, 4))
    pdf.setFillColor(HexColor(mix(block_colour(block), INK, 0.35)))
    pdf.setFillAlpha(0.55)
    baseline = -(rect.y + header + 16 + HINT_SIZE)
    for line in lines:
        draw_string(pdf, rect.x + 16, baseline, line, HINT_SIZE)
        baseline -= HINT_SIZE * 1.35
    pdf.setFillAlpha(1)


def draw_shaft(pdf, route: LinkRoute) -> None:
    """The arrow's line, up to the base of its head."""
    points = shaft(route.points)
    path = pdf.beginPath()
    path.moveTo(points[0][0], -points[0][1])
    for x, y in points[1:]:
        path.lineTo(x, -y)
    pdf.setStrokeColor(HexColor(LINK_COLOUR))
    pdf.setLineWidth(1.6)
    pdf.setLineCap(1)
    pdf.setLineJoin(1)
    pdf.drawPath(path, stroke=1, fill=0)


def draw_head(pdf, route: LinkRoute) -> None:
    path = pdf.beginPath()
    (x0, y0), *rest = route.head
    path.moveTo(x0, -y0)
    for x, y in rest:
        path.lineTo(x, -y)
    path.close()
    pdf.setFillColor(HexColor(LINK_COLOUR))
    pdf.drawPath(path, stroke=0, fill=1)


def draw_label(pdf, text: str, rect: Rect) -> None:
    size = label_font_size(rect)
    shown = elide(text, size, rect.w - 8)
    pdf.setFillColor(HexColor("#FFFFFF"))
    pdf.setStrokeColor(HexColor(LINK_COLOUR))
    pdf.setLineWidth(0.6)
    pdf.roundRect(rect.x, -rect.bottom, rect.w, rect.h, rect.h / 2, stroke=1, fill=1)
    pdf.setFillColor(HexColor(LINK_COLOUR))
    cx, cy = rect.centre
    draw_string(pdf, cx, -cy - size * 0.36, shown, size, "centre")
