"""A snapshot opened read-only: the canvas it froze, drawn by the same canvas view as the live
canvas (zoom, pan, select), in a window of its own. Nothing in it can be changed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ecanvas.model import Canvas, Snapshot
from ecanvas.store.frozen import FrozenStore
from ecanvas.ui.canvas import CanvasView
from ecanvas.ui.i18n import RetranslatesOnLanguageChange
from ecanvas.ui.screen_fit import fit_to_screen
from ecanvas.ui.versions.snapshot_dialogs import local_time


class SnapshotViewer(RetranslatesOnLanguageChange, QDialog):
    """A window showing one snapshot's canvas; `compareRequested` asks to compare it with now."""

    compareRequested = Signal(int)  # noqa: N815 (snapshot id)

    def __init__(self, snapshot: Snapshot, canvas: Canvas, canvas_title: str, language: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("snapshotViewer")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.snapshot, self.canvas_title = snapshot, canvas_title
        self.card_count = len(canvas.cards)
        self.store = FrozenStore.of_canvas(canvas, f"snapshot {snapshot.name!r}")
        self.undo_stack = QUndoStack(self)
        self.view = CanvasView(self.store, canvas.id, self.undo_stack, language, parent=self)
        self.heading = QLabel()
        self.heading.setObjectName("snapshotHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.compare_button = QPushButton()
        self.compare_button.setObjectName("snapshotCompare")
        self.close_button = QPushButton()
        self.close_button.setObjectName("snapshotClose")
        top = QHBoxLayout()
        top.setContentsMargins(12, 8, 12, 4)
        top.addWidget(self.heading, 1)
        top.addWidget(self.compare_button)
        top.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.compare_button.clicked.connect(lambda: self.compareRequested.emit(snapshot.id))
        self.close_button.clicked.connect(self.close)
        self.retranslate()
        fit_to_screen(self, 1100, 720)

    def retranslate(self) -> None:
        names = {"name": self.snapshot.name, "canvas": self.canvas_title}
        self.setWindowTitle(self.tr("Snapshot “{name}” of “{canvas}” (read-only)").format(**names))
        heading = (
            self.tr("Snapshot “{name}” of “{canvas}”, taken {time}: 1 card. Read-only.")
            if self.card_count == 1 else
            self.tr("Snapshot “{name}” of “{canvas}”, taken {time}: {count} cards. Read-only.")
        )  # fmt: skip
        self.heading.setText(heading.format(time=local_time(self.snapshot.created),
                                            count=self.card_count, **names))  # fmt: skip
        self.compare_button.setText(self.tr("Compare with Now"))
        self.close_button.setText(self.tr("Close"))
