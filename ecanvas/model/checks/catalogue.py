"""The strategy-check rules ecanvas knows: a stable id, a severity, a name and a fix, in English
and Chinese. Ids never change (files store the ids of rules a user turned off; scripts read them
from `ecanvas check --json`); docs/checks.md explains each rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    """How much a finding matters: an error breaks the strategy's logic, a warning is a gap to
    close, an info is worth a look."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """0 for the most severe, so sorting by rank puts errors first."""
        return SEVERITY_ORDER.index(self)


SEVERITY_ORDER = (Severity.ERROR, Severity.WARNING, Severity.INFO)
SEVERITY_NAMES = {
    Severity.ERROR: ("error", "错误"),
    Severity.WARNING: ("warning", "警告"),
    Severity.INFO: ("info", "提示"),
}


def severity_name(severity: Severity, lang: str) -> str:
    """The severity's name for readers outside the app (command line, report)."""
    english, chinese = SEVERITY_NAMES[severity]
    return chinese if lang == "zh" else english


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    title_en: str
    title_zh: str
    fix_en: str
    fix_zh: str

    def title(self, lang: str) -> str:
        return self.title_zh if lang == "zh" else self.title_en

    def fix(self, lang: str) -> str:
        return self.fix_zh if lang == "zh" else self.fix_en


RULES: tuple[Rule, ...] = (
    Rule(
        "empty-block", Severity.WARNING, "Empty block", "空白区块",
        "Answer the block's guiding questions with at least one card, or remove the block if "
        "it does not apply.",
        "参照区块的引导问题至少写一张卡片；如果该区块不适用，可以删除它。",
    ),
    Rule(
        "missing-link", Severity.WARNING, "Missing link", "缺少连线",
        "Drag from the handle on the card's right edge to the card it serves in the expected "
        "block.",
        "从卡片右侧的连线手柄拖到它所服务的、预期区块中的卡片上。",
    ),
    Rule(
        "action-no-owner", Severity.WARNING, "Action without an owner", "行动项无负责人",
        "Name the one person who answers for the action in the inspector's Owner field.",
        "在检查器的“负责人”一栏写明对此行动负责的人。",
    ),
    Rule(
        "action-no-due", Severity.WARNING, "Action without a due date", "行动项无截止日期",
        "Set a due date in the inspector so the action can be tracked.",
        "在检查器中设定截止日期，便于跟踪进度。",
    ),
    Rule(
        "action-overdue", Severity.ERROR, "Overdue action", "行动项已逾期",
        "Finish the action and mark it done, or agree on a new due date.",
        "完成该行动并标记为“已完成”，或重新商定截止日期。",
    ),
    Rule(
        "path-unsupported", Severity.ERROR, "Chosen path not supported", "所选路径缺乏支撑",
        "Give one path the top score and back it with cards: the resources, moves and "
        "evidence that make it work.",
        "只给一条路径打最高分，并用卡片写明支撑它的资源、举措和依据。",
    ),
    Rule(
        "unscored-block", Severity.WARNING, "Block not scored", "区块未评分",
        "Click the dots in the block's header to score it from 0 to 5.",
        "点击区块标题栏中的圆点，为它打 0–5 分。",
    ),
    Rule(
        "goal-not-measurable", Severity.WARNING, "Goal not measurable", "目标不可衡量",
        "Add the number, percentage, amount or date that will show the goal was reached.",
        "补充能证明目标达成的数字、百分比、金额或日期。",
    ),
    Rule(
        "dimension-not-serving-goals", Severity.WARNING, "Dimension not serving the goals",
        "维度未服务于战略目标",
        "Link the dimension's most important card to the strategic goal it serves.",
        "把该维度最重要的卡片连到它所服务的战略目标上。",
    ),
    Rule(
        "swot-unused", Severity.INFO, "Strength or opportunity not used", "优势或机会未被利用",
        "Give the card a tag and put the same tag on the cards of other canvases that build "
        "on it.",
        "给这张卡片加一个标签，并在其他画布上基于它的卡片加上同一个标签。",
    ),
)  # fmt: skip
RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
RULE_IDS: tuple[str, ...] = tuple(RULES_BY_ID)


def rule(rule_id: str) -> Rule:
    """One rule by id; KeyError for an unknown id."""
    return RULES_BY_ID[rule_id]
