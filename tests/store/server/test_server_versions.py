"""Snapshots, restores and merges on a shared workspace: the same operations as on a file, seen
live by the other laptops, refused when another laptop changed what they would overwrite."""

from __future__ import annotations

import time

import pytest

from ecanvas.model.diff import diff_canvases
from ecanvas.model.merge import CanvasChoice, default_target, merge_result
from ecanvas.store import ChangeKind, create_workspace, open_workspace
from ecanvas.store.errors import EditConflictError
from ecanvas.store.interchange import document_bytes
from ecanvas.store.merge_source import read_merge_source
from ecanvas.store.server.address import parse_server_url
from ecanvas.store.server.opening import open_server_workspace


def wait_for(store, predicate, timeout: float = 2.0) -> None:
    """Poll `store` until `predicate()` holds (a test module of its own: importing the
    conftest by name finds another folder's conftest when several folders run together)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        left = deadline - time.monotonic()
        if left <= 0:
            raise AssertionError(f"not within {timeout} s")
        store.poll(timeout=min(left, 0.1))


def _swot(store):
    return store.workspace.canvases[0]


def test_a_snapshot_taken_on_one_laptop_appears_on_the_other(shared, second):
    canvas = _swot(shared)
    card = shared.add_card(canvas.id, canvas.blocks[0].id, "直播 Live commerce")
    wait_for(second, lambda: len(_swot(second).cards) == 1)
    seen = []
    second.subscribe(seen.append)
    snapshot = shared.take_snapshots([canvas.id], "Workshop 1")[0]
    wait_for(second, lambda: _swot(second).snapshots)
    assert ChangeKind.SNAPSHOTS_ADDED in [change.kind for change in seen]
    assert second.snapshot_canvas(snapshot.id).card(card.id).text == "直播 Live commerce"
    shared.rename_snapshot(snapshot.id, "Workshop 1 第一次")
    wait_for(second, lambda: _swot(second).snapshots[0].name == "Workshop 1 第一次")
    second.delete_snapshots([snapshot.id])
    wait_for(shared, lambda: not _swot(shared).snapshots)


def test_a_restore_on_the_server_reaches_the_other_laptop_and_undoes(shared, second):
    canvas = _swot(shared)
    cards = shared.add_cards(canvas.id, [dict(block_id=b.id, text=f"card {b.key}")
                                         for b in canvas.blocks])  # fmt: skip
    shared.add_link(cards[0].id, cards[1].id)
    snapshot = shared.take_snapshots([canvas.id], "Good")[0]
    shared.delete_cards([cards[0].id])
    shared.update_card(cards[1].id, text="worse")
    done = shared.rewrite_canvases(replace={canvas.id: shared.snapshot_canvas(snapshot.id)},
                                   snapshot_name="Before restoring")  # fmt: skip
    wait_for(second, lambda: len(_swot(second).snapshots) == 2 and len(_swot(second).links) == 1)
    assert diff_canvases(second.snapshot_canvas(snapshot.id), _swot(second)).is_empty
    assert _swot(second).card(cards[0].id).text == "card strengths"  # back with its id
    shared.rewrite_canvases(replace=done.before)
    wait_for(second, lambda: _swot(second).card(cards[1].id).text == "worse")
    with open_server_workspace(shared.location) as again:
        assert diff_canvases(done.before[canvas.id], _swot(again)).is_empty


def test_a_restore_over_another_laptops_newer_edit_is_refused(shared, second):
    canvas = _swot(shared)
    card = shared.add_card(canvas.id, canvas.blocks[0].id, "first")
    snapshot = shared.take_snapshots([canvas.id], "Good")[0]
    shared.update_card(card.id, text="second")
    wait_for(second, lambda: [c.text for c in _swot(second).cards] == ["second"])
    second.update_card(card.id, text="third, from laptop 2")
    with pytest.raises(EditConflictError):
        shared.rewrite_canvases(replace={canvas.id: shared.snapshot_canvas(snapshot.id)},
                                snapshot_name="Before restoring")  # fmt: skip
    with open_server_workspace(shared.location) as again:
        assert _swot(again).card(card.id).text == "third, from laptop 2"
        assert [s.name for s in _swot(again).snapshots] == ["Good"]  # nothing half-done


def test_merging_a_laptops_file_into_the_shared_workspace_twice(shared, second, tmp_path):
    laptop = tmp_path / "laptop.ecanvas"
    with create_workspace(laptop, title="Laptop") as other:
        swot = other.add_canvas("swot", title="SWOT")
        a = other.add_card(swot.id, swot.blocks[0].id, "Members")
        b = other.add_card(swot.id, swot.blocks[3].id, "Rivals")
        other.add_link(a.id, b.id)
    source = read_merge_source(laptop)
    for _round in range(2):
        choices = [CanvasChoice(c, default_target(c, shared.workspace.canvases))
                   for c in source.canvases]  # fmt: skip
        states, added = merge_result(shared.workspace.canvases, choices)
        shared.rewrite_canvases(replace=states, add=added, snapshot_name=f"Merge {_round}")
    wait_for(second, lambda: len(_swot(second).snapshots) == 2)
    assert sorted(c.text for c in _swot(second).cards) == ["Members", "Rivals"]
    assert len(_swot(second).links) == 1


def test_push_and_pull_carry_the_snapshots(tmp_path, pg_cluster, filled_file):
    from ecanvas.store.server.transfer import pull, push

    with open_workspace(filled_file) as store:
        canvas = store.workspace.canvases[0]
        store.take_snapshots([canvas.id], "Before push")
        gone = canvas.cards[-1].id
        store.delete_cards([gone])  # the highest card id lives on in the snapshot only
        expected = document_bytes(store.workspace)
    address = parse_server_url(pg_cluster.workspace_url())
    push(filled_file, address)
    with open_server_workspace(address) as server:
        canvas = server.workspace.canvases[0]
        assert [s.name for s in canvas.snapshots] == ["Before push"]
        server.rewrite_canvases(replace={canvas.id: server.snapshot_canvas(canvas.snapshots[0].id)})
        assert gone in {c.id for c in server.workspace.canvases[0].cards}
        fresh = server.add_card(canvas.id, canvas.blocks[0].id, "numbered after the snapshot")
        assert fresh.id > gone
    pulled = pull(address, tmp_path / "pulled.ecanvas")
    with open_workspace(pulled, read_only=True) as copy:
        assert [s.name for s in copy.workspace.canvases[0].snapshots] == ["Before push"]
    assert expected  # the file's own document, before the push, had the snapshot too
