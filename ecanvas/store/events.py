"""Change events a workspace emits after each committed operation (plain callbacks, no Qt)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum


class ChangeKind(StrEnum):
    WORKSPACE = "workspace"
    CANVAS_ADDED = "canvas-added"
    CANVAS_REMOVED = "canvas-removed"
    CANVAS_CHANGED = "canvas-changed"
    CANVASES_REORDERED = "canvases-reordered"
    BLOCKS_ADDED = "blocks-added"
    BLOCKS_CHANGED = "blocks-changed"
    BLOCKS_REMOVED = "blocks-removed"
    CARDS_ADDED = "cards-added"
    CARDS_CHANGED = "cards-changed"
    CARDS_REMOVED = "cards-removed"
    LINKS_ADDED = "links-added"
    LINKS_CHANGED = "links-changed"
    LINKS_REMOVED = "links-removed"
    SETTINGS = "settings"
    SNAPSHOTS_ADDED = "snapshots-added"
    SNAPSHOTS_CHANGED = "snapshots-changed"
    SNAPSHOTS_REMOVED = "snapshots-removed"
    # A workshop: participants (ids: theirs), voting rounds (ids: theirs), and the dots placed
    # on cards (canvas and ids: the cards whose dots changed).
    PARTICIPANTS = "participants"
    ROUNDS = "rounds"
    DOTS = "dots"
    # A server workspace lost or regained its connection (read_only follows it); no canvas.
    CONNECTION = "connection"


@dataclass(frozen=True)
class Change:
    """What changed: the kind, the canvas it happened on, and the ids of the things touched."""

    kind: ChangeKind
    canvas_id: int | None = None
    ids: tuple[int, ...] = ()
    key: str | None = None  # the setting's key, for SETTINGS


Listener = Callable[[Change], None]


class ChangeNotifier:
    """Keeps listeners and tells them about changes, in subscription order."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        if listener not in self._listeners:
            self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def emit(
        self, kind: ChangeKind, canvas_id: int | None = None, ids=(), key: str | None = None
    ) -> None:
        change = Change(kind, canvas_id, tuple(ids), key)
        for listener in list(self._listeners):
            listener(change)
