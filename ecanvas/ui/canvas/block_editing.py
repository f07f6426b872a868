"""Blocks the user adds, renames and removes on the canvas, and which press moves or resizes one.

Every gesture is one undo step. A new block is only drawn while its title editor is open and is
created once, when the editor closes: one AddBlockCommand, named as the user typed, or with the
default title on Esc. Moving a block by its header or resizing it by its corner grip is a
`BlockGesture` (see `gestures`): only the items move, the release records one command.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtWidgets import QMessageBox, QWidget

from ecanvas.model import Block
from ecanvas.model.layout import Rect
from ecanvas.ui.canvas import style
from ecanvas.ui.canvas.block_item import BlockItem
from ecanvas.ui.canvas.gestures import BlockGesture
from ecanvas.ui.canvas.host import GestureHost
from ecanvas.ui.commands import AddBlockCommand, RemoveBlockCommand, SetBlockFieldsCommand
from ecanvas.ui.literal import ask

translate = QCoreApplication.translate

# A new block's title until the user names it (stored in both languages of the block).
DEFAULT_TITLE_EN = "New block"
DEFAULT_TITLE_ZH = "新模块"
NEW_BLOCK_SIZE = (400.0, 300.0)
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


class BlockEditing:
    """Turns block menu entries, title edits and presses on a block into commands or gestures."""

    def __init__(self, scene: GestureHost, open_editor) -> None:
        self.scene = scene
        self._open_editor = open_editor  # CardEditing.open_other: one editor at a time
        self._ghost: BlockItem | None = None

    # ------------------------------------------------------------------ add
    def add_block_at(self, pos: QPointF) -> None:
        """A new block with its corner at `pos` (or beside the blocks there), named in place:
        drawn while its title is typed, created once when the editor closes."""
        scene = self.scene
        canvas = scene.canvas()
        if canvas is None:
            return
        w, h = NEW_BLOCK_SIZE
        drawn = [item.rect for item in scene.block_items.values()]
        x, y = free_spot(drawn, round(pos.x()), round(pos.y()), w, h)
        rect = Rect(float(x), float(y), w, h)
        if scene.layout is not None:  # where to store it so that it is drawn there
            x, y = (round(v) for v in scene.layout.to_stored(x, y))
        block = Block(
            id=0, canvas_id=canvas.id, key=unique_block_key(canvas.blocks),
            title_en=DEFAULT_TITLE_EN, title_zh=DEFAULT_TITLE_ZH,
            colour=next_block_colour(canvas.blocks), x=float(x), y=float(y), w=w, h=h,
            position=max((b.position for b in canvas.blocks), default=-1) + 1,
        )  # fmt: skip
        self._drop_ghost()
        self._ghost = BlockItem(block, rect, scene.language, scene.theme, lambda *_: None)
        scene.addItem(self._ghost)
        scene.make_room(rect)  # the view can scroll to all of it while it is named
        self._edit_title(self._ghost, lambda text: self._add_named(block, text),
                         lambda: self._add_named(block, ""))  # fmt: skip

    def _add_named(self, block: Block, text: str) -> None:
        """One command, one commit: the block with the title typed (else the default one)."""
        self._drop_ghost()
        if text and text != block.title(self.scene.language):
            block = replace(block, title_en=text, title_zh=text)
        self.scene.run(AddBlockCommand(self.scene.store, block.canvas_id, block))

    def abandon(self) -> None:
        """Forget a new block being named (the canvas went away under its editor)."""
        self._drop_ghost()

    def _drop_ghost(self) -> None:
        ghost, self._ghost = self._ghost, None
        if ghost is not None and ghost.scene() is not None:
            self.scene.removeItem(ghost)

    # ------------------------------------------------------------------ rename
    def start_rename(self, block_id: int) -> None:
        """Edit the block's title in the current language where it is shown."""
        item = self.scene.block_items.get(block_id)
        if item is not None:
            self._edit_title(item, lambda text: self._rename(block_id, text), lambda: None)

    def _rename(self, block_id: int, text: str) -> None:
        item = self.scene.block_items.get(block_id)
        if not text or item is None or text == item.title:
            return
        field = "title_zh" if self.scene.language == "zh" else "title_en"
        command = SetBlockFieldsCommand(self.scene.store, block_id, {field: text},
                                        text=translate("BlockEditing", "Rename block"))  # fmt: skip
        self.scene.run(command)

    def _edit_title(self, item: BlockItem, on_finished, on_cancelled) -> None:
        from ecanvas.ui.canvas.title_editor import BlockTitleEditor  # when first used

        block, rect = item.block, item.rect
        corner = QPointF(rect.x + _TITLE_LEFT, rect.y + _TITLE_TOP)
        editor = BlockTitleEditor(corner, rect.w - 2 * _TITLE_LEFT - 8, item.title,
                                  block.colour, self.scene.theme.accent)  # fmt: skip
        self._open_editor(editor, on_finished, on_cancelled)

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
    def gesture_for(self, item: BlockItem, event) -> BlockGesture | None:
        """A move (a press on the header) or a resize (on the corner grip); None elsewhere."""
        local = item.mapFromScene(event.scenePos())
        resize = item.grip_contains(local)
        if self.scene.store.read_only or not (resize or item.header_contains(local)):
            return None
        self.scene.clearSelection()
        return BlockGesture(self.scene, item, resize, event.scenePos(), event.screenPos())
