"""`ecanvas export` and `ecanvas import`: a lossless round trip through interchange JSON."""

from __future__ import annotations

import json

from cli_helpers import sha256

from ecanvas.store import open_workspace


def _content(path):
    with open_workspace(path, read_only=True) as store:
        ws = store.workspace
        return (
            (ws.title, ws.client, ws.author, ws.language),
            [
                (
                    c.title,
                    c.template_key,
                    [(b.key, b.score) for b in c.blocks],
                    sorted((k.text, k.note, tuple(k.tags), k.owner, k.due) for k in c.cards),
                    sorted(
                        (c.card(lk.source_id).text, c.card(lk.target_id).text) for lk in c.links
                    ),
                )
                for c in ws.canvases
            ],
        )


def test_export_then_import_round_trip(run, example_workspace, tmp_path):
    exported = tmp_path / "plan.json"
    before = sha256(example_workspace)
    result = run("export", example_workspace, "-o", exported)
    assert (result.code, result.err) == (0, "")
    assert sha256(example_workspace) == before
    assert "云间茶舍" in json.loads(exported.read_text(encoding="utf-8")).__repr__()

    copy = tmp_path / "copy.ecanvas"
    result = run("import", exported, "-o", copy)
    assert (result.code, result.err) == (0, "")
    assert str(copy) in result.out
    assert _content(copy) == _content(example_workspace)


def test_import_refuses_an_existing_target(run, small_workspace, tmp_path):
    exported = tmp_path / "small.json"
    assert run("export", small_workspace, "-o", exported).code == 0
    before = sha256(small_workspace)
    result = run("import", exported, "-o", small_workspace)
    assert result.code == 1
    assert str(small_workspace) in result.error_line
    assert sha256(small_workspace) == before


def test_import_refuses_a_bad_document(run, tmp_path):
    source = tmp_path / "broken.json"
    source.write_text('{"format": "ecanvas", ', encoding="utf-8")
    target = tmp_path / "out.ecanvas"
    result = run("import", source, "-o", target)
    assert result.code == 1
    assert "broken.json" in result.error_line
    assert not target.exists()


def test_import_of_a_missing_file(run, tmp_path):
    result = run("import", tmp_path / "nothing.json", "-o", tmp_path / "out.ecanvas")
    assert result.code == 1
    assert "nothing.json" in result.error_line


def test_export_to_a_missing_folder_names_the_path(run, small_workspace, tmp_path):
    target = tmp_path / "absent" / "plan.json"
    result = run("export", small_workspace, "-o", target)
    assert result.code == 1
    assert str(target) in result.error_line
