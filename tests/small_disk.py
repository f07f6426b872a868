"""A small, fillable file system for disk-full tests (a uniquely named helper module).

On a machine where the tests may mount (root, as in CI) a small tmpfs is mounted in a temporary
folder; `fill()` takes all its free space, `free()` gives it back. Where mounting is not
allowed, `SmallDisk.mount` skips the test with the reason; commands can still be tested for a
full disk in a child process with a file-size limit (`limited_run`), which makes every write
past the limit fail as a full disk does (EFBIG instead of ENOSPC).
"""

from __future__ import annotations

import contextlib
import errno
import os
import resource
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest


class SmallDisk:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.filler = folder / ".filler"

    @classmethod
    def mount(cls, folder: Path, size_kb: int = 2048) -> SmallDisk:
        folder.mkdir(parents=True, exist_ok=True)
        if shutil.which("mount") is None or os.geteuid() != 0:
            pytest.skip("a small tmpfs needs root (mount); see limited_run for the fallback")
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0777", "tmpfs", str(folder)],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            pytest.skip(f"cannot mount a small tmpfs here: {done.stderr.strip()}")
        return cls(folder)

    def unmount(self) -> None:
        subprocess.run(["umount", "-l", str(self.folder)], capture_output=True)

    def fill(self) -> None:
        """Take every free byte (the file system then refuses any write that needs space)."""
        handle = os.open(self.filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        try:
            for size in (65536, 4096, 512, 1):
                with contextlib.suppress(OSError):
                    while True:
                        os.write(handle, b"\0" * size)
        finally:
            os.close(handle)
        probe = os.open(self.folder / ".probe", os.O_WRONLY | os.O_CREAT)
        try:
            with pytest.raises(OSError) as full:
                os.write(probe, b"x" * 4096)
            assert full.value.errno == errno.ENOSPC
        finally:
            os.close(probe)
            os.unlink(self.folder / ".probe")

    def free(self) -> None:
        self.filler.unlink(missing_ok=True)


def limited_run(args: list[str], limit_bytes: int, **kwargs) -> subprocess.CompletedProcess:
    """Run `python -m ecanvas ARGS` where no file may grow past `limit_bytes`."""

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    return subprocess.run(
        [sys.executable, "-m", "ecanvas", *args],
        capture_output=True, text=True, preexec_fn=limit, timeout=120, **kwargs,
    )  # fmt: skip
