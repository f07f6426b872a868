"""What the disk and SQLite report, turned into the store's own error types.

Every storage failure reaches the app and the command line as a `StorageError` (disk full,
input/output error, read-only medium, lost lock) or a `DamagedWorkspaceError`, naming the file
and saying what was not done, never as a raw sqlite3, SQLAlchemy or OS error.
"""

from __future__ import annotations

import contextlib
import errno
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from ecanvas.store.errors import (
    DamagedWorkspaceError,
    DiskFullError,
    LockLostError,
    ReadOnlyMediumError,
    StorageError,
    StorageIOError,
    WorkspaceError,
)

NOT_SAVED = "the change was not saved"

# SQLite's primary result codes (the low byte of an extended code).
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 10, 11, 13, 14, 26

_BY_SQLITE_CODE: dict[int, type[WorkspaceError]] = {
    SQLITE_FULL: DiskFullError,
    SQLITE_IOERR: StorageIOError,
    SQLITE_READONLY: ReadOnlyMediumError,
    SQLITE_PERM: ReadOnlyMediumError,
    SQLITE_CANTOPEN: StorageIOError,
    SQLITE_BUSY: LockLostError,
    SQLITE_LOCKED: LockLostError,
    SQLITE_CORRUPT: DamagedWorkspaceError,
    SQLITE_NOTADB: DamagedWorkspaceError,
}
_BY_ERRNO: dict[int, type[StorageError]] = {
    errno.ENOSPC: DiskFullError,
    errno.EDQUOT: DiskFullError,
    errno.EFBIG: DiskFullError,
    errno.EROFS: ReadOnlyMediumError,
    errno.EACCES: ReadOnlyMediumError,
    errno.EPERM: ReadOnlyMediumError,
    errno.EIO: StorageIOError,
    errno.ENOENT: LockLostError,
    errno.ESTALE: LockLostError,
}
# Words of SQLite's messages, for a driver that gives no result code.
_BY_MESSAGE = (
    ("disk is full", DiskFullError),
    ("disk i/o error", StorageIOError),
    ("readonly database", ReadOnlyMediumError),
    ("database is locked", LockLostError),
    ("malformed", DamagedWorkspaceError),
    ("not a database", DamagedWorkspaceError),
)


def storage_error(
    path: Path | str, error: BaseException, doing: str = NOT_SAVED
) -> WorkspaceError | None:
    """The store's error for a low-level failure, or None when it is not a storage failure."""
    original = getattr(error, "orig", None)  # SQLAlchemy wraps the driver's error
    if isinstance(original, BaseException):
        error = original
    if isinstance(error, UnicodeDecodeError):  # SQLite's message quoting damaged bytes
        return DamagedWorkspaceError(path, "some of its text cannot be read", "unreadable-text")
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        kind = _BY_SQLITE_CODE.get(code & 0xFF) if isinstance(code, int) else None
        if kind is None:
            text = str(error).lower()
            kind = next((k for words, k in _BY_MESSAGE if words in text), None)
        if kind is None:
            return None
        if kind is DamagedWorkspaceError:
            return DamagedWorkspaceError(path, str(error), "sqlite")
        return kind(path, doing)
    if isinstance(error, OSError):
        kind = _BY_ERRNO.get(error.errno, StorageIOError)
        detail = doing if kind is not StorageIOError or error.errno == errno.EIO else (
            f"{error.strerror or error}; {doing}"
        )  # fmt: skip
        return kind(path, detail)
    return None


@contextlib.contextmanager
def storage_errors(path: Path | str, doing: str = NOT_SAVED) -> Iterator[None]:
    """Raise the store's own error for any storage failure inside the block."""
    try:
        yield
    except WorkspaceError:
        raise
    except Exception as error:
        converted = storage_error(path, error, doing)
        if converted is None:
            raise
        raise converted from None
