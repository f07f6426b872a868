"""The workspace's canvases, in order: pick, rename, reorder by drag, delete (all undoable).

The list never edits itself for good: a rename or a drop becomes a command, and the list is
rebuilt from the store when the store reports the change (or put back when the store refuses).
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QDrag, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ecanvas.store import Change, ChangeKind, WorkspaceStore
from ecanvas.ui.actions import Actions
from ecanvas.ui.commands import DeleteCanvasCommand, MoveCanvasCommand, RenameCanvasCommand
from ecanvas.ui.i18n import RetranslatesOnLanguageChange
from ecanvas.ui.runner import run_or_report
from ecanvas.ui.store_binding import StoreBinding

CANVAS_MIME = "application/x-ecanvas-canvas"
CANVAS_ID_ROLE = Qt.ItemDataRole.UserRole
LIST_EVENTS = {
    ChangeKind.CANVAS_ADDED, ChangeKind.CANVAS_REMOVED, ChangeKind.CANVAS_CHANGED,
    ChangeKind.CANVASES_REORDERED, ChangeKind.CARDS_ADDED, ChangeKind.CARDS_REMOVED,
}  # fmt: skip


class CanvasListWidget(QListWidget):
    """A list whose drag-and-drop reorder is reported as (canvas id, new index), not applied."""

    canvasDropped = Signal(int, int)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("canvasList")
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def mimeTypes(self) -> list[str]:
        return [CANVAS_MIME]

    def mimeData(self, items) -> QMimeData:
        data = QMimeData()
        if items:
            data.setData(CANVAS_MIME, str(items[0].data(CANVAS_ID_ROLE)).encode())
        return data

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def startDrag(self, _actions) -> None:
        """Our own drag: the view's would delete the dragged row itself after a move."""
        item = self.currentItem()
        if item is None:
            return
        drag = QDrag(self)
        drag.setMimeData(self.mimeData([item]))
        drag.setPixmap(self.viewport().grab(self.visualItemRect(item)))
        drag.exec(Qt.DropAction.MoveAction)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(CANVAS_MIME):
            super().dragEnterEvent(event)
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasFormat(CANVAS_MIME):
            super().dragMoveEvent(event)  # draws the drop indicator
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        data = event.mimeData()
        if not data.hasFormat(CANVAS_MIME):
            event.ignore()
            return
        canvas_id = int(bytes(data.data(CANVAS_MIME)).decode())
        event.acceptProposedAction()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()
        self.canvasDropped.emit(canvas_id, self.drop_row(event.position().toPoint()))

    def drop_row(self, pos) -> int:
        """The row a drop at `pos` (viewport coordinates) inserts before."""
        item = self.itemAt(pos)
        if item is None:
            return self.count()
        row = self.row(item)
        return row + 1 if pos.y() > self.visualItemRect(item).center().y() else row


class CanvasListPanel(RetranslatesOnLanguageChange, QWidget):
    """Left panel: the canvases of the open workspace; emits the canvas the user picks."""

    canvasActivated = Signal(int)  # noqa: N815
    errorOccurred = Signal(str)  # noqa: N815

    def __init__(self, store: WorkspaceStore | None, undo_stack: QUndoStack, actions: Actions,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.store: WorkspaceStore | None = None
        self._listening = StoreBinding(self, self._on_change)
        self.undo_stack = undo_stack
        self.actions = actions
        self._rebuilding = False
        self.title = QLabel()
        self.title.setProperty("role", "panelTitle")
        self.add_button = QToolButton()
        self.add_button.setDefaultAction(actions["add_canvas"])
        self.add_button.setAutoRaise(True)
        self.list = CanvasListWidget()
        for name in ("rename_canvas", "delete_canvas", "move_canvas_up", "move_canvas_down"):
            self.list.addAction(actions[name])
        self._layout()
        self._connect()
        self.retranslate()
        self.set_store(store)

    def _layout(self) -> None:
        header = QHBoxLayout()
        header.setContentsMargins(12, 8, 6, 0)
        header.addWidget(self.title, 1)
        header.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.list, 1)

    def _connect(self) -> None:
        self.list.currentItemChanged.connect(self._on_current_item)
        self.list.itemChanged.connect(self._on_item_edited)
        self.list.canvasDropped.connect(self.move_canvas)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._show_context_menu)
        self.actions["rename_canvas"].triggered.connect(self.rename_current)
        self.actions["delete_canvas"].triggered.connect(self.delete_current)
        self.actions["move_canvas_up"].triggered.connect(lambda: self._shift_current(-1))
        self.actions["move_canvas_down"].triggered.connect(lambda: self._shift_current(+1))

    # ----------------------------------------------------------------- store
    def set_store(self, store: WorkspaceStore | None) -> None:
        self.store = store
        self._listening.follow(store)
        self.rebuild()

    def _on_change(self, change: Change) -> None:
        if change.kind in LIST_EVENTS:
            self.rebuild()

    def rebuild(self) -> None:
        """Mirror the store's canvases, keeping the current canvas selected when it still exists.

        Items are updated in place, because a rename arrives while Qt is still inside the edited
        item's change signal, where deleting that item would pull it out from under Qt.
        """
        current = self.current_canvas_id()
        canvases = self.store.workspace.canvases if self.store else []
        self._rebuilding = True
        try:
            while self.list.count() > len(canvases):
                self.list.takeItem(self.list.count() - 1)
            while self.list.count() < len(canvases):
                self.list.addItem(QListWidgetItem())
            for row, canvas in enumerate(canvases):
                self._fill_item(self.list.item(row), canvas)
            self._select_row(self._row_of(current) if current is not None else 0)
        finally:
            self._rebuilding = False
        self._update_actions()

    def _fill_item(self, item: QListWidgetItem, canvas) -> None:
        item.setText(canvas.title)
        item.setData(CANVAS_ID_ROLE, canvas.id)
        item.setToolTip(self.tr("Cards: {count}").format(count=len(canvas.cards)))
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        flags |= Qt.ItemFlag.ItemIsDragEnabled
        if self.store is not None and not self.store.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        item.setFlags(flags)

    # ----------------------------------------------------------------- selection
    def current_canvas_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(CANVAS_ID_ROLE))

    def select_canvas(self, canvas_id: int) -> None:
        """Follow a tab switch without announcing it back."""
        self._rebuilding = True
        try:
            self._select_row(self._row_of(canvas_id))
        finally:
            self._rebuilding = False
        self._update_actions()

    def _row_of(self, canvas_id: int | None) -> int:
        for row in range(self.list.count()):
            if self.list.item(row).data(CANVAS_ID_ROLE) == canvas_id:
                return row
        return 0

    def _select_row(self, row: int) -> None:
        if self.list.count():
            self.list.setCurrentRow(min(max(row, 0), self.list.count() - 1))

    def _on_current_item(self, current: QListWidgetItem | None, _previous) -> None:
        self._update_actions()
        if current is not None and not self._rebuilding:
            self.canvasActivated.emit(int(current.data(CANVAS_ID_ROLE)))

    def _update_actions(self) -> None:
        row = self.list.currentRow()
        has = row >= 0
        writable = self.store is not None and not self.store.read_only
        self.actions["rename_canvas"].setEnabled(has and writable)
        self.actions["delete_canvas"].setEnabled(has and writable)
        self.actions["move_canvas_up"].setEnabled(writable and row > 0)
        self.actions["move_canvas_down"].setEnabled(writable and 0 <= row < self.list.count() - 1)

    # ----------------------------------------------------------------- gestures
    def rename_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.list.editItem(item)

    def _on_item_edited(self, item: QListWidgetItem) -> None:
        if self._rebuilding or self.store is None:
            return
        canvas_id = int(item.data(CANVAS_ID_ROLE))
        title = item.text().strip()
        if title == self.store.workspace.canvas(canvas_id).title:
            return
        if not title or not self._run(RenameCanvasCommand(self.store, canvas_id, title)):
            self.rebuild()  # put the stored title back

    def delete_current(self) -> None:
        canvas_id = self.current_canvas_id()
        if canvas_id is not None and self.store is not None:
            self._run(DeleteCanvasCommand(self.store, canvas_id))

    def move_canvas(self, canvas_id: int, drop_row: int) -> None:
        """Move a canvas so it sits before the row `drop_row` of the list as it is now."""
        old_row = self._row_of(canvas_id)
        index = drop_row - 1 if drop_row > old_row else drop_row
        if index != old_row and self.store is not None:
            self._run(MoveCanvasCommand(self.store, canvas_id, index))

    def _shift_current(self, delta: int) -> None:
        canvas_id = self.current_canvas_id()
        row = self.list.currentRow()
        if canvas_id is not None and 0 <= row + delta < self.list.count():
            self._run(MoveCanvasCommand(self.store, canvas_id, row + delta))

    def _run(self, command) -> bool:
        return run_or_report(self.undo_stack, command, self.errorOccurred.emit)

    def _show_context_menu(self, pos) -> None:
        menu = QMenu(self)
        menu.addAction(self.actions["add_canvas"])
        if self.list.itemAt(pos) is not None:
            menu.addSeparator()
            for name in ("rename_canvas", "move_canvas_up", "move_canvas_down"):
                menu.addAction(self.actions[name])
            menu.addSeparator()
            menu.addAction(self.actions["delete_canvas"])
        menu.exec(self.list.viewport().mapToGlobal(pos))

    # ----------------------------------------------------------------- language
    def retranslate(self) -> None:
        self.title.setText(self.tr("Canvases"))
        if self.store is not None:
            self.rebuild()
