"""The report's optional "Strategy checks" section, in English and Chinese."""

from __future__ import annotations

from datetime import date

from report_helpers import needs_poppler, pdf_outline, pdf_text, squeezed

from ecanvas.report import ReportOptions, build_report

pytestmark = needs_poppler


def _checks_page(path, marker: str) -> str:
    """The text from the section's heading to the end of the document."""
    text = pdf_text(path)
    return text[text.rindex(marker) :]


def test_the_section_lists_findings_by_severity_in_english(english_store, tmp_path):
    store = english_store
    paths = store.workspace.canvases[1]
    store.add_card(paths.id, paths.block_by_key("focus").id, "Renew the export licence",
                   status="todo", due=date(2020, 1, 1))  # fmt: skip
    output = tmp_path / "checks.pdf"
    build_report(store.workspace, output, ReportOptions(sections=("checks",)))
    section = squeezed(_checks_page(output, "Strategy checks"))
    order = [section.index(squeezed(word)) for word in (
        "Errors (1)", "Warnings (", "How to fix them"
    )]  # fmt: skip
    assert order == sorted(order)
    assert squeezed("Action “Renew the export licence” was due on 2020-01-01") in section
    assert squeezed("has no owner.") in section
    assert squeezed("Paths › Focus") in section
    assert squeezed("Finish the action and mark it done, or agree on a new due date.") in section
    assert squeezed("points at its gaps: 1 error, ") in section
    titles = [(entry.title, entry.level) for entry in pdf_outline(output)]
    assert ("Strategy checks", 0) in titles and ("Errors (1)", 1) in titles


def test_the_section_in_chinese(english_store, tmp_path):
    store = english_store
    paths = store.workspace.canvases[1]
    store.add_card(paths.id, paths.block_by_key("focus").id, "续签出口许可", status="todo",
                   due=date(2020, 1, 1))  # fmt: skip
    output = tmp_path / "checks-zh.pdf"
    build_report(store.workspace, output, ReportOptions(language="zh", sections=("checks",)))
    section = squeezed(_checks_page(output, "战略检查"))
    assert squeezed("错误（1）") in section
    assert squeezed("行动“续签出口许可”已于 2020-01-01 到期，尚未完成") in section
    assert squeezed("行动“续签出口许可”没有负责人。") in section
    assert squeezed("如何改进") in section
    assert squeezed("完成该行动并标记为“已完成”") in section


def test_rules_turned_off_and_a_clean_strategy(make_store, tmp_path):
    store = make_store(title="Clean", language="en")
    swot = store.add_canvas("swot", title="SWOT")
    for block in swot.blocks:
        store.add_card(swot.id, block.id, f"Note on {block.key}")
    store.set_setting("checks.disabled", ["swot-unused"])
    output = tmp_path / "clean.pdf"
    build_report(store.workspace, output, ReportOptions(sections=("checks",)))
    text = squeezed(pdf_text(output))
    assert squeezed("Every check passed") in text
    assert (
        squeezed("Checks turned off for this workspace: Strength or opportunity not used.") in text
    )


def test_the_section_only_covers_the_chosen_canvases(english_store, tmp_path):
    design, paths = english_store.workspace.canvases
    output = tmp_path / "one.pdf"
    build_report(english_store.workspace, output,
                 ReportOptions(sections=("checks",), canvas_ids=(paths.id,)))  # fmt: skip
    section = squeezed(_checks_page(output, "Strategy checks"))
    assert squeezed("Paths ›") in section
    assert squeezed(f"{design.title} ›") not in section


def test_left_out_unless_asked_for(english_store, tmp_path):
    output = tmp_path / "default.pdf"
    build_report(english_store.workspace, output)
    assert "Strategy checks" not in pdf_text(output)
