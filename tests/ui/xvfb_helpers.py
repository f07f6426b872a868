"""Running the real program on a private Xvfb display: the server, the app's environment, xdotool.

Shared by the tests that start ``python -m ecanvas`` as a separate process (test_real_*.py).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

START_DEADLINE_S = 90.0  # generous: a slow CI machine may take long to start Qt the first time
WINDOW_DEADLINE_S = 60.0  # for a window the running app opens or closes


@contextmanager
def xvfb_display(size: str = "1600x1000") -> Iterator[str]:
    """A private Xvfb server (skips the test without Xvfb or xdotool); yields its display name.

    Xvfb picks a free display number and reports it when ready.
    """
    if shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
        pytest.skip("Xvfb and xdotool are needed (apt-get install xvfb xdotool)")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
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
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def app_environment(display: str, root: Path) -> dict[str, str]:
    """The app's environment: the display, and home, settings and data folders under `root`."""
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


def wait_until_painted(app: subprocess.Popen, ready: Path, log: Path | None = None) -> None:
    """Wait for the ready file the app writes after its first paint.

    The app's error output for a failure message comes from `log` when given, else its pipe.
    """
    deadline = time.monotonic() + START_DEADLINE_S
    while not ready.exists():
        if app.poll() is not None:
            output = log.read_text(errors="replace") if log else app.stderr.read()
            pytest.fail(f"ecanvas exited with {app.returncode}: {output[-2000:]}")
        if time.monotonic() > deadline:
            pytest.fail("ecanvas did not paint its main window")
        time.sleep(0.1)


def visible_windows(display: str, name: str) -> list[str]:
    """The ids of the visible windows whose title matches `name` (a regular expression)."""
    result = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", name],
                            env=dict(os.environ, DISPLAY=display), capture_output=True, text=True,
                            timeout=60)  # fmt: skip
    return result.stdout.split()


def visible_windows_of(display: str, pid: int) -> list[str]:
    """The ids of the visible windows of the process `pid`."""
    result = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
                            env=dict(os.environ, DISPLAY=display), capture_output=True, text=True,
                            timeout=60)  # fmt: skip
    return result.stdout.split()


def wait_for_window(display: str, name: str, *, focus: bool = True) -> str:
    """Wait until a window titled `name` is on screen (a dialog the app opens takes its time
    on a busy machine: keys typed before it is there go elsewhere); focus it; return its id."""
    deadline = time.monotonic() + WINDOW_DEADLINE_S
    while not (found := visible_windows(display, name)):
        assert time.monotonic() < deadline, f"no window named {name!r} appeared"
        time.sleep(0.05)
    if focus:
        xdotool(display, "windowfocus", "--sync", found[0])
    return found[0]


def wait_until_gone(display: str, name: str) -> None:
    """Wait until no window titled `name` is on screen (a dialog has closed)."""
    deadline = time.monotonic() + WINDOW_DEADLINE_S
    while visible_windows(display, name):
        assert time.monotonic() < deadline, f"the window named {name!r} stayed on screen"
        time.sleep(0.05)


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


@contextmanager
def window_manager(display: str) -> Iterator[None]:
    """Openbox on the display (bare Xvfb has no window manager, so full screen would do
    nothing); skips the test without it."""
    if shutil.which("openbox") is None or shutil.which("xprop") is None:
        pytest.skip("openbox and xprop are needed for full screen (apt-get install openbox "
                    "x11-utils)")  # fmt: skip
    manager = subprocess.Popen(
        ["openbox", "--sm-disable"],
        env=dict(os.environ, DISPLAY=display),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    while "_NET_SUPPORTING_WM_CHECK" not in _root_properties(display):
        if manager.poll() is not None or time.monotonic() > deadline:
            manager.kill()
            pytest.fail("openbox did not start")
        time.sleep(0.1)
    try:
        yield
    finally:
        manager.terminate()
        manager.wait(timeout=30)


def _root_properties(display: str) -> str:
    result = subprocess.run(["xprop", "-root"], env=dict(os.environ, DISPLAY=display),
                            capture_output=True, text=True, timeout=10)  # fmt: skip
    return result.stdout


def window_property(display: str, window: str, name: str) -> str:
    """One X property of a window as xprop prints it (e.g. _NET_WM_STATE)."""
    result = subprocess.run(["xprop", "-id", window, name], env=dict(os.environ, DISPLAY=display),
                            capture_output=True, text=True, timeout=10, check=True)  # fmt: skip
    return result.stdout.strip()
