"""The checker as a whole: order, rules turned off, JSON form, incremental re-checks, and the
worked example's handful of findings."""

from __future__ import annotations

import random
from datetime import date, timedelta

from check_helpers import TODAY, Plan, rules_found
from hypothesis import given, settings
from hypothesis import strategies as st

from ecanvas.model.checks import (
    DISABLED_SETTING,
    Checker,
    Severity,
    check_workspace,
    disabled_rules,
)


def _two_canvases() -> Plan:
    plan = Plan()
    swot = plan.canvas("swot", "SWOT")
    plan.card(swot, "opportunities", "Cross-border trade")
    plan.card(swot, "strengths", "Loyal members")
    design = plan.canvas("business-model-design", "Design")
    plan.card(design, "revenue-model", "Retail", status="todo")
    return plan


def test_findings_follow_canvases_blocks_and_cards_in_reading_order() -> None:
    assert rules_found(_two_canvases().workspace) == [
        ("swot-unused", "strengths", "Loyal members"),
        ("empty-block", "weaknesses", ""),
        ("swot-unused", "opportunities", "Cross-border trade"),
        ("empty-block", "threats", ""),
        ("empty-block", "value-proposition", ""),
        ("action-no-owner", "revenue-model", "Retail"),
        ("action-no-due", "revenue-model", "Retail"),
        ("empty-block", "key-processes", ""),
        ("empty-block", "partner-network", ""),
    ]


def test_json_objects_carry_exactly_the_documented_keys() -> None:
    plan = _two_canvases()
    findings = check_workspace(plan.workspace, TODAY)
    first = findings[0].as_json("zh")
    assert list(first) == ["rule", "severity", "canvas_id", "block_key", "card_id", "message"]
    assert first["severity"] == "info" and isinstance(first["canvas_id"], int)
    assert first["message"] == "“Loyal members”（优势）没有在其他画布上被用到。"
    block_level = next(f for f in findings if f.rule == "empty-block").as_json("en")
    assert block_level["card_id"] is None and block_level["block_key"] == "weaknesses"


def test_rules_turned_off_in_the_workspace_are_left_out() -> None:
    plan = _two_canvases()
    plan.workspace.settings = {DISABLED_SETTING: ["empty-block", "swot-unused", "no-such-rule"]}
    assert disabled_rules(plan.workspace) == {"empty-block", "swot-unused"}
    assert [r for r, _, _ in rules_found(plan.workspace)] == ["action-no-owner", "action-no-due"]
    assert len(check_workspace(plan.workspace, TODAY, disabled=())) == 9


def test_a_damaged_setting_turns_nothing_off() -> None:
    plan = _two_canvases()
    plan.workspace.settings = {DISABLED_SETTING: "empty-block"}
    assert disabled_rules(plan.workspace) == frozenset()


def test_refresh_reports_only_the_canvases_whose_findings_changed() -> None:
    plan = _two_canvases()
    swot, design = plan.workspace.canvases
    checker = Checker(plan.workspace, TODAY)
    plan.card(design, "value-proposition", "Old-tree tea")
    assert checker.refresh([design.id]) == {design.id}
    # A tag shared from another canvas changes the SWOT canvas's findings too.
    plan.card(design, "key-processes", "Export paperwork", tags=["cross-border"])
    swot.cards[0].tags = ["Cross-Border"]
    assert checker.refresh([design.id, swot.id]) == {design.id, swot.id}
    assert checker.findings() == check_workspace(plan.workspace, TODAY, disabled=())
    assert checker.refresh([design.id]) == set()


def test_a_removed_canvas_takes_its_findings_with_it() -> None:
    plan = _two_canvases()
    swot, design = plan.workspace.canvases
    checker = Checker(plan.workspace, TODAY)
    plan.workspace.canvases.remove(design)
    assert checker.refresh([design.id]) == {design.id}
    assert checker.findings_for(design.id) == []
    assert {f.canvas_id for f in checker.findings()} == {swot.id}


def test_a_new_day_checks_everything_again() -> None:
    plan = Plan()
    canvas = plan.canvas("strategy-levels")
    plan.fill(canvas)
    macro, meso, micro = canvas.cards
    plan.link(meso, macro)
    plan.link(micro, meso)
    plan.card(canvas, "macro", "Renew the licence", status="todo", owner="Li", due=TODAY)
    days = iter([TODAY, TODAY + timedelta(days=1)])
    checker = Checker(plan.workspace)
    checker._fixed_today = next(days)
    checker.refresh()
    assert not [f for f in checker.findings() if f.severity == Severity.ERROR]
    checker._fixed_today = next(days)
    assert checker.refresh([]) == {canvas.id}
    assert [f.rule for f in checker.findings()] == ["action-overdue"]


# --------------------------------------------------------------------------- incremental = full
EDITS = st.lists(st.tuples(st.integers(0, 5), st.integers(0, 10_000)), min_size=1, max_size=25)


def _edit(plan: Plan, kind: int, seed: int) -> int:
    """One random edit; returns the id of the canvas it touched."""
    rng = random.Random(seed)
    canvas = rng.choice(plan.workspace.canvases)
    cards = canvas.cards
    if kind == 0 or not cards:
        block = rng.choice(canvas.blocks)
        plan.card(canvas, block.key, rng.choice(["Retail", "Loyal members", "2027 target"]),
                  tags=rng.sample(["a", "b", "古树"], rng.randint(0, 2)))  # fmt: skip
    elif kind == 1:
        cards.remove(rng.choice(cards))
        alive = {c.id for c in cards}
        canvas.links[:] = [lk for lk in canvas.links if {lk.source_id, lk.target_id} <= alive]
    elif kind == 2:
        plan.link(rng.choice(cards), rng.choice(cards))
    elif kind == 3:
        card = rng.choice(cards)
        card.status, card.owner = rng.choice(["", "todo", "done"]), rng.choice(["", "Li"])
        card.due = rng.choice([None, date(2027, 1, 1), date(2028, 1, 1)])
    elif kind == 4:
        rng.choice(cards).tags = rng.sample(["a", "b", "古树"], rng.randint(0, 2))
    else:
        block = rng.choice(canvas.blocks)
        block.score = rng.choice([None, 0, 3, 5]) if block.scored else None
    return canvas.id


@settings(max_examples=60, deadline=None)
@given(EDITS)
def test_incremental_refresh_equals_a_full_check(edits) -> None:
    plan = Plan()
    for key in ("swot", "strategic-paths", "ecommerce-dimensions", "core-goals"):
        plan.fill(plan.canvas(key))
    checker = Checker(plan.workspace, TODAY)
    for kind, seed in edits:
        checker.refresh([_edit(plan, kind, seed)])
        assert checker.findings() == Checker(plan.workspace, TODAY).findings()


# --------------------------------------------------------------------------- the example
def test_the_worked_example_shows_a_handful_of_meaningful_findings() -> None:
    from ecanvas.model.example import example_canvases

    plan = Plan()
    for example in example_canvases():
        canvas = plan.canvas(example.template_key, example.title)
        placed = {}
        for block_key, cards in example.cards.items():
            for number, card in enumerate(cards):
                fields = dict(note=card.note, tags=list(card.tags), owner=card.owner,
                              due=card.due, status=card.status)  # fmt: skip
                placed[(block_key, number)] = plan.card(canvas, block_key, card.text, **fields)
        for block_key, score in example.scores.items():
            canvas.block_by_key(block_key).score = score
        for source, target in example.links:
            plan.link(placed[source], placed[target])
    assert rules_found(plan.workspace, date(2026, 12, 1)) == [
        ("action-no-owner", "product-service", "Monthly tea subscription box"),
        ("dimension-not-serving-goals", "operations-support", ""),
        ("missing-link", "partner-network", "天猫 · 抖音 · 微信"),
        ("goal-not-measurable", "competitiveness", "Brand story: farmers & gardens"),
        ("swot-unused", "opportunities", "健康饮品趋势"),
    ]
