"""A workshop on a shared server workspace: the same operations as on a file, and two laptops see
each other's participants, dots, rounds and reveals live; together they cannot overspend dots."""

from __future__ import annotations

import json
import time

import pytest

from ecanvas.model import workshop
from ecanvas.store import ChangeKind
from ecanvas.store.interchange import export_document
from ecanvas.store.server.address import parse_server_url
from ecanvas.store.server.opening import open_server_workspace
from ecanvas.store.server.transfer import pull, push


def settle(store, predicate, timeout: float = 5.0) -> None:
    """Poll until `predicate()` holds (the other laptop's change arrived)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "the other laptop's change did not arrive"
        store.poll(timeout=0.1)


def test_two_laptops_vote_live_and_share_one_budget(shared, second):
    canvas = shared.workspace.canvases[0]
    block = canvas.blocks[0]
    ana = shared.add_participant("Ana")
    cards = shared.add_cards(canvas.id, [dict(block_id=block.id, text=f"idea {n}", author_id=ana.id)
                                         for n in range(3)])  # fmt: skip
    voting = shared.start_round("block", canvas_id=canvas.id, block_id=block.id, dots=2)
    settle(second, lambda: second.workspace.rounds and len(second.workspace.canvases[0].cards) == 3)
    assert [p.name for p in second.workspace.participants] == ["Ana"]
    seen = []
    second.subscribe(seen.append)

    shared.add_dot(voting.id, ana.id, cards[1].id)
    settle(second, lambda: workshop.tally(second.workspace, voting.id) == {cards[1].id: 1})
    assert any(c.kind == ChangeKind.DOTS and c.ids == (cards[1].id,) for c in seen)
    # The second laptop has not heard of a dot placed just now: the server still counts it.
    shared.add_dot(voting.id, ana.id, cards[2].id)
    with pytest.raises(ValueError, match="Ana has no dots left"):
        second.add_dot(voting.id, ana.id, cards[0].id)

    previous = second.close_round(voting.id)
    # The round's closing and the cards it reordered are two notices: wait for both.
    settle(shared, lambda: not shared.workspace.voting_round(voting.id).is_open
           and [c.id for c in shared.workspace.canvases[0].cards_in(block.id)][:2]
           == [cards[1].id, cards[2].id])  # fmt: skip
    second.reopen_round(voting.id, previous)
    first_again = [c.id for c in cards]
    settle(shared, lambda: [c.id for c in shared.workspace.canvases[0].cards_in(block.id)]
           == first_again and shared.workspace.voting_round(voting.id).is_open)  # fmt: skip
    settle(second, lambda: len(second.workspace.dots) == 2)
    assert shared.workspace == second.workspace


def test_a_silent_brainstorm_and_its_reveal_reach_the_other_laptop(shared, second):
    canvas = shared.workspace.canvases[0]
    block = canvas.blocks[1]
    shared.start_silent(block.id)
    settle(second, lambda: second.workspace.canvases[0].blocks[1].silent)
    hidden = second.add_card(canvas.id, block.id, "secret")  # the other laptop's card is hidden too
    assert hidden.face_down
    settle(shared, lambda: shared.workspace.canvases[0].cards)
    shared.reveal_block(block.id)
    settle(second, lambda: not second.workspace.find_card(hidden.id).face_down)
    ben = second.add_participant("Ben")
    second.update_participant(ben.id, colour="#123456")
    settle(shared, lambda: [p.colour for p in shared.workspace.participants] == ["#123456"])
    second.remove_participant(ben.id)
    settle(shared, lambda: not shared.workspace.participants)


def test_a_workshop_pushed_and_pulled_is_the_same_document(tmp_path, pg_cluster, filled):
    store = filled.store
    ana = store.add_participant("Ana")
    voting = store.start_round("canvas", canvas_id=filled.a, dots=3)
    store.add_dot(voting.id, ana.id, filled.a_cards[0])
    store.start_silent(filled.a_blocks[1])
    store.add_card(filled.a, filled.a_blocks[1], "face down", author_id=ana.id)
    expected = json.dumps(export_document(store.workspace), sort_keys=True)
    store.close()
    address = parse_server_url(pg_cluster.workspace_url())
    push(filled.path, address)
    with open_server_workspace(address) as server:
        assert json.dumps(export_document(server.workspace), sort_keys=True) == expected
        later = server.add_participant("Ben")  # ids continue after the pushed ones
        assert later.id == ana.id + 1
        server.add_dot(voting.id, later.id, filled.a_cards[1])
    pulled = pull(address, tmp_path / "pulled.ecanvas")
    from ecanvas.store import open_workspace

    with open_workspace(pulled, read_only=True) as copy:
        assert workshop.tally(copy.workspace, voting.id) == {
            filled.a_cards[0]: 1, filled.a_cards[1]: 1,
        }  # fmt: skip
