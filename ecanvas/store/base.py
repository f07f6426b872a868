"""What every open workspace has, whichever backend holds it: the model, change events, and the
operations (mixed in from `canvas_ops`, `card_ops`, `snapshot_ops`, `rewrite_ops` and
`workshop_ops`).

A backend subclasses `StoreBase` and supplies the seam below; the operations never know which
backend they run on. Today there are two: `WorkspaceStore` (a SQLite file, `workspace.py`) and
`ServerWorkspaceStore` (a PostgreSQL schema, `server/store.py`).

The backend seam:

- `location` (what to show and remember: a file path or a URL without password),
  `display_name` (short), `read_only` and `closed`;
- `_begin()`: a context manager yielding a SQLAlchemy `Connection` inside one transaction
  that is committed durably when the block ends (rolled back on an exception); operations ask
  for it through `_transaction()`, which joins a running `batch()` instead;
- `_claim(connection, table, ids)`: called inside that transaction before rows are changed or
  removed; a backend shared by several writers locks them and raises `EditConflictError` when one
  changed since this store read it (a single-writer file has nothing to check);
- `_inserted(table, ids)`: rows the transaction added (their version starts at 1);
- `_announce(kind, ...)`: tell listeners what changed (a server also tells the other writers);
  operations call `_emit`, which holds the announcements of a `batch()` until it commits;
- `close()`, `warm_up()`, `integrity_check()`, `save_copy(target)`;
- `changed_by_others_since(items, stamp)` and `change_stamp()`, for an undo that would replace
  someone else's change.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Iterable, Iterator

from ecanvas.model import Workspace
from ecanvas.model.entities import LANGUAGES, utc_now
from ecanvas.model.refusals import RuleError
from ecanvas.store.card_ops import CardOperations
from ecanvas.store.events import ChangeKind, ChangeNotifier
from ecanvas.store.lazy import sql
from ecanvas.store.rewrite_ops import CanvasRewriteOperations
from ecanvas.store.workshop_ops import WorkshopOperations

PROPERTY_FIELDS = (
    "title", "client", "author", "language", "brand_colour", "logo", "logo_mime", "summary",
    "recommendations",
)  # fmt: skip


class _Batch:
    """The transaction a `batch()` runs in and what it will announce once committed."""

    def __init__(self) -> None:
        self.connection = None
        self.announcements: list = []


log = logging.getLogger(__name__)

# An item an undo step touched: (table name, row id), e.g. ("card", 12).
Item = tuple[str, int]


class StoreBase(CanvasRewriteOperations, CardOperations, WorkshopOperations):
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
        self._batch: _Batch | None = None

    # ----------------------------------------------------------------- the seam
    @property
    def closed(self) -> bool:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def warm_up(self) -> None:
        """Load the write machinery now, so the first edit does not pay for it."""

    @contextlib.contextmanager
    def _begin(self) -> Iterator:
        raise NotImplementedError
        yield

    # ----------------------------------------------------------------- transactions
    @contextlib.contextmanager
    def _transaction(self) -> Iterator:
        """The transaction an operation writes in: its own, or the running batch's."""
        if self._batch is not None:
            yield self._batch.connection
            return
        with self._begin() as connection:
            yield connection

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Several operations as one transaction, e.g. a composite undo step: all of them are
        committed together or none is. Listeners hear of the changes once the batch commits;
        when it fails, the model is read again from the storage, which the rollback left as it
        was before the batch (nested batches join the outer one). A batch costs nothing more
        than its operations unless it fails."""
        if self._batch is not None:
            yield
            return
        batch = _Batch()
        try:
            with self._begin() as connection:
                batch.connection = connection
                self._batch = batch
                try:
                    yield
                finally:
                    self._batch = None  # what the backend does on a failure is announced
        except BaseException:
            self._restore_model()
            raise
        for announcement in batch.announcements:
            self._announce(*announcement)

    def _restore_model(self) -> None:
        """After a failed batch: the model as the storage has it, in place (listeners and
        panels hold this object); nothing of the batch was announced."""
        try:
            fresh = self._read_model()
        except Exception:  # the storage is gone too: its own error is the one that counts
            log.exception("the model could not be read again after a failed batch")
            return
        for name in vars(fresh):
            setattr(self.workspace, name, getattr(fresh, name))

    def _read_model(self) -> Workspace:
        """The whole workspace as the storage has it now (a backend reads it again)."""
        raise NotImplementedError

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
        """Announce a committed change, or keep it until the running batch commits."""
        if self._batch is not None:
            self._batch.announcements.append((kind, canvas_id, tuple(ids), key))
        else:
            self._announce(kind, canvas_id, ids, key)

    def _announce(
        self, kind: ChangeKind, canvas_id: int | None = None, ids=(), key: str | None = None
    ) -> None:
        self.notifier.emit(kind, canvas_id, ids, key)

    # ----------------------------------------------------------------- properties
    def set_properties(self, **values: object) -> dict[str, object]:
        """Change workspace properties (title, client, author, language, brand colour, logo).

        Returns the previous values of the fields given, ready for an undo.
        """
        unknown = set(values) - set(PROPERTY_FIELDS)
        if unknown:
            raise ValueError(f"unknown workspace properties: {', '.join(sorted(unknown))}")
        if "language" in values and values["language"] not in LANGUAGES:
            raise RuleError("language", language=values["language"])
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
            raise RuleError("setting-key", key=key)
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
