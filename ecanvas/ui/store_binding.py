"""One way for a window part to listen to the workspace it shows (napari's `EventEmitter.connect`
style): the store holds the listener weakly, the binding follows the part from store to store,
and the part's destruction unsubscribes it, so no part writes its own subscribe/unsubscribe.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QObject


class StoreBinding:
    """Keeps `listener` (a method of `owner`) subscribed to the store `owner` shows now."""

    def __init__(self, owner: QObject, listener: Callable) -> None:
        self.store = None
        self._listener = weakref.WeakMethod(listener)
        owner.destroyed.connect(self._owner_destroyed)

    def follow(self, store) -> None:
        """Listen to `store` from now on (None: to no store), and no longer to the previous one."""
        if store is self.store:
            return
        listener = self._listener()
        if self.store is not None and listener is not None:
            self.store.unsubscribe(listener)
        self.store = store
        if store is not None and listener is not None:
            store.subscribe(listener)

    def _owner_destroyed(self, *_args) -> None:
        # The Python side of a destroyed Qt object may live on; its listener must not be called.
        self.follow(None)
