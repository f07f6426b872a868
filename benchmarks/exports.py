"""Benchmark: the file exports (Markdown and CSV of 5,000 cards; PowerPoint of 10 × 100 cards).

Run with `.venv/bin/python benchmarks/exports.py`; prints one JSON object. Targets (issue 13):
Markdown and CSV of 5,000 cards ≤ 0.5 s each; the .pptx of 10 canvases × 100 cards ≤ 3 s. Each
is shown next to a baseline measured in the same run: the bare library writing the same text
(csv.writer rows, one joined string, python-pptx text boxes) without our formatting.
"""

from __future__ import annotations

import csv
import io
import json
import os
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

RUNS = 5
BIG_CARDS = 5_000
BIG_CANVASES = 20
SLIDE_CANVASES, SLIDE_CARDS = 10, 100
TARGETS = {"markdown": 0.5, "csv": 0.5, "pptx": 3.0}
TEMPLATES = (
    "business-model-canvas", "lean-canvas", "ecommerce-dimensions", "strategy-modules", "swot",
    "core-goals", "strategic-paths", "outlook", "business-model-design", "strategy-levels",
)  # fmt: skip
WORDS = [
    "客户",
    "细分",
    "value",
    "proposition",
    "渠道",
    "omnichannel",
    "复购",
    "subscription",
    "直播",
    "supply",
    "chain",
    "数据",
]


def sentence(seed: int, length: int) -> str:
    return " ".join(WORDS[(seed * 7 + i * 3) % len(WORDS)] for i in range(length))


def build_workspace(folder: Path, canvases: int, cards_per_canvas: int):
    """A workspace written through the store (on a RAM disk when there is one); its model."""
    from ecanvas.store import create_workspace

    path = folder / f"bench-{canvases}x{cards_per_canvas}.ecanvas"
    with create_workspace(path, title="Benchmark 基准", language="en") as store:
        store.set_properties(client="Bench Co. 基准公司", author="ecanvas")
        for index in range(canvases):
            canvas = store.add_canvas(
                TEMPLATES[index % len(TEMPLATES)], title=f"Canvas {index + 1}"
            )
            drafts = [
                {
                    "block_id": canvas.blocks[n % len(canvas.blocks)].id,
                    "text": sentence(n, 6), "note": sentence(n + 1, 20),
                    "tags": [WORDS[n % len(WORDS)]], "votes": n % 4,
                    "owner": "王强" if n % 9 == 0 else "",
                    "due": date(2027, 1, 1) + timedelta(days=n) if n % 9 == 0 else None,
                    "status": "todo" if n % 9 == 0 else "",
                }
                for n in range(cards_per_canvas)
            ]  # fmt: skip
            store.add_cards(canvas.id, drafts)
        return store.workspace


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def median_of(action) -> float:
    action()  # warm-up: imports, caches of the templates
    return statistics.median(timed(action) for _ in range(RUNS))


def bare_csv(workspace) -> None:
    stream = io.StringIO()
    writer = csv.writer(stream)
    for canvas in workspace.canvases:
        for c in canvas.cards:
            writer.writerow([canvas.title, c.block_id, c.text, c.note, ",".join(c.tags), c.votes])
    stream.getvalue().encode("utf-8")


def bare_text(workspace) -> None:
    lines = [f"- {c.text}\n  {c.note}" for canvas in workspace.canvases for c in canvas.cards]
    "\n".join(lines).encode("utf-8")


def bare_pptx(workspace) -> None:
    """python-pptx alone: one blank slide per canvas with one plain text box per card."""
    from pptx import Presentation
    from pptx.util import Emu

    deck = Presentation()
    for canvas in workspace.canvases:
        slide = deck.slides.add_slide(deck.slide_layouts[6])
        for index, card in enumerate(canvas.cards):
            x, y = Emu(100_000 + (index % 20) * 500_000), Emu(100_000 + (index // 20) * 400_000)
            slide.shapes.add_textbox(x, y, Emu(450_000), Emu(350_000)).text_frame.text = card.text
    deck.save(io.BytesIO())


def ours(key: str, workspace) -> None:
    from ecanvas.exports import by_key
    from ecanvas.report.options import ExportOptions

    by_key(key).load_writer()(workspace, io.BytesIO(), ExportOptions())


def main() -> int:
    scratch = Path("/dev/shm") if Path("/dev/shm").is_dir() else None
    with tempfile.TemporaryDirectory(dir=scratch) as folder:
        os.environ.setdefault("ECANVAS_DATA_DIR", folder)
        big = build_workspace(Path(folder), BIG_CANVASES, BIG_CARDS // BIG_CANVASES)
        slides = build_workspace(Path(folder), SLIDE_CANVASES, SLIDE_CARDS)
    results = {
        "markdown": (median_of(lambda: ours("md", big)), median_of(lambda: bare_text(big))),
        "csv": (median_of(lambda: ours("csv", big)), median_of(lambda: bare_csv(big))),
        "pptx": (median_of(lambda: ours("pptx", slides)), median_of(lambda: bare_pptx(slides))),
    }
    report = {"benchmark": "exports", "timing": f"median of {RUNS} runs after a warm-up"}
    for name, (seconds, baseline) in results.items():
        report[name] = {
            "seconds": round(seconds, 4),
            "baseline_seconds": round(baseline, 4),
            "ratio": round(seconds / baseline, 1) if baseline else None,
            "target_seconds": TARGETS[name],
            "pass": seconds <= TARGETS[name],
        }
    report["markdown"]["workload"] = report["csv"]["workload"] = f"{BIG_CARDS} cards"
    report["pptx"]["workload"] = f"{SLIDE_CANVASES} canvases x {SLIDE_CARDS} cards"
    report["pptx"]["baseline"] = "python-pptx: a blank slide per canvas, a plain text box per card"
    report["markdown"]["baseline"] = "one joined string of each card's text and note"
    report["csv"]["baseline"] = "csv.writer of six raw fields per card"
    report["pass"] = all(report[name]["pass"] for name in results)
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0 if report["pass"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
