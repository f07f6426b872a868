"""A workspace on a PostgreSQL server: the server backend of `StoreBase`.

Two connections per open workspace: the writer, through which SQLAlchemy runs the very same
operations as on a file (one transaction each, committed before the call returns), and the
listener, which LISTENs for the other writers' changes, sends ours after their commit, and reads
rows again. Card edits, the most frequent change, take a shorter way on the writer: one cached
UPDATE per card that checks the version, returns the transaction id and carries the NOTIFY, so
the others hear of the edit exactly when it commits (`_change_rows`, `versioned.py`).

Every row carries a version. Before an operation changes or removes rows it locks them
(`SELECT ... FOR UPDATE`) and compares their versions with the ones this store last read, or it
changes them with an UPDATE that names the version it expects (`versioned.py`); a row someone
else changed meanwhile refuses the whole operation with `EditConflictError`, after the store has
read the row again and shown it, so nothing is overwritten silently.

When the server goes away, the store turns read-only and says so (a CONNECTION change), a thread
keeps trying to reconnect, and `poll()` (called by the app's event loop, or by a test) resumes:
it reads the whole workspace again, applies what others changed meanwhile, and tells the others
about the changes of ours they may have missed. A change whose commit was cut off is either
found committed on the server (and kept), or refused with `ChangeNotSavedError`.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
import uuid
from collections.abc import Iterable, Iterator
from typing import NoReturn

import psycopg

from ecanvas.store import sql
from ecanvas.store.base import Item, StoreBase
from ecanvas.store.errors import (
    ChangeNotSavedError,
    EditConflictError,
    ReadOnlyWorkspaceError,
)
from ecanvas.store.events import Change, ChangeKind, ChangeSet
from ecanvas.store.server import live
from ecanvas.store.server.address import ServerAddress
from ecanvas.store.server.connection import connect
from ecanvas.store.server.migrate import may_write
from ecanvas.store.server.versioned import Statements

log = logging.getLogger(__name__)
RETRY_S = 1.0
ID_TABLES = {"workspace", "canvas", "block", "card", "link", "snapshot"}


class ServerWorkspaceStore(StoreBase):
    """One open server workspace. Use `open_server_workspace` to get one."""

    def __init__(self, address: ServerAddress, writer, listener) -> None:
        self.address = address
        self.location = address.location
        self.display_name = address.display_name
        self.origin = uuid.uuid4().hex[:12]
        self.may_write = True
        self.connected = True
        self.reconnect_note: str | None = None  # what became of a change cut off mid-commit
        self._closed = False
        self._writer_pg = writer
        self._listener = listener
        self._engine = None
        self._sa = None
        self._statements: Statements | None = None
        self._txid: int | None = None  # the running transaction's, once the server told it
        self._told: set[int] = set()  # cards whose change the transaction's NOTIFYs carry
        self._versions: dict[tuple[str, object], int] = {}
        self._pending: list[tuple[str, str, list]] = []
        self._unsent: list[str] = []
        self._unsure_txid: int | None = None
        self._remote: dict[Item, int] = {}
        self._stamp = 0
        self._fresh: tuple | None = None
        self._retry: threading.Thread | None = None
        self._lock = threading.Lock()
        self._listen()
        workspace, self._versions = self._snapshot(live.read_everything)
        self.may_write = may_write(self._listener)
        super().__init__(workspace)

    # ----------------------------------------------------------------- state
    @property
    def read_only(self) -> bool:
        return not self.may_write or not self.connected or self._closed

    @property
    def closed(self) -> bool:
        return self._closed

    def fileno(self) -> int | None:
        """The listener's socket: readable when other writers' changes (or a hang-up) arrive."""
        if not self.connected or self._listener is None or self._listener.closed:
            return None
        return self._listener.fileno()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._drop_connections()

    def warm_up(self) -> None:
        if not self.read_only:
            with contextlib.suppress(Exception):
                self._connection()

    def integrity_check(self) -> str:
        """The server keeps its own integrity; 'ok' when the workspace reads back whole."""
        self._snapshot(live.read_everything)
        return "ok"

    def save_copy(self, target, *, force: bool = False, replace: bool = True):
        """Write the workspace, as this store has it, to a file (as `ecanvas pull` does)."""
        from ecanvas.store.server.transfer import write_workspace_file

        return write_workspace_file(self.workspace, target, force=force, replace=replace)

    # ----------------------------------------------------------------- connections
    def _listen(self) -> None:
        self._listener.execute(f'LISTEN "{self.address.channel}"')

    def _snapshot(self, read):
        """Run `read(connection)` in one repeatable-read snapshot on the listener."""
        with self._listener.transaction():
            self._listener.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            return read(self._listener)

    def _connection(self):
        if self._sa is None:
            self._engine = sql.postgres_engine(lambda: self._writer_pg)
            self._sa = self._engine.connect()
            self._statements = Statements(self._engine.dialect, self._writer_pg)
        return self._sa

    def _drop_connections(self) -> None:
        if self._sa is not None:
            with contextlib.suppress(Exception):
                self._sa.invalidate()
            with contextlib.suppress(Exception):
                self._engine.dispose()
        self._sa = self._engine = self._statements = None
        for connection in (self._writer_pg, self._listener):
            if connection is not None:
                with contextlib.suppress(Exception):
                    connection.close()
        self._writer_pg = self._listener = None

    def _lost(self, error: BaseException | None = None) -> None:
        """The server went away: read-only from now on, and try to come back in the background."""
        if not self.connected or self._closed:
            return
        log.warning("%s: connection lost: %s", self.location, error)
        self.connected = False
        self._drop_connections()
        self._start_retrying()
        self.notifier.emit(ChangeKind.CONNECTION)

    def _start_retrying(self) -> None:
        if self._retry is not None and self._retry.is_alive():
            return
        self._retry = threading.Thread(target=self._retry_loop, name="ecanvas-reconnect",
                                       daemon=True)  # fmt: skip
        self._retry.start()

    def _retry_loop(self) -> None:
        while not self._closed:
            try:
                writer = connect(self.address, autocommit=False, timeout=3)
                try:
                    listener = connect(self.address, autocommit=True, timeout=3)
                except Exception:
                    writer.close()
                    raise
            except Exception:
                time.sleep(RETRY_S)
                continue
            with self._lock:
                self._fresh = (writer, listener)
            return

    def _resume(self) -> None:
        """Take the connections the retry thread made, and catch up with the server."""
        with self._lock:
            fresh, self._fresh = self._fresh, None
        self._writer_pg, self._listener = fresh
        try:
            self._listen()
            fresh_ws, versions = self._snapshot(live.read_everything)
            self._settle_unsure()
        except psycopg.Error as error:
            self.connected = True  # so that _lost() runs its course
            self._lost(error)
            return
        self.connected = True
        self._versions = versions
        found = live.everything_found(self.workspace, fresh_ws, versions)
        self._apply_found(found)
        self._send_unsent()
        self.notifier.emit(ChangeKind.CONNECTION)

    def _settle_unsure(self) -> None:
        if self._unsure_txid is None:
            return
        row = self._listener.execute("SELECT txid_status(%s)", (self._unsure_txid,)).fetchone()
        self._unsure_txid = None
        self.reconnect_note = "saved" if row and row[0] == "committed" else "not-saved"

    # ----------------------------------------------------------------- the seam
    @contextlib.contextmanager
    def _begin(self) -> Iterator:
        if self._closed:
            raise RuntimeError(f"{self.location}: the workspace is closed")
        if not self.may_write:
            raise ReadOnlyWorkspaceError(self.location, "this role may only read the workspace")
        if not self.connected:
            raise ChangeNotSavedError(self.location, "it is read-only until the server is back")
        self._pending = []
        self._txid = None
        self._told = set()
        try:
            connection = self._connection()
            transaction = connection.begin()
        except sql.exc.DBAPIError as error:
            self._lost(error)
            raise ChangeNotSavedError(self.location, _reason(error)) from None
        try:
            yield connection
            txid = self._transaction_id()
        except EditConflictError as conflict:
            self._rollback(transaction)
            self._after_conflict(conflict)
            raise
        except (sql.exc.IntegrityError, psycopg.IntegrityError) as error:
            # A row this change refers to went away meanwhile (a block, a card): catch up.
            self._rollback(transaction)
            self.resync()
            raise EditConflictError(self.location, "workspace", ()) from error
        except BaseException as error:
            self._rollback(transaction)
            if _is_disconnect(error):
                self._lost(error)
                raise ChangeNotSavedError(self.location, _reason(error)) from None
            raise
        try:
            transaction.commit()
        except BaseException as error:
            if not _is_disconnect(error):
                raise
            self._lost(error)
            if self._outcome(txid) != "committed":
                raise ChangeNotSavedError(
                    self.location,
                    "if the server got it before going away, it appears when the server is back",
                ) from None
        self._settle_pending()

    def _transaction_id(self) -> int:
        """The running transaction's id, for `_outcome`: most statements of the hot path bring
        it back with their rows; otherwise it is asked for just before the commit."""
        if self._txid is None:
            self._txid = self._writer_pg.execute("SELECT txid_current()").fetchone()[0]
        return self._txid

    def _rollback(self, transaction) -> None:
        self._told = set()  # nothing of it reaches the others
        with contextlib.suppress(Exception):
            transaction.rollback()

    def _outcome(self, txid: int) -> str | None:
        """Whether a transaction whose commit was cut off did commit; None when unknown."""
        try:
            with connect(self.address, autocommit=True, timeout=2) as probe:
                row = probe.execute("SELECT txid_status(%s)", (txid,)).fetchone()
                return row[0] if row else None
        except Exception:
            self._unsure_txid = txid
            return None

    def _claim(self, connection, table: str, ids: Iterable[int]) -> None:
        ids = sorted(set(ids))
        if not ids:
            return
        statement = self._statements.claim(sql.ROWS[table].__table__)
        found = {}
        for row_id, version, txid in self._writer_pg.execute(statement.text, (ids,)):
            found[row_id] = version
            self._txid = txid
        stale = [i for i in ids if found.get(i) != self._expected_version(table, i)]
        if stale:
            gone = [i for i in stale if i not in found]
            raise EditConflictError(self.location, table, stale, removed=gone)
        self._pending.append(("bump", table, ids))

    def _change_rows(self, connection, table, changes: dict[int, dict[str, object]]) -> None:
        """Each row changed by an UPDATE that expects the version this store last read: one
        statement per row instead of a claim and an update (the hot path of every edit). Card
        changes go to the other writers with the last UPDATE, delivered on commit."""
        rows = table.__table__
        name = rows.name
        ids = sorted(changes)  # the order every writer locks rows in
        telling = self._payloads_for(name, ids)
        done: list[int] = []
        for row_id in ids:
            values = changes[row_id]
            told = telling if row_id == ids[-1] else []
            statement = self._statements.update(rows, tuple(values), len(told))
            expected = self._expected_version(name, row_id)
            notify = [part for payload in told for part in (self.address.channel, payload)]
            answer = self._writer_pg.execute(
                statement.text, statement.parameters(values.values(), row_id, expected, *notify)
            ).fetchone()
            if answer is None:
                self._refuse_changed(rows, changes, done)
            self._txid = answer[0]
            done.append(row_id)
        self._pending.append(("bump", name, done))
        if telling:
            self._told.update(ids)

    def _payloads_for(self, table: str, ids: list[int]) -> list[str]:
        """The NOTIFY payloads that tell the others these cards changed, one change per canvas
        as the operation will announce it (see `_announce`, which then sends nothing more)."""
        if table != "card":
            return []
        changes = ChangeSet()
        for card_id in ids:
            changes.add(ChangeKind.CARDS_CHANGED, self.workspace.find_card(card_id).canvas_id,
                        card_id)  # fmt: skip
        return [
            payload
            for canvas_id, card_ids in changes.ids_by_canvas(ChangeKind.CARDS_CHANGED).items()
            for payload in live.encode(
                self.origin, Change(ChangeKind.CARDS_CHANGED, canvas_id, tuple(card_ids))
            )
        ]

    def _refuse_changed(self, rows, changes, done: list[int]) -> NoReturn:
        """An UPDATE found its row changed or gone: name every such row of the operation."""
        ids, table = sorted(changes), rows.name
        statement = self._statements.versions(rows)
        found = dict(self._writer_pg.execute(statement.text, (ids,)).fetchall())
        bumped = set(done)
        stale = [i for i in ids if found.get(i) != self._expected_version(table, i) + (i in bumped)]
        gone = [i for i in stale if i not in found]
        raise EditConflictError(self.location, table, stale, removed=gone)

    def _expected_version(self, table: str, row_id: int) -> int:
        """The version a row has if nobody else changed it: the one last read, moved on by
        what the running transaction did to it already (a batch changes a row twice)."""
        version = self._versions.get((table, row_id), 1)
        for what, pending_table, ids in self._pending:
            if pending_table == table and row_id in ids:
                version = 1 if what == "new" else version + 1
        return version

    def _inserted(self, table: str, ids: Iterable[int]) -> None:
        self._pending.append(("new", table, list(ids)))

    def _settle_pending(self) -> None:
        for what, table, ids in self._pending:
            for row_id in ids:
                key = (table, row_id)
                self._versions[key] = 1 if what == "new" else self._versions.get(key, 1) + 1
        self._pending = []

    def _after_conflict(self, conflict: EditConflictError) -> None:
        """Read the rows in conflict again, so the user sees what the other writer did."""
        wanted = live.Wanted()
        target = {"card": wanted.cards, "link": wanted.links, "block": wanted.blocks,
                  "snapshot": wanted.snapshots, "participant": wanted.participants,
                  "voting_round": wanted.rounds}  # fmt: skip
        if conflict.table in target:
            target[conflict.table].update(conflict.ids)
        elif conflict.table == "canvas":
            wanted.canvases.update(conflict.ids)
        elif conflict.table == "dot":
            wanted.dot_cards.update(d.card_id for d in self.workspace.dots if d.id in conflict.ids)
        else:
            wanted.workspace = True
        with contextlib.suppress(psycopg.Error):
            self._catch_up(wanted)

    # ----------------------------------------------------------------- telling and hearing
    def _announce(self, kind: ChangeKind, canvas_id=None, ids=(), key=None) -> None:
        super()._announce(kind, canvas_id, ids, key)
        if kind == ChangeKind.CARDS_CHANGED and ids and self._told.issuperset(ids):
            return  # the others heard of it with the commit
        self._unsent.extend(live.encode(self.origin, Change(kind, canvas_id, tuple(ids), key)))
        if self.connected:
            self._send_unsent()

    def _send_unsent(self) -> None:
        payloads, self._unsent = self._unsent, []
        try:
            for payload in payloads:
                self._listener.execute("SELECT pg_notify(%s, %s)", (self.address.channel, payload))
        except psycopg.Error as error:
            self._unsent = payloads  # sent again after reconnecting
            self._lost(error)

    def poll(self, timeout: float = 0.0) -> int:
        """Apply what other writers changed (waiting up to `timeout` seconds for it), and
        finish a reconnection the background thread prepared. Returns the changes applied."""
        if self._closed:
            return 0
        if not self.connected:
            if self._fresh is not None:
                self._resume()
            elif timeout:
                time.sleep(min(timeout, 0.05))
            return 0
        wanted = live.Wanted()
        count = 0
        deadline = time.monotonic() + timeout
        try:
            waited: list = []
            while True:
                # What is there already, then (at most until the deadline) the next to come.
                for notice in [*waited, *self._listener.notifies(timeout=0)]:
                    decoded = live.decode(notice.payload)
                    if decoded is not None and decoded[0] != self.origin:
                        wanted.add(decoded[1])
                        count += 1
                left = deadline - time.monotonic()
                if count or left <= 0:
                    break
                waited = list(self._listener.notifies(timeout=left, stop_after=1))
            if count:
                self._catch_up(wanted)
        except psycopg.Error as error:
            self._lost(error)
        return count

    def _catch_up(self, wanted: live.Wanted) -> None:
        found = self._snapshot(lambda connection: live.read_wanted(connection, wanted))
        self._apply_found(found)

    def _read_model(self):
        fresh, self._versions = self._snapshot(live.read_everything)
        return fresh

    def resync(self) -> None:
        """Read the whole workspace again and apply every difference."""
        fresh_ws, versions = self._snapshot(live.read_everything)
        self._versions = versions
        self._apply_found(live.everything_found(self.workspace, fresh_ws, versions))

    def _apply_found(self, found: live.Found) -> None:
        for key, version in found.versions.items():
            if version is None:
                self._versions.pop(key, None)
            else:
                self._versions[key] = version
        applier = live.Applier(self.workspace)
        changes = applier.apply(found)
        self._stamp += 1
        for item in applier.touched:
            self._remote[item] = self._stamp
        for change in changes:
            self.notifier.emit(change.kind, change.canvas_id, change.ids, change.key)

    def changed_by_others_since(self, items: Iterable[Item], stamp: int) -> bool:
        return any(self._remote.get(item, 0) > stamp for item in items)

    def change_stamp(self) -> int:
        return self._stamp


def _is_disconnect(error: BaseException) -> bool:
    if isinstance(error, sql.exc.DBAPIError):
        return bool(error.connection_invalidated) or isinstance(
            error.orig, psycopg.OperationalError
        )
    return isinstance(error, psycopg.OperationalError)


def _reason(error: BaseException) -> str:
    text = str(getattr(error, "orig", error)).strip()
    return text.splitlines()[0] if text else type(error).__name__


def connect_pair(address: ServerAddress):
    """The writer and the listener connection of a new store; errors name the workspace."""
    writer = connect(address, autocommit=False)
    try:
        listener = connect(address, autocommit=True)
    except BaseException:
        writer.close()
        raise
    return writer, listener
