"""Which cards lack an expected link: their block names blocks to link to (`links_to`) and the
card has no outgoing link to a card in any of them. One pass over the canvas, no Qt."""

from __future__ import annotations

from collections import defaultdict

from ecanvas.model import Block, Canvas


def missing_link_targets(canvas: Canvas) -> dict[int, list[Block]]:
    """Card id → the blocks its block expects it to link to, for every card missing a link."""
    blocks_by_id = {block.id: block for block in canvas.blocks}
    blocks_by_key = {block.key: block for block in canvas.blocks}
    block_of_card = {card.id: card.block_id for card in canvas.cards}
    linked_keys: dict[int, set[str]] = defaultdict(set)
    for link in canvas.links:
        target_block = blocks_by_id.get(block_of_card.get(link.target_id, -1))
        if target_block is not None:
            linked_keys[link.source_id].add(target_block.key)
    missing: dict[int, list[Block]] = {}
    for card in canvas.cards:
        block = blocks_by_id.get(card.block_id)
        if block is None or not block.links_to:
            continue
        expected = [blocks_by_key[key] for key in block.links_to if key in blocks_by_key]
        if expected and not linked_keys[card.id] & {b.key for b in expected}:
            missing[card.id] = expected
    return missing
