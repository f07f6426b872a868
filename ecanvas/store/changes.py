"""What changed on canvases since their snapshots, for the report's "Changes since" section.

The report reads the model only; reading a snapshot's content is the store's job, so the app and
`ecanvas report` work the comparisons out here and hand them over with the report options.
"""

from __future__ import annotations

from collections.abc import Iterable

from ecanvas.model.diff import ChangesSince, diff_canvases
from ecanvas.store.errors import InterchangeError


def changes_since(store, canvas_ids: Iterable[int] | None = None,
                  name: str | None = None) -> tuple[ChangesSince, ...]:  # fmt: skip
    """Each canvas (all when `canvas_ids` is None) against its snapshot named `name`, or its
    newest snapshot when `name` is None; canvases without one (or with a damaged one) are left
    out, and the report says so."""
    wanted = None if canvas_ids is None else set(canvas_ids)
    found = []
    for canvas in store.workspace.canvases:
        if wanted is not None and canvas.id not in wanted:
            continue
        if name is None:
            snapshot = max(canvas.snapshots, key=lambda s: (s.created, s.id), default=None)
        else:
            snapshot = store.snapshot_named(canvas.id, name)
        if snapshot is None:
            continue
        try:
            before = store.snapshot_canvas(snapshot.id)
        except InterchangeError:
            continue
        found.append(ChangesSince(canvas.id, snapshot.name, snapshot.created,
                                  diff_canvases(before, canvas)))  # fmt: skip
    return tuple(found)


def snapshot_names(workspace) -> list[str]:
    """The names of the workspace's snapshots, newest first, each once (for a choice)."""
    snapshots = [s for canvas in workspace.canvases for s in canvas.snapshots]
    ordered = sorted(snapshots, key=lambda s: (s.created, s.id), reverse=True)
    return list(dict.fromkeys(s.name for s in ordered))
