"""Desktop defaults: the first start's example follows the UI language, Qt's own dialogs speak
it too, and new files are suggested in Documents rather than the hidden data folder."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel

from ecanvas.model.example import EXAMPLE_SUMMARY
from ecanvas.store.defaults import default_workspace_path
from ecanvas.ui.app import open_start_workspace
from ecanvas.ui.folders import documents_folder, folder_for_dialogs
from ecanvas.ui.i18n import UiLanguage


def test_the_first_start_in_chinese_makes_the_example_in_chinese(qapp):
    store = open_start_workspace(None, read_only=False, language="zh")
    try:
        assert store.path == default_workspace_path()
        assert store.workspace.language == "zh"
        assert store.workspace.summary == EXAMPLE_SUMMARY["zh"]
    finally:
        store.close()


def test_qt_dialogs_are_chinese_in_the_chinese_ui(qtbot):
    language = UiLanguage(QCoreApplication.instance())
    try:
        assert language.apply("zh")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        qtbot.addWidget(buttons)
        assert [b.text() for b in buttons.buttons()] == ["确定", "取消"]
        dialog = QFileDialog()
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(dialog)
        labels = {label.text() for label in dialog.findChildren(QLabel)}
        # Qt's own catalogue misses the mnemonic forms of these two; ours supplies them.
        assert {"查找范围(&L)：", "文件名称(&N)：", "文件类型(&T)："} <= labels
    finally:
        language.apply("en")


def test_new_files_are_suggested_in_documents_not_the_data_folder(tmp_path):
    assert folder_for_dialogs(default_workspace_path()) == documents_folder()
    assert folder_for_dialogs(tmp_path / "client.ecanvas") == tmp_path
    assert folder_for_dialogs(None) == documents_folder()
