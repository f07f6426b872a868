"""The bar above the canvas that says a shared workspace's server went away, and that it is back.

While it shows, the workspace is read-only (the store refuses changes and every writing action is
off); the store reconnects by itself, and the bar goes when it has.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from ecanvas.store import Change, ChangeKind
from ecanvas.ui.i18n import RetranslatesOnLanguageChange
from ecanvas.ui.store_binding import StoreBinding


class ConnectionBar(RetranslatesOnLanguageChange, QFrame):
    """Shown while a server workspace is disconnected; emits `connectionChanged` either way."""

    connectionChanged = Signal(bool)  # noqa: N815 (Qt signal names)
    messageReady = Signal(str)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionBar")
        self.store = None
        self._listening = StoreBinding(self, self._on_change)
        self.label = QLabel()
        self.label.setObjectName("connectionBarText")
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.label, 1)
        self.setStyleSheet(
            "#connectionBar { background: #FCE8B2; border-bottom: 1px solid #E0B84C; }"
            "#connectionBarText { color: #4A3A00; }"
        )
        self.retranslate()
        self.hide()

    def set_store(self, store) -> None:
        self.store = store
        self._listening.follow(store)
        self._show_state()

    def retranslate(self) -> None:
        self.label.setText(self.tr(
            "The server cannot be reached. You see the workspace as it was; it is read-only "
            "until the connection is back, and ecanvas reconnects by itself. Nothing you saved "
            "is lost."
        ))  # fmt: skip

    def _connected(self) -> bool:
        return getattr(self.store, "connected", True)

    def _show_state(self) -> None:
        self.setVisible(self.store is not None and not self._connected())

    def _on_change(self, change: Change) -> None:
        if change.kind != ChangeKind.CONNECTION:
            return
        self._show_state()
        connected = self._connected()
        if connected:
            note = getattr(self.store, "reconnect_note", None)
            self.store.reconnect_note = None
            if note == "saved":
                text = self.tr("Connected to the server again. Your last change before it went "
                               "away was saved after all.")  # fmt: skip
            elif note == "not-saved":
                text = self.tr("Connected to the server again. Your last change before it went "
                               "away was not saved; please make it again.")  # fmt: skip
            else:
                text = self.tr("Connected to the server again; the others' changes are shown.")
            self.messageReady.emit(text)
        else:
            self.messageReady.emit(self.tr("The server cannot be reached; read-only until it is "
                                           "back."))  # fmt: skip
        self.connectionChanged.emit(connected)
