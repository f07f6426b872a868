"""One card in the card listing: a colour swatch, the card text, and a row of facts beneath it
(tag chips, vote dot, owner, due date, status) drawn by hand.

The facts are drawn, not set as paragraph markup: chips come out as real rounded pills and the
listing of a thousand cards stays quick.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable

from ecanvas.report.fonts import text_width
from ecanvas.report.plain_text import ASCENT, PlainText
from ecanvas.report.runs import text_out
from ecanvas.report.text import elide
from ecanvas.report.theme import MUTED, RULE, colour

SWATCH = 9.0
INDENT = 17.0
META_SIZE = 7.8
META_ROW = 13.0
META_GAP_ABOVE = 3.0
CHIP_PAD = 4.0
CHIP_HEIGHT = 11.0
CHIP_FILL = "#E9EDF1"
CHIP_INK = "#3E4A56"
SEPARATOR = 9.0
MARKS = {"dot": "●", "square": "■"}
MARK_WIDTH = 7.5


@dataclass(frozen=True)
class Fact:
    """One item of the facts row: a tag chip, or text with an optional coloured mark before it."""

    text: str
    colour: str = MUTED
    chip: bool = False
    mark: str = ""  # "dot" or "square"
    mark_colour: str = MUTED

    def width(self) -> float:
        pad = 2 * CHIP_PAD if self.chip else 0.0
        mark = MARK_WIDTH if self.mark else 0.0
        return text_width(self.text, META_SIZE) + pad + mark


def layout_rows(facts: list[Fact], width: float) -> list[list[tuple[Fact, float]]]:
    """Facts placed left to right, wrapping to a new row when the next one does not fit."""
    rows: list[list[tuple[Fact, float]]] = [[]]
    x = 0.0
    for fact in facts:
        if fact.width() > width:
            fact = Fact(
                elide(fact.text, META_SIZE, width - 20),
                fact.colour,
                fact.chip,
                fact.mark,
                fact.mark_colour,
            )
        if rows[-1] and x + fact.width() > width:
            rows.append([])
            x = 0.0
        rows[-1].append((fact, x))
        x += fact.width() + (3.0 if fact.chip else SEPARATOR)
    return rows if rows[0] else []


class CardEntry(Flowable):
    """Swatch, card text and facts row; splits with its text when the text is very long."""

    def __init__(
        self, body: PlainText, swatch: str | None, facts: list[Fact], space_after: float = 0
    ) -> None:
        super().__init__()
        self.body = body
        self.swatch = swatch
        self.facts = facts
        self.space_after = space_after
        self.binds_next = False  # True when its note follows (no page-break marker between)
        self.rows: list = []
        self._rows_width: float | None = None

    def wrap(self, avail_width, avail_height):
        _, self.text_height = self.body.wrap(avail_width - INDENT, avail_height)
        if self._rows_width != avail_width:  # wrapped again when placed: keep the rows
            self.rows, self._rows_width = layout_rows(self.facts, avail_width - INDENT), avail_width
        meta = len(self.rows) * META_ROW + META_GAP_ABOVE if self.rows else 0.0
        self.width, self.height = avail_width, self.text_height + meta
        return (self.width, self.height)

    def split(self, avail_width, avail_height):
        parts = self.body.split(avail_width - INDENT, avail_height)
        if len(parts) < 2:
            return []
        first, *rest = parts
        tail = [CardEntry(p, None, []) for p in rest]
        tail[-1] = CardEntry(rest[-1], None, self.facts, self.space_after)
        return [CardEntry(first, self.swatch, []), *tail]

    def getSpaceAfter(self):
        return self.space_after

    def draw(self) -> None:
        canvas = self.canv
        if self.swatch:
            # Centred on the middle of the first line's glyphs.
            middle = self.height - (ASCENT - 0.36) * self.body.size
            top = middle + SWATCH / 2
            canvas.setFillColor(colour(self.swatch))
            canvas.setStrokeColor(colour(RULE))
            canvas.setLineWidth(0.5)
            canvas.rect(0, top - SWATCH, SWATCH, SWATCH, stroke=1, fill=1)
        self.body.drawOn(canvas, INDENT, self.height - self.text_height)
        if self.rows:
            self._draw_facts(canvas)

    def _draw_facts(self, canvas) -> None:
        """Chip backgrounds first, then every word of the row in one text object."""
        first = self.height - self.text_height - META_GAP_ABOVE - META_SIZE
        placed = [
            (fact, INDENT + x, first - index * META_ROW)
            for index, row in enumerate(self.rows)
            for fact, x in row
        ]
        for fact, x, baseline in placed:
            if fact.chip:
                draw_pill(canvas, x, baseline - 3, fact.width(), CHIP_HEIGHT, CHIP_FILL)
        text = canvas.beginText()
        ink = None  # colours are set only when they change: most facts share one

        def fill(wanted: str) -> None:
            nonlocal ink
            if wanted != ink:
                text.setFillColor(colour(wanted))
                ink = wanted

        for fact, x, baseline in placed:
            if fact.chip:
                x += CHIP_PAD
            elif fact.mark:
                fill(fact.mark_colour)
                text.setTextOrigin(x, baseline)
                text_out(text, MARKS[fact.mark], META_SIZE)
                x += MARK_WIDTH
            fill(CHIP_INK if fact.chip else fact.colour)
            text.setTextOrigin(x, baseline)
            text_out(text, fact.text, META_SIZE)
        canvas.drawText(text)


def draw_pill(canvas, x: float, bottom: float, width: float, height: float, fill: str) -> None:
    """A rounded pill drawn as one thick line with round caps: far fewer PDF operators than a
    rounded rectangle, which matters when a report holds thousands of chips."""
    radius = height / 2
    canvas.setStrokeColor(colour(fill))
    canvas.setLineWidth(height)
    canvas.setLineCap(1)
    canvas.line(x + radius, bottom + radius, x + max(width - radius, radius), bottom + radius)
