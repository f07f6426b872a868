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
        self.not_saved: str = ""  # why the last change was not saved, until one is
        self.backup_problem: str = ""  # why the last backup failed, until one succeeds
        self.saved_label = _label("savedStatus")
        self.backup_label = _label("backupStatus")
        self.backup_label.setVisible(False)
        self.checks_button = QToolButton(objectName="checksStatus")
        self.checks_button.setAutoRaise(True)
        self.checks_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.checks_button.setVisible(False)
        self.count_label = _label("cardCount")
        self.zoom_label = _label("zoomStatus")
        for widget in (self.saved_label, self.backup_label, self.checks_button, self.count_label,
                       self.zoom_label):  # fmt: skip
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

    def set_not_saved(self, reason: str) -> None:
        """The last change failed (a full disk, a lost file): say so until one is saved."""
        self.not_saved = reason
        self.refresh_saved()

    def set_backup_problem(self, reason: str) -> None:
        """A backup failed ("" once one succeeds): a warning stays until then."""
        self.backup_problem = reason
        self.backup_label.setVisible(bool(reason))
        self.backup_label.setText("⚠ " + self.tr("Backup failed") if reason else "")
        self.backup_label.setToolTip(reason)
        self.backup_label.setStyleSheet("color: #B54708;" if reason else "")

    def refresh_saved(self) -> None:
        store = self.store
        if self.not_saved and store is not None and not store.read_only:
            self.saved_label.setText("⚠ " + self.tr("Last change not saved"))
            self.saved_label.setToolTip(self.not_saved)
            self.saved_label.setStyleSheet("color: #B42318;")
            return
        self.saved_label.setStyleSheet("")
        saved, tip = self._saved_state()
        self.saved_label.setText(saved)
        self.saved_label.setToolTip(tip)

    def read_only_reason(self, reason: str) -> str:
        """Why a workspace file is read-only, for the tooltip of "Read-only"."""
        return {
            "permission": self.tr(
                "You may not change this file (or create files in its folder), so it is open "
                "read-only."
            ),
            "locked": self.tr(
                "Another ecanvas window has this workspace open, so it is open read-only here."
            ),
            "damaged": self.tr(
                "Some rows of this workspace are damaged, so it is open read-only. File → "
                "Repair into a Copy… saves what can be read into a new workspace."
            ),
            "recovered": self.tr(
                "A change interrupted by a crash is waiting to be rolled back; this is a "
                "private copy with it rolled back. Open the file with write access to finish."
            ),
            "upgrade": self.tr(
                "This workspace was made by an older ecanvas and needs write access to be "
                "upgraded; this is an upgraded private copy."
            ),
        }.get(reason, self.tr("This workspace is open read-only; nothing can be changed."))

    def refresh(self) -> None:
        self.refresh_saved()
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
            return (self.tr("Read-only"), self.read_only_reason(store.read_only_reason))
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
