"""`ecanvas report`: the PDF from the command line, and its refusals."""

from __future__ import annotations

import pytest
from cli_helpers import sha256


def _pdf_text(path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_report_writes_a_pdf_without_touching_the_workspace(run, small_workspace, tmp_path):
    output = tmp_path / "plan.pdf"
    before = sha256(small_workspace)
    result = run("report", small_workspace, "-o", output, "--paper", "letter")
    assert (result.code, result.err) == (0, ""), result.err
    assert str(output) in result.out
    assert output.read_bytes().startswith(b"%PDF")
    assert "Fresh tea delivered weekly" in _pdf_text(output)
    assert sha256(small_workspace) == before


def test_report_of_one_canvas_in_chinese_with_branding(run, small_workspace, tmp_path):
    output = tmp_path / "报告.pdf"
    result = run(
        "report", small_workspace, "-o", output, "--lang", "zh", "--canvas", 1,
        "--sections", "cover", "cards", "--brand-colour", "#aa3300",
    )  # fmt: skip
    assert result.code == 0, result.err
    text = _pdf_text(output)
    assert "Subscription 99 yuan per month" in text
    assert "Small plan" in text


def test_report_with_a_missing_logo(run, small_workspace, tmp_path):
    output = tmp_path / "plan.pdf"
    logo = tmp_path / "logo.png"
    result = run("report", small_workspace, "-o", output, "--logo", logo)
    assert result.code == 1
    assert str(logo) in result.error_line
    assert not output.exists()


@pytest.mark.parametrize("where", ["missing-folder", "under-a-file", "a-folder"])
def test_report_to_an_unwritable_path_names_it(run, small_workspace, tmp_path, where):
    (tmp_path / "file.txt").write_text("x")
    (tmp_path / "folder.pdf").mkdir()
    output = {
        "missing-folder": tmp_path / "absent" / "plan.pdf",
        "under-a-file": tmp_path / "file.txt" / "plan.pdf",
        "a-folder": tmp_path / "folder.pdf",
    }[where]
    result = run("report", small_workspace, "-o", output)
    assert result.code == 1
    assert str(output) in result.error_line
    assert "Traceback" not in result.err


def test_report_with_an_unknown_canvas_lists_the_ids(run, small_workspace, tmp_path):
    result = run("report", small_workspace, "-o", tmp_path / "p.pdf", "--canvas", 7)
    assert result.code == 1
    assert "7" in result.error_line and "1, 2" in result.error_line


@pytest.mark.parametrize(
    ("option", "value"),
    [("--sections", "preface"), ("--brand-colour", "red"), ("--paper", "a5"), ("--lang", "fr")],
)
def test_report_usage_errors(run, small_workspace, tmp_path, option, value):
    output = tmp_path / "p.pdf"
    result = run("report", small_workspace, "-o", output, option, value)
    assert result.code == 2
    assert value in result.error_line
    assert not output.exists()
