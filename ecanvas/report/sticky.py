"""One card drawn as a sticky note, in canvas units, on a y-up canvas whose origin is the page
position of the canvas' top-left corner (so a canvas y of 120 is drawn at -120).

Text is wrapped by measured width and elided with an ellipsis; tag chips and vote dots sit on
the bottom row, as in the app. All the words of a note go into one PDF text object, which keeps
a canvas of hundreds of cards quick to write.
"""

from __future__ import annotations

from ecanvas.model import CARD_HEIGHT, CARD_WIDTH, DEFAULT_CARD_COLOUR, Card
from ecanvas.report.card_entry import draw_pill
from ecanvas.report.fonts import register_fonts, text_width
from ecanvas.report.runs import text_line, text_out
from ecanvas.report.text import elide, wrap_text
from ecanvas.report.theme import INK, mix, valid_colour
from ecanvas.report.theme import colour as colour_of

PAD = 9.0
TEXT_SIZE = 13.0
LEADING = 15.5
CHIP_SIZE = 8.0
CHIP_HEIGHT = 13.0
CHIP_PAD = 4.5
CHIP_GAP = 3.0
CHIP_INK = "#3E4A56"
FOOTER = 6.0  # gap between the chip row and the bottom edge
DOT = "●"
DOT_SIZE = 11.0
DOT_COLOUR = "#C8372D"
MAX_DOTS = 5


def draw_sticky(canvas, card: Card, x: float, y: float, shadow: str) -> None:
    """Draw `card` with its top-left corner at canvas point (x, y); `shadow` is an opaque
    colour a little darker than the block beneath (cheaper than a transparent one)."""
    bottom = -(y + CARD_HEIGHT)
    paper = valid_colour(card.colour, DEFAULT_CARD_COLOUR)
    canvas.setFillColor(colour_of(shadow))
    canvas.rect(x + 1.5, bottom - 2.5, CARD_WIDTH, CARD_HEIGHT, stroke=0, fill=1)
    canvas.setFillColor(colour_of(paper))
    canvas.setStrokeColor(colour_of(mix(paper, INK, 0.22)))
    canvas.setLineWidth(0.6)
    canvas.rect(x, bottom, CARD_WIDTH, CARD_HEIGHT, stroke=1, fill=1)
    chips = layout_chips(card.tags, CARD_WIDTH - 2 * PAD - _votes_width(card.votes))
    chip_bottom = bottom + FOOTER
    for _label, left, width in chips:
        draw_pill(
            canvas, x + PAD + left, chip_bottom, width, CHIP_HEIGHT, mix(paper, "#FFFFFF", 0.6)
        )
    writer = canvas.beginText()
    _write_text(writer, card.text, x, y, bool(card.tags or card.votes))
    if chips:
        writer.setFillColor(colour_of(CHIP_INK))
        for label, left, _ in chips:
            writer.setTextOrigin(x + PAD + left + CHIP_PAD, chip_bottom + 3.6)
            text_out(writer, label, CHIP_SIZE)
    if card.votes:
        label = _votes_label(card.votes)
        writer.setFillColor(colour_of(DOT_COLOUR))
        right = x + CARD_WIDTH - PAD
        writer.setTextOrigin(right - text_width(label, DOT_SIZE), chip_bottom + 3.0)
        text_out(writer, label, DOT_SIZE)
    canvas.drawText(writer)


def _write_text(writer, text: str, x: float, y: float, has_footer: bool) -> None:
    room = CARD_HEIGHT - 2 * PAD - (CHIP_HEIGHT + 4 if has_footer else 0)
    max_lines = max(1, int((room + LEADING - TEXT_SIZE) // LEADING))
    writer.setTextOrigin(x + PAD, -(y + PAD + TEXT_SIZE * 0.92))
    writer.setFont(register_fonts(), TEXT_SIZE, LEADING)
    writer.setFillColor(colour_of(INK))
    for line in wrap_text(text, TEXT_SIZE, CARD_WIDTH - 2 * PAD, max_lines):
        text_line(writer, line, TEXT_SIZE, LEADING)


def _votes_label(votes: int) -> str:
    """Up to five dots; more votes read as one dot and the number."""
    return DOT * votes if votes <= MAX_DOTS else f"{DOT} {votes}"


def _votes_width(votes: int) -> float:
    return text_width(_votes_label(votes), DOT_SIZE) + 6 if votes else 0.0


def _chip_width(label: str) -> float:
    return text_width(label, CHIP_SIZE) + 2 * CHIP_PAD


def layout_chips(tags: list[str], room: float) -> list[tuple[str, float, float]]:
    """(label, left, width) of the chips that fit in `room`; a '+n' chip counts the rest."""
    chips: list[tuple[str, float, float]] = []
    left = 0.0
    for index, tag in enumerate(tags):
        rest = len(tags) - index - 1
        reserve = _chip_width(f"+{rest}") + CHIP_GAP if rest else 0.0
        label = elide(tag, CHIP_SIZE, max(12.0, room - left - reserve - 2 * CHIP_PAD))
        width = _chip_width(label)
        if chips and left + width > room - reserve:
            more = f"+{len(tags) - index}"
            return [*chips, (more, left, _chip_width(more))]
        chips.append((label, left, width))
        left += width + CHIP_GAP
    return chips
