"""Participants and their cards in a workshop: added in the participants dialog, keys 1–9 switch
who captures, a captured card takes that participant's colour and names them as its author; a
silent brainstorm lays new cards face down (counted per participant) until the reveal. Each step
is one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from window_helpers import close_window, reopened
from workshop_helpers import open_workshop, settle, type_card

from ecanvas.model import DEFAULT_CARD_COLOUR
from ecanvas.ui.workshop.dialogs import ParticipantsDialog


@pytest.fixture
def people(store):
    """Two participants, in the order of keys 1 and 2."""
    return store.add_participant("Ana"), store.add_participant("Ben")


def test_the_participants_dialog_adds_renames_recolours_and_removes_one_step_each(
    qtbot, store, tmp_path
):
    window, workshop = open_workshop(qtbot, store, tmp_path)
    dialog = ParticipantsDialog(store, workshop.run, workshop)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    for name in ("Ana", "Ben 本"):
        dialog.new_name.setText(name)
        QTest.keyClick(dialog.new_name, Qt.Key.Key_Return)
    ana, ben = store.workspace.participants
    assert (ana.name, ben.name) == ("Ana", "Ben 本") and ana.colour != ben.colour
    dialog.new_name.setText("ana")
    dialog.add()  # the same name twice is refused, said on screen
    assert len(store.workspace.participants) == 2
    name = dialog.findChild(type(dialog.new_name), f"workshopParticipantName_{ben.id}")
    name.setText("Benjamin")
    name.editingFinished.emit()
    dialog.recolour(ana.id, "#123456")
    dialog.remove(ben.id)
    assert [(p.name, p.colour) for p in reopened(store.path).participants] == [("Ana", "#123456")]
    assert workshop.undo_stack.count() == 5
    for _ in range(3):
        workshop.undo_stack.undo()
    assert [(p.name, p.colour) for p in reopened(store.path).participants] == [
        (ana.name, ana.colour), ("Ben 本", ben.colour),
    ]  # fmt: skip
    settle(qtbot, workshop)
    assert list(workshop.participants.chips) == [ana.id, ben.id]
    close_window(window)


def test_keys_switch_the_participant_and_capture_takes_their_colour_and_name(
    qtbot, store, canvas, people, tmp_path
):
    ana, ben = people
    window, workshop = open_workshop(qtbot, store, tmp_path)
    view = workshop.view
    QTest.keyClick(view, Qt.Key.Key_2)
    assert workshop.participant_id == ben.id
    settle(qtbot, workshop)
    assert workshop.participants.chips[ben.id].isChecked()
    type_card(qtbot, workshop, "Ben's idea")
    QTest.keyClick(view, Qt.Key.Key_Escape)  # closes the next card's editor, stays in the workshop
    QTest.keyClick(view, Qt.Key.Key_1)
    type_card(qtbot, workshop, "Ana's idea")
    QTest.keyClick(view, Qt.Key.Key_Escape)
    QTest.keyClick(view, Qt.Key.Key_0)
    type_card(qtbot, workshop, "Nobody's")
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert workshop.isVisible()
    cards = reopened(store.path).canvases[0].cards_in(view.block_id)
    assert [(c.text, c.colour, c.author_id) for c in cards] == [
        ("Ben's idea", ben.colour, ben.id), ("Ana's idea", ana.colour, ana.id),
        ("Nobody's", DEFAULT_CARD_COLOUR, None),
    ]  # fmt: skip
    QTest.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # one step: one card
    assert len(reopened(store.path).canvases[0].cards) == 2
    QTest.keyClick(view, Qt.Key.Key_9)  # nobody is number 9: said, nothing changes
    assert workshop.participant_id is None and workshop.toast.isVisible()
    # The main window's canvas, out of sight during the workshop, shows the cards once back.
    QTest.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(window.isVisible)
    shown = window.tabs.current_view().canvas_scene.card_items
    assert {item.text for item in shown.values()} == {"Ben's idea", "Ana's idea"}
    close_window(window)


def test_a_silent_brainstorm_lays_cards_face_down_until_the_reveal(
    qtbot, store, canvas, people, tmp_path
):
    ana, ben = people
    before = store.add_card(canvas.id, canvas.blocks[0].id, "Said out loud before")
    window, workshop = open_workshop(qtbot, store, tmp_path)
    view, scene = workshop.view, workshop.view.canvas_scene
    QTest.keyClick(view, Qt.Key.Key_S)
    assert reopened(store.path).canvases[0].blocks[0].silent
    settle(qtbot, workshop)
    assert workshop.state.text()
    for key, text in ((Qt.Key.Key_1, "secret A1"), (Qt.Key.Key_1, "secret A2"),
                      (Qt.Key.Key_2, "secret B1")):  # fmt: skip
        QTest.keyClick(view, key)
        type_card(qtbot, workshop, text)
        QTest.keyClick(view, Qt.Key.Key_Escape)
    hidden = [c for c in store.workspace.canvases[0].cards if c.face_down]
    assert sorted(c.text for c in hidden) == ["secret A1", "secret A2", "secret B1"]
    assert all(scene.card_items[c.id].face_down for c in hidden)
    assert all(scene.card_items[c.id].toolTip() == "" for c in hidden)
    assert not scene.card_items[before.id].face_down
    settle(qtbot, workshop)
    chips = workshop.participants.chips
    assert chips[ana.id].text().endswith("▮ 2") and chips[ben.id].text().endswith("▮ 1")
    panel = workshop.side.texts()
    assert "Cards face down: 3" in panel and "Ana" in panel
    scene.edit_selected_card()  # a face-down card cannot be opened for editing
    assert not scene.is_editing
    QTest.keyClick(view, Qt.Key.Key_S)  # reveal
    saved = reopened(store.path).canvases[0]
    assert not saved.blocks[0].silent and not any(c.face_down for c in saved.cards)
    assert not any(item.face_down for item in scene.card_items.values())
    workshop.undo_stack.undo()  # the reveal undone: face down again, the brainstorm on
    saved = reopened(store.path).canvases[0]
    assert saved.blocks[0].silent and len([c for c in saved.cards if c.face_down]) == 3
    close_window(window)
