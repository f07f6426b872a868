"""No near-empty pages and no stranded headings, measured on realistic reports: the worked
example in both languages and generated workspaces of varied sizes, read back with pdftotext.

A portrait page's fill is how far down its text column the lowest line of text reaches. Pages
that stand alone by design (the cover, the contents) and the landscape drawings are left out.
"""

from __future__ import annotations

import random
import re

import pytest
from report_helpers import needs_poppler, pdf_words

from ecanvas.report import ReportOptions, build_report
from ecanvas.report.context import PAGE_MARGIN, PAGE_TOP_EXTRA
from ecanvas.store.defaults import populate_example

A4 = (595.2756, 841.8898)
LEAST_FILL = 0.25
TEMPLATES = ("swot", "business-model-canvas", "lean-canvas", "strategic-paths", "core-goals")
WORDS = ("tea", "subscription", "gift", "box", "margin", "渠道", "直播", "复购", "会员",
         "logistics", "Yunnan", "origin", "traceable", "品牌", "客户", "growth")  # fmt: skip


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words))


def _generated(store, seed: int) -> None:
    """Canvases with a varied number of cards and notes of varied length."""
    rng = random.Random(seed)
    for key in rng.sample(TEMPLATES, 4):
        canvas = store.add_canvas(key)
        drafts = []
        for _ in range(rng.randint(3, 45)):
            block = rng.choice(canvas.blocks)
            note = _sentence(rng, rng.choice((0, 0, 8, 25, 60, 140)))
            drafts.append({"block_id": block.id, "text": _sentence(rng, rng.randint(2, 9)),
                           "note": note, "votes": rng.randint(0, 3)})  # fmt: skip
        store.add_cards(canvas.id, drafts)


def page_fills(path) -> list[tuple[int, float, str]]:
    """(page, fill, last line of body text) of each portrait page after the contents."""
    from pypdf import PdfReader

    top = PAGE_MARGIN + PAGE_TOP_EXTRA  # the text column starts here, from the page's top
    result = []
    for number, page in enumerate(PdfReader(path).pages, start=1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        if number <= 2 or width > height:
            continue
        column = height - top - PAGE_MARGIN
        body = [w for w in pdf_words(path, number) if top - 2 < w.top < height - PAGE_MARGIN]
        lowest = max((w.bottom for w in body), default=top)
        last = " ".join(w.text for w in body if abs(w.bottom - lowest) < 3)
        result.append((number, (lowest - top) / column, last))
    return result


def _report(store, tmp_path, language: str):
    return build_report(store.workspace, tmp_path / f"report-{language}.pdf",
                        ReportOptions(language=language), force=True)  # fmt: skip


def _assert_well_paged(path) -> None:
    fills = page_fills(path)
    assert fills
    for number, fill, last in fills:
        assert fill >= LEAST_FILL, f"page {number} is {fill:.0%} full (ends with {last!r})"
        # A block heading (its title and card count) never ends a page.
        assert not re.search(r"\d+ (cards?|张卡片)$", last), f"page {number} ends on {last!r}"


@needs_poppler
@pytest.mark.parametrize("language", ["zh", "en"])
def test_the_worked_example_has_no_near_empty_page(make_store, tmp_path, language):
    store = make_store(title="云间茶舍", language=language)
    populate_example(store, language)
    _assert_well_paged(_report(store, tmp_path, language))


@needs_poppler
@pytest.mark.parametrize("seed", [2, 13, 39])
def test_generated_workspaces_have_no_near_empty_page(make_store, tmp_path, seed):
    store = make_store(title=f"Generated {seed}")
    _generated(store, seed)
    _assert_well_paged(_report(store, tmp_path, "en"))


@needs_poppler
def test_without_tail_guards_the_measure_finds_near_empty_pages(make_store, tmp_path,
                                                                 monkeypatch):  # fmt: skip
    # The same workspace with the guards left out ends a listing with two entries on a page
    # of their own: the measure sees it, so the test above can fail.
    from ecanvas.report import builder

    def unguarded(flowables, tail):
        tail.flowables.extend(flowables)
        return flowables

    monkeypatch.setattr(builder, "guarded", unguarded)
    store = make_store(title="Unguarded")
    _generated(store, 2)
    assert min(fill for _, fill, _ in page_fills(_report(store, tmp_path, "en"))) < 0.1
