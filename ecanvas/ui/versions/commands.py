"""Undo commands for versions: snapshots taken, renamed and deleted; canvases rewritten by a
restore or a merge. Each calls one store operation; undo is the inverse operation."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from ecanvas.model import Canvas, Snapshot
from ecanvas.store import WorkspaceStore
from ecanvas.store.base import Item
from ecanvas.ui.commands import StoreCommand, _counted

translate = QCoreApplication.translate


class TakeSnapshotsCommand(StoreCommand):
    """One snapshot of each canvas named, under one name (undo deletes them, redo puts them
    back with their ids)."""

    def __init__(self, store: WorkspaceStore, canvas_ids: Sequence[int], name: str) -> None:
        count = len(canvas_ids)
        super().__init__(store, _counted(
            count, translate("VersionCommands", "Take snapshot"),
            translate("VersionCommands", "Take snapshots of %n canvases", None, count),
        ))  # fmt: skip
        self.canvas_ids, self.name = list(canvas_ids), name
        self.taken: list[Snapshot] = []

    def items(self) -> list[Item]:
        return [("snapshot", s.id) for s in self.taken]

    def perform(self) -> None:
        if self.taken:
            self.store.restore_snapshots(self.taken)
        else:
            self.taken = self.store.take_snapshots(self.canvas_ids, self.name)

    def revert(self) -> None:
        self.taken = self.store.delete_snapshots([s.id for s in self.taken])


class RenameSnapshotCommand(StoreCommand):
    def __init__(self, store: WorkspaceStore, snapshot_id: int, name: str) -> None:
        super().__init__(store, translate("VersionCommands", "Rename snapshot"))
        self.snapshot_id, self.name, self.old = snapshot_id, name, ""

    def items(self) -> list[Item]:
        return [("snapshot", self.snapshot_id)]

    def perform(self) -> None:
        self.old = self.store.rename_snapshot(self.snapshot_id, self.name)

    def revert(self) -> None:
        self.store.rename_snapshot(self.snapshot_id, self.old)


class DeleteSnapshotsCommand(StoreCommand):
    def __init__(self, store: WorkspaceStore, snapshot_ids: Sequence[int]) -> None:
        count = len(snapshot_ids)
        super().__init__(store, _counted(
            count, translate("VersionCommands", "Delete snapshot"),
            translate("VersionCommands", "Delete %n snapshots", None, count),
        ))  # fmt: skip
        self.snapshot_ids = list(snapshot_ids)
        self.removed: list[Snapshot] = []

    def perform(self) -> None:
        self.removed = self.store.delete_snapshots(self.snapshot_ids)

    def revert(self) -> None:
        self.store.restore_snapshots(self.removed)


class RewriteCanvasesCommand(StoreCommand):
    """Canvases brought to new states and canvases added, in one step: a snapshot restored over
    its canvas or as a new one, canvases merged in from another workspace.

    The first run takes the automatic snapshot (`snapshot_name`) of the canvases it replaces;
    undo brings them back as they were and removes the added canvases; redo does exactly what
    the first run did, ids included. The automatic snapshot stays: it is a safety net, not part
    of the change.
    """

    def __init__(self, store: WorkspaceStore, text: str, *,
                 replace: Mapping[int, Canvas] | None = None, add: Sequence[Canvas] = (),
                 snapshot_name: str | None = None) -> None:  # fmt: skip
        super().__init__(store, text)
        self.replace, self.add = dict(replace or {}), list(add)
        self.snapshot_name = snapshot_name
        self.done = None

    @property
    def added_ids(self) -> list[int]:
        return [] if self.done is None else [c.id for c in self.done.added]

    def items(self) -> list[Item]:
        if self.done is None:
            return []
        rows: list[Item] = [("canvas", cid) for cid in (*self.done.after, *self.added_ids)]
        for canvas in self.done.after.values():
            rows += [("card", c.id) for c in canvas.cards]
            rows += [("block", b.id) for b in canvas.blocks]
        return rows

    def perform(self) -> None:
        if self.done is None:
            self.done = self.store.rewrite_canvases(
                replace=self.replace, add=self.add, snapshot_name=self.snapshot_name
            )
        else:
            self.store.rewrite_canvases(replace=self.done.after, add=self.done.added)

    def revert(self) -> None:
        self.store.rewrite_canvases(replace=self.done.before, remove=self.added_ids)
