"""The safe output writer: what it refuses, what it replaces only when asked, and how it writes."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import socket
import sqlite3
import stat

import pytest

from ecanvas import outputs
from ecanvas.outputs import (
    OutputExistsError,
    OutputFolderMissingError,
    OutputIsFolderError,
    OutputIsOpenWorkspaceError,
    OutputIsSpecialFileError,
    OutputIsWorkspaceError,
    OutputNameTakenError,
    OutputWriteError,
    check_output,
    open_output,
    output_path,
    write_output,
)
from ecanvas.store import create_workspace


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def workspace(tmp_path):
    path = tmp_path / "plan.ecanvas"
    create_workspace(path, title="Plan").close()
    return path


def test_a_new_file_is_written_whole_with_ordinary_permissions(tmp_path):
    target = tmp_path / "out.json"
    assert write_output(target, b"{}\n") == target
    assert target.read_bytes() == b"{}\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~outputs._umask()
    assert os.listdir(tmp_path) == ["out.json"]


@pytest.mark.parametrize("name", ["plan.pdf", "plan.json", "notes.txt", "plan.ecanvas"])
def test_a_workspace_is_refused_whatever_its_name(workspace, tmp_path, name):
    disguised = tmp_path / name
    if disguised != workspace:
        shutil.copy2(workspace, disguised)
    before = digest(disguised)
    with pytest.raises(OutputIsWorkspaceError, match="ecanvas workspace"):
        write_output(disguised, b"%PDF", force=True)
    assert digest(disguised) == before


def test_the_open_workspace_is_refused_through_any_link(workspace, tmp_path):
    hard = tmp_path / "hard.pdf"
    os.link(workspace, hard)
    soft = tmp_path / "soft.pdf"
    soft.symlink_to(workspace)
    before = digest(workspace)
    for name in (workspace, hard, soft):
        with pytest.raises(OutputIsOpenWorkspaceError, match="open workspace"):
            write_output(name, b"x", force=True, protect=(workspace,))
    assert digest(workspace) == before


def test_a_journal_of_a_workspace_is_refused(tmp_path):
    journal = tmp_path / "plan.ecanvas-journal"
    journal.write_bytes(outputs.JOURNAL_MAGIC + b"\0" * 504)
    with pytest.raises(OutputIsWorkspaceError):
        write_output(journal, b"x", force=True)


def test_a_folder_a_device_a_fifo_and_a_socket_are_refused(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(OutputIsFolderError, match="folder"):
        write_output(tmp_path, b"x", force=True)
    for special in (fifo, "/dev/null"):
        with pytest.raises(OutputIsSpecialFileError, match="device or a pipe"):
            write_output(special, b"x", force=True)
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(tmp_path / "sock"))
        with pytest.raises(OutputIsSpecialFileError):
            check_output(tmp_path / "sock", force=True)
    finally:
        server.close()


def test_an_existing_file_is_replaced_only_when_forced(tmp_path):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    target.chmod(0o640)
    with pytest.raises(OutputExistsError, match="--force"):
        write_output(target, b"new")
    assert target.read_bytes() == b"old"
    write_output(target, b"new", force=True)
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # the replaced file's permissions


def test_a_new_workspace_never_replaces_anything(tmp_path):
    target = tmp_path / "new.ecanvas"
    target.write_bytes(b"something")
    with pytest.raises(OutputNameTakenError, match="choose another name"):
        check_output(target, force=True, replace=False)
    dangling = tmp_path / "dangling.ecanvas"
    dangling.symlink_to(tmp_path / "nowhere")
    with pytest.raises(OutputNameTakenError), output_path(dangling, replace=False) as partial:
        partial.write_bytes(b"data")
    assert not (tmp_path / "nowhere").exists()


def test_a_missing_folder_is_named(tmp_path):
    with pytest.raises(OutputFolderMissingError, match="does not exist"):
        write_output(tmp_path / "absent" / "r.pdf", b"x")
    (tmp_path / "file").write_text("x")
    with pytest.raises(OutputFolderMissingError):
        write_output(tmp_path / "file" / "r.pdf", b"x")


def test_the_temporary_file_is_exclusive_unpredictable_and_never_follows_a_link(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    # Plant links at every name an older version would have used.
    for name in (".out.pdf.partial", "out.pdf.partial", f".out.pdf.{os.getpid()}.partial"):
        (tmp_path / name).symlink_to(victim)
    names = set()
    for _ in range(3):
        with output_path(tmp_path / "out.pdf", force=True) as partial:
            assert partial.parent == tmp_path and not partial.is_symlink()
            assert partial.stat().st_size == 0
            names.add(partial.name)
            partial.write_bytes(b"%PDF")
    assert len(names) == 3
    assert victim.read_text() == "precious"
    assert (tmp_path / "out.pdf").read_bytes() == b"%PDF"


def test_a_failure_leaves_the_previous_file_and_no_temporary_file(tmp_path):
    target = tmp_path / "out.json"
    target.write_bytes(b"previous")
    with pytest.raises(RuntimeError), open_output(target, force=True) as stream:
        stream.write(b"half")
        raise RuntimeError("stop")
    assert target.read_bytes() == b"previous"
    assert os.listdir(tmp_path) == ["out.json"]


def test_a_workspace_that_appears_while_writing_is_not_replaced(workspace, tmp_path):
    target = tmp_path / "late.pdf"
    with pytest.raises(OutputIsWorkspaceError), output_path(target) as partial:
        partial.write_bytes(b"%PDF")
        shutil.copy2(workspace, target)
    assert sqlite3.connect(target).execute("PRAGMA application_id").fetchone()[0] != 0


def test_a_write_error_becomes_one_typed_error(tmp_path, monkeypatch):
    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(outputs.os, "fsync", full)
    with pytest.raises(OutputWriteError, match="the disk is full") as caught:
        write_output(tmp_path / "out.pdf", b"x")
    assert caught.value.errno == errno.ENOSPC
    assert os.listdir(tmp_path) == []
