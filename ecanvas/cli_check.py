"""``ecanvas check WORKSPACE``: the strategy checks on the command line.

Text for people (grouped by canvas, in English or Chinese), JSON for scripts (a list of objects
with rule, severity, canvas_id, block_key, card_id and message). Rules turned off in the
workspace stay off. Exit status: 0 when checked; with --strict, 1 when any finding is an error.
"""

from __future__ import annotations

import argparse
from pathlib import Path

EXIT_OK, EXIT_ERROR_FINDINGS = 0, 1


def add_check_parser(commands, language_type, location_type, open_for_reading) -> None:
    """The `check` command; a workspace is a file or a server URL, opened read-only."""
    check = commands.add_parser(
        "check",
        help="point at the gaps in a workspace's strategy (read-only)",
        description="Run the strategy checks (see docs/checks.md) and print what they find. "
        "Exit status 0 when the workspace was checked; with --strict, 1 when a finding is an "
        "error; 1 also when the workspace cannot be read, 2 for a bad option.",
    )
    check.add_argument(
        "path", type=location_type, metavar="WORKSPACE", help="an .ecanvas file or a server URL"
    )
    check.add_argument("--json", action="store_true", help="print a JSON list of findings")
    check.add_argument(
        "--lang", type=language_type, help="en or zh for the messages (default: the workspace's)"
    )
    check.add_argument(
        "--strict", action="store_true", help="exit with status 1 when any finding is an error"
    )
    check.set_defaults(run=lambda args: run_check(args, open_for_reading))


def run_check(args: argparse.Namespace, open_for_reading) -> int:
    from ecanvas.model.checks import Severity, check_workspace, disabled_rules
    from ecanvas.model.entities import LANGUAGES

    with open_for_reading(args.path) as store:
        workspace = store.workspace
    name = args.path.name if isinstance(args.path, Path) else store.location
    lang = args.lang or (workspace.language if workspace.language in LANGUAGES else "en")
    findings = check_workspace(workspace)
    if args.json:
        import json

        print(json.dumps([f.as_json(lang) for f in findings], ensure_ascii=False, indent=2))
    else:
        print(report_text(name, workspace, findings, len(disabled_rules(workspace)), lang))
    has_errors = any(f.severity == Severity.ERROR for f in findings)
    return EXIT_ERROR_FINDINGS if args.strict and has_errors else EXIT_OK


def report_text(name: str, workspace, findings, turned_off: int, lang: str) -> str:
    """A summary line, then the findings canvas by canvas, most severe first."""
    from ecanvas.model.checks import SEVERITY_ORDER, severity_name

    lines = [_summary(name, findings, lang)]
    if turned_off:
        lines.append(
            f"（此工作区关闭了 {turned_off} 条检查规则。）"
            if lang == "zh"
            else f"({turned_off} check rule{'s' if turned_off != 1 else ''} turned off in this "
            "workspace.)"
        )
    width = max((len(severity_name(s, lang)) for s in SEVERITY_ORDER), default=0)
    for canvas in workspace.canvases:
        here = sorted((f for f in findings if f.canvas_id == canvas.id),
                      key=lambda f: f.severity.rank)  # fmt: skip
        if not here:
            continue
        lines.extend(["", f"[{canvas.id}] {canvas.title}"])
        for item in here:
            name = severity_name(item.severity, lang)
            lines.append(f"  {name:<{width}}  {item.message(lang)}  ({item.rule})")
    return "\n".join(lines)


def _summary(name: str, findings, lang: str) -> str:
    from ecanvas.model.checks import SEVERITY_ORDER, severity_name

    counts = {s: sum(1 for f in findings if f.severity == s) for s in SEVERITY_ORDER}
    present = [s for s in SEVERITY_ORDER if counts[s]]
    if lang == "zh":
        if not findings:
            return f"已检查 {name}：未发现问题。"
        parts = "，".join(f"{severity_name(s, 'zh')} {counts[s]} 个" for s in present)
        return f"已检查 {name}：发现 {len(findings)} 个问题（{parts}）。"
    if not findings:
        return f"Checked {name}: no findings."
    plural = {"error": "errors", "warning": "warnings", "info": "info"}
    parts = ", ".join(
        f"{counts[s]} {severity_name(s, 'en') if counts[s] == 1 else plural[str(s)]}"
        for s in present
    )
    noun = "finding" if len(findings) == 1 else "findings"
    return f"Checked {name}: {len(findings)} {noun} ({parts})."
