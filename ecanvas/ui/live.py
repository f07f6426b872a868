"""Keeps a shared workspace live in the app: other laptops' changes and the connection's state.

The store has no Qt; this object wakes it up. A socket notifier calls `poll()` as soon as the
server sends something (another laptop's change, or a hang-up), and a timer calls it a few times
a second as well, which also finishes a reconnection the store prepared in the background.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

from ecanvas.ui.store_binding import StoreBinding

POLL_MS = 250


class LiveWorkspace(QObject):
    """Polls one server store while it is open (does nothing for a file store)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = None
        self._listening = StoreBinding(self, self._on_change)
        self._notifier: QSocketNotifier | None = None
        self._fileno: int | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)

    def set_store(self, store) -> None:
        self._drop_notifier()
        self.store = store if hasattr(store, "poll") else None
        self._listening.follow(self.store)
        if self.store is None:
            self._timer.stop()
            return
        self._timer.start()
        self._watch_socket()

    def _on_change(self, change) -> None:
        if change.kind == "connection":  # the socket closed, or a new one opened
            self._watch_socket()

    def poll(self) -> None:
        store = self.store
        if store is None or store.closed:
            return
        store.poll()
        if store.fileno() != self._fileno:
            self._watch_socket()

    def _watch_socket(self) -> None:
        self._drop_notifier()
        fileno = self.store.fileno() if self.store is not None else None
        if fileno is None:
            return
        self._fileno = fileno
        self._notifier = QSocketNotifier(fileno, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self.poll)

    def _drop_notifier(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
        self._notifier = None
        self._fileno = None
