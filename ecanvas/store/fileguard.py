"""Checks made before a workspace file is opened for real, and the single-writer lock.

Everything here reads the file without writing to it, so a refused file stays byte-for-byte the
same. The SQLite header is parsed by hand (it is a documented, fixed layout), which lets us tell
an empty, foreign, truncated or newer file apart before SQLite touches it.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import sqlite3
import struct
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ecanvas.outputs import same_file
from ecanvas.store.errors import (
    DamagedWorkspaceError,
    EmptyFileError,
    ForeignDatabaseError,
    NewerVersionError,
    NotAWorkspaceError,
    ReadOnlyWorkspaceError,
    TamperedWorkspaceError,
    WorkspaceLockedError,
    WorkspaceNotFoundError,
)
from ecanvas.store.migrations import APPLICATION_ID, SCHEMA_VERSION, migrate

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
SQLITE_READONLY_ROLLBACK = 776  # a read-only connection met a hot journal it cannot roll back


@dataclass(frozen=True)
class FileHeader:
    page_size: int
    page_count: int
    user_version: int
    application_id: int


def read_header(path: Path, *, short_ok: bool = False) -> FileHeader:
    """Parse the SQLite header; raise a typed error for anything that is not a usable file.

    `short_ok`: a file cut short is still read (the repair salvages what it holds)."""
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
        raise DamagedWorkspaceError(path, "the header is cut short", "header-cut-short")
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    page_count = struct.unpack(">I", header[28:32])[0]
    user_version = struct.unpack(">I", header[60:64])[0]
    application_id = struct.unpack(">I", header[68:72])[0]
    if page_size < 512 or page_size & (page_size - 1):
        raise DamagedWorkspaceError(path, "invalid page size in the header", "bad-page-size")
    # A change interrupted mid-commit may leave the header ahead of the file; SQLite's rollback
    # of the journal puts it right, so only a file without a journal is judged by its size.
    wrong_size = size % page_size or (page_count and size < page_count * page_size)
    if wrong_size and not short_ok and not journal_path(path).exists():
        expected = page_count * page_size
        raise DamagedWorkspaceError(
            path, f"{size} bytes, expected {expected}", "wrong-size", size=size, expected=expected
        )
    return FileHeader(page_size, page_count, user_version, application_id)


def journal_path(path: Path) -> Path:
    """SQLite's rollback journal of a workspace (beside the file its path resolves to)."""
    real = Path(os.path.realpath(path))
    return real.with_name(real.name + "-journal")


class InterruptedChangeError(ReadOnlyWorkspaceError):
    """A change interrupted by a crash (a hot journal) must be rolled back before the file can
    be read, which needs write access (or a private copy, see `recovered_copy`)."""

    problem = (
        "a change interrupted by a crash must be rolled back first; open it with write access "
        "(the app does this) to finish that"
    )


def check_workspace_file(path: Path, *, recover: bool = False) -> FileHeader:
    """Refuse foreign, newer, damaged and tampered files; return the header of a usable one.

    Nothing is written to a refused file. A change interrupted by a crash (a hot journal) is
    checked in a recovered private copy first; then, with `recover`, SQLite rolls it back in the
    file itself, as any later writer would do; without `recover` InterruptedChangeError is
    raised and the file is left as it is.
    """
    header = read_header(path)
    if header.application_id != APPLICATION_ID:
        raise ForeignDatabaseError(path)
    if header.user_version > SCHEMA_VERSION:
        raise NewerVersionError(path, header.user_version, SCHEMA_VERSION)
    # The structure first: a changed schema is "tampered", whatever quick_check makes of it.
    if _check_schema(path, header.user_version) and _quick_check(path, "ro"):
        return header
    copy = recovered_copy(path)
    try:
        check_workspace_file(copy)
    finally:
        discard_copy(copy)
    if not recover:
        raise InterruptedChangeError(path)
    _quick_check(path, "rw")
    return check_workspace_file(path)  # the header may have been rolled back too


def recovered_copy(path: Path, upgrade_from: int | None = None) -> Path:
    """A private copy of the workspace (in a new temporary folder) with an interrupted change
    rolled back, and upgraded from schema `upgrade_from` when given; the original is only read.
    Remove it with `discard_copy`."""
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="ecanvas-private-"))
    copy = folder / "workspace.ecanvas"
    try:
        try:
            shutil.copyfile(path, copy)
            journal = journal_path(path)
            if journal.exists():
                shutil.copyfile(journal, journal_path(copy))
        except OSError as error:
            raise DamagedWorkspaceError(
                path, f"it cannot be read ({error.strerror})", "unreadable", errno=error.errno
            ) from None
        read_header(copy)
        _quick_check(copy, "rw")  # SQLite rolls the copy's journal back
        if upgrade_from is not None:
            connection = sqlite3.connect(copy, isolation_level=None)
            try:
                migrate(connection, upgrade_from)
            finally:
                connection.close()
    except BaseException:
        discard_copy(copy)
        raise
    return copy


def discard_copy(copy: Path) -> None:
    import shutil

    shutil.rmtree(copy.parent, ignore_errors=True)


def _check_schema(path: Path, version: int) -> bool:
    """Refuse a file whose structure is not exactly what ecanvas creates at its version; False
    when a hot journal must be rolled back before the file can be read at all."""
    from ecanvas.store.schema_check import schema_difference

    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise DamagedWorkspaceError(path, str(error), "sqlite") from None
    connection.text_factory = _replacing_text  # a flipped bit in the schema text is a difference
    try:
        connection.execute("PRAGMA trusted_schema = OFF")
        difference = schema_difference(connection, version)
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorcode", None) == SQLITE_READONLY_ROLLBACK:
            return False
        raise DamagedWorkspaceError(path, str(error), "sqlite") from None
    except UnicodeDecodeError:  # SQLite's own message quotes the damaged schema text
        raise DamagedWorkspaceError(
            path, "the description of its tables is damaged", "schema-text"
        ) from None
    finally:
        connection.close()
    if difference:
        hint = "'ecanvas repair' saves its content into a new workspace"
        raise TamperedWorkspaceError(path, f"{difference}; {hint}")
    return True


def _quick_check(path: Path, mode: str) -> bool:
    """Run SQLite's quick_check; False when a hot journal needs a rollback this mode cannot do."""
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    try:
        connection = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as error:
        raise DamagedWorkspaceError(path, str(error), "sqlite") from None
    connection.text_factory = _replacing_text
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorcode", None) == SQLITE_READONLY_ROLLBACK:
            return False
        raise DamagedWorkspaceError(path, str(error), "sqlite") from None
    except UnicodeDecodeError:  # SQLite's own message quotes the damaged schema text
        raise DamagedWorkspaceError(
            path, "the description of its tables is damaged", "schema-text"
        ) from None
    finally:
        connection.close()
    if rows != [("ok",)]:
        raise DamagedWorkspaceError(path, "; ".join(str(r[0]) for r in rows[:3]), "sqlite")
    return True


def _replacing_text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def lock_path(path: Path) -> Path:
    """Where the holder of a workspace says who it is: beside the file its path resolves to."""
    real = Path(os.path.realpath(path))
    return real.with_name(real.name + ".lock")


@dataclass(frozen=True)
class LockHolder:
    """Who holds a workspace open for writing, as its lock file says."""

    pid: int
    user: str
    host: str
    since: str

    def running(self) -> bool | None:
        """Whether the holder's process still runs; None when it is on another computer."""
        if self.host != host_name():
            return None
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        except OSError:
            return True  # it exists but belongs to someone else
        return True


def read_holder(path: Path) -> LockHolder | None:
    """The holder named in the workspace's lock file (None when there is none or it is garbled)."""
    try:
        data = json.loads(lock_path(path).read_text(encoding="utf-8"))
        return LockHolder(int(data["pid"]), str(data["user"]), str(data["host"]),
                          str(data["since"]))  # fmt: skip
    except (OSError, ValueError, KeyError, TypeError):
        return None


def explain_lock(path: Path) -> WorkspaceLockedError:
    """The "already open" refusal, saying who holds the file and, for a holder that has ended,
    what to do."""
    holder = read_holder(path)
    if holder is None:
        return WorkspaceLockedError(path)
    refusal = _locked(path, holder)
    refusal.holder = holder
    return refusal


def _locked(path: Path, holder: LockHolder) -> WorkspaceLockedError:
    who = f"process {holder.pid} of {holder.user} on {holder.host}, since {holder.since}"
    if holder.running() is False:
        return WorkspaceLockedError(
            path,
            f"held for {who}; that process has ended, but a program it started still has the "
            "file open: close that program (or log out and back in), then open the workspace "
            "again; meanwhile it can be opened read-only",
        )
    return WorkspaceLockedError(path, who)


class WorkspaceLock:
    """The single-writer lock of a workspace, tied to the file itself (device and inode), so a
    symbolic or hard link to an open workspace gets "already open" too.

    The lock is the operating system's (flock on the workspace file, kept open until release),
    so it goes when its holder dies: a crash never leaves a lock that blocks anyone. A small file
    beside the workspace says who holds it (process, user, computer, since when); it is only
    information, and a leftover one of a dead process is simply replaced.
    """

    def __init__(self, path: Path) -> None:
        self.workspace_path = path
        self.path = lock_path(path)
        self._handle: int | None = None
        self._wrote_info = False

    def acquire(self) -> None:
        if os.name == "nt":  # pragma: no cover - exercised on Windows only
            self._acquire_lock_file()
            return
        import fcntl

        try:
            handle = os.open(self.workspace_path, os.O_RDONLY)
        except OSError as error:
            raise PermissionError(f"{self.workspace_path}: cannot be opened ({error})") from error
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(handle)
            raise explain_lock(self.workspace_path) from None
        self._handle = handle
        self._write_info()

    def _write_info(self) -> None:
        info = {
            "pid": os.getpid(),
            "user": _user_name(),
            "host": host_name(),
            "since": datetime.now().astimezone().strftime("%Y-%m-%d %H:%M"),
        }
        with contextlib.suppress(OSError):
            # Replace whatever is there (a leftover of a dead holder, maybe another user's).
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
            handle = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                json.dump(info, stream)
            self._wrote_info = True

    def still_holds(self) -> bool:
        """Whether the workspace's path still names the file this lock holds (not moved,
        replaced or removed by another program meanwhile)."""
        if self._handle is None:
            return False
        if os.name == "nt":  # pragma: no cover - the lock there is in the lock file
            return self.workspace_path.exists()
        return _still_linked(self._handle, self.workspace_path)

    def release(self) -> None:
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        if self._wrote_info:
            with contextlib.suppress(OSError):
                self.path.unlink()
        os.close(handle)

    def _acquire_lock_file(self) -> None:  # pragma: no cover - exercised on Windows only
        import msvcrt

        handle = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)
        except OSError:
            os.close(handle)
            raise WorkspaceLockedError(self.workspace_path) from None
        self._handle = handle
        self._wrote_info = True


def _user_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment or the password database
        return str(os.getuid()) if hasattr(os, "getuid") else "?"


def _still_linked(handle: int, path: Path) -> bool:
    try:
        held = os.fstat(handle)
    except OSError:
        return False
    return same_file(held, path)


def host_name() -> str:
    """This machine's name, as socket.gethostname() gives it (uname's node name on POSIX),
    without importing the socket module, which is a noticeable share of the app's start-up."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket  # pragma: no cover - Windows

    return socket.gethostname()  # pragma: no cover
