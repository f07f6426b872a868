"""Each strategy-check rule: a workspace that triggers it, and one that does not."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from check_helpers import TODAY, Plan, cards_of, of_rule

from ecanvas.model.checks import RULE_IDS, RULES, Severity, check_workspace, is_measurable


def test_every_rule_has_a_stable_id_severity_and_both_languages() -> None:
    assert RULE_IDS == (
        "empty-block", "missing-link", "action-no-owner", "action-no-due", "action-overdue",
        "path-unsupported", "unscored-block", "goal-not-measurable",
        "dimension-not-serving-goals", "swot-unused",
    )  # fmt: skip
    for rule in RULES:
        assert rule.severity in Severity
        assert rule.title_en and rule.title_zh and rule.fix_en and rule.fix_zh
    assert {r.id: r.severity for r in RULES}["swot-unused"] == Severity.INFO


# --------------------------------------------------------------------------- empty-block
def test_empty_block_names_each_block_without_cards() -> None:
    plan = Plan()
    canvas = plan.canvas("swot")
    plan.card(canvas, "strengths", "Loyal members")
    found = of_rule(plan.workspace, "empty-block")
    assert [block for _, block, _ in found] == ["weaknesses", "opportunities", "threats"]
    messages = [f for f in check_workspace(plan.workspace, TODAY) if f.rule == "empty-block"]
    assert messages[0].message("en") == "“Weaknesses” has no cards yet."
    assert messages[0].message("zh") == "“劣势”还没有卡片。"
    assert messages[0].card_id is None and messages[0].severity == Severity.WARNING


def test_no_empty_block_when_every_block_has_a_card() -> None:
    plan = Plan()
    plan.fill(plan.canvas("swot"))
    assert of_rule(plan.workspace, "empty-block") == []


# --------------------------------------------------------------------------- missing-link
def _design() -> tuple[Plan, object]:
    plan = Plan()
    canvas = plan.canvas("business-model-design")
    plan.fill(canvas)
    return plan, canvas


def test_missing_link_when_a_card_links_to_none_of_the_expected_blocks() -> None:
    plan, canvas = _design()
    price = plan.card(canvas, "revenue-model", "Subscription 99 a month")
    found = of_rule(plan.workspace, "missing-link")
    assert ("missing-link", "revenue-model", "Subscription 99 a month") in found
    finding = next(f for f in check_workspace(plan.workspace, TODAY) if f.card_id == price.id)
    assert finding.message("en") == (
        "“Subscription 99 a month” in “Revenue model” links to no card in “Value proposition”."
    )
    assert (
        finding.message("zh")
        == "“盈利模式”中的“Subscription 99 a month”没有连到“价值主张”中的任何卡片。"
    )


def test_no_missing_link_once_the_card_links_to_an_expected_block() -> None:
    plan, canvas = _design()
    [offer] = cards_of(canvas, "value-proposition")
    for card in cards_of(canvas, "revenue-model") + cards_of(canvas, "key-processes"):
        plan.link(card, offer)
    [process] = cards_of(canvas, "key-processes")
    for card in cards_of(canvas, "partner-network"):
        plan.link(card, process)
    assert of_rule(plan.workspace, "missing-link") == []


def test_a_link_in_the_other_direction_or_to_another_block_does_not_count() -> None:
    plan, canvas = _design()
    [offer] = cards_of(canvas, "value-proposition")
    price = plan.card(canvas, "revenue-model", "Retail price")
    [partner] = cards_of(canvas, "partner-network")
    plan.link(offer, price)
    plan.link(price, partner)
    found = of_rule(plan.workspace, "missing-link")
    assert ("missing-link", "revenue-model", "Retail price") in found


def test_dimension_cards_are_not_asked_for_a_link_each_even_in_older_files() -> None:
    plan = Plan()
    canvas = plan.canvas("ecommerce-dimensions")
    canvas.block_by_key("market-customer").links_to = ["strategic-goals"]  # the old template
    plan.fill(canvas)
    assert of_rule(plan.workspace, "missing-link") == []


# --------------------------------------------------------------------------- actions
def _actions(**fields) -> Plan:
    plan = Plan()
    canvas = plan.canvas("swot")
    plan.fill(canvas)
    plan.card(canvas, "weaknesses", "Hire a data analyst", **fields)
    return plan


def test_action_without_owner() -> None:
    plan = _actions(status="todo", due=TODAY)
    assert of_rule(plan.workspace, "action-no-owner") == [
        ("action-no-owner", "weaknesses", "Hire a data analyst")
    ]


@pytest.mark.parametrize("fields", [
    {"status": "doing", "owner": "Li Na", "due": TODAY},
    {"status": "done", "due": TODAY},  # done: nobody needs to answer for it any more
    {"status": "", "due": TODAY},  # no status: not an action item
], ids=["owned", "done", "no-status"])  # fmt: skip
def test_no_missing_owner(fields) -> None:
    assert of_rule(_actions(**fields).workspace, "action-no-owner") == []


def test_action_without_due_date() -> None:
    plan = _actions(status="blocked", owner="Wang Qiang")
    assert of_rule(plan.workspace, "action-no-due") == [
        ("action-no-due", "weaknesses", "Hire a data analyst")
    ]


@pytest.mark.parametrize("fields", [
    {"status": "todo", "owner": "Li Na", "due": TODAY},
    {"status": "done", "owner": "Li Na"},
    {"owner": "Li Na"},
], ids=["dated", "done", "no-status"])  # fmt: skip
def test_no_missing_due_date(fields) -> None:
    assert of_rule(_actions(**fields).workspace, "action-no-due") == []


def test_overdue_action_is_an_error_counting_the_days() -> None:
    plan = _actions(status="doing", owner="Li Na", due=TODAY - timedelta(days=3))
    [finding] = [f for f in check_workspace(plan.workspace, TODAY) if f.rule == "action-overdue"]
    assert finding.severity == Severity.ERROR
    assert finding.message("en") == (
        "Action “Hire a data analyst” was due on 2027-03-12 and is not done (3 days overdue)."
    )
    assert (
        finding.message("zh")
        == "行动“Hire a data analyst”已于 2027-03-12 到期，尚未完成（逾期 3 天）。"
    )


def test_one_day_overdue_is_singular() -> None:
    plan = _actions(status="todo", owner="Li Na", due=TODAY - timedelta(days=1))
    [finding] = [f for f in check_workspace(plan.workspace, TODAY) if f.rule == "action-overdue"]
    assert finding.message("en").endswith("(1 day overdue).")


@pytest.mark.parametrize("fields", [
    {"status": "todo", "owner": "Li Na", "due": TODAY},  # due today is not late yet
    {"status": "done", "owner": "Li Na", "due": date(2026, 1, 1)},
    {"owner": "Li Na", "due": date(2026, 1, 1)},
], ids=["due-today", "done", "no-status"])  # fmt: skip
def test_not_overdue(fields) -> None:
    assert of_rule(_actions(**fields).workspace, "action-overdue") == []


# --------------------------------------------------------------------------- paths and scores
def _paths(scores: dict[str, int | None], cards: tuple[str, ...] = ()) -> Plan:
    plan = Plan()
    canvas = plan.canvas("strategic-paths")
    for block in canvas.blocks:
        block.score = scores.get(block.key)
    for block_key in cards:
        plan.card(canvas, block_key, f"Evidence for {block_key}")
    return plan


def test_top_path_without_cards_is_unsupported() -> None:
    plan = _paths({"cost-leadership": 1, "differentiation": 5, "focus": 3, "platform": 0},
                  cards=("cost-leadership", "focus"))  # fmt: skip
    [finding] = [f for f in check_workspace(plan.workspace, TODAY) if f.rule == "path-unsupported"]
    assert (finding.block_key, finding.severity) == ("differentiation", Severity.ERROR)
    assert finding.message("en") == (
        "The highest-scored path “Differentiation” (5/5) has no cards to back it."
    )
    assert finding.message("zh") == "得分最高的路径“差异化”（5/5）没有任何卡片支撑。"


def test_a_shared_top_score_is_no_choice() -> None:
    plan = _paths({"cost-leadership": 4, "differentiation": 4, "focus": 2, "platform": 1},
                  cards=("cost-leadership", "differentiation", "focus", "platform"))  # fmt: skip
    [finding] = [f for f in check_workspace(plan.workspace, TODAY) if f.rule == "path-unsupported"]
    assert finding.block_key == "cost-leadership"
    assert finding.message("en") == (
        "“Cost leadership” and “Differentiation” share the top score (4/5): "
        "decide which path to take."
    )
    assert finding.message("zh") == "“成本领先”与“差异化”并列最高分（4/5）：请确定主攻哪一条路径。"


@pytest.mark.parametrize("scores", [
    {"cost-leadership": 1, "differentiation": 5, "focus": 3, "platform": 0},
    {},  # nothing scored yet: unscored-block speaks instead
    {"cost-leadership": 0, "differentiation": 0, "focus": 0, "platform": 0},
], ids=["backed", "unscored", "all-zero"])  # fmt: skip
def test_path_supported(scores) -> None:
    plan = _paths(scores, cards=("differentiation",))
    assert of_rule(plan.workspace, "path-unsupported") == []


def test_path_rule_only_reads_strategic_paths_canvases() -> None:
    plan = Plan()
    canvas = plan.canvas("business-model-design")
    for block in canvas.blocks:
        block.scored, block.score = True, 3
    assert of_rule(plan.workspace, "path-unsupported") == []


def test_unscored_block() -> None:
    plan = _paths({"cost-leadership": 1, "differentiation": 5}, cards=("differentiation",))
    assert [b for _, b, _ in of_rule(plan.workspace, "unscored-block")] == ["focus", "platform"]


def test_no_unscored_block_when_all_are_scored_or_none_is_scored() -> None:
    plan = _paths({"cost-leadership": 0, "differentiation": 5, "focus": 3, "platform": 2})
    assert of_rule(plan.workspace, "unscored-block") == []
    plan = Plan()
    plan.canvas("swot")  # no scored blocks at all
    assert of_rule(plan.workspace, "unscored-block") == []


# --------------------------------------------------------------------------- goals
@pytest.mark.parametrize("text", [
    "2027 GMV ¥18M", "复购率 ≥ 45%", "五万私域会员", "营收翻一番", "年底前进入东南亚",
    "Double the repeat rate", "Launch in Singapore by March", "成为品类第一", "Ｑ４ launch",
    "毛利提升三成", "half of orders from members",
])  # fmt: skip
def test_measurable_goals(text: str) -> None:
    assert is_measurable(text)


@pytest.mark.parametrize("text", [
    "Brand story: farmers & gardens", "打造一流品牌", "统一会员体系",
    "Be the one brand people trust", "May we grow", "更好的客户体验",
])  # fmt: skip
def test_goals_without_a_yardstick(text: str) -> None:
    assert not is_measurable(text)


def test_goal_not_measurable_on_both_goal_canvases() -> None:
    plan = Plan()
    dimensions = plan.canvas("ecommerce-dimensions")
    core = plan.canvas("core-goals")
    plan.card(dimensions, "strategic-goals", "Be the brand people trust")
    plan.card(dimensions, "market-customer", "Young tea lovers")  # not a goals block
    plan.card(core, "competitiveness", "Brand story")
    plan.card(core, "new-markets", "Singapore", note="3,000 customers abroad")
    plan.card(core, "operational-efficiency", "Automate order checks", due=TODAY)
    assert of_rule(plan.workspace, "goal-not-measurable") == [
        ("goal-not-measurable", "strategic-goals", "Be the brand people trust"),
        ("goal-not-measurable", "competitiveness", "Brand story"),
    ]


def test_no_unmeasurable_goal_when_every_goal_has_a_yardstick() -> None:
    plan = Plan()
    core = plan.canvas("core-goals")
    plan.fill(core, "Reach 3,000 customers")
    assert of_rule(plan.workspace, "goal-not-measurable") == []


# --------------------------------------------------------------------------- dimensions
def _dimensions() -> tuple[Plan, object]:
    plan = Plan()
    canvas = plan.canvas("ecommerce-dimensions")
    plan.fill(canvas)
    return plan, canvas


def _first(canvas, block_key: str):
    return cards_of(canvas, block_key)[0]


def test_a_dimension_none_of_whose_cards_links_to_the_goals() -> None:
    plan, canvas = _dimensions()
    goal = _first(canvas, "strategic-goals")
    for key in ("market-customer", "product-service", "channel-platform"):
        plan.link(_first(canvas, key), goal)
    found = [f for f in check_workspace(plan.workspace, TODAY)
             if f.rule == "dimension-not-serving-goals"]  # fmt: skip
    assert [(f.block_key, f.card_id) for f in found] == [("operations-support", None)]
    assert found[0].message("en") == "No card in “Operations & support” links to “Strategic goals”."
    assert found[0].message("zh") == "“运营与支撑”中没有卡片连到“战略目标”。"


def test_every_dimension_serving_the_goals() -> None:
    plan, canvas = _dimensions()
    goal = _first(canvas, "strategic-goals")
    for key in ("market-customer", "product-service", "channel-platform", "operations-support"):
        plan.card(canvas, key, "Another card, unlinked")  # one linked card per dimension is enough
        plan.link(_first(canvas, key), goal)
    assert of_rule(plan.workspace, "dimension-not-serving-goals") == []


def test_no_dimension_finding_before_there_are_goals_or_cards() -> None:
    plan = Plan()
    canvas = plan.canvas("ecommerce-dimensions")
    plan.card(canvas, "market-customer", "Young tea lovers")  # no goals written yet
    assert of_rule(plan.workspace, "dimension-not-serving-goals") == []


# --------------------------------------------------------------------------- SWOT
def _swot() -> tuple[Plan, object, object]:
    plan = Plan()
    swot = plan.canvas("swot")
    plan.card(swot, "strengths", "Exclusive old-tree gardens", tags=["古树"])
    plan.card(swot, "opportunities", "Health drinks trend")
    plan.card(swot, "weaknesses", "Small team")  # weaknesses and threats are not asked
    paths = plan.canvas("strategic-paths")
    return plan, swot, paths


def test_strengths_and_opportunities_nobody_takes_up_are_info() -> None:
    plan, swot, _ = _swot()
    plan.card(swot, "threats", "Fakes", tags=["古树"])  # the same canvas does not count
    found = [f for f in check_workspace(plan.workspace, TODAY) if f.rule == "swot-unused"]
    assert [(f.block_key, f.severity) for f in found] == [
        ("strengths", Severity.INFO), ("opportunities", Severity.INFO)
    ]  # fmt: skip
    assert found[1].message("en") == (
        "“Health drinks trend” (Opportunities) is not taken up on any other canvas."
    )
    assert found[1].message("zh") == "“Health drinks trend”（机会）没有在其他画布上被用到。"


def test_a_shared_tag_or_a_copy_on_another_canvas_takes_them_up() -> None:
    plan, _, paths = _swot()
    plan.card(paths, "differentiation", "Traceable single origin", tags=[" 古树 "])
    plan.card(paths, "focus", "health  drinks TREND")  # a copy, however it is spaced or cased
    assert of_rule(plan.workspace, "swot-unused") == []
