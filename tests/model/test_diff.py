"""Comparing two states of a canvas: by id for a snapshot of the same canvas, by content for
another canvas of the same template."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from ecanvas.model import Block, Canvas, Card, Link
from ecanvas.model.diff import diff_canvases


def _canvas(canvas_id: int = 1, id_offset: int = 0) -> Canvas:
    """A SWOT-like canvas: strengths (3 cards), weaknesses (1), and two links."""
    canvas = Canvas(id=canvas_id, title="SWOT", template_key="swot")
    keys = [("strengths", "Strengths", "优势"), ("weaknesses", "Weaknesses", "劣势"),
            ("opportunities", "Opportunities", "机会")]  # fmt: skip
    canvas.blocks = [
        Block(id=10 + i + id_offset, canvas_id=canvas_id, key=key, title_en=en, title_zh=zh,
              position=i)
        for i, (key, en, zh) in enumerate(keys)
    ]  # fmt: skip
    strengths, weaknesses = canvas.blocks[0].id, canvas.blocks[1].id
    texts = [(strengths, "Loyal members 忠实会员"), (strengths, "Own tea gardens"),
             (strengths, "Fast delivery"), (weaknesses, "Thin margins")]  # fmt: skip
    canvas.cards = [
        Card(id=100 + i + id_offset, canvas_id=canvas_id, block_id=block, text=text, position=i)
        for i, (block, text) in enumerate(texts)
    ]
    ids = [card.id for card in canvas.cards]
    canvas.links = [
        Link(id=1000 + id_offset, canvas_id=canvas_id, source_id=ids[0], target_id=ids[3]),
        Link(id=1001 + id_offset, canvas_id=canvas_id, source_id=ids[1], target_id=ids[2]),
    ]
    return canvas


def test_an_unchanged_canvas_has_no_changes():
    before = _canvas()
    assert diff_canvases(before, copy.deepcopy(before)).is_empty
    assert diff_canvases(before, _canvas(canvas_id=2, id_offset=50)).is_empty


def test_by_id_every_kind_of_change_is_found_and_named():
    before = _canvas()
    after = copy.deepcopy(before)
    after.card(100).text = "Loyal members (40%)"
    after.card(100).owner = "王芳"
    after.card(100).due = date(2026, 6, 1)
    after.card(101).block_id = 12  # moved to opportunities
    after.card(101).tags = ["farm"]
    after.cards = [c for c in after.cards if c.id != 102]
    after.links = [lk for lk in after.links if lk.id != 1001]
    after.cards.append(Card(id=104, canvas_id=1, block_id=11, text="Few reviews"))
    after.links.append(Link(id=1002, canvas_id=1, source_id=104, target_id=103, label="why"))
    changes = diff_canvases(before, after)
    assert changes.matched_by == "id"
    assert [(c.card_id, c.text, c.after_block) for c in changes.added] == [
        (104, "Few reviews", "weaknesses")
    ]
    assert [(c.card_id, c.text, c.before_block) for c in changes.removed] == [
        (102, "Fast delivery", "strengths")
    ]
    assert [(c.card_id, c.before_block, c.after_block) for c in changes.moved] == [
        (101, "strengths", "opportunities")
    ]
    edited = {c.card_id: c for c in changes.edited}
    assert edited[100].field_names == ("text", "owner", "due")
    assert edited[100].fields[0].before == "Loyal members 忠实会员"
    assert edited[101].field_names == ("tags",)
    assert [(lk.source_text, lk.target_text, lk.label) for lk in changes.links_added] == [
        ("Few reviews", "Thin margins", "why")
    ]
    assert [(lk.source_id, lk.target_id) for lk in changes.links_removed] == [(101, 102)]
    assert changes.change_count == 7


def test_the_json_lists_name_each_card_id_and_text():
    before = _canvas()
    after = copy.deepcopy(before)
    after.card(103).due = date(2026, 1, 31)
    after.card(103).block_id = 10
    data = diff_canvases(before, after).as_json()
    assert set(data) == {"matched_by", "added", "removed", "moved", "edited", "links_added",
                         "links_removed"}  # fmt: skip
    assert data["moved"] == [{"card_id": 103, "text": "Thin margins", "from_block": "weaknesses",
                              "to_block": "strengths"}]  # fmt: skip
    due = {"due": {"before": None, "after": "2026-01-31"}}
    assert data["edited"] == [
        {"card_id": 103, "text": "Thin margins", "block": "strengths", "changes": due}
    ]


def test_by_content_another_canvas_of_the_template_is_matched_by_text_and_block():
    before = _canvas()
    after = _canvas(canvas_id=2, id_offset=50)  # the same cards with other ids
    card = next(c for c in after.cards if c.text == "Own tea gardens")
    card.block_id = after.block_by_key("opportunities").id  # moved
    fast = next(c for c in after.cards if c.text == "Fast delivery")
    fast.text = "Fast delivery, same day"  # edited: similar text in the same block
    after.card(153).text = "thin   MARGINS"  # case and spaces do not count
    after.cards.append(Card(id=160, canvas_id=2, block_id=after.blocks[2].id, text="Export"))
    changes = diff_canvases(before, after)
    assert changes.matched_by == "content"
    assert [c.text for c in changes.added] == ["Export"]
    assert changes.removed == []
    assert [(c.before_id, c.after_id) for c in changes.moved] == [(101, 151)]
    assert [(c.before_id, c.after_id, c.field_names) for c in changes.edited] == [
        (102, 152, ("text",)),
        (103, 153, ("text",)),
    ]
    assert changes.links_added == changes.links_removed == []
    assert changes.as_json()["moved"][0]["was_card_id"] == 101


def test_by_content_different_texts_are_an_addition_and_a_removal():
    before = _canvas()
    after = _canvas(canvas_id=2, id_offset=50)
    after.card(153).text = "Expensive logistics"
    changes = diff_canvases(before, after)
    assert [c.text for c in changes.added] == ["Expensive logistics"]
    assert [c.text for c in changes.removed] == ["Thin margins"]
    assert [(lk.source_text, lk.target_text) for lk in changes.links_added] == [
        ("Loyal members 忠实会员", "Expensive logistics")
    ]
    assert len(changes.links_removed) == 1


def test_the_matching_can_be_chosen_and_must_be_known():
    before = _canvas()
    assert diff_canvases(before, _canvas(id_offset=50), match="content").is_empty
    assert len(diff_canvases(before, _canvas(id_offset=50), match="id").added) == 4
    with pytest.raises(ValueError, match="unknown way to match"):
        diff_canvases(before, before, match="title")


def test_block_titles_come_from_both_sides_in_each_language():
    before = _canvas()
    after = copy.deepcopy(before)
    after.blocks = after.blocks[:2]
    changes = diff_canvases(before, after)
    assert changes.block_title("opportunities", "zh") == "机会"
    assert changes.block_title("strengths", "en") == "Strengths"
