"""Storage benchmark: open, one committed edit, raw SQLite for comparison, and memory.

Run from the repository root:

    .venv/bin/python benchmarks/storage.py [--quick]

Builds a workspace of 5,000 cards on 20 canvases in a temporary folder (same disk as /tmp) and
prints one JSON document: each figure with its target (from docs PRODUCT.md, "Speed and size")
and whether it passes. `--quick` keeps the workspace size but repeats each measurement fewer
times. Numbers are for a benchmark run, never asserted in tests.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from ecanvas.model.catalog import builtin_templates
from ecanvas.store import create_workspace, open_workspace
from ecanvas.store.database import PRAGMAS

CANVASES = 20
CARDS = 5_000
LINKS_PER_CANVAS = 50
TARGETS = {
    "open_s_max": 1.0,
    "edit_ms_p95": 5.0,
    "edit_vs_raw_p50": 2.0,
    "edit_vs_raw_p95": 2.0,
    "peak_rss_mb": 250.0,  # the store alone; the app with its window is in benchmarks/ui.py
}

RSS_PROBE = """
import resource, sys
from ecanvas.store import open_workspace
store = open_workspace(sys.argv[1], read_only=True)
assert store.workspace.card_count == int(sys.argv[2])
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def build(path: Path) -> dict[str, int]:
    """20 canvases from the bundled templates, 250 cards each (notes, tags), some links."""
    templates = [key for key, t in builtin_templates().items() if t.blocks]
    per_canvas = CARDS // CANVASES
    links = 0
    with create_workspace(path, title="基准测试 benchmark", language="zh") as store:
        for number in range(CANVASES):
            canvas = store.add_canvas(templates[number % len(templates)], title=f"画布 {number}")
            drafts = []
            for index in range(per_canvas):
                block = canvas.blocks[index % len(canvas.blocks)]
                drafts.append(
                    dict(block_id=block.id, text=f"卡片 {number}-{index} 提升复购率",
                         note="会员体系与私域运营。" * 8, tags=["增长", f"t{index % 7}"])
                )  # fmt: skip
            cards = store.add_cards(canvas.id, drafts)
            for index in range(LINKS_PER_CANVAS):
                store.add_link(cards[index].id, cards[index + LINKS_PER_CANVAS].id, "支持")
                links += 1
    return {"canvases": CANVASES, "cards": CARDS, "links": links, "bytes": path.stat().st_size}


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measure_open(path: Path, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        store = open_workspace(path)
        assert store.workspace.card_count == CARDS
        times.append(time.perf_counter() - start)
        store.close()
    return times


def raw_connection(path: Path) -> sqlite3.Connection:
    """Plain sqlite3 with the store's pragmas (full sync, rollback journal)."""
    connection = sqlite3.connect(path, isolation_level=None)
    for pragma in PRAGMAS:
        connection.execute(pragma)
    return connection


def measure_edits(path: Path, count: int) -> tuple[list[float], list[float]]:
    """Alternate one store edit and one raw UPDATE+COMMIT, so both see the same disk."""
    rng = random.Random(7)
    store = open_workspace(path)
    raw = raw_connection(path)
    card_ids = [card.id for canvas in store.workspace.canvases for card in canvas.cards]
    edits, raws = [], []
    try:
        for number in range(count):
            card_id = rng.choice(card_ids)
            start = time.perf_counter()
            store.update_card(card_id, text=f"编辑 {number}")
            edits.append(time.perf_counter() - start)

            card_id = rng.choice(card_ids)
            stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
            start = time.perf_counter()
            raw.execute("BEGIN")
            raw.execute(
                "UPDATE card SET text = ?, updated = ? WHERE id = ?",
                (f"原始 {number}", stamp, card_id),
            )
            raw.execute("COMMIT")
            raws.append(time.perf_counter() - start)
    finally:
        raw.close()
        store.close()
    return edits, raws


def measure_rss(path: Path) -> float:
    """Peak RSS of a fresh process that opens the workspace (MB)."""
    finished = subprocess.run(
        [sys.executable, "-c", RSS_PROBE, str(path), str(CARDS)],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(finished.stdout.strip()) / 1024


def figure(value: float, unit: str, target: float | None) -> dict[str, object]:
    result: dict[str, object] = {"value": round(value, 4), "unit": unit}
    if target is not None:
        result.update(target=target, passed=value <= target)
    return result


def run(quick: bool) -> dict[str, object]:
    folder = Path(tempfile.mkdtemp(prefix="ecanvas-bench-"))
    try:
        path = folder / "benchmark.ecanvas"
        start = time.perf_counter()
        size = build(path)
        build_s = time.perf_counter() - start
        opens = measure_open(path, 3 if quick else 9)
        edits, raws = measure_edits(path, 100 if quick else 300)
        rss = measure_rss(path)
    finally:
        shutil.rmtree(folder)
    ms = 1000.0
    edit50, edit95 = percentile(edits, 0.5) * ms, percentile(edits, 0.95) * ms
    raw50, raw95 = percentile(raws, 0.5) * ms, percentile(raws, 0.95) * ms
    figures = {
        "build_s": figure(build_s, "s", None),
        "open_s_median": figure(statistics.median(opens), "s", TARGETS["open_s_max"]),
        "open_s_max": figure(max(opens), "s", TARGETS["open_s_max"]),
        "edit_ms_p50": figure(edit50, "ms", None),
        "edit_ms_p95": figure(edit95, "ms", TARGETS["edit_ms_p95"]),
        "raw_sqlite_ms_p50": figure(raw50, "ms", None),
        "raw_sqlite_ms_p95": figure(raw95, "ms", None),
        "edit_vs_raw_p50": figure(edit50 / raw50, "x", TARGETS["edit_vs_raw_p50"]),
        "edit_vs_raw_p95": figure(edit95 / raw95, "x", TARGETS["edit_vs_raw_p95"]),
        "peak_rss_mb": figure(rss, "MB", TARGETS["peak_rss_mb"]),
    }
    return {
        "benchmark": "storage",
        "quick": quick,
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version,
            "folder": tempfile.gettempdir(),
        },
        "workspace": size,
        "runs": {"open": len(opens), "edits": len(edits)},
        "figures": figures,
        "all_passed": all(f.get("passed", True) for f in figures.values()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    print(json.dumps(run(parser.parse_args().quick), indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
