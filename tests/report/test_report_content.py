"""What a reader finds in the report: every card, the outline, the fonts, the metadata."""

from __future__ import annotations

import pytest
from report_helpers import (
    CHINESE_CARDS,
    ENGLISH_CARDS,
    needs_poppler,
    page_sizes,
    pdf_fonts,
    pdf_outline,
    pdf_text,
    squeezed,
)

from ecanvas.report import SECTIONS, ReportOptions, build_report

pytestmark = needs_poppler
A4 = (595.28, 841.89)
LETTER = (612.0, 792.0)


def test_every_english_card_and_note_is_in_the_text(english_store, tmp_path):
    output = build_report(english_store.workspace, tmp_path / "report.pdf")
    text = squeezed(pdf_text(output))
    for entries in ENGLISH_CARDS.values():
        for card_text, note in entries:
            assert squeezed(card_text) in text
            assert squeezed(note) in text
    assert "Traceablesingleorigin" in text
    assert output == (tmp_path / "report.pdf").absolute()


def test_every_chinese_card_and_note_is_in_the_text(chinese_store, tmp_path):
    output = build_report(
        chinese_store.workspace, tmp_path / "报告.pdf", ReportOptions(language="zh")
    )
    text = squeezed(pdf_text(output))
    for entries in CHINESE_CARDS.values():
        for card_text, note in entries:
            assert squeezed(card_text) in text
            assert squeezed(note) in text
    for label in ("目录", "执行摘要", "行动计划", "附录：框架指引", "价值主张"):
        assert label in text


def test_sections_and_template_texts_follow_the_report_language(english_store, tmp_path):
    english = squeezed(pdf_text(build_report(english_store.workspace, tmp_path / "en.pdf")))
    chinese = squeezed(
        pdf_text(
            build_report(english_store.workspace, tmp_path / "zh.pdf", ReportOptions(language="zh"))
        )
    )
    assert "Executivesummary" in english and "Valueproposition" in english
    assert "执行摘要" in chinese and "价值主张" in chinese
    assert "执行摘要" not in english and "Executivesummary" not in chinese


def test_outline_has_sections_and_one_entry_per_canvas(english_store, tmp_path):
    output = build_report(english_store.workspace, tmp_path / "report.pdf")
    outline = pdf_outline(output)
    top = [entry.title for entry in outline if entry.level == 0]
    assert top == [
        "Cover", "Contents", "Executive summary", "Canvases", "Scores", "Action plan",
        "Appendix: framework guidance",
    ]  # fmt: skip
    start = [e.title for e in outline].index("Canvases")
    canvases = []
    for entry in outline[start + 1 :]:
        if entry.level == 0:
            break
        if entry.level == 1:
            canvases.append(entry)
    assert [c.title for c in canvases] == ["Business model", "Paths"]
    sizes = page_sizes(output)
    for canvas in canvases:  # each canvas is drawn on a landscape page
        width, height = sizes[canvas.page - 1]
        assert width > height


def test_only_the_canvases_section_gives_one_landscape_page_per_canvas(english_store, tmp_path):
    options = ReportOptions(sections=("canvases",))
    output = build_report(english_store.workspace, tmp_path / "canvases.pdf", options)
    sizes = page_sizes(output)
    assert len(sizes) == len(english_store.workspace.canvases)
    assert all(w > h for w, h in sizes)


def test_chosen_canvases_only_and_in_workspace_order(english_store, tmp_path):
    second = english_store.workspace.canvases[1]
    options = ReportOptions(canvas_ids=(second.id,), sections=("canvases", "cards"))
    output = build_report(english_store.workspace, tmp_path / "one.pdf", options)
    text = squeezed(pdf_text(output))
    assert "Traceablesingleorigin" in text
    assert "Freshteadeliveredweekly" not in text
    assert [e.title for e in pdf_outline(output) if e.level == 1] == ["Paths"]


def test_contents_lists_the_pages_where_sections_start(english_store, tmp_path):
    output = build_report(english_store.workspace, tmp_path / "report.pdf")
    outline = {e.title: e.page for e in pdf_outline(output)}
    contents_page = pdf_text(output, page=outline["Contents"], layout=True)
    lines = [line.strip() for line in contents_page.splitlines()]
    for title in ("Executive summary", "Action plan", "Business model"):
        line = next(line for line in lines if line.startswith(title))
        assert line.endswith(str(outline[title])), line


def test_every_font_is_embedded(english_store, chinese_store, tmp_path):
    outputs = [
        build_report(english_store.workspace, tmp_path / "en.pdf"),
        build_report(chinese_store.workspace, tmp_path / "zh.pdf", ReportOptions(language="zh")),
        build_report(
            english_store.workspace, tmp_path / "letter.pdf", ReportOptions(paper="letter")
        ),
    ]
    for output in outputs:
        fonts = pdf_fonts(output)
        assert fonts, output
        assert all(font["emb"] == "yes" for font in fonts), fonts
        assert not any("Helvetica" in font["name"] for font in fonts)


def test_metadata_names_the_workspace(english_store, chinese_store, tmp_path):
    from pypdf import PdfReader

    reader = PdfReader(build_report(english_store.workspace, tmp_path / "en.pdf"))
    info = reader.metadata
    assert info.title == "Cloud Tea strategy"
    assert info.author == "Li Na"
    assert "Cloud Tea House" in info.subject
    assert info.creator == "ecanvas"
    assert reader.trailer["/Root"]["/Lang"] == "en"
    options = ReportOptions(language="zh")
    chinese = PdfReader(build_report(chinese_store.workspace, tmp_path / "zh.pdf", options))
    assert chinese.trailer["/Root"]["/Lang"] == "zh-CN"
    assert chinese.metadata.title == "云间茶舍战略"


@pytest.mark.parametrize(("paper", "size"), [("a4", A4), ("letter", LETTER)])
def test_paper_size(english_store, tmp_path, paper, size):
    output = build_report(english_store.workspace, tmp_path / "r.pdf", ReportOptions(paper=paper))
    sizes = page_sizes(output)
    portrait = [s for s in sizes if s[1] > s[0]]
    landscape = [s for s in sizes if s[0] > s[1]]
    assert portrait and landscape
    assert all(s == pytest.approx(size, abs=0.5) for s in portrait)
    assert all(s == pytest.approx(size[::-1], abs=0.5) for s in landscape)


def test_summary_scores_and_actions_say_what_matters(english_store, tmp_path):
    text = pdf_text(build_report(english_store.workspace, tmp_path / "report.pdf"))
    assert "Leading path: Differentiation (5/5)" in text
    assert "Most-voted cards" in text
    flat = squeezed(text)
    assert "2027-03-01" in flat and "WangQiang" in flat and "Inprogress" in flat


def test_sections_can_be_left_out(english_store, tmp_path):
    options = ReportOptions(sections=("summary", "actions"))
    output = build_report(english_store.workspace, tmp_path / "short.pdf", options)
    titles = [e.title for e in pdf_outline(output)]
    assert titles == ["Executive summary", "Action plan"]
    assert all(w < h for w, h in page_sizes(output))


def test_progress_reaches_the_total(english_store, tmp_path):
    calls: list[tuple[int, int]] = []
    build_report(
        english_store.workspace, tmp_path / "r.pdf", progress=lambda d, t: calls.append((d, t))
    )
    assert calls[0][0] == 0
    assert calls[-1][0] == calls[-1][1]
    done = [d for d, _ in calls]
    assert done == sorted(done)
    assert len({t for _, t in calls}) == 1


def test_every_section_but_the_strategy_checks_is_in_by_default():
    assert ReportOptions().sections == tuple(s for s in SECTIONS if s not in ("checks", "changes"))
