"""A read-only store over a workspace held in memory: a snapshot opened for looking at.

It is a `StoreBase` like any other, so the canvas view, its items and its menus work on it
unchanged; every operation is refused the way a read-only file refuses it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from ecanvas.model import Canvas, Workspace
from ecanvas.store.base import StoreBase
from ecanvas.store.errors import ReadOnlyWorkspaceError


class FrozenStore(StoreBase):
    """A workspace that only shows: `read_only`, nothing written, nothing to close."""

    read_only = True

    def __init__(self, workspace: Workspace, location: str) -> None:
        self.location = location
        self.display_name = location
        super().__init__(workspace)

    @classmethod
    def of_canvas(cls, canvas: Canvas, location: str, **properties) -> FrozenStore:
        """A store holding just `canvas` (for example, the canvas a snapshot froze)."""
        return cls(Workspace(canvases=[canvas], **properties), location)

    @property
    def closed(self) -> bool:
        return False

    def close(self) -> None:
        """Nothing was opened."""

    @contextlib.contextmanager
    def _begin(self) -> Iterator:
        raise ReadOnlyWorkspaceError(self.location, "a snapshot is never changed")
        yield

    def integrity_check(self) -> str:
        return "ok"

    def save_copy(self, target):
        raise ReadOnlyWorkspaceError(self.location, "a snapshot is never changed")
