"""Markdown and CSV exports read back: every card present, with its facts, user text literal."""

from __future__ import annotations

import csv
import io
import re
from datetime import date

from ecanvas.report.cards_csv import COLUMNS, safe_cell, write_cards_csv
from ecanvas.report.markdown import markdown_text
from ecanvas.report.options import ExportOptions


def _csv_rows(workspace, **options) -> list[dict[str, str]]:
    stream = io.BytesIO()
    write_cards_csv(workspace, stream, ExportOptions(**options))
    data = stream.getvalue()
    assert data.startswith(b"\xef\xbb\xbf"), "a byte-order mark, so spreadsheets read UTF-8"
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_has_one_row_per_card_with_every_field(english_store):
    workspace = english_store.workspace
    rows = _csv_rows(workspace)
    assert tuple(rows[0]) == COLUMNS
    cards = [card for canvas in workspace.canvases for card in canvas.cards]
    assert sorted(r["text"] for r in rows) == sorted(c.text for c in cards)
    action = next(r for r in rows if r["text"] == "Traceable single origin")
    assert action["canvas"] == "Paths"
    assert action["block"] == "Differentiation"
    assert (action["owner"], action["due"], action["status"]) == (
        "Wang Qiang",
        "2027-03-01",
        "doing",
    )
    offer = next(r for r in rows if r["text"] == "Fresh tea delivered weekly")
    assert offer["note"].startswith("Picked in Yunnan")
    assert (offer["tags"], offer["votes"]) == ("tea", "2")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", offer["created"])


def test_csv_in_chinese_keeps_quotes_commas_and_newlines(chinese_store):
    canvas = chinese_store.workspace.canvases[0]
    block = canvas.blocks[0]
    tricky = 'He said "yes", then\nleft; 价格 ¥99, 含税'
    chinese_store.add_card(canvas.id, block.id, tricky, tags=["a", "b c"])
    rows = _csv_rows(chinese_store.workspace, language="zh")
    assert len(rows) == len(canvas.cards)
    row = next(r for r in rows if r["text"] == tricky)
    assert row["block"] == block.title_zh
    assert row["tags"] == "a, b c"


def test_csv_cells_that_would_run_as_formulas_are_defused():
    assert safe_cell('=HYPERLINK("http://x")') == '\'=HYPERLINK("http://x")'
    assert safe_cell("@SUM(A1)") == "'@SUM(A1)"
    assert safe_cell("+86 21 5555") == "'+86 21 5555"
    assert safe_cell("-5%") == "-5%"
    assert safe_cell("-3.5") == "-3.5"
    assert safe_cell("plain") == "plain"


def test_markdown_lists_every_canvas_block_and_card(english_store):
    workspace = english_store.workspace
    text = markdown_text(workspace, ExportOptions(language="en"), today=date(2026, 3, 1))
    headings = re.findall(r"^(#+) (.+)$", text, flags=re.MULTILINE)
    assert headings[0] == ("#", "Cloud Tea strategy")
    canvas_headings = [t for level, t in headings if level == "##"]
    assert canvas_headings == [c.title for c in workspace.canvases]
    block_headings = [t for level, t in headings if level == "###"]
    for canvas in workspace.canvases:
        for block in canvas.blocks:
            assert any(h.startswith(block.title_en) for h in block_headings)
    items = re.findall(r"^- \*\*(.+?)\*\*", text, flags=re.MULTILINE)
    cards = [card for canvas in workspace.canvases for card in canvas.cards]
    assert sorted(items) == sorted(c.text for c in cards)
    assert "  > Picked in Yunnan on Monday, at the door on Friday." in text
    assert "Owner: Wang Qiang · Due 2027-03-01 · In progress" in text
    assert "- Fresh tea delivered weekly → Subscription 99 yuan per month" in text
    assert "**Client:** Cloud Tea House" in text


def test_markdown_keeps_user_text_literal(english_store):
    canvas = english_store.workspace.canvases[0]
    block = canvas.blocks[0]
    english_store.add_card(
        canvas.id, block.id, "# not a heading *or* <b>bold</b>", note="- no list"
    )
    text = markdown_text(english_store.workspace, ExportOptions(language="en"))
    assert r"- **\# not a heading \*or\* \<b\>bold\</b\>**" in text
    assert r"  > \- no list" in text


def test_markdown_of_chosen_canvases_in_chinese(english_store):
    paths = english_store.workspace.canvases[1]
    text = markdown_text(english_store.workspace, ExportOptions("zh", canvas_ids=(paths.id,)))
    assert "## Paths" in text and "## Business model" not in text
    assert "### 差异化" in text
    assert "负责人：Wang Qiang" in text


def test_markdown_opens_with_the_summary_and_recommendations(english_store):
    english_store.set_properties(
        summary="Grow **members** first.\n\n- Tmall <flagship>\n- Douyin", recommendations="1. Go"
    )
    text = markdown_text(english_store.workspace, ExportOptions(language="en"))
    summary_at, recommendations_at = text.index("## Executive summary"), text.index("## Recom")
    assert summary_at < recommendations_at < text.index("## Business model")
    assert "Grow **members** first.\n\n- Tmall \\<flagship\\>\n- Douyin\n" in text
    assert "## Recommendations\n\n1. Go\n" in text
