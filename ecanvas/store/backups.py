"""Automatic rotating backups of a workspace, one folder per workspace in the user data folder.

Each backup is written with SQLite's backup API and verified before it is kept (via
`WorkspaceStore.save_copy`), so it is a consistent, openable workspace even while the app runs.
A failed backup is logged and never stops the user's work.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import re
import sqlite3
from datetime import datetime
from pathlib import Path

from ecanvas.store.defaults import data_dir
from ecanvas.store.errors import WorkspaceError
from ecanvas.store.workspace import WorkspaceStore

log = logging.getLogger(__name__)

STAMP_FORMAT = "%Y%m%d-%H%M%S"
SUFFIX = ".ecanvas"
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


def list_backups(workspace_path: Path) -> list[Path]:
    """The workspace's backups, newest first (the time stamp in the name orders them)."""
    folder = backup_folder_for(workspace_path)
    if not folder.is_dir():
        return []
    pattern = re.compile(re.escape(Path(workspace_path).stem) + r"-\d{8}-\d{6}" + re.escape(SUFFIX))
    found = [path for path in folder.iterdir() if pattern.fullmatch(path.name)]
    return sorted(found, reverse=True)  # one stem per folder, so by name is by time


def make_backup(
    store: WorkspaceStore, *, keep: int = 10, now: datetime | None = None
) -> Path | None:
    """Back the open workspace up and drop the oldest backups beyond `keep`.

    Returns the new backup, or None when the newest backup already holds the same content (so
    starting the app again and again adds no duplicates) or when the backup could not be made.
    Read-only workspaces are backed up too: a copy only reads the file.
    """
    if keep < 1:
        raise ValueError("keep at least one backup")
    if store.closed:
        raise RuntimeError(f"{store.path}: the workspace is closed")
    try:
        if backups_dir().resolve() in store.path.resolve().parents:
            return None  # an opened backup: copying it again would only pile up copies
        folder = backup_folder_for(store.path)
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        log.warning("%s: no backup, the backup folder is not usable: %s", store.path, error)
        return None
    stamp = (now or datetime.now()).strftime(STAMP_FORMAT)
    target = folder / f"{store.path.stem}-{stamp}{SUFFIX}"
    try:
        newest = next(iter(list_backups(store.path)), None)
        written = newest is None or not _same_content(store, newest)
        if written:
            store.save_copy(target)
            log.info("%s: backed up to %s", store.path, target)
        _prune(store.path, keep)
    except (OSError, sqlite3.Error, WorkspaceError) as error:
        log.warning("%s: backup failed: %s", store.path, error)
        # save_copy removes a copy that fails verification, but not one whose writing failed.
        with contextlib.suppress(OSError):
            target.with_name(target.name + ".partial").unlink(missing_ok=True)
        return None
    return target if written else None


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


def _prune(workspace_path: Path, keep: int) -> None:
    for old in list_backups(workspace_path)[keep:]:
        try:
            old.unlink()
        except OSError as error:
            log.warning("%s: could not remove old backup: %s", old, error)
