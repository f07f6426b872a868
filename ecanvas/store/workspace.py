"""An open workspace file: the SQLite backend of `StoreBase`, with its single-writer lock.

Every public operation is one user action: it runs in one transaction, commits with full sync
before it returns, updates the in-memory model, and then tells listeners what changed. A failed
operation leaves both the file and the model as they were.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from ecanvas.model import Workspace
from ecanvas.model.entities import LANGUAGES, utc_now
from ecanvas.outputs import OutputExistsError, OutputIsWorkspaceError, output_path
from ecanvas.store.base import PROPERTY_FIELDS, StoreBase
from ecanvas.store.database import connect_raw, load_workspace, row_values
from ecanvas.store.errors import (
    LockLostError,
    ReadOnlyWorkspaceError,
    StorageError,
    UpgradeFailedError,
    WorkspaceExistsError,
    WorkspaceNotFoundError,
)
from ecanvas.store.failures import NOT_SAVED, storage_errors
from ecanvas.store.fileguard import (
    InterruptedChangeError,
    WorkspaceLock,
    check_workspace_file,
    discard_copy,
    read_header,
    recovered_copy,
)
from ecanvas.store.lazy import sql
from ecanvas.store.migrations import SCHEMA_VERSION, migrate
from ecanvas.store.rowcheck import Damage

__all__ = ["PROPERTY_FIELDS", "WorkspaceStore", "create_workspace", "open_workspace"]


class WorkspaceStore(StoreBase):
    """One open .ecanvas file. Use `open_workspace` or `create_workspace` to get one."""

    def __init__(
        self, path: Path, *, read_only: bool, lock: WorkspaceLock | None,
        read_only_reason: str = "", data_path: Path | None = None,
    ) -> None:  # fmt: skip
        """`data_path`: a private copy to read instead of `path` (a file with an interrupted
        change, or one that needs an upgrade, shown read-only); removed at close."""
        self.path = path
        self.location = str(path)
        self.display_name = path.name
        self.read_only = read_only
        # Why the workspace is read-only: "asked", "permission", "locked", "damaged",
        # "recovered" (an interrupted change, shown from a private copy) or "upgrade".
        self.read_only_reason = read_only_reason if read_only else ""
        self._lock = lock
        self._data_path = data_path
        self._engine = None
        self._connection = None  # SQLAlchemy connection over _raw, made on the first write
        # Rows that were damaged in the file (repaired or left out when read): see rowcheck.
        self.damage: list[Damage] = []
        self._raw: sqlite3.Connection | None = None
        try:
            with storage_errors(path, "the workspace could not be read"):
                self._raw = connect_raw(data_path or path, read_only=read_only)
                workspace = load_workspace(self._raw, damage=self.damage)
        except BaseException:
            self._release()
            raise
        super().__init__(workspace)
        if self.damage and not read_only:
            # Edits on a damaged file could meet rows the model does not show: repair first.
            self.read_only, self.read_only_reason = True, "damaged"
            if self._lock:
                self._lock.release()
                self._lock = None

    def _read_model(self) -> Workspace:
        return load_workspace(self._raw, damage=[])

    # ----------------------------------------------------------------- lifecycle
    def close(self) -> None:
        if self._raw is None:
            return
        if self._connection is not None:
            with contextlib.suppress(Exception):
                self._connection.close()
                self._engine.dispose()
            self._connection = self._engine = None
        self._release()

    def _release(self) -> None:
        if self._raw is not None:
            with contextlib.suppress(sqlite3.Error):
                self._raw.close()
            self._raw = None
        if self._lock:
            self._lock.release()
            self._lock = None
        if self._data_path is not None:
            discard_copy(self._data_path)
            self._data_path = None

    @property
    def closed(self) -> bool:
        return self._raw is None

    def warm_up(self) -> None:
        """Load the write machinery now (the app calls this once the window is painted), so
        the user's first edit does not pay for importing SQLAlchemy."""
        if not self.read_only and self._raw is not None:
            self._writer()

    def _writer(self):
        if self._connection is None:
            self._engine = sql.engine_over(self._raw)
            self._connection = self._engine.connect()
        return self._connection

    @contextlib.contextmanager
    def _begin(self) -> Iterator:
        """One committed transaction; refuses to start when the file is read-only."""
        if self.read_only:
            raise ReadOnlyWorkspaceError(self.path)
        if self._raw is None:
            raise RuntimeError(f"{self.path}: the workspace is closed")
        try:
            if self._lock is not None and not self._lock.still_holds():
                raise LockLostError(self.path, NOT_SAVED)
            with storage_errors(self.path):
                connection = self._writer()
                with connection.begin():
                    yield connection
        except StorageError as failure:
            self.last_failure = failure
            raise
        self.last_failure = None

    # ----------------------------------------------------------------- file-level
    def integrity_check(self) -> str:
        """SQLite's quick_check result: 'ok' for a sound file."""
        raw = self._raw
        return "; ".join(row[0] for row in raw.execute("PRAGMA quick_check").fetchall())

    def save_copy(self, target: Path, *, force: bool = False, replace: bool = True) -> Path:
        """Write a consistent copy with SQLite's backup API, verify it opens, then put it at
        `target` (never over a workspace; over another file only with `force`)."""
        with (
            storage_errors(target, "the copy was not saved"),
            output_path(target, force=force, protect=(self.path,), replace=replace) as partial,
        ):
            destination = sqlite3.connect(partial)
            try:
                self._raw.backup(destination)
            finally:
                destination.close()
            check_workspace_file(partial)
        return Path(os.path.abspath(target))


def create_workspace(
    path: Path | str, *, title: str = "Untitled workspace", language: str = "en", **props
) -> WorkspaceStore:
    """Create a new, empty workspace file at the current schema and open it for writing."""
    path = Path(path)
    if path.exists():
        raise WorkspaceExistsError(path)
    if not path.parent.is_dir():
        raise WorkspaceNotFoundError(path, f"the folder {path.parent} does not exist")
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    now = utc_now()
    meta = Workspace(title=title, language=language, created=now, updated=now, **props)
    with (
        storage_errors(path, "the workspace was not created"),
        output_path(path, replace=False) as partial,
    ):
        _write_new_file(partial, meta)
    return open_workspace(path)


def _write_new_file(path: Path, meta: Workspace) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        migrate(connection, 0)
    finally:
        connection.close()
    engine = sql.make_engine(path, read_only=False)
    try:
        with engine.begin() as session:
            session.execute(sql.insert(sql.WorkspaceRow.__table__).values(id=1, **row_values(meta)))
    finally:
        engine.dispose()


def open_workspace(path: Path | str, *, read_only: bool = False) -> WorkspaceStore:
    """Open an existing workspace after checking it; upgrade it when it has an older schema.

    A read-only file (or `read_only=True`) opens without a lock and refuses every change; when
    such a file holds an interrupted change or needs an upgrade, a private copy is read instead,
    so the original is never written. A file with damaged rows opens read-only with the damage
    listed in `store.damage`. Raises a `WorkspaceError` subclass that names the file for every
    file it refuses.
    """
    path = Path(path)
    reason = "asked" if read_only else ""
    if not read_only and not _can_write(path):
        read_only, reason = True, "permission"
    if read_only:
        return _open_read_only(path, reason)
    header = check_workspace_file(path, recover=True)
    lock = WorkspaceLock(path)
    try:
        lock.acquire()
    except PermissionError:
        return _open_read_only(path, "permission")
    try:
        if header.user_version < SCHEMA_VERSION:
            with storage_errors(path, "the workspace is unchanged"):
                _upgrade(path, header.user_version)
        return WorkspaceStore(path, read_only=False, lock=lock)
    except BaseException:
        lock.release()
        raise


def _open_read_only(path: Path, reason: str) -> WorkspaceStore:
    """A read-only store; from a private copy when the file cannot be read as it is."""
    try:
        header = check_workspace_file(path)
    except InterruptedChangeError:
        header = None
    if header is not None and header.user_version == SCHEMA_VERSION:
        return WorkspaceStore(path, read_only=True, lock=None, read_only_reason=reason)
    version = read_header(path).user_version if header is None else header.user_version
    copy = recovered_copy(path, upgrade_from=version if version < SCHEMA_VERSION else None)
    try:
        check_workspace_file(copy)
        why = "recovered" if header is None else "upgrade"
        return WorkspaceStore(path, read_only=True, lock=None, read_only_reason=why,
                              data_path=copy)  # fmt: skip
    except BaseException:
        discard_copy(copy)
        raise


def _can_write(path: Path) -> bool:
    """Whether we may change the file and create its journal in its folder.

    Asked with os.access rather than by opening the file: closing a probe descriptor would drop
    the POSIX locks SQLite holds on the same file in this process.
    """
    effective = os.access in os.supports_effective_ids
    return os.access(path, os.W_OK, effective_ids=effective) and os.access(
        path.parent, os.W_OK | os.X_OK, effective_ids=effective
    )


def backup_path_for_upgrade(path: Path, version: int) -> Path:
    return path.with_name(f"{path.name}.schema{version}.bak")


def _copy_before_upgrade(path: Path, version: int) -> Path:
    """A copy of the file beside it, on disk before the original changes (written through the
    safe output writer; an earlier copy of a failed upgrade is kept, the new one numbered)."""
    backup = backup_path_for_upgrade(path, version)
    for number in range(2, 100):
        if _same_bytes(backup, path):
            return backup  # left by an upgrade that failed: the file is still the same
        try:
            with output_path(backup, replace=False) as partial:
                shutil.copyfile(path, partial)
            return backup
        except (OutputExistsError, OutputIsWorkspaceError):
            backup = backup.with_name(f"{path.name}.schema{version}-{number}.bak")
    raise UpgradeFailedError(path, "too many copies of earlier upgrades beside the file")


def _same_bytes(a: Path, b: Path) -> bool:
    try:
        if a.stat().st_size != b.stat().st_size:
            return False
        with a.open("rb") as first, b.open("rb") as second:
            while chunk := first.read(1 << 20):
                if chunk != second.read(len(chunk)):
                    return False
        return True
    except OSError:
        return False


def _upgrade(path: Path, version: int) -> None:
    """Copy the file aside, then migrate it in one transaction."""
    backup = _copy_before_upgrade(path, version)
    connection = connect_raw(path, read_only=False)
    try:
        migrate(connection, version)
    except sqlite3.Error as error:
        detail = f"schema {version}: {error}; a copy of the file is at {backup.name}"
        raise UpgradeFailedError(path, detail) from None
    finally:
        connection.close()
