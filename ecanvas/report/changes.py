"""The report's optional "Changes since <snapshot>" section: for each canvas in the report, what
changed since one of its snapshots (how the strategy moved between two meetings): a summary
line, then the cards added, removed, moved and edited, and the links added and removed.

The comparisons come with the options (`ReportOptions.changes`, worked out by whoever reads the
snapshots: the app or `ecanvas report`), so this module reads the model only. Self-contained, with
its own words in both languages, so the section can be added to any report or left out.
"""

from __future__ import annotations

from datetime import date, datetime

from reportlab.platypus import Flowable

from ecanvas.model.diff import ChangesSince, FieldChange
from ecanvas.report.context import ReportContext
from ecanvas.report.flowables import SectionTitle
from ecanvas.report.labels import bilingual, long_date
from ecanvas.report.tables import cell, data_table
from ecanvas.report.text import shorten
from ecanvas.report.text_flow import flow

ADDED_INK, REMOVED_INK = "#1E6B34", "#9A3412"
WORDS: dict[str, tuple[str, str]] = {
    "title_one": ("Changes since “{name}”", "自“{name}”以来的变化"),
    "title_many": ("Changes since the snapshots", "自各快照以来的变化"),
    "canvas": ("{canvas}, since “{name}” ({day})", "{canvas}：自“{name}”（{day}）以来"),
    "summary": (
        "Cards added: {added}, removed: {removed}, moved to another block: {moved}, edited: "
        "{edited}. Links added: {links_added}, removed: {links_removed}.",
        "新增卡片 {added} 张，删除 {removed} 张，移到其他模块 {moved} 张，修改 {edited} 张；"
        "新增连线 {links_added} 条，删除 {links_removed} 条。",
    ),
    "none": ("No changes since then.", "此后没有变化。"),
    "no_snapshot": (
        "Not compared (no snapshot to compare with): {canvases}.",
        "以下画布没有可比较的快照，未列出：{canvases}。",
    ),
    "nothing": (
        "None of the canvases in this report has a snapshot to compare with yet.",
        "本报告中的画布都还没有可比较的快照。",
    ),
    "added": ("Added", "新增"),
    "removed": ("Removed", "删除"),
    "moved": ("Moved to another block", "移到其他模块"),
    "edited": ("Edited", "修改"),
    "links_added": ("Links added", "新增连线"),
    "links_removed": ("Links removed", "删除连线"),
    "col_card": ("Card", "卡片"),
    "col_block": ("Block", "模块"),
    "col_move": ("From → to", "从 → 到"),
    "col_change": ("What changed", "变化内容"),
    "col_link": ("Link", "连线"),
    "col_label": ("Label", "标签"),
    "was": ("{field}: {before} → {after}", "{field}：{before} → {after}"),
    "empty": ("(none)", "（无）"),
    "joiner": (", ", "、"),
    "counted": ("{name} ({n})", "{name}（{n}）"),
    "text": ("text", "文字"),
    "note": ("note", "备注"),
    "colour": ("colour", "颜色"),
    "tags": ("tags", "标签"),
    "votes": ("votes", "票数"),
    "owner": ("owner", "负责人"),
    "due": ("due date", "截止日期"),
    "status": ("status", "状态"),
}


def words(key: str, lang: str, **values: object) -> str:
    return bilingual(WORDS, key, lang, **values)


def _day(moment: datetime, lang: str) -> str:
    return long_date(moment.astimezone().date(), lang)


def changes_story(context: ReportContext) -> list[Flowable]:
    lang, styles = context.lang, context.styles
    found = {item.canvas_id: item for item in context.options.changes}
    compared = [(canvas, found[canvas.id]) for canvas in context.canvases if canvas.id in found]
    names = {item.snapshot_name for _canvas, item in compared}
    title = words("title_one", lang, name=names.pop()) if len(names) == 1 else (
        words("title_many", lang)
    )  # fmt: skip
    story: list[Flowable] = [
        SectionTitle(title, styles.section, context.theme.brand,
                     context.bookmark("changes", title, 0))
    ]  # fmt: skip
    if not compared:
        story.append(flow(words("nothing", lang), styles.body))
        return story
    for canvas, item in compared:
        story.extend(_canvas_changes(canvas.title, item, context))
    missing = [canvas.title for canvas in context.canvases if canvas.id not in found]
    if missing:
        joined = words("joiner", lang).join(shorten(t, 60) for t in missing)
        story.append(flow(words("no_snapshot", lang, canvases=joined), styles.muted))
    return story


def _canvas_changes(title: str, item: ChangesSince, context: ReportContext) -> list[Flowable]:
    lang, styles, diff = context.lang, context.styles, item.diff
    heading = words("canvas", lang, canvas=shorten(title, 80), name=item.snapshot_name,
                    day=_day(item.snapshot_created, lang))  # fmt: skip
    mark = context.bookmark(f"changes-{item.canvas_id}", heading, 1)
    story: list[Flowable] = [
        SectionTitle(heading, styles.subsection, context.theme.brand, mark, space_after=6,
                     bar=False, space_before=10)
    ]  # fmt: skip
    if diff.is_empty:
        return [*story, flow(words("none", lang), styles.body)]
    counts = {name: len(getattr(diff, name)) for name in
              ("added", "removed", "moved", "edited", "links_added", "links_removed")}  # fmt: skip
    story.append(flow(words("summary", lang, **counts), styles.body))
    for name in ("added", "removed", "moved", "edited", "links_added", "links_removed"):
        entries = getattr(diff, name)
        if entries:
            counted = words("counted", lang, name=words(name, lang), n=len(entries))
            story.append(flow(counted, styles.block))
            story.append(_table(name, entries, item, context))
    return story


def _table(name: str, entries: list, item: ChangesSince, context: ReportContext):
    lang, styles, diff = context.lang, context.styles, item.diff
    ink = ADDED_INK if name in ("added", "links_added") else (
        REMOVED_INK if name in ("removed", "links_removed") else None
    )  # fmt: skip
    if name.startswith("links"):
        rows = [[cell(f"{shorten(e.source_text, 120)} → {shorten(e.target_text, 120)}",
                      styles.cell, ink),
                 cell(shorten(e.label, 80), styles.cell_muted)] for e in entries]  # fmt: skip
        return data_table(context, [words("col_link", lang), words("col_label", lang)], rows,
                          (0.75, 0.25))  # fmt: skip
    if name == "moved":
        rows = [[cell(shorten(e.text, 200), styles.cell),
                 cell(f"{diff.block_title(e.before_block, lang)} → "
                      f"{diff.block_title(e.after_block, lang)}", styles.cell_muted)]
                for e in entries]  # fmt: skip
        return data_table(context, [words("col_card", lang), words("col_move", lang)], rows,
                          (0.55, 0.45))  # fmt: skip
    if name == "edited":
        rows = [[cell(shorten(e.text, 200), styles.cell),
                 cell(_what_changed(e.fields, lang), styles.cell_muted)]
                for e in entries]  # fmt: skip
        return data_table(context, [words("col_card", lang), words("col_change", lang)], rows,
                          (0.45, 0.55))  # fmt: skip
    block = (lambda e: e.after_block) if name == "added" else (lambda e: e.before_block)
    rows = [[cell(shorten(e.text, 200), styles.cell, ink),
             cell(diff.block_title(block(e), lang), styles.cell_muted)]
            for e in entries]  # fmt: skip
    return data_table(context, [words("col_card", lang), words("col_block", lang)], rows,
                      (0.65, 0.35))  # fmt: skip


def _what_changed(fields: tuple[FieldChange, ...], lang: str) -> str:
    return "\n".join(
        words("was", lang, field=words(f.name, lang), before=_value(f.before, lang),
              after=_value(f.after, lang))
        for f in fields
    )  # fmt: skip


def _value(value: object, lang: str) -> str:
    if value in (None, "", (), []):
        return words("empty", lang)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return words("joiner", lang).join(str(v) for v in value)
    return shorten(str(value), 80)
