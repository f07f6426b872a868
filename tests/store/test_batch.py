"""`batch()`: several operations as one transaction (a composite undo step), on a file."""

from __future__ import annotations

import gc

import pytest

from ecanvas.store import CardMove, ChangeKind
from ecanvas.store.events import ChangeNotifier


def test_a_batch_commits_once_and_is_heard_after_the_commit(filled, on_disk, monkeypatch):
    store = filled.store
    commits = []
    begin = store._begin

    def counting_begin():
        commits.append(1)
        return begin()

    monkeypatch.setattr(store, "_begin", counting_begin)
    heard_inside = []
    with store.batch():
        _reverse, broken = store.move_cards([CardMove(filled.a_cards[1], filled.b,
                                                      filled.b_blocks[0], 0)])  # fmt: skip
        store.update_card(filled.a_cards[1], text="moved and renamed")
        heard_inside.extend(filled.changes)
    assert commits == [1]
    assert heard_inside == []  # nothing announced before the commit
    kinds = [change.kind for change in filled.changes]
    assert ChangeKind.CARDS_ADDED in kinds and ChangeKind.CARDS_CHANGED in kinds
    card = on_disk(filled.path).find_card(filled.a_cards[1])
    assert (card.canvas_id, card.text) == (filled.b, "moved and renamed")
    assert broken  # the link to a card left behind on canvas a went with the move


def test_a_failing_batch_leaves_file_model_and_listeners_as_they_were(filled, sha256, content):
    store = filled.store
    digest, model = sha256(filled.path), content(store.workspace)
    with pytest.raises(KeyError), store.batch():
        store.update_card(filled.a_cards[0], text="first step")
        store.delete_cards([filled.a_cards[2]])
        store.update_card(987654, text="a card that does not exist")
    assert sha256(filled.path) == digest
    assert content(store.workspace) == model
    assert filled.changes == []
    # The store goes on working, in the same model object the panels hold.
    store.update_card(filled.a_cards[0], text="after")
    assert store.workspace.find_card(filled.a_cards[0]).text == "after"


def test_a_nested_batch_joins_the_outer_one(filled, sha256):
    store = filled.store
    digest = sha256(filled.path)
    with pytest.raises(RuntimeError), store.batch():
        with store.batch():
            store.update_card(filled.a_cards[0], text="inner")
        raise RuntimeError("the outer step fails after the inner one")
    assert sha256(filled.path) == digest
    assert store.workspace.find_card(filled.a_cards[0]).text != "inner"


def test_undoing_a_multi_card_move_across_canvases_is_one_transaction(filled, on_disk, content):
    store = filled.store
    before = content(store.workspace)
    moves = [CardMove(filled.a_cards[1], filled.b, filled.b_blocks[3], 0),
             CardMove(filled.a_cards[3], filled.b, filled.b_blocks[3], 1)]  # fmt: skip
    reverse, broken = store.move_cards(moves)
    assert broken
    with store.batch():
        store.move_cards(reverse)
        store.restore_links(broken)
    assert content(store.workspace) == before
    assert content(on_disk(filled.path)) == before


class Panel:
    def __init__(self, seen: list) -> None:
        self.seen = seen

    def on_change(self, change) -> None:
        self.seen.append(change)


def test_listeners_that_are_methods_are_held_weakly():
    notifier = ChangeNotifier()
    seen: list = []
    panel = Panel(seen)
    notifier.subscribe(panel.on_change)
    notifier.subscribe(panel.on_change)  # once only
    notifier.emit(ChangeKind.WORKSPACE)
    assert len(seen) == 1
    del panel
    gc.collect()
    notifier.emit(ChangeKind.WORKSPACE)
    assert len(seen) == 1 and notifier.listeners == []


def test_plain_callables_stay_subscribed_until_unsubscribed():
    notifier = ChangeNotifier()
    seen: list = []
    notifier.subscribe(seen.append)
    notifier.subscribe(lambda change: seen.append("lambda"))
    gc.collect()
    notifier.emit(ChangeKind.WORKSPACE)
    assert len(seen) == 2
    notifier.unsubscribe(seen.append)
    panel = Panel(seen)
    notifier.subscribe(panel.on_change)
    notifier.unsubscribe(panel.on_change)
    notifier.emit(ChangeKind.WORKSPACE)
    assert seen[-1] == "lambda" and len(seen) == 3
