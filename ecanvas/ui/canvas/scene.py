"""The canvas scene: mirrors one canvas of the store and turns gestures into commands.

Gesture → command → store → change event → items (the items never write). Mouse handling on
cards is our own (not QGraphicsItem movement) so a drag can highlight its target block, leave
the view as a system drag, and end in exactly one command.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QGraphicsScene, QMenu, QWidget

from ecanvas.model import DEFAULT_CARD_COLOUR
from ecanvas.store import WorkspaceError, WorkspaceStore
from ecanvas.ui.canvas import context_menu, style
from ecanvas.ui.canvas.block_editing import BlockEditing
from ecanvas.ui.canvas.block_item import BlockItem
from ecanvas.ui.canvas.card_item import CardItem
from ecanvas.ui.canvas.drag import CardDrag, LinkDrag, drag_cards_out
from ecanvas.ui.canvas.editing import CardEditing
from ecanvas.ui.canvas.link_item import LinkItem
from ecanvas.ui.canvas.mirror import ModelMirror
from ecanvas.ui.canvas.scene_actions import EditActions
from ecanvas.ui.canvas.scene_drops import DropTarget
from ecanvas.ui.commands import (
    AddLinkCommand,
    MoveCardsCommand,
    SetBlockFieldsCommand,
    StoreCommand,
    run_command,
)
from ecanvas.ui.conflicts import handle_refusal
from ecanvas.ui.errors import describe_error

translate = QCoreApplication.translate

ARROWS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}
_PALETTE_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)


class CanvasScene(ModelMirror, EditActions, DropTarget, QGraphicsScene):
    """The items of one canvas, kept in step with the store, and the gestures on them."""

    cardSelectionChanged = Signal(list)  # noqa: N815 (Qt signal names are camelCase)
    currentBlockChanged = Signal(int)  # noqa: N815
    errorOccurred = Signal(str)  # noqa: N815
    layoutChanged = Signal()  # noqa: N815 (items were placed again; a workshop's focus follows)

    def __init__(self, store: WorkspaceStore, canvas_id: int, undo_stack: QUndoStack,
                 language: str = "en", parent=None) -> None:  # fmt: skip
        super().__init__(parent)
        self.store = store
        self.canvas_id = canvas_id
        self.undo_stack = undo_stack
        self.language = language
        self.theme = style.CanvasTheme()
        self.capture_colour = DEFAULT_CARD_COLOUR
        self.capture_author: int | None = None  # the workshop participant capturing cards
        self.editing = CardEditing(self)
        self.menus = context_menu.CanvasMenus(self)
        self.blocks = BlockEditing(self)
        self._current_block: int | None = None
        self._highlight: set[int] | None = None
        self._anchor_id: int | None = None
        self._press: tuple[CardItem, QPointF, object] | None = None
        self._card_drag: CardDrag | None = None
        self._link_drag: LinkDrag | None = None
        self._drop_target: BlockItem | None = None
        self._batching_selection = False
        self._init_mirror()
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.setBackgroundBrush(self.theme.background)
        self.selectionChanged.connect(self._on_selection_changed)
        self.rebuild()
        listener = self.on_store_change
        store.subscribe(listener)
        # A safety net: a scene destroyed without detach() must not stay subscribed.
        self.destroyed.connect(lambda *_: store.unsubscribe(listener))
        self._attached = True

    def detach(self) -> None:
        """Stop listening to the store (call before the view goes away)."""
        if self._attached:
            self.editing.finish()  # keep what the user typed, as a click elsewhere would
            self.store.unsubscribe(self.on_store_change)
            self._attached = False

    # ------------------------------------------------------------------ commands
    def run(self, command: StoreCommand) -> bool:
        """Perform and record a command; a refused change becomes an error message."""
        try:
            run_command(self.undo_stack, command)
        except (WorkspaceError, ValueError) as error:
            parent = self.views()[0] if self.views() else None
            if not handle_refusal(parent, self.store, self.undo_stack, command, error,
                                  self.errorOccurred.emit):  # fmt: skip
                self.errorOccurred.emit(describe_error(error))
            return False
        return True

    def _on_score_clicked(self, block_id: int, score: int) -> None:
        self.run(SetBlockFieldsCommand(self.store, block_id, {"score": score},
                                       text=translate("CanvasScene", "Score block")))  # fmt: skip

    # ------------------------------------------------------------------ queries
    def selected_card_ids(self) -> list[int]:
        items = [i for i in self.selectedItems() if isinstance(i, CardItem)]
        return [i.card_id for i in sorted(items, key=lambda i: (i.y(), i.x(), i.card_id))]

    def selected_link_ids(self) -> list[int]:
        return sorted(i.link_id for i in self.selectedItems() if isinstance(i, LinkItem))

    def set_capture_colour(self, colour: str) -> None:
        """The colour of cards made by quick capture (the palette's current chip)."""
        self.capture_colour = colour

    def set_capture_author(self, participant_id: int | None) -> None:
        """Who captures cards now (a workshop's active participant; None: nobody)."""
        self.capture_author = participant_id

    def current_block_id(self) -> int | None:
        return self._current_block

    @property
    def is_editing(self) -> bool:
        return self.editing.active

    @property
    def is_dragging(self) -> bool:
        """True while cards or a new link follow the mouse."""
        return self._card_drag is not None or self._link_drag is not None

    @property
    def is_moving_cards(self) -> bool:
        """True from the press on a card until its release (the drag may not have started)."""
        return self._press is not None or self._card_drag is not None

    def block_item_at(self, pos: QPointF) -> BlockItem | None:
        """The block under a scene point (geometry over the few blocks, no item search)."""
        for item in reversed(self.block_items.values()):
            if item.contains_scene_point(pos):
                return item
        return None

    def card_item_at(self, pos: QPointF, exclude: CardItem | None = None) -> CardItem | None:
        for item in self.items(pos, Qt.ItemSelectionMode.IntersectsItemShape):
            top = item.topLevelItem()
            if isinstance(top, CardItem) and top is not exclude and top.isVisible():
                return top
        return None

    def link_item_at(self, pos: QPointF) -> LinkItem | None:
        """The arrow under `pos` when it is the topmost clickable thing (arrows lie over cards)."""
        for item in self.items(pos, Qt.ItemSelectionMode.IntersectsItemShape):
            if item.isVisible() and item.acceptedMouseButtons():
                return item if isinstance(item, LinkItem) else None
        return None

    def _link_item_on_top(self, pos: QPointF) -> bool:
        return self.link_item_at(pos) is not None

    def ensure_item_visible(self, item) -> None:
        for view in self.views():
            view.ensureVisible(item.sceneBoundingRect(), 30, 30)

    # ------------------------------------------------------------------ language, editing
    def set_language(self, language: str) -> None:
        self.language = language
        for item in self.block_items.values():
            item.set_language(language)
        self.refresh_hints()

    def start_quick_capture(self, block_id: int | None = None, at: QPointF | None = None) -> None:
        """Capture cards in a block (else the current one): after its last card, or at the
        place in its order nearest the scene point `at` (where the user double-clicked)."""
        block_id = self._current_block if block_id is None else block_id
        if block_id is not None and block_id in self.block_items:
            self._set_current_block(block_id)
            index = None if at is None else self.insertion_index(block_id, at)
            self.editing.start_capture(block_id, index)

    def insertion_index(self, block_id: int, pos: QPointF, exclude=()) -> int | None:
        """The place in a block's order nearest the scene point `pos`."""
        if self.layout is None or block_id not in self.layout.blocks:
            return None
        return self.layout.insertion_at(block_id, pos.x(), pos.y(), exclude).index

    def edit_selected_card(self) -> None:
        selected = self.selected_card_ids()
        if selected:
            self.editing.start_edit(selected[0])

    def _editing_abandon(self) -> None:
        self.editing.abandon()

    def _editing_card_removed(self, card_id: int) -> None:
        self.editing.card_removed(card_id)

    def _editing_link_removed(self, link_id: int) -> None:
        self.editing.link_removed(link_id)

    # ------------------------------------------------------------------ selection
    @contextlib.contextmanager
    def _one_selection_change(self):
        """Report many selection changes as one."""
        self._batching_selection = True
        try:
            yield
        finally:
            self._batching_selection = False
        self._on_selection_changed()

    def _on_selection_changed(self) -> None:
        if self._batching_selection:
            return
        ids = self.selected_card_ids()
        if ids:
            self._set_current_block(self.card_items[ids[0]].block_id)
        self.cardSelectionChanged.emit(ids)

    def _set_current_block(self, block_id: int | None) -> None:
        if block_id == self._current_block:
            return
        for bid in (self._current_block, block_id):
            if bid in self.block_items:
                self.block_items[bid].set_current(bid == block_id)
        self._current_block = block_id
        self.currentBlockChanged.emit(-1 if block_id is None else block_id)

    # ------------------------------------------------------------------ mouse
    def mousePressEvent(self, event) -> None:
        pos = event.scenePos()
        editor = self.editing.editor
        if editor is not None and not editor.sceneBoundingRect().contains(pos):
            self.editing.finish()
        button = event.button()
        if button not in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton) or (
            self.editing.active
        ):
            super().mousePressEvent(event)
            return
        card = self.card_item_at(pos)
        if card is not None and (card.handle_contains(pos) or not self._link_item_on_top(pos)):
            if button == Qt.MouseButton.LeftButton:
                self._press_card(card, event)
            elif not card.isSelected():  # a context menu acts on the card under the mouse
                self.select_cards([card.card_id])
            event.accept()
            return
        link = self.link_item_at(pos) if button == Qt.MouseButton.RightButton else None
        if link is not None:  # a context menu acts on the arrow under the mouse
            self.select_links([link.link_id])
            event.accept()
            return
        block = self.block_item_at(pos)
        self._set_current_block(block.block_id if block is not None else None)
        left = button == Qt.MouseButton.LeftButton
        if block is not None and left and self.blocks.press(block, event):  # header or grip
            event.accept()
            return
        super().mousePressEvent(event)

    def _press_card(self, card: CardItem, event) -> None:
        modifiers = event.modifiers()
        toggle = modifiers & Qt.KeyboardModifier.ControlModifier
        if not toggle and card.handle_contains(event.scenePos()):
            self._link_drag = LinkDrag(self, card)
            return
        if toggle:
            card.setSelected(not card.isSelected())
            return
        if not card.isSelected():
            with self._one_selection_change():
                if not modifiers & Qt.KeyboardModifier.ShiftModifier:
                    self.clearSelection()
                card.setSelected(True)
        self._anchor_id = card.card_id
        self._set_current_block(card.block_id)
        self._press = (card, event.scenePos(), event.screenPos())

    def mouseMoveEvent(self, event) -> None:
        pos = event.scenePos()
        if self.blocks.move(event):
            event.accept()
            return
        if self._link_drag is not None:
            self._link_drag.move_to(pos)
            event.accept()
            return
        if self._press is not None and self._card_drag is None:
            _, press_pos, press_screen = self._press
            distance = (event.screenPos() - press_screen).manhattanLength()
            if distance >= QApplication.startDragDistance():
                items = [self.card_items[cid] for cid in self.selected_card_ids()]
                self._card_drag = CardDrag(self, items, press_pos)
        if self._card_drag is not None:
            self._card_drag.move_to(pos)
            widget = event.widget()
            if widget is not None and not widget.rect().contains(
                widget.mapFromGlobal(event.screenPos())
            ):
                drag, self._card_drag, self._press = self._card_drag, None, None
                drag_cards_out(drag, widget)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self.blocks.release(event):
            event.accept()
            return
        if self._link_drag is not None:
            link_drag, self._link_drag = self._link_drag, None
            target = link_drag.finish()
            if target is not None:
                self._add_link(link_drag.source.card_id, target)
            event.accept()
            return
        if self._card_drag is not None:
            self._card_drag.move_to(event.scenePos())  # lands under the mouse, even after scrolling
            self._finish_card_drag()
            event.accept()
            return
        if self._press is not None:
            card = self._press[0]
            self._press = None
            if not event.modifiers() and len(self.selected_card_ids()) > 1:
                self.select_cards([card.card_id])
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def _add_link(self, source_id: int, target_id: int) -> None:
        canvas = self.canvas()
        if canvas and any(
            lk.source_id == source_id and lk.target_id == target_id for lk in canvas.links
        ):
            self.errorOccurred.emit(translate("CanvasScene", "These cards are already linked."))
            return
        self.run(AddLinkCommand(self.store, source_id, target_id))

    def _finish_card_drag(self) -> None:
        """One MoveCardsCommand for every card that really moved; none when outside blocks."""
        drag, self._card_drag, self._press = self._card_drag, None, None
        if drag.target is None:
            drag.end(restore=True)
            return
        moves = drag.moves(self.canvas())
        drag.end(restore=True)
        if moves:
            self.run(MoveCardsCommand(self.store, moves))

    def mouseDoubleClickEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.editing.active:
            super().mouseDoubleClickEvent(event)
            return
        pos = event.scenePos()
        card = self.card_item_at(pos)
        block = self.block_item_at(pos)
        link = self.link_item_at(pos)
        if link is not None and (card is None or not card.handle_contains(pos)):
            self.edit_link_label(link.link_id)
        elif card is not None:
            self.editing.start_edit(card.card_id)
        elif block is not None and block.header_contains(block.mapFromScene(pos)):
            self.blocks.start_rename(block.block_id)
        elif block is not None and block.star_at(block.mapFromScene(pos)) is None:
            self.start_quick_capture(block.block_id, pos)
        event.accept()

    # ------------------------------------------------------------------ context menus
    def context_menu_for(self, pos: QPointF, parent: QWidget | None = None) -> QMenu | None:
        """The right-click menu for what is under `pos` (None over empty canvas)."""
        return self.menus.menu_for(pos, parent)

    def contextMenuEvent(self, event) -> None:
        if self.editing.active:
            super().contextMenuEvent(event)  # the editor's own text menu
            return
        menu = self.context_menu_for(event.scenePos(), event.widget())
        if menu is None:
            event.ignore()
            return
        event.accept()
        context_menu.show_menu(menu, event.screenPos())
        menu.deleteLater()

    # ------------------------------------------------------------------ keys
    def keyPressEvent(self, event) -> None:
        if self.editing.active:
            super().keyPressEvent(event)
            return
        key, modifiers = event.key(), event.modifiers()
        no_modifiers = not modifiers & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and no_modifiers:
            self._enter_pressed()
        elif key == Qt.Key.Key_F2 and no_modifiers:
            self.edit_selected_card()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and no_modifiers:
            self.delete_selection()
        elif key in ARROWS and no_modifiers:
            self.navigate(ARROWS[key])
        elif key == Qt.Key.Key_Escape:
            self.clearSelection()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _enter_pressed(self) -> None:
        if len(self.selected_card_ids()) == 1:
            self.edit_selected_card()
        else:
            self.start_quick_capture()

    # ------------------------------------------------------------------ palette
    def event(self, event) -> bool:
        if event.type() in _PALETTE_EVENTS:
            self.theme.reload()
            self.setBackgroundBrush(self.theme.background)
            for item in self.items():
                item.update()
        return super().event(event)
