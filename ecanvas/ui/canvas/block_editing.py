"""Blocks the user adds, renames, moves, resizes and removes on the canvas.

Every gesture is one undo step. A new block exists (with a default title) while its title editor
is open and becomes one "Add block" step when the editor closes: named if the user typed a
title, kept with the default title on Esc. While a block is dragged by its header or resized by
its corner grip only the items move; the release records one SetBlockFieldsCommand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QPointF
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ecanvas.model import Block
from ecanvas.model.layout import Rect
from ecanvas.store import WorkspaceError
from ecanvas.ui.canvas import style
from ecanvas.ui.canvas.block_item import BlockItem
from ecanvas.ui.canvas.title_editor import BlockTitleEditor
from ecanvas.ui.commands import (
    AddBlockCommand,
    PerformedStepsCommand,
    RemoveBlockCommand,
    SetBlockFieldsCommand,
)
from ecanvas.ui.errors import describe_error
from ecanvas.ui.literal import ask

if TYPE_CHECKING:
    from ecanvas.ui.canvas.scene import CanvasScene

translate = QCoreApplication.translate

# A new block's title until the user names it (stored in both languages of the block).
DEFAULT_TITLE_EN = "New block"
DEFAULT_TITLE_ZH = "新模块"
NEW_BLOCK_SIZE = (400.0, 300.0)
MIN_BLOCK_SIZE = (200.0, 160.0)
BLOCK_GAP = 20.0  # kept free between a new block and its neighbours
_TITLE_LEFT = 14.0
_TITLE_TOP = 6.0


def confirm_remove_block(parent: QWidget | None, title: str, card_count: int) -> bool:
    """Ask before removing a block with cards (tests replace this function)."""
    text = translate("BlockEditing", "Remove the block “%1” and the %2 card(s) in it?")
    answer = ask(
        parent,
        translate("BlockEditing", "Remove Block"),
        text.replace("%1", title).replace("%2", str(card_count)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def unique_block_key(blocks: list[Block]) -> str:
    """The first of block-1, block-2, … that no block of the canvas uses."""
    keys = {block.key for block in blocks}
    number = 1
    while f"block-{number}" in keys:
        number += 1
    return f"block-{number}"


def next_block_colour(blocks: list[Block]) -> str:
    """The first template colour no block uses yet, else the colours in turn."""
    used = {block.colour.upper() for block in blocks}
    for colour in style.BLOCK_COLOURS:
        if colour.upper() not in used:
            return colour
    return style.BLOCK_COLOURS[len(blocks) % len(style.BLOCK_COLOURS)]


def free_spot(blocks: list[Block], x: float, y: float, w: float, h: float) -> tuple[float, float]:
    """(x, y), nudged right past every block the new one would overlap (or touch)."""
    for _ in range(len(blocks) + 1):
        hit = next((b for b in blocks if x < b.x + b.w + BLOCK_GAP and b.x < x + w + BLOCK_GAP
                    and y < b.y + b.h + BLOCK_GAP and b.y < y + h + BLOCK_GAP), None)  # fmt: skip
        if hit is None:
            break
        x = hit.x + hit.w + BLOCK_GAP
    return x, y


class BlockGesture:
    """One block following the mouse: moved by its header (with its cards) or resized.

    A move shifts the block's stored corner by what the mouse moved; a resize makes the size
    the user sees the stored size (the layout grows it again if its cards need more room).
    """

    def __init__(self, scene: CanvasScene, item: BlockItem, resize: bool, press: QPointF,
                 press_screen: QPoint) -> None:  # fmt: skip
        self.scene, self.item, self.resize = scene, item, resize
        self.press, self.press_screen = QPointF(press), QPoint(press_screen)
        self.block = item.block  # the model's block: the geometry before the gesture
        self.rect = item.rect  # where it was drawn
        self.preview = item.rect
        self.started = False
        cards = [card for card in scene.card_items.values() if card.block_id == item.block_id]
        self.cards = [(card, card.pos()) for card in cards]
        self.links = scene.links_touching({card.card_id for card, _ in self.cards})

    def move_to(self, pos: QPointF, screen: QPoint) -> None:
        if not self.started:
            distance = (screen - self.press_screen).manhattanLength()
            if distance < QApplication.startDragDistance():
                return
            self.started = True
        self.preview = self._preview(pos)
        self.item.update_from(self.block, self.preview)
        if not self.resize:
            delta = QPointF(self.preview.x - self.rect.x, self.preview.y - self.rect.y)
            for card, origin in self.cards:
                card.setPos(origin + delta)
            for link in self.links:
                self.scene.refresh_link(link)

    def _preview(self, pos: QPointF) -> Rect:
        delta = pos - self.press
        r = self.rect
        if self.resize:
            w = max(MIN_BLOCK_SIZE[0], round(r.w + delta.x()))
            h = max(MIN_BLOCK_SIZE[1], round(r.h + delta.y()))
            return Rect(r.x, r.y, float(w), float(h))
        return Rect(r.x + round(delta.x()), r.y + round(delta.y()), r.w, r.h)

    def values(self) -> dict[str, float]:
        """The changed geometry fields (empty when nothing changed)."""
        if not self.started or self.preview == self.rect:
            return {}
        if self.resize:
            return {"w": self.preview.w, "h": self.preview.h}
        layout = self.scene.layout
        if layout is None:
            return {"x": self.preview.x, "y": self.preview.y}
        x, y = layout.to_stored(self.preview.x, self.preview.y)
        return {"x": float(round(x)), "y": float(round(y))}

    def restore(self) -> None:
        """Put the items back where the layout has them (the command then moves them)."""
        self.item.update_from(self.block, self.rect)
        for card, origin in self.cards:
            card.setPos(origin)
        for link in self.links:
            self.scene.reset_link(link)


class BlockEditing:
    """Turns block gestures, menu entries and title edits into commands for one scene."""

    def __init__(self, scene: CanvasScene) -> None:
        self.scene = scene
        self._gesture: BlockGesture | None = None

    # ------------------------------------------------------------------ add
    def add_block_at(self, pos: QPointF) -> None:
        """A new block with its corner at `pos` (or beside the blocks there); name it in place."""
        scene = self.scene
        canvas = scene.canvas()
        if canvas is None:
            return
        w, h = NEW_BLOCK_SIZE
        drawn = [item.rect for item in scene.block_items.values()]
        x, y = free_spot(drawn, round(pos.x()), round(pos.y()), w, h)
        if scene.layout is not None:  # where to store it so that it is drawn there
            x, y = (round(v) for v in scene.layout.to_stored(x, y))
        block = Block(
            id=0, canvas_id=canvas.id, key=unique_block_key(canvas.blocks),
            title_en=DEFAULT_TITLE_EN, title_zh=DEFAULT_TITLE_ZH,
            colour=next_block_colour(canvas.blocks), x=float(x), y=float(y), w=w, h=h,
            position=max((b.position for b in canvas.blocks), default=-1) + 1,
        )  # fmt: skip
        added = AddBlockCommand(scene.store, canvas.id, block)
        try:
            added.perform()
        except (WorkspaceError, ValueError) as error:
            scene.errorOccurred.emit(describe_error(error))
            return
        self._edit_title(added.block.id, lambda text: self._name_new_block(added, text),
                         lambda: self._name_new_block(added, ""))  # fmt: skip

    def _name_new_block(self, added: AddBlockCommand, text: str) -> None:
        named = None
        if text and text != added.block.title(self.scene.language):
            values = {"title_en": text, "title_zh": text}
            named = SetBlockFieldsCommand(self.scene.store, added.block.id, values)
            try:
                named.perform()
            except (WorkspaceError, ValueError) as error:
                self.scene.errorOccurred.emit(describe_error(error))
                named = None
        steps = (added,) if named is None else (added, named)
        self.scene.undo_stack.push(
            PerformedStepsCommand(translate("BlockEditing", "Add block"), steps)
        )

    # ------------------------------------------------------------------ rename
    def start_rename(self, block_id: int) -> None:
        """Edit the block's title in the current language where it is shown."""
        self._edit_title(block_id, lambda text: self._rename(block_id, text), lambda: None)

    def _rename(self, block_id: int, text: str) -> None:
        item = self.scene.block_items.get(block_id)
        if not text or item is None or text == item.title:
            return
        field = "title_zh" if self.scene.language == "zh" else "title_en"
        command = SetBlockFieldsCommand(self.scene.store, block_id, {field: text},
                                        text=translate("BlockEditing", "Rename block"))  # fmt: skip
        self.scene.run(command)

    def _edit_title(self, block_id: int, on_finished, on_cancelled) -> None:
        item = self.scene.block_items.get(block_id)
        if item is None:
            on_cancelled()
            return
        block, rect = item.block, item.rect
        corner = QPointF(rect.x + _TITLE_LEFT, rect.y + _TITLE_TOP)
        editor = BlockTitleEditor(corner, rect.w - 2 * _TITLE_LEFT - 8, item.title,
                                  block.colour, self.scene.theme.accent)  # fmt: skip
        self.scene.editing.open_other(editor, on_finished, on_cancelled)

    # ------------------------------------------------------------------ remove
    def remove_block(self, block_id: int, parent: QWidget | None = None) -> None:
        """Remove the block with its cards, asking first when it has any."""
        scene = self.scene
        item = scene.block_items.get(block_id)
        if item is None:
            return
        count = sum(1 for card in scene.card_items.values() if card.block_id == block_id)
        if count and not confirm_remove_block(parent, item.title, count):
            return
        scene.run(RemoveBlockCommand(scene.store, block_id))

    # ------------------------------------------------------------------ move and resize
    @property
    def gesture_active(self) -> bool:
        return self._gesture is not None

    def press(self, item: BlockItem, event) -> bool:
        """Start following the mouse when a left press is on the header or the grip."""
        local = item.mapFromScene(event.scenePos())
        resize = item.grip_contains(local)
        if self.scene.store.read_only or not (resize or item.header_contains(local)):
            return False
        self.scene.clearSelection()
        self._gesture = BlockGesture(self.scene, item, resize, event.scenePos(),
                                     event.screenPos())  # fmt: skip
        return True

    def move(self, event) -> bool:
        if self._gesture is None:
            return False
        self._gesture.move_to(event.scenePos(), event.screenPos())
        return True

    def release(self, event) -> bool:
        """On release, one command for the whole move or resize."""
        gesture, self._gesture = self._gesture, None
        if gesture is None:
            return False
        gesture.move_to(event.scenePos(), event.screenPos())
        values = gesture.values()
        gesture.restore()
        if values:
            if gesture.resize:
                text = translate("BlockEditing", "Resize block")
            else:
                text = translate("BlockEditing", "Move block")
            self.scene.run(SetBlockFieldsCommand(self.scene.store, gesture.item.block_id, values,
                                                 text=text))  # fmt: skip
        return True
