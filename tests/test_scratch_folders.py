"""Tests keep scratch files in RAM where there is a RAM-backed folder, except durability tests,
which keep theirs on disk."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

RAM = Path("/dev/shm")
ON_DISK = bool(os.environ.get("ECANVAS_TESTS_ON_DISK"))


def _on_ram(path: Path) -> bool:
    return path.resolve().is_relative_to(RAM.resolve())


@pytest.mark.skipif(not RAM.is_dir() or ON_DISK, reason="no RAM-backed folder here")
def test_tmp_path_and_tempfile_are_in_ram(tmp_path):
    assert _on_ram(tmp_path)
    assert _on_ram(Path(tempfile.mkdtemp()))


@pytest.mark.durability
def test_a_durability_test_keeps_its_files_on_disk(tmp_path):
    assert not _on_ram(tmp_path)
    assert tmp_path.is_dir() and not any(tmp_path.iterdir())
