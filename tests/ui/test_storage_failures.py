"""In the app, a full disk, a lost file or a damaged workspace is told in the user's language; the
app stays usable and never shows a failed edit as done; backups happen while the user works."""

from __future__ import annotations

import sqlite3
import sys
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from window_helpers import action, close_window, make_window, reopened

from ecanvas.store import create_workspace, open_workspace
from ecanvas.store.backups import list_backups, make_backup
from ecanvas.ui import backup_keeper
from ecanvas.ui.dialogs.restore_backup import RestoreBackupDialog


def _select(window, card_id: int) -> None:
    window.tabs.current_view().canvas_scene.select_cards([card_id])


def _vote(window) -> None:
    window.inspector.vote_up.click()


@pytest.fixture
def full_disk_window(qtbot, small_disk, tmp_path):
    path = small_disk.folder / "plan.ecanvas"
    store = create_workspace(path, title="On a small disk")
    canvas = store.add_canvas("swot")
    card = store.add_card(canvas.id, canvas.blocks[0].id, "Fresh tea")
    window = make_window(qtbot, store, tmp_path)
    _select(window, card.id)
    yield window, small_disk, card.id
    close_window(window)


def test_an_edit_on_a_full_disk_is_refused_said_and_not_shown(full_disk_window):
    window, disk, card_id = full_disk_window
    disk.fill()
    _vote(window)
    assert window.store.workspace.find_card(card_id).votes == 0
    assert window.inspector.votes_label.text() == "0"
    assert window.undo_stack.count() == 0
    message = window.statusBar().currentMessage()
    assert (
        message == "The disk is full: this change was not saved. Free some space, then try again."
    )
    assert window.status.saved_label.text() == "⚠ Last change not saved"
    disk.free()
    _vote(window)  # the app goes on working once there is room
    assert window.inspector.votes_label.text() == "1"
    assert window.status.saved_label.text() == "All changes saved"
    assert reopened(window.store.path).find_card(card_id).votes == 1


def test_the_full_disk_message_in_chinese(full_disk_window, zh_ui):
    window, disk, _card_id = full_disk_window
    disk.fill()
    _vote(window)
    assert (
        window.statusBar().currentMessage() == "磁盘已满：这次修改没有保存。请腾出一些空间后再试。"
    )
    assert window.status.saved_label.text() == "⚠ 上一次修改未保存"


def test_an_undo_the_disk_refuses_keeps_the_history_matching_the_file(full_disk_window):
    window, disk, card_id = full_disk_window
    _vote(window)
    _vote(window)
    assert window.undo_stack.index() == 2
    disk.fill()
    action(window, "undo").trigger()
    assert window.undo_stack.index() == 2  # still "done": the file still has two votes
    assert window.store.workspace.find_card(card_id).votes == 2
    assert "disk is full" in window.statusBar().currentMessage()
    disk.free()
    action(window, "undo").trigger()
    assert window.undo_stack.index() == 1
    assert reopened(window.store.path).find_card(card_id).votes == 1
    action(window, "redo").trigger()
    assert reopened(window.store.path).find_card(card_id).votes == 2


def test_a_redo_the_disk_refuses_keeps_the_history_matching_the_file(full_disk_window):
    window, disk, card_id = full_disk_window
    _vote(window)
    action(window, "undo").trigger()
    disk.fill()
    action(window, "redo").trigger()
    assert window.undo_stack.index() == 0
    assert window.store.workspace.find_card(card_id).votes == 0
    disk.free()
    action(window, "redo").trigger()
    assert reopened(window.store.path).find_card(card_id).votes == 1


# ---------------------------------------------------------------- damaged workspaces
@pytest.fixture
def damaged_path(tmp_path):
    path = tmp_path / "damaged.ecanvas"
    with create_workspace(path, title="Damaged") as store:
        canvas = store.add_canvas("swot", title="SWOT 2027")
        for text in ("good one", "flipped", "orphan"):
            store.add_card(canvas.id, canvas.blocks[0].id, text)
    connection = sqlite3.connect(path)
    connection.execute("UPDATE card SET text = CAST(x'66ff' AS TEXT) WHERE text = 'flipped'")
    connection.execute("UPDATE card SET block_id = 999 WHERE text = 'orphan'")
    connection.commit()
    connection.close()
    return path


def test_a_damaged_workspace_opens_read_only_and_offers_a_repaired_copy(
    qtbot, damaged_path, tmp_path, monkeypatch
):
    shown = []

    def exec_notice(box):
        shown.append((box.objectName(), box.text(), box.detailedText()))
        if box.objectName() == "damageNotice":
            box.findChild(type(box.defaultButton()), "damageRepair").click()
        else:
            box.findChild(type(box.defaultButton()), "repairOpen").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_notice)
    target = tmp_path / "damaged (repaired).ecanvas"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))  # fmt: skip
    store = open_workspace(damaged_path)
    assert store.read_only
    window = make_window(qtbot, store, tmp_path)
    try:
        assert window.status.saved_label.text() == "Read-only"
        assert "damaged" in window.status.saved_label.toolTip()
        assert action(window, "repair_copy").isEnabled()
        window.recovery.notice_damage()
        name, text, details = shown[0]
        assert name == "damageNotice"
        assert text.startswith("damaged.ecanvas has 2 damaged rows (1 of them could not be shown)")
        assert "canvas “SWOT 2027”, card 3 “orphan” — what it belongs to is missing" in details
        assert shown[1][0] == "repairDone"
        assert shown[1][1] == f"Saved 1 canvas and 2 cards into {target.name}."
        assert window.store.path == target and not window.store.read_only
        assert not action(window, "repair_copy").isEnabled()
    finally:
        close_window(window)


def test_opening_a_tampered_file_offers_repair(qtbot, store, tmp_path, monkeypatch):
    tampered = tmp_path / "tampered.ecanvas"
    with create_workspace(tampered, title="Tampered") as other:
        other.add_canvas("swot")
    connection = sqlite3.connect(tampered)
    connection.execute("CREATE VIEW v AS SELECT 1")
    connection.commit()
    connection.close()
    offered = []

    def offer(parent, title, message):
        offered.append(message)
        return False

    monkeypatch.setattr("ecanvas.ui.workspace_files.offer_repair", offer)
    window = make_window(qtbot, store, tmp_path)
    try:
        assert not window.files.open_path(tampered)
        assert offered == [
            f"Another program changed the structure of {tampered}, so ecanvas does not open "
            "it. “Repair into a Copy…” saves its content into a new workspace."
        ]
        assert window.store is store
    finally:
        close_window(window)


# ---------------------------------------------------------------- backups during a session
def test_backups_follow_the_changes_and_the_close(qtbot, store, tmp_path, monkeypatch):
    now = [1000.0]
    window = make_window(qtbot, store, tmp_path)
    keeper = window.backups
    keeper.clock = lambda: now[0]
    keeper.last_backup = now[0]
    canvas = store.workspace.canvases[0]
    store.add_card(canvas.id, canvas.blocks[0].id, "first change")
    keeper.back_up_if_due()
    assert list_backups(store.path) == []  # not yet: only a minute ago
    now[0] += backup_keeper.BACKUP_EVERY_S
    keeper.back_up_if_due()
    [during] = list_backups(store.path)
    keeper.back_up_if_due()
    assert len(list_backups(store.path)) == 1  # nothing changed since
    store.add_card(canvas.id, canvas.blocks[0].id, "last change")
    close_window(window)  # on close, the last changes are backed up too
    backups = list_backups(store.path)
    assert len(backups) == 2 and backups[1] == during
    with open_workspace(backups[0], read_only=True) as newest:
        assert [c.text for c in newest.workspace.canvases[0].cards][-1] == "last change"


def test_a_failing_backup_shows_in_the_status_bar(qtbot, store, tmp_path, isolated_user_files):
    from ecanvas.store.backups import backups_dir

    backups_dir().parent.mkdir(parents=True, exist_ok=True)
    backups_dir().write_text("a file where the backup folder should be")
    window = make_window(qtbot, store, tmp_path)
    try:
        window.back_up_workspace()
        label = window.status.backup_label
        assert label.isVisible() and label.text() == "⚠ Backup failed"
        assert label.toolTip().startswith("No backup of ui.ecanvas could be made in ")
        backups_dir().unlink()
        window.back_up_workspace()
        assert not label.isVisible()
    finally:
        close_window(window)


def test_restore_from_backup_opens_the_chosen_one_as_a_new_copy(qtbot, store, tmp_path,
                                                                monkeypatch):  # fmt: skip
    canvas = store.workspace.canvases[0]
    store.add_card(canvas.id, canvas.blocks[0].id, "in the backup")
    backup = make_backup(store)
    store.add_card(canvas.id, canvas.blocks[0].id, "after the backup")
    window = make_window(qtbot, store, tmp_path)
    seen = {}

    def choose(dialog):
        seen["rows"] = [dialog.tree.topLevelItem(i).text(2)
                        for i in range(dialog.tree.topLevelItemCount())]  # fmt: skip
        dialog.show()  # the columns: the time takes the room; the counts are just wide enough
        header = dialog.tree.header()
        seen["widths"] = [header.sectionSize(c) for c in range(3)]
        alignments = [dialog.tree.headerItem().textAlignment(c) for c in range(3)]
        seen["right"] = [bool(a & Qt.AlignmentFlag.AlignRight) for a in alignments]
        dialog.select_backup(0)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RestoreBackupDialog, "exec", choose)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda parent, title, suggestion, *a, **k:
                                     (seen.setdefault("suggestion", suggestion), "")))  # fmt: skip
    try:
        action(window, "restore_backup").trigger()
        assert seen["rows"] == ["1"]
        time_width, canvases_width, cards_width = seen["widths"]
        assert canvases_width < 120 and cards_width < 120 < time_width
        assert seen["right"] == [False, True, True]
        assert "(restored " in seen["suggestion"]
        assert window.store.path.name == seen["suggestion"].rsplit("/", 1)[1]
        assert [c.text for c in window.store.workspace.canvases[0].cards] == ["in the backup"]
        assert store.closed and backup.exists()
    finally:
        close_window(window)


def test_the_last_resort_writes_a_crash_report_instead_of_a_traceback(
    qapp, monkeypatch, capsys, isolated_user_files
):
    from ecanvas.ui.app import install_last_resort

    shown = []
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda parent, title, text: shown.append(text)))  # fmt: skip
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    install_last_resort(qapp)
    try:
        raise RuntimeError("nobody expected this")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    err = capsys.readouterr().err
    assert err.startswith("ecanvas: internal error (RuntimeError: nobody expected this); details")
    assert "Traceback" not in err
    assert shown and "Your workspace is safe" in shown[0]
    reports = list((isolated_user_files / "data" / "crash-reports").glob("crash-*.txt"))
    assert len(reports) == 1 and "Traceback" in reports[0].read_text(encoding="utf-8")


def test_the_last_resort_shows_no_message_once_the_app_was_asked_to_quit(
    qapp, monkeypatch, capsys, isolated_user_files
):
    """After a logout or `kill`, nobody may be there to close a message: it would keep the app
    from ever ending. The crash report and the line on the error output remain."""
    from ecanvas.ui.app import install_last_resort

    shown = []
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda parent, title, text: shown.append(text)))  # fmt: skip
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    install_last_resort(qapp, quitting=lambda: True)
    try:
        raise RuntimeError("while closing")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert capsys.readouterr().err.startswith("ecanvas: internal error (RuntimeError: while")
    assert shown == []
    assert len(list((isolated_user_files / "data" / "crash-reports").glob("crash-*.txt"))) == 1


# ---------------------------------------------------------------- logos in the app
def test_the_properties_dialog_refuses_a_pixel_bomb_and_keeps_a_scaled_logo(qtbot, store,
                                                                           tmp_path):  # fmt: skip
    from test_logo_limits_data import big_photo, pixel_bomb

    from ecanvas.model.logo import image_size
    from ecanvas.ui.dialogs.workspace_properties import WorkspacePropertiesDialog

    dialog = WorkspacePropertiesDialog(store.workspace)
    qtbot.addWidget(dialog)
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(pixel_bomb())
    assert not dialog.set_logo_file(bomb)
    assert dialog.error_label.text() == (
        "bomb.png has more than 40 million pixels (100000 × 100000); use a smaller image."
    )
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(big_photo())
    assert dialog.set_logo_file(photo)
    assert dialog.logo_mime == "image/jpeg" and image_size(dialog.logo)[1:] == (1024, 1024)
