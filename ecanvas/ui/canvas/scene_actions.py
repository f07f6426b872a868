"""Editing actions on the canvas selection (a scene mixin): copy, cut, paste, duplicate, delete,
select all, the canvas's card density, find highlighting and arrow-key navigation between cards.

Each action is one command (one undo step); the scene's items change only when the store
reports the change.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QPointF

from ecanvas.model import Block, Card, card_fields
from ecanvas.ui.canvas.card_item import CardItem
from ecanvas.ui.clipboard import clipboard_drafts, copy_cards
from ecanvas.ui.commands import (
    AddCardsCommand,
    DeleteCardsCommand,
    DeleteLinksCommand,
    SetCanvasDensityCommand,
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
    """Selection-based actions; mixed into `CanvasScene`."""

    # ------------------------------------------------------------------ selection
    def selected_cards(self) -> list[Card]:
        """The model cards of the selected items, in reading order."""
        canvas = self.canvas()
        if canvas is None:
            return []
        ids = set(self.selected_card_ids())
        return [card for card in canvas.cards if card.id in ids]

    def select_cards(self, card_ids: Iterable[int]) -> None:
        """Replace the selection with these cards (unknown ids are skipped)."""
        wanted = [self.card_items[cid] for cid in card_ids if cid in self.card_items]
        with self._one_selection_change():
            self.clearSelection()
            for item in wanted:
                item.setSelected(True)
        if wanted:
            self._anchor_id = wanted[0].card_id

    def show_block(self, block_id: int) -> None:
        """Make a block the current one (its guidance shows) and scroll it into view."""
        item = self.block_items.get(block_id)
        if item is None:
            return
        with self._one_selection_change():
            self.clearSelection()
        self._set_current_block(block_id)
        self.ensure_item_visible(item)

    def select_links(self, link_ids: Iterable[int]) -> None:
        """Replace the selection with these arrows (unknown ids are skipped)."""
        wanted = [self.link_items[lid] for lid in link_ids if lid in self.link_items]
        with self._one_selection_change():
            self.clearSelection()
            for item in wanted:
                item.setSelected(True)

    def edit_link_label(self, link_id: int) -> None:
        """Open the label editor on an arrow (double-click or the arrow's context menu)."""
        if link_id in self.link_items:
            self.select_links([link_id])
            self.editing.start_label(link_id)

    def select_all(self) -> None:
        with self._one_selection_change():
            for item in self.card_items.values():
                if item.isVisible():
                    item.setSelected(True)

    # ------------------------------------------------------------------ clipboard
    def copy_selection(self) -> None:
        cards = self.selected_cards()
        if cards:
            copy_cards(cards)

    def cut_selection(self) -> None:
        cards = self.selected_cards()
        if cards:
            copy_cards(cards)
            self.run(DeleteCardsCommand(self.store, [card.id for card in cards]))

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
        cards = self.selected_cards()
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
        command = AddCardsCommand(self.store, self.canvas_id, drafts, text=text)
        if self.run(command):
            self.select_cards(command.card_ids)

    def _target_block(self, block_id: int | None = None) -> Block | None:
        canvas = self.canvas()
        if canvas is None or not canvas.blocks:
            return None
        block_id = self.current_block_id() if block_id is None else block_id
        return canvas.block(block_id) if block_id is not None else canvas.blocks[0]

    # ------------------------------------------------------------------ delete, density
    def delete_selection(self) -> None:
        """Delete the selected cards and arrows in one step."""
        card_ids = self.selected_card_ids()
        gone = set(card_ids)
        link_ids = [
            lid for lid in self.selected_link_ids()
            if not {self.link_items[lid].source_id, self.link_items[lid].target_id} & gone
        ]  # fmt: skip
        if card_ids and link_ids:
            self.undo_stack.beginMacro(translate("CanvasScene", "Delete"))
            try:
                self.run(DeleteLinksCommand(self.store, link_ids))
                self.run(DeleteCardsCommand(self.store, card_ids))
            finally:
                self.undo_stack.endMacro()
        elif card_ids:
            self.run(DeleteCardsCommand(self.store, card_ids))
        elif link_ids:
            self.run(DeleteLinksCommand(self.store, link_ids))

    def set_compact(self, compact: bool) -> None:
        """Show this canvas's cards compact (one line each) or normal, as one undo step."""
        canvas = self.canvas()
        density = "compact" if compact else "normal"
        if canvas is not None and canvas.density != density:
            self.run(SetCanvasDensityCommand(self.store, canvas.id, density))

    @property
    def compact(self) -> bool:
        canvas = self.canvas()
        return canvas is not None and canvas.density == "compact"

    # ------------------------------------------------------------------ find, navigation
    def set_highlight(self, card_ids: set[int] | None) -> None:
        """Outline the matches and dim the rest; None shows every card normally again."""
        self._highlight = None if card_ids is None else set(card_ids)
        for card_id, item in self.card_items.items():
            item.set_find_state(None if self._highlight is None else card_id in self._highlight)

    def navigate(self, direction: tuple[int, int]) -> None:
        """Select the nearest card in an arrow key's direction from the current card."""
        anchor = self._anchor_item()
        if anchor is None:
            first = self._first_card_item()
            if first is not None:
                self.select_cards([first.card_id])
            return
        candidates = (
            (cid, item.centre()) for cid, item in self.card_items.items()
            if item is not anchor and item.isVisible()
        )  # fmt: skip
        found = nearest_in_direction(anchor.centre(), candidates, direction)
        if found is not None:
            self.select_cards([found])
            self.ensure_item_visible(self.card_items[found])

    def _anchor_item(self) -> CardItem | None:
        item = self.card_items.get(self._anchor_id) if self._anchor_id is not None else None
        if item is not None and item.isSelected():
            return item
        selected = self.selected_card_ids()
        return self.card_items[selected[0]] if selected else None

    def _first_card_item(self) -> CardItem | None:
        """The top-left card of the current block, or of the whole canvas."""
        block_id = self.current_block_id()
        items = [i for i in self.card_items.values() if block_id is None or i.block_id == block_id]
        items = items or list(self.card_items.values())
        return min(items, key=lambda i: (i.y(), i.x()), default=None)
