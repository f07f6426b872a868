"""`ecanvas snapshot`, `snapshots`, `diff`, `merge` and `template`: what they print and keep, and
their refusals as one line with the documented exit status."""

from __future__ import annotations

import json

import pytest
from cli_helpers import sha256

from ecanvas.store import create_workspace, open_workspace


def test_snapshot_then_edit_then_diff_as_text_and_json(run, small_workspace):
    taken = run("snapshot", small_workspace, "--canvas", 1, "--name", "Meeting 1")
    assert (taken.code, taken.err) == (0, "")
    assert taken.out == "took snapshot 'Meeting 1' of 'Design' [1] (3 cards)\n"
    with open_workspace(small_workspace) as store:
        design = store.workspace.canvas(1)
        offer, local, _price = sorted(design.cards, key=lambda c: c.id)
        store.update_card(offer.id, text="Fresh tea, weekly", owner="Ann")
        store.delete_cards([local.id])
        store.add_card(1, design.block_by_key("key-processes").id, "Cold chain 冷链")
    result = run("diff", small_workspace, "--canvas", 1, "--snapshot", "Meeting 1", "--json")
    assert result.code == 0
    data = json.loads(result.out)
    assert data["canvas"] == {"id": 1, "title": "Design"}
    assert data["snapshot"]["name"] == "Meeting 1"
    assert [(e["card_id"], e["text"]) for e in data["added"]] == [(4, "Cold chain 冷链")]
    assert [(e["card_id"], e["text"]) for e in data["removed"]] == [(local.id, "产地直供")]
    assert data["edited"][0]["changes"] == {
        "text": {"before": "Fresh tea delivered weekly", "after": "Fresh tea, weekly"},
        "owner": {"before": "", "after": "Ann"},
    }
    assert data["moved"] == data["links_added"] == data["links_removed"] == []
    text = run("diff", small_workspace, "--canvas", 1, "--snapshot", "Meeting 1").out
    assert text.splitlines()[:2] == [
        text.splitlines()[0],
        "1 added, 1 removed, 0 moved, 1 edited, 0 links added, 0 links removed",
    ]
    assert "  + [4] Cold chain 冷链  (Key processes)" in text
    assert "  ~ [1] Fresh tea, weekly  (text, owner)" in text


def test_snapshots_lists_every_canvas_and_all_takes_one_of_each(run, small_workspace):
    assert run("snapshot", small_workspace, "--all", "--name", "Start").code == 0
    result = run("snapshots", small_workspace, "--json")
    rows = json.loads(result.out)
    assert [(r["canvas_id"], r["name"], r["cards"]) for r in rows] == [(1, "Start", 3),
                                                                       (2, "Start", 0)]  # fmt: skip
    lines = run("snapshots", small_workspace).out.splitlines()
    assert lines[0] == "[1] Design" and lines[1].endswith("  Start  (3 cards)")


def test_diff_against_another_canvas_of_the_template(run, small_workspace):
    with open_workspace(small_workspace) as store:
        other = store.add_canvas("business-model-design", title="Design B")
        store.add_card(other.id, other.block_by_key("value-proposition").id, "产地直供")
    result = run("diff", small_workspace, "--canvas", other.id, "--with-canvas", 1, "--json")
    data = json.loads(result.out)
    assert data["matched_by"] == "content" and data["with_canvas"]["title"] == "Design"
    removed = sorted(e["text"] for e in data["removed"])
    assert removed == ["Fresh tea delivered weekly", "Subscription 99 yuan per month"]
    assert data["added"] == []


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["snapshot", "{ws}", "--canvas", "9", "--name", "x"], 1,
         "ecanvas: {ws}: no canvas with id 9 (ids: 1, 2)"),
        (["snapshot", "{ws}", "--canvas", "1", "--name", "  "], 1,
         "ecanvas: a snapshot needs a name"),
        (["snapshot", "{ws}", "--name", "x"], 2,
         "ecanvas: one of the arguments --canvas --all is required (see 'ecanvas snapshot "
         "--help')"),
        (["diff", "{ws}", "--canvas", "1", "--snapshot", "nope"], 1,
         "ecanvas: {ws}: canvas 1 has no snapshot named 'nope' (snapshots: none)"),
        (["snapshots", "{missing}"], 1, "ecanvas: {missing}: no such workspace file"),
        (["template", "save", "{ws}", "--canvas", "1", "--key", "Bad Key"], 1,
         "ecanvas: template: key: 'Bad Key' must be lower-case words joined by '-'"),
        (["template", "save", "{ws}", "--canvas", "1", "--key", "swot"], 1,
         "ecanvas: swot.toml: key: 'swot' is the key of a bundled template; choose another key"),
        (["template", "delete", "mine"], 1, "ecanvas: you have no template 'mine'"),
        (["merge", "{missing}", "--into", "{ws}"], 1, "ecanvas: {missing}: no such file"),
        (["merge", "{ws}", "--into", "{ws}"], 1,
         "ecanvas: {ws}: cannot be opened (this is the open workspace; choose another file to "
         "merge)"),
    ],
)  # fmt: skip
def test_refusals_are_one_line_with_the_exit_status(run, small_workspace, tmp_path, args, code,
                                                    message):  # fmt: skip
    names = {"ws": small_workspace, "missing": tmp_path / "missing.ecanvas"}
    before = sha256(small_workspace)
    result = run(*[arg.format(**names) for arg in args])
    assert result.code == code
    assert result.error_line == message.format(**names)
    assert sha256(small_workspace) == before


def test_merge_a_second_laptop_twice_doubles_nothing(run, small_workspace, tmp_path):
    laptop = tmp_path / "laptop.ecanvas"
    with create_workspace(laptop, title="Laptop") as other:
        design = other.add_canvas("business-model-design", title="Design")
        value = design.block_by_key("value-proposition").id
        new = other.add_card(design.id, value, "Tasting events")
        old = other.add_card(design.id, value, "产地直供")
        other.add_link(new.id, old.id, "with")
        other.add_canvas("swot", title="SWOT from laptop")
    first = run("merge", laptop, "--into", small_workspace)
    assert first.code == 0, first.err
    assert first.out.splitlines() == [
        "merged 'Design' into 'Design' [1]",
        "added 'SWOT from laptop' as a new canvas [3] (0 cards)",
        "  'Design' [1]: 3 → 4 cards",
        "  snapshot 'Before merging laptop.ecanvas' taken of [1] first",
    ]
    second = run("merge", laptop, "--into", small_workspace, "--canvas", 1)
    assert "  'Design' [1]: 4 → 4 cards" in second.out
    assert "snapshot 'Before merging laptop.ecanvas (2)'" in second.out
    with open_workspace(small_workspace, read_only=True) as store:
        design = store.workspace.canvas(1)
        assert sorted(c.text for c in design.cards).count("产地直供") == 1
        texts = {c.id: c.text for c in design.cards}
        assert ("Tasting events", "产地直供", "with") in {
            (texts[lk.source_id], texts[lk.target_id], lk.label) for lk in design.links
        }
    kept = run("merge", laptop, "--into", small_workspace, "--canvas", 1, "--keep-duplicates")
    assert "  'Design' [1]: 4 → 6 cards" in kept.out


def test_template_save_then_new_workspace_from_it(run, small_workspace, tmp_path):
    saved = run("template", "save", small_workspace, "--canvas", 2, "--key", "our-paths",
                "--title", "Our paths", "--title-zh", "我们的路径")  # fmt: skip
    assert saved.code == 0, saved.err
    assert "as the template 'our-paths' (4 blocks)" in saved.out
    listed = json.loads(run("templates", "--json").out)
    assert {"key": "our-paths", "title": "Our paths", "blocks": 4, "user": True}.items() <= (
        listed[-1].items()
    )
    created = run("new", tmp_path / "p.ecanvas", "--template", "our-paths", "--lang", "zh")
    assert created.code == 0, created.err
    with open_workspace(tmp_path / "p.ecanvas", read_only=True) as store:
        canvas = store.workspace.canvases[0]
        made = (canvas.title, canvas.template_key, len(canvas.blocks))
        assert made == ("我们的路径", "our-paths", 4)
    exported = run("template", "export", "our-paths", "-o", tmp_path / "paths.toml")
    assert exported.code == 0 and (tmp_path / "paths.toml").is_file()
    again = run("template", "export", "our-paths", "-o", tmp_path / "paths.toml")
    assert again.error_line.endswith("the file already exists; use --force to replace it")
    assert run("template", "delete", "our-paths").code == 0
    assert run("template", "import", tmp_path / "paths.toml").code == 0
    assert run("template", "rename", "our-paths", "--title", "Paths 2").code == 0
    assert "Paths 2" in run("templates").out
