"""The report's optional "Changes since <snapshot>" section, in English and Chinese."""

from __future__ import annotations

from dataclasses import replace

from report_helpers import needs_poppler, pdf_outline, pdf_text, squeezed

from ecanvas.report import ReportOptions, build_report
from ecanvas.store import CardMove
from ecanvas.store.changes import changes_since

pytestmark = needs_poppler


def _moved_on(store, name: str):
    """A snapshot of the first canvas, then one change of every kind."""
    canvas = store.workspace.canvases[0]
    store.take_snapshots([canvas.id], name)
    first, second, third = sorted(canvas.cards, key=lambda c: c.id)[:3]
    store.update_card(first.id, owner="Zhou Ting", text=first.text + " v2")
    other = next(b for b in canvas.blocks if b.id != second.block_id)
    store.move_cards([CardMove(second.id, canvas.id, other.id, 0)])
    store.delete_cards([third.id])
    store.add_card(canvas.id, canvas.blocks[0].id, "Live commerce pilot 直播试点")
    return canvas, first, second, third


def _section(path, marker: str) -> str:
    text = pdf_text(path)
    return squeezed(text[text.rindex(marker) :])


def test_the_section_lists_each_kind_of_change_in_english(english_store, tmp_path):
    store = english_store
    _canvas, _first, second, third = _moved_on(store, "Workshop 1")
    options = ReportOptions(sections=("changes",), changes_since="Workshop 1")
    options = replace(options, changes=changes_since(store, None, options.changes_since))
    output = tmp_path / "changes.pdf"
    build_report(store.workspace, output, options)
    section = _section(output, "Changes since")
    assert squeezed("Changes since “Workshop 1”") in section
    assert squeezed("Cards added: 1, removed: 1, moved to another block: 1, edited: 1.") in section
    assert squeezed("Live commerce pilot 直播试点") in section
    assert squeezed(third.text) in section
    assert squeezed(second.text) in section
    assert squeezed("owner: (none) → Zhou Ting") in section
    assert squeezed("Not compared (no snapshot to compare with): Paths.") in section
    titles = [(entry.title, entry.level) for entry in pdf_outline(output)]
    assert ("Changes since “Workshop 1”", 0) in titles


def test_the_section_in_chinese_and_without_changes(chinese_store, tmp_path):
    store = chinese_store
    canvas = store.workspace.canvases[0]
    store.take_snapshots([canvas.id], "第一次研讨会")
    found = changes_since(store)
    output = tmp_path / "zh.pdf"
    build_report(store.workspace, output,
                 ReportOptions(language="zh", sections=("changes",), changes=found))  # fmt: skip
    section = _section(output, "自“第一次研讨会”以来的变化")
    assert squeezed("此后没有变化。") in section
    _moved_on(store, "第二次研讨会")
    found = changes_since(store)
    again = tmp_path / "zh-2.pdf"
    build_report(store.workspace, again, ReportOptions(language="zh", sections=("changes",),
                                                       changes=found))  # fmt: skip
    section = _section(again, "第二次研讨会")
    assert squeezed("新增卡片 1 张，删除 1 张，移到其他模块 1 张，修改 1 张") in section
    assert squeezed("负责人：王强 → Zhou Ting") in section
    assert squeezed("新增（1）") in section


def test_a_report_of_canvases_without_snapshots_says_so(english_store, tmp_path):
    output = tmp_path / "none.pdf"
    options = ReportOptions(sections=("changes",), changes=changes_since(english_store))
    build_report(english_store.workspace, output, options)
    assert squeezed("None of the canvases in this report has a snapshot") in squeezed(
        pdf_text(output)
    )


def test_changes_are_left_out_by_default_and_remembered_by_name():
    assert "changes" not in ReportOptions().sections
    kept = ReportOptions(sections=("changes",), changes_since="Meeting 1").to_setting()
    again = ReportOptions.from_setting(kept, "en")
    assert (again.sections, again.changes_since) == (("changes",), "Meeting 1")
