"""The strategy checker: runs every rule over a workspace and keeps the findings per canvas, so
that after an edit only the canvas that changed is checked again.

`check_workspace` is the one-shot form (command line, report); the app keeps a `Checker` and
calls `refresh` with the canvases a change event names.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date

from ecanvas.model.checks.canvas_index import CanvasIndex
from ecanvas.model.checks.catalogue import RULE_IDS
from ecanvas.model.checks.findings import Finding
from ecanvas.model.checks.framework import SWOT_TEMPLATE
from ecanvas.model.checks.rules import CANVAS_RULES
from ecanvas.model.checks.swot import canvas_references, swot_unused
from ecanvas.model.entities import Canvas, Workspace

DISABLED_SETTING = "checks.disabled"
RULE_RANK = {rule_id: rank for rank, rule_id in enumerate(RULE_IDS)}


def disabled_rules(workspace: Workspace) -> frozenset[str]:
    """The rule ids turned off for this workspace (its "checks.disabled" setting); anything
    else stored there is ignored rather than trusted."""
    value = workspace.settings.get(DISABLED_SETTING)
    if not isinstance(value, list):
        return frozenset()
    return frozenset(item for item in value if item in RULE_RANK)


class _CanvasResult:
    """One canvas's findings and what is needed to re-run the cross-canvas rule on it."""

    def __init__(self, canvas: Canvas, today: date) -> None:
        self.index = CanvasIndex(canvas)
        self.local = [f for _, rule in CANVAS_RULES for f in rule(self.index, today)]
        self.references = canvas_references(canvas)
        self.is_swot = canvas.template_key == SWOT_TEMPLATE
        self.swot: list[Finding] = []
        self.findings: list[Finding] = []

    def merge(self) -> None:
        """Local and cross-canvas findings in reading order: block by block, the block's own
        findings before its cards', cards in their order, rules in catalogue order."""
        rank: dict[object, tuple[int, int]] = {}
        for block_rank, block in enumerate(self.index.canvas.blocks):
            rank[("block", block.id)] = (block_rank, 0)
            for card_rank, card in enumerate(self.index.cards_in(block), start=1):
                rank[("card", card.id)] = (block_rank, card_rank)

        def key(item: Finding) -> tuple[int, int, int]:
            where = ("card", item.card_id) if item.card_id is not None else ("block", item.block_id)
            return (*rank.get(where, (-1, 0)), RULE_RANK[item.rule])

        self.findings = sorted(self.local + self.swot, key=key)


class Checker:
    """Findings of a workspace, kept up to date canvas by canvas."""

    def __init__(self, workspace: Workspace, today: date | None = None) -> None:
        self.workspace = workspace
        self._fixed_today = today
        self._checked_on: date | None = None
        self._results: dict[int, _CanvasResult] = {}
        self._reference_counts: Counter = Counter()
        self.refresh()

    @property
    def today(self) -> date:
        return self._fixed_today or date.today()

    @property
    def out_of_date(self) -> bool:
        """True once the day has changed since the last check (overdue actions to look at)."""
        return self.today != self._checked_on

    def refresh(self, canvas_ids: Iterable[int] | None = None) -> set[int]:
        """Check these canvases again (None or a new day: all of them); returns the ids of the
        canvases whose findings changed, removed canvases included."""
        today = self.today
        if canvas_ids is None or today != self._checked_on:
            self._checked_on = today
            canvas_ids = set(self._results) | {c.id for c in self.workspace.canvases}
        before = {cid: r.findings for cid, r in self._results.items()}
        references_changed = False
        for canvas_id in set(canvas_ids):
            references_changed |= self._check_canvas(canvas_id, today)
        swot_ids = {cid for cid, r in self._results.items() if r.is_swot}
        again = swot_ids if references_changed else swot_ids & set(canvas_ids)
        for canvas_id in again | set(canvas_ids):
            result = self._results.get(canvas_id)
            if result is not None:
                result.swot = swot_unused(result.index, result.references, self._reference_counts)
                result.merge()
        after = {cid: r.findings for cid, r in self._results.items()}
        return {cid for cid in before.keys() | after.keys() if before.get(cid) != after.get(cid)}

    def _check_canvas(self, canvas_id: int, today: date) -> bool:
        """Re-run the local rules of one canvas; True when its cross-canvas references changed."""
        old = self._results.pop(canvas_id, None)
        old_references = old.references if old is not None else frozenset()
        try:
            canvas = self.workspace.canvas(canvas_id)
        except KeyError:
            new_references = frozenset()
        else:
            result = _CanvasResult(canvas, today)
            self._results[canvas_id] = result
            new_references = result.references
        if new_references == old_references:
            return False
        self._reference_counts.subtract(old_references)
        self._reference_counts.update(new_references)
        return True

    def findings(self, disabled: Iterable[str] = ()) -> list[Finding]:
        """Every finding of the rules not `disabled`, canvas by canvas in the workspace's order."""
        off = set(disabled)
        return [
            item
            for canvas in self.workspace.canvases
            for item in self.findings_for(canvas.id)
            if item.rule not in off
        ]

    def findings_for(self, canvas_id: int, disabled: Iterable[str] = ()) -> list[Finding]:
        result = self._results.get(canvas_id)
        if result is None:
            return []
        off = set(disabled)
        return [item for item in result.findings if item.rule not in off]


def check_workspace(
    workspace: Workspace, today: date | None = None, disabled: Iterable[str] | None = None
) -> list[Finding]:
    """All findings of a workspace, leaving out the rules turned off in it (or `disabled`)."""
    off = disabled_rules(workspace) if disabled is None else disabled
    return Checker(workspace, today).findings(off)
