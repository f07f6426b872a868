"""What the rules ask of one canvas, computed in one pass: blocks by id and key, each block's
cards in reading order, and which blocks each card links to."""

from __future__ import annotations

from collections import defaultdict

from ecanvas.model.entities import Block, Canvas, Card


class CanvasIndex:
    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self.blocks_by_id: dict[int, Block] = {block.id: block for block in canvas.blocks}
        self.blocks_by_key: dict[str, Block] = {}
        for block in canvas.blocks:
            self.blocks_by_key.setdefault(block.key, block)
        # The canvas's own reading order, so findings follow the cards as the user sees them.
        self.cards_by_block: dict[int, list[Card]] = {
            block.id: canvas.cards_in(block.id) for block in canvas.blocks
        }
        block_of_card = {card.id: card.block_id for card in canvas.cards}
        self.linked_keys: dict[int, set[str]] = defaultdict(set)
        for link in canvas.links:
            target = self.blocks_by_id.get(block_of_card.get(link.target_id, -1))
            if target is not None:
                self.linked_keys[link.source_id].add(target.key)

    def cards_in(self, block: Block) -> list[Card]:
        return self.cards_by_block.get(block.id, [])

    def block_of(self, card: Card) -> Block | None:
        return self.blocks_by_id.get(card.block_id)
