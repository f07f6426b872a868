"""The File menu: new, open (and its failures), recent files, save a copy, properties, export."""

from __future__ import annotations

import sys
import types

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox
from window_helpers import action, add_cards, close_window, make_window, reopened

from ecanvas.store import create_workspace, open_workspace
from ecanvas.ui.dialogs.workspace_properties import WorkspacePropertiesDialog
from ecanvas.ui.folders import documents_folder


@pytest.fixture
def window(qtbot, store, tmp_path):
    win = make_window(qtbot, store, tmp_path)
    yield win
    close_window(win)


class MessageBoxes:
    """Records message boxes instead of showing them; a question returns `answer`."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answer = QMessageBox.StandardButton.Cancel

    def recorder(self, kind: str):
        def show(_parent, title, text, *args, **kwargs):
            self.shown.append((kind, title, text))
            return self.answer if kind == "question" else QMessageBox.StandardButton.Ok

        return staticmethod(show)


@pytest.fixture
def messages(monkeypatch) -> MessageBoxes:
    boxes = MessageBoxes()
    for kind in ("critical", "warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, boxes.recorder(kind))
    return boxes


def choose_file(monkeypatch, path) -> None:
    """Make the open and save file dialogs answer `path` at once."""
    answer = staticmethod(lambda *args, **kwargs: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)


def test_opening_a_garbage_file_explains_and_keeps_the_current_workspace(
    window, store, tmp_path, monkeypatch, messages
):
    garbage = tmp_path / "garbage.ecanvas"
    garbage.write_bytes(b"this is not a database at all" * 50)
    before = garbage.read_bytes()
    choose_file(monkeypatch, garbage)
    action(window, "open_workspace").trigger()
    assert len(messages.shown) == 1
    kind, _title, text = messages.shown[0]
    assert kind == "critical"
    assert "garbage.ecanvas" in text and "not an ecanvas workspace" in text
    assert "\n" not in text
    assert window.store is store and not store.closed
    assert window.windowTitle() == "UI test — ui.ecanvas"
    assert garbage.read_bytes() == before


def test_open_another_workspace_replaces_the_current_one(window, store, tmp_path, monkeypatch):
    with create_workspace(tmp_path / "other.ecanvas", title="Other plan") as other:
        other.add_canvas("swot")
    choose_file(monkeypatch, tmp_path / "other.ecanvas")
    action(window, "open_workspace").trigger()
    assert window.store.workspace.title == "Other plan"
    assert window.windowTitle() == "Other plan — other.ecanvas"
    assert store.closed  # the old file's lock is released
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == ["SWOT analysis"]
    assert window.settings.recent_files()[0] == (tmp_path / "other.ecanvas").resolve()
    assert window.undo_stack.count() == 0


def test_an_opened_workspace_gets_a_verified_backup(window, qtbot, tmp_path, monkeypatch):
    from ecanvas.store.backups import list_backups

    with create_workspace(tmp_path / "client.ecanvas", title="Client plan") as other:
        other.add_canvas("swot")
    choose_file(monkeypatch, tmp_path / "client.ecanvas")
    action(window, "open_workspace").trigger()
    qtbot.waitUntil(lambda: len(list_backups(tmp_path / "client.ecanvas")) == 1)
    (backup,) = list_backups(tmp_path / "client.ecanvas")
    with open_workspace(backup, read_only=True) as copy:
        assert copy.workspace.title == "Client plan"


def test_a_locked_workspace_can_be_opened_read_only(window, tmp_path, monkeypatch, messages):
    path = tmp_path / "busy.ecanvas"
    create_workspace(path, title="Busy").close()
    holder = open_workspace(path)  # another window holds the lock
    try:
        choose_file(monkeypatch, path)
        messages.answer = QMessageBox.StandardButton.Open
        action(window, "open_workspace").trigger()
        assert messages.shown[0][0] == "question"
        assert "already open" in messages.shown[0][2]
        assert window.store.read_only
        assert window.windowTitle() == "Busy — busy.ecanvas [read-only]"
        assert window.status.saved_label.text() == "Read-only"
    finally:
        holder.close()


def test_declining_read_only_keeps_the_current_workspace(
    window, store, tmp_path, monkeypatch, messages
):
    path = tmp_path / "busy.ecanvas"
    create_workspace(path, title="Busy").close()
    holder = open_workspace(path)
    try:
        choose_file(monkeypatch, path)
        action(window, "open_workspace").trigger()
        assert window.store is store
    finally:
        holder.close()


def test_new_workspace_is_created_and_opened_in_the_same_window(
    window, store, tmp_path, monkeypatch
):
    choose_file(monkeypatch, tmp_path / "fresh")
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("Fresh start", True))
    )
    action(window, "new_workspace").trigger()
    created = tmp_path / "fresh.ecanvas"
    assert created.exists()
    assert window.store.path == created
    assert window.windowTitle() == "Fresh start — fresh.ecanvas"
    assert window.tabs.count() == 0
    assert store.closed
    assert reopened(created).title == "Fresh start"


def test_new_workspace_refuses_an_existing_file(window, store, tmp_path, monkeypatch, messages):
    existing = tmp_path / "taken.ecanvas"
    existing.write_bytes(b"keep me")
    choose_file(monkeypatch, existing)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("T", True)))
    action(window, "new_workspace").trigger()
    assert messages.shown and "already exists" in messages.shown[0][2]
    assert existing.read_bytes() == b"keep me"
    assert window.store is store


def test_open_recent_removes_a_missing_file_with_a_message(window, tmp_path, messages):
    gone = tmp_path / "gone.ecanvas"
    window.settings.add_recent_file(gone)
    window.menus.recent.aboutToShow.emit()
    entry = next(a for a in window.menus.recent.actions() if "gone.ecanvas" in a.text())
    entry.trigger()
    assert messages.shown[0][0] == "warning" and "gone.ecanvas" in messages.shown[0][2]
    assert gone.resolve() not in window.settings.recent_files()


def test_recent_files_keep_at_most_eight_newest_first(window, tmp_path):
    for number in range(10):
        window.settings.add_recent_file(tmp_path / f"w{number}.ecanvas")
    recent = window.settings.recent_files()
    assert len(recent) == 8
    assert recent[0].name == "w9.ecanvas"


def test_save_a_copy_writes_a_valid_workspace(window, store, canvas, tmp_path, monkeypatch):
    add_cards(store, canvas.id, "value-proposition", "Copied card")
    target = tmp_path / "copies" / "backup.ecanvas"
    target.parent.mkdir()
    choose_file(monkeypatch, target)
    action(window, "save_copy").trigger()
    with open_workspace(target) as copy:
        assert copy.integrity_check() == "ok"
        assert [c.text for c in copy.workspace.canvases[0].cards] == ["Copied card"]
    assert window.store.path == store.path  # still working on the original
    assert "backup.ecanvas" in window.statusBar().currentMessage()


def test_workspace_properties_are_saved_and_undoable(window, store, tmp_path, monkeypatch):
    logo = tmp_path / "logo.png"
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#1F4E79"))
    assert image.save(str(logo))

    def fill_in(dialog: WorkspacePropertiesDialog):
        dialog.title_edit.setText("Tea strategy 2027")
        dialog.client_edit.setText("Cloud Tea House")
        dialog.author_edit.setText("Li Na")
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("zh"))
        dialog.set_brand_colour("#aa3300")
        assert dialog.set_logo_file(logo)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(WorkspacePropertiesDialog, "exec", fill_in)
    action(window, "workspace_properties").trigger()
    saved = reopened(store.path)
    assert (saved.title, saved.client, saved.author, saved.language) == (
        "Tea strategy 2027",
        "Cloud Tea House",
        "Li Na",
        "zh",
    )
    assert saved.brand_colour == "#AA3300"
    assert saved.logo == logo.read_bytes() and saved.logo_mime == "image/png"
    assert window.windowTitle() == "Tea strategy 2027 — ui.ecanvas"
    window.undo_stack.undo()  # one step for the whole dialog
    assert reopened(store.path).title == "UI test"
    assert reopened(store.path).logo is None


def test_summary_and_recommendations_are_edited_in_properties(window, store, monkeypatch):
    summary = "我们的目标：**2027** 年 ¥18M。\n\n- 私域复购\n- 出海"

    def fill_in(dialog: WorkspacePropertiesDialog):
        assert dialog.tabs.count() == 2
        dialog.summary_edit.setPlainText(summary + "\n\n")
        dialog.recommendations_edit.setPlainText("1. Start with members   ")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(WorkspacePropertiesDialog, "exec", fill_in)
    action(window, "workspace_properties").trigger()
    saved = reopened(store.path)
    assert (saved.summary, saved.recommendations) == (summary, "1. Start with members")
    window.undo_stack.undo()
    assert reopened(store.path).summary == ""


def test_properties_refuse_a_file_that_is_not_an_image(qtbot, store, tmp_path):
    dialog = WorkspacePropertiesDialog(store.workspace)
    qtbot.addWidget(dialog)
    fake = tmp_path / "logo.png"
    fake.write_text("not an image")
    assert not dialog.set_logo_file(fake)
    assert "logo.png" in dialog.error_label.text()
    assert dialog.changed_values() == {}


def test_export_pdf_hands_the_workspace_to_the_report_dialog(window, store, monkeypatch,
                                                            tmp_path):  # fmt: skip
    calls = []
    out = tmp_path / "exports"
    out.mkdir()

    def export(parent, workspace, default_dir, remember=None, protect=(), changes=None):
        calls.append((parent, workspace, default_dir, protect))
        assert changes(None, None) == ()  # no snapshots: nothing to compare
        remember({"paper": "letter", "language": "zh"})
        return out / "plan.pdf"

    module = types.ModuleType("ecanvas.ui.report_dialog")
    module.export_report_interactively = export
    monkeypatch.setitem(sys.modules, "ecanvas.ui.report_dialog", module)
    documents = window.files.export_folder()  # nothing exported yet: the Documents folder
    assert documents == documents_folder()
    action(window, "export_pdf").trigger()
    assert calls == [(window, store.workspace, documents, (store.path,))]
    assert "plan.pdf" in window.statusBar().currentMessage()
    # The choices are kept in the workspace, the folder for the next export in the settings.
    assert reopened(store.path).settings["report.options"] == {"paper": "letter", "language": "zh"}
    assert window.files.export_folder() == out.resolve()
