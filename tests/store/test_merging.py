"""Merging canvases from another workspace (a file or an interchange document) into this one:
one transaction, a snapshot first, nothing doubled when the same source comes twice, undoable."""

from __future__ import annotations

import sqlite3

import pytest

from ecanvas.model.merge import CanvasChoice, default_target, merge_result, plan_merge
from ecanvas.store import InterchangeError, WorkspaceError, create_workspace, migrations
from ecanvas.store.interchange import export_json
from ecanvas.store.merge_source import read_merge_source


@pytest.fixture
def laptop(tmp_path):
    """The second laptop of a workshop: the same SWOT with cards of its own, one shared text."""
    path = tmp_path / "laptop2.ecanvas"
    with create_workspace(path, title="Laptop 2", language="zh") as other:
        swot = other.add_canvas("swot", title="SWOT")
        block = {b.key: b.id for b in swot.blocks}
        cards = other.add_cards(swot.id, [
            dict(block_id=block["strengths"], text="忠实会员 Loyal members", votes=2),
            dict(block_id=block["threats"], text="New rivals", owner="Li", status="todo"),
            dict(block_id=block["strengths"], text="Shared idea"),
        ])  # fmt: skip
        other.add_link(cards[1].id, cards[0].id, "vs")
        other.add_link(cards[2].id, cards[0].id)
        other.add_canvas("lean-canvas", title="Lean")
    return path


@pytest.fixture
def workshop(store):
    """This laptop: a SWOT holding "Shared idea" already, and a business model canvas."""
    swot = store.add_canvas("swot", title="SWOT")
    store.add_card(swot.id, swot.blocks[0].id, "shared   IDEA")
    store.add_canvas("business-model-design")
    return store


def _merge(store, source, *, as_new=False, snapshot="Before merging"):
    choices = [
        CanvasChoice(canvas, None if as_new else default_target(canvas, store.workspace.canvases))
        for canvas in source.canvases
    ]
    states, added = merge_result(store.workspace.canvases, choices)
    return store.rewrite_canvases(replace=states, add=added, snapshot_name=snapshot)


def test_a_merge_appends_cards_keeps_links_and_adds_what_has_no_match(workshop, laptop, on_disk):
    source = read_merge_source(laptop)
    done = _merge(workshop, source)
    ws = on_disk(workshop.path)
    swot = ws.canvases[0]
    assert sorted(c.text for c in swot.cards) == ["New rivals", "shared   IDEA",
                                                  "忠实会员 Loyal members"]  # fmt: skip
    rivals = next(c for c in swot.cards if c.text == "New rivals")
    where = swot.block(rivals.block_id).key
    assert (rivals.owner, rivals.status, where) == ("Li", "todo", "threats")
    texts = {c.id: c.text for c in swot.cards}
    assert sorted((texts[lk.source_id], texts[lk.target_id], lk.label) for lk in swot.links) == [
        ("New rivals", "忠实会员 Loyal members", "vs"),
        ("shared   IDEA", "忠实会员 Loyal members", ""),  # the duplicate's link, on our card
    ]
    assert [c.title for c in ws.canvases] == ["SWOT", "商业模式设计", "Lean"]
    assert [s.name for s in swot.snapshots] == ["Before merging"]
    assert [c.text for c in workshop.snapshot_canvas(done.snapshots[0].id).cards] == [
        "shared   IDEA"
    ]


def test_the_same_source_merged_twice_offers_duplicates_and_doubles_nothing(workshop, laptop,
                                                                            on_disk):  # fmt: skip
    source = read_merge_source(laptop)
    _merge(workshop, source)
    swot = workshop.workspace.canvases[0]
    plan = plan_merge(source.canvases[0], swot)
    assert sorted(d.text for d in plan.duplicates) == ["New rivals", "Shared idea",
                                                       "忠实会员 Loyal members"]  # fmt: skip
    before_cards, before_links = len(swot.cards), len(swot.links)
    _merge(workshop, source, snapshot="Again")
    again = on_disk(workshop.path).canvases[0]
    assert (len(again.cards), len(again.links)) == (before_cards, before_links)


def test_undo_of_a_merge_puts_every_canvas_back(workshop, laptop, on_disk, content):
    before = content(workshop.workspace)
    done = _merge(workshop, read_merge_source(laptop))
    workshop.rewrite_canvases(replace=done.before, remove=[c.id for c in done.added])
    undone = content(on_disk(workshop.path))
    undone["canvases"][0]["snapshots"] = []  # the automatic snapshot is kept
    assert undone == before
    workshop.rewrite_canvases(replace=done.after, add=done.added)  # redo: the same ids again
    redone = on_disk(workshop.path)
    assert sorted(c.id for c in redone.canvases[0].cards) == sorted(
        c.id for c in done.after[redone.canvases[0].id].cards
    )
    assert redone.canvases[-1].id == done.added[0].id


def test_a_document_merges_like_the_file_it_was_exported_from(workshop, laptop, tmp_path,
                                                              on_disk):  # fmt: skip
    document = tmp_path / "laptop2.json"
    export_json(read_merge_source(laptop), document)
    source = read_merge_source(document)
    assert [c.title for c in source.canvases] == ["SWOT", "Lean"]
    _merge(workshop, source, as_new=True)
    assert [c.title for c in on_disk(workshop.path).canvases] == ["SWOT", "商业模式设计", "SWOT",
                                                                  "Lean"]  # fmt: skip


def test_the_open_workspace_and_files_of_other_kinds_are_refused(workshop, tmp_path):
    with pytest.raises(WorkspaceError, match="this is the open workspace"):
        read_merge_source(workshop.path, open_workspace_path=workshop.path)
    text = tmp_path / "notes.txt"
    text.write_text("hello", encoding="utf-8")
    with pytest.raises(InterchangeError, match=r"notes\.txt: not valid JSON"):
        read_merge_source(text)
    other = tmp_path / "other.json"
    other.write_text('{"name": "x"}', encoding="utf-8")
    with pytest.raises(InterchangeError, match="neither an ecanvas workspace nor"):
        read_merge_source(other)
    with pytest.raises(WorkspaceError, match="No such file"):
        read_merge_source(tmp_path / "missing.ecanvas")


@pytest.mark.parametrize("content", [b"", b"\xcf\x80 random bytes \x00\xff" * 50, b'{"a": 1}'])
def test_a_damaged_workspace_file_is_refused_as_a_workspace(tmp_path, content):
    """Not "save it as UTF-8": whatever is in it, a .ecanvas file is judged as a workspace."""
    damaged = tmp_path / "laptop2.ecanvas"
    damaged.write_bytes(content)
    with pytest.raises(WorkspaceError, match="not an ecanvas workspace") as refused:
        read_merge_source(damaged)
    assert "UTF-8" not in str(refused.value) and "JSON" not in str(refused.value)
    assert damaged.read_bytes() == content


def test_an_older_source_file_is_read_without_being_upgraded(tmp_path, sha256):
    """A source of an older schema is upgraded in a private copy; the user's file is unchanged."""
    old = tmp_path / "old.ecanvas"
    connection = sqlite3.connect(old, isolation_level=None)
    migrations.migrate(connection, 0, target=2)
    stamp = "2025-03-01 09:30:00.000000"
    connection.executescript(
        f"""
        INSERT INTO workspace (id, title, created, updated) VALUES (1, 'Old', '{stamp}', '{stamp}');
        INSERT INTO canvas VALUES (1, 'SWOT', 'swot', 0, '{stamp}', '{stamp}');
        INSERT INTO block (id, canvas_id, key, title_en, title_zh, colour, x, y, w, h, position)
            VALUES (1, 1, 'strengths', 'Strengths', '优势', '#3C8D5A', 0, 0, 480, 360, 0);
        INSERT INTO card (id, canvas_id, block_id, text, colour, x, y, created, updated)
            VALUES (1, 1, 1, 'From 2025', '#FFE680', 12, 56, '{stamp}', '{stamp}');
        """
    )
    connection.close()
    digest = sha256(old)
    source = read_merge_source(old)
    assert [(c.title, [card.text for card in c.cards]) for c in source.canvases] == [
        ("SWOT", ["From 2025"])
    ]
    assert sha256(old) == digest
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.ecanvas"]
