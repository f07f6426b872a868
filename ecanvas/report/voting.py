"""The report's "Voting results" section: each dot-voting round of a workshop that touches the
chosen canvases, its cards ranked by dots with who placed them, the highlighted top marked.

Left out of a report whose canvases saw no round. Self-contained (its own words in both
languages) so the section can be added to or left out of any report without touching the rest.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from ecanvas.model import workshop as rules
from ecanvas.model.entities import VotingRound
from ecanvas.report.context import ReportContext
from ecanvas.report.flowables import SectionTitle
from ecanvas.report.labels import bilingual, short_date
from ecanvas.report.tables import cell, data_table
from ecanvas.report.text import shorten
from ecanvas.report.text_flow import flow

MAX_ROWS = 40  # cards listed per round; the rest got fewer dots than any listed
WORDS: dict[str, tuple[str, str]] = {
    "title": ("Voting results", "投票结果"),
    "intro": (
        "Dot voting in the workshop: {rounds} with {people}. Each participant placed their "
        "dots on the cards they rated highest; the cards below are ranked by dots.",
        "工作坊中的圆点投票：{rounds}，{people}。每位参与者把自己的票投给最看重的卡片；"
        "下表按得票数为卡片排序。",
    ),
    "rounds": ("{n} rounds", "共 {n} 轮"),
    "rounds_one": ("one round", "共 1 轮"),
    "people": ("{n} participants", "{n} 位参与者"),
    "people_one": ("one participant", "1 位参与者"),
    "round": ("Round {n}: {where}", "第 {n} 轮：{where}"),
    "everywhere": ("every canvas", "所有画布"),
    "facts": ("{dots} dots per participant · started {date}", "每人 {dots} 票 · {date} 开始"),
    "facts_one": ("one dot per participant · started {date}", "每人 1 票 · {date} 开始"),
    "facts_closed": ("closed {date}", "{date} 结束"),
    "still_open": ("still open", "仍在进行"),
    "top": ("the top {n} highlighted (★)", "前 {n} 名以 ★ 标出"),
    "top_one": ("the top card highlighted (★)", "第 1 名以 ★ 标出"),
    "no_votes": ("No card got a dot in this round.", "本轮没有卡片得到投票。"),
    "col_rank": ("Rank", "名次"),
    "col_card": ("Card", "卡片"),
    "col_where": ("Where", "位置"),
    "col_dots": ("Dots", "票数"),
    "col_voters": ("Voters", "投票人"),
    "joiner": (", ", "、"),
    "gone": ("(deleted)", "（已删除）"),
}


def words(key: str, lang: str, **values: object) -> str:
    return bilingual(WORDS, key, lang, **values)


def report_rounds(context: ReportContext) -> list[VotingRound]:
    """The rounds that took place on the chosen canvases (a workspace round on any of them)."""
    chosen = {canvas.id for canvas in context.canvases}
    return [
        r for r in context.workspace.rounds
        if r.scope == "workspace" or r.canvas_id in chosen
    ]  # fmt: skip


def _where(voting_round: VotingRound, context: ReportContext) -> str:
    lang = context.lang
    if voting_round.scope == "workspace":
        return words("everywhere", lang)
    canvas = next((c for c in context.workspace.canvases if c.id == voting_round.canvas_id), None)
    if canvas is None:
        return words("gone", lang)
    place = shorten(canvas.title, 80)
    if voting_round.scope == "block":
        block = next((b for b in canvas.blocks if b.id == voting_round.block_id), None)
        title = block.title(lang) if block is not None else words("gone", lang)
        place = f"{place} › {shorten(title, 80)}"
    return place


def _card_place(card, context: ReportContext) -> str:
    canvas = next((c for c in context.workspace.canvases if c.id == card.canvas_id), None)
    if canvas is None:
        return ""
    block = next((b for b in canvas.blocks if b.id == card.block_id), None)
    place = shorten(canvas.title, 50)
    return place if block is None else f"{place} › {shorten(block.title(context.lang), 50)}"


def _facts(voting_round: VotingRound, context: ReportContext) -> str:
    lang = context.lang
    dots = voting_round.dots_per_participant
    parts = [words("facts", lang, n=dots, dots=dots,
                   date=short_date(voting_round.created.date()))]  # fmt: skip
    if voting_round.is_open:
        parts.append(words("still_open", lang))
    elif voting_round.closed is not None:
        parts.append(words("facts_closed", lang, date=short_date(voting_round.closed.date())))
    if voting_round.highlight:
        parts.append(words("top", lang, n=voting_round.highlight))
    return " · ".join(parts)


def _round(voting_round: VotingRound, context: ReportContext) -> list[Flowable]:
    lang, styles, workspace = context.lang, context.styles, context.workspace
    number = rules.round_number(workspace, voting_round.id)
    title = words("round", lang, n=number, where=_where(voting_round, context))
    mark = context.bookmark(f"voting-{voting_round.id}", title, 1)
    story: list[Flowable] = [
        SectionTitle(
            title,
            styles.subsection,
            context.theme.brand,
            mark,
            space_after=4,
            bar=False,
            space_before=10,
        ),
        flow(_facts(voting_round, context), styles.muted),
    ]
    results = rules.results(workspace, voting_round)
    if not results:
        story.append(flow(words("no_votes", lang), styles.body))
        return story
    names = {p.id: p.name for p in workspace.participants}
    joiner = words("joiner", lang)
    where = voting_round.scope != "block"  # a block's round: every card is in that block
    rows = []
    for result in results[:MAX_ROWS]:
        top = voting_round.highlight and result.rank <= voting_round.highlight
        ink = context.theme.brand if top else None
        voters = joiner.join(
            f"{shorten(names[pid], 30)} {count}" for pid, count in result.by_participant
            if pid in names
        )  # fmt: skip
        row = [cell(f"{'★ ' if top else ''}{result.rank}", styles.cell, ink),
               cell(shorten(result.card.text or "—", 200), styles.cell, ink)]  # fmt: skip
        if where:
            row.append(cell(_card_place(result.card, context), styles.cell_muted))
        row += [cell(str(result.dots), styles.cell, ink), cell(voters, styles.cell_muted)]
        rows.append(row)
    columns = ("col_rank", "col_card", "col_where", "col_dots", "col_voters")
    head = [words(k, lang) for k in columns if where or k != "col_where"]
    widths = (0.1, 0.36, 0.24, 0.08, 0.22) if where else (0.1, 0.5, 0.1, 0.3)
    story.append(data_table(context, head, rows, widths))
    return story


def voting_story(context: ReportContext) -> list[Flowable]:
    """The section, or nothing when no round touched the chosen canvases."""
    rounds = report_rounds(context)
    if not rounds:
        return []
    lang, styles = context.lang, context.styles
    title = words("title", lang)
    mark = context.bookmark("voting", title, 0)
    people = len(rules.participants_in_order(context.workspace))
    intro = words("intro", lang, rounds=words("rounds", lang, n=len(rounds)),
                  people=words("people", lang, n=people))  # fmt: skip
    story: list[Flowable] = [
        SectionTitle(title, styles.section, context.theme.brand, mark),
        flow(intro, styles.body),
    ]
    for voting_round in rounds:
        story.extend(_round(voting_round, context))
    return story
