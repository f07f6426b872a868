"""File → Export PDF: the options dialog builds the report in a thread and offers to open it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QPushButton

from ecanvas.ui import report_dialog
from ecanvas.ui.report_dialog import ReportDialog, export_report_interactively


@pytest.fixture
def report_store(store):
    """The UI test workspace with a second canvas and a card on each."""
    first = store.workspace.canvases[0]
    store.add_card(first.id, first.blocks[0].id, "Fresh tea delivered weekly")
    second = store.add_canvas("swot", title="SWOT 2027")
    store.add_card(second.id, second.blocks[0].id, "Traceable single origin 可追溯")
    return store


@pytest.fixture
def opened(monkeypatch):
    """Replace the desktop hand-off, so no viewer or file manager is launched."""
    urls: list[str] = []
    monkeypatch.setattr(report_dialog, "open_url", lambda url: urls.append(url.toLocalFile()))
    return urls


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _uncheck(widget, data) -> None:
    for row in range(widget.count()):
        if widget.item(row).data(Qt.ItemDataRole.UserRole) == data:
            widget.item(row).setCheckState(Qt.CheckState.Unchecked)


def _export(qtbot, dialog: ReportDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(
        lambda: dialog.done_box is not None or bool(dialog.error_label.text()), timeout=60_000
    )


def test_export_with_chosen_options_then_open(qtbot, report_store, tmp_path, opened):
    dialog = ReportDialog(report_store.workspace, tmp_path)
    qtbot.addWidget(dialog)
    first, second = report_store.workspace.canvases
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("letter"))
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("zh"))
    _uncheck(dialog.canvas_list, first.id)
    _uncheck(dialog.section_list, "appendix")
    dialog.set_brand_colour("#aa3300")
    options = dialog.options()
    assert options.canvas_ids == (second.id,)
    assert "appendix" not in options.sections
    assert (options.paper, options.language, options.brand_colour) == ("letter", "zh", "#AA3300")

    _export(qtbot, dialog)
    assert dialog.error_label.text() == ""
    assert dialog.progress_bar.value() == dialog.progress_bar.maximum()
    written = dialog.written
    assert written == (tmp_path / "UI test.pdf").absolute() and written.exists()
    text = _pdf_text(written)
    assert "Traceable single origin" in text and "Fresh tea" not in text
    assert "执行摘要" in text

    dialog.done_box.findChild(QPushButton, "reportOpen").click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert opened == [str(written)]


def test_show_in_folder(qtbot, report_store, tmp_path, opened):
    dialog = ReportDialog(report_store.workspace, tmp_path)
    qtbot.addWidget(dialog)
    dialog.output_edit.setText(str(tmp_path / "plan"))
    _export(qtbot, dialog)
    assert dialog.written == (tmp_path / "plan.pdf").absolute()
    dialog.done_box.findChild(QPushButton, "reportShowFolder").click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert opened == [str(tmp_path)]


def test_a_missing_logo_is_shown_and_the_dialog_stays_open(qtbot, report_store, tmp_path, opened):
    dialog = ReportDialog(report_store.workspace, tmp_path)
    qtbot.addWidget(dialog)
    logo = tmp_path / "gone.png"
    dialog.set_logo_file(logo)
    _export(qtbot, dialog)
    assert str(logo) in dialog.error_label.text()
    assert dialog.written is None and dialog.done_box is None
    assert dialog.buttons.isEnabled() and dialog.paper_combo.isEnabled()
    assert not (tmp_path / "UI test.pdf").exists()
    assert opened == []


def test_no_section_chosen_is_refused_before_exporting(qtbot, report_store, tmp_path):
    dialog = ReportDialog(report_store.workspace, tmp_path)
    qtbot.addWidget(dialog)
    for section in list(report_dialog.SECTIONS):
        _uncheck(dialog.section_list, section)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.error_label.text() == "Choose at least one section."
    assert dialog.thread is None


def test_entry_point_returns_the_written_file(qtbot, report_store, tmp_path, opened):
    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ReportDialog)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: dialog.done_box is not None, timeout=60_000)
        dialog.done_box.done(0)  # closed without opening anything

    QTimer.singleShot(0, drive)
    written = export_report_interactively(None, report_store.workspace, tmp_path)
    assert written == (tmp_path / "UI test.pdf").absolute() and written.exists()
    assert opened == []


def test_entry_point_returns_none_when_cancelled(qtbot, report_store, tmp_path):
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    assert export_report_interactively(None, report_store.workspace, tmp_path) is None
    assert list(tmp_path.glob("*.pdf")) == []


def test_suggested_file_name_drops_unsafe_characters():
    assert report_dialog.suggested_file_name('Plan: 2027/Q1 "draft"') == "Plan- 2027-Q1 -draft.pdf"
    assert report_dialog.suggested_file_name("...") == "report.pdf"


def test_the_last_choices_are_remembered_per_workspace(qtbot, report_store, tmp_path, opened):
    _first, second = report_store.workspace.canvases
    report_store.set_setting("report.options", {
        "paper": "letter", "language": "zh", "sections": ["cover", "cards", "bogus"],
        "canvas_ids": [second.id], "brand_colour": "#AA3300",
    })  # fmt: skip
    kept = []
    dialog = ReportDialog(report_store.workspace, tmp_path, remember=kept.append)
    qtbot.addWidget(dialog)
    options = dialog.options()
    # An unknown section in an old value falls back to the defaults rather than failing.
    assert (options.paper, options.language, options.brand_colour) == ("letter", "zh", "#AA3300")
    assert options.canvas_ids == (second.id,)
    assert "summary" in options.sections and "checks" not in options.sections
    _uncheck(dialog.section_list, "appendix")
    _export(qtbot, dialog)
    assert kept and kept[0]["paper"] == "letter" and "appendix" not in kept[0]["sections"]
    assert kept[0]["canvas_ids"] == [second.id]
