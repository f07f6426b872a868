"""What the scene's helpers may use of it: narrow interfaces instead of the scene itself.

Gestures, editors, menus, drops, the item mirror and the edit actions each get the scene typed
as one of these protocols, so none of them imports the scene (an import contract keeps it so)
and a reader sees at a glance what each one touches. The scene implements all of them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QPointF

if TYPE_CHECKING:
    from PySide6.QtWidgets import QGraphicsItem, QGraphicsView

    from ecanvas.model import Canvas, Card
    from ecanvas.model.layout import CanvasLayout, Rect
    from ecanvas.ui.canvas.block_item import BlockItem
    from ecanvas.ui.canvas.card_item import CardItem
    from ecanvas.ui.canvas.link_item import LinkItem
    from ecanvas.ui.canvas.style import CanvasTheme
    from ecanvas.ui.commands import StoreCommand


class ItemsHost(Protocol):
    """The items on the canvas, where they are, and adding or removing helper items."""

    store: object
    canvas_id: int
    theme: CanvasTheme
    language: str
    card_items: dict[int, CardItem]
    block_items: dict[int, BlockItem]
    link_items: dict[int, LinkItem]

    @property
    def layout(self) -> CanvasLayout | None: ...

    def canvas(self) -> Canvas | None: ...

    def card_item_at(self, pos: QPointF, exclude: CardItem | None = None) -> CardItem | None: ...

    def block_item_at(self, pos: QPointF) -> BlockItem | None: ...

    def link_item_at(self, pos: QPointF) -> LinkItem | None: ...

    def links_touching(self, card_ids: Iterable[int]) -> list[LinkItem]: ...

    def refresh_link(self, item: LinkItem) -> None: ...

    def reset_link(self, item: LinkItem) -> None: ...

    def insertion_index(self, block_id: int, pos: QPointF, exclude=()) -> int | None: ...

    def addItem(self, item: QGraphicsItem) -> None: ...

    def removeItem(self, item: QGraphicsItem) -> None: ...

    def views(self) -> list[QGraphicsView]: ...

    def ensure_item_visible(self, item: QGraphicsItem) -> None: ...

    def make_room(self, rect: Rect) -> None: ...


class CommandHost(Protocol):
    """Running a command (one undo step) and telling the user why one was refused."""

    def run(self, command: StoreCommand) -> bool: ...

    def report(self, text: str) -> None: ...


class SelectionHost(Protocol):
    """The selection of cards and arrows, and the current block."""

    def selected_card_ids(self) -> list[int]: ...

    def selected_cards(self) -> list[Card]: ...

    def select_cards(self, card_ids: Iterable[int]) -> None: ...

    def select_links(self, link_ids: Iterable[int]) -> None: ...

    def selected_link_ids(self) -> list[int]: ...

    def clearSelection(self) -> None: ...

    def current_block_id(self) -> int | None: ...


class PlaceholderHost(Protocol):
    """A free cell kept in a block's order while a new card is typed there."""

    def set_placeholder(self, placeholder: tuple[int, int] | None,
                        relayout: bool = True) -> None: ...  # fmt: skip

    def placeholder_rect(self) -> Rect | None: ...


class GestureHost(ItemsHost, CommandHost, SelectionHost, Protocol):
    """What a mouse gesture needs: the items, the selection and the command runner."""


class EditorHost(ItemsHost, CommandHost, SelectionHost, PlaceholderHost, Protocol):
    """What the inline editors need, and the colour (and workshop author) new cards get."""

    capture_colour: str
    capture_author: int | None
