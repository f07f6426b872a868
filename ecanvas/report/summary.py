"""The executive summary: the user's own text first, then key figures, the canvases, the
most-voted cards, the scores and the actions due soonest, each a glance for a reader who reads
nothing else; then the user's recommendations. Parts with nothing to show are left out.
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable, Paragraph, Table

from ecanvas.model import Canvas
from ecanvas.report.actions import action_rows, card_location, sorted_actions
from ecanvas.report.canvases import template_title
from ecanvas.report.context import ReportContext
from ecanvas.report.flowables import SectionTitle
from ecanvas.report.rich_text import rich_flowables
from ecanvas.report.scores import leading_sentence, scored_blocks
from ecanvas.report.tables import cell, data_table, house_style
from ecanvas.report.text import shorten
from ecanvas.report.text_flow import MUTED_LOOK, PLAIN, Look, TextFlow, flow

TOP_VOTED = 5
DUE_SOONEST = 5


def summary_story(context: ReportContext) -> list[Flowable]:
    mark = context.bookmark("summary", context.label("summary"), 0)
    story: list[Flowable] = [
        SectionTitle(context.label("summary"), context.styles.section, context.theme.brand, mark)
    ]
    own_words = rich_flowables(context.workspace.summary, context)
    story.extend(own_words)
    if not context.canvases:
        if not own_words:
            story.append(flow(context.label("no_canvases"), context.styles.body))
        return story
    if own_words:
        story.append(_subheading(context, "at_a_glance"))
    story.append(key_figures(context))
    story.extend(canvas_overview(context))
    story.extend(top_voted(context))
    story.extend(score_overview(context))
    story.extend(due_soonest(context))
    return story


def recommendations_story(context: ReportContext) -> list[Flowable]:
    """The user's recommendations; left out of the report when there are none."""
    own_words = rich_flowables(context.workspace.recommendations, context)
    if not own_words:
        return []
    title = context.label("recommendations")
    mark = context.bookmark("recommendations", title, 0)
    return [SectionTitle(title, context.styles.section, context.theme.brand, mark), *own_words]


def _subheading(context: ReportContext, key: str) -> Paragraph:
    heading = flow(context.label(key), context.styles.subsection)
    heading.keepWithNext = True
    return heading


def key_figures(context: ReportContext) -> Table:
    """Four large numbers in tinted tiles: canvases, cards, links, action items."""
    canvases = context.canvases
    figures = [
        (len(canvases), "figure_canvases"),
        (sum(len(c.cards) for c in canvases), "figure_cards"),
        (sum(len(c.links) for c in canvases), "figure_links"),
        (sum(1 for c in canvases for card in c.cards if card.is_action_item), "figure_actions"),
    ]
    styles, theme = context.styles, context.theme
    tiles = [
        [Paragraph(str(number), styles.figure), Paragraph(context.label(key), styles.figure_label)]
        for number, key in figures
    ]
    gap = 10.0
    width = (context.frame_width - 3 * gap) / 4
    row = [tiles[0], "", tiles[1], "", tiles[2], "", tiles[3]]  # empty columns are the gaps
    table = Table([row], colWidths=[width, gap] * 3 + [width], hAlign="LEFT")
    commands = [("TOPPADDING", (0, 0), (-1, -1), 12), ("BOTTOMPADDING", (0, 0), (-1, -1), 12)]
    for column in (0, 2, 4, 6):
        commands.append(("BACKGROUND", (column, 0), (column, 0), HexColor(theme.tint)))
        commands.append(("LINEABOVE", (column, 0), (column, 0), 2, HexColor(theme.brand)))
    table.setStyle(house_style(commands))
    return table


def _filled_blocks(canvas: Canvas) -> str:
    filled = {card.block_id for card in canvas.cards}
    return f"{sum(1 for b in canvas.blocks if b.id in filled)} / {len(canvas.blocks)}"


def canvas_overview(context: ReportContext) -> list[Flowable]:
    styles, lang = context.styles, context.lang
    rows = [
        [
            cell(shorten(canvas.title, 120), styles.cell),
            cell(template_title(canvas.template_key, lang), styles.cell_muted),
            cell(str(len(canvas.cards)), styles.cell),
            cell(_filled_blocks(canvas), styles.cell),
        ]
        for canvas in context.canvases
    ]
    head = [
        context.label(k) for k in ("col_canvas", "col_template", "col_cards", "col_blocks_filled")
    ]
    return [
        _subheading(context, "canvas_overview"),
        data_table(context, head, rows, (0.42, 0.32, 0.1, 0.16)),
    ]


def top_voted(context: ReportContext) -> list[Flowable]:
    styles, lang = context.styles, context.lang
    voted = [(card, canvas) for canvas in context.canvases for card in canvas.cards if card.votes]
    voted.sort(key=lambda pair: (-pair[0].votes, pair[0].id))
    if not voted:
        return []
    story: list[Flowable] = [_subheading(context, "top_voted")]
    rows = [
        [
            cell(str(card.votes), styles.cell),
            cell(shorten(card.text, 200), styles.cell),
            cell(card_location(card, canvas, lang), styles.cell_muted),
        ]
        for card, canvas in voted[:TOP_VOTED]
    ]
    head = [context.label(k) for k in ("col_votes", "col_card", "col_where")]
    return [*story, data_table(context, head, rows, (0.09, 0.5, 0.41))]


def score_overview(context: ReportContext) -> list[Flowable]:
    styles, lang = context.styles, context.lang
    scored = [(canvas, scored_blocks(canvas)) for canvas in context.canvases]
    scored = [(canvas, blocks) for canvas, blocks in scored if blocks]
    if not scored:
        return []
    story: list[Flowable] = [_subheading(context, "scored_blocks")]
    for canvas, blocks in scored:
        scores = "  ·  ".join(
            f"{b.title(lang)} {b.score if b.score is not None else '–'}/5" for b in blocks
        )
        lines = [
            (canvas.title.replace("\n", " "), Look(ink=context.theme.accent_text)),
            ("\n" + leading_sentence(blocks, context).replace("\n", " "), PLAIN),
            ("\n" + scores.replace("\n", " "), MUTED_LOOK),
        ]
        story.append(TextFlow(lines, styles.body))
    return story


def due_soonest(context: ReportContext) -> list[Flowable]:
    pending = [item for item in sorted_actions(context) if item[0].due and item[0].status != "done"]
    if not pending:
        return []
    story: list[Flowable] = [_subheading(context, "due_soonest")]
    head = [context.label(k) for k in ("col_due", "col_action", "col_owner", "col_status")]
    rows = [row[:4] for row in action_rows(pending[:DUE_SOONEST], context)]
    return [*story, data_table(context, head, rows, (0.17, 0.5, 0.18, 0.15))]
