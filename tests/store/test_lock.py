"""One writer per workspace: a second ecanvas gets a clear refusal and a read-only view.

The second instance is a real second process; the lock is the operating system's, so it also
disappears when its holder is killed.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import textwrap

import pytest

from ecanvas.store import WorkspaceLockedError, open_workspace
from ecanvas.store.fileguard import lock_path, read_holder

SECOND_INSTANCE = """
import json, sys
from ecanvas.store import WorkspaceLockedError, open_workspace
path = sys.argv[1]
result = {}
try:
    with open_workspace(path) as writer:
        canvas = writer.workspace.canvases[0]
        writer.add_card(canvas.id, canvas.blocks[0].id, "第二个进程写的")
        result["write"] = "written"
except WorkspaceLockedError as error:
    result["write"] = str(error)
with open_workspace(path, read_only=True) as reader:
    result["read_only"] = reader.read_only
    result["texts"] = sorted(card.text for card in reader.workspace.canvases[0].cards)
print(json.dumps(result))
"""

HOLDER = """
import sys
from ecanvas.store import open_workspace
store = open_workspace(sys.argv[1])
print("ready", flush=True)
sys.stdin.readline()
"""


@pytest.fixture
def second_instance(run_python):
    def run(path) -> dict:
        finished = run_python(textwrap.dedent(SECOND_INSTANCE), str(path))
        assert finished.returncode == 0, finished.stderr
        return json.loads(finished.stdout)

    return run


@pytest.fixture
def holder(filled):
    """Another process that holds the filled workspace open for writing until killed."""
    filled.store.close()
    process = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(HOLDER), str(filled.path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout.readline() == "ready\n"
    yield process
    process.kill()
    process.wait()


def _texts(filled) -> list[str]:
    return sorted(card.text for card in filled.store.workspace.canvases[0].cards)


def test_second_process_is_refused_clearly_and_can_read(filled, second_instance, sha256):
    digest, texts = sha256(filled.path), _texts(filled)

    result = second_instance(filled.path)

    assert result["write"].startswith(
        f"{filled.path}: the workspace is already open in another ecanvas window (process "
    )
    assert f" on {socket.gethostname()}, since " in result["write"]
    assert result["read_only"] is True
    assert result["texts"] == texts
    assert sha256(filled.path) == digest
    assert lock_path(filled.path).exists()  # the refused instance left the holder's lock alone
    filled.store.update_card(filled.a_cards[0], text="仍可写")  # and the holder still writes


def test_lock_is_free_again_after_close(filled, second_instance, on_disk):
    filled.store.close()
    assert not lock_path(filled.path).exists()

    result = second_instance(filled.path)

    assert result["write"] == "written"
    assert "第二个进程写的" in result["texts"]
    assert "第二个进程写的" in [c.text for c in on_disk(filled.path).canvases[0].cards]


@pytest.mark.durability
def test_lock_is_free_again_after_the_holder_is_killed(filled, holder, on_disk):
    with pytest.raises(WorkspaceLockedError, match="already open"):
        open_workspace(filled.path)

    holder.send_signal(signal.SIGKILL)
    holder.wait()

    assert lock_path(filled.path).exists()  # a stale lock file stays, but holds nothing
    with open_workspace(filled.path) as store:
        canvas = store.workspace.canvases[0]
        store.add_card(canvas.id, canvas.blocks[0].id, "接手")
    assert not lock_path(filled.path).exists()
    assert "接手" in [c.text for c in on_disk(filled.path).canvases[0].cards]


def test_holder_in_another_process_refuses_this_one_untouched(filled, holder, sha256):
    digest = sha256(filled.path)
    with pytest.raises(WorkspaceLockedError) as caught:
        open_workspace(filled.path)
    assert str(caught.value).startswith(f"{filled.path}: ")
    with open_workspace(filled.path, read_only=True) as reader:
        assert reader.read_only
        assert reader.workspace.card_count == len(filled.a_cards) + len(filled.b_cards)
    assert sha256(filled.path) == digest


def test_second_open_in_the_same_process_is_refused(filled):
    with pytest.raises(WorkspaceLockedError, match="already open"):
        open_workspace(filled.path)


def test_read_only_open_takes_no_lock(filled, files_beside):
    filled.store.close()
    with open_workspace(filled.path, read_only=True):
        assert files_beside(filled.path) == [filled.path.name]
        with open_workspace(filled.path) as writer:
            assert not writer.read_only


# ---------------------------------------------------------------- the lock follows the file
def test_a_link_to_an_open_workspace_gets_already_open(filled, tmp_path, sha256):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    soft = elsewhere / "soft.ecanvas"
    soft.symlink_to(filled.path)
    hard = elsewhere / "hard.ecanvas"
    os.link(filled.path, hard)
    digest = sha256(filled.path)
    for name in (soft, hard):
        with pytest.raises(WorkspaceLockedError, match="already open"):
            open_workspace(name)
    assert sha256(filled.path) == digest
    filled.store.update_card(filled.a_cards[0], text="仍然只有一个写入者")


def test_a_link_to_a_workspace_open_in_another_process_gets_already_open(filled, holder, tmp_path):
    hard = tmp_path / "hard.ecanvas"
    os.link(filled.path, hard)
    with pytest.raises(WorkspaceLockedError) as caught:
        open_workspace(hard)
    assert caught.value.holder is None or caught.value.holder.pid == holder.pid


def test_a_leftover_lock_file_of_another_dead_holder_is_replaced(filled, on_disk):
    filled.store.close()
    lock_path(filled.path).write_text(
        json.dumps({"pid": 999_999_999, "user": "someone", "host": "gone", "since": "2020"})
    )
    os.chmod(lock_path(filled.path), 0o444)
    with open_workspace(filled.path) as store:
        assert not store.read_only
        holder = read_holder(filled.path)
        assert (holder.pid, holder.host) == (os.getpid(), socket.gethostname())
        store.update_card(filled.a_cards[0], text="接手旧锁")
    assert not lock_path(filled.path).exists()


ENDED_HOLDER = """
import fcntl, os, subprocess, sys
from ecanvas.store import open_workspace
store = open_workspace(sys.argv[1])
handle = store._lock._handle
child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"],
                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, pass_fds=(handle,))
print(child.pid, flush=True)
os._exit(0)  # the holder ends; the program it started keeps the locked file open
"""


def test_a_lock_kept_by_a_program_the_ended_holder_started_is_explained(filled, run_python):
    filled.store.close()
    finished = run_python(textwrap.dedent(ENDED_HOLDER), str(filled.path))
    child = int(finished.stdout.split()[0])
    try:
        with pytest.raises(WorkspaceLockedError) as caught:
            open_workspace(filled.path)
        message = str(caught.value)
        assert "that process has ended, but a program it started still has the file open" in message
        assert "close that program" in message and "read-only" in message
        with open_workspace(filled.path, read_only=True) as reader:
            assert reader.read_only
    finally:
        os.kill(child, signal.SIGKILL)
