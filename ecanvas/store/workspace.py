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
from ecanvas.outputs import output_path
from ecanvas.store.base import PROPERTY_FIELDS, StoreBase
from ecanvas.store.database import connect_raw, load_workspace, row_values
from ecanvas.store.errors import (
    ReadOnlyWorkspaceError,
    UpgradeFailedError,
    WorkspaceExistsError,
    WorkspaceNotFoundError,
)
from ecanvas.store.fileguard import WorkspaceLock, check_workspace_file
from ecanvas.store.lazy import sql
from ecanvas.store.migrations import SCHEMA_VERSION, migrate

__all__ = ["PROPERTY_FIELDS", "WorkspaceStore", "create_workspace", "open_workspace"]


class WorkspaceStore(StoreBase):
    """One open .ecanvas file. Use `open_workspace` or `create_workspace` to get one."""

    def __init__(self, path: Path, *, read_only: bool, lock: WorkspaceLock | None) -> None:
        self.path = path
        self.location = str(path)
        self.display_name = path.name
        self.read_only = read_only
        self._lock = lock
        self._raw: sqlite3.Connection | None = connect_raw(path, read_only=read_only)
        self._engine = None
        self._connection = None  # SQLAlchemy connection over _raw, made on the first write
        super().__init__(load_workspace(self._raw))

    # ----------------------------------------------------------------- lifecycle
    def close(self) -> None:
        if self._raw is None:
            return
        if self._connection is not None:
            self._connection.close()
            self._engine.dispose()
            self._connection = self._engine = None
        self._raw.close()
        self._raw = None
        if self._lock:
            self._lock.release()

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
    def _transaction(self) -> Iterator:
        """One committed transaction; refuses to start when the file is read-only."""
        if self.read_only:
            raise ReadOnlyWorkspaceError(self.path)
        if self._raw is None:
            raise RuntimeError(f"{self.path}: the workspace is closed")
        connection = self._writer()
        with connection.begin():
            yield connection

    # ----------------------------------------------------------------- file-level
    def integrity_check(self) -> str:
        """SQLite's quick_check result: 'ok' for a sound file."""
        raw = self._raw
        return "; ".join(row[0] for row in raw.execute("PRAGMA quick_check").fetchall())

    def save_copy(self, target: Path, *, force: bool = False, replace: bool = True) -> Path:
        """Write a consistent copy with SQLite's backup API, verify it opens, then put it at
        `target` (never over a workspace; over another file only with `force`)."""
        with output_path(target, force=force, protect=(self.path,), replace=replace) as partial:
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
    with output_path(path, replace=False) as partial:
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

    A read-only file (or `read_only=True`) opens without a lock and refuses every change.
    Raises a `WorkspaceError` subclass that names the file for every file it refuses.
    """
    path = Path(path)
    if not read_only and not _can_write(path):
        read_only = True
    header = check_workspace_file(path, recover=not read_only)
    if read_only:
        if header.user_version < SCHEMA_VERSION:
            raise ReadOnlyWorkspaceError(
                path, f"schema {header.user_version} needs an upgrade, which needs write access"
            )
        return WorkspaceStore(path, read_only=True, lock=None)
    lock = WorkspaceLock(path)
    try:
        lock.acquire()
    except PermissionError:
        return WorkspaceStore(path, read_only=True, lock=None)
    try:
        if header.user_version < SCHEMA_VERSION:
            _upgrade(path, header.user_version)
        return WorkspaceStore(path, read_only=False, lock=lock)
    except BaseException:
        lock.release()
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


def _upgrade(path: Path, version: int) -> None:
    """Copy the file aside, then migrate it in one transaction."""
    backup = backup_path_for_upgrade(path, version)
    shutil.copy2(path, backup)
    with backup.open("rb+") as handle:  # on disk before the original changes
        os.fsync(handle.fileno())
    connection = connect_raw(path, read_only=False)
    try:
        migrate(connection, version)
    except sqlite3.Error as error:
        detail = f"schema {version}: {error}; a copy of the file is at {backup.name}"
        raise UpgradeFailedError(path, detail) from None
    finally:
        connection.close()
