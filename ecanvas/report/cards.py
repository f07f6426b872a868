"""A canvas' cards listed block by block: text, tags, votes, owner, due date, status and notes.

Card texts and notes are set as plain text (never markup) that splits between any two lines, so
a very long note flows across as many pages as it needs and nothing outgrows a frame.
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from ecanvas.model import DEFAULT_CARD_COLOUR, Block, Canvas, Card
from ecanvas.report.card_entry import INDENT as NOTE_INDENT
from ecanvas.report.card_entry import CardEntry, Fact
from ecanvas.report.context import ReportContext
from ecanvas.report.labels import label, short_date, status_label
from ecanvas.report.plain_text import MIN_LINES, PlainText
from ecanvas.report.text import para_text, shorten
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
        count = f'<font size="8.5" color="{MUTED}">&nbsp;&nbsp;&nbsp;{para_text(count)}</font>'
        self.paragraph = Paragraph(para_text(shorten(title, 200)) + count, styles.block)
        self.colour = colour
        self.keepWithNext = True

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


def card_flowables(card: Card, context: ReportContext) -> list[Flowable]:
    """The card entry, then its note (across pages if need be; see `printed` for the limit)."""
    card_style, note_style = context.styles.card, context.styles.note
    has_note = bool(card.note.strip())
    body = PlainText(printed(card.text, context.lang) or "—", card_style.fontSize,
                     card_style.leading, INK)  # fmt: skip
    swatch = valid_colour(card.colour, DEFAULT_CARD_COLOUR)
    entry = CardEntry(body, swatch, card_facts(card, context), 3.0 if has_note else CARD_GAP)
    if not has_note:
        return [entry]
    note = printed(card.note.strip("\n"), context.lang)
    text = PlainText(note, note_style.fontSize, note_style.leading, BODY, NOTE_INDENT, CARD_GAP)
    return [RoomForCard(entry, text), entry, text]


class RoomForCard(CondPageBreak):
    """Moves a card to the next page unless its entry and the start of its note fit here, so
    a note never begins a page without its card (cheaper than keepWithNext's grouping, which
    costs a tenth of a long listing's layout)."""

    def __init__(self, entry: CardEntry, note: PlainText) -> None:
        super().__init__(0)
        self.entry, self.note = entry, note

    def wrap(self, avail_width, avail_height):
        _, entry_height = self.entry.wrap(avail_width, avail_height)
        self.height = entry_height + self.entry.getSpaceAfter() + MIN_LINES * self.note.leading
        return super().wrap(avail_width, avail_height)


def block_flowables(canvas: Canvas, block: Block, context: ReportContext) -> list[Flowable]:
    """A block's heading and its cards; nothing for a block without cards (the drawing shows
    it, empty, with its guidance)."""
    cards = canvas.cards_in(block.id)
    if not cards:
        return []
    count = context.label("card_count", n=len(cards))
    story: list[Flowable] = [BlockHeading(block.title(context.lang), count, block.colour, context)]
    for card in cards:
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
        story.append(Paragraph(para_text(context.label("no_cards")), context.styles.muted))
    return story
