"""The File menu's work: new, open, open recent, save a copy, export PDF, workspace properties.

A file that cannot be opened is explained in one line and the current workspace stays open; a
workspace locked by another window can be opened read-only instead. There is no Save: every
change is already in the file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

from ecanvas.outputs import OutputError, same_file
from ecanvas.store import (
    WorkspaceError,
    WorkspaceLockedError,
    WorkspaceStore,
    create_workspace,
    open_workspace,
)
from ecanvas.ui.commands import SetWorkspacePropertiesCommand
from ecanvas.ui.errors import describe_error
from ecanvas.ui.folders import documents_folder, folder_for_dialogs
from ecanvas.ui.output_check import approve_output
from ecanvas.ui.recovery import offer_repair, repairable
from ecanvas.ui.runner import run_or_report


class FilesHost(Protocol):
    """What the File menu needs of its window (not the whole window: no import of it)."""

    store: object
    settings: object
    undo_stack: object
    language: str

    def replace_store(self, store) -> None: ...

    def show_message(self, text: str) -> None: ...


SUFFIX = ".ecanvas"


class WorkspaceFiles(QObject):
    """Carries out the File menu for one main window."""

    def __init__(self, window: FilesHost) -> None:
        super().__init__(window)
        self.window = window

    def _filter(self) -> str:
        return self.tr("ecanvas workspaces (*.ecanvas);;All files (*)")

    def _folder(self) -> str:
        store = self.window.store
        return str(folder_for_dialogs(store.path if store is not None else None))

    # ----------------------------------------------------------------- new and open
    def new_workspace(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("New Workspace"), str(Path(self._folder()) / "workspace.ecanvas"),
            self._filter(), options=QFileDialog.Option.DontConfirmOverwrite,
        )  # fmt: skip
        if not path:
            return False
        path = Path(path) if Path(path).suffix else Path(path).with_suffix(SUFFIX)
        title, ok = QInputDialog.getText(
            self.window, self.tr("New Workspace"), self.tr("Title of the new workspace:"),
            text=path.stem,
        )  # fmt: skip
        if not ok or not title.strip():
            return False
        try:
            store = create_workspace(path, title=title.strip(), language=self.window.language)
        except (WorkspaceError, OSError) as error:
            self._error(self.tr("Cannot create the workspace"), error)
            return False
        self.window.replace_store(store)
        self.window.show_message(self.tr("Created {file}. Add a canvas to begin.").format(
            file=path.name))  # fmt: skip
        return True

    def open_workspace(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open Workspace"), self._folder(), self._filter()
        )
        return bool(path) and self.open_path(Path(path))

    def open_shared_workspace(self) -> bool:
        """File → Open Shared Workspace…: ask where, then open it in this window."""
        from ecanvas.ui.dialogs.shared_workspace import OpenSharedWorkspaceDialog

        dialog = OpenSharedWorkspaceDialog(self.window.settings.recent_servers(), self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.open_shared(dialog.address(), create=dialog.create_if_missing())

    def open_shared(self, where, *, create: bool = False) -> bool:
        from ecanvas.ui.shared_open import open_shared

        current = self.window.store
        location = where if isinstance(where, str) else where.location
        if current is not None and current.location == location and not current.closed:
            self.window.show_message(self.tr("This workspace is already open."))
            return False
        store = open_shared(self.window, where, create=create, language=self.window.language)
        if store is None:
            return False
        self.window.replace_store(store)
        return True

    def open_recent(self, path: Path | str) -> bool:
        if isinstance(path, str):  # a shared workspace
            return self.open_shared(path)
        if not path.exists():
            self.window.settings.remove_recent_file(path)
            QMessageBox.warning(
                self.window, self.tr("Open Recent"),
                self.tr("{file} no longer exists; it was removed from the recent files.")
                .format(file=str(path)),
            )  # fmt: skip
            return False
        return self.open_path(path)

    def open_path(self, path: Path, read_only: bool = False) -> bool:
        """Open another workspace in this window; on failure explain and keep the current one."""
        current = self.window.store
        retry_writable = current is not None and current.read_only and not read_only
        same = current is not None and current.path is not None and same_file(current.path, path)
        if same and not retry_writable:
            self.window.show_message(self.tr("This workspace is already open."))
            return False
        try:
            store = open_or_read_only(self.window, path, read_only)
        except (WorkspaceError, OSError) as error:
            title = self.tr("Cannot open the workspace")
            if repairable(error):
                if offer_repair(self.window, title, describe_error(error)):
                    self.window.recovery.repair_into_copy(path)
                return False
            self._error(title, error)
            return False
        if store is None:
            return False
        self.window.replace_store(store)
        return True

    # ----------------------------------------------------------------- copies and exports
    def save_copy(self) -> Path | None:
        store = self.window.store
        if store.path is not None:
            suggestion = Path(self._folder()) / f"{store.path.stem}-copy{SUFFIX}"
        else:  # a shared workspace: a file of its own, as `ecanvas pull` makes
            suggestion = Path(self._folder()) / f"{store.address.workspace}{SUFFIX}"
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save a Copy"), str(suggestion), self._filter()
        )
        if not path:
            return None
        target = Path(path) if Path(path).suffix else Path(path).with_suffix(SUFFIX)
        # The file dialog asked before replacing the name it returned, not a name we completed.
        asked = str(target) == path
        if not approve_output(self.window, target, protect=_protected(store), confirmed=asked):
            return None
        try:
            written = store.save_copy(target, force=True)
        except (WorkspaceError, OutputError, OSError) as error:
            self._error(self.tr("Cannot save a copy"), error)
            return None
        self.window.show_message(self.tr("Saved a copy to {file}.").format(file=str(written)))
        return written

    def export_folder(self) -> Path:
        """Where exports are suggested: the folder of the last export, else Documents."""
        return self.window.settings.export_folder() or documents_folder()

    def remember_export(self, written: Path) -> None:
        self.window.settings.set_export_folder(Path(written).parent)

    def export_pdf(self) -> Path | None:
        from ecanvas.store.changes import changes_since
        from ecanvas.ui.report_dialog import export_report_interactively  # reportlab is heavy

        store = self.window.store
        written = export_report_interactively(
            self.window, store.workspace, self.export_folder(),
            remember=None if store.read_only else self._remember_report_options,
            protect=_protected(store),
            changes=lambda ids, name: changes_since(store, ids, name),
        )  # fmt: skip
        if written is not None:
            self.remember_export(written)
            self.window.show_message(self.tr("Exported {file}.").format(file=str(written)))
        return written

    def _remember_report_options(self, value: dict) -> None:
        """Keep the report's choices in the workspace; a preference, so no undo step, and a
        failure to store it never spoils the export."""
        from ecanvas.report.options import REPORT_SETTING

        store = self.window.store
        if store.workspace.settings.get(REPORT_SETTING) == value:
            return
        try:
            store.set_setting(REPORT_SETTING, value)
        except (WorkspaceError, OSError) as error:
            self.window.show_message(describe_error(error))

    def edit_properties(self) -> bool:
        from ecanvas.ui.dialogs.workspace_properties import WorkspacePropertiesDialog

        store = self.window.store
        dialog = WorkspacePropertiesDialog(store.workspace, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        values = dialog.changed_values()
        if not values:
            return False
        command = SetWorkspacePropertiesCommand(store, values)
        return run_or_report(self.window.undo_stack, command, self.window.show_message)

    def _error(self, title: str, error: BaseException) -> None:
        QMessageBox.critical(self.window, title, describe_error(error))


def _protected(store) -> tuple[Path, ...]:
    """The files a copy must never replace: the open workspace's own, where it has one."""
    return (store.path,) if store.path is not None else ()


def open_or_read_only(parent: QWidget | None, path: Path,
                      read_only: bool = False) -> WorkspaceStore | None:  # fmt: skip
    """Open a workspace file; when another window holds it, offer to open it read-only instead
    (None when the user declines). The one place that asks, at start-up and from File → Open."""
    try:
        return open_workspace(path, read_only=read_only)
    except WorkspaceLockedError as error:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("WorkspaceFiles", "Workspace in use"),
            QCoreApplication.translate(
                "WorkspaceFiles", "{message}\n\nOpen it read-only instead?"
            ).format(message=describe_error(error)),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Open:
            return None
        store = open_workspace(path, read_only=True)
        store.read_only_reason = "locked"
        return store
