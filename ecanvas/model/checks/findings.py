"""One finding of the strategy checks: which rule, how severe, where, and what it says."""

from __future__ import annotations

from dataclasses import dataclass

from ecanvas.model.checks.catalogue import Rule, Severity, rule

QUOTE_LENGTH = 40


@dataclass(frozen=True)
class Finding:
    """A gap the checker found. `block_key` and `card_id` are None when the finding is about a
    whole block or canvas; `block_id` is the block's id in this file (the UI goes there)."""

    rule: str
    severity: Severity
    canvas_id: int
    block_key: str | None
    card_id: int | None
    message_en: str
    message_zh: str
    block_id: int | None = None

    def message(self, lang: str) -> str:
        return self.message_zh if lang == "zh" else self.message_en

    @property
    def rule_info(self) -> Rule:
        return rule(self.rule)

    def as_json(self, lang: str) -> dict[str, object]:
        """The documented JSON object of `ecanvas check --json`."""
        return {
            "rule": self.rule,
            "severity": str(self.severity),
            "canvas_id": self.canvas_id,
            "block_key": self.block_key,
            "card_id": self.card_id,
            "message": self.message(lang),
        }


def finding(rule_id: str, canvas_id: int, block, card, english: str, chinese: str) -> Finding:
    """A finding of `rule_id` about a block (or None) or one of its cards (or None)."""
    return Finding(
        rule=rule_id,
        severity=rule(rule_id).severity,
        canvas_id=canvas_id,
        block_key=None if block is None else block.key,
        card_id=None if card is None else card.id,
        message_en=english,
        message_zh=chinese,
        block_id=None if block is None else block.id,
    )


def quoted(text: str) -> str:
    """A card's text on one line, shortened, in quotation marks (the same in both languages)."""
    line = " ".join(text.split())
    if len(line) > QUOTE_LENGTH:
        line = line[: QUOTE_LENGTH - 1].rstrip() + "…"
    return f"“{line}”"


def joined(names: list[str], lang: str, *, word_en: str = "or", word_zh: str = "或") -> str:
    """Quoted names joined as a reader expects: “A”, “B” or “C” / “A”、“B”或“C”."""
    quoted_names = [f"“{name}”" for name in names]
    if len(quoted_names) == 1:
        return quoted_names[0]
    if lang == "zh":
        return "、".join(quoted_names[:-1]) + word_zh + quoted_names[-1]
    return ", ".join(quoted_names[:-1]) + f" {word_en} " + quoted_names[-1]
