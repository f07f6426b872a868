"""The report's "Strategy checks" section: what the checker finds in the chosen canvases, most
severe first, each group a table of where and what, then how to fix each kind of finding.

Self-contained (its own words in both languages) so the section can be added to or left out of
any report without touching the rest.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from ecanvas.model import Canvas
from ecanvas.model.checks import SEVERITY_ORDER, Finding, Severity, check_workspace, rule
from ecanvas.report.context import ReportContext
from ecanvas.report.flowables import SectionTitle
from ecanvas.report.labels import bilingual
from ecanvas.report.tables import cell, data_table
from ecanvas.report.text import shorten
from ecanvas.report.text_flow import flow

SEVERITY_INK = {Severity.ERROR: "#B42318", Severity.WARNING: "#B54708", Severity.INFO: "#175CD3"}
WORDS: dict[str, tuple[str, str]] = {
    "title": ("Strategy checks", "战略检查"),
    "intro": (
        "ecanvas read the strategy on these canvases and points at its gaps: {counts}.",
        "ecanvas 通读了这些画布上的战略，并指出其中的缺口：{counts}。",
    ),
    "clean": (
        "Every check passed: ecanvas found no gaps in the strategy on these canvases.",
        "全部检查通过：ecanvas 没有在这些画布的战略中发现缺口。",
    ),
    "turned_off": (
        "Checks turned off for this workspace: {rules}.",
        "此工作区已关闭的检查：{rules}。",
    ),
    "group_error": ("Errors ({n})", "错误（{n}）"),
    "group_warning": ("Warnings ({n})", "警告（{n}）"),
    "group_info": ("For information ({n})", "提示（{n}）"),
    "count_error": ("{n} errors", "{n} 个错误"),
    "count_error_one": ("1 error", "1 个错误"),
    "count_warning": ("{n} warnings", "{n} 个警告"),
    "count_warning_one": ("1 warning", "1 个警告"),
    "count_info": ("{n} points for information", "{n} 条提示"),
    "count_info_one": ("1 point for information", "1 条提示"),
    "col_where": ("Where", "位置"),
    "col_finding": ("Finding", "发现"),
    "col_check": ("Check", "检查项"),
    "col_fix": ("How to fix it", "改进方法"),
    "how_to_fix": ("How to fix them", "如何改进"),
    "joiner": (", ", "、"),
}


def words(key: str, lang: str, **values: object) -> str:
    return bilingual(WORDS, key, lang, **values)


def report_findings(context: ReportContext) -> list[Finding]:
    """The findings on the canvases in the report (rules turned off in the workspace stay off);
    cross-canvas rules still look at the whole workspace."""
    chosen = {canvas.id for canvas in context.canvases}
    return [f for f in check_workspace(context.workspace, context.today) if f.canvas_id in chosen]


def _where(item: Finding, canvases: dict[int, Canvas], lang: str) -> str:
    canvas = canvases[item.canvas_id]
    place = shorten(canvas.title, 60)
    if item.block_id is not None:
        block = next((b for b in canvas.blocks if b.id == item.block_id), None)
        if block is not None:
            place += " › " + shorten(block.title(lang), 60)
    return place


def _intro(findings: list[Finding], lang: str) -> str:
    counts = [
        words(f"count_{severity}", lang, n=count)
        for severity in SEVERITY_ORDER
        if (count := sum(1 for f in findings if f.severity == severity))
    ]
    return words("intro", lang, counts=words("joiner", lang).join(counts))


def _group(severity: Severity, found: list[Finding], context: ReportContext) -> list[Flowable]:
    lang, styles = context.lang, context.styles
    title = words(f"group_{severity}", lang, n=len(found))
    mark = context.bookmark(f"checks-{severity}", title, 1)
    heading = SectionTitle(title, styles.subsection, context.theme.brand, mark, space_after=6,
                           bar=False, space_before=10)  # fmt: skip
    canvases = {canvas.id: canvas for canvas in context.canvases}
    ink = SEVERITY_INK[severity]
    rows = [
        [cell(_where(item, canvases, lang), styles.cell_muted),
         cell(shorten(item.message(lang), 400), styles.cell, ink if severity == Severity.ERROR
              else None)]
        for item in found
    ]  # fmt: skip
    head = [words("col_where", lang), words("col_finding", lang)]
    return [heading, data_table(context, head, rows, (0.32, 0.68))]


def _fixes(findings: list[Finding], context: ReportContext) -> list[Flowable]:
    lang, styles = context.lang, context.styles
    used = list(dict.fromkeys(item.rule for item in findings))
    title = words("how_to_fix", lang)
    heading = SectionTitle(title, styles.subsection, context.theme.brand,
                           context.bookmark("checks-fixes", title, 1), space_after=6, bar=False,
                           space_before=10)  # fmt: skip
    rows = [[cell(rule(r).title(lang), styles.cell), cell(rule(r).fix(lang), styles.cell)]
            for r in used]  # fmt: skip
    head = [words("col_check", lang), words("col_fix", lang)]
    return [heading, data_table(context, head, rows, (0.32, 0.68))]


def checks_story(context: ReportContext) -> list[Flowable]:
    from ecanvas.model.checks import disabled_rules

    lang, styles = context.lang, context.styles
    title = words("title", lang)
    mark = context.bookmark("checks", title, 0)
    story: list[Flowable] = [SectionTitle(title, styles.section, context.theme.brand, mark)]
    findings = report_findings(context)
    story.append(flow(_intro(findings, lang) if findings else words("clean", lang), styles.body))
    off = sorted(disabled_rules(context.workspace), key=lambda r: rule(r).title(lang))
    if off:
        names = words("joiner", lang).join(rule(r).title(lang) for r in off)
        story.append(flow(words("turned_off", lang, rules=names), styles.muted))
    for severity in SEVERITY_ORDER:
        found = [item for item in findings if item.severity == severity]
        if found:
            story.extend(_group(severity, found, context))
    if findings:
        story.extend(_fixes(findings, context))
    return story
