"""Automatic rotating backups of a workspace, one folder per workspace in the user data folder.

The app backs a workspace up when it is opened, every few minutes while it changes, and when it
is closed. Each backup is written with SQLite's backup API and verified before it is kept (via
`WorkspaceStore.save_copy`), so it is a consistent, openable workspace even while the app runs.
The rotation keeps the newest ten, one a day for a week and one a week for a month. A failed
backup never stops the user's work: `back_up` raises BackupError for the app to show, and
`make_backup` logs it. `restore_backup` makes a new workspace from one.
"""

from __future__ import annotations

import hashlib
import logging
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from ecanvas.model.refusals import RuleError
from ecanvas.outputs import OutputError, os_reason
from ecanvas.store.defaults import data_dir
from ecanvas.store.errors import WorkspaceError
from ecanvas.store.fileguard import check_workspace_file
from ecanvas.store.workspace import WorkspaceStore

log = logging.getLogger(__name__)

STAMP_FORMAT = "%Y%m%d-%H%M%S"
SUFFIX = ".ecanvas"
KEEP_RECENT = 10  # the newest backups, whatever their age
DAYS = 7  # then one a day for a week
MONTH = 31  # then one a week for a month
# Header fields SQLite rewrites in every copy it makes: change counter, schema cookie and
# version-valid-for number. Everything else in a faithful copy is the same byte for byte.
_SAME_SPANS = ((0, 24), (28, 40), (44, 92), (96, None))


def backups_dir() -> Path:
    return data_dir() / "backups"


def backup_folder_for(workspace_path: Path) -> Path:
    """The backup folder of one workspace; the hash of its full path keeps two files of the same
    name in different folders apart."""
    resolved = str(Path(workspace_path).resolve())
    digest = hashlib.sha256(resolved.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return backups_dir() / f"{Path(workspace_path).stem}-{digest}"


class BackupError(Exception):
    """A backup that could not be made; the workspace itself is untouched and still usable."""

    def __init__(
        self,
        workspace_path: Path,
        reason: str,
        *,
        folder: Path,
        errno: int | None = None,
        cause: BaseException | None = None,
    ) -> None:
        super().__init__(f"{workspace_path}: no backup was made ({reason})")
        self.workspace_path = Path(workspace_path)
        self.reason = reason
        self.folder = folder  # where the backups go
        self.errno = errno  # the operating system's error number, when it said one
        self.cause = cause  # the failure itself (the app words it in its language)


_NAME = re.compile(r"-(\d{8}-\d{6})(?:-(\d+))?" + re.escape(SUFFIX) + "$")


def backup_time(backup: Path) -> datetime | None:
    """When a backup was made, from its name (local time)."""
    match = _NAME.search(backup.name)
    if match is None:
        return None
    try:
        return datetime.strptime(match.group(1), STAMP_FORMAT)
    except ValueError:
        return None


def _order(backup: Path) -> tuple[str, int]:
    match = _NAME.search(backup.name)
    return (match.group(1), int(match.group(2) or 1)) if match else ("", 0)


def list_backups(workspace_path: Path) -> list[Path]:
    """The workspace's backups, newest first (the time stamp in the name orders them)."""
    stem = Path(workspace_path).stem
    pattern = re.compile(re.escape(stem) + r"-\d{8}-\d{6}(?:-\d+)?" + re.escape(SUFFIX))
    try:
        found = [
            path for path in backup_folder_for(workspace_path).iterdir()
            if pattern.fullmatch(path.name) and backup_time(path) is not None
        ]  # fmt: skip
    except OSError:
        return []
    return sorted(found, key=_order, reverse=True)


def make_backup(
    store: WorkspaceStore, *, keep: int = KEEP_RECENT, now: datetime | None = None
) -> Path | None:
    """Back the open workspace up (see `back_up`); a failure is logged and gives None."""
    try:
        return back_up(store, keep=keep, now=now)
    except BackupError as error:
        log.warning("%s", error)
        return None


def back_up(
    store: WorkspaceStore, *, keep: int = KEEP_RECENT, now: datetime | None = None
) -> Path | None:
    """Back the open workspace up, verify the copy, and thin out older backups.

    Returns the new backup, or None when there is nothing new to keep (the newest backup
    already holds the same content, or the workspace is itself a backup). Raises BackupError
    when the backup could not be made (the app shows that in its status bar). Read-only
    workspaces are backed up too: a copy only reads the file.
    """
    if keep < 1:
        raise RuleError("keep-backup")
    if store.closed:
        raise RuntimeError(f"{store.path}: the workspace is closed")
    now = now or datetime.now()
    try:
        if backups_dir().resolve() in store.path.resolve().parents:
            return None  # an opened backup: copying it again would only pile up copies
        folder = backup_folder_for(store.path)
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        reason = f"the backup folder is not usable: {os_reason(error)}"
        raise BackupError(store.path, reason, folder=backups_dir(), errno=error.errno) from None
    try:
        newest = next(iter(list_backups(store.path)), None)
        if newest is not None and _same_content(store, newest):
            thin_out(store.path, now=now, keep=keep)
            return None
        target = _free_name(folder, store.path.stem, now)
        store.save_copy(target, replace=False)
        log.info("%s: backed up to %s", store.path, target)
        thin_out(store.path, now=now, keep=keep)
    except (OSError, sqlite3.Error, WorkspaceError, OutputError) as error:
        reason = os_reason(error) if isinstance(error, OSError) else _reason(error)
        raise BackupError(
            store.path, reason, folder=folder, errno=_errno(error), cause=error
        ) from None
    return target


def _errno(error: BaseException) -> int | None:
    """The errno behind a failure, also for the store's disk errors."""
    import errno

    from ecanvas.store.errors import DiskFullError, ReadOnlyMediumError, StorageIOError

    for kind, number in ((DiskFullError, errno.ENOSPC), (ReadOnlyMediumError, errno.EROFS),
                         (StorageIOError, errno.EIO)):  # fmt: skip
        if isinstance(error, kind):
            return number
    return getattr(error, "errno", None)


def _reason(error: BaseException) -> str:
    text = str(error)
    return text.split(": ", 1)[1] if ": " in text else text


def _free_name(folder: Path, stem: str, now: datetime) -> Path:
    stamp = now.strftime(STAMP_FORMAT)
    target = folder / f"{stem}-{stamp}{SUFFIX}"
    number = 2
    while target.exists():
        target = folder / f"{stem}-{stamp}-{number}{SUFFIX}"
        number += 1
    return target


def backups_to_keep(backups: list[Path], now: datetime, keep: int = KEEP_RECENT) -> set[Path]:
    """The rotation: the newest `keep`, then the newest of each of the last 7 days, then the
    newest of each week of the last month; everything older or in between goes."""
    kept = set(backups[:keep])
    days: set[object] = set()
    weeks: set[object] = set()
    for backup in backups:  # newest first
        made = backup_time(backup)
        if made is None:
            continue
        age = now - made
        if age <= timedelta(days=DAYS) and made.date() not in days:
            days.add(made.date())
            kept.add(backup)
        if age <= timedelta(days=MONTH) and made.isocalendar()[:2] not in weeks:
            weeks.add(made.isocalendar()[:2])
            kept.add(backup)
    return kept


def thin_out(workspace_path: Path, *, now: datetime | None = None, keep: int = KEEP_RECENT) -> None:
    """Remove the backups the rotation does not keep."""
    backups = list_backups(workspace_path)
    kept = backups_to_keep(backups, now or datetime.now(), keep)
    for old in backups:
        if old not in kept:
            try:
                old.unlink()
            except OSError as error:
                log.warning("%s: could not remove old backup: %s", old, error)


@dataclass(frozen=True)
class BackupInfo:
    """One backup as the restore dialog and `ecanvas backups` show it."""

    path: Path
    made: datetime | None
    canvases: int | None  # None: the backup cannot be read
    cards: int | None
    size: int

    def as_json(self) -> dict:
        return {
            "path": str(self.path),
            "time": self.made.isoformat(timespec="seconds") if self.made else None,
            "canvases": self.canvases,
            "cards": self.cards,
            "bytes": self.size,
            "readable": self.canvases is not None,
        }


def describe_backups(workspace_path: Path) -> list[BackupInfo]:
    """The workspace's backups, newest first, with what each holds."""
    return [describe_backup(path) for path in list_backups(workspace_path)]


def describe_backup(path: Path) -> BackupInfo:
    canvases = cards = None
    size = 0
    try:
        size = path.stat().st_size
        check_workspace_file(path)
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            canvases = connection.execute("SELECT count(*) FROM canvas").fetchone()[0]
            cards = connection.execute("SELECT count(*) FROM card").fetchone()[0]
        finally:
            connection.close()
    except (OSError, sqlite3.Error, WorkspaceError):
        canvases = cards = None
    return BackupInfo(path, backup_time(path), canvases, cards, size)


def restore_backup(backup: Path, target: Path) -> Path:
    """A new workspace at `target` holding the backup (checked, copied, verified; never over an
    existing file). The backup itself is only read."""
    from ecanvas.store.workspace import open_workspace

    with open_workspace(backup, read_only=True) as store:
        return store.save_copy(Path(target), replace=False)


def _same_content(store: WorkspaceStore, backup: Path) -> bool:
    """Whether the backup holds exactly what the workspace holds now.

    The size is compared first from the file system; only when it matches is a snapshot taken
    through SQLite (consistent even if another process writes) and compared page for page.
    Reading the live file directly is avoided: closing a second descriptor on it would drop the
    POSIX locks SQLite holds in this process.
    """
    if store.path.stat().st_size != backup.stat().st_size:
        return False
    memory = sqlite3.connect(":memory:")
    try:
        store._raw.backup(memory)
        snapshot = memoryview(memory.serialize())
    finally:
        memory.close()
    copy = memoryview(backup.read_bytes())
    if len(snapshot) != len(copy):
        return False
    return all(snapshot[a:b] == copy[a:b] for a, b in _SAME_SPANS)
