"""Strategy checks: rules that read a workspace and point at its gaps (see docs/checks.md)."""

from ecanvas.model.checks.catalogue import (
    RULE_IDS,
    RULES,
    SEVERITY_ORDER,
    Rule,
    Severity,
    rule,
    severity_name,
)
from ecanvas.model.checks.checker import (
    DISABLED_SETTING,
    Checker,
    check_workspace,
    disabled_rules,
)
from ecanvas.model.checks.findings import Finding
from ecanvas.model.checks.measurable import is_measurable
from ecanvas.model.checks.rules import missing_link_targets

__all__ = [
    "DISABLED_SETTING",
    "RULES",
    "RULE_IDS",
    "SEVERITY_ORDER",
    "Checker",
    "Finding",
    "Rule",
    "Severity",
    "check_workspace",
    "disabled_rules",
    "is_measurable",
    "missing_link_targets",
    "rule",
    "severity_name",
]
