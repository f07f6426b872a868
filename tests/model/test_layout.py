"""The canvas layout: blocks grow with their row or column, cards flow in order and never
overlap, insertion places, links attached to card edges and labels clear of cards."""

from __future__ import annotations

import itertools

import pytest

from ecanvas.model import Block, Canvas, Card, Link
from ecanvas.model.catalog import builtin_template
from ecanvas.model.layout import (
    COMPACT,
    NORMAL,
    PLACEHOLDER_ID,
    Rect,
    compute_layout,
    reading_order,
)
from ecanvas.model.routing import HEAD_LENGTH, text_width_estimate


def canvas_from(template_key: str, cards: dict[str, int] | None = None,
                density: str = "normal") -> Canvas:  # fmt: skip
    """A canvas of a bundled template with `cards[key]` cards in the block `key`."""
    template = builtin_template(template_key)
    canvas = Canvas(id=1, title="t", template_key=template_key, density=density)
    for index, t in enumerate(template.blocks):
        canvas.blocks.append(Block(id=index + 1, canvas_id=1, key=t.key, title_en=t.title_en,
                                   title_zh=t.title_zh, x=t.x, y=t.y, w=t.w, h=t.h,
                                   links_to=list(t.links_to), position=index))  # fmt: skip
    next_id = itertools.count(1)
    for key, count in (cards or {}).items():
        block = canvas.block_by_key(key)
        for position in range(count):
            card_id = next(next_id)
            canvas.cards.append(Card(id=card_id, canvas_id=1, block_id=block.id,
                                     text=f"{key} {position}", position=position))  # fmt: skip
    return canvas


def assert_sound(layout) -> None:
    """Nothing overlaps, every card is inside its block below the header."""
    blocks = list(layout.blocks.values())
    for a, b in itertools.combinations(blocks, 2):
        assert not a.rect.intersects(b.rect), (a.block_id, b.block_id)
    cards = list(layout.cards.values())
    for a, b in itertools.combinations(cards, 2):
        assert not a.rect.intersects(b.rect), (a.card_id, b.card_id)
    for card in cards:
        block = layout.blocks[card.block_id].rect
        assert block.contains(card.rect), card.card_id
        assert card.rect.y >= block.y + layout.metrics.header


def test_an_empty_template_keeps_its_geometry():
    canvas = canvas_from("business-model-canvas")
    layout = compute_layout(canvas)
    for block in canvas.blocks:
        assert layout.blocks[block.id].rect == Rect(block.x, block.y, block.w, block.h)
    assert layout.bounds == Rect(*canvas.bounds())


def test_forty_cards_grow_their_row_and_push_the_next_row_down():
    canvas = canvas_from("swot", {"strengths": 40})
    layout = compute_layout(canvas)
    assert_sound(layout)
    rects = {b.key: layout.blocks[b.id].rect for b in canvas.blocks}
    assert rects["strengths"].h > 360
    assert rects["weaknesses"].h == rects["strengths"].h  # the same row grows together
    assert rects["opportunities"].y == rects["strengths"].bottom + 20  # the gap is kept
    assert rects["threats"].y == rects["opportunities"].y
    assert rects["opportunities"].h == 360
    assert [c.index for c in sorted(layout.cards.values(), key=lambda c: c.card_id)] == list(
        range(40)
    )


def test_a_block_spanning_two_rows_lends_its_growth_to_the_lower_row():
    canvas = canvas_from("business-model-canvas", {"key-partners": 30})
    layout = compute_layout(canvas)
    assert_sound(layout)
    rects = {b.key: layout.blocks[b.id].rect for b in canvas.blocks}
    assert rects["key-partners"].h > 620
    assert rects["key-activities"].h == 300  # the upper row keeps its size
    assert rects["key-resources"].bottom == rects["key-partners"].bottom
    assert rects["channels"].bottom == rects["key-partners"].bottom
    assert rects["cost-structure"].y == rects["key-partners"].bottom + 20


def test_cards_flow_in_order_along_rows():
    canvas = canvas_from("swot", {"strengths": 5})
    layout = compute_layout(canvas)
    cells = [layout.cards[i].rect for i in range(1, 6)]
    assert cells[0].y == cells[1].y and cells[0].x < cells[1].x  # along the first row …
    assert cells[2].y > cells[1].y and cells[2].x == cells[0].x  # … then the next one
    canvas.card(5).position = -1  # the last card moves to the front
    first = compute_layout(canvas).cards[5].rect
    assert (first.x, first.y) == (cells[0].x, cells[0].y)


def test_compact_cards_are_one_line_high_and_take_less_room():
    normal = compute_layout(canvas_from("business-model-canvas", {"value-propositions": 40}))
    compact = compute_layout(
        canvas_from("business-model-canvas", {"value-propositions": 40}, density="compact")
    )
    assert_sound(compact)
    assert compact.metrics is COMPACT and normal.metrics is NORMAL
    assert compact.cards[1].rect.h < 40 < normal.cards[1].rect.h
    assert compact.bounds.h < normal.bounds.h


def test_unknown_density_is_laid_out_as_normal():
    assert compute_layout(canvas_from("swot", density="huge")).metrics is NORMAL


def test_overlapping_stored_blocks_are_pushed_apart():
    canvas = canvas_from("swot", {"strengths": 3, "weaknesses": 3})
    canvas.block_by_key("weaknesses").x = 100  # dragged on top of "strengths"
    layout = compute_layout(canvas)
    assert_sound(layout)


def test_a_block_narrower_than_a_card_widens_its_column():
    canvas = canvas_from("strategy-levels", {"macro": 2})
    canvas.block_by_key("macro").w = 50
    canvas.block_by_key("meso").w = 50
    layout = compute_layout(canvas)
    assert_sound(layout)
    assert layout.blocks[1].rect.w >= NORMAL.card_w + 2 * NORMAL.padding


def test_layout_is_deterministic():
    canvas = canvas_from("business-model-canvas", {"channels": 12, "customer-segments": 7})
    canvas.links = [Link(id=1, canvas_id=1, source_id=2, target_id=15, label="serves")]
    assert compute_layout(canvas) == compute_layout(canvas)


def test_reading_order_reads_rows_then_left_to_right():
    placed = [(1, 200.0, 60.0), (2, 12.0, 170.0), (3, 12.0, 56.0), (4, 380.0, 70.0)]
    assert reading_order(placed) == [3, 1, 4, 2]


# --------------------------------------------------------------------------- insertion
@pytest.fixture
def five():
    canvas = canvas_from("swot", {"strengths": 5})  # two columns: rows of 2, 2, 1
    return canvas, compute_layout(canvas)


def test_insertion_between_two_cards_of_a_row(five):
    _, layout = five
    first, second = layout.cards[1].rect, layout.cards[2].rect
    place = layout.insertion_at(1, (first.right + second.x) / 2, first.centre[1])
    assert place.index == 1
    assert first.right < place.marker[0] < second.x
    assert (place.marker[1], place.marker[3]) == (first.y, first.bottom)


def test_insertion_at_the_end_of_a_row_and_below_the_last_card(five):
    _, layout = five
    second = layout.cards[2].rect
    end_of_row = layout.insertion_at(1, second.right + 30, second.centre[1])
    assert end_of_row.index == 2 and end_of_row.marker[0] > second.right
    below = layout.insertion_at(1, 20, layout.blocks[1].rect.bottom - 2)
    assert below.index == 5
    assert below.marker[0] > layout.cards[5].rect.right


def test_insertion_left_of_the_first_card_and_in_an_empty_block(five):
    canvas, layout = five
    first = layout.cards[1].rect
    assert layout.insertion_at(1, first.x - 3, first.y + 5).index == 0
    empty = canvas.block_by_key("threats").id
    place = layout.insertion_at(empty, 700, 500)
    assert place.index == 0
    assert layout.blocks[empty].rect.contains_point(place.marker[0], place.marker[1])


def test_insertion_counts_only_the_cards_that_stay(five):
    _, layout = five
    fourth = layout.cards[4].rect
    place = layout.insertion_at(1, fourth.right + 4, fourth.centre[1], exclude=[1, 2])
    assert place.index == 2  # after cards 3 and 4 once 1 and 2 are lifted out


def test_a_placeholder_makes_room_where_a_card_is_typed(five):
    canvas, before = five
    layout = compute_layout(canvas, placeholder=(1, 1))
    assert layout.placeholder == before.cards[2].rect
    assert layout.cards[2].rect == before.cards[3].rect
    assert PLACEHOLDER_ID not in layout.cards
    assert_sound(layout)


# --------------------------------------------------------------------------- links
def _linked(source: int, target: int, label: str = "") -> tuple[Canvas, object]:
    cards = {"value-propositions": 9, "customer-segments": 9, "channels": 4}
    canvas = canvas_from("business-model-canvas", cards)
    canvas.links = [Link(id=7, canvas_id=1, source_id=source, target_id=target, label=label)]
    return canvas, compute_layout(canvas)


def _on_edge(point, rect: Rect) -> bool:
    x, y = point
    on_x = abs(x - rect.x) < 1e-6 or abs(x - rect.right) < 1e-6
    on_y = abs(y - rect.y) < 1e-6 or abs(y - rect.bottom) < 1e-6
    inside_x, inside_y = rect.x <= x <= rect.right, rect.y <= y <= rect.bottom
    return (on_x and inside_y) or (on_y and inside_x)


def test_neighbours_in_a_row_are_joined_by_a_short_straight_arrow():
    _, layout = _linked(1, 2)
    route = layout.links[7]
    assert len(route.points) == 2
    assert _on_edge(route.points[0], layout.cards[1].rect)
    assert _on_edge(route.points[-1], layout.cards[2].rect)


def test_a_route_between_blocks_is_orthogonal_and_its_head_sits_in_the_gap():
    _, layout = _linked(5, 14, "serves")  # value propositions → customer segments
    route = layout.links[7]
    source, target = layout.cards[5].rect, layout.cards[14].rect
    assert _on_edge(route.points[0], source) and _on_edge(route.points[-1], target)
    for (x0, y0), (x1, y1) in itertools.pairwise(route.points):
        assert x0 == x1 or y0 == y1  # orthogonal legs
    head = Rect(min(p[0] for p in route.head), min(p[1] for p in route.head),
                max(p[0] for p in route.head) - min(p[0] for p in route.head),
                max(p[1] for p in route.head) - min(p[1] for p in route.head))  # fmt: skip
    assert layout.metrics.gap > HEAD_LENGTH
    for card in layout.cards.values():
        assert not head.intersects(card.text), card.card_id


def test_labels_sit_clear_of_every_card():
    _, layout = _linked(5, 14, "serves the tea lovers")
    label = layout.links[7].label
    assert label is not None and label.w > 40
    for card in layout.cards.values():
        assert not label.intersects(card.rect), card.card_id


def test_a_link_to_a_missing_card_has_no_route():
    canvas, _ = _linked(1, 2)
    canvas.links.append(Link(id=8, canvas_id=1, source_id=1, target_id=999))
    assert set(compute_layout(canvas).links) == {7}


def test_text_width_estimate_counts_wide_characters_double():
    assert text_width_estimate("服务", 10) == 20
    assert 8 < text_width_estimate("ab", 10) < 14


def test_arrows_sharing_a_gap_run_side_by_side_within_it():
    canvas, _ = _linked(1, 14)
    canvas.links.append(Link(id=8, canvas_id=1, source_id=3, target_id=15))
    canvas.links.append(Link(id=9, canvas_id=1, source_id=5, target_id=16))
    layout = compute_layout(canvas)
    lines: dict[tuple[bool, float], list[tuple[float, float]]] = {}
    for route in layout.links.values():
        for (x0, y0), (x1, y1) in list(itertools.pairwise(route.points))[1:-1]:
            horizontal = y0 == y1
            at = y0 if horizontal else x0
            span = tuple(sorted((x0, x1) if horizontal else (y0, y1)))
            for (other_horizontal, other_at), spans in lines.items():
                if other_horizontal == horizontal and other_at == at:
                    assert all(span[1] <= s[0] or s[1] <= span[0] for s in spans)  # no overlap
            lines.setdefault((horizontal, at), []).append(span)
