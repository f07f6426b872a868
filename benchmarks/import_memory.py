"""Peak memory of `ecanvas import` for a 100 MB interchange document, against its size.

Run from the repository root:

    .venv/bin/python benchmarks/import_memory.py [--megabytes 100]

Writes three documents of about the given size (Latin, Chinese, and mixed card texts) and
imports each in a child process; prints JSON with each document's size, the child's peak
resident memory, the same for a child that only loads the import code (the baseline), and the
ratio of peak to size (target ≤ 3).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

TARGET_RATIO = 3.0
CHILD = """
import resource, sys
from ecanvas.store.interchange import import_json
if sys.argv[1] != "-":
    import_json(sys.argv[1], sys.argv[2])
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
"""


def make_document(path: Path, megabytes: int, text: str) -> int:
    from ecanvas.model import Block, Canvas, Card, Workspace
    from ecanvas.store.interchange import document_bytes

    workspace = Workspace(title="memory")
    card_bytes = len(text.encode()) + 600  # a card's share of the JSON, roughly
    per_canvas = megabytes * 1_000_000 // card_bytes // 20
    block_id = card_id = 1
    for number in range(1, 21):
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
            card_id += 1
        workspace.canvases.append(canvas)
    data = document_bytes(workspace)
    path.write_bytes(data)
    return len(data)


def peak(*args: str) -> int:
    done = subprocess.run([sys.executable, "-c", CHILD, *args], capture_output=True, text=True,
                          check=True)  # fmt: skip
    return int(done.stdout.split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, default=100)
    args = parser.parse_args()
    results = {"baseline_peak_bytes": peak("-", "-"), "target_ratio": TARGET_RATIO}
    texts = {
        "latin": "Fresh tea delivered weekly to office workers in tier-one cities. " * 4,
        "chinese": "面向一线城市白领的每周鲜茶配送，产地直供，可追溯。" * 8,
        "mixed": "卡片文字 card text, 中英混合 mixed words " * 6,
    }
    with tempfile.TemporaryDirectory(prefix="ecanvas-bench-") as temporary:
        folder = Path(temporary)
        for name, text in texts.items():
            document = folder / f"{name}.json"
            # Made in a child of its own: a child's peak memory counts from its parent's.
            subprocess.run([sys.executable, __file__, "--make", str(document),
                            str(args.megabytes), text], check=True)  # fmt: skip
            size = document.stat().st_size
            used = peak(str(document), str(folder / f"{name}.ecanvas"))
            results[name] = {
                "document_bytes": size,
                "peak_bytes": used,
                "ratio": round(used / size, 2),
                "pass": used / size <= TARGET_RATIO,
            }
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--make"]:
        make_document(Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
    else:
        main()
