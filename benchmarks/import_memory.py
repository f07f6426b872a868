"""Peak memory of `ecanvas import` for a 100 MB interchange document, against its size.

Run from the repository root:

    .venv/bin/python benchmarks/import_memory.py [--megabytes 100]

Writes documents of about the given size (20 canvases of cards with Latin, Chinese, or mixed
card texts; and one canvas whose cards are linked and voted on) and imports each in a child
process; prints JSON with each document's size, the child's peak resident memory (everything
the process held: interpreter, libraries, SQLite's cache; not only Python objects), the time the
import took, the same peak for a child that only loads the import code (the baseline), and the
ratio of peak to size (target ≤ 3).

    --against DIR   also import each document with the ecanvas package found in DIR (another
                    checkout, e.g. `git archive main | tar -x -C DIR`): before and after, same run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

TARGET_RATIO = 3.0
CHILD = """
import resource, sys, time
from ecanvas.store.interchange import import_json
start, cpu = time.perf_counter(), time.process_time()
if sys.argv[1] != "-":
    import_json(sys.argv[1], sys.argv[2])
usage = resource.getrusage(resource.RUSAGE_SELF)
print(time.perf_counter() - start, time.process_time() - cpu, usage.ru_maxrss * 1024)
"""
TEXTS = {
    "latin": "Fresh tea delivered weekly to office workers in tier-one cities. " * 4,
    "chinese": "面向一线城市白领的每周鲜茶配送，产地直供，可追溯。" * 8,
    "mixed": "卡片文字 card text, 中英混合 mixed words " * 6,
    "workshop": "卡片 card " * 4,  # short cards on one canvas, each linked, voted on
}


def make_document(path: Path, megabytes: int, kind: str) -> int:
    from ecanvas.model import Block, Canvas, Card, Link, Workspace
    from ecanvas.model.entities import Dot, Participant, VotingRound
    from ecanvas.store.interchange import document_bytes

    text = TEXTS[kind]
    workspace = Workspace(title="memory")
    workshop = kind == "workshop"
    card_bytes = len(text.encode()) + (1100 if workshop else 600)  # a card's share, roughly
    canvases = 1 if workshop else 20
    per_canvas = megabytes * 1_000_000 // card_bytes // canvases
    block_id = card_id = 1
    for number in range(1, canvases + 1):
        canvas = Canvas(id=number, title=f"canvas {number}", template_key="swot",
                        position=number)  # fmt: skip
        for index in range(4):
            canvas.blocks.append(Block(id=block_id, canvas_id=number, key=f"b{index}",
                                       title_en="B", title_zh="B", position=index))  # fmt: skip
            block_id += 1
        for index in range(per_canvas):
            canvas.cards.append(Card(id=card_id, canvas_id=number,
                                     block_id=canvas.blocks[index % 4].id, text=text,
                                     tags=["tag"], position=index))  # fmt: skip
            if workshop and index:
                canvas.links.append(Link(id=card_id, canvas_id=number, source_id=card_id - 1,
                                         target_id=card_id))  # fmt: skip
            card_id += 1
        workspace.canvases.append(canvas)
    if workshop:
        workspace.participants = [Participant(n, f"P{n}", position=n) for n in range(1, 9)]
        workspace.rounds = [VotingRound(1, "canvas", 1, None, 3, 3, "closed")]
        workspace.dots = [Dot(n, 1, 1 + n % 8, n) for n in range(1, card_id)]
    data = document_bytes(workspace)
    path.write_bytes(data)
    return len(data)


def run(*args: str, against: str | None = None) -> tuple[float, float, int]:
    """Seconds the import took (wall clock and CPU: on a busy machine the CPU time compares
    better) and the child's peak resident memory in bytes."""
    env = dict(os.environ, PYTHONPATH=against) if against else None
    # -P: not the current folder first, so PYTHONPATH (or the installed package) decides.
    done = subprocess.run([sys.executable, "-P", "-c", CHILD, *args], capture_output=True,
                          text=True, check=True, env=env)  # fmt: skip
    seconds, cpu, peak = done.stdout.split()[-3:]
    return float(seconds), float(cpu), int(peak)


def measure(document: Path, target: Path, against: str | None) -> dict:
    size = document.stat().st_size
    seconds, cpu, used = run(str(document), str(target), against=against)
    target.unlink()
    return {"document_bytes": size, "peak_bytes": used, "ratio": round(used / size, 2),
            "seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2),
            "pass": used / size <= TARGET_RATIO}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, default=100)
    parser.add_argument("--against", help="another checkout to measure in the same run")
    args = parser.parse_args()
    results: dict = {"baseline_peak_bytes": run("-", "-")[2], "target_ratio": TARGET_RATIO}
    if args.against:
        results["against"] = {"baseline_peak_bytes": run("-", "-", against=args.against)[2]}
    with tempfile.TemporaryDirectory(prefix="ecanvas-bench-") as temporary:
        folder = Path(temporary)
        for name in TEXTS:
            document = folder / f"{name}.json"
            # Made in a child of its own: a child's peak memory counts from its parent's.
            subprocess.run([sys.executable, __file__, "--make", str(document),
                            str(args.megabytes), name], check=True)  # fmt: skip
            target = folder / f"{name}.ecanvas"
            results[name] = measure(document, target, None)
            if args.against:
                results["against"][name] = measure(document, target, args.against)
            document.unlink()
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--make"]:
        make_document(Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
    else:
        main()
