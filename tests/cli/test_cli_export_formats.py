"""`ecanvas export` picks the format by extension; unknown ones are refused, nothing written."""

from __future__ import annotations

import csv
import json

import pytest
from cli_helpers import sha256


@pytest.mark.parametrize(
    ("name", "marker"),
    [("plan.json", b'"format": "ecanvas-interchange"'), ("plan.md", b"# Small plan"),
     ("plan.MARKDOWN", b"# Small plan"), ("plan.csv", b"\xef\xbb\xbfcanvas,block,text"),
     ("plan.pptx", b"PK\x03\x04")],
)  # fmt: skip
def test_the_extension_picks_the_format(run, small_workspace, tmp_path, name, marker):
    output = tmp_path / name
    result = run("export", small_workspace, "-o", output)
    assert (result.code, result.err) == (0, "")
    assert marker in output.read_bytes()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_format_overrides_the_extension(run, small_workspace, tmp_path):
    output = tmp_path / "cards.txt"
    result = run("export", small_workspace, "-o", output, "--format", "csv")
    assert result.code == 0, result.err
    rows = list(csv.reader(output.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:3] == ["canvas", "block", "text"]
    assert {"Fresh tea delivered weekly", "产地直供"} <= {row[2] for row in rows}


@pytest.mark.parametrize("name", ["plan.docx", "plan.pdf", "plan"])
def test_unknown_extensions_are_refused_without_writing(run, small_workspace, tmp_path, name):
    before = sha256(small_workspace)
    result = run("export", small_workspace, "-o", tmp_path / name)
    assert result.code == 2
    line = result.error_line
    assert name in line and "ecanvas report" in line
    if name != "plan.pdf":
        assert ".json, .md, .csv" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["small.ecanvas"]
    assert sha256(small_workspace) == before


def test_report_refuses_a_non_pdf_output(run, small_workspace, tmp_path):
    result = run("report", small_workspace, "-o", tmp_path / "x.png")
    assert result.code == 2
    assert "x.png" in result.error_line and ".pdf" in result.error_line
    assert not (tmp_path / "x.png").exists()


def test_export_of_chosen_canvases_in_chinese(run, small_workspace, tmp_path):
    output = tmp_path / "paths.md"
    result = run("export", small_workspace, "-o", output, "--canvas", 1, "--lang", "zh")
    assert result.code == 0, result.err
    text = output.read_text(encoding="utf-8")
    assert "## Design" in text and "## Paths" not in text
    assert "### 价值主张" in text


def test_export_json_is_still_the_interchange_document(run, small_workspace, tmp_path):
    output = tmp_path / "plan.json"
    assert run("export", small_workspace, "-o", output).code == 0
    assert json.loads(output.read_text(encoding="utf-8"))["format"] == "ecanvas-interchange"
