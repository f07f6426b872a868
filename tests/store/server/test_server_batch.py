"""`batch()` on a server workspace: one transaction, a row changed twice is no conflict, and a
conflict in the middle refuses the whole batch."""

from __future__ import annotations

import time

import pytest

from ecanvas.store import CardMove
from ecanvas.store.errors import EditConflictError
from ecanvas.store.server.opening import open_server_workspace


def wait_for(store, predicate, timeout: float = 5.0) -> None:
    """Poll `store` until `predicate()` holds (the other laptop's change arrived)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "the other laptop's change did not arrive"
        store.poll(timeout=0.1)


def test_a_batch_changing_one_card_twice_commits_both(shared, second):
    canvas = shared.workspace.canvases[0]
    card = shared.add_card(canvas.id, canvas.blocks[0].id, "One")
    with shared.batch():
        shared.update_card(card.id, text="Two")
        shared.move_cards([CardMove(card.id, canvas.id, canvas.blocks[1].id, 0)])
        shared.update_card(card.id, note="and a note")
    with open_server_workspace(shared.location) as third:
        stored = third.workspace.find_card(card.id)
    assert (stored.text, stored.block_id, stored.note) == ("Two", canvas.blocks[1].id,
                                                           "and a note")  # fmt: skip
    shared.update_card(card.id, text="Three")  # the versions it knows are the stored ones


def test_a_conflict_inside_a_batch_refuses_all_of_it(shared, second):
    canvas = shared.workspace.canvases[0]
    mine = shared.add_card(canvas.id, canvas.blocks[0].id, "Mine")
    theirs = shared.add_card(canvas.id, canvas.blocks[0].id, "Theirs")
    wait_for(second, lambda: len(second.workspace.canvases[0].cards) == 2)
    shared.update_card(theirs.id, text="Changed by the first laptop")
    with pytest.raises(EditConflictError), second.batch():
        second.update_card(mine.id, text="Bob's first step")
        second.update_card(theirs.id, text="Bob's second step")
    assert second.workspace.find_card(mine.id).text == "Mine"
    assert second.workspace.find_card(theirs.id).text == "Changed by the first laptop"
    with open_server_workspace(shared.location) as third:
        texts = sorted(c.text for c in third.workspace.canvases[0].cards)
    assert texts == ["Changed by the first laptop", "Mine"]
