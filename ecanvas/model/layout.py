"""Where cards go inside a block: the next free slot for a new card, and the tidy grid.

Positions are relative to the block's top-left corner; the block header is kept clear.
"""

from __future__ import annotations

from collections.abc import Sequence

from ecanvas.model.entities import CARD_HEIGHT, CARD_WIDTH, Block, Card

HEADER_HEIGHT = 56.0
PADDING = 12.0
GAP = 10.0


def grid_columns(block: Block) -> int:
    """How many card columns fit across a block (at least one)."""
    usable = block.w - 2 * PADDING + GAP
    return max(1, int(usable // (CARD_WIDTH + GAP)))


def grid_slot(block: Block, index: int) -> tuple[float, float]:
    """Top-left of the index-th grid cell, row by row."""
    columns = grid_columns(block)
    row, column = divmod(index, columns)
    return (PADDING + column * (CARD_WIDTH + GAP), HEADER_HEIGHT + row * (CARD_HEIGHT + GAP))


CASCADE_STEP = 18.0


def grid_rows(block: Block) -> int:
    """How many card rows fit below the header (at least one)."""
    usable = block.h - HEADER_HEIGHT - PADDING + GAP
    return max(1, int(usable // (CARD_HEIGHT + GAP)))


def capacity(block: Block) -> int:
    """How many cards fit in the block's grid without overlapping."""
    return grid_columns(block) * grid_rows(block)


def slot_position(block: Block, index: int) -> tuple[float, float]:
    """The index-th place in a block: the grid first, then cascaded layers over it.

    A full block never pushes cards out over its neighbours; later cards overlap earlier ones,
    offset so each stays visible, the way people stack sticky notes on a crowded wall.
    """
    cells = capacity(block)
    layer, cell = divmod(index, cells)
    x, y = grid_slot(block, cell)
    offset = (layer % 4) * CASCADE_STEP
    return clamp_into(block, x + offset, y + offset)


def _overlaps(x: float, y: float, card: Card) -> bool:
    return abs(card.x - x) < CARD_WIDTH * 0.5 and abs(card.y - y) < CARD_HEIGHT * 0.5


def next_free_slot(block: Block, cards: Sequence[Card]) -> tuple[float, float]:
    """The first grid cell that no card of the block mostly covers, else a cascaded place."""
    for index in range(capacity(block)):
        x, y = grid_slot(block, index)
        if not any(_overlaps(x, y, card) for card in cards):
            return (x, y)
    return slot_position(block, len(cards))


def tidy_positions(block: Block, cards: Sequence[Card]) -> dict[int, tuple[float, float]]:
    """New positions for a block's cards in a grid, keeping their reading order."""
    ordered = sorted(cards, key=lambda c: (round(c.y / (CARD_HEIGHT / 2)), c.x, c.id))
    return {card.id: slot_position(block, index) for index, card in enumerate(ordered)}


def clamp_into(block: Block, x: float, y: float) -> tuple[float, float]:
    """Keep a card's relative position inside its block (below the header)."""
    max_x = max(PADDING, block.w - CARD_WIDTH - PADDING)
    max_y = max(HEADER_HEIGHT, block.h - CARD_HEIGHT - PADDING)
    return (min(max(x, 0.0), max_x), min(max(y, HEADER_HEIGHT * 0.5), max_y))
