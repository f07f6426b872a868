"""The main window's menus and tool bar, laid out from the shared `Actions`.

Only arrangement and menu titles live here; what each action does is wired by the main window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from ecanvas.ui.actions import Actions
from ecanvas.ui.i18n import LANGUAGES
from ecanvas.ui.literal import mnemonic_safe
from ecanvas.ui.settings import AppSettings


class WindowMenus(QObject):
    """File, Edit, Canvas and View menus, Open Recent, the language menu and the tool bar."""

    def __init__(self, window: QMainWindow, actions: Actions, settings: AppSettings,
                 open_recent: Callable[[Path], object], export_actions=(),
                 canvas_actions=()) -> None:  # fmt: skip
        super().__init__(window)
        self.settings = settings
        self.open_recent = open_recent
        a = actions
        bar = window.menuBar()
        self.file = _menu(bar.addMenu(""), "menu_file")
        self.recent = _menu(QMenu(window), "menu_recent")
        self.recent.aboutToShow.connect(self._fill_recent)
        self.export = _menu(QMenu(window), "menu_export")
        _add(self.export, *export_actions)
        _add(self.file, a["new_workspace"], a["open_workspace"], a["open_shared"], self.recent,
             None, a["import_canvases"], None, a["save_copy"], a["export_pdf"], self.export,
             None, a["restore_backup"], a["repair_copy"], None, a["workspace_properties"], None,
             a["quit"])  # fmt: skip
        self.edit = _menu(bar.addMenu(""), "menu_edit")
        _add(self.edit, a["undo"], a["redo"], None, a["cut"], a["copy"], a["paste"],
             a["duplicate"], a["delete"], None, a["select_all"], None, a["new_card"],
             a["edit_card"], None, a["find"], a["find_next"], a["find_previous"])  # fmt: skip
        self.canvas = _menu(bar.addMenu(""), "menu_canvas")
        _add(self.canvas, a["add_canvas"], a["rename_canvas"], a["move_canvas_up"],
             a["move_canvas_down"], None, a["compact_cards"], *canvas_actions, None,
             a["take_snapshot"], a["snapshots"], a["compare"], None, a["save_template"], None,
             a["delete_canvas"])  # fmt: skip
        self.view = _menu(bar.addMenu(""), "menu_view")
        self.language = _menu(QMenu(window), "menu_language")
        _add(self.language, *(a.language_action(lang) for lang in LANGUAGES))
        _add(self.view, a["zoom_in"], a["zoom_out"], a["zoom_reset"], a["fit_to_window"],
             None, a["link_hints"], None, a["side_panels"], a["checks_panel"], a["full_screen"],
             a["workshop"], None, self.language)  # fmt: skip
        self.tool_bar = QToolBar()
        self.tool_bar.setObjectName("mainToolBar")
        self.tool_bar.setMovable(False)
        self.tool_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        _add(self.tool_bar, a["add_canvas"], None, a["undo"], a["redo"], None, a["new_card"],
             a["compact_cards"], a["find"], None, a["zoom_out"], a["zoom_in"],
             a["fit_to_window"], None, a["export_pdf"], a["full_screen"],
             a["workshop"])  # fmt: skip
        window.addToolBar(self.tool_bar)

    def retranslate(self) -> None:
        self.file.setTitle(self.tr("&File"))
        self.recent.setTitle(self.tr("Open &Recent"))
        self.export.setTitle(self.tr("Export &As"))
        self.edit.setTitle(self.tr("&Edit"))
        self.canvas.setTitle(self.tr("&Canvas"))
        self.view.setTitle(self.tr("&View"))
        self.language.setTitle(self.tr("&Language"))
        self.tool_bar.setWindowTitle(self.tr("Tool bar"))

    def _fill_recent(self) -> None:
        self.recent.clear()
        paths = self.settings.recent_files()
        for number, path in enumerate(paths, start=1):
            action = self.recent.addAction(f"&{number}  {mnemonic_safe(path.name)}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_recent(p))
        servers = self.settings.recent_servers()
        if servers:
            self.recent.addSeparator()
        for location in servers:
            action = self.recent.addAction(mnemonic_safe(_server_label(location)))
            action.setToolTip(location)
            action.setStatusTip(location)
            action.triggered.connect(lambda _=False, url=location: self.open_recent(url))
        if not paths and not servers:
            self.recent.addAction(self.tr("No recent files")).setEnabled(False)


def _server_label(location: str) -> str:
    from ecanvas.store.server.address import ServerAddressError, parse_server_url

    try:
        return parse_server_url(location).display_name
    except ServerAddressError:
        return location


def _menu(menu: QMenu, name: str) -> QMenu:
    menu.setObjectName(name)
    return menu


def _add(target, *items) -> None:
    """Add actions, sub-menus and separators (None) to a menu or tool bar."""
    for item in items:
        if item is None:
            target.addSeparator()
        elif isinstance(item, QMenu):
            target.addMenu(item)
        else:
            target.addAction(item)
