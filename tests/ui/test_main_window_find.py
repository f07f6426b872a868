"""Find (Ctrl+F): matches across canvases, highlight on the canvas shown, stepping, closing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from window_helpers import action, add_cards, close_window, make_window

from ecanvas.ui.find_bar import find_cards, parse_query


@pytest.fixture
def cards(store):
    """Two canvases: 'Tea gift box' and 'Coffee' on the first, 'Tea school' and 'Gift card' on
    the second; the gift cards carry the tag 'promo'."""
    first = store.workspace.canvases[0]
    second = store.add_canvas("swot", title="SWOT")
    made = add_cards(store, first.id, "value-proposition", "Tea gift box", tags=["promo"])
    made += add_cards(store, first.id, "revenue-model", "Coffee")
    made += add_cards(store, second.id, "strengths", "Tea school")
    made += add_cards(store, second.id, "opportunities", "Gift card", tags=["Promo", "q4"])
    return {card.text: card for card in made}


@pytest.fixture
def window(qtbot, store, cards, tmp_path):
    win = make_window(qtbot, store, tmp_path)
    yield win
    close_window(win)


def find_states(window) -> dict[str, bool | None]:
    scene = window.tabs.current_view().canvas_scene
    return {item.text: item.find_state for item in scene.card_items.values()}


def test_query_words_and_tags():
    assert parse_query("Tea #Promo  box") == (["tea", "box"], ["promo"])
    assert parse_query("# alone") == (["alone"], [])


def test_find_cards_in_reading_order_across_canvases(store, cards):
    assert [c for _, c in find_cards(store.workspace, "tea")] == [
        cards["Tea gift box"].id,
        cards["Tea school"].id,
    ]
    assert {c for _, c in find_cards(store.workspace, "#promo")} == {
        cards["Tea gift box"].id,
        cards["Gift card"].id,
    }
    assert [c for _, c in find_cards(store.workspace, "gift", tag="q4")] == [cards["Gift card"].id]
    assert find_cards(store.workspace, "  ") == []


def test_ctrl_f_highlights_matches_on_the_canvas_shown(window, qtbot):
    window.tabs.current_view().setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_bar
    assert bar.isVisible() and bar.field.hasFocus()
    qtbot.keyClicks(bar.field, "tea")
    assert bar.count_label.text() == "Matches: 2"
    assert find_states(window) == {"Tea gift box": True, "Coffee": False}


def test_enter_steps_through_matches_across_canvases(window, qtbot, cards):
    action(window, "find").trigger()
    bar = window.find_bar
    qtbot.keyClicks(bar.field, "tea")
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    scene = window.tabs.current_view().canvas_scene
    assert window.tabs.currentIndex() == 0
    assert scene.selected_card_ids() == [cards["Tea gift box"].id]
    assert bar.count_label.text() == "1 of 2"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert window.tabs.currentIndex() == 1  # the next match is on the other canvas
    scene = window.tabs.current_view().canvas_scene
    assert scene.selected_card_ids() == [cards["Tea school"].id]
    assert bar.count_label.text() == "2 of 2"
    assert find_states(window) == {"Tea school": True, "Gift card": False}
    assert window.inspector.text_edit.toPlainText() == "Tea school"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.tabs.currentIndex() == 0
    assert bar.count_label.text() == "1 of 2"


def test_f3_finds_next_and_tags_filter(window, qtbot, cards):
    action(window, "find").trigger()
    bar = window.find_bar
    bar.tag_combo.setCurrentIndex(bar.tag_combo.findData("promo"))
    bar.tag_combo.activated.emit(bar.tag_combo.currentIndex())
    assert bar.count_label.text() == "Matches: 2"
    assert find_states(window)["Tea gift box"] is True
    action(window, "find_next").trigger()
    action(window, "find_next").trigger()
    assert window.tabs.current_view().canvas_scene.selected_card_ids() == [cards["Gift card"].id]


def test_escape_closes_the_bar_and_clears_the_highlight(window, qtbot):
    action(window, "find").trigger()
    bar = window.find_bar
    qtbot.keyClicks(bar.field, "coffee")
    assert find_states(window)["Coffee"] is True
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert set(find_states(window).values()) == {None}


def test_matches_follow_edits_while_the_bar_is_open(window, qtbot, store, cards):
    action(window, "find").trigger()
    qtbot.keyClicks(window.find_bar.field, "tea")
    store.update_card(cards["Coffee"].id, text="Tea latte")
    assert window.find_bar.count_label.text() == "Matches: 3"
    assert find_states(window)["Tea latte"] is True


def test_no_matches_says_so(window, qtbot):
    action(window, "find").trigger()
    qtbot.keyClicks(window.find_bar.field, "zzz")
    assert window.find_bar.count_label.text() == "No matches"
    assert not window.find_bar.next_button.isEnabled()
