"""File → Restore from Backup…: the automatic backups of the open workspace (time, canvases,
cards), newest first; the chosen one is restored as a new copy, never over anything."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecanvas.store.backups import BackupInfo, backup_folder_for, describe_backups


class RestoreBackupDialog(QDialog):
    """Lists the backups of one workspace; `chosen()` is the one picked."""

    def __init__(self, workspace_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreBackupDialog")
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.backups: list[BackupInfo] = describe_backups(workspace_path)
        intro = QLabel(objectName="restoreIntro")
        intro.setWordWrap(True)
        if self.backups:
            intro.setText(self.tr(
                "ecanvas keeps backups of {file} when it is opened, every few minutes while it "
                "changes, and when it is closed. The one you choose is restored as a new "
                "workspace; {file} itself is not changed."
            ).format(file=workspace_path.name))  # fmt: skip
        else:
            intro.setText(self.tr("There are no backups of {file} yet (they are kept in {folder}).")
                          .format(file=workspace_path.name,
                                  folder=str(backup_folder_for(workspace_path))))  # fmt: skip
        self.tree = QTreeWidget(objectName="restoreBackups")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Time"), self.tr("Canvases"), self.tr("Cards")])
        for info in self.backups:
            self._add_row(info)
        if self.backups:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        _number_columns(self.tree, 0, (1, 2))
        self.tree.itemDoubleClicked.connect(lambda *_: self.accept())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Restore as a Copy…"))
        ok.setEnabled(bool(self.backups))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 380)

    def _add_row(self, info: BackupInfo) -> None:
        made = info.made.strftime("%Y-%m-%d %H:%M:%S") if info.made else "?"
        readable = info.canvases is not None
        item = QTreeWidgetItem([
            made,
            str(info.canvases) if readable else self.tr("cannot be read"),
            str(info.cards) if readable else "",
        ])  # fmt: skip
        item.setData(0, Qt.ItemDataRole.UserRole, str(info.path))
        item.setToolTip(0, str(info.path))
        for column in (1, 2):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
        if not readable:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        self.tree.addTopLevelItem(item)

    def chosen(self) -> BackupInfo | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        path = item.data(0, Qt.ItemDataRole.UserRole)
        return next((b for b in self.backups if str(b.path) == path), None)

    def select_backup(self, index: int) -> None:
        self.tree.setCurrentItem(self.tree.topLevelItem(index))


def _number_columns(tree: QTreeWidget, stretch: int, numbers: tuple[int, ...]) -> None:
    """A list whose text column takes the room and whose number columns are just wide enough,
    with their headings right-aligned over the figures (not a figure at the far right edge under
    a heading at the left)."""
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    for column in numbers:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        tree.headerItem().setTextAlignment(column, right)
