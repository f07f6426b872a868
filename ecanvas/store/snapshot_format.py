"""What a snapshot holds: one canvas as versioned JSON text, in the interchange format's shape.

    {"format": "ecanvas-snapshot", "version": 4, "canvas": {...one interchange canvas...}}

The version is the interchange format version of the canvas document inside, so a snapshot taken
today is read tomorrow the way an older interchange document is imported: a migration of the
workspace never rewrites snapshots, and they keep meaning what they meant.
"""

from __future__ import annotations

import json

from ecanvas.model import Canvas, Snapshot, Workspace
from ecanvas.store.errors import InterchangeError
from ecanvas.store.interchange import canvas_document
from ecanvas.store.interchange_build import canvas_from_document, snapshot_text
from ecanvas.store.interchange_validate import (
    FORMAT_VERSION,
    SNAPSHOT_FORMAT,
    validate_snapshot_content,
)


def snapshot_content(canvas: Canvas) -> str:
    """The content of a snapshot of `canvas` as it is now."""
    document = {
        "format": SNAPSHOT_FORMAT,
        "version": FORMAT_VERSION,
        "canvas": canvas_document(canvas, with_snapshots=False),
    }
    return snapshot_text(document)


def read_snapshot(snapshot: Snapshot, source: str = "") -> Canvas:
    """The canvas a snapshot holds; a damaged content raises `InterchangeError` naming the
    snapshot and the field."""
    where = source or f"snapshot {snapshot.name!r}"
    try:
        data = json.loads(snapshot.content)
    except (ValueError, RecursionError) as error:
        reason = error if isinstance(error, ValueError) else "nested too deeply"
        raise InterchangeError(
            where, "", "damaged-snapshot", snapshot=snapshot.name, message=str(reason)
        ) from None
    try:
        version = validate_snapshot_content(data, where)
    except InterchangeError as error:
        error.snapshot = snapshot.name
        raise
    canvas = canvas_from_document(data["canvas"], 0, version)
    canvas.snapshots = []
    return canvas


def ids_in_snapshots(workspace: Workspace) -> dict[str, int]:
    """The highest block, card and link id any snapshot of the workspace holds (table -> id).

    Those rows may be gone from the canvas now, and a restore brings them back with their ids;
    a store numbering new rows must start above them. Damaged snapshots are passed over.
    """
    highest = {"canvas": 0, "block": 0, "card": 0, "link": 0}
    for canvas in workspace.canvases:
        for snapshot in canvas.snapshots:
            try:
                held = read_snapshot(snapshot)
            except InterchangeError:
                continue
            highest["canvas"] = max(highest["canvas"], held.id)
            for table in ("block", "card", "link"):
                ids = [item.id for item in getattr(held, table + "s")]
                highest[table] = max(highest[table], *ids, 0)
    return highest
