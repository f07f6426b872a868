"""Scored blocks: a radar chart per canvas (bars when fewer than three blocks are scored), the
scores beside it, and which path leads.
"""

from __future__ import annotations

import math

from reportlab.graphics.charts.spider import SpiderChart
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib.colors import Color, HexColor
from reportlab.platypus import Flowable, Spacer, Table

from ecanvas.model import Block, Canvas
from ecanvas.report.chart_text import Label, LabelledDrawing
from ecanvas.report.context import ReportContext
from ecanvas.report.flowables import SectionTitle
from ecanvas.report.fonts import register_fonts
from ecanvas.report.tables import house_style
from ecanvas.report.text import shorten, wrap_text
from ecanvas.report.text_flow import PLAIN, Look, TextFlow, flow
from ecanvas.report.theme import BODY, INK, MUTED, RULE, rgb

MAX_SCORE = 5
CHART_SIZE = 250.0
LABEL_SIZE = 8.0
SIDE_BY_SIDE_LIMIT = 12


def scored_blocks(canvas: Canvas) -> list[Block]:
    return [b for b in canvas.blocks if b.scored]


def leaders(blocks: list[Block]) -> tuple[list[Block], int]:
    """The blocks sharing the highest score, and that score (nothing when none is scored)."""
    scores = [b.score for b in blocks if b.score is not None]
    if not scores or max(scores) == 0:
        return ([], 0)
    best = max(scores)
    return ([b for b in blocks if b.score == best], best)


def leading_sentence(blocks: list[Block], context: ReportContext) -> str:
    top, best = leaders(blocks)
    if not top:
        return context.label("no_scores")
    names = context.label("tie_joiner").join(b.title(context.lang) for b in top)
    return context.label("leading", names=names, score=best)


def _chart_label(text: str) -> tuple[str, ...]:
    return wrap_text(text, LABEL_SIZE, 78, 2)


def _label_anchor(index: int, count: int) -> tuple[str, str]:
    """Anchor each spoke label on the side facing the chart, so no label covers its spoke."""
    angle = math.radians(90 - index * 360 / count)
    across = "w" if math.cos(angle) > 0.25 else "e" if math.cos(angle) < -0.25 else ""
    upright = "s" if math.sin(angle) > 0.25 else "n" if math.sin(angle) < -0.25 else ""
    text = {"w": "start", "e": "end"}.get(across, "middle")
    return ((upright + across) or "c", text)


def radar_chart(blocks: list[Block], context: ReportContext) -> Drawing:
    """Scores on a 0–5 radar; rings at every point are drawn as extra, unfilled strands. The
    spoke labels are drawn by the drawing, in the report's fonts, where the chart would put
    them."""
    font, brand = register_fonts(), context.theme.brand
    drawing = LabelledDrawing(CHART_SIZE, CHART_SIZE, initialFontName=font)
    chart = SpiderChart()
    chart.x = chart.y = 62
    chart.width = chart.height = CHART_SIZE - 124
    scores = [float(b.score or 0) for b in blocks]
    chart.data = [[float(ring)] * len(blocks) for ring in range(1, MAX_SCORE + 1)] + [scores]
    chart.labels = [""] * len(blocks)
    for ring in range(MAX_SCORE):
        chart.strands[ring].strokeColor = HexColor(RULE)
        chart.strands[ring].strokeWidth = 0.5 if ring < MAX_SCORE - 1 else 0.9
        chart.strands[ring].fillColor = None
    chart.strands[MAX_SCORE].fillColor = Color(*rgb(brand), alpha=0.28)
    chart.strands[MAX_SCORE].strokeColor = HexColor(brand)
    chart.strands[MAX_SCORE].strokeWidth = 1.8
    chart.strands[MAX_SCORE].symbol = "FilledCircle"
    chart.strands[MAX_SCORE].symbolSize = 4.5
    chart.spokes.strokeColor = HexColor(RULE)
    chart.spokes.labelRadius = 1.08
    chart.spokeLabels.fontName = chart.strandLabels.fontName = font
    drawing.add(chart)
    centre, radius = CHART_SIZE / 2, chart.width / 2 * chart.spokes.labelRadius
    for index, block in enumerate(blocks):
        box, anchor = _label_anchor(index, len(blocks))
        angle = math.radians(90 - index * 360 / len(blocks))
        x, y = centre + radius * math.cos(angle), centre + radius * math.sin(angle)
        lines = _chart_label(block.title(context.lang))
        drawing.add_label(Label(x, y, lines, LABEL_SIZE, BODY, anchor, box.strip("cwe")))
    return drawing


def bar_chart(blocks: list[Block], context: ReportContext) -> Drawing:
    """One horizontal bar per block, for canvases with too few scored blocks for a radar."""
    font = register_fonts()
    row = 34.0
    drawing = LabelledDrawing(CHART_SIZE, row * len(blocks) + 8, initialFontName=font)
    for index, block in enumerate(blocks):
        y = drawing.height - (index + 1) * row
        label = wrap_text(block.title(context.lang), LABEL_SIZE, CHART_SIZE, 1)
        drawing.add_label(Label(0, y + 18, label, LABEL_SIZE, BODY, box="s"))
        drawing.add(
            Rect(
                0,
                y + 4,
                CHART_SIZE - 30,
                9,
                fillColor=HexColor(context.theme.tint),
                strokeColor=None,
            )
        )
        share = (block.score or 0) / MAX_SCORE
        drawing.add(
            Rect(
                0,
                y + 4,
                (CHART_SIZE - 30) * share,
                9,
                fillColor=HexColor(context.theme.brand),
                strokeColor=None,
            )
        )
        score = f"{block.score if block.score is not None else '–'}/5"
        drawing.add_label(Label(CHART_SIZE, y + 5, (score,), LABEL_SIZE, INK, "end", "s"))
    return drawing


def score_table(blocks: list[Block], context: ReportContext) -> Table:
    """Block names with their score as filled and empty dots."""
    styles, brand = context.styles, context.theme.accent_text
    rows = []
    for block in blocks:
        score = block.score
        if score is None:
            dots = [(context.label("not_scored"), Look(ink=MUTED))]
        else:
            dots = [
                ("●" * score, Look(ink=brand)),
                ("●" * (MAX_SCORE - score), Look(ink=RULE)),
                (f"  {score}/5", PLAIN),
            ]
        rows.append(
            [
                flow(shorten(block.title(context.lang), 100), styles.cell),
                TextFlow(dots, styles.cell),
            ]
        )
    table = Table(rows, colWidths=[150, 90], hAlign="LEFT")
    table.setStyle(
        house_style(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, HexColor(RULE)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def canvas_scores(canvas: Canvas, blocks: list[Block], context: ReportContext) -> list[Flowable]:
    styles = context.styles
    mark = context.bookmark(f"scores-{canvas.id}", canvas.title, 1)
    heading = SectionTitle(
        canvas.title, styles.subsection, context.theme.brand, mark, space_after=6, bar=False
    )
    chart = radar_chart(blocks, context) if len(blocks) >= 3 else bar_chart(blocks, context)
    side = [
        flow(leading_sentence(blocks, context), styles.body),
        Spacer(1, 4),
        score_table(blocks, context),
    ]
    if len(blocks) > SIDE_BY_SIDE_LIMIT:  # a long score table must be free to split over pages
        return [heading, chart, *side, Spacer(1, 18)]
    layout = Table(
        [[chart, side]],
        colWidths=[CHART_SIZE + 20, context.frame_width - CHART_SIZE - 20],
        hAlign="LEFT",
    )
    layout.setStyle(
        house_style([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    return [heading, layout, Spacer(1, 18)]


def scores_story(context: ReportContext) -> list[Flowable]:
    """The scored blocks of each canvas; left out when no canvas has scored blocks."""
    scored = [(canvas, scored_blocks(canvas)) for canvas in context.canvases]
    scored = [(canvas, blocks) for canvas, blocks in scored if blocks]
    if not scored:
        return []
    mark = context.bookmark("scores", context.label("scores"), 0)
    story: list[Flowable] = [
        SectionTitle(context.label("scores"), context.styles.section, context.theme.brand, mark)
    ]
    for canvas, blocks in scored:
        story.extend(canvas_scores(canvas, blocks, context))
    return story
