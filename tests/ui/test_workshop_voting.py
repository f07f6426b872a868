"""Dot voting in a workshop: a round on a block (or a canvas, or the workspace) with N dots per
participant; participants vote by clicking cards or with Tab and V while they are active; the
dots left show per participant; nobody exceeds their dots; every dot is one undo step; closing
the round sorts the block by votes and highlights the top cards. Outside a round a click on a
card is an ordinary click and the card's own votes work as before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from window_helpers import add_cards, close_window, reopened
from workshop_helpers import click_card, open_workshop, settle, trigger

from ecanvas.model import workshop as rules
from ecanvas.ui.workshop.dialogs import RoundDialog


@pytest.fixture
def voting(qtbot, store, canvas, tmp_path, monkeypatch):
    """A workshop on four cards of the first block, Ana and Ben, a round of 2 dots each (top 2)
    started with R."""
    ana, ben = store.add_participant("Ana"), store.add_participant("Ben")
    cards = add_cards(store, canvas.id, "value-proposition", "Fast", "Cheap", "Kind", "Green")
    add_cards(store, canvas.id, "revenue-model", "Elsewhere")
    window, workshop = open_workshop(qtbot, store, tmp_path)

    def accept(dialog):
        dialog.choose("block", 2, 2)
        return RoundDialog.DialogCode.Accepted

    monkeypatch.setattr(RoundDialog, "exec", accept)
    QTest.keyClick(workshop.view, Qt.Key.Key_R)
    yield window, workshop, ana, ben, [c.id for c in cards]
    close_window(window)


def test_participants_vote_by_clicking_and_cannot_exceed_their_dots(qtbot, store, voting):
    _window, workshop, ana, ben, (fast, cheap, kind, green) = voting
    view = workshop.view
    voting_round = rules.open_round(store.workspace)
    assert (voting_round.scope, voting_round.dots_per_participant) == ("block", 2)
    click_card(workshop, kind)  # nobody chosen yet: a message, no vote
    assert workshop.toast.isVisible() and not store.workspace.dots
    QTest.keyClick(view, Qt.Key.Key_1)
    click_card(workshop, kind)
    click_card(workshop, kind)
    settle(qtbot, workshop)
    assert workshop.participants.chips[ana.id].text().endswith("○○")  # both dots placed
    click_card(workshop, cheap)  # Ana's dots are spent
    assert "no dots left" in workshop.toast.text()
    QTest.keyClick(view, Qt.Key.Key_2)
    click_card(workshop, cheap)
    click_card(workshop, kind, shift=True)  # Ben has no dot on Kind to take back
    assert "no dot on this card" in workshop.toast.text()
    click_card(workshop, fast)
    click_card(workshop, fast, shift=True)  # takes it back
    click_card(workshop, green)
    saved = reopened(store.path)
    assert rules.tally(saved, voting_round.id) == {kind: 2, cheap: 1, green: 1}
    by_person = {(d.participant_id, d.card_id) for d in saved.dots}
    assert by_person == {(ana.id, kind), (ben.id, cheap), (ben.id, green)}
    settle(qtbot, workshop)
    assert "0 of 2 left" in workshop.side.texts()
    item = view.canvas_scene.card_items[kind]
    assert item.votes_shown == 2  # the card shows its dots, in the participants' colours
    workshop.undo_stack.undo()  # Ben's dot on Green
    assert rules.tally(reopened(store.path), voting_round.id) == {kind: 2, cheap: 1}


def test_keyboard_voting_with_tab_and_v(qtbot, store, voting):
    _window, workshop, ana, _ben, (fast, _cheap, _kind, _green) = voting
    view = workshop.view
    QTest.keyClick(view, Qt.Key.Key_1)
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert view.canvas_scene.selected_card_ids() == [fast]
    QTest.keyClick(view, Qt.Key.Key_V)
    QTest.keyClick(view, Qt.Key.Key_Tab)
    QTest.keyClick(view, Qt.Key.Key_V)
    QTest.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ShiftModifier)
    assert [(d.participant_id, d.card_id) for d in reopened(store.path).dots] == [(ana.id, fast)]


def test_a_card_outside_the_round_takes_no_dot(qtbot, store, canvas, voting):
    _window, workshop, _ana, _ben, _cards = voting
    QTest.keyClick(workshop.view, Qt.Key.Key_1)
    QTest.keyClick(workshop.view, Qt.Key.Key_Right)  # the revenue model: not in the round
    elsewhere = canvas.cards_in(workshop.view.block_id)[0]
    click_card(workshop, elsewhere.id)
    assert "not part of the voting round" in workshop.toast.text()
    assert not store.workspace.dots


def test_closing_the_round_sorts_the_block_and_highlights_the_top(qtbot, store, canvas, voting):
    _window, workshop, _ana, _ben, (fast, cheap, kind, green) = voting
    view = workshop.view
    for key, card in ((Qt.Key.Key_1, green), (Qt.Key.Key_1, kind), (Qt.Key.Key_2, green),
                      (Qt.Key.Key_2, cheap)):  # fmt: skip
        QTest.keyClick(view, key)
        click_card(workshop, card)
    settle(qtbot, workshop)
    QTest.keyClick(view, Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)
    block = canvas.block_by_key("value-proposition")
    saved = reopened(store.path)
    assert [c.id for c in saved.canvases[0].cards_in(block.id)] == [green, cheap, kind, fast]
    assert not saved.rounds[0].is_open
    settle(qtbot, workshop)
    items = view.canvas_scene.card_items
    # Green is first; Cheap and Kind share the second place (one dot each), both highlighted.
    assert (items[green].rank, items[cheap].rank, items[kind].rank, items[fast].rank) == (
        1, 2, 2, None,
    )  # fmt: skip
    panel = workshop.side.texts()
    assert "Results of voting round 1" in panel and "1.&nbsp;Green" in panel
    workshop.undo_stack.undo()  # the round opens again, the block as it was
    saved = reopened(store.path)
    assert [c.id for c in saved.canvases[0].cards_in(block.id)] == [fast, cheap, kind, green]
    assert saved.rounds[0].is_open
    settle(qtbot, workshop)
    assert items[green].rank is None


def test_a_round_can_cover_the_canvas_and_another_cannot_start_while_it_is_open(
    qtbot, store, canvas, tmp_path, monkeypatch
):
    store.add_participant("Ana")
    add_cards(store, canvas.id, "revenue-model", "Subscriptions")
    window, workshop = open_workshop(qtbot, store, tmp_path)

    def accept(dialog):
        dialog.choose("canvas", 1, 3)
        return RoundDialog.DialogCode.Accepted

    monkeypatch.setattr(RoundDialog, "exec", accept)
    trigger(workshop, "start_round")
    voting_round = rules.open_round(store.workspace)
    assert (voting_round.scope, voting_round.canvas_id) == ("canvas", canvas.id)
    settle(qtbot, workshop)
    assert not workshop.actions["start_round"].isEnabled()
    assert workshop.state.text()  # "● Voting round 1" in the top bar
    workshop.undo_stack.undo()  # starting the round undone
    assert store.workspace.rounds == []
    close_window(window)


def test_outside_a_round_a_click_selects_the_card_and_its_own_votes_still_count(
    qtbot, store, canvas, tmp_path
):
    store.add_participant("Ana")
    (card,) = add_cards(store, canvas.id, "value-proposition", "Plain", votes=2)
    window, workshop = open_workshop(qtbot, store, tmp_path)
    QTest.keyClick(workshop.view, Qt.Key.Key_1)
    click_card(workshop, card.id)
    assert workshop.view.canvas_scene.selected_card_ids() == [card.id]
    assert store.workspace.dots == []
    assert workshop.view.canvas_scene.card_items[card.id].votes_shown == 2
    close_window(window)


def test_the_inspector_shows_a_cards_own_votes_and_its_round_dots(qtbot, store, canvas,
                                                                  undo_stack):  # fmt: skip
    from ecanvas.ui.panels.inspector import InspectorPanel

    (card,) = add_cards(store, canvas.id, "value-proposition", "Voted", votes=2)
    ana = store.add_participant("Ana")
    voting = store.start_round("canvas", canvas_id=canvas.id, dots=2)
    panel = InspectorPanel(store, undo_stack)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_cards([card.id])
    assert panel.votes_label.text() == "2"
    store.add_dot(voting.id, ana.id, card.id)
    assert panel.votes_label.text() == "2 + 1"
    # Worded without a plural, so one dot or one vote reads right.
    assert panel.votes_label.toolTip() == ("Own votes: 2; dots from workshop voting rounds: 1")


def test_a_round_of_one_dot_each_is_told_in_the_singular(qtbot, store, canvas, tmp_path,
                                                          monkeypatch):  # fmt: skip
    store.add_participant("Ana")
    add_cards(store, canvas.id, "value-proposition", "Fast")
    window, workshop = open_workshop(qtbot, store, tmp_path)

    def accept(dialog):
        dialog.choose("block", 1, 1)
        return RoundDialog.DialogCode.Accepted

    monkeypatch.setattr(RoundDialog, "exec", accept)
    QTest.keyClick(workshop.view, Qt.Key.Key_R)
    settle(qtbot, workshop)
    assert workshop.side.status.text() == (
        "Voting round 1: one dot each. Click a card to place it; Shift+click takes it back."
    )
    close_window(window)
