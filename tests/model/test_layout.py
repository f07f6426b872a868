"""Card placement inside blocks: grid slots, the cascade of a full block, tidy, clamping."""

from __future__ import annotations

from ecanvas.model import CARD_HEIGHT, CARD_WIDTH, Block, Card
from ecanvas.model.layout import (
    HEADER_HEIGHT,
    capacity,
    clamp_into,
    next_free_slot,
    slot_position,
    tidy_positions,
)


def _block(w: float = 400, h: float = 300) -> Block:
    return Block(id=1, canvas_id=1, key="b", title_en="B", title_zh="乙", w=w, h=h)


def _card(card_id: int, x: float, y: float) -> Card:
    return Card(id=card_id, canvas_id=1, block_id=1, text=str(card_id), x=x, y=y)


def _inside(block: Block, x: float, y: float) -> bool:
    return x >= 0 and x + CARD_WIDTH <= block.w and HEADER_HEIGHT / 2 <= y <= block.h - CARD_HEIGHT


def test_first_slot_is_below_the_header():
    x, y = next_free_slot(_block(), [])
    assert y >= HEADER_HEIGHT and x > 0


def test_next_slot_skips_taken_cells_row_by_row():
    block = _block()
    first = next_free_slot(block, [])
    second = next_free_slot(block, [_card(1, *first)])
    assert second[1] == first[1] and second[0] > first[0]


def test_full_block_keeps_new_cards_inside_it():
    block = _block(400, 300)
    cards: list[Card] = []
    for card_id in range(capacity(block) * 3 + 2):
        cards.append(_card(card_id, *next_free_slot(block, cards)))
    assert all(_inside(block, c.x, c.y) for c in cards)
    assert len({(c.x, c.y) for c in cards}) > capacity(block)


def test_tidy_keeps_reading_order_and_stays_inside():
    block = _block()
    cards = [_card(1, 200, 200), _card(2, 12, 56), _card(3, 300, 56)]
    positions = tidy_positions(block, cards)
    assert positions[2] == slot_position(block, 0)
    assert positions[3] == slot_position(block, 1)
    assert all(_inside(block, x, y) for x, y in positions.values())


def test_clamp_into_pulls_a_card_back_inside():
    block = _block()
    assert _inside(block, *clamp_into(block, 10_000, -50))
