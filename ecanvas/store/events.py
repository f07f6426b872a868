"""Change events a workspace emits after each committed operation (plain callbacks, no Qt)."""

from __future__ import annotations

import types
import weakref
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


def _reference(listener: Listener) -> Callable[[], Listener | None]:
    """A bound method is held weakly (its object may go away without unsubscribing, as napari's
    `EventEmitter.connect` holds them); any other callable is held as it is."""
    if isinstance(listener, types.MethodType):
        return weakref.WeakMethod(listener)
    return lambda: listener


class ChangeNotifier:
    """Keeps listeners and tells them about changes, in subscription order.

    Listeners that are methods are held weakly: a panel or scene that is gone drops out by
    itself, and a listener whose Qt object was deleted is dropped when it says so.
    """

    def __init__(self) -> None:
        self._listeners: list[tuple[Callable[[], Listener | None], Listener]] = []

    def _live(self) -> list[Listener]:
        found = [(ref, ref()) for ref, _ in self._listeners]
        if any(listener is None for _, listener in found):
            self._listeners = [
                (r, k)
                for (r, k), (_, listener) in zip(self._listeners, found, strict=True)
                if listener
            ]
        return [listener for _, listener in found if listener is not None]

    def subscribe(self, listener: Listener) -> None:
        if listener not in self._live():
            self._listeners.append((_reference(listener), _key(listener)))

    def unsubscribe(self, listener: Listener) -> None:
        key = _key(listener)
        self._listeners = [(ref, k) for ref, k in self._listeners if k != key]

    @property
    def listeners(self) -> list[Listener]:
        return self._live()

    def emit(
        self, kind: ChangeKind, canvas_id: int | None = None, ids=(), key: str | None = None
    ) -> None:
        change = Change(kind, canvas_id, tuple(ids), key)
        for listener in self._live():
            listener(change)


def _key(listener: Listener) -> object:
    """What identifies a listener without holding it: (object id, function) for a method."""
    if isinstance(listener, types.MethodType):
        return (id(listener.__self__), listener.__func__)
    return listener


class ChangeSet:
    """What one operation changed, gathered while it runs and announced once it is committed:
    ids per (kind, canvas) in the order they were added, each kind and canvas in the order
    first met (so "removed from canvas A" comes before "added to canvas B" when it should)."""

    def __init__(self) -> None:
        self._ids: dict[tuple[ChangeKind, int | None], dict[int, None]] = {}

    def add(self, kind: ChangeKind, canvas_id: int | None, *ids: int) -> None:
        self._ids.setdefault((kind, canvas_id), {}).update(dict.fromkeys(ids))

    def ids_by_canvas(self, kind: ChangeKind) -> dict[int | None, list[int]]:
        return {canvas: list(ids) for (k, canvas), ids in self._ids.items() if k == kind}

    def __bool__(self) -> bool:
        return bool(self._ids)

    def announce(self, emit: Callable[..., None]) -> None:
        """Call `emit(kind, canvas_id, ids)` once per kind and canvas."""
        for (kind, canvas_id), ids in self._ids.items():
            emit(kind, canvas_id, list(ids))
