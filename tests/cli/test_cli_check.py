"""`ecanvas check`: the findings as text or JSON, in both languages, and its exit statuses."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from cli_helpers import sha256

from ecanvas.store import create_workspace, open_workspace

KEYS = ["rule", "severity", "canvas_id", "block_key", "card_id", "message"]


@pytest.fixture
def tidy_workspace(tmp_path):
    """A SWOT whose only finding is a warning: an open action without a due date."""
    path = tmp_path / "tidy.ecanvas"
    with create_workspace(path, title="Tidy", language="zh") as store:
        swot = store.add_canvas("swot", title="SWOT")
        for block in swot.blocks:
            store.add_card(swot.id, block.id, f"Note on {block.key}", tags=["shared"])
        store.add_card(swot.id, swot.blocks[1].id, "Hire an analyst", status="todo", owner="Li")
        paths = store.add_canvas("strategic-paths", title="Paths")
        for block in paths.blocks:
            store.add_card(paths.id, block.id, "Evidence", tags=["shared"])
            store.set_block_score(block.id, 2 if block.key != "focus" else 4)
    return path


def test_text_lists_findings_by_canvas_most_severe_first(run, small_workspace):
    result = run("check", small_workspace)
    assert (result.code, result.err) == (0, "")
    lines = result.out.splitlines()
    assert lines[0] == "Checked small.ecanvas: 10 findings (1 error, 9 warnings)."
    assert "[1] Design" in lines and "[2] Paths" in lines
    paths = lines[lines.index("[2] Paths") + 1 :]
    assert paths[0] == (
        "  error    The highest-scored path “Cost leadership” (4/5) has no cards to back it."
        "  (path-unsupported)"
    )
    assert "  warning  “Key processes” has no cards yet.  (empty-block)" in lines


def test_text_in_chinese(run, small_workspace):
    result = run("check", small_workspace, "--lang", "zh")
    assert result.code == 0
    assert result.out.startswith("已检查 small.ecanvas：发现 10 个问题（错误 1 个，警告 9 个）。\n")
    assert (
        "  错误  得分最高的路径“成本领先”（4/5）没有任何卡片支撑。  (path-unsupported)"
        in result.out
    )


def test_json_is_a_list_of_objects_with_the_documented_keys(run, small_workspace):
    result = run("check", small_workspace, "--json")
    assert result.code == 0
    findings = json.loads(result.out)
    assert len(findings) == 10
    assert all(list(item) == KEYS for item in findings)
    error = next(item for item in findings if item["severity"] == "error")
    assert error == {
        "rule": "path-unsupported", "severity": "error", "canvas_id": 2,
        "block_key": "cost-leadership", "card_id": None,
        "message": "The highest-scored path “Cost leadership” (4/5) has no cards to back it.",
    }  # fmt: skip


def test_json_in_the_workspace_language_by_default(run, tidy_workspace):
    result = run("check", tidy_workspace, "--json")
    [finding] = json.loads(result.out)
    assert finding["rule"] == "action-no-due"
    assert finding["message"] == "行动“Hire an analyst”没有截止日期。"
    with open_workspace(tidy_workspace, read_only=True) as store:
        card = store.workspace.find_card(finding["card_id"])
        assert card.text == "Hire an analyst" and finding["block_key"] == "weaknesses"
    english = json.loads(run("check", tidy_workspace, "--json", "--lang", "en").out)
    assert english[0]["message"] == "Action “Hire an analyst” has no due date."


def test_strict_fails_only_on_error_findings(run, small_workspace, tidy_workspace):
    assert run("check", small_workspace, "--strict").code == 1
    assert run("check", small_workspace, "--strict", "--json").code == 1
    assert run("check", tidy_workspace, "--strict").code == 0
    assert run("check", tidy_workspace, "--strict", "--json").code == 0


def test_an_overdue_action_is_an_error_against_today(run, tidy_workspace):
    with open_workspace(tidy_workspace) as store:
        [card] = [c for c in store.workspace.canvases[0].cards if c.status]
        store.update_card(card.id, due=date.today() - timedelta(days=2))
    result = run("check", tidy_workspace, "--strict", "--lang", "en")
    assert result.code == 1
    assert "(2 days overdue)" in result.out


def test_a_clean_workspace(run, tidy_workspace):
    with open_workspace(tidy_workspace) as store:
        [card] = [c for c in store.workspace.canvases[0].cards if c.status]
        store.update_card(card.id, due=date.today() + timedelta(days=30))
    assert run("check", tidy_workspace).out == "已检查 tidy.ecanvas：未发现问题。\n"
    assert (
        run("check", tidy_workspace, "--lang", "en").out == "Checked tidy.ecanvas: no findings.\n"
    )
    assert json.loads(run("check", tidy_workspace, "--json").out) == []


def test_rules_turned_off_in_the_workspace_stay_off(run, small_workspace):
    with open_workspace(small_workspace) as store:
        store.set_setting("checks.disabled", ["empty-block", "path-unsupported"])
    result = run("check", small_workspace, "--strict")
    assert result.code == 0
    assert result.out.splitlines()[:2] == [
        "Checked small.ecanvas: 3 findings (3 warnings).",
        "(2 check rules turned off in this workspace.)",
    ]
    assert {f["rule"] for f in json.loads(run("check", small_workspace, "--json").out)} == {
        "unscored-block"
    }


def test_check_reads_without_changing_the_file(run, small_workspace):
    before = sha256(small_workspace)
    with open_workspace(small_workspace):  # open in the app at the same time
        assert run("check", small_workspace).code == 0
    assert sha256(small_workspace) == before


def test_refusals(run, tmp_path, small_workspace):
    missing = run("check", tmp_path / "nope.ecanvas")
    assert missing.code == 1
    assert "nope.ecanvas" in missing.error_line
    bad_language = run("check", small_workspace, "--lang", "fr")
    assert bad_language.code == 2
    assert "unsupported language 'fr'" in bad_language.error_line


def test_the_report_carries_the_checks_when_asked(run, small_workspace, tmp_path):
    from pypdf import PdfReader

    output = tmp_path / "checks.pdf"
    result = run("report", small_workspace, "-o", output, "--sections", "checks", "--lang", "zh")
    assert result.code == 0, result.err
    text = "".join(page.extract_text() for page in PdfReader(output).pages)
    assert "战略检查" in text and "错误（1）" in text
