"""Workspace operations on snapshots: take (of one canvas or several at once), rename, delete and
put back, and read what a snapshot holds (mixed into `StoreBase`).

A snapshot is a row of its own (`snapshot`: name, time, content), owned by its canvas: it goes
when the canvas goes and comes back with it. Its content never changes after it is taken.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence

from ecanvas.model import Canvas, Snapshot
from ecanvas.model.entities import utc_now
from ecanvas.model.refusals import RuleError
from ecanvas.store.events import ChangeKind
from ecanvas.store.lazy import sql
from ecanvas.store.rows import RowOperations


def clean_snapshot_name(name: str) -> str:
    name = " ".join(str(name).split())
    if not name:
        raise RuleError("snapshot-needs-name")
    return name


class SnapshotOperations(RowOperations):
    """Take, rename, delete and restore snapshots; read one's canvas."""

    # ----------------------------------------------------------------- taking
    def take_snapshots(self, canvas_ids: Sequence[int], name: str) -> list[Snapshot]:
        """A snapshot named `name` of each canvas, all in one transaction (one time stamp).

        Refused when one of the canvases already has a snapshot of that name.
        """
        name = clean_snapshot_name(name)
        canvases = [self.workspace.canvas(canvas_id) for canvas_id in dict.fromkeys(canvas_ids)]
        if not canvases:
            raise RuleError("snapshot-needs-canvas")
        for canvas in canvases:
            if self.snapshot_named(canvas.id, name) is not None:
                raise RuleError("snapshot-name-taken", canvas=canvas.title, name=name)
        with self._transaction() as connection:
            snapshots = self._insert_snapshots(connection, canvases, name)
        self._attach_snapshots(snapshots)
        return snapshots

    def _insert_snapshots(
        self, connection, canvases: Iterable[Canvas], name: str
    ) -> list[Snapshot]:
        """Snapshot rows of the canvases as the model has them, inside the caller's transaction."""
        from ecanvas.store.snapshot_format import snapshot_content

        now = utc_now()
        snapshots = []
        for canvas in canvases:
            snapshot = Snapshot(id=0, canvas_id=canvas.id, name=name, created=now,
                                content=snapshot_content(canvas))  # fmt: skip
            snapshot.id = self._insert_row(connection, sql.SnapshotRow, snapshot)
            snapshots.append(snapshot)
        return snapshots

    def _attach_snapshots(self, snapshots: Sequence[Snapshot]) -> None:
        for canvas_id in dict.fromkeys(s.canvas_id for s in snapshots):
            canvas = self.workspace.canvas(canvas_id)
            added = [s for s in snapshots if s.canvas_id == canvas_id]
            canvas.snapshots.extend(added)
            canvas.snapshots.sort(key=lambda s: (s.created, s.id))
            self._emit(ChangeKind.SNAPSHOTS_ADDED, canvas_id, [s.id for s in added])

    def unique_snapshot_name(self, canvas_ids: Iterable[int], name: str) -> str:
        """`name`, or `name (2)`, `name (3)`, … : the first no canvas of `canvas_ids` uses."""
        name = clean_snapshot_name(name)
        taken = {
            s.name for canvas_id in canvas_ids for s in self.workspace.canvas(canvas_id).snapshots
        }
        candidate, number = name, 2
        while candidate in taken:
            candidate = f"{name} ({number})"
            number += 1
        return candidate

    # ----------------------------------------------------------------- finding and reading
    def snapshot_named(self, canvas_id: int, name: str) -> Snapshot | None:
        """The newest snapshot of a canvas with this name (None when there is none)."""
        found = [s for s in self.workspace.canvas(canvas_id).snapshots if s.name == name]
        return max(found, key=lambda s: (s.created, s.id)) if found else None

    def snapshot_canvas(self, snapshot_id: int) -> Canvas:
        """The canvas a snapshot holds, read once and kept (do not change it: copy it first).

        A damaged snapshot raises `InterchangeError` naming it and the field.
        """
        from ecanvas.store.snapshot_format import read_snapshot

        snapshot = self.workspace.find_snapshot(snapshot_id)
        cache = self.__dict__.setdefault("_snapshot_canvases", {})
        kept = cache.get(snapshot_id)
        if kept is None or kept[0] != snapshot.content:
            kept = (snapshot.content, read_snapshot(snapshot))
            cache[snapshot_id] = kept
        return kept[1]

    # ----------------------------------------------------------------- renaming and deleting
    def rename_snapshot(self, snapshot_id: int, name: str) -> str:
        """Give a snapshot a new name (unique on its canvas); returns the old name."""
        name = clean_snapshot_name(name)
        snapshot = self.workspace.find_snapshot(snapshot_id)
        if name == snapshot.name:
            return name
        if self.snapshot_named(snapshot.canvas_id, name) is not None:
            title = self.workspace.canvas(snapshot.canvas_id).title
            raise RuleError("snapshot-name-taken", canvas=title, name=name)
        old = snapshot.name
        table = sql.SnapshotRow.__table__
        with self._transaction() as connection:
            self._claim(connection, "snapshot", [snapshot_id])
            connection.execute(
                sql.update(table)
                .where(table.c.id == snapshot_id)
                .values(name=name, **self._bump(table))
            )
        snapshot.name = name
        self._emit(ChangeKind.SNAPSHOTS_CHANGED, snapshot.canvas_id, (snapshot_id,))
        return old

    def delete_snapshots(self, snapshot_ids: Iterable[int]) -> list[Snapshot]:
        """Delete snapshots; returns them (content included) for an undo."""
        snapshots = [self.workspace.find_snapshot(i) for i in dict.fromkeys(snapshot_ids)]
        ids = [s.id for s in snapshots]
        table = sql.SnapshotRow.__table__
        with self._transaction() as connection:
            self._claim(connection, "snapshot", ids)
            connection.execute(sql.delete(table).where(table.c.id.in_(ids)))
        for canvas_id in dict.fromkeys(s.canvas_id for s in snapshots):
            canvas = self.workspace.canvas(canvas_id)
            gone = [s.id for s in snapshots if s.canvas_id == canvas_id]
            canvas.snapshots = [s for s in canvas.snapshots if s.id not in gone]
            self._emit(ChangeKind.SNAPSHOTS_REMOVED, canvas_id, gone)
        return [copy.copy(s) for s in snapshots]

    def restore_snapshots(self, snapshots: Sequence[Snapshot]) -> list[Snapshot]:
        """Put deleted snapshots back with their ids (the undo of a delete, the redo of a take)."""
        snapshots = [copy.copy(s) for s in snapshots]
        for snapshot in snapshots:
            self.workspace.canvas(snapshot.canvas_id)  # must exist
        with self._transaction() as connection:
            for snapshot in snapshots:
                snapshot.id = self._insert_row(connection, sql.SnapshotRow, snapshot)
        self._attach_snapshots(snapshots)
        return snapshots
