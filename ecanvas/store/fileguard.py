"""Checks made before a workspace file is opened for real, and the single-writer lock.

Everything here reads the file without writing to it, so a refused file stays byte-for-byte the
same. The SQLite header is parsed by hand (it is a documented, fixed layout), which lets us tell
an empty, foreign, truncated or newer file apart before SQLite touches it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path

from ecanvas.store.errors import (
    DamagedWorkspaceError,
    EmptyFileError,
    ForeignDatabaseError,
    NewerVersionError,
    NotAWorkspaceError,
    ReadOnlyWorkspaceError,
    WorkspaceLockedError,
    WorkspaceNotFoundError,
)
from ecanvas.store.migrations import APPLICATION_ID, SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
SQLITE_READONLY_ROLLBACK = 776  # a read-only connection met a hot journal it cannot roll back


@dataclass(frozen=True)
class FileHeader:
    page_size: int
    page_count: int
    user_version: int
    application_id: int


def read_header(path: Path) -> FileHeader:
    """Parse the SQLite header; raise a typed error for anything that is not a usable file."""
    if not path.exists():
        raise WorkspaceNotFoundError(path)
    if path.is_dir():
        raise NotAWorkspaceError(path, "it is a folder")
    size = path.stat().st_size
    if size == 0:
        raise EmptyFileError(path)
    with path.open("rb") as handle:
        header = handle.read(HEADER_SIZE)
    if not header.startswith(SQLITE_MAGIC):
        raise NotAWorkspaceError(path)
    if len(header) < HEADER_SIZE:
        raise DamagedWorkspaceError(path, "the header is cut short")
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    page_count = struct.unpack(">I", header[28:32])[0]
    user_version = struct.unpack(">I", header[60:64])[0]
    application_id = struct.unpack(">I", header[68:72])[0]
    if page_size < 512 or page_size & (page_size - 1):
        raise DamagedWorkspaceError(path, "invalid page size in the header")
    # A change interrupted mid-commit may leave the header ahead of the file; SQLite's rollback
    # of the journal puts it right, so only a file without a journal is judged by its size.
    wrong_size = size % page_size or (page_count and size < page_count * page_size)
    if wrong_size and not journal_path(path).exists():
        raise DamagedWorkspaceError(path, f"{size} bytes, expected {page_count * page_size}")
    return FileHeader(page_size, page_count, user_version, application_id)


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def check_workspace_file(path: Path, *, recover: bool = False) -> FileHeader:
    """Refuse foreign, newer and damaged files; return the header of a usable workspace.

    With `recover`, a change interrupted by a crash (a hot journal) is rolled back by SQLite
    first, as any later writer would do; without it such a file is refused untouched.
    """
    header = read_header(path)
    if header.application_id != APPLICATION_ID:
        raise ForeignDatabaseError(path)
    if header.user_version > SCHEMA_VERSION:
        raise NewerVersionError(path, header.user_version, SCHEMA_VERSION)
    if not _quick_check(path, "ro"):
        if not recover:
            raise ReadOnlyWorkspaceError(
                path, "an interrupted change must be rolled back first, which needs write access"
            )
        _quick_check(path, "rw")
        return check_workspace_file(path)  # the header may have been rolled back too
    return header


def _quick_check(path: Path, mode: str) -> bool:
    """Run SQLite's quick_check; False when a hot journal needs a rollback this mode cannot do."""
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    try:
        connection = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as error:
        raise DamagedWorkspaceError(path, str(error)) from None
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorcode", None) == SQLITE_READONLY_ROLLBACK:
            return False
        raise DamagedWorkspaceError(path, str(error)) from None
    finally:
        connection.close()
    if rows != [("ok",)]:
        raise DamagedWorkspaceError(path, "; ".join(str(r[0]) for r in rows[:3]))
    return True


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


class WorkspaceLock:
    """An exclusive advisory lock in a file beside the workspace, released at close or exit.

    The operating system drops the lock when the process dies, so a crash never leaves a stale
    lock behind.
    """

    def __init__(self, path: Path) -> None:
        self.workspace_path = path
        self.path = lock_path(path)
        self._handle: int | None = None

    def acquire(self) -> None:
        try:
            handle = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            raise PermissionError(f"{self.path}: cannot create lock file ({error})") from error
        try:
            _lock_exclusive(handle)
        except OSError:
            os.close(handle)
            raise WorkspaceLockedError(self.workspace_path) from None
        if not _still_linked(handle, self.path):
            # The previous holder removed the file between our open and our lock: start over.
            os.close(handle)
            self.acquire()
            return
        os.ftruncate(handle, 0)
        os.write(handle, f"{os.getpid()}\n".encode())
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        with contextlib.suppress(OSError):
            self.path.unlink()
        os.close(handle)


def _still_linked(handle: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(handle), os.stat(path))
    except OSError:
        return False


def _lock_exclusive(handle: int) -> None:
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        import msvcrt

        msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
