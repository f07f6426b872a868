"""Undo/redo menu texts read naturally: singular for one card, the count for several."""

from __future__ import annotations

from ecanvas.store import CardMove
from ecanvas.ui.commands import DeleteCardsCommand, DeleteLinksCommand, MoveCardsCommand


def test_command_texts_use_singular_and_plural(qapp, store):
    assert DeleteCardsCommand(store, [1]).text() == "Delete a card"
    assert DeleteCardsCommand(store, [1, 2, 3]).text() == "Delete 3 cards"
    assert DeleteLinksCommand(store, [4, 5]).text() == "Delete 2 links"
    move = CardMove(card_id=1, canvas_id=1, block_id=1, index=0)
    assert MoveCardsCommand(store, [move]).text() == "Move a card"
