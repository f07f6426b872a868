"""The side panels: inspector (card fields through undoable commands) and guidance."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QToolButton
from window_helpers import add_cards, close_window, make_window, reopened

from ecanvas.ui.commands import SetCardFieldsCommand, run_command
from ecanvas.ui.panels.guidance import GuidancePanel
from ecanvas.ui.panels.inspector import InspectorPanel


@pytest.fixture
def card(store, canvas):
    return add_cards(store, canvas.id, "value-proposition", "Fresh tea", note="From Yunnan")[0]


@pytest.fixture
def inspector(qtbot, store, undo_stack, card):
    panel = InspectorPanel(store, undo_stack)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_cards([card.id])
    return panel


def test_inspector_shows_every_field_of_the_selected_card(inspector, store, card):
    store.update_card(
        card.id,
        tags=["tea", "online"],
        owner="Li Na",
        due=date(2027, 3, 1),
        status="doing",
        votes=3,
        colour="#C5E8B7",
    )
    assert inspector.text_edit.toPlainText() == "Fresh tea"
    assert inspector.note_edit.toPlainText() == "From Yunnan"
    assert inspector.tags_edit.text() == "tea, online"
    assert inspector.owner_edit.text() == "Li Na"
    assert inspector.due_check.isChecked() and inspector.due_edit.date() == QDate(2027, 3, 1)
    assert inspector.status_combo.currentData() == "doing"
    assert inspector.status_combo.currentText() == "Doing"
    assert inspector.votes_label.text() == "3"
    assert inspector.colour_swatches.colour == "#C5E8B7"


def test_typing_is_written_to_the_file_as_one_undo_step(inspector, qtbot, store, card, undo_stack):
    inspector.owner_edit.setFocus()
    qtbot.keyClicks(inspector.owner_edit, "Wang Qiang")
    assert reopened(store.path).find_card(card.id).owner == "Wang Qiang"
    assert undo_stack.count() == 1
    undo_stack.undo()
    assert reopened(store.path).find_card(card.id).owner == ""
    assert inspector.owner_edit.text() == ""  # the panel follows the store


def test_a_new_focus_session_is_a_new_undo_step(inspector, qtbot, store, card, undo_stack):
    inspector.text_edit.setFocus()
    qtbot.keyClicks(inspector.text_edit, " and tea sets")
    inspector.note_edit.setFocus()
    inspector.text_edit.setFocus()
    qtbot.keyClicks(inspector.text_edit, "!")
    assert store.workspace.find_card(card.id).text == "Fresh tea and tea sets!"
    assert undo_stack.count() == 2
    undo_stack.undo()
    assert reopened(store.path).find_card(card.id).text == "Fresh tea and tea sets"
    undo_stack.undo()
    assert reopened(store.path).find_card(card.id).text == "Fresh tea"
    assert inspector.text_edit.toPlainText() == "Fresh tea"


def test_status_votes_colour_and_tags(inspector, qtbot, store, card, undo_stack):
    inspector.status_combo.setCurrentIndex(inspector.status_combo.findData("done"))
    inspector.status_combo.activated.emit(inspector.status_combo.currentIndex())
    qtbot.mouseClick(inspector.vote_up, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(inspector.vote_up, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(inspector.vote_down, Qt.MouseButton.LeftButton)
    pink = inspector.colour_swatches.findChild(QToolButton, "swatch_FFC4D6")
    qtbot.mouseClick(pink, Qt.MouseButton.LeftButton)
    inspector.tags_edit.setText("#tea, gifts , tea")
    inspector.tags_edit.editingFinished.emit()
    saved = reopened(store.path).find_card(card.id)
    assert (saved.status, saved.votes, saved.colour, saved.tags) == (
        "done",
        1,
        "#FFC4D6",
        ["tea", "gifts"],
    )
    assert undo_stack.count() == 6  # one step per gesture


def test_due_date_can_be_set_and_cleared(inspector, store, card, undo_stack):
    inspector.due_check.setChecked(True)
    inspector.due_edit.setDate(QDate(2027, 6, 30))
    assert reopened(store.path).find_card(card.id).due == date(2027, 6, 30)
    inspector.due_check.setChecked(False)
    assert reopened(store.path).find_card(card.id).due is None
    assert not inspector.due_edit.isEnabled()
    undo_stack.undo()
    assert reopened(store.path).find_card(card.id).due == date(2027, 6, 30)


def test_edits_from_elsewhere_show_up(inspector, store, card, undo_stack):
    run_command(undo_stack, SetCardFieldsCommand(store, {card.id: {"text": "Oolong"}}))
    assert inspector.text_edit.toPlainText() == "Oolong"
    store.delete_cards([card.id])
    assert inspector.pages.currentIndex() == 0
    assert "Select a card" in inspector.hint.text()


def test_several_cards_selected_shows_a_hint(inspector, store, canvas, card):
    other = add_cards(store, canvas.id, "value-proposition", "Tea sets")[0]
    inspector.show_cards([card.id, other.id])
    assert inspector.pages.currentIndex() == 0
    assert inspector.hint.text().startswith("2 cards selected")


def test_selecting_a_card_on_the_canvas_fills_the_inspector(qtbot, store, card, tmp_path):
    window = make_window(qtbot, store, tmp_path)
    try:
        window.tabs.current_view().canvas_scene.select_cards([card.id])
        assert window.inspector.text_edit.toPlainText() == "Fresh tea"
        window.inspector.note_edit.setFocus()
        qtbot.keyClicks(window.inspector.note_edit, ", spring harvest")
        item = window.tabs.current_view().canvas_scene.card_items[card.id]
        assert reopened(store.path).find_card(card.id).note == "From Yunnan, spring harvest"
        assert item.text == "Fresh tea"
        assert window.undo_stack.undoText() == "Edit card"
    finally:
        close_window(window)


# --------------------------------------------------------------------- guidance
@pytest.fixture
def guidance(qtbot, store):
    panel = GuidancePanel(store, "en")
    qtbot.addWidget(panel)
    return panel


def test_guidance_shows_the_block_questions_in_the_language(guidance, canvas):
    block = canvas.block_by_key("value-proposition")
    guidance.show_block(canvas.id, block.id)
    assert "Value proposition" in guidance.heading.text()
    assert "Which customer problem do you solve" in guidance.body.text()
    guidance.set_language("zh")
    assert "价值主张" in guidance.heading.text()
    assert "我们为谁解决什么问题" in guidance.body.text()


def test_guidance_describes_the_template_when_no_block_is_current(guidance, canvas):
    guidance.show_block(canvas.id, -1)
    assert "Business model design" in guidance.heading.text()
    assert "bridge between vision and execution" in guidance.body.text()


def test_guidance_follows_a_renamed_block(guidance, store, canvas):
    block = canvas.block_by_key("revenue-model")
    guidance.show_block(canvas.id, block.id)
    store.update_block(block.id, title_en="How we <earn>")
    assert "How we &lt;earn&gt;" in guidance.heading.text()
