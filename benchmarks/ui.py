"""UI benchmark: start-up to a painted window, opening a 2,000-card canvas, dragging a card.

Run from the repository root:

    .venv/bin/python benchmarks/ui.py [--quick]

Start-up is measured from spawning the process to the moment the app reports its first
completed paint (``ECANVAS_READY_FILE``), for ``python -m ecanvas`` on the default workspace and
for a bare PySide6 window measured the same way in the same run (offscreen platform, warm disk).
The canvas figures are measured in this process: building a CanvasView of 2,000 cards, and the
time Qt takes to handle ONE real mouse-move event while a card is being dragged on it.
Prints one JSON document; each figure has its target (PRODUCT.md, "Speed and size") and whether
it passes. Numbers are for a benchmark run, never asserted in tests.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGETS = {"start_s": 0.6, "start_vs_bare": 5.0, "open_2000_s": 1.0, "drag_move_ms_p95": 8.0}
CARDS = 2_000
START_DEADLINE_S = 60.0

# A bare PySide6 window that reports its first paint exactly as ecanvas.ui.app does.
BARE_WINDOW = """
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

class Watcher(QObject):
    done = False
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, self.write)
        return False
    def write(self):
        path = os.environ["ECANVAS_READY_FILE"]
        with open(path + ".partial", "w") as f:
            f.write(f"{time.time():.6f}\\n")
        os.replace(path + ".partial", path)

app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("bare PySide6 window"))
watcher = Watcher(window)
window.installEventFilter(watcher)
window.resize(1440, 900)
window.show()
sys.exit(app.exec())
"""


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def figure(value: float, unit: str, target: float | None) -> dict[str, object]:
    result: dict[str, object] = {"value": round(value, 4), "unit": unit}
    if target is not None:
        result.update(target=target, passed=value <= target)
    return result


# --------------------------------------------------------------------------- start-up
def time_to_first_paint(command: list[str], env: dict[str, str], ready: Path) -> float:
    """Seconds from spawning `command` to the first-paint time it writes to `ready`."""
    ready.unlink(missing_ok=True)
    start = time.time()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        while not ready.exists():
            if process.poll() is not None:
                raise RuntimeError(f"{command} exited early: {process.stderr.read()[-1000:]}")
            if time.time() - start > START_DEADLINE_S:
                raise RuntimeError(f"{command} did not paint within {START_DEADLINE_S} s")
            time.sleep(0.002)
        return float(ready.read_text().strip()) - start
    finally:
        process.terminate()
        process.wait(timeout=30)


def measure_start(folder: Path, runs: int) -> tuple[list[float], list[float]]:
    """Alternate ecanvas and the bare window so both see the same machine state."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ECANVAS_DATA_DIR=str(folder / "data"),
               HOME=str(folder / "home"), XDG_CONFIG_HOME=str(folder / "config"),
               ECANVAS_READY_FILE=str(folder / "ready"))  # fmt: skip
    ready = folder / "ready"
    app = [sys.executable, "-m", "ecanvas"]
    bare = [sys.executable, "-c", BARE_WINDOW]
    time_to_first_paint(app, env, ready)  # first start writes the default workspace: not timed
    time_to_first_paint(bare, env, ready)  # warm the disk cache for PySide6 too
    apps, bares = [], []
    for _ in range(runs):
        apps.append(time_to_first_paint(app, env, ready))
        bares.append(time_to_first_paint(bare, env, ready))
    return apps, bares


# --------------------------------------------------------------------------- the canvas
def build_workspace(path: Path):
    """One Business Model Canvas with 2,000 cards spread over its nine blocks (the layout grows
    the blocks to hold them)."""
    from ecanvas.store import create_workspace

    store = create_workspace(path, title="UI benchmark", language="zh")
    canvas = store.add_canvas("business-model-canvas")
    drafts = []
    for index in range(CARDS):
        block = canvas.blocks[index % len(canvas.blocks)]
        drafts.append({"block_id": block.id, "text": f"卡片 {index} card with a few words",
                       "tags": ["增长"], "votes": index % 4})  # fmt: skip
    store.add_cards(canvas.id, drafts)
    return store, canvas.id


def measure_canvas(folder: Path, moves: int) -> tuple[float, list[float], list[float]]:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from ecanvas.ui.app import create_application, prepare_application
    from ecanvas.ui.canvas import CanvasView

    app = create_application([sys.argv[0]])
    prepare_application(app)
    store, canvas_id = build_workspace(folder / "canvas.ecanvas")
    stack = QUndoStack()
    try:
        start = time.perf_counter()
        view = CanvasView(store, canvas_id, stack)
        view.resize(1280, 800)
        view.show()
        view.viewport().repaint()  # the view is built and painted once
        open_s = time.perf_counter() - start
        move_times, frame_times = drag_one_card(app, view, moves)
        view.canvas_scene.detach()
        view.close()
        QApplication.processEvents()
    finally:
        store.close()
    return open_s, move_times, frame_times


def drag_one_card(app, view, moves: int) -> tuple[list[float], list[float]]:
    """Press on a visible card, then time each real mouse move sent to the viewport: the
    handling of the event alone, and with the repaint it causes (a whole frame)."""
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent

    view.zoom_reset()  # drag at 100 %, as a user does when moving one card
    scene = view.canvas_scene
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    item = next(i for i in scene.card_items.values() if visible.contains(i.card_scene_rect()))
    view.centerOn(item.centre())
    start = QPointF(view.mapFromScene(item.centre()))
    viewport = view.viewport()
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier

    def send(kind, pos: QPointF, buttons) -> float:
        global_pos = QPointF(viewport.mapToGlobal(pos.toPoint()))
        event = QMouseEvent(kind, pos, global_pos, left, buttons, none)
        began = time.perf_counter()
        app.sendEvent(viewport, event)
        return time.perf_counter() - began

    send(QEvent.Type.MouseButtonPress, start, left)
    times, frames = [], []
    pos = start
    for step in range(1, moves + 1):
        offset = 20 + 60 * ((step % 40) / 40.0)  # stay well inside the viewport: no system drag
        pos = start + QPointF(offset, offset / 2)
        handled = send(QEvent.Type.MouseMove, pos, left)
        began = time.perf_counter()
        app.processEvents()  # the repaint this move asked for, as a real drag gets it
        times.append(handled)
        frames.append(handled + time.perf_counter() - began)
    send(QEvent.Type.MouseButtonRelease, pos, Qt.MouseButton.NoButton)
    if scene.undo_stack.count() != 1:  # a real drag ends in exactly one move command
        raise RuntimeError("the mouse events did not drag the card")
    return times, frames


# --------------------------------------------------------------------------- report
def run(quick: bool) -> dict[str, object]:
    folder = Path(tempfile.mkdtemp(prefix="ecanvas-ui-bench-"))
    try:
        apps, bares = measure_start(folder, 3 if quick else 7)
        open_s, move_times, frame_times = measure_canvas(folder, 100 if quick else 400)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    app_s, bare_s = statistics.median(apps), statistics.median(bares)
    ms = 1000.0
    figures = {
        "start_to_painted_window_s": figure(app_s, "s", TARGETS["start_s"]),
        "bare_pyside6_window_s": figure(bare_s, "s", None),
        "start_vs_bare": figure(app_s / bare_s, "x", TARGETS["start_vs_bare"]),
        "open_2000_card_canvas_s": figure(open_s, "s", TARGETS["open_2000_s"]),
        "drag_move_ms_p50": figure(percentile(move_times, 0.5) * ms, "ms", None),
        "drag_move_ms_p95": figure(
            percentile(move_times, 0.95) * ms, "ms", TARGETS["drag_move_ms_p95"]
        ),
        "drag_move_with_repaint_ms_p50": figure(percentile(frame_times, 0.5) * ms, "ms", None),
        "drag_move_with_repaint_ms_p95": figure(percentile(frame_times, 0.95) * ms, "ms", None),
    }
    return {
        "benchmark": "ui",
        "quick": quick,
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": os.environ.get("QT_QPA_PLATFORM", ""),
        },
        "runs": {"start": len(apps), "drag_moves": len(move_times), "cards": CARDS},
        "samples_s": {"start": [round(t, 4) for t in apps], "bare": [round(t, 4) for t in bares]},
        "figures": figures,
        "all_passed": all(f.get("passed", True) for f in figures.values()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    print(json.dumps(run(parser.parse_args().quick), indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
