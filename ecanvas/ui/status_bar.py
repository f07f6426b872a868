"""The status bar: saved state, card counts, zoom — all derived from the store and the view.

There is no "modified" flag: every change is committed before the store reports it, so a
writable workspace is always saved, and a read-only one says so.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from ecanvas.store import WorkspaceStore

MESSAGE_MS = 6000


class WorkspaceStatusBar(QStatusBar):
    """Transient messages on the left; saved state, card counts and zoom on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.store: WorkspaceStore | None = None
        self.canvas_id = -1
        self.zoom = 1.0
        self.saved_label = _label("savedStatus")
        self.count_label = _label("cardCount")
        self.zoom_label = _label("zoomStatus")
        for label in (self.saved_label, self.count_label, self.zoom_label):
            self.addPermanentWidget(label)
        self.setSizeGripEnabled(False)

    def show_message(self, text: str) -> None:
        self.showMessage(text, MESSAGE_MS)

    def set_store(self, store: WorkspaceStore | None) -> None:
        self.store = store
        self.refresh()

    def set_canvas(self, canvas_id: int) -> None:
        self.canvas_id = canvas_id
        self.refresh_counts()

    def set_zoom(self, factor: float) -> None:
        self.zoom = factor
        self.zoom_label.setText(self.tr("Zoom {percent}%").format(percent=round(factor * 100)))

    def refresh(self) -> None:
        read_only = self.store is not None and self.store.read_only
        saved = self.tr("Read-only") if read_only else self.tr("All changes saved")
        self.saved_label.setText(saved)
        self.saved_label.setToolTip(
            self.tr("This workspace is open read-only; nothing can be changed.")
            if read_only
            else self.tr("Every change is written to the workspace file at once.")
        )
        self.refresh_counts()
        self.set_zoom(self.zoom)

    def refresh_counts(self) -> None:
        if self.store is None:
            self.count_label.clear()
            return
        workspace = self.store.workspace
        total = workspace.card_count
        try:
            here = len(workspace.canvas(self.canvas_id).cards)
        except KeyError:
            self.count_label.setText(self.tr("Cards: {total}").format(total=total))
            return
        self.count_label.setText(
            self.tr("Cards: {here} on this canvas · {total} in the workspace").format(
                here=here, total=total
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)


def _label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    return label
