"""The scene's copy of one canvas: items built from the model, then updated only from the
store's change events for that canvas (pattern 1: the model announces, the scene mirrors).

Where items go is the canvas layout (`ecanvas.model.layout`), computed again after every change:
the scene draws the same layout as the PDF and the images. The scene holds one `ItemMirror`; it
owns the id → item maps and the card → links index that keeps "which arrows follow this card" a
dictionary lookup instead of a search, and tells the scene through `MirrorHooks` what it removed.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtWidgets import QGraphicsScene

from ecanvas.model import Block, Canvas, Card, Link
from ecanvas.model.checks import DISABLED_SETTING
from ecanvas.model.layout import CanvasLayout, Rect, compute_layout
from ecanvas.model.routing import Obstacles, label_size, route_between
from ecanvas.model.routing import arrow_head as route_head
from ecanvas.model.workshop import dot_colours
from ecanvas.store import Change, ChangeKind
from ecanvas.ui.canvas.block_item import BlockItem
from ecanvas.ui.canvas.card_item import CardItem
from ecanvas.ui.canvas.hints import missing_link_targets
from ecanvas.ui.canvas.link_item import LinkItem

translate = QCoreApplication.translate

SCENE_MARGIN = 480.0


class MirrorHooks(Protocol):
    """What the mirror tells the scene: items it removed, scores clicked, and asks: a card's
    find state (None: no find running; True: a match)."""

    def items_cleared(self) -> None: ...

    def card_removed(self, card_id: int) -> None: ...

    def link_removed(self, link_id: int) -> None: ...

    def block_removed(self, block_id: int) -> None: ...

    def score_clicked(self, block_id: int, score: int) -> None: ...

    def find_state(self, card_id: int) -> bool | None: ...

    def layout_changed(self) -> None: ...


class ItemMirror:
    """Builds and updates the block, card and link items of one canvas in `scene`."""

    def __init__(self, scene: QGraphicsScene, store, canvas_id: int, theme,
                 hooks: MirrorHooks) -> None:  # fmt: skip
        self.scene, self.store, self.canvas_id, self.theme = scene, store, canvas_id, theme
        self.hooks = hooks
        self.language = "en"
        self.block_items: dict[int, BlockItem] = {}
        self.card_items: dict[int, CardItem] = {}
        self.link_items: dict[int, LinkItem] = {}
        self._links_by_card: dict[int, set[int]] = {}
        self.layout: CanvasLayout | None = None
        self._placeholder: tuple[int, int] | None = None
        self._obstacles: Obstacles | None = None
        self._hints_shown = False
        self._dot_colours: dict[int, tuple[str, ...]] = {}  # card id → its round dots' colours
        self._paused = False  # the view is out of sight for a while (a workshop is on screen)
        self._missed = False  # a change came while paused: rebuild when resumed
        self.changes = None  # a ChangesOverlay while the canvas is compared with another state

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
        self._compute_layout(canvas)
        self._dot_colours = dot_colours(self.store.workspace)
        for block in canvas.blocks:
            self._add_block_item(block)
        for card in canvas.cards:
            self._add_card_item(card)
        for link in canvas.links:
            self._add_link_item(link)
        self._after_change(canvas)

    def _clear_items(self) -> None:
        self.hooks.items_cleared()
        if self.changes is not None:
            self.changes.clear()
        for items in (self.link_items, self.card_items, self.block_items):
            for item in items.values():
                self.scene.removeItem(item)
            items.clear()
        self._links_by_card.clear()

    # ------------------------------------------------------------------ events
    def pause(self, paused: bool) -> None:
        """Stop following the store while the canvas is out of sight (the main window behind a
        workshop), so its changes cost one rebuild when it is back instead of one layout each."""
        self._paused = paused
        if not paused and self._missed:
            self._missed = False
            self.rebuild()

    def on_store_change(self, change: Change) -> None:
        """The store listener: apply a change that concerns this canvas."""
        if self._paused:
            self._missed = True
            return
        if change.kind == ChangeKind.SETTINGS and change.key == DISABLED_SETTING:
            self.refresh_hints()  # the missing-link rule was turned on or off
            return
        if change.kind == ChangeKind.PARTICIPANTS or (
            change.kind == ChangeKind.DOTS and change.canvas_id == self.canvas_id
        ):
            self._refresh_dots(None if change.kind == ChangeKind.PARTICIPANTS else change.ids)
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
        if kind == ChangeKind.CANVAS_CHANGED:  # its density, maybe
            canvas = self.canvas()
            if canvas is not None:
                self._after_change(canvas)
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
        if self.changes is not None:
            self.changes.refresh(canvas)
        self.relayout(canvas)
        self.refresh_hints(canvas)

    # ------------------------------------------------------------------ the layout
    def _compute_layout(self, canvas: Canvas) -> CanvasLayout:
        placeholder = self._placeholder
        if placeholder is not None and placeholder[0] not in {b.id for b in canvas.blocks}:
            placeholder = self._placeholder = None
        laid = canvas if self.changes is None else self.changes.with_ghosts(canvas)
        self.layout = compute_layout(laid, placeholder=placeholder)
        self._obstacles = None
        return self.layout

    def relayout(self, canvas: Canvas | None = None) -> None:
        """Lay the canvas out again and move every item that has to move."""
        canvas = canvas or self.canvas()
        if canvas is None:
            return
        layout = self._compute_layout(canvas)
        for block_id, item in self.block_items.items():
            box = layout.blocks.get(block_id)
            if box is not None:
                item.place(box.rect)
        compact = layout.metrics.text_lines == 1
        for card_id, item in self.card_items.items():
            box = layout.cards.get(card_id)
            if box is not None:
                item.place(box.rect, compact)
        for link_id, item in self.link_items.items():
            route = layout.links.get(link_id)
            if route is not None:
                item.setVisible(True)
                item.set_route(route.points, route.head, route.label)
            else:  # a card of it is not laid out (never in a sound canvas)
                item.setVisible(False)
        if self.changes is not None:
            self.changes.place(layout)
        self._update_scene_rect(layout)
        self.hooks.layout_changed()

    # ------------------------------------------------------------------ comparing
    def show_changes(self, before: Canvas, label: str) -> None:
        """Mark on the canvas what changed since `before` (a snapshot, another canvas)."""
        from ecanvas.ui.canvas.changes_overlay import ChangesOverlay

        self.hide_changes()
        self.changes = ChangesOverlay(self.scene, before, label)
        canvas = self.canvas()
        if canvas is not None:
            self._after_change(canvas)

    def refresh_changes(self) -> None:
        """Compare again (the state compared with changed)."""
        canvas = self.canvas()
        if self.changes is not None and canvas is not None:
            self._after_change(canvas)

    def hide_changes(self) -> None:
        if self.changes is None:
            return
        self.changes.clear()
        self.changes = None
        self.relayout()

    def set_placeholder(self, placeholder: tuple[int, int] | None, relayout: bool = True) -> None:
        """Keep a free cell at (block id, index) for a card being typed there (None: no cell).
        Without `relayout`, the next layout (a change about to arrive) makes the cell."""
        if placeholder != self._placeholder:
            self._placeholder = placeholder
            if relayout:
                self.relayout()

    def placeholder_rect(self) -> Rect | None:
        return None if self.layout is None else self.layout.placeholder

    def _refresh_dots(self, card_ids: tuple[int, ...] | None) -> None:
        """Show the voting-round dots of some cards (None: every card, as a participant's colour
        or presence changed)."""
        self._dot_colours = dot_colours(self.store.workspace)
        for card_id in self.card_items if card_ids is None else card_ids:
            item = self.card_items.get(card_id)
            if item is not None:
                item.set_dots(self._dot_colours.get(card_id, ()))

    def _cards_added(self, canvas: Canvas, ids: tuple[int, ...]) -> None:
        cards = {card.id: card for card in canvas.cards}
        for card_id in ids:
            if card_id in cards and card_id not in self.card_items:
                self._add_card_item(cards[card_id])

    def _cards_changed(self, canvas: Canvas, ids: tuple[int, ...]) -> None:
        cards = {card.id: card for card in canvas.cards}
        for card_id in ids:
            item, card = self.card_items.get(card_id), cards.get(card_id)
            if item is not None and card is not None:
                item.update_from(card)

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

    def _blocks_removed(self, canvas: Canvas, ids: tuple[int, ...]) -> None:
        """A removed block takes its cards and their links with it (one event for all)."""
        for block_id in ids:
            item = self.block_items.pop(block_id, None)
            if item is not None:
                self.scene.removeItem(item)
            self.hooks.block_removed(block_id)
        alive = {card.id for card in canvas.cards}
        for card_id in [cid for cid in self.card_items if cid not in alive]:
            self._remove_card_item(card_id)

    # ------------------------------------------------------------------ single items
    def _add_block_item(self, block: Block) -> None:
        box = self.layout.blocks.get(block.id) if self.layout is not None else None
        rect = box.rect if box is not None else Rect(block.x, block.y, block.w, block.h)
        item = BlockItem(block, rect, self.language, self.theme, self.hooks.score_clicked)
        self.scene.addItem(item)
        self.block_items[block.id] = item

    def _add_card_item(self, card: Card) -> None:
        box = self.layout.cards.get(card.id) if self.layout is not None else None
        metrics = self.layout.metrics if self.layout is not None else None
        rect = box.rect if box is not None else Rect(0.0, 0.0, 160.0, 100.0)
        item = CardItem(card, rect, self.theme)
        item.set_dots(self._dot_colours.get(card.id, ()))
        if metrics is not None:
            item.place(rect, metrics.text_lines == 1)
        found = self.hooks.find_state(card.id)
        if found is not None:
            item.set_find_state(found)
        item.set_hints_shown(self._hints_shown)
        self.scene.addItem(item)
        self.card_items[card.id] = item

    def _remove_card_item(self, card_id: int) -> None:
        for link_id in list(self._links_by_card.get(card_id, ())):
            self._remove_link_item(link_id)
        self._links_by_card.pop(card_id, None)
        item = self.card_items.pop(card_id, None)
        if item is not None:
            self.hooks.card_removed(card_id)
            self.scene.removeItem(item)

    def _add_link_item(self, link: Link) -> None:
        if link.source_id not in self.card_items or link.target_id not in self.card_items:
            return
        item = LinkItem(link, self.theme)
        self.scene.addItem(item)
        self.link_items[link.id] = item
        for card_id in (link.source_id, link.target_id):
            self._links_by_card.setdefault(card_id, set()).add(link.id)
        route = self.layout.links.get(link.id) if self.layout is not None else None
        if route is not None:
            item.set_route(route.points, route.head, route.label)
        else:
            self.refresh_link(item)

    def _remove_link_item(self, link_id: int) -> None:
        item = self.link_items.pop(link_id, None)
        if item is None:
            return
        self.hooks.link_removed(link_id)
        for card_id in (item.source_id, item.target_id):
            self._links_by_card.get(card_id, set()).discard(link_id)
        self.scene.removeItem(item)

    # ------------------------------------------------------------------ links and hints
    def links_touching(self, card_ids) -> list[LinkItem]:
        """The link items that start or end at any of `card_ids`."""
        link_ids = set()
        for card_id in card_ids:
            link_ids |= self._links_by_card.get(card_id, set())
        return [self.link_items[link_id] for link_id in link_ids if link_id in self.link_items]

    def refresh_link(self, item: LinkItem) -> None:
        """Route an arrow between where its cards are now (while cards or blocks are dragged:
        the layout routes it again once they land)."""
        source = self.card_items.get(item.source_id)
        target = self.card_items.get(item.target_id)
        if source is None or target is None or self.layout is None:
            return
        if self._obstacles is None:
            self._obstacles = Obstacles(self.layout)
        points = route_between(source.card_rect(), target.card_rect(), self.layout,
                               self._obstacles)  # fmt: skip
        label = None
        if item.label:
            w, h = label_size(item.label)
            middle = _middle(points)
            label = Rect(middle[0] - w / 2, middle[1] - h / 2, w, h)
        item.set_route(points, route_head(points[-2], points[-1]), label)

    def reset_link(self, item: LinkItem) -> None:
        """Put an arrow back on its route in the layout (after a drag that went nowhere)."""
        route = self.layout.links.get(item.link_id) if self.layout is not None else None
        if route is None:
            self.refresh_link(item)
        else:
            item.set_route(route.points, route.head, route.label)

    # ------------------------------------------------------------------ missing-link hints
    def refresh_hints(self, canvas: Canvas | None = None) -> None:
        """Give each card the hint it carries: which blocks it should link to (the data);
        each card decides when to show it (selected, hovered, or all shown)."""
        canvas = canvas or self.canvas()
        if canvas is None:
            return
        missing = missing_link_targets(canvas, self.store.workspace)
        for card_id, item in self.card_items.items():
            blocks = missing.get(card_id)
            item.set_hint(self._hint_tooltip(blocks) if blocks else None)

    def set_link_hints_shown(self, on: bool) -> None:
        """Show the missing-link badge on every card that lacks a link (View → Show Link
        Hints), not only on the selected or hovered one."""
        self._hints_shown = on
        for item in self.card_items.values():
            item.set_hints_shown(on)

    @property
    def link_hints_shown(self) -> bool:
        return self._hints_shown

    def _hint_tooltip(self, blocks: list[Block]) -> str:
        names = ", ".join(f"“{block.title(self.language)}”" for block in blocks)
        text = translate(
            "CanvasScene",
            "This card should link to a card in %1. Drag from the handle on its right edge "
            "to that card.",
        )
        return text.replace("%1", names)

    def _update_scene_rect(self, layout: CanvasLayout) -> None:
        """The laid-out canvas plus room to drag and pan."""
        b = layout.bounds
        rect = QRectF(b.x, b.y, b.w, b.h)
        rect = rect.adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN)
        if rect != self.scene.sceneRect():
            self.scene.setSceneRect(rect)


def _middle(points) -> tuple[float, float]:
    """The middle of a route's middle leg (where a label sits while cards are dragged)."""
    a, b = points[len(points) // 2 - 1], points[len(points) // 2]
    return ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
