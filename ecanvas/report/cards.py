"""A canvas' cards listed block by block: text, tags, votes, owner, due date, status and notes.

Card texts and notes are set as plain text (never markup) that splits between any two lines, so
a very long note flows across as many pages as it needs and nothing outgrows a frame.
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable

from ecanvas.model import DEFAULT_CARD_COLOUR, Block, Canvas, Card
from ecanvas.report.card_entry import INDENT as NOTE_INDENT
from ecanvas.report.card_entry import CardEntry, Fact
from ecanvas.report.context import ReportContext
from ecanvas.report.direction import is_right_to_left
from ecanvas.report.labels import label, short_date, status_label
from ecanvas.report.pagination import RoomFor
from ecanvas.report.plain_text import MIN_LINES, PlainText
from ecanvas.report.text import shorten
from ecanvas.report.text_flow import MUTED_LOOK, PLAIN, TextFlow, flow
from ecanvas.report.theme import (
    BODY,
    INK,
    MUTED,
    OVERDUE,
    RULE,
    STATUS_COLOURS,
    VOTE_COLOUR,
    valid_colour,
)

CARD_GAP = 10.0
MAX_PRINTED = 200_000  # characters of one card text or note in the report
MAX_TAGS = 12  # the facts row cannot split, so it must stay a few lines high


class BlockHeading(Flowable):
    """A block's name beside a bar in its colour, with its card count; kept with its cards."""

    def __init__(self, title: str, count: str, colour: str, context: ReportContext) -> None:
        super().__init__()
        styles = context.styles
        title = shorten(title, 200)
        spans = [(title, PLAIN)]
        if count:
            # A mark of the title's own direction keeps the count out of a right-to-left title
            # ("شاي 3 cards" must not read "3 شاي cards").
            mark = "\u200f" if is_right_to_left(title) else "\u200e"
            spans.append((mark + "\u00a0" * 3 + count, MUTED_LOOK))
        self.paragraph = TextFlow(spans, styles.block)
        self.colour = colour  # kept with its first card by a RoomFor before it

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        _, self.text_height = self.paragraph.wrap(avail_width - 12, avail_height)
        self.height = self.text_height + 7
        return (avail_width, self.height)

    def getSpaceBefore(self):
        return 16

    def getSpaceAfter(self):
        return 6

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFillColor(HexColor(self.colour))
        canvas.rect(0, 7, 3.2, self.text_height, stroke=0, fill=1)
        self.paragraph.drawOn(canvas, 12, 7)
        canvas.setStrokeColor(HexColor(RULE))
        canvas.setLineWidth(0.5)
        canvas.line(0, 1, self.width, 1)


def card_facts(card: Card, context: ReportContext) -> list[Fact]:
    """Tag chips, votes, owner, due date (red when overdue) and status, in that order."""
    shown = card.tags[:MAX_TAGS]
    facts = [Fact(shorten(tag, 40), chip=True) for tag in shown]
    if len(card.tags) > len(shown):
        facts.append(Fact(f"+{len(card.tags) - len(shown)}", chip=True))
    if card.votes:
        votes = context.label("votes", n=card.votes)
        facts.append(Fact(votes, mark="dot", mark_colour=VOTE_COLOUR))
    if card.owner:
        facts.append(Fact(context.label("owner", name=card.owner)))
    if card.due:
        due = context.label("due", date=short_date(card.due))
        if card.due < context.today and card.status != "done":
            facts.append(Fact(f"{due} · {context.label('overdue')}", colour=OVERDUE))
        else:
            facts.append(Fact(due))
    if card.status:
        tint = STATUS_COLOURS.get(card.status, MUTED)
        facts.append(
            Fact(status_label(card.status, context.lang), tint, mark="square", mark_colour=tint)
        )
    return facts


def printed(text: str, lang: str) -> str:
    """The text as printed: all of it up to MAX_PRINTED characters (some sixty pages), then a
    line saying how much more the workspace holds, so one enormous card cannot make a report
    of thousands of pages (or take minutes)."""
    if len(text) <= MAX_PRINTED:
        return text
    cut = max(text.rfind("\n", 0, MAX_PRINTED), text.rfind(" ", 0, MAX_PRINTED))
    cut = cut if cut > MAX_PRINTED * 0.9 else MAX_PRINTED
    return f"{text[:cut].rstrip()}\n{label('not_printed', lang, n=len(text) - cut)}"


def card_flowables(card: Card, context: ReportContext,
                   heading: Flowable | None = None) -> list[Flowable]:  # fmt: skip
    """The card entry, then its note (across pages if need be; see `printed` for the limit);
    after `heading` when given. Neither the heading nor a note ever begins a page without the
    entry."""
    card_style, note_style = context.styles.card, context.styles.note
    has_note = bool(card.note.strip())
    body = PlainText(printed(card.text, context.lang) or "—", card_style.fontSize,
                     card_style.leading, INK)  # fmt: skip
    swatch = valid_colour(card.colour, DEFAULT_CARD_COLOUR)
    entry = CardEntry(body, swatch, card_facts(card, context), 3.0 if has_note else CARD_GAP)
    lead = [heading] if heading else []
    if not has_note:
        return [RoomFor([heading, entry]), heading, entry] if heading else [entry]
    note = printed(card.note.strip("\n"), context.lang)
    text = PlainText(note, note_style.fontSize, note_style.leading, BODY, NOTE_INDENT, CARD_GAP)
    entry.binds_next = True  # its note follows it, never to be parted by a tail guard
    return [RoomFor([*lead, entry], text, MIN_LINES), *lead, entry, text]


def block_flowables(canvas: Canvas, block: Block, context: ReportContext) -> list[Flowable]:
    """A block's heading and its cards; nothing for a block without cards (the drawing shows
    it, empty, with its guidance)."""
    cards = canvas.cards_in(block.id)
    if not cards:
        return []
    count = context.label("card_count", n=len(cards))
    heading = BlockHeading(block.title(context.lang), count, block.colour, context)
    story: list[Flowable] = card_flowables(cards[0], context, heading)
    for card in cards[1:]:
        story.extend(card_flowables(card, context))
    return story


def stray_cards(canvas: Canvas) -> list[Card]:
    """Cards whose block is gone (should not happen, but they are still the user's words)."""
    block_ids = {b.id for b in canvas.blocks}
    return [c for c in canvas.cards if c.block_id not in block_ids]


def cards_story(canvas: Canvas, context: ReportContext) -> list[Flowable]:
    """Every card of the canvas, grouped under its block, in reading order."""
    story: list[Flowable] = []
    for block in canvas.blocks:
        story.extend(block_flowables(canvas, block, context))
    for card in stray_cards(canvas):
        story.extend(card_flowables(card, context))
    if not canvas.cards and not canvas.blocks:
        story.append(flow(context.label("no_cards"), context.styles.muted))
    return story
