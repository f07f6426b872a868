"""The real program on a real X server: it starts, paints its main window, and quits with Ctrl+Q.

Runs ``python -m ecanvas`` as a separate process on a private Xvfb display, with its own data
folder, settings and home, so nothing of the user's is touched.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.xvfb

START_DEADLINE_S = 90.0  # generous: a slow CI machine may take long to start Qt the first time


@pytest.fixture
def x_display():
    """A private Xvfb server; Xvfb picks a free display number and reports it when ready."""
    if shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
        pytest.skip("Xvfb and xdotool are needed (apt-get install xvfb xdotool)")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as reader:
        number = reader.readline().strip()
    if not number:
        server.kill()
        pytest.fail("Xvfb did not start")
    yield f":{number}"
    server.terminate()
    server.wait(timeout=30)


def app_environment(display: str, root: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    for name in ("home", "config", "share", "data", "runtime"):
        (root / name).mkdir(mode=0o700)
    env.update(
        DISPLAY=display,
        HOME=str(root / "home"),
        XDG_CONFIG_HOME=str(root / "config"),
        XDG_DATA_HOME=str(root / "share"),
        XDG_RUNTIME_DIR=str(root / "runtime"),
        ECANVAS_DATA_DIR=str(root / "data"),
        ECANVAS_READY_FILE=str(root / "ready"),
        LANG="en_US.UTF-8",
    )
    return env


def wait_until_painted(app: subprocess.Popen, ready: Path) -> None:
    deadline = time.monotonic() + START_DEADLINE_S
    while not ready.exists():
        if app.poll() is not None:
            pytest.fail(f"ecanvas exited with {app.returncode}: {app.stderr.read()[-2000:]}")
        if time.monotonic() > deadline:
            pytest.fail("ecanvas did not paint its main window")
        time.sleep(0.1)


def xdotool(display: str, *args: str) -> str:
    result = subprocess.run(
        ["xdotool", *args],
        env=dict(os.environ, DISPLAY=display),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stdout.strip()


def wait_for_backup(folder: Path) -> None:
    """After the first paint the app keeps a verified copy of the workspace it opened."""
    deadline = time.monotonic() + 60
    while not list(folder.glob("*/default-*.ecanvas")):
        assert time.monotonic() < deadline, f"no backup appeared in {folder}"
        time.sleep(0.1)


def test_the_program_shows_its_window_and_quits_cleanly(x_display, tmp_path):
    from PIL import ImageGrab

    env = app_environment(x_display, tmp_path)
    app = subprocess.Popen(
        [sys.executable, "-m", "ecanvas"],
        env=env,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        wait_until_painted(app, tmp_path / "ready")
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
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert not (tmp_path / "data" / "default.ecanvas.lock").exists()
