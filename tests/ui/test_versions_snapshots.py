"""Snapshots in the app: Canvas → Take Snapshot…, the snapshot list, a snapshot opened read-only,
restore over the canvas or as a new one, rename and delete, each one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox
from window_helpers import action, add_cards, close_window, make_window, reopened

from ecanvas.model.diff import diff_canvases
from ecanvas.ui.versions.snapshot_dialogs import SnapshotsDialog, TakeSnapshotDialog


@pytest.fixture
def window(qtbot, store, tmp_path):
    canvas = store.workspace.canvases[0]
    add_cards(store, canvas.id, "value-proposition", "一站式采购", "Same-day delivery")
    add_cards(store, canvas.id, "revenue-model", "会员订阅")
    main = make_window(qtbot, store, tmp_path)
    yield main
    close_window(main)


def _take(window, monkeypatch, name: str, every: bool = False) -> None:
    def accept(dialog: TakeSnapshotDialog):
        dialog.name_edit.setText(name)
        (dialog.every_canvas if every else dialog.this_canvas).setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TakeSnapshotDialog, "exec", accept)
    action(window, "take_snapshot").trigger()


def test_take_a_snapshot_of_this_canvas_or_every_canvas_and_undo_it(window, store, monkeypatch):
    store.add_canvas("swot")
    window.tabs.select_canvas(store.workspace.canvases[0].id)
    _take(window, monkeypatch, "Workshop 1 第一次")
    ws = reopened(store.path)
    assert [[s.name for s in c.snapshots] for c in ws.canvases] == [["Workshop 1 第一次"], []]
    assert window.undo_stack.undoText() == "Take snapshot"
    _take(window, monkeypatch, "Both", every=True)
    assert [[s.name for s in c.snapshots] for c in reopened(store.path).canvases] == [
        ["Workshop 1 第一次", "Both"], ["Both"],
    ]  # fmt: skip
    window.undo_stack.undo()
    assert [len(c.snapshots) for c in reopened(store.path).canvases] == [1, 0]
    window.undo_stack.redo()
    assert [len(c.snapshots) for c in reopened(store.path).canvases] == [2, 1]


def test_a_name_taken_on_the_canvas_is_refused_in_one_line(window, store, monkeypatch):
    _take(window, monkeypatch, "Same")
    messages = []
    window.status.messageChanged.connect(messages.append)
    _take(window, monkeypatch, "Same")
    assert any("already has a snapshot named “Same”; choose another name." in m for m in messages)
    assert len(reopened(store.path).canvases[0].snapshots) == 1


def test_the_list_shows_name_time_and_cards_and_acts_on_a_snapshot(window, store, monkeypatch,
                                                                    qtbot):  # fmt: skip
    canvas = store.workspace.canvases[0]
    first = store.take_snapshots([canvas.id], "Kick-off")[0]
    add_cards(store, canvas.id, "key-processes", "Cold chain")
    store.take_snapshots([canvas.id], "Later")
    dialog = window.versions.show_snapshots()
    qtbot.addWidget(dialog)
    rows = [[dialog.tree.topLevelItem(r).text(c) for c in (0, 2)]
            for r in range(dialog.tree.topLevelItemCount())]  # fmt: skip
    assert rows == [["Later", "4"], ["Kick-off", "3"]]  # newest first, with card counts
    dialog.show()
    header = dialog.tree.header()
    assert header.sectionSize(2) < 120 < header.sectionSize(0)  # the name takes the room
    assert dialog.tree.headerItem().textAlignment(2) & Qt.AlignmentFlag.AlignRight
    assert len(dialog.tree.topLevelItem(0).text(1)) == len("2026-01-01 10:00")
    dialog.select_snapshot(first.id)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("开始 Kick-off", True))
    dialog.buttons["rename"].click()
    assert reopened(store.path).canvases[0].snapshots[0].name == "开始 Kick-off"
    assert dialog.tree.topLevelItem(1).text(0) == "开始 Kick-off"  # the list follows the store
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.select_snapshot(first.id)
    dialog.buttons["delete"].click()
    assert [s.name for s in reopened(store.path).canvases[0].snapshots] == ["Later"]
    window.undo_stack.undo()
    assert len(reopened(store.path).canvases[0].snapshots) == 2


def test_a_snapshot_opens_read_only(window, store, qtbot):
    canvas = store.workspace.canvases[0]
    snapshot = store.take_snapshots([canvas.id], "Frozen")[0]
    store.delete_cards([canvas.cards[0].id])
    viewer = window.versions.open_snapshot(snapshot.id)
    qtbot.addWidget(viewer)
    scene = viewer.view.canvas_scene
    assert sorted(item.text for item in scene.card_items.values()) == sorted(
        ["一站式采购", "Same-day delivery", "会员订阅"]
    )
    assert "Read-only" in viewer.heading.text() and "3 cards" in viewer.heading.text()
    errors = []
    scene.errorOccurred.connect(errors.append)
    scene.select_cards(list(scene.card_items))
    scene.edit.delete_selection()
    assert errors == ["snapshot 'Frozen' is open read-only; changes cannot be saved."]
    assert len(viewer.store.workspace.canvases[0].cards) == 3
    assert len(reopened(store.path).canvases[0].cards) == 2


def test_restore_over_the_canvas_is_one_undo_step_after_a_snapshot(window, store, monkeypatch):
    canvas = store.workspace.canvases[0]
    snapshot = store.take_snapshots([canvas.id], "Good")[0]
    store.update_card(canvas.cards[0].id, text="worse")
    store.delete_cards([canvas.cards[1].id])
    scene = window.tabs.current_view().canvas_scene
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: box.buttons()[0])
    assert window.versions.restore_snapshot(snapshot.id, as_new=False)
    ws = reopened(store.path)
    assert diff_canvases(store.snapshot_canvas(snapshot.id), ws.canvases[0]).is_empty
    assert [s.name for s in ws.canvases[0].snapshots] == ["Good", "Before restoring “Good”"]
    assert sorted(i.text for i in scene.card_items.values()) == ["Same-day delivery", "一站式采购",
                                                                 "会员订阅"]  # fmt: skip
    assert window.undo_stack.undoText() == "Restore snapshot"
    window.undo_stack.undo()
    assert sorted(c.text for c in reopened(store.path).canvases[0].cards) == ["worse", "会员订阅"]
    assert sorted(i.text for i in scene.card_items.values()) == ["worse", "会员订阅"]
    window.undo_stack.redo()
    assert len(reopened(store.path).canvases[0].cards) == 3


def test_restore_as_a_new_canvas(window, store):
    canvas = store.workspace.canvases[0]
    snapshot = store.take_snapshots([canvas.id], "Good")[0]
    store.delete_cards([c.id for c in canvas.cards])
    assert window.versions.restore_snapshot(snapshot.id, as_new=True)
    ws = reopened(store.path)
    assert [c.title for c in ws.canvases] == ["Business model design",
                                              "Business model design (Good)"]  # fmt: skip
    assert len(ws.canvases[1].cards) == 3 and ws.canvases[0].cards == []
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Business model design (Good)"
    window.undo_stack.undo()
    assert len(reopened(store.path).canvases) == 1


def test_the_snapshots_dialog_in_chinese(window, store, qtbot, zh_ui):
    store.take_snapshots([store.workspace.canvases[0].id], "第一次会议")
    dialog = SnapshotsDialog(store, store.workspace.canvases[0].id, window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "快照"
    assert dialog.buttons["compare"].text() == "与现在比较"


def test_the_delete_question_speaks_of_one_snapshot_or_several(window, store, monkeypatch):
    canvas = store.workspace.canvases[0]
    one, two = store.take_snapshots([canvas.id], "One"), store.take_snapshots([canvas.id], "Two")
    asked = []

    def answer_no(_parent, title, text, *args, **kwargs):
        asked.append((title, text))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    window.versions.delete_snapshots([one[0].id])
    window.versions.delete_snapshots([one[0].id, two[0].id])
    assert asked == [
        ("Delete Snapshot", "Delete “One”? Undo brings it back."),
        ("Delete Snapshots", "Delete “One”, “Two”? Undo brings them back."),
    ]
    assert len(reopened(store.path).canvases[0].snapshots) == 2  # "No" keeps them
