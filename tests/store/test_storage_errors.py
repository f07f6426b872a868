"""One error path: every storage failure becomes one of the store's own error types, leaves the
file and the model as they were, and the store goes on working once the cause is gone."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3

import pytest

from ecanvas.outputs import OutputError
from ecanvas.store import (
    DamagedWorkspaceError,
    DiskFullError,
    LockLostError,
    ReadOnlyMediumError,
    StorageError,
    StorageIOError,
    create_workspace,
)
from ecanvas.store.failures import storage_error


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (sqlite3.OperationalError("database or disk is full"), DiskFullError),
        (sqlite3.OperationalError("disk I/O error"), StorageIOError),
        (sqlite3.OperationalError("attempt to write a readonly database"), ReadOnlyMediumError),
        (sqlite3.OperationalError("database is locked"), LockLostError),
        (sqlite3.DatabaseError("database disk image is malformed"), DamagedWorkspaceError),
        (OSError(errno.ENOSPC, "No space left on device"), DiskFullError),
        (OSError(errno.EDQUOT, "Disk quota exceeded"), DiskFullError),
        (OSError(errno.EROFS, "Read-only file system"), ReadOnlyMediumError),
        (OSError(errno.EIO, "Input/output error"), StorageIOError),
        (OSError(errno.ENOENT, "No such file"), LockLostError),
    ],
)
def test_low_level_failures_become_the_stores_error_types(error, expected, tmp_path):
    converted = storage_error(tmp_path / "w.ecanvas", error)
    assert type(converted) is expected
    assert str(converted).startswith(f"{tmp_path / 'w.ecanvas'}: ")
    assert "\n" not in str(converted)


def test_a_bug_is_not_mistaken_for_a_storage_failure(tmp_path):
    assert storage_error(tmp_path, sqlite3.OperationalError("no such column: x")) is None
    assert storage_error(tmp_path, KeyError("x")) is None


def test_storage_errors_are_backend_neutral():
    from ecanvas.store import ChangeNotSavedError, ServerUnavailableError

    assert issubclass(ChangeNotSavedError, StorageError)
    assert issubclass(ServerUnavailableError, StorageError)
    for kind in (DiskFullError, StorageIOError, ReadOnlyMediumError, LockLostError):
        assert "sqlite" not in kind.problem.lower()


def test_a_workspace_replaced_under_the_store_refuses_the_change(filled, tmp_path, on_disk):
    moved = tmp_path / "moved.ecanvas"
    os.rename(filled.path, moved)
    shutil.copy2(moved, filled.path)  # another program put a different file at the name
    before = filled.store.workspace.find_card(filled.a_cards[0]).text
    with pytest.raises(LockLostError, match="moved, replaced or removed") as caught:
        filled.store.update_card(filled.a_cards[0], text="不应写入")
    assert "the change was not saved" in str(caught.value)
    assert filled.store.last_failure is caught.value
    assert filled.store.workspace.find_card(filled.a_cards[0]).text == before
    for path in (moved, filled.path):
        assert on_disk(path).find_card(filled.a_cards[0]).text == before


def test_a_removed_workspace_refuses_the_change(filled):
    os.unlink(filled.path)
    with pytest.raises(LockLostError):
        filled.store.add_canvas("swot")


def test_an_edit_on_a_full_disk_is_refused_and_works_again_once_there_is_room(
    small_disk, on_disk, content
):
    path = small_disk.folder / "plan.ecanvas"
    with create_workspace(path, title="满") as store:
        canvas = store.add_canvas("swot")
        block = canvas.blocks[0].id
        kept = content(on_disk(path))
        small_disk.fill()
        changes = []
        store.subscribe(changes.append)
        with pytest.raises(DiskFullError, match="the disk is full") as caught:
            store.add_cards(canvas.id, [{"block_id": block, "text": "字" * 4000}
                                        for _ in range(50)])  # fmt: skip
        assert "the change was not saved" in str(caught.value)
        assert changes == [] and store.workspace.canvases[0].cards == []
        assert store.last_failure is caught.value
        assert content(on_disk(path)) == kept  # the file is as it was
        small_disk.free()
        store.add_card(canvas.id, block, "有空间了")
        assert store.last_failure is None
    assert [c.text for c in on_disk(path).canvases[0].cards] == ["有空间了"]


def test_new_workspace_and_copy_on_a_full_disk(small_disk, filled):
    small_disk.fill()
    with pytest.raises((StorageError, OutputError)) as caught:
        create_workspace(small_disk.folder / "new.ecanvas")
    assert "disk is full" in str(caught.value)
    with pytest.raises((StorageError, OutputError)):
        filled.store.save_copy(small_disk.folder / "copy.ecanvas")
    assert sorted(os.listdir(small_disk.folder)) == [".filler"]
