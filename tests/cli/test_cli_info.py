"""`ecanvas info`, and how every command refuses a file that is not a usable workspace."""

from __future__ import annotations

import json

import pytest
from cli_helpers import sha256

from ecanvas.store import SCHEMA_VERSION, open_workspace

BAD_KINDS = ("missing", "garbage", "empty", "foreign", "newer")


def test_info_describes_the_workspace(run, small_workspace):
    result = run("info", small_workspace)
    assert (result.code, result.err) == (0, "")
    for expected in ("Small plan", "Acme Tea", "Ann Author", f"{SCHEMA_VERSION}", "ok"):
        assert expected in result.out
    assert "[1] Design  (business-model-design): 3 cards, 1 link" in result.out
    assert "[2] Paths  (strategic-paths): 0 cards, 0 links" in result.out
    assert "3 cards in total" in result.out


def test_info_as_json(run, example_workspace):
    result = run("info", example_workspace, "--json")
    assert result.code == 0
    info = json.loads(result.out)
    with open_workspace(example_workspace, read_only=True) as store:
        ws = store.workspace
        expected = [
            {"id": c.id, "title": c.title, "template": c.template_key,
             "cards": len(c.cards), "links": len(c.links)}
            for c in ws.canvases
        ]  # fmt: skip
        assert info["title"] == ws.title and info["client"] == ws.client
        assert info["total_cards"] == ws.card_count
    assert info["canvases"] == expected
    assert (info["schema_version"], info["integrity"], info["language"]) == (
        SCHEMA_VERSION,
        "ok",
        "en",
    )
    assert "云间茶舍" in result.out


def test_info_reads_a_file_open_elsewhere_without_changing_it(run, small_workspace):
    before = sha256(small_workspace)
    with open_workspace(small_workspace) as writer:
        assert not writer.read_only
        result = run("info", small_workspace)
        assert result.code == 0, result.err
        assert "Small plan" in result.out
    assert sha256(small_workspace) == before


@pytest.mark.parametrize("kind", BAD_KINDS)
@pytest.mark.parametrize("command", ["info", "export", "report"])
def test_unusable_files_are_refused_in_one_line(run, bad_files, tmp_path, kind, command):
    path = bad_files[kind]
    before = sha256(path) if path.exists() else None
    suffix = {"export": "json", "report": "pdf"}.get(command, "")
    extra = () if command == "info" else ("-o", tmp_path / f"out.{suffix}")
    result = run(command, path, *extra)
    assert result.code == 1
    assert str(path) in result.error_line
    assert "Traceback" not in result.err and result.out == ""
    assert (sha256(path) if path.exists() else None) == before
    assert not (tmp_path / f"out.{suffix}").exists()


def test_each_refusal_says_what_is_wrong(run, bad_files):
    messages = {kind: run("info", bad_files[kind]).error_line for kind in BAD_KINDS}
    assert "no such" in messages["missing"]
    assert "not an SQLite database" in messages["garbage"]
    assert "empty" in messages["empty"]
    assert "another program" in messages["foreign"]
    assert "newer version" in messages["newer"]
