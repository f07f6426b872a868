"""Server benchmark: a shared workspace on a local PostgreSQL server.

Run from the repository root:

    .venv/bin/python benchmarks/server.py [--quick]

Starts its own durable cluster on 127.0.0.1 in a temporary folder (tools/pg-test-cluster, fsync
on), unless ECANVAS_BENCH_PG_URL names a server (postgresql://USER@HOST:PORT/DB, a role that may
create schemas). Prints one JSON document, each figure with its target from PRODUCT.md:

- one edit committed (update_card) p50/p95, against a raw psycopg UPDATE+COMMIT of a card on the
  same server in the same run (alternated, so both see the same disk);
- eight writer processes × 500 edits each (one added card per edit) at once: all present after,
  and the throughput;
- opening a 5,000-card workspace on 20 canvases (pushed from a file built as storage.py does).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import psycopg

from ecanvas.model.catalog import builtin_templates
from ecanvas.store import create_workspace
from ecanvas.store.server.address import parse_server_url
from ecanvas.store.server.opening import create_server_workspace, open_server_workspace
from ecanvas.store.server.transfer import push

REPO = Path(__file__).resolve().parents[1]
WRITERS, EDITS_PER_WRITER = 8, 500
TARGETS = {"edit_ms_p95": 10.0, "edit_vs_raw_p95": 3.0, "open_5000_s_max": 1.5}
CANVASES, CARDS, LINKS_PER_CANVAS = 20, 5_000, 50

WRITER = """
import sys, time
from ecanvas.store.server.opening import open_server_workspace
store = open_server_workspace(sys.argv[1])
canvas = store.workspace.canvases[0]
block = canvas.blocks[int(sys.argv[2]) % len(canvas.blocks)]
print("ready", flush=True)
sys.stdin.readline()
start = time.perf_counter()
for n in range(int(sys.argv[3])):
    store.add_card(canvas.id, block.id, f"writer {sys.argv[2]} edit {n}")
    store.poll()
print(time.perf_counter() - start, flush=True)
store.close()
"""


def build(path: Path) -> None:
    """20 canvases from the bundled templates, 250 cards each (notes, tags), some links."""
    templates = [key for key, t in builtin_templates().items() if t.blocks]
    with create_workspace(path, title="基准测试 benchmark", language="zh") as store:
        for number in range(CANVASES):
            canvas = store.add_canvas(templates[number % len(templates)], title=f"画布 {number}")
            drafts = [
                dict(
                    block_id=canvas.blocks[index % len(canvas.blocks)].id,
                    text=f"卡片 {number}-{index} 提升复购率",
                    note="会员体系与私域运营。" * 8,
                    tags=["增长", f"t{index % 7}"],
                )
                for index in range(CARDS // CANVASES)
            ]
            cards = store.add_cards(canvas.id, drafts)
            for index in range(LINKS_PER_CANVAS):
                store.add_link(cards[index].id, cards[index + LINKS_PER_CANVAS].id, "支持")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def figure(value: float, unit: str, target: float | None) -> dict[str, object]:
    result: dict[str, object] = {"value": round(value, 4), "unit": unit}
    if target is not None:
        result.update(target=target, passed=value <= target)
    return result


def start_cluster(folder: Path) -> str:
    result = subprocess.run(
        [str(REPO / "tools" / "pg-test-cluster"), "start", str(folder), "--durable"],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip().splitlines()[-1]


def workspace_url(base: str) -> str:
    return f"{base}?workspace=bench_{uuid.uuid4().hex[:8]}"


def measure_edits(base: str, count: int) -> tuple[list[float], list[float]]:
    url = workspace_url(base)
    store = create_server_workspace(url, title="Bench")
    canvas = store.add_canvas("swot")
    cards = store.add_cards(canvas.id, [{"block_id": b.id, "text": "x"} for b in canvas.blocks])
    ids = [card.id for card in cards]
    raw = psycopg.connect(base)
    schema = parse_server_url(url).workspace
    raw.execute(f"SET search_path TO {schema}")
    raw.commit()
    rng = random.Random(7)
    edits, raws = [], []
    try:
        for number in range(count + 20):
            start = time.perf_counter()
            store.update_card(rng.choice(ids), text=f"edit {number}")
            took = time.perf_counter() - start
            start = time.perf_counter()
            raw.execute(
                "UPDATE card SET text = %s, updated = now() WHERE id = %s",
                (f"raw {number}", rng.choice(ids)),
            )
            raw.commit()
            raw_took = time.perf_counter() - start
            if number >= 20:  # warmed up
                edits.append(took)
                raws.append(raw_took)
    finally:
        raw.close()
        store.close()
    return edits, raws


def measure_writers(base: str, edits: int) -> tuple[float, int]:
    url = workspace_url(base)
    with create_server_workspace(url, title="Writers") as store:
        store.add_canvas("business-model-canvas")
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, url, str(i), str(edits)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for i in range(WRITERS)
    ]
    for proc in procs:
        assert proc.stdout.readline().strip() == "ready"
    start = time.perf_counter()
    for proc in procs:
        proc.stdin.write("go\n")
        proc.stdin.flush()
    for proc in procs:
        proc.communicate(timeout=600)
        assert proc.returncode == 0
    wall = time.perf_counter() - start
    with open_server_workspace(url) as store:
        present = store.workspace.card_count
    return wall, present


def measure_open(base: str, runs: int) -> list[float]:
    folder = Path(tempfile.mkdtemp(prefix="ecanvas-bench-server-"))
    try:
        build(folder / "big.ecanvas")
        address = parse_server_url(workspace_url(base))
        push(folder / "big.ecanvas", address)
    finally:
        shutil.rmtree(folder)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        store = open_server_workspace(address)
        assert store.workspace.card_count == CARDS
        times.append(time.perf_counter() - start)
        store.close()
    return times


def run(quick: bool) -> dict[str, object]:
    given = os.environ.get("ECANVAS_BENCH_PG_URL", "").strip()
    load = [round(value, 2) for value in os.getloadavg()]  # before the run: how quiet it was
    folder = Path(tempfile.mkdtemp(prefix="ecanvas-bench-pg-"))  # the script lets postgres in
    base = given or start_cluster(folder)
    try:
        edits, raws = measure_edits(base, 100 if quick else 300)
        wall, present = measure_writers(base, 100 if quick else EDITS_PER_WRITER)
        opens = measure_open(base, 3 if quick else 7)
    finally:
        if not given:
            subprocess.run(
                [str(REPO / "tools" / "pg-test-cluster"), "stop", str(folder)], check=False
            )
            shutil.rmtree(folder, ignore_errors=True)
    ms = 1000.0
    edit50, edit95 = percentile(edits, 0.5) * ms, percentile(edits, 0.95) * ms
    raw50, raw95 = percentile(raws, 0.5) * ms, percentile(raws, 0.95) * ms
    expected = WRITERS * (100 if quick else EDITS_PER_WRITER)
    figures = {
        "edit_ms_p50": figure(edit50, "ms", None),
        "edit_ms_p95": figure(edit95, "ms", TARGETS["edit_ms_p95"]),
        "raw_psycopg_ms_p50": figure(raw50, "ms", None),
        "raw_psycopg_ms_p95": figure(raw95, "ms", None),
        "edit_vs_raw_p95": figure(edit95 / raw95, "x", TARGETS["edit_vs_raw_p95"]),
        "writers_wall_s": figure(wall, "s", None),
        "writers_edits_per_s": figure(present / wall, "edits/s", None),
        "writers_cards_present": {
            "value": present,
            "expected": expected,
            "passed": present == expected,
        },
        "open_5000_s_median": figure(statistics.median(opens), "s", None),
        "open_5000_s_max": figure(max(opens), "s", TARGETS["open_5000_s_max"]),
    }
    return {
        "benchmark": "server",
        "quick": quick,
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "server": "given" if given else "local cluster, fsync on",
            "load_average_1_5_15_min": load,
        },
        "runs": {"edits": len(edits), "writers": WRITERS, "opens": len(opens)},
        "figures": figures,
        "all_passed": all(f.get("passed", True) for f in figures.values()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    print(json.dumps(run(parser.parse_args().quick), indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
