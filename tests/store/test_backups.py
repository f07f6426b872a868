"""Automatic backups: real, verified workspaces, rotated, without duplicates, and never a reason
for the user's work to fail."""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from ecanvas.store import DamagedWorkspaceError, create_workspace, open_workspace
from ecanvas.store.backups import backup_folder_for, backups_dir, list_backups, make_backup

T0 = datetime(2025, 1, 2, 3, 4, 5)


def later(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


def test_backup_is_a_workspace_with_the_same_content(filled, on_disk, content):
    backup = make_backup(filled.store, now=T0)
    assert backup == backup_folder_for(filled.path) / f"{filled.path.stem}-20250102-030405.ecanvas"
    assert backups_dir() in backup.parents
    assert content(on_disk(backup)) == content(filled.store.workspace)
    assert content(on_disk(backup)) == content(on_disk(filled.path))


def test_read_only_workspace_is_backed_up_too(filled, on_disk, content):
    filled.store.close()
    with open_workspace(filled.path, read_only=True) as reader:
        backup = make_backup(reader, now=T0)
        assert content(on_disk(backup)) == content(reader.workspace)


def test_rotation_keeps_only_the_newest(store):
    made = []
    for minute in range(5):
        store.set_properties(title=f"版本 {minute}")
        made.append(make_backup(store, keep=3, now=later(minute)))
    assert list_backups(store.path) == made[:1:-1]
    assert not any(path.exists() for path in made[:2])


def test_unchanged_workspace_gets_no_new_backup_and_a_change_does(store, workspace_path):
    first = make_backup(store, now=T0)
    assert make_backup(store, now=later(1)) is None
    store.close()
    with open_workspace(workspace_path) as reopened:  # as at every start of the app
        assert make_backup(reopened, now=later(2)) is None
        reopened.add_canvas("swot")
        second = make_backup(reopened, now=later(3))
    assert second is not None
    assert list_backups(workspace_path) == [second, first]


def test_unusable_backup_folder_returns_none_and_leaves_the_workspace_alone(
    store, workspace_path, sha256, on_disk, content, caplog
):
    backups_dir().write_text("a file where the backup folder should be")
    before = sha256(workspace_path)
    with caplog.at_level(logging.WARNING, logger="ecanvas.store.backups"):
        assert make_backup(store, now=T0) is None
    assert sha256(workspace_path) == before
    assert str(workspace_path) in caplog.text
    assert list_backups(workspace_path) == []
    store.add_canvas("swot")  # the workspace goes on working
    assert [c.template_key for c in on_disk(workspace_path).canvases] == ["swot"]


def test_same_file_name_in_different_folders_gets_separate_backups(tmp_path, on_disk):
    paths = []
    for folder in ("甲", "乙"):
        (tmp_path / folder).mkdir()
        path = tmp_path / folder / "plan.ecanvas"
        with create_workspace(path, title=folder) as store:
            make_backup(store, now=T0)
        paths.append(path)
    assert backup_folder_for(paths[0]) != backup_folder_for(paths[1])
    for path, title in zip(paths, ("甲", "乙"), strict=True):
        [backup] = list_backups(path)
        assert on_disk(backup).title == title


def test_copy_that_fails_verification_is_not_kept(store, monkeypatch):
    def refuse(path, **_):
        raise DamagedWorkspaceError(path, "verification failed on purpose")

    monkeypatch.setattr("ecanvas.store.workspace.check_workspace_file", refuse)
    assert make_backup(store, now=T0) is None
    assert os.listdir(backup_folder_for(store.path)) == []


class FailingCopy:
    """The workspace connection, except that the backup API breaks off half way."""

    def __init__(self, raw: sqlite3.Connection) -> None:
        self.raw = raw

    def backup(self, target: sqlite3.Connection, **_) -> None:
        target.execute("CREATE TABLE half_written (x)")
        raise sqlite3.OperationalError("disk I/O error")

    def __getattr__(self, name: str):
        return getattr(self.raw, name)


def test_copy_that_breaks_off_while_writing_leaves_nothing(store, monkeypatch):
    with monkeypatch.context() as patch:  # undo only this; the data folder stays redirected
        patch.setattr(store, "_raw", FailingCopy(store._raw))
        assert make_backup(store, now=T0) is None
    assert os.listdir(backup_folder_for(store.path)) == []


def test_opened_backup_is_not_backed_up_again(store):
    backup = make_backup(store, now=T0)
    with open_workspace(backup, read_only=True) as reader:
        assert make_backup(reader, now=later(1)) is None
    assert [p.name for p in backups_dir().iterdir()] == [backup.parent.name]


def test_keep_must_be_positive(store):
    with pytest.raises(ValueError):
        make_backup(store, keep=0)
    assert not backup_folder_for(Path(store.path)).exists()
