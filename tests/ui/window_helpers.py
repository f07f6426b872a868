"""Shared set-up for the main-window tests: a window on a test workspace with its own settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from ecanvas.store import WorkspaceStore, open_workspace
from ecanvas.ui.i18n import UiLanguage
from ecanvas.ui.main_window import MainWindow
from ecanvas.ui.settings import AppSettings


def make_window(qtbot, store: WorkspaceStore, tmp_path: Path, language: str = "en") -> MainWindow:
    """A shown main window on `store`, with settings in a temporary INI file."""
    settings = AppSettings(tmp_path / "settings.ini")
    ui_language = UiLanguage(QCoreApplication.instance())
    window = MainWindow(store, settings=settings, ui_language=ui_language, language=language)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):  # keyboard focus and shortcuts work as for a user
        window.show()
        window.activateWindow()
    return window


def close_window(window: MainWindow) -> None:
    """Close the window (releasing its store) and put the UI language back to English."""
    window.ui_language.apply("en")
    window.close()


def add_cards(store: WorkspaceStore, canvas_id: int, block_key: str, *texts: str, **values):
    canvas = store.workspace.canvas(canvas_id)
    block = canvas.block_by_key(block_key)
    drafts = [dict(values, block_id=block.id, text=text) for text in texts]
    return store.add_cards(canvas_id, drafts)


def action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, f"action_{name}")
    assert found is not None, f"no action named action_{name}"
    return found


def reopened(path: Path):
    """The workspace as it is on disk now (read-only, so the window's lock does not matter)."""
    with open_workspace(path, read_only=True) as store:
        return store.workspace
