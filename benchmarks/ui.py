"""UI benchmark: start-up to a painted window, the app's memory with 5,000 cards open, opening a
2,000-card canvas, laying it out, dragging a card on it.

Run from the repository root:

    .venv/bin/python benchmarks/ui.py [--quick]

Start-up is measured from spawning the process to the moment the app reports its first
completed paint (``ECANVAS_READY_FILE``), for ``python -m ecanvas`` on the default workspace, on a
Business Model Canvas of 1,000 cards, and for a bare PySide6 window, measured the same way and
interleaved in the same run (offscreen platform, warm disk, compiled bytecode as an installed app
has it: the processes share a bytecode cache in the run's temporary folder, filled by a first
start that is not counted, whatever PYTHONDONTWRITEBYTECODE says). The memory figure
(benchmarks/app_memory.py) is the peak RSS of the app on a workspace of 5,000 cards on 20
canvases, painted and idle, against a bare PySide6 window in the same run. The canvas figures
are measured in this process on a Business Model Canvas of 2,000 cards and 60 links: building
its CanvasView; computing its layout (`ecanvas.model.layout.compute_layout`, with the link
routes), against the same card rectangles from a bare grid formula as the baseline; and the time
Qt takes to handle ONE real mouse-move event while a card is dragged on it, against a mouse move
over the same view without a drag as the baseline. The workshop figures
(benchmarks/workshop_bench.py) are measured on a 500-card canvas in a 1280×720 workshop window:
moving to the next block and a captured card on screen after Enter, each against the ordinary
canvas view doing the same in the same run. Prints one JSON document; each figure has its target
(PRODUCT.md, "Speed and size") and whether it passes. Numbers are for a benchmark run, never
asserted in tests.
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

from app_memory import measure_memory
from workshop_bench import WORKSHOP_CARDS, measure_workshop

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGETS = {
    "start_s": 0.4,
    "start_vs_bare": 3.0,
    "start_1000_vs_default": 2.0,
    "peak_rss_5000_mb": 250.0,
    "open_2000_s": 1.0,
    "layout_2000_ms": 20.0,
    "drag_move_ms_p95": 8.0,
    "workshop_next_block_ms": 50.0,
    "workshop_capture_visible_ms": 30.0,
}
CARDS = 2_000
START_CARDS = 1_000
LINKS = 60
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


def app_environment(folder: Path) -> dict[str, str]:
    """The environment of the measured processes: offscreen, a private data folder and
    settings, the ready file, and a bytecode cache of their own (written by the first start)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ECANVAS_DATA_DIR=str(folder / "data"),
               HOME=str(folder / "home"), XDG_CONFIG_HOME=str(folder / "config"),
               ECANVAS_READY_FILE=str(folder / "ready"),
               PYTHONPYCACHEPREFIX=str(folder / "bytecode"))  # fmt: skip
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def measure_start(folder: Path, runs: int) -> dict[str, list[float]]:
    """Alternate the app on the default workspace, on a 1,000-card canvas and the bare window,
    so all three see the same machine state."""
    env = app_environment(folder)
    ready = folder / "ready"
    big = folder / "big.ecanvas"
    store, _ = build_workspace(big, START_CARDS, links=0)
    store.close()
    commands = {
        "default": [sys.executable, "-m", "ecanvas"],
        "big": [sys.executable, "-m", "ecanvas", str(big)],
        "bare": [sys.executable, "-c", BARE_WINDOW],
    }
    for command in commands.values():  # the first start writes the default workspace, warms up
        time_to_first_paint(command, env, ready)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            times[name].append(time_to_first_paint(command, env, ready))
    return times


def measure_app_memory(folder: Path, runs: int) -> dict[str, list[float]]:
    """Peak RSS of the app on 5,000 cards on 20 canvases, and of the bare window."""
    from storage import build

    path = folder / "memory.ecanvas"
    build(path)
    app = [sys.executable, "-m", "ecanvas", str(path)]
    bare = [sys.executable, "-c", BARE_WINDOW]
    return measure_memory(app_environment(folder), folder / "ready", bare, app, runs)


# --------------------------------------------------------------------------- the canvas
def build_workspace(path: Path, cards: int = CARDS, links: int = LINKS):
    """A Business Model Canvas with `cards` cards spread over its nine blocks (the layout grows
    the blocks to hold them) and `links` labelled and unlabelled links between them."""
    import random

    from ecanvas.store import create_workspace

    store = create_workspace(path, title="UI benchmark", language="zh")
    canvas = store.add_canvas("business-model-canvas")
    drafts = []
    for index in range(cards):
        block = canvas.blocks[index % len(canvas.blocks)]
        drafts.append({"block_id": block.id, "text": f"卡片 {index} card with a few words",
                       "tags": ["增长"], "votes": index % 4})  # fmt: skip
    added = store.add_cards(canvas.id, drafts)
    pick = random.Random(7)
    for number in range(links):
        source, target = pick.sample(added, 2)
        store.add_link(source.id, target.id, "服务" if number % 3 == 0 else "")
    return store, canvas.id


def measure_layout(store, canvas_id: int, runs: int) -> tuple[list[float], list[float]]:
    """compute_layout of the whole canvas, and the bare baseline: the same number of card
    rectangles from a grid formula."""
    from ecanvas.model.layout import Rect, compute_layout

    canvas = store.workspace.canvas(canvas_id)
    layout = compute_layout(canvas)
    assert len(layout.cards) == len(canvas.cards) and len(layout.links) == len(canvas.links)
    times, bare = [], []
    for _ in range(runs):
        began = time.perf_counter()
        compute_layout(canvas)
        times.append(time.perf_counter() - began)
        began = time.perf_counter()
        rects = {}
        for number, card in enumerate(canvas.cards):
            row, column = divmod(number, 2)
            rects[card.id] = Rect(12.0 + column * 170.0, 56.0 + row * 110.0, 160.0, 100.0)
        bare.append(time.perf_counter() - began)
    return times, bare


def measure_canvas(folder: Path, moves: int, layout_runs: int) -> dict[str, object]:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from ecanvas.ui.app import create_application, prepare_application
    from ecanvas.ui.canvas import CanvasView

    app = create_application([sys.argv[0]])
    prepare_application(app)
    store, canvas_id = build_workspace(folder / "canvas.ecanvas")
    stack = QUndoStack()
    try:
        layout_times, layout_bare = measure_layout(store, canvas_id, layout_runs)
        start = time.perf_counter()
        view = CanvasView(store, canvas_id, stack)
        view.resize(1280, 800)
        view.show()
        view.viewport().repaint()  # the view is built and painted once
        open_s = time.perf_counter() - start
        move_times, frame_times, hover_times = drag_one_card(app, view, moves)
        view.canvas_scene.detach()
        view.close()
        QApplication.processEvents()
    finally:
        store.close()
    return {"open_s": open_s, "layout": layout_times, "layout_bare": layout_bare,
            "moves": move_times, "frames": frame_times, "hover": hover_times}  # fmt: skip


def drag_one_card(app, view, moves: int) -> tuple[list[float], list[float], list[float]]:
    """Time real mouse moves sent to the viewport: over a visible card without a button (the
    baseline), then dragging it (the handling of the event alone, and with the repaint it
    causes: a whole frame); the drag ends three rows down, so it moves the card."""
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

    def send(kind, pos: QPointF, button, buttons) -> float:
        global_pos = QPointF(viewport.mapToGlobal(pos.toPoint()))
        event = QMouseEvent(kind, pos, global_pos, button, buttons, none)
        began = time.perf_counter()
        app.sendEvent(viewport, event)
        return time.perf_counter() - began

    def path(step: int) -> QPointF:
        offset = 20 + 60 * ((step % 40) / 40.0)  # stay well inside the viewport: no system drag
        return start + QPointF(offset, offset / 2)

    hover = []
    for step in range(1, moves + 1):
        hover.append(send(QEvent.Type.MouseMove, path(step), Qt.MouseButton.NoButton,
                          Qt.MouseButton.NoButton))  # fmt: skip
        app.processEvents()
    send(QEvent.Type.MouseButtonPress, start, left, left)
    times, frames = [], []
    for step in range(1, moves + 1):
        handled = send(QEvent.Type.MouseMove, path(step), Qt.MouseButton.NoButton, left)
        began = time.perf_counter()
        app.processEvents()  # the repaint this move asked for, as a real drag gets it
        times.append(handled)
        frames.append(handled + time.perf_counter() - began)
    end = QPointF(view.mapFromScene(item.centre() + QPointF(0, 3 * 110)))
    send(QEvent.Type.MouseMove, end, Qt.MouseButton.NoButton, left)
    send(QEvent.Type.MouseButtonRelease, end, left, Qt.MouseButton.NoButton)
    if scene.undo_stack.count() != 1:  # a real drag ends in exactly one move command
        raise RuntimeError("the mouse events did not drag the card")
    return times, frames, hover


# --------------------------------------------------------------------------- workshop
def workshop_figures(times: dict[str, list[float]]) -> dict[str, dict[str, object]]:
    """Medians of the workshop measurements (benchmarks/workshop_bench.py) and their baselines."""
    ms = 1000.0
    return {
        "workshop_next_block_ms": figure(
            statistics.median(times["next"]) * ms, "ms", TARGETS["workshop_next_block_ms"]
        ),
        "workshop_next_block_ms_p95": figure(percentile(times["next"], 0.95) * ms, "ms", None),
        "workshop_next_block_baseline_scroll_ms": figure(
            statistics.median(times["next_baseline"]) * ms, "ms", None
        ),
        "workshop_capture_visible_ms": figure(
            statistics.median(times["capture"]) * ms, "ms", TARGETS["workshop_capture_visible_ms"]
        ),
        "workshop_capture_visible_ms_p95": figure(
            percentile(times["capture"], 0.95) * ms, "ms", None
        ),
        "workshop_capture_baseline_canvas_view_ms": figure(
            statistics.median(times["capture_baseline"]) * ms, "ms", None
        ),
        "workshop_capture_baseline_file_write_ms": figure(
            statistics.median(times["write"]) * ms, "ms", None
        ),
    }


# --------------------------------------------------------------------------- report
def run(quick: bool) -> dict[str, object]:
    folder = Path(tempfile.mkdtemp(prefix="ecanvas-ui-bench-"))
    try:
        starts = measure_start(folder, 3 if quick else 7)
        memory = measure_app_memory(folder, 2 if quick else 3)
        canvas = measure_canvas(folder, 100 if quick else 400, 10 if quick else 40)
        workshop = measure_workshop(folder, 8 if quick else 30)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    app_s, bare_s = statistics.median(starts["default"]), statistics.median(starts["bare"])
    big_s = statistics.median(starts["big"])
    ms = 1000.0
    moves, frames, hover = canvas["moves"], canvas["frames"], canvas["hover"]
    layout = statistics.median(canvas["layout"]) * ms
    figures = {
        "start_to_painted_window_s": figure(app_s, "s", TARGETS["start_s"]),
        "bare_pyside6_window_s": figure(bare_s, "s", None),
        "start_vs_bare": figure(app_s / bare_s, "x", TARGETS["start_vs_bare"]),
        "start_1000_card_canvas_s": figure(big_s, "s", None),
        "start_1000_vs_default": figure(big_s / app_s, "x", TARGETS["start_1000_vs_default"]),
        "peak_rss_5000_cards_mb": figure(
            statistics.median(memory["app"]), "MB", TARGETS["peak_rss_5000_mb"]
        ),
        "peak_rss_bare_pyside6_window_mb": figure(statistics.median(memory["bare"]), "MB", None),
        "open_2000_card_canvas_s": figure(canvas["open_s"], "s", TARGETS["open_2000_s"]),
        "layout_2000_cards_ms": figure(layout, "ms", TARGETS["layout_2000_ms"]),
        "layout_2000_cards_ms_p95": figure(percentile(canvas["layout"], 0.95) * ms, "ms", None),
        "layout_2000_cards_ms_best": figure(min(canvas["layout"]) * ms, "ms", None),
        "layout_baseline_bare_grid_ms": figure(
            statistics.median(canvas["layout_bare"]) * ms, "ms", None
        ),
        "drag_move_ms_p50": figure(percentile(moves, 0.5) * ms, "ms", None),
        "drag_move_ms_p95": figure(percentile(moves, 0.95) * ms, "ms", TARGETS["drag_move_ms_p95"]),
        "drag_move_baseline_hover_ms_p95": figure(percentile(hover, 0.95) * ms, "ms", None),
        "drag_move_with_repaint_ms_p50": figure(percentile(frames, 0.5) * ms, "ms", None),
        "drag_move_with_repaint_ms_p95": figure(percentile(frames, 0.95) * ms, "ms", None),
        **workshop_figures(workshop),
    }
    return {
        "benchmark": "ui",
        "quick": quick,
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": os.environ.get("QT_QPA_PLATFORM", ""),
        },
        "runs": {
            "start": len(starts["default"]),
            "drag_moves": len(moves),
            "layouts": len(canvas["layout"]),
            "cards": CARDS,
            "links": LINKS,
            "start_cards": START_CARDS,
            "memory": len(memory["app"]),
            "workshop_cards": WORKSHOP_CARDS,
            "workshop_runs": len(workshop["next"]),
        },
        "samples_s": {name: [round(t, 4) for t in values] for name, values in starts.items()},
        "samples_rss_mb": {name: [round(m, 1) for m in values] for name, values in memory.items()},
        "figures": figures,
        "all_passed": all(f.get("passed", True) for f in figures.values()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    print(json.dumps(run(parser.parse_args().quick), indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
