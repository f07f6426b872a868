"""The running header names the section a page opens with: a section that a conditional page
break pushes onto a new page (its spacing above lands at the page's top) is named there, not
the section before it."""

from __future__ import annotations

import pytest
from report_helpers import needs_poppler, pdf_outline, pdf_text

from ecanvas.report import ReportOptions, build_report
from ecanvas.store.defaults import populate_example

SECTIONS = ("cover", "contents", "summary", "cards", "changes", "scores", "actions", "voting",
            "checks", "appendix")  # fmt: skip


@needs_poppler
@pytest.mark.parametrize("language", ["en", "zh"])
def test_each_page_names_the_section_it_opens_with(make_store, tmp_path, language):
    store = make_store(title="云间茶舍", language=language)
    populate_example(store, language)
    canvases = store.workspace.canvases
    store.take_snapshots([c.id for c in canvases], "Kick-off")
    first = canvases[0]
    store.add_cards(first.id, [{"block_id": first.blocks[0].id, "text": "New since kick-off"}])
    options = ReportOptions(language=language, sections=SECTIONS)
    output = build_report(store.workspace, tmp_path / f"r-{language}.pdf", options)
    starts = {}
    for entry in pdf_outline(output):
        if entry.level == 0:
            starts.setdefault(entry.page, entry.title)
    checked = 0
    for page, title in starts.items():
        lines = [line for line in pdf_text(output, page).splitlines() if line.strip()]
        if page == 1 or len(lines) < 3 or lines[2] != title:
            continue  # the cover, or the page goes on with the section before
        assert lines[1] == title, (
            f"page {page} opens with {title!r} but its header names {lines[1]!r}"
        )
        checked += 1
    assert checked >= 3
