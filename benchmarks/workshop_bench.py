"""Workshop figures for benchmarks/ui.py, on a Business Model Canvas of 500 cards in the app as a
facilitator runs it (the main window hidden behind a 1280×720 workshop window):

- moving to the next block: the Right key handled and the view repainted at the block's zoom,
  against the baseline of the ordinary canvas view scrolled to the same block and repainted;
- a captured card on screen: from Enter in the capture editor until the view is repainted with
  the new card (written to the file first), against the same quick capture in the ordinary
  canvas view, and against one edit written to the same file without any picture (the share of
  the disk, which a loaded machine's fsync can make most of it).

"Painted" is what the next turn of the event loop does before any timer runs: the events the
change posted are delivered and the view repaints (the panels that refresh on a timer after a
change, such as the strategy checks, come after the picture).

Each run alternates the workshop and its baseline so both see the same machine state.
"""

from __future__ import annotations

import time
from pathlib import Path

WORKSHOP_CARDS = 500
SIZE = (1280, 720)


def _build(path: Path):
    from ecanvas.store import create_workspace

    store = create_workspace(path, title="Workshop benchmark", language="en")
    canvas = store.add_canvas("business-model-canvas")
    people = [store.add_participant(name) for name in ("Ana", "Ben", "Chen")]
    drafts = [
        {"block_id": canvas.blocks[n % len(canvas.blocks)].id, "text": f"Idea {n} in a few words",
         "author_id": people[n % 3].id}
        for n in range(WORKSHOP_CARDS)
    ]  # fmt: skip
    store.add_cards(canvas.id, drafts)
    return store, canvas.id


def _frame(app, view) -> None:
    """Handle what is pending and paint the view now, as the next screen refresh would."""
    app.processEvents()
    view.viewport().repaint()


def _painted(view) -> float:
    """Deliver what the change posted (layout, update requests) and paint the view now, as the
    next turn of the event loop does before it runs any timer; returns the time it is done."""
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.sendPostedEvents()
    view.viewport().repaint()
    return time.perf_counter()


def _capture(app, view, scene, block_id: int, text: str) -> float:
    """Seconds from Enter in an open capture editor to the first paint of the view that shows
    the new card (the card is written to the file before)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    if not scene.is_editing:
        scene.start_quick_capture(block_id)
    _frame(app, view)
    scene.editing.editor.setPlainText(text)
    before = set(scene.card_items)
    began = time.perf_counter()
    QTest.keyClick(view.viewport(), Qt.Key.Key_Return)
    if len(scene.card_items) == len(before):
        raise RuntimeError("Enter did not add the card")
    return _painted(view) - began


def measure_workshop(folder: Path, runs: int) -> dict[str, list[float]]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ecanvas.ui.main_window import MainWindow
    from ecanvas.ui.settings import AppSettings

    app = QApplication.instance()
    store, _canvas_id = _build(folder / "workshop.ecanvas")
    store.warm_up()
    window = MainWindow(store, settings=AppSettings(folder / "bench-settings.ini"))
    window.resize(*SIZE)
    window.show()
    times: dict[str, list[float]] = {"next": [], "next_baseline": [], "capture": [],
                                     "capture_baseline": [], "write": []}  # fmt: skip
    some_card = store.workspace.canvases[0].cards[0].id
    try:
        for run in range(runs):
            # The workshop, as the facilitator has it: the main window hidden behind it.
            window.toggle_workshop()
            workshop = window.workshop
            workshop.showNormal()
            workshop.resize(*SIZE)
            view = workshop.view
            blocks = view.block_ids()
            view.focus_block(blocks[run % (len(blocks) - 1)])
            _frame(app, view)
            began = time.perf_counter()
            QTest.keyClick(view, Qt.Key.Key_Right)
            times["next"].append(_painted(view) - began)
            block_id = view.block_id
            times["capture"].append(
                _capture(app, view, view.canvas_scene, block_id, f"Workshop idea {run}")
            )
            view.canvas_scene.editing.cancel()
            workshop.leave()
            app.processEvents()
            # The baseline: the ordinary canvas view of the same canvas, doing the same.
            plain = window.tabs.current_view()
            _frame(app, plain)
            rect = plain.canvas_scene.layout.blocks[block_id].rect
            began = time.perf_counter()
            plain.centerOn(rect.x + rect.w / 2, rect.y + rect.h / 2)
            times["next_baseline"].append(_painted(plain) - began)
            times["capture_baseline"].append(
                _capture(app, plain, plain.canvas_scene, block_id, f"Plain idea {run}")
            )
            plain.canvas_scene.editing.cancel()
            # The file's part of it: one edit written and synced, without any picture.
            began = time.perf_counter()
            store.update_card(some_card, text=f"Edited {run}")
            times["write"].append(time.perf_counter() - began)
    finally:
        window.close()
        app.processEvents()
    return times
