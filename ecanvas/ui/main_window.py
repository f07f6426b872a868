"""The main window: canvas list (left), canvas tabs (centre), inspector and guidance (right).

It wires the parts together and owns the open workspace store and the undo stack; the File
menu's work lives in `WorkspaceFiles`, the actions in `Actions`, each panel in its own module.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import QMainWindow, QSplitter, QVBoxLayout, QWidget

from ecanvas.store import Change, ChangeKind, WorkspaceStore
from ecanvas.ui.actions import Actions
from ecanvas.ui.backup_keeper import BackupKeeper
from ecanvas.ui.canvas import ColourPalette
from ecanvas.ui.canvas_tabs import CanvasTabs
from ecanvas.ui.checks_dock import DEFAULT_HEIGHT, ChecksDock
from ecanvas.ui.commands import AddCanvasCommand
from ecanvas.ui.connection_bar import ConnectionBar
from ecanvas.ui.errors import describe_error
from ecanvas.ui.export_files import FileExports
from ecanvas.ui.find_bar import FindBar
from ecanvas.ui.i18n import UiLanguage, default_language
from ecanvas.ui.literal import title_safe
from ecanvas.ui.live import LiveWorkspace
from ecanvas.ui.menus import WindowMenus
from ecanvas.ui.panels.canvas_list import CanvasListPanel
from ecanvas.ui.panels.guidance import GuidancePanel
from ecanvas.ui.panels.inspector import InspectorPanel
from ecanvas.ui.recovery import Recovery
from ecanvas.ui.runner import run_or_report
from ecanvas.ui.settings import AppSettings
from ecanvas.ui.status_bar import WorkspaceStatusBar
from ecanvas.ui.store_binding import StoreBinding
from ecanvas.ui.undo_guard import UndoGuard
from ecanvas.ui.versions.controller import VersionsController
from ecanvas.ui.workspace_files import WorkspaceFiles

TITLE_EVENTS = {ChangeKind.WORKSPACE}
COUNT_EVENTS = {ChangeKind.CARDS_ADDED, ChangeKind.CARDS_REMOVED, ChangeKind.CANVAS_ADDED,
                ChangeKind.CANVAS_REMOVED}  # fmt: skip


class MainWindow(QMainWindow):
    """One workspace at a time; File → New/Open swaps the store inside the same window."""

    def __init__(self, store: WorkspaceStore, *, settings: AppSettings | None = None,
                 ui_language: UiLanguage | None = None, language: str | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.store: WorkspaceStore | None = None
        self._listening = StoreBinding(self, self._on_change)
        self.settings = settings or AppSettings()
        self.ui_language = ui_language or UiLanguage(QCoreApplication.instance())
        self.language = language or default_language(
            self.settings.language(), store.workspace.language
        )
        self.undo_stack = QUndoStack(self)
        self._was_maximised = False
        self.workshop = None  # the workshop window while a workshop runs (see ecanvas.ui.workshop)
        self._fitted_once = False
        self.actions = Actions(self)
        self.files = WorkspaceFiles(self)
        self.recovery = Recovery(self)
        self.backups = BackupKeeper(self)
        self._build()
        self.exports = FileExports(
            self, lambda: self.store.workspace, self.files.export_folder,
            self.tabs.current_canvas_id, lambda: (self.store.path,) if self.store.path else (),
        )  # fmt: skip
        self.menus = WindowMenus(self, self.actions, self.settings, self.files.open_recent,
                                 self.exports.actions.values(),
                                 (self.exports.image_action,))  # fmt: skip
        self.palette_bar = self._add_palette_bar()
        self.versions = VersionsController(self)
        self._connect()
        self._restore_layout()
        self.set_store(store)
        if self.ui_language.current != self.language:
            self.ui_language.apply(self.language)
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.actions.language_action(self.language).setChecked(True)
        self.retranslate()

    # ----------------------------------------------------------------- construction
    def _build(self) -> None:
        # The parts start without a store: set_store gives it to all of them once (filling
        # each twice was a noticeable share of the start-up).
        self.canvas_list = CanvasListPanel(None, self.undo_stack, self.actions)
        self.tabs = CanvasTabs(None, self.undo_stack, self.language, actions=self.actions)
        for action in self.actions.scoped("canvas"):
            self.tabs.addAction(action)
        self.find_bar = FindBar(None, self.tabs)
        self.inspector = InspectorPanel(None, self.undo_stack)
        self.guidance = GuidancePanel(None, self.language)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.setSpacing(0)
        self.connection_bar = ConnectionBar()
        self.live = LiveWorkspace(self)
        centre_layout.addWidget(self.connection_bar)
        centre_layout.addWidget(self.tabs, 1)
        centre_layout.addWidget(self.find_bar)
        self.right_panel = QSplitter(Qt.Orientation.Vertical)
        self.right_panel.setObjectName("rightPanel")
        self.right_panel.addWidget(self.inspector)
        self.right_panel.addWidget(self.guidance)
        self.right_panel.setStretchFactor(0, 3)
        self.right_panel.setStretchFactor(1, 2)
        self.right_panel.setSizes([520, 340])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.canvas_list)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.right_panel)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.setCentralWidget(self.splitter)
        self.status = WorkspaceStatusBar()
        self.setStatusBar(self.status)
        self.checks_dock = ChecksDock(None, self.undo_stack, self.language, self.tabs,
                                      self.actions["checks_panel"], self)  # fmt: skip
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.checks_dock)
        self.resizeDocks([self.checks_dock], [DEFAULT_HEIGHT], Qt.Orientation.Vertical)

    def _add_palette_bar(self) -> ColourPalette:
        """The sticky-note chips: drag one onto a block for a new card; click one to make it
        the colour of quick capture (a participant's colour in a workshop)."""
        self.menus.tool_bar.addSeparator()
        palette = ColourPalette()
        self.menus.tool_bar.addWidget(palette)
        palette.colourChosen.connect(self._set_capture_colour)
        return palette

    def _set_capture_colour(self, colour: str) -> None:
        for view in self.tabs.existing_views():
            view.canvas_scene.set_capture_colour(colour)

    def _connect(self) -> None:
        a = self.actions
        a["new_workspace"].triggered.connect(self.files.new_workspace)
        a["open_workspace"].triggered.connect(self.files.open_workspace)
        a["open_shared"].triggered.connect(self.files.open_shared_workspace)
        self.connection_bar.connectionChanged.connect(self._on_connection)
        self.connection_bar.messageReady.connect(self.show_message)
        a["save_copy"].triggered.connect(self.files.save_copy)
        a["export_pdf"].triggered.connect(self.files.export_pdf)
        a["workspace_properties"].triggered.connect(self.files.edit_properties)
        a["quit"].triggered.connect(self.close)
        self.undo_guard = UndoGuard(self, self.undo_stack, lambda: self.store, self.show_message)
        a["undo"].triggered.connect(self.undo_guard.undo)
        a["redo"].triggered.connect(self.undo_guard.redo)
        a["restore_backup"].triggered.connect(self.recovery.restore_from_backup)
        a["repair_copy"].triggered.connect(lambda: self.recovery.repair_into_copy())
        self.backups.failed.connect(self.status.set_backup_problem)
        self.backups.succeeded.connect(lambda: self.status.set_backup_problem(""))
        a.bind_canvas_actions(self.tabs.current_view)
        a["find"].triggered.connect(self.find_bar.open_bar)
        a["find_next"].triggered.connect(lambda: self._find_step(+1))
        a["find_previous"].triggered.connect(lambda: self._find_step(-1))
        a["add_canvas"].triggered.connect(self.add_canvas_from_gallery)
        a["full_screen"].toggled.connect(self.set_full_screen)
        a["workshop"].triggered.connect(self.toggle_workshop)
        a["side_panels"].toggled.connect(self.set_side_panels_visible)
        a["compact_cards"].triggered.connect(self._set_compact)
        a["link_hints"].setChecked(self.settings.link_hints_shown())
        a["link_hints"].toggled.connect(self.set_link_hints_shown)
        a.language_group.triggered.connect(lambda action: self.set_language(action.data()))
        self.undo_stack.canUndoChanged.connect(a["undo"].setEnabled)
        self.undo_stack.canRedoChanged.connect(a["redo"].setEnabled)
        self.undo_stack.undoTextChanged.connect(self._update_undo_texts)
        self.undo_stack.redoTextChanged.connect(self._update_undo_texts)
        self.canvas_list.canvasActivated.connect(self.tabs.select_canvas)
        self.tabs.currentCanvasChanged.connect(self._on_current_canvas)
        self.tabs.viewCreated.connect(self._connect_view)
        for source in (self.canvas_list, self.inspector, self.checks_dock.panel):
            source.errorOccurred.connect(self.show_message)
        self.checks_dock.panel.countsChanged.connect(self.status.set_check_counts)
        self.status.checks_button.clicked.connect(self.checks_dock.show_and_raise)
        self.tabs.statusMessage.connect(self.show_message)
        self.exports.exported.connect(self._exported)
        self.exports.failed.connect(self.show_message)

    def _connect_view(self, view) -> None:
        scene = view.canvas_scene
        scene.set_capture_colour(self.palette_bar.current_colour())
        scene.cardSelectionChanged.connect(lambda ids, v=view: self._on_selection(v, ids))
        scene.currentBlockChanged.connect(lambda block, v=view: self._on_block(v, block))
        scene.errorOccurred.connect(self.show_message)
        scene.mirror.set_link_hints_shown(self.actions["link_hints"].isChecked())
        view.zoomChanged.connect(lambda factor, v=view: self._on_zoom(v, factor))

    # ----------------------------------------------------------------- the workspace
    def set_store(self, store: WorkspaceStore) -> None:
        """Show `store` in every part of the window (the previous store is not closed here)."""
        self.store = store
        self._listening.follow(store)
        for part in (self.canvas_list, self.inspector, self.guidance, self.status,
                     self.checks_dock.panel):  # fmt: skip
            part.set_store(store)
        self.tabs.set_store(store)
        self.find_bar.set_store(store)
        self.versions.set_store(store)
        if store.path is not None:
            self.settings.add_recent_file(store.path)
        else:
            self.settings.add_recent_server(store.location)
        self.live.set_store(store)
        self.connection_bar.set_store(store)
        self._enable_writing()
        self.backups.set_store(store)
        self.status.set_not_saved("")
        self.actions["repair_copy"].setEnabled(bool(getattr(store, "damage", ())))
        self.actions["restore_backup"].setEnabled(store.path is not None)
        self._on_current_canvas(self.tabs.current_canvas_id())
        self._update_title()

    def _enable_writing(self) -> None:
        self.actions.enable_writing(not self.store.read_only)

    def _on_connection(self, _connected: bool) -> None:
        """A shared workspace's server went away or came back: read-only follows it."""
        self._enable_writing()
        self.status.refresh()
        self._update_title()
        for part in (self.canvas_list, self.inspector):
            refresh = getattr(part, "refresh_writable", None)
            if refresh is not None:
                refresh()

    def replace_store(self, store: WorkspaceStore) -> None:
        """Close the open workspace and show another one; the undo history starts afresh."""
        old = self.store
        self.backups.back_up_if_changed()  # the last changes of the workspace being closed
        self.undo_stack.clear()
        if self.find_bar.isVisible():
            self.find_bar.close_bar()
        self.set_store(store)
        if old is not None and old is not store:
            old.close()
        QTimer.singleShot(0, self.back_up_workspace)
        QTimer.singleShot(0, self.recovery.notice_damage)

    def finish_after_paint(self) -> None:
        """Build what the first frame does not show (the inspector's fields) once the window is
        on screen, so the first click on a card finds it ready; a click before this builds it
        on the spot. The canvas's in-place editors are imported now for the same reason."""
        self.inspector.ensure_fields()
        import ecanvas.ui.canvas.inline_editor
        import ecanvas.ui.canvas.label_editor
        import ecanvas.ui.canvas.title_editor  # noqa: F401

    def back_up_workspace(self) -> None:
        """Keep a verified copy of the workspace as it was opened (rotating, in the data folder);
        run after the window is on screen so it never delays the first paint. Later backups
        follow the changes (see BackupKeeper); a shared workspace is backed up by its server's
        owner."""
        if self.store is not None and not self.store.closed and self.store.path is not None:
            self.backups.back_up()

    def _on_change(self, change: Change) -> None:
        if self.status.not_saved and self.store is not None and self.store.last_failure is None:
            self.status.set_not_saved("")  # a change was saved again
        if change.kind in TITLE_EVENTS:
            self._update_title()
        if change.kind in COUNT_EVENTS:
            self.status.refresh_counts()
        if change.kind == ChangeKind.CANVAS_CHANGED:
            self._sync_compact()

    def _update_title(self) -> None:
        if self.store is None:
            return
        names = {"title": title_safe(self.store.workspace.title),
                 "file": title_safe(self.store.display_name)}  # fmt: skip
        if not getattr(self.store, "connected", True):
            self.setWindowTitle(self.tr("{title} — {file} [server unreachable]").format(**names))
        elif self.store.read_only:
            self.setWindowTitle(self.tr("{title} — {file} [read-only]").format(**names))
        else:
            self.setWindowTitle(self.tr("{title} — {file}").format(**names))

    def _exported(self, path: str) -> None:
        self.files.remember_export(Path(path))
        self.show_message(self.tr("Exported {file}.").format(file=path))

    def show_message(self, text: str) -> None:
        self.status.show_message(text)
        if self.store is not None and self.store.last_failure is not None:
            self.status.set_not_saved(describe_error(self.store.last_failure))

    # ----------------------------------------------------------------- canvases and views
    def add_canvas_from_gallery(self) -> int | None:
        """Ask for a template and a title, then add the canvas; its id, or None if cancelled."""
        from ecanvas.ui.dialogs.template_gallery import TemplateGalleryDialog

        dialog = TemplateGalleryDialog(self.language, self)
        if dialog.exec() != TemplateGalleryDialog.DialogCode.Accepted:
            return None
        key = dialog.selected_template_key()
        if key is None:
            return None
        index = self.tabs.currentIndex() + 1 if self.tabs.count() else 0
        command = AddCanvasCommand(self.store, key, dialog.canvas_title() or None, index,
                                   self.language)  # fmt: skip
        if not run_or_report(self.undo_stack, command, self.show_message):
            return None
        return command.canvas_id

    def _on_current_canvas(self, canvas_id: int) -> None:
        self.canvas_list.select_canvas(canvas_id)
        self.status.set_canvas(canvas_id)
        view = self.tabs.current_view()
        scene = view.canvas_scene if view is not None else None
        self.inspector.show_cards(scene.selected_card_ids() if scene else [])
        self.guidance.show_block(canvas_id if canvas_id >= 0 else None,
                                 scene.current_block_id() if scene else None)  # fmt: skip
        self.status.set_zoom(view.zoom_factor() if view is not None else 1.0)
        self._sync_compact()

    def _sync_compact(self) -> None:
        """Canvas → Compact Cards shows the density of the canvas on screen."""
        view = self.tabs.current_view()
        action = self.actions["compact_cards"]
        action.setChecked(view is not None and view.canvas_scene.edit.compact)
        action.setEnabled(view is not None and not (self.store and self.store.read_only))
        self.exports.image_action.setEnabled(view is not None)

    def _set_compact(self, on: bool) -> None:
        view = self.tabs.current_view()
        if view is not None:
            view.canvas_scene.edit.set_compact(on)
        self._sync_compact()

    def set_link_hints_shown(self, on: bool) -> None:
        """View → Show Link Hints, for every canvas, remembered between runs."""
        self.settings.set_link_hints_shown(on)
        for view in self.tabs.existing_views():
            view.canvas_scene.mirror.set_link_hints_shown(on)

    def _is_current(self, view) -> bool:
        return view is self.tabs.currentWidget().view if self.tabs.count() else False

    def _on_selection(self, view, card_ids: list) -> None:
        if self._is_current(view):
            self.inspector.show_cards(list(card_ids))

    def _on_block(self, view, block_id: int) -> None:
        if self._is_current(view):
            self.guidance.show_block(view.canvas_id, block_id)

    def _on_zoom(self, view, factor: float) -> None:
        if self._is_current(view):
            self.status.set_zoom(factor)

    def _find_step(self, delta: int) -> None:
        if not self.find_bar.isVisible():
            self.find_bar.open_bar()
        self.find_bar.step(delta)

    # ----------------------------------------------------------------- view state
    def set_full_screen(self, on: bool) -> None:
        if on:
            self._was_maximised = self.isMaximized()
            self.showFullScreen()
        elif self._was_maximised:
            self.showMaximized()
        else:
            self.showNormal()

    def toggle_workshop(self) -> None:
        """View → Workshop (F5): into the workshop, or back out of it."""
        if self.workshop is None:
            from ecanvas.ui.workshop.entry import open_workshop

            self.workshop = open_workshop(self)
        else:
            self.workshop.leave()

    def set_side_panels_visible(self, visible: bool) -> None:
        self.canvas_list.setVisible(visible)
        self.right_panel.setVisible(visible)

    def _restore_layout(self) -> None:
        geometry = self.settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self._first_start_geometry()
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
            self.versions.dock.hide()  # only a compare shows it (and makes the list in it)
        else:
            self.checks_dock.hide_unless_it_fits(self, self.screen().availableGeometry().height())
        splitter = self.settings.splitter_state()
        if splitter is None or not self.splitter.restoreState(splitter):
            self._default_splitter_sizes()
        self.fit_on_screen()

    def fit_on_screen(self) -> None:
        """Never larger than the screen's free area (a size remembered on a bigger screen,
        many canvases): shrink and move the window so all of it can be reached."""
        if self.isMaximized() or self.isFullScreen() or self.screen() is None:
            return
        available = self.screen().availableGeometry()
        frame, inner = self.frameGeometry(), self.geometry()
        extra_w, extra_h = frame.width() - inner.width(), frame.height() - inner.height()
        width = min(self.width(), available.width() - extra_w)
        height = min(self.height(), available.height() - extra_h)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        frame = self.frameGeometry()
        left = max(available.left(), min(frame.left(), available.right() + 1 - frame.width()))
        top = max(available.top(), min(frame.top(), available.bottom() + 1 - frame.height()))
        if (left, top) != (frame.left(), frame.top()):
            self.move(left, top)

    def _default_splitter_sizes(self) -> None:
        """Side panels of a readable width; the canvas gets the rest, most of a small screen."""
        width = self.width()
        left, right = min(230, width // 6), min(330, width // 4)
        self.splitter.setSizes([left, max(200, width - left - right), right])

    def _first_start_geometry(self) -> None:
        """1440×900 where it fits, else nearly the whole screen; centred."""
        available = self.screen().availableGeometry()
        width = min(1440, int(available.width() * 0.94))
        height = min(900, int(available.height() * 0.94))
        self.resize(width, height)
        self.move(available.center() - self.rect().center())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._fitted_once:  # the window manager's frame is known once it is shown
            self._fitted_once = True
            QTimer.singleShot(0, self.fit_on_screen)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Nothing to save: the file is always up to date. Remember the layout and let go."""
        if self.workshop is not None:  # quitting from a workshop closes it without coming back
            workshop, self.workshop = self.workshop, None
            workshop.left.disconnect()
            workshop.close()
        self.settings.set_window_layout(self.saveGeometry(), self.saveState())
        self.settings.set_splitter_state(self.splitter.saveState())
        self.settings.sync()
        self.live.set_store(None)
        self.connection_bar.set_store(None)
        self.tabs.set_store(None)
        self.versions.set_store(None)
        for part in (self.canvas_list, self.inspector, self.guidance, self.find_bar,
                     self.checks_dock.panel):  # fmt: skip
            part.set_store(None)
        self.undo_stack.clear()
        self.backups.back_up_if_changed()
        self.backups.set_store(None)
        self._listening.follow(None)
        if self.store is not None:
            self.store.close()
        super().closeEvent(event)

    # ----------------------------------------------------------------- language
    def set_language(self, language: str) -> None:
        """Switch the whole UI (menus, panels, canvases) to `language` and remember the choice."""
        self.ui_language.apply(language)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.language = self.ui_language.current
        self.actions.language_action(self.language).setChecked(True)
        self.settings.set_language(self.language)
        self.tabs.set_language(self.language)
        self.versions.set_language(self.language)
        self.guidance.set_language(self.language)
        self.checks_dock.panel.set_language(self.language)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self.actions.refresh_icons()  # icons are tinted with the palette's text colour
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.actions.retranslate()
        self.exports.retranslate()
        self.menus.retranslate()
        self._update_undo_texts()
        self._update_title()

    def _update_undo_texts(self) -> None:
        undo, redo = self.undo_stack.undoText(), self.undo_stack.redoText()
        undo_text = self.tr("&Undo {action}").format(action=undo) if undo else self.tr("&Undo")
        redo_text = self.tr("&Redo {action}").format(action=redo) if redo else self.tr("&Redo")
        self.actions["undo"].setText(undo_text)
        self.actions["redo"].setText(redo_text)
        self.actions["undo"].setEnabled(self.undo_stack.canUndo())
        self.actions["redo"].setEnabled(self.undo_stack.canRedo())
        self.actions.tool_tip_refresh("undo")
        self.actions.tool_tip_refresh("redo")
