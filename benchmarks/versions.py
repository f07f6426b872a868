"""Versions benchmark: a snapshot and a compare of a 2,000-card canvas, and a merge of 1,000 cards.

Run from the repository root:

    .venv/bin/python benchmarks/versions.py [--quick]

Builds its workspaces on a RAM disk when there is one and prints one JSON document. Each figure
has its target (issue 12) and a baseline measured in the same run:

- snapshot_ms: `take_snapshots` of a 2,000-card canvas, written and committed with full sync
  (what Canvas → Take Snapshot… does); baseline: the same content text inserted and committed
  with plain sqlite3 on the same file.
- diff_ms: comparing that canvas, 10 % of its cards changed since, with the snapshot, reading the
  snapshot's content included (what the compare view and `ecanvas diff` do); baseline: one bare
  pass pairing the cards by id and reading every compared field.
- merge_ms: merging 1,000 cards of another laptop's canvas (links and duplicates included) into
  a canvas of this workspace: reading the source file, planning, the snapshot taken first and the
  one transaction; baseline: 1,000 card rows inserted and committed with plain sqlite3.

Numbers are for a benchmark run, never asserted in tests.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from ecanvas.model.diff import COMPARED_FIELDS, diff_canvases
from ecanvas.model.merge import CanvasChoice, default_target, merge_result
from ecanvas.store import create_workspace
from ecanvas.store.merge_source import read_merge_source

CARDS = 2_000
MERGED = 1_000
TARGETS = {"snapshot_ms": 100.0, "diff_ms": 100.0, "merge_ms": 1000.0}
WORDS = ("提升复购率", "Cross-border launch", "会员体系", "Live commerce", "品牌故事", "2027 GMV")


def fill(store, cards: int, title: str, seed: int):
    """A Business Model Canvas with `cards` cards (notes, tags, owners) and 100 links."""
    rng = random.Random(seed)
    canvas = store.add_canvas("business-model-canvas", title=title)
    drafts = [
        dict(block_id=canvas.blocks[i % len(canvas.blocks)].id,
             text=f"{rng.choice(WORDS)} {seed}-{i}", note="会员体系与私域运营。" * 3,
             tags=rng.sample(["增长", "数据", "私域", "2027"], rng.randint(0, 2)),
             owner=rng.choice(["", "Li Na"]), votes=rng.randint(0, 3))
        for i in range(cards)
    ]  # fmt: skip
    added = store.add_cards(canvas.id, drafts)
    for i in range(100):
        store.add_link(added[i].id, added[i + 100].id)
    return store.workspace.canvas(canvas.id)


def timed_ms(function, repeat: int) -> list[float]:
    function()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return times


def raw_insert_ms(path: Path, rows: list[tuple], repeat: int) -> list[float]:
    """Plain sqlite3: rows into a scratch table of the same file, one committed transaction."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA synchronous = EXTRA")
    connection.execute("CREATE TABLE IF NOT EXISTS bench (a TEXT, b TEXT, c TEXT)")

    def insert() -> None:
        connection.execute("BEGIN")
        connection.executemany("INSERT INTO bench VALUES (?, ?, ?)", rows)
        connection.execute("COMMIT")

    try:
        return timed_ms(insert, repeat)
    finally:
        connection.execute("DROP TABLE bench")
        connection.close()


def bare_pairing(before, after) -> int:
    """Pair cards by id and read every compared field: the least a compare must do."""
    by_id = {card.id: card for card in before.cards}
    touched = 0
    for card in after.cards:
        old = by_id.get(card.id)
        if old is not None:
            touched += sum(getattr(old, f) == getattr(card, f) for f in COMPARED_FIELDS)
    return touched


def measure_snapshot_and_diff(folder: Path, repeat: int) -> dict[str, object]:
    path = folder / "snapshot.ecanvas"
    store = create_workspace(path, title="versions benchmark", language="zh")
    canvas = fill(store, CARDS, "2,000 cards", seed=1)
    counter = iter(range(10**6))
    snapshot_times = timed_ms(lambda: store.take_snapshots([canvas.id], f"s{next(counter)}"),
                              repeat)  # fmt: skip
    content = canvas.snapshots[-1].content
    raw = raw_insert_ms(path, [("snapshot", "now", content)], repeat)
    snapshot = canvas.snapshots[-1]
    rng = random.Random(3)
    for card in rng.sample(canvas.cards, CARDS // 10):
        store.update_card(card.id, text=card.text + " (revised)", votes=card.votes + 1)
    store.delete_cards([c.id for c in rng.sample(canvas.cards, 20)])

    def compare():
        store.__dict__.pop("_snapshot_canvases", None)  # read the content every time
        return diff_canvases(store.snapshot_canvas(snapshot.id), canvas)

    changes = compare()
    diff_times = timed_ms(compare, repeat)
    frozen = store.snapshot_canvas(snapshot.id)
    bare = timed_ms(lambda: bare_pairing(frozen, canvas), repeat)
    diff_only = timed_ms(lambda: diff_canvases(frozen, canvas), repeat)
    store.close()
    return {
        "snapshot_ms": round(statistics.median(snapshot_times), 2),
        "snapshot_baseline_raw_insert_ms": round(statistics.median(raw), 2),
        "snapshot_bytes": len(content.encode()),
        "diff_ms": round(statistics.median(diff_times), 2),
        "diff_without_reading_ms": round(statistics.median(diff_only), 2),
        "diff_baseline_bare_pairing_ms": round(statistics.median(bare), 3),
        "diff_found": {"edited": len(changes.edited), "removed": len(changes.removed)},
    }


def measure_merge(folder: Path, repeat: int) -> dict[str, object]:
    source_path = folder / "laptop2.ecanvas"
    with create_workspace(source_path, title="laptop 2") as source_store:
        source_canvas = fill(source_store, MERGED, "Workshop", seed=2)
        duplicate_of = [card.text for card in source_canvas.cards[:50]]
    times, counts = [], []
    for round_number in range(repeat + 1):
        path = folder / f"merge-{round_number}.ecanvas"
        with create_workspace(path, title="laptop 1", language="zh") as store:
            target = fill(store, 200, "Workshop", seed=4)
            block = target.blocks[0].id
            store.add_cards(target.id, [dict(block_id=block, text=t) for t in duplicate_of[:1]])
            start = time.perf_counter()
            source = read_merge_source(source_path)
            choices = [CanvasChoice(c, default_target(c, store.workspace.canvases))
                       for c in source.canvases]  # fmt: skip
            states, added = merge_result(store.workspace.canvases, choices)
            store.rewrite_canvases(replace=states, add=added, snapshot_name="Before merging")
            elapsed = (time.perf_counter() - start) * 1000
            counts.append(len(store.workspace.canvas(target.id).cards))
        if round_number:
            times.append(elapsed)  # the first round warms up imports and caches
        path.unlink()
    rows = [(f"card {i}", "note", "[]") for i in range(MERGED)]
    raw = raw_insert_ms(source_path, rows, repeat)
    return {
        "merge_ms": round(statistics.median(times), 1),
        "merge_baseline_raw_insert_ms": round(statistics.median(raw), 2),
        "merged_cards_after": counts[-1],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = parser.parse_args(argv)
    repeat = 3 if args.quick else 9
    base = Path("/dev/shm") if Path("/dev/shm").is_dir() else None
    with tempfile.TemporaryDirectory(dir=base, prefix="ecanvas-bench-versions-") as name:
        folder = Path(name)
        results = {**measure_snapshot_and_diff(folder, repeat), **measure_merge(folder, repeat)}
    report = {
        "benchmark": "versions",
        "python": sys.version.split()[0],
        "machine": platform.machine(),
        "cards": CARDS,
        "merged_cards": MERGED,
        "targets": TARGETS,
        "results": results,
        "within_targets": {name: results[name] <= limit for name, limit in TARGETS.items()},
    }
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
