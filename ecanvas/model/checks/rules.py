"""The rules that look at one canvas at a time. Each takes the canvas's index and today's date
and returns its findings; the messages are written here, in both languages."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

from ecanvas.model.checks import framework
from ecanvas.model.checks.canvas_index import CanvasIndex
from ecanvas.model.checks.findings import Finding, finding, joined, quoted
from ecanvas.model.checks.measurable import is_measurable
from ecanvas.model.entities import Block, Canvas, Card

CanvasRule = Callable[[CanvasIndex, date], list[Finding]]
OPEN_STATUSES = ("todo", "doing", "blocked")


# --------------------------------------------------------------------------- blocks
def empty_block(index: CanvasIndex, today: date) -> list[Finding]:
    found = []
    for block in index.canvas.blocks:
        if not index.cards_in(block):
            english = f"“{block.title_en}” has no cards yet."
            chinese = f"“{block.title_zh}”还没有卡片。"
            found.append(finding("empty-block", index.canvas.id, block, None, english, chinese))
    return found


def unscored_block(index: CanvasIndex, today: date) -> list[Finding]:
    found = []
    for block in index.canvas.blocks:
        if block.scored and block.score is None:
            english = f"“{block.title_en}” has no score yet."
            chinese = f"“{block.title_zh}”还没有评分。"
            found.append(finding("unscored-block", index.canvas.id, block, None, english, chinese))
    return found


# --------------------------------------------------------------------------- links
def expected_targets(index: CanvasIndex, block: Block) -> list[Block]:
    """The blocks each card of `block` should link to. On the four-dimensions canvas the link
    to the goals is asked of the dimension as a whole (dimension-not-serving-goals), also in
    files made when its template still asked it of every card."""
    keys = block.links_to
    if framework.is_dimension(index.canvas.template_key, block.key):
        keys = [key for key in keys if key != framework.GOALS_BLOCK]
    return [index.blocks_by_key[key] for key in keys if key in index.blocks_by_key]


def _unlinked_cards(index: CanvasIndex) -> Iterator[tuple[Block, Card, list[Block]]]:
    """Cards linked to none of their expected blocks, once one of those holds a card to link
    to (before that, the empty block is what to fix, and empty-block says so)."""
    for block in index.canvas.blocks:
        targets = expected_targets(index, block) if block.links_to else []
        if not any(index.cards_in(target) for target in targets):
            continue
        keys = {target.key for target in targets}
        for card in index.cards_in(block):
            if not index.linked_keys.get(card.id, set()) & keys:
                yield block, card, targets


def missing_link_targets(canvas: Canvas) -> dict[int, list[Block]]:
    """Card id → the blocks it should link to, for every card linked to none of them: the
    missing-link rule as the card badge shows it."""
    return {card.id: targets for _, card, targets in _unlinked_cards(CanvasIndex(canvas))}


def missing_link(index: CanvasIndex, today: date) -> list[Finding]:
    found = []
    for block, card, targets in _unlinked_cards(index):
        names_en = joined([target.title_en for target in targets], "en")
        names_zh = joined([target.title_zh for target in targets], "zh")
        english = f"{quoted(card.text)} in “{block.title_en}” links to no card in {names_en}."
        chinese = f"“{block.title_zh}”中的{quoted(card.text)}没有连到{names_zh}中的任何卡片。"
        found.append(finding("missing-link", index.canvas.id, block, card, english, chinese))
    return found


def dimension_not_serving_goals(index: CanvasIndex, today: date) -> list[Finding]:
    """A dimension with cards, none of them linked to a goal. An empty dimension is
    empty-block's to report, and so are goals not written yet (nothing to link to)."""
    canvas = index.canvas
    goals = index.blocks_by_key.get(framework.GOALS_BLOCK)
    if canvas.template_key != framework.DIMENSIONS_TEMPLATE or goals is None:
        return []
    if not index.cards_in(goals):
        return []
    found = []
    for key in framework.DIMENSION_BLOCKS:
        block = index.blocks_by_key.get(key)
        cards = index.cards_in(block) if block is not None else []
        if cards and not any(goals.key in index.linked_keys.get(c.id, ()) for c in cards):
            english = f"No card in “{block.title_en}” links to “{goals.title_en}”."
            chinese = f"“{block.title_zh}”中没有卡片连到“{goals.title_zh}”。"
            rule_id = "dimension-not-serving-goals"
            found.append(finding(rule_id, canvas.id, block, None, english, chinese))
    return found


# --------------------------------------------------------------------------- actions
def _open_actions(index: CanvasIndex) -> Iterator[tuple[Block, Card]]:
    """Action items still to do: cards with a status other than done."""
    for block in index.canvas.blocks:
        for card in index.cards_in(block):
            if card.status in OPEN_STATUSES:
                yield block, card


def action_no_owner(index: CanvasIndex, today: date) -> list[Finding]:
    found = []
    for block, card in _open_actions(index):
        if not card.owner.strip():
            english = f"Action {quoted(card.text)} has no owner."
            chinese = f"行动{quoted(card.text)}没有负责人。"
            found.append(finding("action-no-owner", index.canvas.id, block, card, english, chinese))
    return found


def action_no_due(index: CanvasIndex, today: date) -> list[Finding]:
    found = []
    for block, card in _open_actions(index):
        if card.due is None:
            english = f"Action {quoted(card.text)} has no due date."
            chinese = f"行动{quoted(card.text)}没有截止日期。"
            found.append(finding("action-no-due", index.canvas.id, block, card, english, chinese))
    return found


def action_overdue(index: CanvasIndex, today: date) -> list[Finding]:
    found = []
    for block, card in _open_actions(index):
        if card.due is None or card.due >= today:
            continue
        days, due = (today - card.due).days, card.due.isoformat()
        late = "1 day" if days == 1 else f"{days} days"
        english = f"Action {quoted(card.text)} was due on {due} and is not done ({late} overdue)."
        chinese = f"行动{quoted(card.text)}已于 {due} 到期，尚未完成（逾期 {days} 天）。"
        found.append(finding("action-overdue", index.canvas.id, block, card, english, chinese))
    return found


# --------------------------------------------------------------------------- goals and paths
def goal_not_measurable(index: CanvasIndex, today: date) -> list[Finding]:
    """A goal card with no yardstick in its text or note, and no due date."""
    canvas = index.canvas
    found = []
    for block in canvas.blocks:
        if not framework.is_goal_block(canvas.template_key, block.key):
            continue
        for card in index.cards_in(block):
            if card.due is None and not is_measurable(f"{card.text}\n{card.note}"):
                english = (
                    f"Goal {quoted(card.text)} has no number, percentage, amount or date to "
                    "measure it by."
                )
                chinese = f"目标{quoted(card.text)}没有可衡量的数字、百分比、金额或日期。"
                rule_id = "goal-not-measurable"
                found.append(finding(rule_id, canvas.id, block, card, english, chinese))
    return found


def path_unsupported(index: CanvasIndex, today: date) -> list[Finding]:
    """The chosen path (the one top score) must have cards; a shared top score is no choice.
    Nothing scored above 0 yet is unscored-block's to report."""
    canvas = index.canvas
    if canvas.template_key != framework.PATHS_TEMPLATE:
        return []
    scored = [b for b in canvas.blocks if b.scored and b.score is not None]
    best = max((b.score for b in scored), default=0)
    if best <= 0:
        return []
    top = [b for b in scored if b.score == best]
    if len(top) > 1:
        names_en = joined([b.title_en for b in top], "en", word_en="and")
        names_zh = joined([b.title_zh for b in top], "zh", word_zh="与")
        english = f"{names_en} share the top score ({best}/5): decide which path to take."
        chinese = f"{names_zh}并列最高分（{best}/5）：请确定主攻哪一条路径。"
        return [finding("path-unsupported", canvas.id, top[0], None, english, chinese)]
    chosen = top[0]
    if index.cards_in(chosen):
        return []
    english = f"The highest-scored path “{chosen.title_en}” ({best}/5) has no cards to back it."
    chinese = f"得分最高的路径“{chosen.title_zh}”（{best}/5）没有任何卡片支撑。"
    return [finding("path-unsupported", canvas.id, chosen, None, english, chinese)]


# In catalogue order; swot-unused looks across canvases and lives in swot.py.
CANVAS_RULES: tuple[tuple[str, CanvasRule], ...] = (
    ("empty-block", empty_block),
    ("missing-link", missing_link),
    ("action-no-owner", action_no_owner),
    ("action-no-due", action_no_due),
    ("action-overdue", action_overdue),
    ("path-unsupported", path_unsupported),
    ("unscored-block", unscored_block),
    ("goal-not-measurable", goal_not_measurable),
    ("dimension-not-serving-goals", dimension_not_serving_goals),
)
