"""Planning a merge: blocks by key, cards appended, duplicates found, links kept."""

from __future__ import annotations

import pytest

from ecanvas.model import Block, Canvas, Card, Link
from ecanvas.model.merge import (
    CanvasChoice,
    canvas_as_new,
    default_target,
    merge_result,
    merged_canvas,
    plan_merge,
)


def _canvas(canvas_id: int, base: int, cards: list[tuple[str, str]], template: str = "swot",
            extra_block: str | None = None) -> Canvas:  # fmt: skip
    canvas = Canvas(id=canvas_id, title=f"SWOT {canvas_id}", template_key=template)
    keys = ["strengths", "weaknesses", *([extra_block] if extra_block else [])]
    canvas.blocks = [
        Block(id=base + i, canvas_id=canvas_id, key=key, title_en=key.title(), title_zh=key,
              x=500.0 * i, w=480, h=360, position=i)
        for i, key in enumerate(keys)
    ]  # fmt: skip
    block = {b.key: b.id for b in canvas.blocks}
    canvas.cards = [
        Card(id=base + 100 + i, canvas_id=canvas_id, block_id=block[key], text=text, position=i)
        for i, (key, text) in enumerate(cards)
    ]
    return canvas


def test_cards_are_appended_to_the_blocks_of_the_same_key_with_their_links():
    target = _canvas(1, 10, [("strengths", "Brand"), ("weaknesses", "Margins")])
    source = _canvas(7, 70, [("strengths", "Members"), ("weaknesses", "Reviews")])
    source.cards[0].note, source.cards[0].tags = "40% repeat", ["私域"]
    source.links = [Link(id=5, canvas_id=7, source_id=170, target_id=171, label="but")]
    result = merged_canvas(plan_merge(source, target))
    assert [(c.text, result.block(c.block_id).key) for c in result.cards] == [
        ("Brand", "strengths"), ("Margins", "weaknesses"), ("Members", "strengths"),
        ("Reviews", "weaknesses"),
    ]  # fmt: skip
    members = result.cards[2]
    assert members.id < 0 and (members.note, members.tags) == ("40% repeat", ["私域"])
    assert members.canvas_id == 1
    assert [(lk.source_id, lk.target_id, lk.label) for lk in result.links] == [
        (members.id, result.cards[3].id, "but")
    ]
    assert target.cards[0].id == 110 and len(target.cards) == 2  # the target is not changed


def test_same_text_in_the_same_block_is_a_duplicate_skipped_unless_kept():
    target = _canvas(1, 10, [("strengths", "Brand"), ("weaknesses", "Margins")])
    source = _canvas(7, 70, [("strengths", " brand "), ("weaknesses", "Brand"),
                             ("strengths", "New")])  # fmt: skip
    source.links = [Link(id=5, canvas_id=7, source_id=170, target_id=172)]
    plan = plan_merge(source, target)
    assert [(d.source_card_id, d.target_card_id, d.block_key) for d in plan.duplicates] == [
        (170, 110, "strengths")
    ]  # "Brand" in weaknesses is another block: not a duplicate
    result = merged_canvas(plan)
    assert [c.text for c in result.cards] == ["Brand", "Margins", "New", "Brand"]
    new = result.cards[2]
    assert [(lk.source_id, lk.target_id) for lk in result.links] == [(110, new.id)]
    kept = merged_canvas(plan, keep={170})
    assert [c.text for c in kept.cards] == ["Brand", "Margins", " brand ", "New", "Brand"]


def test_merging_the_result_again_adds_nothing():
    target = _canvas(1, 10, [("strengths", "Brand")])
    source = _canvas(7, 70, [("strengths", "Members"), ("weaknesses", "Reviews")])
    source.links = [Link(id=5, canvas_id=7, source_id=170, target_id=171)]
    once = merged_canvas(plan_merge(source, target))
    twice = merged_canvas(plan_merge(source, once))
    assert [c.text for c in twice.cards] == [c.text for c in once.cards]
    assert len(twice.links) == len(once.links) == 1


def test_a_block_the_target_lacks_is_added_beside_its_blocks():
    target = _canvas(1, 10, [("strengths", "Brand")], template="blank")
    source = _canvas(7, 70, [("block-9", "Idea")], template="blank", extra_block="block-9")
    result = merged_canvas(plan_merge(source, target))
    added = result.block_by_key("block-9")
    assert added.id < 0 and added.position == 2
    assert added.x >= 980 + 40  # right of the target's blocks
    assert result.card(result.cards[1].id).block_id == added.id


def test_only_canvases_of_one_template_merge():
    with pytest.raises(ValueError, match="different templates"):
        plan_merge(_canvas(7, 70, [], template="lean-canvas"), _canvas(1, 10, []))


def test_a_new_canvas_gets_placeholder_ids_that_keep_its_references():
    source = _canvas(7, 70, [("strengths", "A"), ("weaknesses", "B")])
    source.links = [Link(id=5, canvas_id=7, source_id=170, target_id=171)]
    new = canvas_as_new(source, title="Copy")
    assert new.id == 0 and new.title == "Copy"
    ids = [x.id for x in (*new.blocks, *new.cards, *new.links)]
    assert all(i < 0 for i in ids) and len(set(ids)) == len(ids)
    assert {c.block_id for c in new.cards} == {b.id for b in new.blocks}
    assert (new.links[0].source_id, new.links[0].target_id) == (new.cards[0].id, new.cards[1].id)


def test_several_sources_into_one_canvas_see_each_other():
    target = _canvas(1, 10, [("strengths", "Brand")])
    laptop_a = _canvas(7, 70, [("strengths", "Members")])
    laptop_b = _canvas(8, 80, [("strengths", "members"), ("weaknesses", "Price")])
    other = _canvas(9, 90, [("strengths", "X")], template="lean-canvas")
    assert default_target(laptop_a, [target, other]) == 1
    assert default_target(other, [target]) is None
    choices = [CanvasChoice(laptop_a, 1), CanvasChoice(laptop_b, 1), CanvasChoice(other, None)]
    states, added = merge_result([target], choices)
    assert [c.text for c in states[1].cards] == ["Brand", "Members", "Price"]
    ids = [c.id for c in states[1].cards[1:]]
    assert len(set(ids)) == 2 and all(i < 0 for i in ids)
    assert [c.title for c in added] == ["SWOT 9"]


def test_authors_from_another_laptop_are_its_participants_of_the_same_name_here():
    from ecanvas.model import Workspace
    from ecanvas.model.entities import Participant
    from ecanvas.model.merge import author_map

    source = Workspace(participants=[Participant(5, "Wang Fang"), Participant(6, "Guest")])
    target = Workspace(participants=[Participant(1, "Li Na"), Participant(2, " wang  fang ")])
    authors = author_map(source, target)
    assert authors == {5: 2, 6: None}
    here = _canvas(1, 10, [])
    laptop = _canvas(7, 70, [("strengths", "By Wang"), ("strengths", "By a guest")])
    laptop.cards[0].author_id, laptop.cards[1].author_id = 5, 6
    merged = merged_canvas(plan_merge(laptop, here), authors=authors)
    assert [(c.text, c.author_id) for c in merged.cards] == [("By Wang", 2), ("By a guest", None)]
    new = canvas_as_new(laptop, authors=authors)
    assert [c.author_id for c in new.cards] == [2, None]
    assert [c.author_id for c in canvas_as_new(laptop).cards] == [5, 6]  # the same workspace
