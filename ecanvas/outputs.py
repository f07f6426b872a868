"""The one way ecanvas writes a file for the user: reports, exports, copies, new workspaces.

Before anything is written the target is checked: an ecanvas workspace (known by its content,
whatever its name), the open workspace, a folder, a device or a pipe is refused, and another
existing file is replaced only when the caller says so (`force`: the command line's --force, or
the app after asking). The bytes go to a temporary file created exclusively, with an unpredictable
name, in the target's folder; it is flushed to disk and only then renamed over the target, so a
failure never leaves half a file and a planted symbolic link is never followed.

Three ways to write, one line each::

    write_output(path, data, force=args.force)              # bytes in hand
    with open_output(path, force=True) as stream: ...       # a binary file object
    with output_path(path, replace=False) as partial: ...   # a tool that writes by file name

Standard library only, so the store, the report and the command line can all use it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

WORKSPACE_APPLICATION_ID = 0x45434E56  # "ECNV" in the SQLite header: an ecanvas workspace
SQLITE_MAGIC = b"SQLite format 3\x00"
JOURNAL_MAGIC = b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7"  # an SQLite rollback journal

PathLike = str | os.PathLike[str]

# Plain words for the storage failures a user can meet, by errno.
OS_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is exceeded",
    errno.EFBIG: "the file is too large for this disk",
    errno.EROFS: "the disk is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EIO: "input/output error (the disk may be failing or was removed)",
    errno.ENOENT: "the file or folder no longer exists",
    errno.ENAMETOOLONG: "the file name is too long",
}


def os_reason(error: OSError) -> str:
    """A few plain words for an operating-system error."""
    return OS_REASONS.get(error.errno, error.strerror or str(error) or type(error).__name__)


class OutputError(Exception):
    """An output that cannot be written where asked; nothing was written or replaced."""

    problem = "cannot be written"

    def __init__(self, path: PathLike, detail: str = "") -> None:
        self.path = Path(path)
        self.detail = detail
        message = f"{self.path}: {self.problem}"
        if detail:
            message += f" ({detail})"
        super().__init__(message)


class OutputIsWorkspaceError(OutputError):
    problem = (
        "an ecanvas workspace already exists here; it is never overwritten, choose another name"
    )


class OutputIsOpenWorkspaceError(OutputIsWorkspaceError):
    problem = "this is the open workspace; it is never overwritten, choose another file name"


class OutputIsFolderError(OutputError):
    problem = "this is a folder; give a file name"


class OutputIsSpecialFileError(OutputError):
    problem = "this is a device or a pipe, not a regular file; give a file name"


class OutputExistsError(OutputError):
    problem = "the file already exists; use --force to replace it"


class OutputNameTakenError(OutputExistsError):
    """A new workspace (or copy) never replaces anything, even when asked to."""

    problem = "a file already exists at this path; choose another name"


class OutputFolderMissingError(OutputError):
    problem = "the folder does not exist"


class OutputWriteError(OutputError):
    """Writing failed (disk full, read-only disk, no permission, I/O error)."""

    problem = "cannot be written"

    def __init__(self, path: PathLike, error: OSError | str) -> None:
        self.os_error = error if isinstance(error, OSError) else None
        self.errno = self.os_error.errno if self.os_error else None
        super().__init__(path, os_reason(error) if isinstance(error, OSError) else error)


# --------------------------------------------------------------------------- recognising files
def is_workspace_header(header: bytes) -> bool:
    """Whether the first 100 bytes of a file are those of an ecanvas workspace."""
    return (
        len(header) >= 72
        and header.startswith(SQLITE_MAGIC)
        and int.from_bytes(header[68:72], "big") == WORKSPACE_APPLICATION_ID
    )


def is_workspace_file(path: PathLike) -> bool:
    """Whether `path` holds an ecanvas workspace (or the journal of one), read by content."""
    header = _read_head(Path(path))
    if header is None:
        return False
    # A hot journal is half of a workspace: replacing it would corrupt the file it belongs to.
    return is_workspace_header(header) or header.startswith(JOURNAL_MAGIC)


def _read_head(path: Path) -> bytes | None:
    """The first 100 bytes of a regular file, or None when it cannot be read."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        handle = os.open(path, flags)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(handle).st_mode):
            return None
        return os.read(handle, 100)
    except OSError:
        return None
    finally:
        os.close(handle)


def same_file(a: PathLike | os.stat_result | None, b: PathLike | None) -> bool:
    """Whether `a` (a path, or what `os.stat` found for one) and the path `b` are the same file,
    through whatever link (device and inode); paths that cannot be looked at compare by their
    resolved form. The one same-file check of ecanvas (outputs, File menu, merges)."""
    if a is None or b is None:
        return False
    try:
        found = a if isinstance(a, os.stat_result) else os.stat(a)
        return os.path.samestat(found, os.stat(b))
    except OSError:
        if isinstance(a, os.stat_result):
            return False
        try:
            return Path(a).resolve() == Path(b).resolve()
        except OSError:
            return False


# --------------------------------------------------------------------------- checking
def check_output(
    path: PathLike, *, force: bool = False, protect: Iterable[PathLike] = (), replace: bool = True
) -> Path:
    """Refuse a target that must not be written, before any work is done; returns it absolute.

    `protect` names files that must never be written (the open workspace); they are compared
    by identity (device and inode), so a symbolic or hard link to them is refused too.
    `replace=False` refuses any existing file, even with `force` (a new workspace).
    """
    target = Path(os.path.abspath(Path(path).expanduser()))
    folder = target.parent
    if not folder.is_dir():
        raise OutputFolderMissingError(target, f"{folder} does not exist")
    try:
        found = os.stat(target)  # follows a symbolic link to what it names
    except FileNotFoundError:
        return target
    except NotADirectoryError:
        raise OutputFolderMissingError(target, f"{folder} is not a folder") from None
    except OSError as error:
        raise OutputWriteError(target, error) from None
    if any(same_file(found, other) for other in protect):
        raise OutputIsOpenWorkspaceError(target)
    if stat.S_ISDIR(found.st_mode):
        raise OutputIsFolderError(target)
    if not stat.S_ISREG(found.st_mode):
        raise OutputIsSpecialFileError(target)
    if is_workspace_file(target):
        raise OutputIsWorkspaceError(target)
    if not replace:
        raise OutputNameTakenError(target)
    if not force:
        raise OutputExistsError(target)
    return target


# --------------------------------------------------------------------------- writing
@contextlib.contextmanager
def output_path(
    path: PathLike, *, force: bool = False, protect: Iterable[PathLike] = (), replace: bool = True
) -> Iterator[Path]:
    """A fresh, empty temporary file beside `path` for a tool that writes by file name.

    When the block ends without an exception, the file is flushed to disk and renamed to `path`
    (checked again just before); otherwise it is removed. SQLite side files of the temporary
    file (a journal) are removed too.
    """
    protect = tuple(protect)
    target = check_output(path, force=force, protect=protect, replace=replace)
    try:
        handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as error:
        raise OutputWriteError(target, error) from None
    os.close(handle)
    partial = Path(name)
    try:
        yield partial
        _sync_file(partial, target)
        _publish(partial, target, force=force, protect=protect, replace=replace)
    except OSError as error:
        raise OutputWriteError(target, error) from None
    finally:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()


@contextlib.contextmanager
def open_output(
    path: PathLike, *, force: bool = False, protect: Iterable[PathLike] = ()
) -> Iterator[BinaryIO]:
    """A binary file object whose content replaces `path` when the block ends without error."""
    with output_path(path, force=force, protect=protect) as partial, partial.open("r+b") as stream:
        yield stream
        stream.flush()


def write_output(
    path: PathLike, data: bytes, *, force: bool = False, protect: Iterable[PathLike] = ()
) -> Path:
    """Write `data` as the whole content of `path`; returns the absolute path written."""
    with open_output(path, force=force, protect=protect) as stream:
        stream.write(data)
    return Path(os.path.abspath(Path(path).expanduser()))


def _sync_file(partial: Path, target: Path) -> None:
    """On disk before it gets its name; readable like any file the user makes (not 0600)."""
    handle = os.open(partial, os.O_RDWR)
    try:
        try:
            mode = stat.S_IMODE(os.stat(target).st_mode)  # keep the replaced file's permissions
        except OSError:
            mode = 0o666 & ~_umask()
        with contextlib.suppress(OSError):
            os.fchmod(handle, mode)
        os.fsync(handle)
    finally:
        os.close(handle)


def _publish(partial: Path, target: Path, *, force: bool, protect: tuple, replace: bool) -> None:
    """Rename into place after one last check (the target may have appeared meanwhile)."""
    check_output(target, force=force, protect=protect, replace=replace)
    if replace:
        os.replace(partial, target)
    else:
        _rename_without_replacing(partial, target)
    sync_folder(target.parent)


def _rename_without_replacing(partial: Path, target: Path) -> None:
    """A hard link cannot replace anything; where links are not supported, rename after the
    check just made."""
    try:
        os.link(partial, target)
    except FileExistsError:
        raise OutputNameTakenError(target) from None
    except OSError:
        os.replace(partial, target)
        return
    partial.unlink()


def sync_folder(folder: Path) -> None:
    """Make a rename durable where the system allows opening a folder (not on Windows)."""
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def _umask() -> int:
    """The process umask, read without changing it (os.umask would race with other threads)."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    return 0o022
