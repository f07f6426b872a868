"""Quick capture and in-place editing with real keys: Enter commits and opens the next editor,
Shift+Enter breaks the line, Esc cancels, double-click edits a card."""

from __future__ import annotations

from canvas_helpers import block_point, card_centre, click, double_click, make_view
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

ENTER = Qt.Key.Key_Return


def type_text(view, text):
    """ASCII as key clicks; anything else as an input-method commit, the way Chinese arrives."""
    if text.isascii():
        QTest.keyClicks(view, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(view, event)


def test_double_click_a_block_captures_two_cards_in_a_row_then_esc(
    qtbot, store, canvas, undo_stack
):
    block = canvas.block_by_key("value-proposition")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    double_click(view, block_point(block, 300, 250))
    assert scene.is_editing

    type_text(view, "First idea")
    QTest.keyClick(view, ENTER)
    assert scene.is_editing  # the next card's editor is already open
    type_text(view, "第二个想法")
    QTest.keyClick(view, ENTER)
    QTest.keyClick(view, Qt.Key.Key_Escape)

    assert not scene.is_editing
    cards = canvas.cards_in(block.id)
    assert [c.text for c in cards] == ["First idea", "第二个想法"]
    first, second = (scene.card_items[c.id].card_scene_rect() for c in cards)
    assert not first.intersects(second)
    header = scene.layout.metrics.header
    assert all(r.top() >= block.y + header for r in (first, second))
    assert undo_stack.count() == 2
    assert {scene.card_items[c.id].text for c in cards} == {"First idea", "第二个想法"}


def test_esc_creates_nothing(qtbot, store, canvas, undo_stack):
    block = canvas.block_by_key("revenue-model")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    view.canvas_scene.start_quick_capture(block.id)
    type_text(view, "never mind")
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert canvas.cards == []
    assert undo_stack.count() == 0
    assert not view.canvas_scene.is_editing


def test_enter_on_an_empty_editor_cancels(qtbot, store, canvas, undo_stack):
    view = make_view(qtbot, store, canvas.id, undo_stack)
    view.canvas_scene.start_quick_capture(canvas.blocks[0].id)
    QTest.keyClick(view, ENTER)
    assert canvas.cards == []
    assert not view.canvas_scene.is_editing


def test_shift_enter_starts_a_new_line(qtbot, store, canvas, undo_stack):
    view = make_view(qtbot, store, canvas.id, undo_stack)
    view.canvas_scene.start_quick_capture(canvas.blocks[0].id)
    type_text(view, "Line one")
    QTest.keyClick(view, ENTER, Qt.KeyboardModifier.ShiftModifier)
    type_text(view, "Line two")
    QTest.keyClick(view, ENTER)
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert [c.text for c in canvas.cards] == ["Line one\nLine two"]


def test_enter_with_a_block_current_opens_capture_there(qtbot, store, canvas, undo_stack):
    block = canvas.block_by_key("partner-network")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    with qtbot.waitSignal(scene.currentBlockChanged) as signal:
        click(view, block_point(block, 400, 300))
    assert signal.args == [block.id]
    QTest.keyClick(view, ENTER)
    type_text(view, "Tmall")
    QTest.keyClick(view, ENTER)
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert [(c.block_id, c.text) for c in canvas.cards] == [(block.id, "Tmall")]


def test_clicking_elsewhere_commits_the_capture(qtbot, store, canvas, undo_stack):
    block = canvas.blocks[0]
    view = make_view(qtbot, store, canvas.id, undo_stack)
    view.canvas_scene.start_quick_capture(block.id)
    type_text(view, "Kept")
    click(view, block_point(canvas.blocks[3], 300, 300))
    assert [c.text for c in canvas.cards] == ["Kept"]
    assert not view.canvas_scene.is_editing


def test_double_click_a_card_edits_its_text_in_place_and_undo_restores_it(
    qtbot, store, canvas, undo_stack
):
    card = store.add_card(canvas.id, canvas.blocks[0].id, "Old text")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    double_click(view, card_centre(view, card.id))
    assert scene.is_editing
    assert not scene.card_items[card.id].isVisible()  # the editor stands in for the card
    QTest.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(view, "New text")
    QTest.keyClick(view, ENTER)

    assert store.workspace.find_card(card.id).text == "New text"
    assert scene.card_items[card.id].text == "New text"
    assert scene.card_items[card.id].isVisible()
    assert scene.selected_card_ids() == [card.id]  # still selected, so the inspector shows it
    assert not scene.is_editing  # editing a card does not chain into capture
    undo_stack.undo()
    assert scene.card_items[card.id].text == "Old text"


def test_edit_selected_card_with_unchanged_text_records_nothing(qtbot, store, canvas, undo_stack):
    card = store.add_card(canvas.id, canvas.blocks[0].id, "Same")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    view.canvas_scene.select_cards([card.id])
    QTest.keyClick(view, Qt.Key.Key_F2)
    assert view.canvas_scene.is_editing
    QTest.keyClick(view, ENTER)
    assert undo_stack.count() == 0


def claims_key(view, key, text=""):
    """Whether the view claims a key before window shortcuts see it (ShortcutOverride)."""
    event = QKeyEvent(QEvent.Type.ShortcutOverride, key, Qt.KeyboardModifier.NoModifier, text)
    event.ignore()
    QApplication.sendEvent(view, event)
    return event.isAccepted()


def test_window_shortcuts_do_not_steal_keys_from_the_editor(qtbot, store, canvas, undo_stack):
    view = make_view(qtbot, store, canvas.id, undo_stack)
    assert not claims_key(view, Qt.Key.Key_N, "n")  # "N" is the window's New card shortcut
    view.canvas_scene.start_quick_capture(canvas.blocks[0].id)
    assert claims_key(view, Qt.Key.Key_N, "n")
    assert claims_key(view, Qt.Key.Key_Delete)
    type_text(view, "Nan")
    QTest.keyClick(view, ENTER)
    assert canvas.cards[0].text == "Nan"
