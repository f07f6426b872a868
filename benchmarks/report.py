"""Benchmark: the PDF of 10 canvases × 100 cards, next to bare reportlab with the same paragraphs.

Run with `.venv/bin/python benchmarks/report.py`; prints one JSON object. Targets (PRODUCT.md):
the report in ≤ 3 s, and ≤ 1.5× a bare reportlab document holding the same card paragraphs, both
built in the same run on the same machine.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

TEMPLATES = (
    "business-model-canvas", "lean-canvas", "ecommerce-dimensions", "strategy-modules", "swot",
    "core-goals", "strategic-paths", "outlook", "business-model-design", "strategy-levels",
)  # fmt: skip
CARDS_PER_CANVAS = 100
RUNS = 3
TARGET_SECONDS = 3.0
TARGET_RATIO = 1.5
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
    "traceability",
    "品牌",
    "partner",
    "平台",
    "margin",
    "体验",
    "growth",
    "会员",
    "logistics",
    "内容",
]


def sentence(seed: int, length: int) -> str:
    return " ".join(WORDS[(seed * 7 + i * 3) % len(WORDS)] for i in range(length))


def build_workspace(folder: Path):
    """A workspace of 10 canvases with 100 cards each, written through the store."""
    from ecanvas.store import create_workspace

    store = create_workspace(folder / "bench.ecanvas", title="Benchmark 基准", language="en")
    store.set_properties(client="Bench Co. 基准公司", author="ecanvas")
    for index, key in enumerate(TEMPLATES):
        canvas = store.add_canvas(key, title=f"Canvas {index + 1} · 画布")
        drafts = [
            {
                "block_id": canvas.blocks[n % len(canvas.blocks)].id,
                "text": sentence(n, 6),
                "note": sentence(n + 1, 30),
                "tags": [WORDS[n % len(WORDS)]],
                "votes": n % 4,
                "owner": "王强" if n % 9 == 0 else "",
                "due": date(2027, 1, 1) + timedelta(days=n) if n % 9 == 0 else None,
                "status": "todo" if n % 9 == 0 else "",
            }
            for n in range(CARDS_PER_CANVAS)
        ]
        store.add_cards(canvas.id, drafts)
        for block in canvas.blocks:
            if block.scored:
                store.set_block_score(block.id, (block.position * 2 + 1) % 6)
    return store


def register_bare_font() -> str:
    """The same TrueType file registered the plain reportlab way, with no width cache."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from ecanvas.assets import resource_path
    from ecanvas.report.fonts import FONT_FILE

    if "BareSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("BareSans", str(resource_path(*FONT_FILE))))
    return "BareSans"


def facts_line(card) -> str:
    """The words of a card's facts row (tags, votes, owner, due, status) as the report prints."""
    facts = [*card.tags]
    facts += [f"{card.votes} votes"] if card.votes else []
    facts += [f"Owner: {card.owner}"] if card.owner else []
    facts += [f"Due {card.due.isoformat()}"] if card.due else []
    facts += [card.status] if card.status else []
    return " · ".join(facts)


def bare_reportlab(workspace, output: Path) -> None:
    """The paragraphs of the report's card listing (each card's text, facts row and note) in
    the same font file, built by plain reportlab: no drawings, tables or page furniture."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from ecanvas.report.text import clean

    def para_text(text: str) -> str:  # user text as literal Paragraph markup
        return escape(clean(text)).replace("\n", "<br/>")

    font = register_bare_font()
    style = ParagraphStyle("bare", fontName=font, fontSize=10, leading=14, wordWrap="CJK")
    story = []
    for canvas in workspace.canvases:
        for card in canvas.cards:
            story.append(Paragraph(para_text(card.text), style))
            if facts_line(card):
                story.append(Paragraph(para_text(facts_line(card)), style))
            story.append(Paragraph(para_text(card.note), style))
    SimpleDocTemplate(str(output), initialFontName=font).build(story)


def timed(action) -> float:
    """CPU seconds of the action: the build is single-threaded, and on a machine shared with
    other jobs wall-clock time mostly measures how long the process waited for a core."""
    start = time.process_time()
    action()
    return time.process_time() - start


def cold_report(workspace, output: Path) -> None:
    """One export with the text-wrapping caches emptied, as for a workspace seen the first time."""
    from ecanvas.report import build_report
    from ecanvas.report.text import wrap_lines, wrap_text

    wrap_lines.cache_clear()
    wrap_text.cache_clear()
    build_report(workspace, output, force=True)  # each run replaces the previous file


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        os.environ.setdefault("ECANVAS_DATA_DIR", str(folder))
        store = build_workspace(folder)
        from ecanvas.model import Workspace
        from ecanvas.report import build_report
        from ecanvas.report.fonts import register_fonts

        # Warm up imports and the font for both sides, without touching the measured texts.
        register_fonts()
        register_bare_font()
        build_report(Workspace(), folder / "warm-up.pdf")
        workspace = store.workspace
        bare_runs, report_runs = [], []
        for _ in range(RUNS):  # interleaved, so load from other processes hits both alike
            bare_runs.append(timed(lambda: bare_reportlab(workspace, folder / "bare.pdf")))
            report_runs.append(timed(lambda: cold_report(workspace, folder / "report.pdf")))
        bare, report = statistics.median(bare_runs), statistics.median(report_runs)
        pages = _page_count(folder / "report.pdf")
        store.close()
    ratio = report / bare
    result = {
        "benchmark": "report_10_canvases_x_100_cards",
        "report_seconds": round(report, 3),
        "bare_reportlab_seconds": round(bare, 3),
        "timing": f"CPU time, median of {RUNS} interleaved runs; report with empty wrapping caches",
        "ratio": round(ratio, 2),
        "report_pages": pages,
        "report_contents": "cover, contents, summary, 10 vector canvases, card listing, scores, "
        "action plan, appendix",
        "bare_contents": "each card's text, facts row and note as Paragraphs (SimpleDocTemplate)",
        "target_seconds": TARGET_SECONDS,
        "target_ratio": TARGET_RATIO,
        "seconds_pass": report <= TARGET_SECONDS,
        "ratio_pass": ratio <= TARGET_RATIO,
    }
    result["pass"] = result["seconds_pass"] and result["ratio_pass"]
    print(json.dumps(result, indent=2))
    return 0 if result["pass"] else 1


def _page_count(path: Path) -> int | None:
    try:
        from pypdf import PdfReader
    except ImportError:
        return None
    return len(PdfReader(path).pages)


if __name__ == "__main__":
    raise SystemExit(main())
