"""The scene's copy of one canvas: items built from the model, then updated only from the
store's change events for that canvas (pattern 1: the model announces, the scene mirrors).

Mixed into `CanvasScene`; it owns the id → item maps and the card → links index that keeps
"which arrows follow this card" a dictionary lookup instead of a search.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF

from ecanvas.model import CARD_HEIGHT, CARD_WIDTH, Block, Canvas, Card, Link
from ecanvas.model.checks import DISABLED_SETTING
from ecanvas.store import Change, ChangeKind
from ecanvas.ui.canvas.block_item import BlockItem
from ecanvas.ui.canvas.card_item import CardItem
from ecanvas.ui.canvas.hints import missing_link_targets
from ecanvas.ui.canvas.link_item import LinkItem

translate = QCoreApplication.translate

SCENE_MARGIN = 480.0


class ModelMirror:
    """Builds and updates block, card and link items of `self.canvas_id` (a scene mixin)."""

    def _init_mirror(self) -> None:
        self.block_items: dict[int, BlockItem] = {}
        self.card_items: dict[int, CardItem] = {}
        self.link_items: dict[int, LinkItem] = {}
        self._links_by_card: dict[int, set[int]] = {}

    def canvas(self) -> Canvas | None:
        """The mirrored canvas in the store's model, or None once it was deleted."""
        try:
            return self.store.workspace.canvas(self.canvas_id)
        except KeyError:
            return None

    # ------------------------------------------------------------------ whole canvas
    def rebuild(self) -> None:
        """Drop every item and build them again from the model."""
        self._clear_items()
        canvas = self.canvas()
        if canvas is None:
            return
        for block in canvas.blocks:
            self._add_block_item(block)
        blocks = {block.id: block for block in canvas.blocks}
        for card in canvas.cards:
            self._add_card_item(card, blocks)
        for link in canvas.links:
            self._add_link_item(link)
        self._after_change(canvas)

    def _clear_items(self) -> None:
        self._editing_abandon()
        for items in (self.link_items, self.card_items, self.block_items):
            for item in items.values():
                self.removeItem(item)
            items.clear()
        self._links_by_card.clear()
        self._set_current_block(None)

    # ------------------------------------------------------------------ events
    def on_store_change(self, change: Change) -> None:
        """The store listener: apply a change that concerns this canvas."""
        if change.kind == ChangeKind.SETTINGS and change.key == DISABLED_SETTING:
            self.refresh_hints()  # the missing-link rule was turned on or off
            return
        if change.canvas_id != self.canvas_id:
            return
        kind = change.kind
        if kind == ChangeKind.CANVAS_REMOVED:
            self._clear_items()
            return
        if kind == ChangeKind.CANVAS_ADDED:
            self.rebuild()
            return
        handler = self._handlers().get(kind)
        canvas = self.canvas()
        if handler is None or canvas is None:
            return
        handler(canvas, change.ids)
        self._after_change(canvas)

    def _handlers(self) -> dict:
        return {
            ChangeKind.CARDS_ADDED: self._cards_added,
            ChangeKind.CARDS_CHANGED: self._cards_changed,
            ChangeKind.CARDS_REMOVED: self._cards_removed,
            ChangeKind.LINKS_ADDED: self._links_added,
            ChangeKind.LINKS_CHANGED: self._links_changed,
            ChangeKind.LINKS_REMOVED: self._links_removed,
            ChangeKind.BLOCKS_ADDED: self._blocks_added,
            ChangeKind.BLOCKS_CHANGED: self._blocks_changed,
            ChangeKind.BLOCKS_REMOVED: self._blocks_removed,
        }

    def _after_change(self, canvas: Canvas) -> None:
        self.refresh_hints(canvas)
        self._update_scene_rect(canvas)

    def _cards_added(self, canvas: Canvas, ids: tuple[int, ...]) -> None:
        cards = {card.id: card for card in canvas.cards}
        blocks = {block.id: block for block in canvas.blocks}
        for card_id in ids:
            if card_id in cards and card_id not in self.card_items:
                self._add_card_item(cards[card_id], blocks)

    def _cards_changed(self, canvas: Canvas, ids: tuple[int, ...]) -> None:
        cards = {card.id: card for card in canvas.cards}
        blocks = {block.id: block for block in canvas.blocks}
        for card_id in ids:
            item, card = self.card_items.get(card_id), cards.get(card_id)
            if item is not None and card is not None:
                item.update_from(card, _origin(blocks.get(card.block_id)))
        self._refresh_links_of(ids)

    def _cards_removed(self, canvas: Canvas, ids: tuple[int, ...]) -> None:
        for card_id in ids:
            self._remove_card_item(card_id)

    def _links_added(self, canvas: Canvas, ids: tuple[int, ...]) -> None:
        links = {link.id: link for link in canvas.links}
        for link_id in ids:
            if link_id in links and link_id not in self.link_items:
                self._add_link_item(links[link_id])

    def _links_changed(self, canvas: Canvas, ids: tuple[int, ...]) -> None:
        links = {link.id: link for link in canvas.links}
        for link_id in ids:
            if link_id in self.link_items and link_id in links:
                self.link_items[link_id].set_label(links[link_id].label)

    def _links_removed(self, canvas: Canvas, ids: tuple[int, ...]) -> None:
        for link_id in ids:
            self._remove_link_item(link_id)

    def _blocks_added(self, canvas: Canvas, ids: tuple[int, ...]) -> None:
        for block in canvas.blocks:
            if block.id in ids and block.id not in self.block_items:
                self._add_block_item(block)

    def _blocks_changed(self, canvas: Canvas, ids: tuple[int, ...]) -> None:
        blocks = {block.id: block for block in canvas.blocks}
        for block_id in ids:
            if block_id in self.block_items and block_id in blocks:
                self.block_items[block_id].update_from(blocks[block_id])
        moved = [card for card in canvas.cards if card.block_id in ids]
        for card in moved:
            if card.id in self.card_items:
                self.card_items[card.id].update_from(card, _origin(blocks[card.block_id]))
        self._refresh_links_of([card.id for card in moved])

    def _blocks_removed(self, canvas: Canvas, ids: tuple[int, ...]) -> None:
        """A removed block takes its cards and their links with it (one event for all)."""
        for block_id in ids:
            item = self.block_items.pop(block_id, None)
            if item is not None:
                self.removeItem(item)
            if self.current_block_id() == block_id:
                self._set_current_block(None)
        alive = {card.id for card in canvas.cards}
        for card_id in [cid for cid in self.card_items if cid not in alive]:
            self._remove_card_item(card_id)

    # ------------------------------------------------------------------ single items
    def _add_block_item(self, block: Block) -> None:
        item = BlockItem(block, self.language, self.theme, self._on_score_clicked)
        self.addItem(item)
        self.block_items[block.id] = item

    def _add_card_item(self, card: Card, blocks: dict[int, Block]) -> None:
        item = CardItem(card, _origin(blocks.get(card.block_id)), self.theme)
        if self._highlight is not None:
            item.set_find_state(card.id in self._highlight)
        self.addItem(item)
        self.card_items[card.id] = item

    def _remove_card_item(self, card_id: int) -> None:
        for link_id in list(self._links_by_card.get(card_id, ())):
            self._remove_link_item(link_id)
        self._links_by_card.pop(card_id, None)
        item = self.card_items.pop(card_id, None)
        if item is not None:
            self._editing_card_removed(card_id)
            self.removeItem(item)

    def _add_link_item(self, link: Link) -> None:
        if link.source_id not in self.card_items or link.target_id not in self.card_items:
            return
        item = LinkItem(link, self.theme)
        self.addItem(item)
        self.link_items[link.id] = item
        for card_id in (link.source_id, link.target_id):
            self._links_by_card.setdefault(card_id, set()).add(link.id)
        self.refresh_link(item)

    def _remove_link_item(self, link_id: int) -> None:
        item = self.link_items.pop(link_id, None)
        if item is None:
            return
        self._editing_link_removed(link_id)
        for card_id in (item.source_id, item.target_id):
            self._links_by_card.get(card_id, set()).discard(link_id)
        self.removeItem(item)

    # ------------------------------------------------------------------ links and hints
    def links_touching(self, card_ids) -> list[LinkItem]:
        """The link items that start or end at any of `card_ids`."""
        link_ids = set()
        for card_id in card_ids:
            link_ids |= self._links_by_card.get(card_id, set())
        return [self.link_items[link_id] for link_id in link_ids if link_id in self.link_items]

    def refresh_link(self, item: LinkItem) -> None:
        source = self.card_items.get(item.source_id)
        target = self.card_items.get(item.target_id)
        if source is not None and target is not None:
            item.update_ends(source.card_scene_rect(), target.card_scene_rect())

    def _refresh_links_of(self, card_ids) -> None:
        for item in self.links_touching(card_ids):
            self.refresh_link(item)

    def refresh_hints(self, canvas: Canvas | None = None) -> None:
        """Badge the cards whose block expects a link they do not have."""
        canvas = canvas or self.canvas()
        if canvas is None:
            return
        missing = missing_link_targets(canvas, self.store.workspace)
        for card_id, item in self.card_items.items():
            blocks = missing.get(card_id)
            item.set_hint(self._hint_tooltip(blocks) if blocks else None)

    def _hint_tooltip(self, blocks: list[Block]) -> str:
        names = ", ".join(f"“{block.title(self.language)}”" for block in blocks)
        text = translate(
            "CanvasScene",
            "This card should link to a card in %1. Drag from the handle on its right edge "
            "to that card.",
        )
        return text.replace("%1", names)

    def _update_scene_rect(self, canvas: Canvas) -> None:
        """Canvas bounds (blocks and any card outside them) plus room to drag and pan."""
        x, y, w, h = canvas.bounds()
        rect = QRectF(x, y, w, h)
        blocks = {block.id: block for block in canvas.blocks}
        for card in canvas.cards:
            ox, oy = _origin(blocks.get(card.block_id))
            if not rect.contains(ox + card.x + CARD_WIDTH, oy + card.y + CARD_HEIGHT):
                rect = rect.united(QRectF(ox + card.x, oy + card.y, CARD_WIDTH, CARD_HEIGHT))
        rect = rect.adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN)
        if rect != self.sceneRect():
            self.setSceneRect(rect)


def _origin(block: Block | None) -> tuple[float, float]:
    return (block.x, block.y) if block is not None else (0.0, 0.0)
