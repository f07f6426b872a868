"""Canvas → Take Snapshot… (this canvas or every canvas, under a name) and Canvas → Snapshots…
(each canvas's snapshots with name, time and card count; open, compare, restore, rename,
delete). The dialogs collect choices and ask the controller to act; they never write."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, QTimeZone, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecanvas.model import Snapshot
from ecanvas.store import Change, ChangeKind, InterchangeError
from ecanvas.ui.i18n import RetranslatesOnLanguageChange
from ecanvas.ui.literal import mnemonic_safe
from ecanvas.ui.store_binding import StoreBinding

ID_ROLE = Qt.ItemDataRole.UserRole
LIST_EVENTS = {ChangeKind.SNAPSHOTS_ADDED, ChangeKind.SNAPSHOTS_CHANGED,
               ChangeKind.SNAPSHOTS_REMOVED, ChangeKind.CANVAS_ADDED, ChangeKind.CANVAS_REMOVED,
               ChangeKind.CANVAS_CHANGED}  # fmt: skip


def local_time(moment: datetime) -> str:
    """A snapshot's time as the user reads it: local date and time to the minute."""
    when = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())
    return when.toString("yyyy-MM-dd HH:mm")


def default_snapshot_name(now: datetime | None = None) -> str:
    return local_time(now or datetime.now().astimezone())


class TakeSnapshotDialog(RetranslatesOnLanguageChange, QDialog):
    """A name, and whether to freeze this canvas or every canvas."""

    def __init__(self, canvas_title: str, canvas_count: int, name: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("takeSnapshot")
        self.canvas_title, self.canvas_count = canvas_title, canvas_count
        self.name_edit = QLineEdit(name)
        self.name_edit.setObjectName("snapshotName")
        self.name_edit.selectAll()
        self.this_canvas = QRadioButton()
        self.this_canvas.setObjectName("snapshotThisCanvas")
        self.every_canvas = QRadioButton()
        self.every_canvas.setObjectName("snapshotEveryCanvas")
        self.this_canvas.setChecked(True)
        self.every_canvas.setEnabled(canvas_count > 1)
        group = QButtonGroup(self)
        group.addButton(self.this_canvas)
        group.addButton(self.every_canvas)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setObjectName("snapshotExplanation")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.name_label = QLabel()
        form = QFormLayout()
        form.addRow(self.name_label, self.name_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addLayout(form)
        layout.addWidget(self.this_canvas)
        layout.addWidget(self.every_canvas)
        layout.addWidget(self.explanation)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._on_name)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self.resize(max(self.sizeHint().width(), 460), self.sizeHint().height())

    def name(self) -> str:
        return " ".join(self.name_edit.text().split())

    def every(self) -> bool:
        return self.every_canvas.isChecked()

    def _on_name(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip()))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Take Snapshot"))
        self.name_label.setText(self.tr("Name:"))
        title = mnemonic_safe(self.canvas_title)  # "R&D" shows as typed, not as "R_D"
        self.this_canvas.setText(self.tr("This canvas: “{title}”").format(title=title))
        self.every_canvas.setText(
            self.tr("Every canvas of the workspace ({count})").format(count=self.canvas_count)
        )
        self.explanation.setText(self.tr(
            "A snapshot keeps the canvas exactly as it is now. Compare it with the canvas later "
            "to see what changed, or go back to it."
        ))  # fmt: skip
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Take Snapshot"))


class SnapshotsDialog(RetranslatesOnLanguageChange, QDialog):
    """The snapshots of one canvas at a time (chosen at the top), newest first.

    Its buttons ask the controller (signals): open one read-only, compare one with the canvas
    now, restore one over the canvas or as a new canvas, rename it, delete it.
    """

    openRequested = Signal(int)  # noqa: N815 (snapshot id)
    compareRequested = Signal(int)  # noqa: N815
    restoreRequested = Signal(int, bool)  # noqa: N815 (snapshot id, as a new canvas)
    renameRequested = Signal(int)  # noqa: N815
    deleteRequested = Signal(list)  # noqa: N815 (snapshot ids)
    takeRequested = Signal(int)  # noqa: N815 (canvas id)

    def __init__(self, store, canvas_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("snapshotsDialog")
        self.store = store
        self.canvas_combo = QComboBox()
        self.canvas_combo.setObjectName("snapshotsCanvas")
        self.tree = QTreeWidget()
        self.tree.setObjectName("snapshotsList")
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)  # the name takes the room, not the card count
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        self.tree.headerItem().setTextAlignment(2, right)  # over the right-aligned counts
        self.empty = QLabel()
        self.empty.setObjectName("snapshotsEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.buttons = {name: QPushButton() for name in ("take", "open", "compare", "restore",
                                                         "rename", "delete")}  # fmt: skip
        for name, button in self.buttons.items():
            button.setObjectName(f"snapshots_{name}")
        self.restore_menu = QMenu(self)
        self.restore_over = self.restore_menu.addAction("")
        self.restore_over.setObjectName("restoreOver")
        self.restore_new = self.restore_menu.addAction("")
        self.restore_new.setObjectName("restoreAsNew")
        self.buttons["restore"].setMenu(self.restore_menu)
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.canvas_label = QLabel()
        self._lay_out()
        self._connect()
        self.retranslate()
        self.set_canvas(canvas_id)
        self._listening = StoreBinding(self, self._on_change)
        self._listening.follow(store)
        self.finished.connect(lambda _code: self._listening.follow(None))
        self.resize(640, 420)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.canvas_label)
        top.addWidget(self.canvas_combo, 1)
        side = QVBoxLayout()
        for name in ("take", None, "open", "compare", "restore", None, "rename", "delete"):
            if name is None:
                side.addSpacing(12)
            else:
                side.addWidget(self.buttons[name])
        side.addStretch(1)
        body = QHBoxLayout()
        lists = QVBoxLayout()
        lists.addWidget(self.tree, 1)
        lists.addWidget(self.empty)
        body.addLayout(lists, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addWidget(self.close_buttons)

    def _connect(self) -> None:
        self.canvas_combo.currentIndexChanged.connect(lambda _i: self._fill())
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda _item, _column: self._emit(self.openRequested))
        self.buttons["take"].clicked.connect(lambda: self.takeRequested.emit(self.canvas_id()))
        self.buttons["open"].clicked.connect(lambda: self._emit(self.openRequested))
        self.buttons["compare"].clicked.connect(lambda: self._emit(self.compareRequested))
        self.buttons["rename"].clicked.connect(lambda: self._emit(self.renameRequested))
        self.buttons["delete"].clicked.connect(
            lambda: self.deleteRequested.emit(self.selected_ids())
        )
        self.restore_over.triggered.connect(lambda: self._restore(False))
        self.restore_new.triggered.connect(lambda: self._restore(True))
        self.close_buttons.rejected.connect(self.reject)

    # ----------------------------------------------------------------- contents
    def canvas_id(self) -> int:
        return self.canvas_combo.currentData() if self.canvas_combo.count() else -1

    def set_canvas(self, canvas_id: int) -> None:
        self._fill_canvases(canvas_id)
        self._fill()

    def selected_ids(self) -> list[int]:
        return [item.data(0, ID_ROLE) for item in self.tree.selectedItems()]

    def select_snapshot(self, snapshot_id: int) -> None:
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            item.setSelected(item.data(0, ID_ROLE) == snapshot_id)
            if item.isSelected():
                self.tree.setCurrentItem(item)

    def _fill_canvases(self, wanted: int | None = None) -> None:
        current = wanted if wanted is not None else self.canvas_id()
        self.canvas_combo.blockSignals(True)
        self.canvas_combo.clear()
        for canvas in self.store.workspace.canvases:
            count = len(canvas.snapshots)
            self.canvas_combo.addItem(f"{canvas.title}  ({count})", canvas.id)
        index = self.canvas_combo.findData(current)
        self.canvas_combo.setCurrentIndex(max(0, index))
        self.canvas_combo.blockSignals(False)

    def _fill(self) -> None:
        selected = set(self.selected_ids())
        self.tree.clear()
        try:
            canvas = self.store.workspace.canvas(self.canvas_id())
        except KeyError:
            canvas = None
        snapshots = sorted(canvas.snapshots, key=lambda s: (s.created, s.id), reverse=True) if (
            canvas is not None
        ) else []  # fmt: skip
        for snapshot in snapshots:
            item = QTreeWidgetItem([snapshot.name, local_time(snapshot.created),
                                    self._cards(snapshot)])  # fmt: skip
            item.setData(0, ID_ROLE, snapshot.id)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
            item.setSelected(snapshot.id in selected)
        if snapshots and not self.tree.selectedItems():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.tree.setVisible(bool(snapshots))
        self.empty.setVisible(not snapshots)
        self._update_buttons()

    def _cards(self, snapshot: Snapshot) -> str:
        try:
            count = len(self.store.snapshot_canvas(snapshot.id).cards)
        except InterchangeError:
            return self.tr("damaged")
        return str(count)

    def _update_buttons(self) -> None:
        chosen = self.selected_ids()
        writable = not self.store.read_only
        for name in ("open", "compare"):
            self.buttons[name].setEnabled(len(chosen) == 1)
        self.buttons["restore"].setEnabled(len(chosen) == 1 and writable)
        self.buttons["rename"].setEnabled(len(chosen) == 1 and writable)
        self.buttons["delete"].setEnabled(bool(chosen) and writable)
        self.buttons["take"].setEnabled(writable and self.canvas_id() >= 0)

    def _emit(self, signal) -> None:
        chosen = self.selected_ids()
        if len(chosen) == 1:
            signal.emit(chosen[0])

    def _restore(self, as_new: bool) -> None:
        chosen = self.selected_ids()
        if len(chosen) == 1:
            self.restoreRequested.emit(chosen[0], as_new)

    def _on_change(self, change: Change) -> None:
        if change.kind in LIST_EVENTS:
            self._fill_canvases()
            self._fill()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Snapshots"))
        self.canvas_label.setText(self.tr("Canvas:"))
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Taken"), self.tr("Cards")])
        self.empty.setText(self.tr(
            "No snapshots of this canvas yet. Take one to keep the canvas as it is now."
        ))  # fmt: skip
        texts = {
            "take": self.tr("Take Snapshot…"), "open": self.tr("Open"),
            "compare": self.tr("Compare with Now"), "restore": self.tr("Restore"),
            "rename": self.tr("Rename…"), "delete": self.tr("Delete"),
        }  # fmt: skip
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.restore_over.setText(self.tr("Over the Canvas…"))
        self.restore_new.setText(self.tr("As a New Canvas"))
