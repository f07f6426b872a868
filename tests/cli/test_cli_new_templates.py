"""`ecanvas new` and `ecanvas templates`."""

from __future__ import annotations

import json

from cli_helpers import sha256

from ecanvas.model.catalog import builtin_templates
from ecanvas.store import open_workspace


def test_new_creates_a_workspace_with_one_canvas(run, tmp_path):
    path = tmp_path / "plan.ecanvas"
    result = run("new", path, "--template", "swot")
    assert (result.code, result.err) == (0, "")
    assert str(path) in result.out
    with open_workspace(path, read_only=True) as store:
        ws = store.workspace
        assert ws.language == "en"
        assert [(c.template_key, c.title) for c in ws.canvases] == [
            ("swot", builtin_templates()["swot"].title_en)
        ]
        assert [b.key for b in ws.canvases[0].blocks] == [
            b.key for b in builtin_templates()["swot"].blocks
        ]


def test_new_in_chinese_uses_the_chinese_template_title(run, tmp_path):
    path = tmp_path / "计划.ecanvas"
    assert run("new", path, "--template", "core-goals", "--lang", "zh").code == 0
    with open_workspace(path, read_only=True) as store:
        ws = store.workspace
        assert ws.language == "zh"
        assert ws.canvases[0].title == builtin_templates()["core-goals"].title_zh == ws.title


def test_new_with_a_title(run, tmp_path):
    path = tmp_path / "plan.ecanvas"
    assert run("new", path, "--template", "blank", "--title", "Workshop 3").code == 0
    with open_workspace(path, read_only=True) as store:
        assert store.workspace.title == "Workshop 3"
        assert store.workspace.canvases[0].title == "Workshop 3"
        assert store.workspace.canvases[0].blocks == []


def test_new_refuses_an_existing_file_and_leaves_it_alone(run, small_workspace):
    before = sha256(small_workspace)
    result = run("new", small_workspace, "--template", "swot")
    assert result.code == 1
    assert str(small_workspace) in result.error_line
    assert "already exists" in result.error_line
    assert sha256(small_workspace) == before


def test_new_refuses_a_missing_folder(run, tmp_path):
    path = tmp_path / "no-such-folder" / "plan.ecanvas"
    result = run("new", path, "--template", "swot")
    assert result.code == 1
    assert "no-such-folder" in result.error_line
    assert not path.parent.exists()


def test_new_with_an_unknown_template_names_the_known_ones(run, tmp_path):
    path = tmp_path / "plan.ecanvas"
    result = run("new", path, "--template", "swat")
    assert result.code == 2
    assert "'swat'" in result.error_line
    assert all(key in result.error_line for key in builtin_templates())
    assert not path.exists()


def test_bad_language_is_a_one_line_usage_error(run, tmp_path):
    result = run("new", tmp_path / "p.ecanvas", "--template", "swot", "--lang", "fr")
    assert result.code == 2
    assert "'fr'" in result.error_line and "--lang" in result.error_line
    assert run("templates", "--lang", "de").code == 2


def test_missing_required_option_is_a_usage_error(run, tmp_path):
    result = run("new", tmp_path / "p.ecanvas")
    assert result.code == 2
    assert "--template" in result.error_line


def test_templates_lists_every_template_in_english(run):
    result = run("templates")
    assert result.code == 0
    for template in builtin_templates().values():
        line = next(ln for ln in result.out.splitlines() if ln.startswith(template.key + " "))
        assert template.title_en in line
        assert f"{len(template.blocks)} blocks" in line
        assert template.description_en in result.out


def test_templates_in_chinese_as_json(run):
    result = run("templates", "--lang", "zh", "--json")
    assert result.code == 0
    rows = json.loads(result.out)
    templates = builtin_templates()
    assert [row["key"] for row in rows] == list(templates)
    for row in rows:
        template = templates[row["key"]]
        assert row["title"] == template.title_zh
        assert row["description"] == template.description_zh
        assert row["blocks"] == len(template.blocks)
    assert "电子商务战略四维画布" in result.out  # not escaped as \\uXXXX
