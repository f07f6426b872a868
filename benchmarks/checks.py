"""Strategy-checks benchmark: checking a 5,000-card workspace, and the checks panel's update
after one edit.

Run from the repository root:

    .venv/bin/python benchmarks/checks.py [--quick]

Builds a workspace of 5,000 cards on 20 canvases (every bundled template, notes, tags, action
items, links, scores) on a RAM disk when there is one, and prints one JSON document. Each figure
has its target (PRODUCT.md, "Speed and size") and a baseline measured in the same run:

- check_ms: `check_workspace` over the whole workspace (every rule, the cross-canvas one too);
  baseline: one bare pass reading every card's text, note, tags and action fields and every
  link — the least any checker has to do.
- refresh_ms: the checker re-checking the one canvas an edit touched (what the app does).
- panel_update_ms: the checks panel (Qt, offscreen) brought up to date after one edit: re-check
  and redraw of that canvas's findings; baseline: the edit itself, written to the file.

Numbers are for a benchmark run, never asserted in tests.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ecanvas.model.catalog import builtin_templates
from ecanvas.model.checks import Checker, check_workspace
from ecanvas.store import create_workspace

CANVASES = 20
CARDS = 5_000
LINKS_PER_CANVAS = 50
TARGETS = {"check_ms": 50.0, "panel_update_ms_p95": 20.0}
WORDS = (
    "提升复购率",
    "Cross-border launch",
    "会员体系",
    "Live commerce",
    "2027 GMV ¥18M",
    "品牌故事",
)
TAGS = ("增长", "数据", "出海", "私域", "quick win", "2027")


def build(path: Path, seed: int = 7):
    """The benchmark workspace, through the store (as a user's file would be made)."""
    rng = random.Random(seed)
    templates = [key for key, t in builtin_templates().items() if t.blocks]
    per_canvas = CARDS // CANVASES
    store = create_workspace(path, title="检查基准 checks benchmark", language="zh")
    for number in range(CANVASES):
        canvas = store.add_canvas(templates[number % len(templates)], title=f"画布 {number}")
        drafts = []
        for index in range(per_canvas):
            block = canvas.blocks[index % len(canvas.blocks)]
            draft = dict(block_id=block.id, text=f"{rng.choice(WORDS)} {number}-{index}",
                         note="会员体系与私域运营。" * 4,
                         tags=rng.sample(TAGS, rng.randint(0, 2)))  # fmt: skip
            if index % 5 == 0:
                due = date.today() + timedelta(days=rng.randint(-30, 60))
                draft.update(status=rng.choice(["todo", "doing", "done", "blocked"]),
                             owner=rng.choice(["", "Li Na", "Wang Qiang"]),
                             due=rng.choice([None, due]))  # fmt: skip
            drafts.append(draft)
        cards = store.add_cards(canvas.id, drafts)
        for index in range(LINKS_PER_CANVAS):
            store.add_link(cards[index].id, cards[index + LINKS_PER_CANVAS].id)
        for block in canvas.blocks:
            if block.scored:
                store.set_block_score(block.id, rng.randint(0, 5))
    return store


def bare_pass(workspace) -> int:
    """Read what every rule reads, doing nothing with it: the floor for any checker."""
    touched = 0
    for canvas in workspace.canvases:
        blocks = {block.id: block.key for block in canvas.blocks}
        for card in canvas.cards:
            touched += len(card.text) + len(card.note) + len(card.tags) + len(card.owner)
            touched += (card.due is not None) + bool(card.status) + (card.block_id in blocks)
        touched += sum(link.source_id for link in canvas.links)
    return touched


def timed_ms(function, repeat: int) -> list[float]:
    function()  # warm up: regular expressions compiled, caches filled
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return times


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measure_model(store, repeat: int) -> dict[str, float]:
    workspace = store.workspace
    check = timed_ms(lambda: check_workspace(workspace), repeat)
    bare = timed_ms(lambda: bare_pass(workspace), repeat)
    checker = Checker(workspace)
    canvas = workspace.canvases[CANVASES // 2]
    refresh = timed_ms(lambda: checker.refresh([canvas.id]), repeat)
    findings = len(check_workspace(workspace))
    return {
        "findings": findings,
        "check_ms": round(statistics.median(check), 2),
        "bare_pass_ms": round(statistics.median(bare), 2),
        "check_vs_bare": round(statistics.median(check) / statistics.median(bare), 1),
        "refresh_one_canvas_ms": round(statistics.median(refresh), 2),
    }


def measure_panel(store, edits: int) -> dict[str, float]:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from ecanvas.ui.panels.checks import ChecksPanel

    app = QApplication.instance() or QApplication([])
    panel = ChecksPanel(store, QUndoStack())
    panel.resize(900, 300)
    panel.show()
    panel.flush()
    app.processEvents()
    rng = random.Random(11)
    cards = [card for canvas in store.workspace.canvases for card in canvas.cards]
    store.warm_up()
    edit_times, update_times = [], []
    for number in range(edits):
        card = rng.choice(cards)
        start = time.perf_counter()
        store.update_card(card.id, status=rng.choice(["", "todo"]), text=f"Edit {number}")
        edit_times.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        panel.flush()  # what the panel's zero-timer runs after the edit's events
        update_times.append((time.perf_counter() - start) * 1000)
        app.processEvents()
    panel.set_store(None)
    panel.deleteLater()
    return {
        "edits": edits,
        "edit_commit_ms_p50": round(statistics.median(edit_times), 2),
        "panel_update_ms_p50": round(statistics.median(update_times), 2),
        "panel_update_ms_p95": round(percentile(update_times, 0.95), 2),
        "panel_shown_findings": sum(panel.counts.values()),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = parser.parse_args()
    repeat, edits = (5, 20) if args.quick else (25, 100)
    folder = Path("/dev/shm") if Path("/dev/shm").is_dir() else None
    with tempfile.TemporaryDirectory(dir=folder) as scratch:
        store = build(Path(scratch) / "checks.ecanvas")
        try:
            model = measure_model(store, repeat)
            panel = measure_panel(store, edits)
        finally:
            store.close()
    figures = {**model, **panel}
    result = {
        "benchmark": "checks",
        "machine": {
            "python": sys.version.split()[0],
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
        },
        "workspace": {"canvases": CANVASES, "cards": CARDS, "links": CANVASES * LINKS_PER_CANVAS},
        "figures": figures,
        "targets": TARGETS,
        "pass": {name: figures[name] <= limit for name, limit in TARGETS.items()},
    }
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0 if all(result["pass"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
