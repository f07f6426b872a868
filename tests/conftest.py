"""Shared test set-up: Qt without a display, no test ever touches the user's real files, and
temporary files live on a RAM-backed folder where there is one.

Most of a test's time would otherwise go to fsync: every workspace change is committed with a
full sync. Durability is what only a few tests check; they carry `@pytest.mark.durability` and
get their `tmp_path` on disk. `ECANVAS_TESTS_ON_DISK=1` puts every test back on disk.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))  # for pg_cluster


RAM_FOLDER = Path("/dev/shm")
# Where durability tests keep their files: the system's temporary folder, as the first process
# of the run found it (pytest-xdist's workers inherit the RAM folder as TMPDIR from it).
DISK_TEMP = os.environ.setdefault("ECANVAS_TESTS_DISK_TEMP", tempfile.gettempdir())


def pytest_configure(config) -> None:
    """Temporary folders on /dev/shm unless the run names its own --basetemp."""
    if config.option.basetemp or os.environ.get("ECANVAS_TESTS_ON_DISK"):
        return
    if RAM_FOLDER.is_dir() and os.access(RAM_FOLDER, os.W_OK | os.X_OK):
        root = Path(tempfile.mkdtemp(prefix="ecanvas-tests-", dir=RAM_FOLDER))
        config.option.basetemp = str(root / "pytest")
        # Scratch files made with `tempfile` (property tests, subprocesses) go there too.
        scratch = root / "tmp"
        scratch.mkdir()
        # Like /tmp: tests that drop privileges to another user make their files in there.
        root.chmod(0o755)
        scratch.chmod(0o1777)
        tempfile.tempdir = str(scratch)
        os.environ["TMPDIR"] = str(scratch)
        config.add_cleanup(lambda: shutil.rmtree(root, ignore_errors=True))


@pytest.fixture
def tmp_path(request, tmp_path_factory) -> Path:
    """A fresh folder per test: in RAM, or on disk for a test marked `durability`."""
    if request.node.get_closest_marker("durability") is None:
        name = re.sub(r"\W", "_", request.node.name)[:30]
        return tmp_path_factory.mktemp(name, numbered=True)
    folder = Path(tempfile.mkdtemp(prefix="ecanvas-durable-", dir=DISK_TEMP))
    request.addfinalizer(lambda: shutil.rmtree(folder, ignore_errors=True))
    return folder


@pytest.fixture(scope="session")
def pg_cluster():
    """A PostgreSQL server for the server tests (see tests/pg_cluster.py)."""
    from pg_cluster import start_cluster, stop_cluster

    cluster = start_cluster()
    yield cluster
    stop_cluster(cluster)


@pytest.fixture
def small_disk(tmp_path):
    """A 2 MB file system of its own (a tmpfs; see tests/small_disk.py), to fill up."""
    from small_disk import SmallDisk

    disk = SmallDisk.mount(tmp_path / "small-disk")
    yield disk
    disk.unmount()


@pytest.fixture
def server_url(pg_cluster) -> str:
    """The URL of a new, not yet created workspace on the test server."""
    return pg_cluster.workspace_url()


@pytest.fixture(autouse=True)
def isolated_user_files(tmp_path_factory, monkeypatch):
    """Point the data folder and the settings folders at a fresh temporary folder per test."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("ECANVAS_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "share"))
    qt_core = sys.modules.get("PySide6.QtCore")
    if qt_core is not None:
        # Qt reads the settings folder once per process, so redirect it explicitly too.
        settings = qt_core.QSettings
        for settings_format in (settings.Format.NativeFormat, settings.Format.IniFormat):
            settings.setPath(settings_format, settings.Scope.UserScope, str(home / "config"))
    return home


@pytest.fixture(autouse=True)
def empty_clipboard_after_test():
    """Tests put QMimeData made in Python on the clipboard; PySide6 crashes at exit if the
    clipboard still owns one (see ecanvas.ui.clipboard.release_clipboard)."""
    yield
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is not None and widgets.QApplication.instance() is not None:
        widgets.QApplication.clipboard().clear()
