"""The report as a document: the user's summary and recommendations open it, short sections share
a page, empty sections are left out, user markup stays text."""

from __future__ import annotations

from report_helpers import needs_poppler, page_sizes, pdf_outline, pdf_text, squeezed

from ecanvas.report import ReportOptions, build_report

SUMMARY = "We grow **members** first.\n\n- Tmall flagship <img src='/etc/passwd'/>\n- Douyin live"
RECOMMENDATIONS = "### Now\n1. Launch the *membership* programme\n2. 三场直播每周"


@needs_poppler
def test_summary_and_recommendations_open_the_report(english_store, tmp_path):
    english_store.set_properties(summary=SUMMARY, recommendations=RECOMMENDATIONS)
    output = build_report(english_store.workspace, tmp_path / "doc.pdf")
    outline = {entry.title: entry.page for entry in pdf_outline(output) if entry.level == 0}
    assert list(outline)[:4] == ["Cover", "Contents", "Executive summary", "Recommendations"]
    text = pdf_text(output)
    flat = squeezed(text)
    summary_at = flat.index("Wegrowmembersfirst.")
    assert summary_at < flat.index("Ataglance") < flat.index("RecommendationsNow1.Launch")
    assert "Tmall flagship <img src='/etc/passwd'/>" in text
    assert "1.Launchthemembershipprogramme2.三场直播每周" in flat
    assert "三场直播每周" in text


@needs_poppler
def test_short_sections_share_a_page_and_empty_ones_are_left_out(make_store, tmp_path):
    store = make_store(title="Small")
    canvas = store.add_canvas("strategic-paths", title="Paths")
    block = canvas.blocks[0]
    store.add_card(canvas.id, block.id, "Cheapest tea online", owner="Li", status="todo")
    store.set_block_score(block.id, 4)
    options = ReportOptions(sections=("summary", "recommendations", "cards", "scores", "actions"))
    output = build_report(store.workspace, tmp_path / "small.pdf", options)
    sections = {entry.title: entry.page for entry in pdf_outline(output) if entry.level == 0}
    assert "Recommendations" not in sections  # nothing written, so no empty section
    # Four short sections on two pages, not one page each; the short action plan that ends the
    # report does not stand alone on its last page.
    assert sections["Executive summary"] == sections["Cards"] == 1
    assert sections["Scores"] == sections["Action plan"] == 2 and len(page_sizes(output)) == 2
    text = pdf_text(output)
    assert "No card has votes yet" not in text and "Most-voted cards" not in text
    assert "No cards in this block" not in text
    # Only the block with a card is listed (the drawing, which shows them all, was not asked for).
    listing = text[text.index("Strategic paths · 1 card") : text.index("Scores\nPaths")]
    assert "Cost leadership" in listing and "Differentiation" not in listing


@needs_poppler
def test_a_workspace_with_nothing_to_report_still_gives_a_page(make_store, tmp_path):
    store = make_store(title="Empty")
    options = ReportOptions(sections=("scores", "actions", "appendix"))
    output = build_report(store.workspace, tmp_path / "empty.pdf", options)
    assert "This workspace has no canvases yet." in pdf_text(output)


@needs_poppler
def test_a_note_never_starts_a_page_without_its_card(make_store, tmp_path):
    store = make_store(title="Notes")
    canvas = store.add_canvas("swot", title="Many notes")
    for n in range(60):
        note = f"NOTE{n:02d} " + "a reason that takes a few lines of the page " * (3 + n % 5)
        store.add_card(canvas.id, canvas.blocks[n % 4].id, f"CARD{n:02d} what we do", note=note)
    output = build_report(store.workspace, tmp_path / "notes.pdf",
                          ReportOptions(sections=("cards",)))  # fmt: skip
    pages = [pdf_text(output, page=number) for number in range(1, len(page_sizes(output)) + 1)]
    assert len(pages) > 3

    def page_of(word: str) -> int:
        return next(index for index, text in enumerate(pages) if word in text)

    for n in range(60):
        assert page_of(f"CARD{n:02d}") == page_of(f"NOTE{n:02d}"), n
