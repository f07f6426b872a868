"""The report after a workshop: every card's votes count its dots from the voting rounds, and a
"Voting results" section ranks each round's cards with who voted (left out without rounds)."""

from __future__ import annotations

import io

import pytest
from report_helpers import needs_poppler, pdf_outline, pdf_text, squeezed

from ecanvas.report import ReportOptions, build_report
from ecanvas.report.cards_csv import write_cards_csv
from ecanvas.report.markdown import markdown_text
from ecanvas.report.options import ExportOptions


@pytest.fixture
def workshop_store(english_store):
    """The English workspace after a workshop: two rounds on the business model canvas."""
    store = english_store
    canvas = store.workspace.canvases[0]
    ana, ben = store.add_participant("Ana Zhang"), store.add_participant("Ben Wu")
    value = canvas.block_by_key("value-proposition")
    first, second, *_ = canvas.cards_in(value.id)
    voting = store.start_round("block", canvas_id=canvas.id, block_id=value.id, dots=3,
                               highlight=1)  # fmt: skip
    for person, card in ((ana, second), (ben, second), (ben, first)):
        store.add_dot(voting.id, person.id, card.id)
    store.close_round(voting.id)
    store.start_round("canvas", canvas_id=canvas.id, dots=2)
    return store, first, second


@needs_poppler
def test_the_report_ranks_each_round_and_counts_dots_as_votes(workshop_store, tmp_path):
    store, _first, second = workshop_store
    output = build_report(store.workspace, tmp_path / "report.pdf")
    text = squeezed(pdf_text(output))
    assert "Votingresults" in text
    assert squeezed("Round 1: Business model › Value proposition") in text
    assert squeezed("Round 2: Business model") in text and "stillopen" in text
    assert squeezed(f"★ 1 {second.text}") in text  # the top card, highlighted
    assert squeezed("Ana Zhang 1, Ben Wu 1") in text
    assert "Nocardgotadotinthisround." in text  # the open round has no dots yet
    assert "4votes" in text  # 2 of its own + 2 dots, in the card listing
    assert "Voting results" in [entry.title for entry in pdf_outline(output)]


@needs_poppler
def test_a_round_of_one_dot_and_one_top_card_is_told_in_the_singular(english_store, tmp_path):
    store = english_store
    canvas = store.workspace.canvases[0]
    ana = store.add_participant("Ana Zhang")
    value = canvas.block_by_key("value-proposition")
    first = canvas.cards_in(value.id)[0]
    voting = store.start_round("block", canvas_id=canvas.id, block_id=value.id, dots=1,
                               highlight=1)  # fmt: skip
    store.add_dot(voting.id, ana.id, first.id)
    store.close_round(voting.id)
    text = squeezed(pdf_text(build_report(store.workspace, tmp_path / "one.pdf")))
    assert squeezed("one dot per participant") in text and "1dotsper" not in text
    assert squeezed("the top card highlighted (★)") in text and "thetop1" not in text


@needs_poppler
def test_the_chinese_report_has_the_section_in_chinese(workshop_store, tmp_path):
    store, _first, _second = workshop_store
    output = build_report(store.workspace, tmp_path / "报告.pdf", ReportOptions(language="zh"))
    text = squeezed(pdf_text(output))
    assert "投票结果" in text and "第1轮" in text and "仍在进行" in text


@needs_poppler
def test_a_report_without_rounds_has_no_voting_section(english_store, tmp_path):
    text = squeezed(pdf_text(build_report(english_store.workspace, tmp_path / "plain.pdf")))
    assert "Votingresults" not in text


def test_markdown_and_csv_count_the_dots_as_votes(workshop_store):
    store, _first, second = workshop_store
    markdown = markdown_text(store.workspace, ExportOptions())
    assert "4 votes" in markdown and "3 votes" in markdown
    stream = io.BytesIO()
    write_cards_csv(store.workspace, stream, ExportOptions())
    rows = stream.getvalue().decode("utf-8-sig").splitlines()
    assert any(second.text in row and ",4," in row for row in rows)
    assert store.workspace.find_card(second.id).votes == 2  # the workspace is left as it is
