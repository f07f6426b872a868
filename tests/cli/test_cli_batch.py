"""`ecanvas report WS1 WS2 … --out-dir DIR` and `ecanvas new` with the cover details."""

from __future__ import annotations

import shutil

import pytest
from cli_helpers import sha256

from ecanvas.store import open_workspace

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing")


def _pdf_text(path) -> str:
    import subprocess

    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout


def test_a_batch_with_one_broken_workspace_writes_the_others(run, small_workspace, tmp_path):
    second = tmp_path / "second.ecanvas"
    assert run("new", second, "--template", "swot", "--client", "Second Co").code == 0
    broken = tmp_path / "broken.ecanvas"
    broken.write_bytes(b"not a workspace at all" * 100)
    missing = tmp_path / "missing.ecanvas"
    out = tmp_path / "reports"
    before = sha256(broken)
    result = run("report", small_workspace, broken, second, missing, "--out-dir", out,
                 "--paper", "letter")  # fmt: skip
    assert result.code == 1
    written = result.out.splitlines()
    assert written == [
        f"wrote {out / 'small.pdf'}  (from {small_workspace})",
        f"wrote {out / 'second.pdf'}  (from {second})",
    ]
    failures = result.err.splitlines()
    assert len(failures) == 2
    assert failures[0].startswith(f"ecanvas: failed: {broken}: ")
    assert failures[1].startswith(f"ecanvas: failed: {missing}: ")
    assert sorted(p.name for p in out.iterdir()) == ["second.pdf", "small.pdf"]
    assert "Second Co" in _pdf_text(out / "second.pdf")
    assert "Fresh tea delivered weekly" in _pdf_text(out / "small.pdf")
    assert sha256(broken) == before


def test_a_batch_of_good_workspaces_exits_zero_and_keeps_names_apart(run, small_workspace,
                                                                     tmp_path):  # fmt: skip
    other_folder = tmp_path / "other"
    other_folder.mkdir()
    twin = shutil.copy2(small_workspace, other_folder / "small.ecanvas")
    result = run("report", small_workspace, twin, "--out-dir", tmp_path / "out", "--lang", "zh")
    assert result.code == 0, result.err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["small-2.pdf", "small.pdf"]
    assert len(result.out.splitlines()) == 2


@pytest.mark.parametrize(
    ("extra", "message"),
    [(("-o", "x.pdf"), "--out-dir"), (("--out-dir", "d", "--canvas", "1"), "--canvas")],
)
def test_batch_usage_errors(run, small_workspace, tmp_path, extra, message):
    result = run("report", small_workspace, small_workspace, *extra)
    assert result.code == 2
    assert message in result.error_line


def test_report_needs_a_destination(run, small_workspace):
    result = run("report", small_workspace)
    assert result.code == 2
    assert "-o" in result.error_line and "--out-dir" in result.error_line


def test_new_sets_client_author_logo_and_language(run, tmp_path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (80, 40), (10, 120, 200)).save(logo)
    path = tmp_path / "acme.ecanvas"
    result = run("new", path, "--template", "swot", "--client", "ACME 茶业", "--author", "Li Na",
                 "--logo", logo, "--lang", "zh")  # fmt: skip
    assert result.code == 0, result.err
    with open_workspace(path, read_only=True) as store:
        ws = store.workspace
        assert (ws.client, ws.author, ws.language) == ("ACME 茶业", "Li Na", "zh")
        assert (ws.logo, ws.logo_mime) == (logo.read_bytes(), "image/png")
        assert ws.canvases[0].title == "SWOT 分析"
    pdf = tmp_path / "acme.pdf"
    assert run("report", path, "-o", pdf).code == 0
    text = _pdf_text(pdf)
    assert "ACME 茶业" in text and "Li Na" in text


def test_new_refuses_a_logo_that_is_not_an_image(run, tmp_path):
    fake = tmp_path / "logo.png"
    fake.write_text("not an image")
    path = tmp_path / "acme.ecanvas"
    result = run("new", path, "--template", "swot", "--logo", fake)
    assert result.code == 1
    assert "logo.png" in result.error_line and "PNG or JPEG" in result.error_line
    assert not path.exists()


def test_report_uses_the_choices_last_made_in_the_app(run, small_workspace, tmp_path):
    from ecanvas.store import open_workspace as open_store

    with open_store(small_workspace) as store:
        store.set_setting("report.options", {"paper": "letter", "language": "zh",
                                             "sections": ["cover", "summary"]})  # fmt: skip
    output = tmp_path / "remembered.pdf"
    assert run("report", small_workspace, "-o", output).code == 0
    text = _pdf_text(output)
    assert "执行摘要" in text and "Cards" not in text
    from pypdf import PdfReader

    assert float(PdfReader(output).pages[0].mediabox.width) == 612.0  # US Letter
    # An option on the command line wins over the remembered one.
    assert run("report", small_workspace, "-o", output, "--lang", "en", "--force").code == 0
    assert "Executive summary" in _pdf_text(output)
