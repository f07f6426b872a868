"""The real program on a real X server: it starts, paints its main window, and quits with Ctrl+Q.

Runs ``python -m ecanvas`` as a separate process on a private Xvfb display, with its own data
folder, settings and home, so nothing of the user's is touched.
"""

from __future__ import annotations

import contextlib
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from xvfb_helpers import (
    START_DEADLINE_S,
    app_environment,
    wait_until_painted,
    xdotool,
    xvfb_display,
)

pytestmark = pytest.mark.xvfb


@pytest.fixture
def x_display():
    """A private Xvfb server (the test is skipped without Xvfb and xdotool)."""
    with xvfb_display() as display:
        yield display


def wait_for_backup(folder: Path) -> None:
    """After the first paint the app keeps a verified copy of the workspace it opened."""
    deadline = time.monotonic() + 60
    while not list(folder.glob("*/default-*.ecanvas")):
        assert time.monotonic() < deadline, f"no backup appeared in {folder}"
        time.sleep(0.1)


@contextlib.contextmanager
def running_program(x_display: str, tmp_path: Path) -> Iterator[subprocess.Popen]:
    """`python -m ecanvas` on the private display, yielded once its window is painted."""
    app = subprocess.Popen(
        [sys.executable, "-m", "ecanvas"],
        env=app_environment(x_display, tmp_path),
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        wait_until_painted(app, tmp_path / "ready")
        yield app
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()


def test_the_program_shows_its_window_and_quits_cleanly(x_display, tmp_path):
    from PIL import ImageGrab

    with running_program(x_display, tmp_path) as app:
        window = xdotool(x_display, "search", "--sync", "--onlyvisible", "--name", "ecanvas")
        window = window.splitlines()[0]
        assert "default.ecanvas" in xdotool(x_display, "getwindowname", window)
        shot = ImageGrab.grab(xdisplay=x_display)
        shot.save(tmp_path / "window.png")
        colours = shot.convert("RGB").getcolors(maxcolors=1 << 20)
        assert colours is not None and len(colours) > 50, "the screen is blank"
        assert (tmp_path / "data" / "default.ecanvas").exists()
        wait_for_backup(tmp_path / "data" / "backups")
        xdotool(x_display, "windowfocus", "--sync", window)
        xdotool(x_display, "key", "--clearmodifiers", "ctrl+q")
        assert app.wait(timeout=60) == 0
    assert not (tmp_path / "data" / "default.ecanvas.lock").exists()


def test_sigterm_closes_the_program_cleanly_and_releases_the_lock(x_display, tmp_path):
    """A logout or `kill` ends the app like Quit: exit status 0 and no lock left behind."""
    with running_program(x_display, tmp_path) as app:
        assert (tmp_path / "data" / "default.ecanvas.lock").exists()
        app.send_signal(signal.SIGTERM)
        assert app.wait(timeout=60) == 0
    assert not (tmp_path / "data" / "default.ecanvas.lock").exists()


def test_sigterm_while_starting_ends_cleanly_and_releases_the_lock(x_display, tmp_path):
    """A logout while the app is still starting (the workspace open, the window not yet
    painted): exit status 0, no lock left behind, and no backup or question started after it."""
    app = subprocess.Popen([sys.executable, "-m", "ecanvas"],
                           env=app_environment(x_display, tmp_path), text=True,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT)  # fmt: skip
    lock = tmp_path / "data" / "default.ecanvas.lock"
    try:
        deadline = time.monotonic() + START_DEADLINE_S
        while not lock.exists():
            assert app.poll() is None, app.stdout.read()
            assert time.monotonic() < deadline, "the app never opened its workspace"
            time.sleep(0.01)
        app.send_signal(signal.SIGTERM)
        output, _ = app.communicate(timeout=60)
        assert app.returncode == 0, output
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert not lock.exists()
    assert (tmp_path / "data" / "default.ecanvas").exists()
