"""The main window's versions: snapshots (take, list, open, restore, rename, delete), the compare
dock and its marks on the canvas, importing canvases from another workspace, and saving a
canvas's layout as a template.

Dialogs collect choices; every change of the workspace is one undo command through the store
(`ecanvas.ui.versions.commands`), so the scene and the panels follow its change events.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QDockWidget, QFileDialog, QInputDialog, QMessageBox

from ecanvas.store import InterchangeError, WorkspaceError
from ecanvas.ui.errors import describe_error
from ecanvas.ui.i18n import RetranslatesOnLanguageChange
from ecanvas.ui.runner import run_or_report

if TYPE_CHECKING:
    from ecanvas.ui.versions.changes_panel import ChangesPanel
    from ecanvas.ui.versions.snapshot_dialogs import SnapshotsDialog

# The commands, dialogs, merging and the compare list are imported (and the list made) when
# first used: none of them is needed to show the window, and start-up stays short
# (benchmarks/ui.py).

DOCK_WIDTH = 360
# Narrower than this, a canvas beside the list is too small to compare on (a 1280×720 laptop
# with the canvas list and the card panel open): the list goes below the canvas instead.
MIN_CANVAS_WIDTH = 640


class VersionsHost(Protocol):
    """What the versions need of their window (not the whole window: no import of it): the
    store, the undo stack, the tabs and actions, a place for messages and the dock."""

    store: object
    undo_stack: object
    tabs: object
    actions: object
    files: object
    language: str
    checks_dock: QDockWidget

    def show_message(self, text: str) -> None: ...

    def addDockWidget(self, area, dock) -> None: ...

    def resizeDocks(self, docks, sizes, orientation) -> None: ...

    def dockWidgetArea(self, dock) -> Qt.DockWidgetArea: ...

    def tabifyDockWidget(self, first, second) -> None: ...


class ChangesDock(RetranslatesOnLanguageChange, QDockWidget):
    """The compare list in a dock (right by default); hidden until a compare starts. The dock
    is there from the start, so the window's saved layout keeps its place; the list in it is
    made by the first compare."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("changesDock")
        self.setAllowedAreas(Qt.DockWidgetArea.RightDockWidgetArea
                             | Qt.DockWidgetArea.LeftDockWidgetArea
                             | Qt.DockWidgetArea.BottomDockWidgetArea)  # fmt: skip
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Changes"))


class VersionsController(QObject):
    """Carries out the versions actions of one main window."""

    def __init__(self, window: VersionsHost) -> None:
        super().__init__(window)
        self.window = window
        self._panel: ChangesPanel | None = None
        self.dock = ChangesDock(window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.snapshots_dialog: SnapshotsDialog | None = None
        self.viewers: list = []
        self._shown_once = False
        self.dock.visibilityChanged.connect(self._dock_visibility)
        window.tabs.viewCreated.connect(lambda _view: self.apply_overlay())
        actions = window.actions
        actions["take_snapshot"].triggered.connect(self.take_snapshot)
        actions["snapshots"].triggered.connect(lambda: self.show_snapshots())
        actions["compare"].triggered.connect(lambda: self.compare_canvas())
        actions["save_template"].triggered.connect(self.save_template)
        actions["import_canvases"].triggered.connect(lambda: self.import_canvases())

    @property
    def panel(self) -> ChangesPanel:
        """The compare list, made the first time it is needed."""
        if self._panel is None:
            from ecanvas.ui.versions.changes_panel import ChangesPanel

            panel = ChangesPanel(None, self.window.language)
            panel.set_store(self.window.store)
            panel.cardActivated.connect(self.go_to_card)
            panel.baselineChanged.connect(self.apply_overlay)
            panel.showOnCanvasToggled.connect(lambda _on: self.apply_overlay())
            panel.closeRequested.connect(self.stop_comparing)
            self.dock.setWidget(panel)
            self._panel = panel
        return self._panel

    @property
    def store(self):
        return self.window.store

    def set_store(self, store) -> None:
        self.stop_comparing()
        if self._panel is not None:
            self._panel.set_store(store)
        if self.snapshots_dialog is not None:
            self.snapshots_dialog.reject()
        for viewer in list(self.viewers):
            viewer.close()

    def set_language(self, language: str) -> None:
        if self._panel is not None:
            self._panel.set_language(language)

    def _run(self, command) -> bool:
        return run_or_report(self.window.undo_stack, command, self.window.show_message,
                             self.window)  # fmt: skip

    def _current_canvas_id(self) -> int | None:
        canvas_id = self.window.tabs.current_canvas_id()
        return canvas_id if canvas_id >= 0 else None

    # ----------------------------------------------------------------- taking snapshots
    def take_snapshot(self, _checked: bool = False, canvas_id: int | None = None) -> bool:
        from ecanvas.ui.versions.commands import TakeSnapshotsCommand
        from ecanvas.ui.versions.snapshot_dialogs import TakeSnapshotDialog, default_snapshot_name

        canvas_id = canvas_id if canvas_id is not None else self._current_canvas_id()
        if canvas_id is None or self.store.read_only:
            return False
        canvas = self.store.workspace.canvas(canvas_id)
        dialog = TakeSnapshotDialog(canvas.title, len(self.store.workspace.canvases),
                                    default_snapshot_name(), self._dialog_parent())  # fmt: skip
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        ids = [c.id for c in self.store.workspace.canvases] if dialog.every() else [canvas_id]
        if not self._run(TakeSnapshotsCommand(self.store, ids, dialog.name())):
            return False
        message = (
            self.tr("Took the snapshot “{name}” of every canvas.") if dialog.every()
            else self.tr("Took the snapshot “{name}” of “{canvas}”.")
        )  # fmt: skip
        self.window.show_message(message.format(name=dialog.name(), canvas=canvas.title))
        return True

    def _dialog_parent(self):
        dialog = self.snapshots_dialog
        return dialog if dialog is not None and dialog.isVisible() else self.window

    # ----------------------------------------------------------------- the list
    def show_snapshots(self, canvas_id: int | None = None) -> SnapshotsDialog | None:
        from ecanvas.ui.versions.snapshot_dialogs import SnapshotsDialog

        canvas_id = canvas_id if canvas_id is not None else self._current_canvas_id()
        if canvas_id is None:
            self.window.show_message(self.tr("Add a canvas first."))
            return None
        if self.snapshots_dialog is None:
            dialog = SnapshotsDialog(self.store, canvas_id, self.window)
            dialog.openRequested.connect(self.open_snapshot)
            dialog.compareRequested.connect(self.compare_snapshot)
            dialog.restoreRequested.connect(self.restore_snapshot)
            dialog.renameRequested.connect(self.rename_snapshot)
            dialog.deleteRequested.connect(self.delete_snapshots)
            dialog.takeRequested.connect(lambda cid: self.take_snapshot(canvas_id=cid))
            dialog.finished.connect(self._snapshots_closed)
            self.snapshots_dialog = dialog
        else:
            self.snapshots_dialog.set_canvas(canvas_id)
        self.snapshots_dialog.show()
        self.snapshots_dialog.raise_()
        return self.snapshots_dialog

    def _snapshots_closed(self, _code: int) -> None:
        if self.snapshots_dialog is not None:
            self.snapshots_dialog.deleteLater()
        self.snapshots_dialog = None

    def _snapshot_and_canvas(self, snapshot_id: int):
        snapshot = self.store.workspace.find_snapshot(snapshot_id)
        canvas = self.store.workspace.canvas(snapshot.canvas_id)
        try:
            return snapshot, canvas, self.store.snapshot_canvas(snapshot_id)
        except InterchangeError as error:
            QMessageBox.warning(self._dialog_parent(), self.tr("Snapshot"), describe_error(error))
            return None

    def open_snapshot(self, snapshot_id: int):
        from ecanvas.ui.versions.snapshot_viewer import SnapshotViewer

        found = self._snapshot_and_canvas(snapshot_id)
        if found is None:
            return None
        snapshot, canvas, frozen = found
        viewer = SnapshotViewer(snapshot, frozen, canvas.title, self.window.language, self.window)
        viewer.compareRequested.connect(self.compare_snapshot)
        viewer.destroyed.connect(lambda _obj=None, v=viewer: self._forget_viewer(v))
        self.viewers.append(viewer)
        viewer.show()
        return viewer

    def _forget_viewer(self, viewer) -> None:
        if viewer in self.viewers:
            self.viewers.remove(viewer)

    def rename_snapshot(self, snapshot_id: int) -> bool:
        from ecanvas.ui.versions.commands import RenameSnapshotCommand

        snapshot = self.store.workspace.find_snapshot(snapshot_id)
        name, ok = QInputDialog.getText(self._dialog_parent(), self.tr("Rename Snapshot"),
                                        self.tr("New name:"), text=snapshot.name)  # fmt: skip
        if not ok or not name.strip() or name.strip() == snapshot.name:
            return False
        return self._run(RenameSnapshotCommand(self.store, snapshot_id, name.strip()))

    def delete_snapshots(self, snapshot_ids: list) -> bool:
        from ecanvas.ui.versions.commands import DeleteSnapshotsCommand

        if not snapshot_ids:
            return False
        names = ", ".join(f"“{self.store.workspace.find_snapshot(i).name}”" for i in snapshot_ids)
        one = len(snapshot_ids) == 1
        title = self.tr("Delete Snapshot") if one else self.tr("Delete Snapshots")
        question = (
            self.tr("Delete {names}? Undo brings it back.")
            if one
            else self.tr("Delete {names}? Undo brings them back.")
        )
        answer = QMessageBox.question(
            self._dialog_parent(), title, question.format(names=names)
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._run(DeleteSnapshotsCommand(self.store, snapshot_ids))

    # ----------------------------------------------------------------- restoring
    def restore_snapshot(self, snapshot_id: int, as_new: bool, ask: bool = True) -> bool:
        from ecanvas.model.merge import canvas_as_new
        from ecanvas.ui.versions.commands import RewriteCanvasesCommand

        found = self._snapshot_and_canvas(snapshot_id)
        if found is None:
            return False
        snapshot, canvas, frozen = found
        if as_new:
            title = self.tr("{canvas} ({snapshot})").format(canvas=canvas.title,
                                                            snapshot=snapshot.name)  # fmt: skip
            command = RewriteCanvasesCommand(
                self.store, self.tr("Restore snapshot as a new canvas"),
                add=[canvas_as_new(frozen, title=title)],
            )  # fmt: skip
            if not self._run(command):
                return False
            self.window.tabs.select_canvas(command.added_ids[0])
            self.window.show_message(self.tr("Added “{title}”.").format(title=title))
            return True
        if ask and not self._confirm_restore(snapshot, canvas):
            return False
        name = self.store.unique_snapshot_name(
            [canvas.id], self.tr("Before restoring “{name}”").format(name=snapshot.name)
        )
        command = RewriteCanvasesCommand(
            self.store, self.tr("Restore snapshot"), replace={canvas.id: frozen}, snapshot_name=name
        )
        if not self._run(command):
            return False
        self.window.tabs.select_canvas(canvas.id)
        self.window.show_message(
            self.tr("Restored “{name}”; the canvas as it was is kept as the snapshot “{kept}”.")
            .format(name=snapshot.name, kept=name)
        )  # fmt: skip
        return True

    def _confirm_restore(self, snapshot, canvas) -> bool:
        from ecanvas.ui.versions.snapshot_dialogs import local_time

        box = QMessageBox(self._dialog_parent())
        box.setObjectName("confirmRestore")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Restore Snapshot"))
        box.setText(self.tr("Restore “{name}” over the canvas “{canvas}”?").format(
            name=snapshot.name, canvas=canvas.title))  # fmt: skip
        box.setInformativeText(self.tr(
            "The canvas becomes as it was on {time}. A snapshot of it as it is now is taken "
            "first, and Undo brings it back."
        ).format(time=local_time(snapshot.created)))  # fmt: skip
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is restore

    # ----------------------------------------------------------------- comparing
    def compare_snapshot(self, snapshot_id: int) -> None:
        snapshot = self.store.workspace.find_snapshot(snapshot_id)
        self.start_comparing(snapshot.canvas_id, ("snapshot", snapshot_id))

    def compare_canvas(self, canvas_id: int | None = None) -> bool:
        """Canvas → Compare…: the canvas against its newest snapshot (or another canvas of its
        template); the dock offers the others."""
        canvas_id = canvas_id if canvas_id is not None else self._current_canvas_id()
        if canvas_id is None:
            return False
        canvas = self.store.workspace.canvas(canvas_id)
        newest = max(canvas.snapshots, key=lambda s: (s.created, s.id), default=None)
        self.start_comparing(canvas_id, ("snapshot", newest.id) if newest else None)
        return True

    def start_comparing(self, canvas_id: int, baseline) -> None:
        self.window.tabs.select_canvas(canvas_id)
        self.panel.compare(canvas_id, baseline)
        first = self.dock.isHidden() and not self._shown_once
        self.dock.show()
        self.dock.raise_()
        if first:  # a readable list that leaves the canvas most of the window
            self._shown_once = True
            self._place_dock()
        self.apply_overlay()

    def _place_dock(self) -> None:
        """Beside the canvas where there is room for both; on a narrow window below it, in a
        tab beside the strategy checks when they are open."""
        window = self.window
        right = Qt.DockWidgetArea.RightDockWidgetArea
        beside = window.dockWidgetArea(self.dock) == right
        if beside and window.tabs.width() - DOCK_WIDTH < MIN_CANVAS_WIDTH:
            checks = window.checks_dock
            window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
            if checks.isVisible() and not checks.isFloating():
                window.tabifyDockWidget(checks, self.dock)
            self.dock.show()
            self.dock.raise_()
            return
        if beside:
            window.resizeDocks([self.dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)

    def stop_comparing(self) -> None:
        if self._panel is not None:
            self._panel.clear()
        self.dock.hide()
        self.apply_overlay()

    def _dock_visibility(self, _visible: bool) -> None:
        if self.dock.isHidden() and self._panel is not None and self._panel.canvas_id is not None:
            self.panel.clear()
            self.apply_overlay()

    def apply_overlay(self) -> None:
        """The marks on the canvas being compared, and on no other."""
        panel = self._panel
        shown = panel is not None and panel.before is not None and panel.on_canvas.isChecked()
        wanted = panel.canvas_id if shown else None
        for view in self.window.tabs.existing_views():
            scene = view.canvas_scene
            if view.canvas_id == wanted:
                label = panel.baseline_label()
                current = scene.changes
                if current is None or current.before is not panel.before or current.label != label:
                    scene.mirror.show_changes(panel.before, label)
                else:  # the same baseline, changed since (another canvas being edited)
                    scene.mirror.refresh_changes()
            elif scene.changes is not None:
                scene.mirror.hide_changes()

    def go_to_card(self, canvas_id: int, card_id: int) -> bool:
        """Show a card of the compare list (a removed one as its ghost)."""
        self.window.tabs.select_canvas(canvas_id)
        view = self.window.tabs.current_view()
        if view is None or view.canvas_id != canvas_id:
            return False
        scene = view.canvas_scene
        if card_id in scene.card_items:
            scene.select_cards([card_id])
            view.ensure_card_visible(card_id)
            return True
        ghost = scene.changes.ghost_items.get(card_id) if scene.changes is not None else None
        if ghost is not None:
            scene.clearSelection()
            view.centerOn(ghost.centre())
            return True
        return False

    # ----------------------------------------------------------------- templates
    def save_template(self) -> bool:
        from ecanvas.ui.dialogs.template_files import SaveTemplateDialog

        canvas_id = self._current_canvas_id()
        if canvas_id is None:
            return False
        dialog = SaveTemplateDialog(self.store.workspace.canvas(canvas_id), self.window,
                                    self.window.language)  # fmt: skip
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
            return False
        title = dialog.saved.title(self.window.language)  # as the gallery will list it
        self.window.show_message(
            self.tr("Saved the template “{title}”; Add Canvas offers it.").format(title=title)
        )
        return True

    # ----------------------------------------------------------------- importing canvases
    def import_canvases(self, path: Path | None = None) -> bool:
        from ecanvas.model.merge import author_map
        from ecanvas.store.merge_source import read_merge_source
        from ecanvas.ui.versions.import_dialog import ImportCanvasesDialog

        if self.store.read_only:
            return False
        if path is None:
            folder = str(self.window.files.export_folder())
            name, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Import Canvases From"), folder,
                self.tr("ecanvas workspaces and interchange files (*.ecanvas *.json);;"
                        "All files (*)"),
            )  # fmt: skip
            if not name:
                return False
            path = Path(name)
        try:
            source = read_merge_source(path, open_workspace_path=self.store.path)
        except (WorkspaceError, InterchangeError, OSError) as error:
            QMessageBox.critical(self.window, self.tr("Cannot import canvases"),
                                 describe_error(error))  # fmt: skip
            return False
        if not source.canvases:
            self.window.show_message(self.tr("{file} holds no canvases.").format(file=path.name))
            return False
        dialog = ImportCanvasesDialog(path.name, source, self.store.workspace.canvases,
                                      self.window.language, self.window)  # fmt: skip
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.merge(path.name, dialog.choices(), author_map(source, self.store.workspace))

    def merge(self, file_name: str, choices, authors=None) -> bool:
        """Merge the chosen canvases in one undo step; `authors` maps the source's workshop
        participants to this workspace's (by name)."""
        from ecanvas.model.merge import merge_result
        from ecanvas.ui.versions.commands import RewriteCanvasesCommand

        if not choices:
            return False
        states, added = merge_result(self.store.workspace.canvases, choices, authors)
        name = None
        if states:
            name = self.store.unique_snapshot_name(
                states, self.tr("Before importing from {file}").format(file=file_name)
            )
        command = RewriteCanvasesCommand(
            self.store, self.tr("Import canvases from {file}").format(file=file_name),
            replace=states, add=added, snapshot_name=name,
        )  # fmt: skip
        if not self._run(command):
            return False
        self.window.show_message(
            self.tr("Imported {count} canvases from {file}.").format(count=len(choices),
                                                                    file=file_name)
            if len(choices) != 1 else
            self.tr("Imported a canvas from {file}.").format(file=file_name)
        )  # fmt: skip
        return True
