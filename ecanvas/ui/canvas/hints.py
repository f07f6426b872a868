"""Which cards lack an expected link: the strategy checker's missing-link rule, as the card badge
shows it, and nothing while the rule is turned off for the workspace."""

from __future__ import annotations

from ecanvas.model import Block, Canvas, Workspace
from ecanvas.model.checks import disabled_rules
from ecanvas.model.checks import missing_link_targets as missing_link_rule


def missing_link_targets(
    canvas: Canvas, workspace: Workspace | None = None
) -> dict[int, list[Block]]:
    """Card id → the blocks its block expects it to link to, for every card missing a link."""
    if workspace is not None and "missing-link" in disabled_rules(workspace):
        return {}
    return missing_link_rule(canvas)
