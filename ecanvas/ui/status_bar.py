"""The status bar: saved state, strategy checks, card counts, zoom — all derived from the store,
the checks panel and the view.

There is no "modified" flag: every change is committed before the store reports it, so a
writable workspace is always saved, and a read-only one says so.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QStatusBar, QToolButton, QWidget

from ecanvas.model.checks import SEVERITY_ORDER, Severity
from ecanvas.store import WorkspaceStore
from ecanvas.ui.theme import icon

MESSAGE_MS = 6000


class WorkspaceStatusBar(QStatusBar):
    """Transient messages on the left; saved state, card counts and zoom on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.store: WorkspaceStore | None = None
        self.canvas_id = -1
        self.zoom = 1.0
        self.check_counts: dict[Severity, int] | None = None
        self.saved_label = _label("savedStatus")
        self.checks_button = QToolButton(objectName="checksStatus")
        self.checks_button.setAutoRaise(True)
        self.checks_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.checks_button.setVisible(False)
        self.count_label = _label("cardCount")
        self.zoom_label = _label("zoomStatus")
        for widget in (self.saved_label, self.checks_button, self.count_label, self.zoom_label):
            self.addPermanentWidget(widget)
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

    def set_check_counts(self, counts: dict[Severity, int] | None) -> None:
        """Findings per severity from the checks panel (None: no workspace, nothing shown)."""
        self.check_counts = counts
        self.checks_button.setVisible(counts is not None)
        if counts is None:
            return
        total = sum(counts.values())
        worst = next((s for s in SEVERITY_ORDER if counts.get(s)), None)
        self.checks_button.setIcon(icon(f"severity-{worst}" if worst else "severity-ok"))
        if total == 0:
            text = self.tr("No findings")
        elif total == 1:
            text = self.tr("1 finding")
        else:
            text = self.tr("{count} findings").format(count=total)
        self.checks_button.setText(text)
        parts = [
            self.tr("errors: {count}").format(count=counts.get(Severity.ERROR, 0)),
            self.tr("warnings: {count}").format(count=counts.get(Severity.WARNING, 0)),
            self.tr("info: {count}").format(count=counts.get(Severity.INFO, 0)),
        ]
        self.checks_button.setToolTip(
            self.tr("Strategy checks — {counts}. Click to show them.").format(
                counts=self.tr(", ").join(parts)
            )
        )

    def refresh(self) -> None:
        saved, tip = self._saved_state()
        self.saved_label.setText(saved)
        self.saved_label.setToolTip(tip)
        self.refresh_counts()
        self.set_zoom(self.zoom)
        self.set_check_counts(self.check_counts)

    def _saved_state(self) -> tuple[str, str]:
        store = self.store
        shared = store is not None and store.path is None
        if shared and not store.connected:
            return (
                self.tr("Server unreachable · read-only"),
                self.tr("The server cannot be reached; ecanvas reconnects by itself."),
            )
        if store is not None and store.read_only:
            if shared:
                return (
                    self.tr("Shared · read-only"),
                    self.tr("Your role on the server may look but not change."),
                )
            return (
                self.tr("Read-only"),
                self.tr("This workspace is open read-only; nothing can be changed."),
            )
        if shared:
            return (
                self.tr("Shared · saved on the server"),
                self.tr("Every change is saved on the server at once; others see it live."),
            )
        return (
            self.tr("All changes saved"),
            self.tr("Every change is written to the workspace file at once."),
        )

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
