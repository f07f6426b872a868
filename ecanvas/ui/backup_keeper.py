"""Backups while the user works: when a workspace is opened, every few minutes while it
changes, and when it is closed (`ecanvas.store.backups` writes, verifies and rotates them).

A backup that fails never interrupts the work: the status bar shows a warning with the reason
until a backup succeeds again.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ecanvas.store import Change, WorkspaceStore
from ecanvas.ui.errors import os_reason
from ecanvas.ui.store_binding import StoreBinding

BACKUP_EVERY_S = 5 * 60  # at most this long between a change and its backup
CHECK_EVERY_MS = 30_000


class BackupKeeper(QObject):
    """Backs up the open workspace of one window."""

    failed = Signal(str)  # the reason, in the UI language
    succeeded = Signal()

    def __init__(self, parent: QObject | None = None, clock: Callable[[], float] = time.monotonic):
        super().__init__(parent)
        self.store: WorkspaceStore | None = None
        self._listening = StoreBinding(self, self._on_change)
        self.clock = clock
        self.changed_since_backup = False
        self.last_backup = clock()
        self.timer = QTimer(self)
        self.timer.setObjectName("backupTimer")
        self.timer.timeout.connect(self.back_up_if_due)
        self.timer.start(CHECK_EVERY_MS)

    def set_store(self, store: WorkspaceStore | None) -> None:
        self.store = store
        self.changed_since_backup = False
        self._listening.follow(store)

    def _on_change(self, _change: Change) -> None:
        self.changed_since_backup = True

    def back_up_if_due(self) -> None:
        if self.changed_since_backup and self.clock() - self.last_backup >= BACKUP_EVERY_S:
            self.back_up()

    def back_up_if_changed(self) -> None:
        """On close: keep the session's last changes."""
        if self.changed_since_backup:
            self.back_up()

    def back_up(self) -> bool:
        """Back the workspace up now; False (and the failed signal) when that failed."""
        from ecanvas.store.backups import BackupError, back_up

        store = self.store
        if store is None or store.closed or store.path is None:
            return False
        self.last_backup = self.clock()
        self.changed_since_backup = False
        try:
            back_up(store)
        except BackupError as error:
            self.changed_since_backup = True  # try again later
            reason = os_reason(error.errno) if error.errno else _cause(error)
            self.failed.emit(
                QCoreApplication.translate(
                    "BackupKeeper", "No backup of {file} could be made in {folder}: {reason}."
                ).format(file=store.path.name, folder=str(error.folder), reason=reason)
            )
            return False
        self.succeeded.emit()
        return True


def _cause(error) -> str:
    """Why a backup failed without an errno (the copy was refused), in the UI language."""
    from ecanvas.ui.errors import describe_error

    return describe_error(error.cause) if error.cause is not None else error.reason
