"""One card drawn as a sticky note into its layout rectangle, in canvas units, on a y-up canvas
whose origin is the page position of the canvas' top-left corner (a canvas y of 120 is drawn at
-120).

Text is wrapped by measured width and elided with an ellipsis; tag chips and vote dots sit on
the bottom row, as in the app; a compact card shows one line and its votes. Sizes come from
`PrintSizes`, which keeps text legible on paper however small the canvas is drawn. All the
words of a note go into one PDF text object, which keeps a canvas of hundreds of cards quick.
"""

from __future__ import annotations

from dataclasses import dataclass

from ecanvas.model import DEFAULT_CARD_COLOUR, Card
from ecanvas.model.layout import Rect
from ecanvas.report.card_entry import draw_pill
from ecanvas.report.fonts import register_fonts, text_width
from ecanvas.report.runs import line_width, text_line, text_out
from ecanvas.report.text import elide, wrap_text
from ecanvas.report.theme import INK, mix, valid_colour
from ecanvas.report.theme import colour as colour_of

TEXT_SIZE = 13.0
CHIP_SIZE = 8.0
MIN_TEXT_PT = 6.5  # card text never prints smaller than this
MIN_CHIP_PT = 6.0  # nor tag chips
CHIP_INK = "#3E4A56"
DOT = "●"
DOT_COLOUR = "#C8372D"
MAX_DOTS = 5


@dataclass(frozen=True)
class PrintSizes:
    """Font sizes in canvas units for a canvas drawn at `scale` points per unit."""

    text: float
    chip: float

    @classmethod
    def at_scale(cls, scale: float) -> PrintSizes:
        return cls(max(TEXT_SIZE, MIN_TEXT_PT / scale), max(CHIP_SIZE, MIN_CHIP_PT / scale))

    @property
    def leading(self) -> float:
        return self.text * 1.19

    @property
    def chip_height(self) -> float:
        return self.chip * 1.62

    @property
    def chip_pad(self) -> float:
        return self.chip * 0.56

    @property
    def dot(self) -> float:
        return self.chip * 1.375


def draw_sticky(canvas, card: Card, rect: Rect, shadow: str, sizes: PrintSizes, pad: float,
                compact: bool = False) -> None:  # fmt: skip
    """Draw `card` filling `rect`; `shadow` is an opaque colour a little darker than the block
    beneath (cheaper than a transparent one), `pad` the inset of the text."""
    x, y, w, h = rect.x, rect.y, rect.w, rect.h
    bottom = -(y + h)
    paper = valid_colour(card.colour, DEFAULT_CARD_COLOUR)
    canvas.setFillColor(colour_of(shadow))
    canvas.rect(x + 1.5, bottom - 2.5, w, h, stroke=0, fill=1)
    canvas.setFillColor(colour_of(paper))
    canvas.setStrokeColor(colour_of(mix(paper, INK, 0.22)))
    canvas.setLineWidth(0.6)
    canvas.rect(x, bottom, w, h, stroke=1, fill=1)
    writer = canvas.beginText()
    votes = _votes_label(card.votes) if card.votes else ""
    votes_width = text_width(votes, sizes.dot) + 6 if votes else 0.0
    if compact:
        _write_line(writer, card.text, x + pad, y + h / 2, w - 2 * pad - votes_width, sizes)
        if votes:
            _write_votes(writer, votes, x + w - pad, -(y + h / 2) - sizes.dot * 0.35, sizes)
        canvas.drawText(writer)
        return
    chips = layout_chips(card.tags, w - 2 * pad - votes_width, sizes)
    chip_bottom = bottom + pad * 0.66
    for _label, left, width in chips:
        draw_pill(canvas, x + pad + left, chip_bottom, width, sizes.chip_height,
                  mix(paper, "#FFFFFF", 0.6))  # fmt: skip
    footer = sizes.chip_height + 4 if (card.tags or card.votes) else 0.0
    _write_text(writer, card.text, x + pad, y + pad, w - 2 * pad, h - 2 * pad - footer, sizes)
    if chips:
        writer.setFillColor(colour_of(CHIP_INK))
        for label, left, _ in chips:
            writer.setTextOrigin(x + pad + left + sizes.chip_pad, chip_bottom + sizes.chip * 0.45)
            text_out(writer, label, sizes.chip)
    if votes:
        _write_votes(writer, votes, x + w - pad, chip_bottom + sizes.chip * 0.38, sizes)
    canvas.drawText(writer)


def _write_text(writer, text: str, x: float, top: float, width: float, room: float,
                sizes: PrintSizes) -> None:  # fmt: skip
    max_lines = max(1, int((room + sizes.leading - sizes.text) // sizes.leading))
    writer.setTextOrigin(x, -(top + sizes.text * 0.92))
    writer.setFont(register_fonts(), sizes.text, sizes.leading)
    writer.setFillColor(colour_of(INK))
    for index, line in enumerate(wrap_text(text, sizes.text, width, max_lines)):
        if getattr(line, "rtl", False):  # right-to-left paragraphs are set flush right
            baseline = -(top + sizes.text * 0.92) - index * sizes.leading
            writer.setTextOrigin(x + width - line_width(line, sizes.text), baseline)
            text_out(writer, line, sizes.text, sizes.leading)
            writer.setTextOrigin(x, baseline - sizes.leading)
        else:
            text_line(writer, line, sizes.text, sizes.leading)


def _write_line(writer, text: str, x: float, middle: float, width: float,
                sizes: PrintSizes) -> None:  # fmt: skip
    """One line of text centred on `middle` (a compact card)."""
    writer.setTextOrigin(x, -(middle + sizes.text * 0.36))
    writer.setFillColor(colour_of(INK))
    text_out(writer, elide(text, sizes.text, max(width, sizes.text)), sizes.text)


def _write_votes(writer, label: str, right: float, baseline: float, sizes: PrintSizes) -> None:
    writer.setFillColor(colour_of(DOT_COLOUR))
    writer.setTextOrigin(right - text_width(label, sizes.dot), baseline)
    text_out(writer, label, sizes.dot)


def _votes_label(votes: int) -> str:
    """Up to five dots; more votes read as one dot and the number."""
    return DOT * votes if votes <= MAX_DOTS else f"{DOT} {votes}"


def _chip_width(label: str, sizes: PrintSizes) -> float:
    return text_width(label, sizes.chip) + 2 * sizes.chip_pad


def layout_chips(tags: list[str], room: float,
                 sizes: PrintSizes | None = None) -> list[tuple[str, float, float]]:  # fmt: skip
    """(label, left, width) of the chips that fit in `room`; a '+n' chip counts the rest."""
    sizes = sizes or PrintSizes(TEXT_SIZE, CHIP_SIZE)
    gap = sizes.chip * 0.375
    chips: list[tuple[str, float, float]] = []
    left = 0.0
    for index, tag in enumerate(tags):
        rest = len(tags) - index - 1
        reserve = _chip_width(f"+{rest}", sizes) + gap if rest else 0.0
        label = elide(tag, sizes.chip, max(sizes.chip * 1.5, room - left - reserve
                                           - 2 * sizes.chip_pad))  # fmt: skip
        width = _chip_width(label, sizes)
        if chips and left + width > room - reserve:
            more = f"+{len(tags) - index}"
            return [*chips, (more, left, _chip_width(more, sizes))]
        chips.append((label, left, width))
        left += width + gap
    return chips
