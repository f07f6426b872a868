"""The app on a private X display: its first paint, a screenshot, and start-up against the venv."""

from __future__ import annotations

import os
import shutil
import signal
import statistics
import subprocess
import time
from collections.abc import Sequence
from itertools import count
from pathlib import Path

from smoke_checks.common import Checks, clean_environment, tail

MAX_START_RATIO = 1.5
START_TIMEOUT_S = 90.0


class Display:
    """A private Xvfb server; Xvfb picks a free display number and reports it when ready."""

    def __enter__(self) -> str:
        for tool in ("Xvfb", "xdotool"):
            assert shutil.which(tool), f"{tool} is missing (apt-get install xvfb xdotool)"
        read_end, write_end = os.pipe()
        self.server = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1600x1000x24", "-nolisten",
             "tcp"],
            pass_fds=(write_end,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        os.close(write_end)
        with os.fdopen(read_end) as reader:
            number = reader.readline().strip()
        assert number, "Xvfb did not start"
        return f":{number}"

    def __exit__(self, *_exc: object) -> None:
        self.server.terminate()
        self.server.wait(timeout=30)


def baseline_command(python: str) -> list[str]:
    """`python -m ecanvas` from the virtual environment: what the bundle's start is compared to."""
    probe = subprocess.run([python, "-c", "import ecanvas.ui.app"], capture_output=True, text=True)
    assert probe.returncode == 0, (
        f"{python} cannot run ecanvas, so there is no start-up baseline: {tail(probe.stderr, 2)}"
    )
    return [python, "-m", "ecanvas"]


def start_to_first_paint(
    command: Sequence[object], display: str, root: Path, lang: str, screenshot: Path | None
) -> float:
    """Start the app in a fresh home under `root` (so each start makes the worked example, as a
    first start does), wait for its first paint, optionally check the window and take a
    screenshot, close it with SIGTERM as a logout does; returns the seconds to the first paint."""
    home = root / "home"
    home.mkdir(parents=True)
    ready = root / "ready"
    env = clean_environment(home, DISPLAY=display, LANG=lang, ECANVAS_READY_FILE=str(ready))
    log_path = root / "app.log"
    with log_path.open("w") as log:
        started = time.time()
        app = subprocess.Popen([str(c) for c in command], env=env, cwd=home, stdout=log, stderr=log)
        try:
            deadline = time.monotonic() + START_TIMEOUT_S
            while not ready.exists():
                if app.poll() is not None:
                    output = tail(log_path.read_text(errors="replace"))
                    raise AssertionError(f"exited {app.returncode} before painting: {output}")
                assert time.monotonic() < deadline, f"no painted window in {START_TIMEOUT_S:.0f} s"
                time.sleep(0.02)
            seconds = float(ready.read_text().split()[0]) - started
            if screenshot is not None:
                check_window(display, screenshot)
            app.send_signal(signal.SIGTERM)
            assert app.wait(timeout=60) == 0, f"exited {app.returncode} on SIGTERM"
            return seconds
        finally:
            if app.poll() is None:
                app.kill()
                app.wait()


def check_window(display: str, screenshot: Path) -> None:
    """A visible window named ecanvas, and a screen that is not blank (saved for people)."""
    env = dict(os.environ, DISPLAY=display)
    found = subprocess.run(
        ["xdotool", "search", "--sync", "--onlyvisible", "--name", "ecanvas"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert found.returncode == 0 and found.stdout.strip(), "no visible ecanvas window"
    try:
        from PIL import ImageGrab
    except ImportError:
        raise AssertionError("the screenshot needs Pillow (run with the venv's python)") from None
    shot = ImageGrab.grab(xdisplay=display)
    shot.save(screenshot)
    colours = shot.convert("RGB").getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 50, "the window is blank"


def check_window_and_start_up(
    program: Path, baseline: Sequence[str], scratch: Path, out_folder: Path, checks: Checks,
    rounds: int,
) -> str:  # fmt: skip
    """The bundle paints its window in Chinese and English; then `rounds` timed starts of the
    bundle and of the venv, alternating so that a busy moment of the machine hits both alike."""
    numbers = count()
    with Display() as display:

        def start(command: Sequence[object], lang: str = "en_US.UTF-8", shot: str = "") -> float:
            root = scratch / f"gui-{next(numbers)}"
            return start_to_first_paint(
                command, display, root, lang, out_folder / shot if shot else None
            )

        start([program], "zh_CN.UTF-8", "window-zh.png")  # these two also warm the disk cache
        start([program], "en_US.UTF-8", "window-en.png")
        start(baseline)
        bundle, venv = [], []
        for _ in range(rounds):
            bundle.append(start([program]))
            venv.append(start(baseline))
    ratio = statistics.median(bundle) / statistics.median(venv)
    checks.figures["start_seconds"] = {"bundle": bundle, "venv": venv}
    checks.figures["start_ratio"] = round(ratio, 3)
    detail = (
        f"median first paint {statistics.median(bundle):.2f} s, from the venv "
        f"{statistics.median(venv):.2f} s: ratio {ratio:.2f} (limit {MAX_START_RATIO})"
    )
    assert ratio <= MAX_START_RATIO, detail
    return detail
