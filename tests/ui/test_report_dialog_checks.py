"""The export dialog offers the optional "Strategy checks" section, unticked until asked for."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ecanvas.ui.report_dialog import ReportDialog


def _item(dialog: ReportDialog, section: str):
    widget = dialog.section_list
    for row in range(widget.count()):
        if widget.item(row).data(Qt.ItemDataRole.UserRole) == section:
            return widget.item(row)
    raise AssertionError(section)


def test_strategy_checks_are_offered_but_left_out_by_default(qtbot, store, tmp_path):
    dialog = ReportDialog(store.workspace, tmp_path)
    qtbot.addWidget(dialog)
    item = _item(dialog, "checks")
    assert item.text() == "Strategy checks"
    assert item.checkState() == Qt.CheckState.Unchecked
    assert "checks" not in dialog.options().sections
    assert "actions" in dialog.options().sections
    item.setCheckState(Qt.CheckState.Checked)
    sections = dialog.options().sections
    assert sections.index("actions") < sections.index("checks") < sections.index("appendix")
