"""Report of a workspace holding one card with 10 MB of text, against an ordinary report.

Run from the repository root:

    .venv/bin/python benchmarks/big_card.py

Prints JSON: the seconds for the PDF of the 10 MB card (target ≤ 5 s), the seconds for a
report of one ordinary card in the same run (the baseline), the pages and the PDF's size.
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from ecanvas.report import ReportOptions, build_report
from ecanvas.store import create_workspace

TARGET_S = 5.0
TEXT = ("这是一段很长的卡片文字。Some English words in it too. " * 300_000)[:10_000_000]


def timed_report(folder: Path, name: str, text: str) -> tuple[float, Path]:
    with create_workspace(folder / f"{name}.ecanvas", title=name) as store:
        canvas = store.add_canvas("swot")
        store.add_card(canvas.id, canvas.blocks[0].id, text)
        workspace = store.workspace
    started = time.perf_counter()
    output = build_report(workspace, folder / f"{name}.pdf", ReportOptions())
    return time.perf_counter() - started, output


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="ecanvas-bench-") as temporary:
        folder = Path(temporary)
        timed_report(folder, "warm-up", "warm up fonts and reportlab")
        baseline, _ = timed_report(folder, "ordinary", "An ordinary card")
        seconds, output = timed_report(folder, "ten-megabytes", TEXT)
        from pypdf import PdfReader

        pages = len(PdfReader(output).pages)
        size = output.stat().st_size
    print(json.dumps({
        "card_characters": len(TEXT),
        "report_s": round(seconds, 3),
        "baseline_ordinary_report_s": round(baseline, 3),
        "pages": pages,
        "pdf_bytes": size,
        "target_s": TARGET_S,
        "pass": seconds <= TARGET_S,
    }, indent=2))  # fmt: skip


if __name__ == "__main__":
    main()
