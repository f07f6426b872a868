"""What every open workspace has, whichever backend holds it: the model, change events, and the
operations (mixed in from `canvas_ops`, `card_ops`, `snapshot_ops`, `rewrite_ops` and
`workshop_ops`).

A backend subclasses `StoreBase` and supplies the seam below; the operations never know which
backend they run on. Today there are two: `WorkspaceStore` (a SQLite file, `workspace.py`) and
`ServerWorkspaceStore` (a PostgreSQL schema, `server/store.py`).

The backend seam:

- `location` (what to show and remember: a file path or a URL without password),
  `display_name` (short), `read_only` and `closed`;
- `_transaction()`: a context manager yielding a SQLAlchemy `Connection` inside one transaction
  that is committed durably when the block ends (rolled back on an exception);
- `_claim(connection, table, ids)`: called inside that transaction before rows are changed or
  removed; a backend shared by several writers locks them and raises `EditConflictError` when one
  changed since this store read it (a single-writer file has nothing to check);
- `_inserted(table, ids)`: rows the transaction added (their version starts at 1);
- `_emit(kind, ...)`: tell listeners what changed (a server also tells the other writers);
- `close()`, `warm_up()`, `integrity_check()`, `save_copy(target)`;
- `changed_by_others_since(items, stamp)` and `change_stamp()`, for an undo that would replace
  someone else's change.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Iterator

from ecanvas.model import Workspace
from ecanvas.model.entities import LANGUAGES, utc_now
from ecanvas.store.canvas_ops import CanvasOperations
from ecanvas.store.card_ops import CardOperations
from ecanvas.store.events import ChangeKind, ChangeNotifier
from ecanvas.store.lazy import sql
from ecanvas.store.rewrite_ops import CanvasRewriteOperations
from ecanvas.store.snapshot_ops import SnapshotOperations
from ecanvas.store.workshop_ops import WorkshopOperations

PROPERTY_FIELDS = (
    "title", "client", "author", "language", "brand_colour", "logo", "logo_mime", "summary",
    "recommendations",
)  # fmt: skip

# An item an undo step touched: (table name, row id), e.g. ("card", 12).
Item = tuple[str, int]


class StoreBase(
    CanvasOperations,
    CardOperations,
    SnapshotOperations,
    CanvasRewriteOperations,
    WorkshopOperations,
):
    """The backend-neutral part of an open workspace (see the module docstring for the seam)."""

    location: str = ""
    display_name: str = ""
    read_only: bool = False
    # Where the workspace is a file, its path (the file menu, backups and drags use it).
    path = None
    # The storage failure of the last change, until a change is saved again (the status bar
    # shows "not saved" meanwhile).
    last_failure = None
    # Why a read-only workspace is read-only (see WorkspaceStore), and its damaged rows.
    read_only_reason = ""
    damage: list = []  # noqa: RUF012 - never changed in place; a backend sets its own list

    def __init__(self, workspace: Workspace) -> None:
        self.notifier = ChangeNotifier()
        self.workspace = workspace

    # ----------------------------------------------------------------- the seam
    @property
    def closed(self) -> bool:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def warm_up(self) -> None:
        """Load the write machinery now, so the first edit does not pay for it."""

    @contextlib.contextmanager
    def _transaction(self) -> Iterator:
        raise NotImplementedError
        yield

    def _claim(self, connection, table: str, ids: Iterable[int]) -> None:
        """Rows about to change or go: nothing to check where this store is the only writer."""

    def _inserted(self, table: str, ids: Iterable[int]) -> None:
        """Rows the running transaction added."""

    def changed_by_others_since(self, items: Iterable[Item], stamp: int) -> bool:
        """Whether another writer changed any of `items` after `stamp` (from `change_stamp`)."""
        return False

    def change_stamp(self) -> int:
        """A mark in this store's history of changes received from other writers."""
        return 0

    # ----------------------------------------------------------------- events
    def __enter__(self):
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def subscribe(self, listener) -> None:
        self.notifier.subscribe(listener)

    def unsubscribe(self, listener) -> None:
        self.notifier.unsubscribe(listener)

    def _emit(
        self, kind: ChangeKind, canvas_id: int | None = None, ids=(), key: str | None = None
    ) -> None:
        self.notifier.emit(kind, canvas_id, ids, key)

    @staticmethod
    def _bump(table) -> dict:
        """The SET clause that moves a changed row to its next version."""
        return {"version": table.c.version + 1}

    # ----------------------------------------------------------------- properties
    def set_properties(self, **values: object) -> dict[str, object]:
        """Change workspace properties (title, client, author, language, brand colour, logo).

        Returns the previous values of the fields given, ready for an undo.
        """
        unknown = set(values) - set(PROPERTY_FIELDS)
        if unknown:
            raise ValueError(f"unknown workspace properties: {', '.join(sorted(unknown))}")
        if "language" in values and values["language"] not in LANGUAGES:
            raise ValueError(f"unsupported language {values['language']!r}")
        ws = self.workspace
        previous = {name: getattr(ws, name) for name in values}
        now = utc_now()
        table = sql.WorkspaceRow.__table__
        with self._transaction() as connection:
            self._claim(connection, "workspace", [1])
            connection.execute(sql.update(table).values(**values, updated=now, **self._bump(table)))
        for name, value in values.items():
            setattr(ws, name, value)
        ws.updated = now
        self._emit(ChangeKind.WORKSPACE)
        return previous

    # ----------------------------------------------------------------- settings
    def set_setting(self, key: str, value: object) -> object:
        """Store one per-workspace preference (a JSON value); None removes it.

        Returns the previous value (None when there was none), ready for an undo.
        """
        if not isinstance(key, str) or not key.strip() or key != key.strip():
            raise ValueError(f"a setting needs a non-empty key without outer spaces: {key!r}")
        try:
            text = (
                None
                if value is None
                else json.dumps(value, ensure_ascii=False, sort_keys=True, allow_nan=False)
            )
        except (TypeError, ValueError) as error:
            raise ValueError(f"setting {key!r} must be a JSON value: {error}") from None
        settings = self.workspace.settings
        previous = settings.get(key)
        table = sql.SettingRow.__table__
        with self._transaction() as connection:
            connection.execute(sql.delete(table).where(table.c.key == key))
            if text is not None:
                connection.execute(sql.insert(table).values(key=key, value=text))
        if value is None:
            settings.pop(key, None)
        else:
            settings[key] = json.loads(text)  # the model keeps what the file keeps
        self._emit(ChangeKind.SETTINGS, key=key)
        return previous
