"""The canvas scene: mirrors one canvas of the store and turns gestures into commands.

Gesture → command → store → change event → items (the items never write). The scene holds one
gesture at a time (`gestures`): a press picks it, every move and the release go to it, Esc
cancels it. Its helpers are objects of their own, each given the scene as a narrow interface
(`host`): the item mirror, the inline editors, the block editing, the edit actions, the drops
and the context menus. Mouse handling on cards is our own (not QGraphicsItem movement) so a
drag can highlight its target block, leave the view as a system drag, and end in one command.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QGraphicsScene, QMenu, QWidget

from ecanvas.model import DEFAULT_CARD_COLOUR, Canvas, Card
from ecanvas.model.layout import CanvasLayout
from ecanvas.store import WorkspaceStore
from ecanvas.ui.canvas import context_menu, style
from ecanvas.ui.canvas.block_editing import BlockEditing
from ecanvas.ui.canvas.block_item import BlockItem
from ecanvas.ui.canvas.card_item import CardItem
from ecanvas.ui.canvas.editing import CardEditing
from ecanvas.ui.canvas.gestures import CardGesture, Gesture, LinkGesture, RubberBand
from ecanvas.ui.canvas.link_item import LinkItem
from ecanvas.ui.canvas.mirror import SCENE_MARGIN, ItemMirror
from ecanvas.ui.canvas.scene_actions import EditActions
from ecanvas.ui.canvas.scene_drops import DropTarget
from ecanvas.ui.commands import AddLinkCommand, SetBlockFieldsCommand, StoreCommand
from ecanvas.ui.runner import run_or_report
from ecanvas.ui.store_binding import StoreBinding

translate = QCoreApplication.translate

ARROWS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}
_PALETTE_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
_BUTTONS = (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton)


class CanvasScene(QGraphicsScene):
    """The items of one canvas, kept in step with the store, and the gestures on them."""

    cardSelectionChanged = Signal(list)  # noqa: N815 (Qt signal names are camelCase)
    currentBlockChanged = Signal(int)  # noqa: N815
    errorOccurred = Signal(str)  # noqa: N815
    layoutChanged = Signal()  # noqa: N815 (items were placed again; a workshop's focus follows)

    def __init__(self, store: WorkspaceStore, canvas_id: int, undo_stack: QUndoStack,
                 language: str = "en", parent=None, actions=None) -> None:  # fmt: skip
        super().__init__(parent)
        self.store = store
        self.canvas_id = canvas_id
        self.undo_stack = undo_stack
        self.language = language
        self.theme = style.CanvasTheme()
        self.capture_colour = DEFAULT_CARD_COLOUR
        self.capture_author: int | None = None  # the workshop participant capturing cards
        self.gesture: Gesture | None = None
        self._current_block: int | None = None
        self._highlight: set[int] | None = None
        self._batching_selection = False
        self.mirror = ItemMirror(self, store, canvas_id, self.theme, _MirrorHooks(self))
        self.mirror.language = language
        self.card_items = self.mirror.card_items
        self.block_items = self.mirror.block_items
        self.link_items = self.mirror.link_items
        self.editing = CardEditing(self)
        self.blocks = BlockEditing(self, self.editing.open_other)
        self.edit = EditActions(self)
        self.drops = DropTarget(self, self._capture_dropped)
        self.menus = context_menu.CanvasMenus(self, actions)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.setBackgroundBrush(self.theme.background)
        self.selectionChanged.connect(self._on_selection_changed)
        self.mirror.rebuild()
        self._listening = StoreBinding(self, self.mirror.on_store_change)
        self._listening.follow(store)
        self._attached = True

    def detach(self) -> None:
        """Stop listening to the store (call before the view goes away)."""
        if self._attached:
            self.cancel_gesture()
            self.editing.finish()  # keep what the user typed, as a click elsewhere would
            self._listening.follow(None)
            self._attached = False

    # ------------------------------------------------------------------ commands
    def run(self, command: StoreCommand) -> bool:
        """Perform and record a command; a refusal becomes one message (see ui.runner)."""
        parent = self.views()[0] if self.views() else None
        return run_or_report(self.undo_stack, command, self.report, parent)

    def report(self, text: str) -> None:
        self.errorOccurred.emit(text)

    # ------------------------------------------------------------------ the mirror's view
    @property
    def layout(self) -> CanvasLayout | None:
        return self.mirror.layout

    @property
    def changes(self):
        """The comparison shown on the canvas (a ChangesOverlay), if any."""
        return self.mirror.changes

    def canvas(self) -> Canvas | None:
        return self.mirror.canvas()

    def links_touching(self, card_ids) -> list[LinkItem]:
        return self.mirror.links_touching(card_ids)

    def refresh_link(self, item: LinkItem) -> None:
        self.mirror.refresh_link(item)

    def reset_link(self, item: LinkItem) -> None:
        self.mirror.reset_link(item)

    def set_placeholder(self, placeholder: tuple[int, int] | None, relayout: bool = True) -> None:
        self.mirror.set_placeholder(placeholder, relayout)

    def placeholder_rect(self):
        return self.mirror.placeholder_rect()

    # ------------------------------------------------------------------ queries
    def selected_card_ids(self) -> list[int]:
        items = [i for i in self.selectedItems() if isinstance(i, CardItem)]
        return [i.card_id for i in sorted(items, key=lambda i: (i.y(), i.x(), i.card_id))]

    def selected_link_ids(self) -> list[int]:
        return sorted(i.link_id for i in self.selectedItems() if isinstance(i, LinkItem))

    def selected_cards(self) -> list[Card]:
        """The model cards of the selected items, in reading order."""
        canvas = self.canvas()
        ids = set(self.selected_card_ids())
        return [card for card in canvas.cards if card.id in ids] if canvas is not None else []

    def set_out_of_sight(self, hidden: bool) -> None:
        """The canvas is not on screen for a while (its window behind a workshop): follow the
        store again, in one rebuild, when it is back."""
        self.mirror.pause(hidden)

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
        """True while something follows the mouse that the view scrolls for near its edge."""
        return self.gesture is not None and self.gesture.follows_edge

    @property
    def is_moving_cards(self) -> bool:
        """True from the press on a card until its release (the drag may not have started)."""
        return isinstance(self.gesture, CardGesture)

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

    def insertion_index(self, block_id: int, pos: QPointF, exclude=()) -> int | None:
        """The place in a block's order nearest the scene point `pos`."""
        if self.layout is None or block_id not in self.layout.blocks:
            return None
        return self.layout.insertion_at(block_id, pos.x(), pos.y(), exclude).index

    def ensure_item_visible(self, item) -> None:
        for view in self.views():
            view.ensureVisible(item.sceneBoundingRect(), 30, 30)

    def make_room(self, rect) -> None:
        """Let the view scroll over `rect` (something drawn outside the laid-out canvas, e.g. a
        new block being named); the next layout sets the scene's size again."""
        margin = SCENE_MARGIN
        wanted = QRectF(rect.x, rect.y, rect.w, rect.h).adjusted(-margin, -margin, margin, margin)
        self.setSceneRect(self.sceneRect().united(wanted))

    # ------------------------------------------------------------------ settings of the view
    def set_language(self, language: str) -> None:
        self.language = self.mirror.language = language
        for item in self.block_items.values():
            item.set_language(language)
        self.mirror.refresh_hints()

    def set_capture_colour(self, colour: str) -> None:
        """The colour of cards made by quick capture (the palette's current chip)."""
        self.capture_colour = colour

    def find_state(self, card_id: int) -> bool | None:
        """None while nothing is searched; else whether the card is a match."""
        return None if self._highlight is None else card_id in self._highlight

    def set_highlight(self, card_ids: set[int] | None) -> None:
        """Outline the matches and dim the rest; None shows every card normally again."""
        self._highlight = None if card_ids is None else set(card_ids)
        for card_id, item in self.card_items.items():
            item.set_find_state(self.find_state(card_id))

    # ------------------------------------------------------------------ editing
    def start_quick_capture(self, block_id: int | None = None, at: QPointF | None = None) -> None:
        """Capture cards in a block (else the current one): after its last card, or at the
        place in its order nearest the scene point `at` (where the user double-clicked)."""
        block_id = self._current_block if block_id is None else block_id
        if block_id is not None and block_id in self.block_items:
            self.set_current_block(block_id)
            index = None if at is None else self.insertion_index(block_id, at)
            self.editing.start_capture(block_id, index)

    def _capture_dropped(self, block_id: int, index: int | None, colour: str) -> None:
        """A palette chip dropped on a block: the editor of one new card of its colour."""
        self.set_current_block(block_id)
        self.editing.start_capture(block_id, index, colour=colour, one_card=True)

    def edit_selected_card(self) -> None:
        """Edit the card last clicked when it is selected, else the first selected one."""
        selected = self.selected_card_ids()
        if selected:
            anchor = self.edit.anchor_id
            self.editing.start_edit(anchor if anchor in selected else selected[0])

    def edit_link_label(self, link_id: int) -> None:
        """Open the label editor on an arrow (double-click or the arrow's context menu)."""
        if link_id in self.link_items:
            self.select_links([link_id])
            self.editing.start_label(link_id)

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
            self.set_current_block(self.card_items[ids[0]].block_id)
        self.cardSelectionChanged.emit(ids)

    def set_current_block(self, block_id: int | None) -> None:
        if block_id == self._current_block:
            return
        for bid in (self._current_block, block_id):
            if bid in self.block_items:
                self.block_items[bid].set_current(bid == block_id)
        self._current_block = block_id
        self.currentBlockChanged.emit(-1 if block_id is None else block_id)

    def select_cards(self, card_ids) -> None:
        """Replace the selection with these cards (unknown ids are skipped)."""
        wanted = [self.card_items[cid] for cid in card_ids if cid in self.card_items]
        self._select(wanted)
        if wanted:
            self.edit.anchor_id = wanted[0].card_id

    def select_links(self, link_ids) -> None:
        """Replace the selection with these arrows (unknown ids are skipped)."""
        self._select([self.link_items[lid] for lid in link_ids if lid in self.link_items])

    def select_all(self) -> None:
        self._select([item for item in self.card_items.values() if item.isVisible()])

    def _select(self, items) -> None:
        with self._one_selection_change():
            self.clearSelection()
            for item in items:
                item.setSelected(True)

    def show_block(self, block_id: int) -> None:
        """Make a block the current one (its guidance shows) and scroll it into view."""
        item = self.block_items.get(block_id)
        if item is None:
            return
        self._select([])
        self.set_current_block(block_id)
        self.ensure_item_visible(item)

    # ------------------------------------------------------------------ the gesture slot
    def start_gesture(self, gesture: Gesture) -> None:
        self.cancel_gesture()
        self.gesture = gesture

    def cancel_gesture(self) -> None:
        """Stop the running gesture, putting back whatever it moved; nothing is written."""
        gesture, self.gesture = self.gesture, None
        if gesture is not None:
            gesture.cancel()

    def mousePressEvent(self, event) -> None:
        pos = event.scenePos()
        editor = self.editing.editor
        if editor is not None and not editor.sceneBoundingRect().contains(pos):
            self.editing.finish()
        button = event.button()
        if button not in _BUTTONS or self.editing.active:
            super().mousePressEvent(event)
            return
        self.cancel_gesture()
        left = button == Qt.MouseButton.LeftButton
        card = self.card_item_at(pos)
        if card is not None and (card.handle_contains(pos) or self.link_item_at(pos) is None):
            self._press_card(card, event) if left else self._right_press_card(card)
            event.accept()
            return
        link = None if left else self.link_item_at(pos)
        if link is not None:  # a context menu acts on the arrow under the mouse
            self.select_links([link.link_id])
            event.accept()
            return
        block = self.block_item_at(pos)
        self.set_current_block(block.block_id if block is not None else None)
        gesture = self.blocks.gesture_for(block, event) if block is not None and left else None
        if gesture is not None:  # the header or the grip
            self.start_gesture(gesture)
            event.accept()
            return
        super().mousePressEvent(event)
        if left and not event.isAccepted():  # nothing took it: a rubber band from here
            add = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            self.start_gesture(RubberBand(self, self, pos, add))
            event.accept()

    def _press_card(self, card: CardItem, event) -> None:
        modifiers = event.modifiers()
        toggle = modifiers & Qt.KeyboardModifier.ControlModifier
        if not toggle and card.handle_contains(event.scenePos()):
            self.start_gesture(LinkGesture(self, card, self._add_link))
            return
        if toggle:
            card.setSelected(not card.isSelected())
            return
        if not card.isSelected():
            with self._one_selection_change():
                if not modifiers & Qt.KeyboardModifier.ShiftModifier:
                    self.clearSelection()
                card.setSelected(True)
        self.edit.anchor_id = card.card_id
        self.set_current_block(card.block_id)
        self.start_gesture(CardGesture(self, card, event.scenePos(), event.screenPos()))

    def _right_press_card(self, card: CardItem) -> None:
        """A context menu acts on the card under the mouse (and the others selected with it)."""
        if not card.isSelected():
            self.select_cards([card.card_id])
        self.edit.anchor_id = card.card_id

    def mouseMoveEvent(self, event) -> None:
        if self.gesture is None:
            super().mouseMoveEvent(event)
            return
        self.gesture.move(event)
        if self.gesture is not None and self.gesture.done:  # carried out of the view
            self.gesture = None
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        gesture, self.gesture = self.gesture, None
        if gesture is None:
            super().mouseReleaseEvent(event)
            return
        gesture.release(event)
        event.accept()

    def _add_link(self, source_id: int, target_id: int) -> None:
        canvas = self.canvas()
        if canvas and any(
            lk.source_id == source_id and lk.target_id == target_id for lk in canvas.links
        ):
            self.report(translate("CanvasScene", "These cards are already linked."))
            return
        self.run(AddLinkCommand(self.store, source_id, target_id))

    def mouseDoubleClickEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.editing.active:
            super().mouseDoubleClickEvent(event)
            return
        self.cancel_gesture()
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

    # ------------------------------------------------------------------ drops from outside
    def dragEnterEvent(self, event) -> None:
        self.drops.drag_enter(event)

    def dragMoveEvent(self, event) -> None:
        self.drops.drag_move(event)

    def dragLeaveEvent(self, event) -> None:
        self.drops.drag_leave(event)

    def dropEvent(self, event) -> None:
        self.drops.drop(event)

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
        if key == Qt.Key.Key_Escape and self.gesture is not None:
            self.cancel_gesture()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and no_modifiers:
            self._enter_pressed()
        elif key == Qt.Key.Key_F2 and no_modifiers:
            self.edit_selected_card()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and no_modifiers:
            self.edit.delete_selection()
        elif key in ARROWS and no_modifiers:
            self.edit.navigate(ARROWS[key])
        elif key == Qt.Key.Key_Escape and self.selectedItems():
            self.clearSelection()
        else:  # Esc with nothing selected goes on to the window (a dialog closes)
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


class _MirrorHooks:
    """What the item mirror tells the scene (`mirror.MirrorHooks`): items it removed, a score
    clicked, and what it asks: a card's find state."""

    def __init__(self, scene: CanvasScene) -> None:
        self.scene = scene

    def items_cleared(self) -> None:
        scene = self.scene
        scene.cancel_gesture()
        scene.editing.abandon()
        scene.blocks.abandon()
        scene.set_current_block(None)

    def card_removed(self, card_id: int) -> None:
        self.scene.editing.card_removed(card_id)

    def link_removed(self, link_id: int) -> None:
        self.scene.editing.link_removed(link_id)

    def block_removed(self, block_id: int) -> None:
        if self.scene.current_block_id() == block_id:
            self.scene.set_current_block(None)

    def score_clicked(self, block_id: int, score: int) -> None:
        text = translate("CanvasScene", "Score block")
        self.scene.run(SetBlockFieldsCommand(self.scene.store, block_id, {"score": score},
                                             text=text))  # fmt: skip

    def find_state(self, card_id: int) -> bool | None:
        return self.scene.find_state(card_id)

    def layout_changed(self) -> None:
        self.scene.layoutChanged.emit()
