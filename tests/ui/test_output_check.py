"""In the app, an output onto a workspace, a folder or a device is refused with a translated
message, and an existing file is replaced only after the user confirms."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox
from window_helpers import action, close_window, make_window

from ecanvas.ui import output_check
from ecanvas.ui.report_dialog import ReportDialog


@pytest.fixture
def window(qtbot, store, tmp_path):
    win = make_window(qtbot, store, tmp_path)
    yield win
    close_window(win)


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _title, text, *a: shown.append(text))
    )
    return shown


@pytest.fixture
def answers(monkeypatch) -> list:
    """Replies to the replace question (True: Replace); records the files asked about."""
    asked: list = []
    replies: list[bool] = []

    def confirm(_parent, path):
        asked.append(path)
        return replies.pop(0)

    monkeypatch.setattr(output_check, "confirm_replace", confirm)
    return [asked, replies]


def _save_as(monkeypatch, path) -> None:
    answer = staticmethod(lambda *args, **kwargs: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)


def test_save_a_copy_over_another_workspace_is_refused(
    window, store, tmp_path, monkeypatch, warnings
):
    other = tmp_path / "other.ecanvas"
    shutil.copy2(store.path, other)
    before = other.read_bytes()
    _save_as(monkeypatch, other)
    action(window, "save_copy").trigger()
    assert len(warnings) == 1
    assert "other.ecanvas is an ecanvas workspace" in warnings[0]
    assert "never writes over a workspace" in warnings[0]
    assert other.read_bytes() == before


def test_save_a_copy_onto_the_open_workspace_through_a_link_is_refused(
    window, store, tmp_path, monkeypatch, warnings
):
    link = tmp_path / "link.ecanvas"
    link.symlink_to(store.path)
    _save_as(monkeypatch, link)
    action(window, "save_copy").trigger()
    assert warnings and "is the open workspace" in warnings[0]


def test_a_completed_file_name_is_confirmed_before_it_is_replaced(
    window, store, tmp_path, monkeypatch, answers
):
    asked, replies = answers
    existing = tmp_path / "copy.ecanvas"
    existing.write_bytes(b"not a workspace")
    _save_as(monkeypatch, tmp_path / "copy")  # the dialog never saw the .ecanvas name
    replies.append(False)
    action(window, "save_copy").trigger()
    assert asked == [existing] and existing.read_bytes() == b"not a workspace"
    replies.append(True)
    action(window, "save_copy").trigger()
    assert existing.read_bytes().startswith(b"SQLite format 3")


def _export(qtbot, dialog: ReportDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.done_box is not None or not dialog.busy, timeout=60_000)


def test_the_report_asks_before_replacing_a_pdf(qtbot, store, tmp_path, answers):
    asked, replies = answers
    output = tmp_path / "plan.pdf"
    output.write_bytes(b"%PDF old")
    dialog = ReportDialog(store.workspace, tmp_path, protect=(store.path,))
    qtbot.addWidget(dialog)
    dialog.output_edit.setText(str(output))
    replies.append(False)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert asked == [output] and not dialog.busy
    assert output.read_bytes() == b"%PDF old"
    replies.append(True)
    _export(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.done_box is not None, timeout=60_000)
    assert output.read_bytes() != b"%PDF old"


def test_the_report_refuses_the_open_workspace_in_chinese(qtbot, store, tmp_path, warnings, zh_ui):
    dialog = ReportDialog(store.workspace, tmp_path, protect=(store.path,))
    qtbot.addWidget(dialog)
    before = store.path.read_bytes()
    dialog.output_edit.setText(str(store.path.with_suffix(".pdf")))
    store.path.with_suffix(".pdf").symlink_to(store.path)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert warnings == [f"{store.path.with_suffix('.pdf')} 是当前打开的工作区。请另选一个文件名。"]
    assert store.path.read_bytes() == before and not dialog.busy


def test_an_export_onto_a_workspace_disguised_as_json_is_refused(
    window, store, tmp_path, monkeypatch, warnings
):
    disguised = tmp_path / "plan.json"
    shutil.copy2(store.path, disguised)
    before = disguised.read_bytes()
    _save_as(monkeypatch, disguised)
    action(window, "export_json").trigger()
    assert len(warnings) == 1 and "is an ecanvas workspace" in warnings[0]
    assert window.exports.thread is None
    assert disguised.read_bytes() == before
