"""Snapshots: taken, renamed, deleted and put back, read, restored over a canvas or as a new one,
carried by the interchange format, and kept through a schema upgrade."""

from __future__ import annotations

import copy
import json
import sqlite3
from pathlib import Path

import pytest

from ecanvas.model.diff import diff_canvases
from ecanvas.model.merge import canvas_as_new
from ecanvas.store import SCHEMA_VERSION, ChangeKind, InterchangeError, migrations, open_workspace
from ecanvas.store.fileguard import read_header
from ecanvas.store.interchange import document_bytes, export_document, import_json
from ecanvas.store.interchange_validate import validate_document

FIXTURES = Path(__file__).parent / "fixtures"


def _kinds(changes) -> list[str]:
    return [str(change.kind) for change in changes]


# ----------------------------------------------------------------- taking and reading
def test_a_snapshot_freezes_the_canvas_as_it_was(filled, on_disk):
    store = filled.store
    taken = store.take_snapshots([filled.a], "第一次会议 Meeting 1")
    assert [s.name for s in taken] == ["第一次会议 Meeting 1"]
    assert filled.changes[-1].kind == ChangeKind.SNAPSHOTS_ADDED
    assert filled.changes[-1].canvas_id == filled.a
    store.update_card(filled.a_cards[0], text="changed afterwards")
    store.delete_cards([filled.a_cards[1]])
    frozen = store.snapshot_canvas(taken[0].id)
    assert frozen.card(filled.a_cards[0]).text == "一站式采购"
    assert len(frozen.cards) == 4 and len(frozen.links) == 3
    kept = on_disk(filled.path).canvas(filled.a).snapshots
    assert [(s.id, s.name) for s in kept] == [(taken[0].id, "第一次会议 Meeting 1")]


def test_a_snapshot_of_every_canvas_at_once_shares_one_name_and_time(filled, on_disk):
    taken = filled.store.take_snapshots([filled.a, filled.b], "Before the workshop")
    assert [s.canvas_id for s in taken] == [filled.a, filled.b]
    assert taken[0].created == taken[1].created
    ws = on_disk(filled.path)
    assert [len(c.snapshots) for c in ws.canvases] == [1, 1]


def test_a_snapshot_name_must_be_new_on_its_canvas_and_not_blank(filled):
    store = filled.store
    store.take_snapshots([filled.a], "One")
    with pytest.raises(ValueError, match="already has a snapshot named 'One'"):
        store.take_snapshots([filled.b, filled.a], "One")
    assert filled.store.workspace.canvas(filled.b).snapshots == []  # nothing half-done
    with pytest.raises(ValueError, match="needs a name"):
        store.take_snapshots([filled.a], "   ")
    assert store.unique_snapshot_name([filled.a], "One") == "One (2)"


def test_renaming_deleting_and_putting_back_a_snapshot(filled, on_disk):
    store = filled.store
    first, second = (store.take_snapshots([filled.a], name)[0] for name in ("A", "B"))
    with pytest.raises(ValueError, match="already has a snapshot named 'B'"):
        store.rename_snapshot(first.id, "B")
    assert store.rename_snapshot(first.id, "Kick-off 启动") == "A"
    removed = store.delete_snapshots([second.id])
    assert [s.name for s in on_disk(filled.path).canvas(filled.a).snapshots] == ["Kick-off 启动"]
    store.restore_snapshots(removed)
    back = on_disk(filled.path).canvas(filled.a).snapshots
    assert [(s.id, s.name, s.content) for s in back] == [
        (first.id, "Kick-off 启动", first.content),
        (second.id, "B", second.content),
    ]
    assert _kinds(filled.changes)[-3:] == ["snapshots-changed", "snapshots-removed",
                                           "snapshots-added"]  # fmt: skip


def test_snapshots_go_with_their_canvas_and_come_back_with_its_undo(filled, on_disk):
    store = filled.store
    snapshot = store.take_snapshots([filled.a], "Kept")[0]
    canvas, index = store.delete_canvas(filled.a)
    store.restore_canvas(canvas, index)
    again = on_disk(filled.path).canvas(filled.a).snapshots
    assert [(s.id, s.content) for s in again] == [(snapshot.id, snapshot.content)]


def test_a_damaged_snapshot_is_named_and_left_out_of_an_export(filled, workspace_path):
    snapshot = filled.store.take_snapshots([filled.a], "Broken")[0]
    filled.store.close()
    connection = sqlite3.connect(workspace_path)
    connection.execute("UPDATE snapshot SET content = '{not json' WHERE id = ?", (snapshot.id,))
    connection.commit()
    connection.close()
    with open_workspace(workspace_path) as store:
        with pytest.raises(InterchangeError, match=r"snapshot 'Broken'.*damaged"):
            store.snapshot_canvas(snapshot.id)
        document = export_document(store.workspace)
    assert document["canvases"][0]["snapshots"] == []
    validate_document(document, "export")


# ----------------------------------------------------------------- restoring
def test_restoring_over_the_canvas_takes_a_snapshot_first_and_undoes_in_one_step(
    filled, on_disk, content
):
    store = filled.store
    snapshot = store.take_snapshots([filled.a], "Good")[0]
    store.update_card(filled.a_cards[0], text="worse", votes=9)
    store.delete_cards([filled.a_cards[3]])
    extra = store.add_card(filled.a, filled.a_blocks[3], "new since")
    store.delete_links([filled.a_links[0]])
    before = content(store.workspace)
    target = store.snapshot_canvas(snapshot.id)
    done = store.rewrite_canvases(replace={filled.a: target}, snapshot_name="Before restoring")
    now = on_disk(filled.path).canvas(filled.a)
    assert diff_canvases(target, now).is_empty
    assert now.card(filled.a_cards[3]).text == "供应链协同"  # back with its id
    assert extra.id not in {c.id for c in now.cards}
    assert sorted(lk.id for lk in now.links) == sorted(filled.a_links)
    assert [s.name for s in now.snapshots] == ["Good", "Before restoring"]
    auto = store.snapshot_canvas(done.snapshots[0].id)
    assert auto.card(filled.a_cards[0]).text == "worse"
    # Undo: the canvas as it was before the restore (the automatic snapshot stays).
    store.rewrite_canvases(replace=done.before)
    undone = content(on_disk(filled.path))
    for data in (undone, before):
        data["canvases"][0].pop("snapshots")
    assert undone == before
    # Redo: exactly what the restore made, ids included.
    store.rewrite_canvases(replace=done.after)
    assert diff_canvases(done.after[filled.a], on_disk(filled.path).canvas(filled.a)).is_empty


def test_a_restore_changes_only_the_rows_that_differ(filled):
    store = filled.store
    snapshot = store.take_snapshots([filled.a], "Good")[0]
    store.update_card(filled.a_cards[2], owner="李雷")
    del filled.changes[:]
    store.rewrite_canvases(replace={filled.a: store.snapshot_canvas(snapshot.id)})
    changed = [c for c in filled.changes if c.kind == ChangeKind.CARDS_CHANGED]
    assert [c.ids for c in changed] == [(filled.a_cards[2],)]
    assert not [c for c in filled.changes if c.kind.endswith("-removed")]


def test_restoring_as_a_new_canvas_and_undoing_it(filled, on_disk):
    store = filled.store
    snapshot = store.take_snapshots([filled.a], "Good")[0]
    store.update_card(filled.a_cards[0], text="changed")
    copy_of = canvas_as_new(store.snapshot_canvas(snapshot.id), title="商业模式 A (Good)")
    done = store.rewrite_canvases(add=[copy_of])
    added = done.added[0]
    ws = on_disk(filled.path)
    assert [c.title for c in ws.canvases][-1] == "商业模式 A (Good)"
    assert diff_canvases(store.snapshot_canvas(snapshot.id), ws.canvas(added.id)).is_empty
    assert diff_canvases(store.snapshot_canvas(snapshot.id), ws.canvas(added.id)).matched_by == (
        "content"
    )
    store.rewrite_canvases(remove=[added.id])
    assert added.id not in {c.id for c in on_disk(filled.path).canvases}
    store.rewrite_canvases(add=[added])  # redo keeps every id
    again = on_disk(filled.path).canvas(added.id)
    assert sorted(c.id for c in again.cards) == sorted(c.id for c in added.cards)


def test_a_restore_of_a_card_now_on_another_canvas_gives_it_a_new_id(filled, on_disk):
    from ecanvas.store import CardMove

    store = filled.store
    snapshot = store.take_snapshots([filled.a], "Good")[0]
    moved = filled.a_cards[1]
    store.move_cards([CardMove(moved, filled.b, filled.b_blocks[0], 0)])
    store.rewrite_canvases(replace={filled.a: store.snapshot_canvas(snapshot.id)})
    ws = on_disk(filled.path)
    assert ws.canvas(filled.b).card(moved).text == "Same-day delivery"
    back = [c for c in ws.canvas(filled.a).cards if c.text == "Same-day delivery"]
    assert len(back) == 1 and back[0].id != moved
    assert len(ws.canvas(filled.a).links) == 3  # its links follow the new id


def test_a_failed_rewrite_leaves_file_and_model_as_they_were(filled, on_disk, content):
    store = filled.store
    snapshot = store.take_snapshots([filled.a], "Good")[0]
    store.update_card(filled.a_cards[0], text="changed")
    before = content(store.workspace)
    target = copy.deepcopy(store.snapshot_canvas(snapshot.id))
    target.cards[0].block_id = 999_999  # no such block: refused half-way through
    with pytest.raises(KeyError):
        store.rewrite_canvases(replace={filled.a: target}, snapshot_name="Auto")
    assert content(store.workspace) == before
    assert content(on_disk(filled.path)) == before


# ----------------------------------------------------------------- interchange
def test_snapshots_travel_through_export_and_import_byte_for_byte(filled, tmp_path):
    store = filled.store
    store.take_snapshots([filled.a, filled.b], "Meeting 1 第一次")
    store.update_card(filled.a_cards[0], text="later")
    store.take_snapshots([filled.a], "Meeting 2")
    first = document_bytes(store.workspace)
    (tmp_path / "doc.json").write_bytes(first)
    target = import_json(tmp_path / "doc.json", tmp_path / "copy.ecanvas")
    with open_workspace(target) as copy_store:
        assert document_bytes(copy_store.workspace) == first
        canvas = copy_store.workspace.canvas(filled.a)
        old = copy_store.snapshot_canvas(canvas.snapshots[0].id)
        assert old.card(filled.a_cards[0]).text == "一站式采购"
        assert [c.text for c in diff_canvases(old, canvas).edited] == ["later"]


def _document_with_snapshot(filled) -> dict:
    filled.store.take_snapshots([filled.a], "Meeting")
    return json.loads(document_bytes(filled.store.workspace))


@pytest.mark.parametrize(
    ("change", "path", "problem"),
    [
        (lambda s: s["content"]["canvas"]["cards"][0].update(votes=-1),
         "$.canvases[0].snapshots[0].content.canvas.cards[0].votes", "votes must be an integer"),
        (lambda s: s["content"].update(version=99),
         "$.canvases[0].snapshots[0].content.version", "newer than ecanvas"),
        (lambda s: s["content"].update(format="other"),
         "$.canvases[0].snapshots[0].content.format", 'format must be "ecanvas-snapshot"'),
        (lambda s: s.update(name=" "), "$.canvases[0].snapshots[0].name", "non-empty"),
        (lambda s: s["content"]["canvas"]["links"][0].update(source=12345),
         "$.canvases[0].snapshots[0].content.canvas.links[0].source", "there is no card 12345"),
        (lambda s: s["content"]["canvas"].update(snapshots=[]),
         "$.canvases[0].snapshots[0].content.canvas.snapshots", "unknown field"),
    ],
)  # fmt: skip
def test_a_bad_snapshot_in_a_document_is_refused_at_its_path(filled, change, path, problem):
    document = _document_with_snapshot(filled)
    change(document["canvases"][0]["snapshots"][0])
    with pytest.raises(InterchangeError, match=problem) as caught:
        validate_document(document, "doc.json")
    assert caught.value.field_path == path


def test_snapshot_ids_are_their_own_and_may_repeat_the_canvas_ids(filled):
    document = _document_with_snapshot(filled)
    validate_document(document, "doc.json")  # the content repeats every card id of the canvas
    canvases = document["canvases"]
    canvases[1]["snapshots"] = [copy.deepcopy(canvases[0]["snapshots"][0])]
    with pytest.raises(InterchangeError, match="duplicate snapshot id"):
        validate_document(document, "doc.json")


def test_a_version_4_document_with_snapshots_is_refused(filled):
    document = _document_with_snapshot(filled)
    document["version"] = 4
    for name in ("participants", "rounds", "dots"):  # version 6's workshop
        del document[name]
    with pytest.raises(InterchangeError, match='unknown field "snapshots"'):
        validate_document(document, "old.json")


# ----------------------------------------------------------------- schema upgrades
def test_a_snapshot_survives_the_upgrade_of_an_older_file(tmp_path):
    """A schema-2 file (the first with the snapshot table) holding a snapshot of its canvas is
    upgraded to the current schema (cards placed at x and y become cards in order); the
    snapshot, a canvas of interchange version 3 (cards at x and y too), still reads as the canvas
    it froze, in the same order."""
    path = tmp_path / "two.ecanvas"
    connection = sqlite3.connect(path, isolation_level=None)
    migrations.migrate(connection, 0, target=2)
    stamp = "2025-03-01 09:30:00.000000"
    connection.executescript(
        f"""
        INSERT INTO workspace (id, title, created, updated) VALUES (1, 'Two', '{stamp}', '{stamp}');
        INSERT INTO canvas VALUES (1, 'SWOT 第一次', 'swot', 0, '{stamp}', '{stamp}');
        INSERT INTO block (id, canvas_id, key, title_en, title_zh, colour, x, y, w, h, position)
            VALUES (1, 1, 'strengths', 'Strengths', '优势', '#3C8D5A', 0, 0, 480, 360, 0),
                   (2, 1, 'weaknesses', 'Weaknesses', '劣势', '#B5651D', 500, 0, 480, 360, 1);
        INSERT INTO card (id, canvas_id, block_id, text, colour, tags, votes, x, y, created,
                          updated)
            VALUES (1, 1, 1, '会员复购 45%', '#FFE680', '["私域"]', 0, 182, 56, '{stamp}',
                    '{stamp}'),
                   (2, 1, 1, 'Thin margins', '#FFE680', '[]', 2, 12, 166, '{stamp}', '{stamp}'),
                   (3, 1, 1, 'Own tea gardens', '#FFE680', '[]', 0, 12, 56, '{stamp}',
                    '{stamp}');
        INSERT INTO link (id, canvas_id, source_id, target_id, label)
            VALUES (1, 1, 1, 2, 'offsets');
        """
    )
    content = (FIXTURES / "snapshot-content-3.json").read_text(encoding="utf-8").strip()
    connection.execute(
        "INSERT INTO snapshot (id, canvas_id, name, created, content) VALUES (1, 1, ?, ?, ?)",
        ("第一次会议", stamp, content),
    )
    connection.close()
    assert read_header(path).user_version == 2
    with open_workspace(path) as store:
        canvas = store.workspace.canvas(1)
        assert [(s.name, s.content) for s in canvas.snapshots] == [("第一次会议", content)]
        frozen = store.snapshot_canvas(1)
        assert [c.id for c in frozen.cards_in(1)] == [3, 1]  # left to right, as it was drawn
        assert [c.id for c in canvas.cards_in(1)] == [3, 1, 2]
        changes = diff_canvases(frozen, canvas)
        assert [(c.card_id, c.before_block, c.after_block) for c in changes.moved] == [
            (2, "weaknesses", "strengths")
        ]
        assert not (changes.added or changes.removed or changes.edited)
        store.rewrite_canvases(replace={1: frozen})  # and it still restores
    assert read_header(path).user_version == SCHEMA_VERSION
    with open_workspace(path, read_only=True) as store:
        canvas = store.workspace.canvas(1)
        assert [c.id for c in canvas.cards_in(1)] == [3, 1]
        assert [c.id for c in canvas.cards_in(2)] == [2]
        assert diff_canvases(store.snapshot_canvas(1), canvas).is_empty
