"""Editing actions on the canvas selection: copy, cut, paste, duplicate, delete, select all, the
canvas's card density and arrow-key navigation between cards (`scene.edit`).

Each action is one command (one undo step); the scene's items change only when the store
reports the change. The window's actions call these (see `ecanvas.ui.actions`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QPointF

from ecanvas.model import Block, card_fields
from ecanvas.ui.canvas.card_item import CardItem
from ecanvas.ui.canvas.host import GestureHost
from ecanvas.ui.clipboard import clipboard_drafts, copy_cards
from ecanvas.ui.commands import (
    AddCardsCommand,
    DeleteCardsCommand,
    DeleteLinksCommand,
    SetCanvasDensityCommand,
    StepsCommand,
)

translate = QCoreApplication.translate


def nearest_in_direction(origin: QPointF, candidates: Iterable[tuple[int, QPointF]],
                         direction: tuple[int, int]) -> int | None:  # fmt: skip
    """The candidate closest to `origin` in `direction`, preferring ones straight ahead."""
    dx, dy = direction
    best, best_cost = None, math.inf
    for key, point in candidates:
        ahead = (point.x() - origin.x()) * dx + (point.y() - origin.y()) * dy
        if ahead <= 1.0:
            continue
        aside = abs((point.x() - origin.x()) * dy) + abs((point.y() - origin.y()) * dx)
        cost = ahead + 2.0 * aside
        if cost < best_cost:
            best, best_cost = key, cost
    return best


class EditActions:
    """The selection-based actions of one scene."""

    def __init__(self, host: GestureHost) -> None:
        self.host = host
        self.anchor_id: int | None = None  # the card arrow keys move from

    # ------------------------------------------------------------------ clipboard
    def copy_selection(self) -> None:
        cards = self.host.selected_cards()
        if cards:
            copy_cards(cards)

    def cut_selection(self) -> None:
        cards = self.host.selected_cards()
        if cards:
            copy_cards(cards)
            self.host.run(DeleteCardsCommand(self.host.store, [card.id for card in cards]))

    def paste(self, block_id: int | None = None) -> None:
        """Paste cards (or lines of text) into a block (else the current one), at its next free
        slots."""
        drafts = clipboard_drafts()
        block = self._target_block(block_id)
        if not drafts or block is None:
            return
        for draft in drafts:
            draft["block_id"] = block.id
        count = len(drafts)
        self._add_and_select(
            drafts,
            (
                translate("CanvasScene", "Paste a card")
                if count == 1
                else translate("CanvasScene", "Paste %n cards", None, count)
            ),
        )

    def duplicate_selection(self) -> None:
        """A copy of each selected card right after it in its block."""
        cards = self.host.selected_cards()
        if not cards:
            return
        cards.sort(key=lambda c: (c.block_id, c.position, c.id))
        earlier: dict[int, int] = {}  # copies already placed before this card in its block
        drafts = []
        for card in cards:
            index = card.position + 1 + earlier.get(card.block_id, 0)
            earlier[card.block_id] = earlier.get(card.block_id, 0) + 1
            drafts.append({"block_id": card.block_id, "index": index, **card_fields(card)})
        count = len(drafts)
        self._add_and_select(
            drafts,
            (
                translate("CanvasScene", "Duplicate a card")
                if count == 1
                else translate("CanvasScene", "Duplicate %n cards", None, count)
            ),
        )

    def _add_and_select(self, drafts: list[dict], text: str) -> None:
        command = AddCardsCommand(self.host.store, self.host.canvas_id, drafts, text=text)
        if self.host.run(command):
            self.host.select_cards(command.card_ids)

    def _target_block(self, block_id: int | None = None) -> Block | None:
        canvas = self.host.canvas()
        if canvas is None or not canvas.blocks:
            return None
        block_id = self.host.current_block_id() if block_id is None else block_id
        return canvas.block(block_id) if block_id is not None else canvas.blocks[0]

    # ------------------------------------------------------------------ delete, density
    def delete_selection(self) -> None:
        """Delete the selected cards and arrows in one step."""
        card_ids = self.host.selected_card_ids()
        gone = set(card_ids)
        link_ids = [
            lid for lid in self.host.selected_link_ids()
            if not {self.host.link_items[lid].source_id, self.host.link_items[lid].target_id} & gone
        ]  # fmt: skip
        if card_ids and link_ids:
            steps = (DeleteLinksCommand(self.host.store, link_ids),
                     DeleteCardsCommand(self.host.store, card_ids))  # fmt: skip
            self.host.run(StepsCommand(self.host.store, translate("CanvasScene", "Delete"), steps))
        elif card_ids:
            self.host.run(DeleteCardsCommand(self.host.store, card_ids))
        elif link_ids:
            self.host.run(DeleteLinksCommand(self.host.store, link_ids))

    def set_compact(self, compact: bool) -> None:
        """Show this canvas's cards compact (one line each) or normal, as one undo step."""
        canvas = self.host.canvas()
        density = "compact" if compact else "normal"
        if canvas is not None and canvas.density != density:
            self.host.run(SetCanvasDensityCommand(self.host.store, canvas.id, density))

    @property
    def compact(self) -> bool:
        canvas = self.host.canvas()
        return canvas is not None and canvas.density == "compact"

    # ------------------------------------------------------------------ find, navigation
    def navigate(self, direction: tuple[int, int]) -> None:
        """Select the nearest card in an arrow key's direction from the current card."""
        anchor = self._anchor_item()
        if anchor is None:
            first = self._first_card_item()
            if first is not None:
                self.host.select_cards([first.card_id])
            return
        candidates = (
            (cid, item.centre()) for cid, item in self.host.card_items.items()
            if item is not anchor and item.isVisible()
        )  # fmt: skip
        found = nearest_in_direction(anchor.centre(), candidates, direction)
        if found is not None:
            self.host.select_cards([found])
            self.host.ensure_item_visible(self.host.card_items[found])

    def _anchor_item(self) -> CardItem | None:
        item = self.host.card_items.get(self.anchor_id) if self.anchor_id is not None else None
        if item is not None and item.isSelected():
            return item
        selected = self.host.selected_card_ids()
        return self.host.card_items[selected[0]] if selected else None

    def _first_card_item(self) -> CardItem | None:
        """The top-left card of the current block, or of the whole canvas."""
        block_id = self.host.current_block_id()
        items = [
            i for i in self.host.card_items.values() if block_id is None or i.block_id == block_id
        ]
        items = items or list(self.host.card_items.values())
        return min(items, key=lambda i: (i.y(), i.x()), default=None)
