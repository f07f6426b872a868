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


# --------------------------------------------------------------------------- canvas images
def test_a_canvas_as_svg(run, small_workspace, tmp_path):
    import xml.etree.ElementTree as ET

    output = tmp_path / "design.svg"
    result = run("export", small_workspace, "-o", output, "--canvas", 1)
    assert (result.code, result.err) == (0, "")
    assert "SVG image of a canvas" in result.out
    root = ET.fromstring(output.read_bytes())
    assert root.tag == "{http://www.w3.org/2000/svg}svg" and root.get("data-canvas-id") == "1"
    groups = [g.get("class") for g in root.iter("{http://www.w3.org/2000/svg}g")]
    assert groups.count("block") == 4 and groups.count("card") == 3 and groups.count("link") == 1
    cards = [g for g in root.iter("{http://www.w3.org/2000/svg}g") if g.get("class") == "card"]
    texts = {" ".join("".join(t.itertext()) for t in g.iter("{http://www.w3.org/2000/svg}text")
                      if t.get("class") == "card-text") for g in cards}  # fmt: skip
    assert {"Fresh tea delivered weekly", "产地直供"} <= texts


def test_a_canvas_as_png_at_scale_2_by_default_and_at_a_chosen_scale(run, small_workspace,
                                                                     tmp_path):  # fmt: skip
    from PIL import Image

    from ecanvas.model.layout import compute_layout
    from ecanvas.report.svg import MARGIN
    from ecanvas.store import open_workspace

    with open_workspace(small_workspace, read_only=True) as store:
        bounds = compute_layout(store.workspace.canvas(1)).bounds
    width = bounds.w + 2 * MARGIN
    for scale, name in ((2.0, "two.png"), (1.0, "one.png")):
        args = ["--scale", scale] if name == "one.png" else []
        result = run("export", small_workspace, "-o", tmp_path / name, "--canvas", 1, *args)
        assert result.code == 0, result.err
        with Image.open(tmp_path / name) as image:
            assert image.format == "PNG"
            assert abs(image.width - width * scale) <= 1
            assert len(image.convert("RGB").getcolors(1 << 20)) > 20  # a picture, not a blank


def test_an_image_needs_one_canvas(run, small_workspace, tmp_path):
    before = sha256(small_workspace)
    result = run("export", small_workspace, "-o", tmp_path / "c.png")
    assert result.code == 1
    assert "--canvas ID" in result.error_line and "1 (Design), 2 (Paths)" in result.error_line
    result = run("export", small_workspace, "-o", tmp_path / "c.svg", "--canvas", 1, 2)
    assert result.code == 2 and "one --canvas ID" in result.error_line
    result = run("export", small_workspace, "-o", tmp_path / "c.md", "--scale", 3)
    assert result.code == 2 and "--scale is for .png images" in result.error_line
    result = run("export", small_workspace, "-o", tmp_path / "c.png", "--canvas", 1, "--scale", 0)
    assert result.code == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["small.ecanvas"]
    assert sha256(small_workspace) == before
