"""Right-click menus on the canvas: for the selected cards, for an arrow, for a block's empty
area, and for the empty canvas outside every block.

`CanvasMenus.menu_for(scene_pos)` builds the menu for whatever is under a point (tests call it
and trigger its actions); the scene shows it on a context-menu event. Entries that the window
has as actions (edit, duplicate, copy, cut, delete, paste) are the window's own QActions, with
their shortcuts, texts and enabled states; the rest act on what was clicked. Every entry is one
command, so it is one undo step and the store stays the truth.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QMenu, QWidget

from ecanvas.ui.actions import Actions
from ecanvas.ui.canvas import style
from ecanvas.ui.canvas.block_item import STARS
from ecanvas.ui.canvas.host import GestureHost
from ecanvas.ui.commands import SetBlockFieldsCommand, SetCardFieldsCommand

translate = QCoreApplication.translate
SWATCH_SIZE = 16


class MenuHost(GestureHost, Protocol):
    """What the menus use of the scene besides the items and commands: the editors."""

    edit: object  # EditActions: anchor_id, the card clicked
    blocks: object  # BlockEditing: add_block_at, start_rename, remove_block

    def start_quick_capture(self, block_id: int | None = None, at=None) -> None: ...

    def edit_link_label(self, link_id: int) -> None: ...

    def set_current_block(self, block_id: int | None) -> None: ...


def swatch_icon(colour: str) -> QIcon:
    """A small sticky-note square of `colour` for the colour menu."""
    pixmap = QPixmap(SWATCH_SIZE, SWATCH_SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(colour).darker(135), 1.0))
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(QRectF(1.5, 1.5, SWATCH_SIZE - 3, SWATCH_SIZE - 3), 3, 3)
    painter.end()
    return QIcon(pixmap)


def show_menu(menu: QMenu, screen_pos: QPoint) -> None:
    """Run the menu at a screen position (a separate function so tests can stand in for it)."""
    menu.exec(screen_pos)


class CanvasMenus:
    """Builds the context menus of one scene."""

    def __init__(self, scene: MenuHost, actions: Actions) -> None:
        self.scene = scene
        self.actions = actions

    # ------------------------------------------------------------------ which menu
    def menu_for(self, pos: QPointF, parent: QWidget | None = None) -> QMenu | None:
        """The menu for what is under `pos`, with the selection adjusted as a right-click does."""
        scene = self.scene
        card = scene.card_item_at(pos)
        link = scene.link_item_at(pos)
        if card is not None and (link is None or card.handle_contains(pos)):
            if not card.isSelected():
                scene.select_cards([card.card_id])
            scene.edit.anchor_id = card.card_id  # what Edit Card Text edits
            return self.card_menu(card.card_id, parent)
        if link is not None:
            scene.select_links([link.link_id])
            return self.link_menu(link.link_id, parent)
        block = scene.block_item_at(pos)
        if block is not None:
            scene.set_current_block(block.block_id)  # what Paste pastes into
            return self.block_menu(block.block_id, pos, parent)
        return self.canvas_menu(pos, parent)

    def canvas_menu(self, pos: QPointF, parent: QWidget | None = None) -> QMenu:
        """Over empty canvas: a new block where the user clicked."""
        menu = QMenu(parent)
        self._add(menu, "add_block_here", translate("CanvasMenu", "Add Block Here"),
                  lambda: self.scene.blocks.add_block_at(pos))  # fmt: skip
        return menu

    # ------------------------------------------------------------------ cards
    def card_menu(self, card_id: int, parent: QWidget | None = None) -> QMenu:
        """Acts on the selected cards (the card under the mouse is one of them)."""
        scene = self.scene
        menu = QMenu(parent)
        cards = scene.selected_cards()
        ids = [card.id for card in cards]
        menu.addAction(self.actions["edit_card"])
        colours = menu.addMenu(translate("CanvasMenu", "Colour"))
        colours.setObjectName("menu_colour")
        current = {card.colour.upper() for card in cards}
        group = QActionGroup(colours)  # one colour at a time: radio marks, not check boxes
        for colour, name in style.CARD_COLOURS:
            action = self._add(colours, f"colour_{name.lower()}", style.colour_name(name),
                               lambda c=colour: self.set_colour(ids, c))  # fmt: skip
            action.setIcon(swatch_icon(colour))
            action.setCheckable(True)
            action.setChecked(current == {colour})
            group.addAction(action)
        menu.addSeparator()
        self._add(menu, "add_vote", translate("CanvasMenu", "Add Vote"),
                  lambda: self.change_votes(ids, +1))  # fmt: skip
        remove = self._add(menu, "remove_vote", translate("CanvasMenu", "Remove Vote"),
                           lambda: self.change_votes(ids, -1))  # fmt: skip
        remove.setEnabled(remove.isEnabled() and any(card.votes > 0 for card in cards))
        menu.addSeparator()
        for name in ("cut", "copy", "duplicate"):  # the Edit menu's order
            menu.addAction(self.actions[name])
        menu.addSeparator()
        menu.addAction(self.actions["delete"])
        return menu

    def set_colour(self, card_ids: list[int], colour: str) -> None:
        """Give the cards one colour, in one step (nothing when they all have it already)."""
        canvas = self.scene.canvas()
        wanted = set(card_ids)
        changes = {
            card.id: {"colour": colour}
            for card in (canvas.cards if canvas else [])
            if card.id in wanted and card.colour.upper() != colour.upper()
        }
        if changes:
            text = translate("CanvasMenu", "Change colour")
            self.scene.run(SetCardFieldsCommand(self.scene.store, changes, text=text))

    def change_votes(self, card_ids: list[int], delta: int) -> None:
        """One vote more (or fewer, never below none) on each card, in one step."""
        canvas = self.scene.canvas()
        if canvas is None:
            return
        wanted = set(card_ids)
        changes = {
            card.id: {"votes": max(0, card.votes + delta)}
            for card in canvas.cards
            if card.id in wanted and max(0, card.votes + delta) != card.votes
        }
        if not changes:
            return
        if delta > 0:
            text = translate("CanvasMenu", "Add vote")
        else:
            text = translate("CanvasMenu", "Remove vote")
        self.scene.run(SetCardFieldsCommand(self.scene.store, changes, text=text))

    # ------------------------------------------------------------------ links
    def link_menu(self, link_id: int, parent: QWidget | None = None) -> QMenu:
        scene = self.scene
        menu = QMenu(parent)
        self._add(menu, "edit_label", translate("CanvasMenu", "Edit Label…"),
                  lambda: scene.edit_link_label(link_id))  # fmt: skip
        menu.addAction(self.actions["delete"])  # the arrow is the selection
        return menu

    # ------------------------------------------------------------------ blocks
    def block_menu(self, block_id: int, pos: QPointF, parent: QWidget | None = None) -> QMenu:
        scene = self.scene
        block = scene.block_items[block_id]
        menu = QMenu(parent)
        self._add(menu, "new_card_here", translate("CanvasMenu", "New Card Here"),
                  lambda: scene.start_quick_capture(block_id, at=pos))  # fmt: skip
        self.actions.refresh_paste()
        menu.addAction(self.actions["paste"])
        menu.addSeparator()
        select = self._add(menu, "select_block_cards",
                           translate("CanvasMenu", "Select All Cards in Block"),
                           lambda: self.select_block_cards(block_id), writes=False)  # fmt: skip
        select.setEnabled(any(i.block_id == block_id for i in scene.card_items.values()))
        if block.block.scored:
            self._add_score_menu(menu, block_id, block.block.score)
        menu.addSeparator()
        self._add(menu, "rename_block", translate("CanvasMenu", "Rename Block"),
                  lambda: scene.blocks.start_rename(block_id))  # fmt: skip
        self._add(menu, "remove_block", translate("CanvasMenu", "Remove Block"),
                  lambda: scene.blocks.remove_block(block_id, parent))  # fmt: skip
        return menu

    def _add_score_menu(self, menu: QMenu, block_id: int, score: int | None) -> None:
        menu.addSeparator()
        scores = menu.addMenu(translate("CanvasMenu", "Score"))
        scores.setObjectName("menu_score")
        group = QActionGroup(scores)
        for value in range(STARS + 1):
            stars = "★" * value + "☆" * (STARS - value)
            action = self._add(scores, f"score_{value}", f"{value}   {stars}",
                               lambda v=value: self.set_score(block_id, v))  # fmt: skip
            action.setCheckable(True)
            action.setChecked(score == value)
            group.addAction(action)
        clear = self._add(menu, "clear_score", translate("CanvasMenu", "Clear Score"),
                          lambda: self.set_score(block_id, None))  # fmt: skip
        clear.setEnabled(clear.isEnabled() and score is not None)

    def select_block_cards(self, block_id: int) -> None:
        items = self.scene.card_items.values()
        ids = [i.card_id for i in items if i.block_id == block_id and i.isVisible()]
        self.scene.select_cards(ids)

    def set_score(self, block_id: int, score: int | None) -> None:
        text = translate("CanvasMenu", "Score block")
        self.scene.run(SetBlockFieldsCommand(self.scene.store, block_id, {"score": score},
                                             text=text))  # fmt: skip

    # ------------------------------------------------------------------ helpers
    def _add(self, menu: QMenu, name: str, text: str, slot: Callable[[], None],
             writes: bool = True) -> QAction:  # fmt: skip
        """An entry of this menu only, named ``menu_<name>``; entries that write are disabled
        in a read-only workspace."""
        action = menu.addAction(text)
        action.setObjectName(f"menu_{name}")
        action.triggered.connect(lambda _=False: slot())
        action.setEnabled(not (writes and self.scene.store.read_only))
        return action
