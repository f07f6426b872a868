"""The action plan: every card with an owner, a due date or a status, soonest due first."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable

from ecanvas.model import Canvas, Card
from ecanvas.report.context import ReportContext
from ecanvas.report.flowables import SectionTitle
from ecanvas.report.labels import short_date, status_label
from ecanvas.report.plain_text import PlainText
from ecanvas.report.tables import cell, data_table
from ecanvas.report.text import shorten
from ecanvas.report.theme import OVERDUE, STATUS_COLOURS


def sorted_actions(context: ReportContext) -> list[tuple[Card, Canvas]]:
    """Action items of the chosen canvases by due date; undated ones last, in canvas order."""
    items = [
        (card, canvas)
        for canvas in context.canvases
        for card in canvas.cards
        if card.is_action_item
    ]
    order = {canvas.id: index for index, canvas in enumerate(context.canvases)}
    items.sort(key=lambda p: (p[0].due or date.max, order[p[1].id], p[0].block_id, p[0].id))
    return items


def _due_cell(card: Card, context: ReportContext) -> PlainText:
    text = short_date(card.due)
    if card.due and card.due < context.today and card.status != "done":
        return cell(f"{text}\n{context.label('overdue')}", context.styles.cell, OVERDUE)
    return cell(text, context.styles.cell)


def _status_cell(card: Card, context: ReportContext) -> PlainText:
    if not card.status:
        return cell("", context.styles.cell)
    label = f"■ {status_label(card.status, context.lang)}"
    return cell(label, context.styles.cell, STATUS_COLOURS.get(card.status, "#52606D"))


def card_location(card: Card, canvas: Canvas, lang: str) -> str:
    """'Canvas › Block', both shortened, to say where a card sits."""
    try:
        block = shorten(canvas.block(card.block_id).title(lang), 60)
    except KeyError:
        return shorten(canvas.title, 60)
    return f"{shorten(canvas.title, 60)} › {block}"


def action_rows(items: list[tuple[Card, Canvas]], context: ReportContext) -> list[list[PlainText]]:
    """Due, action, owner, status, where: user text shortened so no row outgrows a page."""
    styles = context.styles
    return [
        [
            _due_cell(card, context),
            cell(shorten(card.text, 240), styles.cell),
            cell(shorten(card.owner, 60), styles.cell),
            _status_cell(card, context),
            cell(card_location(card, canvas, context.lang), styles.cell_muted),
        ]
        for card, canvas in items
    ]


def actions_story(context: ReportContext) -> list[Flowable]:
    """The action plan; left out when no card is an action item."""
    items = sorted_actions(context)
    if not items:
        return []
    mark = context.bookmark("actions", context.label("actions"), 0)
    story: list[Flowable] = [
        SectionTitle(context.label("actions"), context.styles.section, context.theme.brand, mark)
    ]
    head = [
        context.label(k) for k in ("col_due", "col_action", "col_owner", "col_status", "col_where")
    ]
    table = data_table(context, head, action_rows(items, context), (0.13, 0.35, 0.16, 0.14, 0.22))
    return [*story, table]
