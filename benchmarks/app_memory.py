"""Memory figure for benchmarks/ui.py: the peak RSS of the app with a workspace of 5,000 cards on
20 canvases (benchmarks/storage.py builds it) open and its first canvas painted, against a bare
PySide6 window measured the same way in the same run.

Each process is started as a user starts it (``python -m ecanvas FILE``); once it has reported its
first paint (``ECANVAS_READY_FILE``) it is left to finish what it does after the paint (the write
engine, the backup copy) until it has used no CPU for a while, then its peak resident set
(``VmHWM`` in /proc, Linux) is read and the process is ended.
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

SETTLED_S = 0.6  # no CPU used for this long: the app is idle, waiting for the user
SETTLE_DEADLINE_S = 30.0
START_DEADLINE_S = 60.0


def _proc_field(pid: int, name: str) -> int:
    """A field of /proc/PID/status in kB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(name + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"no {name} for process {pid}")


def _cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def peak_rss_mb(command: list[str], env: dict[str, str], ready: Path) -> float:
    """Peak RSS (MB) of `command` once it has painted its first frame and gone idle."""
    ready.unlink(missing_ok=True)
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        began = time.time()
        while not ready.exists():
            if process.poll() is not None:
                raise RuntimeError(f"{command} exited early: {process.stderr.read()[-1000:]}")
            if time.time() - began > START_DEADLINE_S:
                raise RuntimeError(f"{command} did not paint within {START_DEADLINE_S} s")
            time.sleep(0.01)
        ticks, still_since, settling = _cpu_ticks(process.pid), time.time(), time.time()
        while time.time() - still_since < SETTLED_S:
            if time.time() - settling > SETTLE_DEADLINE_S:
                raise RuntimeError(f"{command} never went idle after its first paint")
            time.sleep(0.05)
            now = _cpu_ticks(process.pid)
            if now != ticks:
                ticks, still_since = now, time.time()
        return _proc_field(process.pid, "VmHWM") / 1024
    finally:
        process.terminate()
        process.wait(timeout=30)


def measure_memory(
    env: dict[str, str], ready: Path, bare: list[str], app: list[str], runs: int
) -> dict[str, list[float]]:
    """Alternate the app on the 5,000-card workspace and the bare window."""
    sizes: dict[str, list[float]] = {"app": [], "bare": []}
    for _ in range(runs):
        sizes["app"].append(peak_rss_mb(app, env, ready))
        sizes["bare"].append(peak_rss_mb(bare, env, ready))
    return sizes
