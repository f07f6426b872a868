"""The folders the app suggests: the user's Documents for new workspaces and exports, never the
hidden application-data folder where the default workspace and the backups live."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> Path:
    """The user's Documents folder (localised by the desktop), or home when there is none."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    return folder if folder.is_dir() else Path.home()


def is_app_data(path: Path) -> bool:
    """True for a file inside the application-data folder (the default workspace's home)."""
    from ecanvas.store.defaults import data_dir

    try:
        return Path(path).resolve().is_relative_to(data_dir().resolve())
    except OSError:
        return False


def folder_for_dialogs(workspace_path: Path | None) -> Path:
    """Where New and Open start: the open workspace's folder, or Documents when the open
    workspace is the default one in the hidden data folder."""
    if workspace_path is None or is_app_data(workspace_path):
        return documents_folder()
    return Path(workspace_path).parent
