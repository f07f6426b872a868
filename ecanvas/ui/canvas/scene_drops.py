"""Drops from outside onto the canvas (`scene.drops`, called from the scene's drag events): a
palette colour opens the editor of a new card of that colour at the drop point (the card is made
once it is named), text or text files make one card per line, and cards from an ecanvas view or
tab move into the block under the drop. The block under the cursor highlights meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, Qt

from ecanvas.store import CardMove, ReadOnlyWorkspaceError
from ecanvas.ui.canvas import drops
from ecanvas.ui.canvas.block_item import BlockItem
from ecanvas.ui.canvas.host import GestureHost
from ecanvas.ui.commands import AddCardsCommand, MoveCardsCommand
from ecanvas.ui.errors import describe_error
from ecanvas.ui.mime import CardsPayload

translate = QCoreApplication.translate


class DropTarget:
    """Drag-and-drop from other widgets and programs onto one scene."""

    def __init__(self, host: GestureHost,
                 capture: Callable[[int, int | None, str], None]) -> None:  # fmt: skip
        self.host = host
        self._capture = capture  # opens the editor of a new card: (block id, index, colour)
        self._drop_target: BlockItem | None = None

    def drag_enter(self, event) -> None:
        if drops.can_accept(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def drag_move(self, event) -> None:
        block = self.host.block_item_at(event.scenePos())
        self._set_drop_target(block)
        if block is not None and drops.can_accept(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def drag_leave(self, event) -> None:
        self._set_drop_target(None)
        event.accept()

    def _set_drop_target(self, block: BlockItem | None) -> None:
        if block is not self._drop_target:
            if self._drop_target is not None:
                self._drop_target.set_drop_target(False)
            self._drop_target = block
            if block is not None:
                block.set_drop_target(True)

    def drop(self, event) -> None:
        self._set_drop_target(None)
        pos = event.scenePos()
        block = self.host.block_item_at(pos)
        if block is None:
            event.ignore()
            return
        try:
            drop = drops.read_drop(event.mimeData())
        except drops.DropError as error:
            self.host.report(str(error))
            event.ignore()
            return
        if drop.colour is not None:
            done = self._drop_colour(block, pos, drop.colour)
        elif drop.cards is not None:
            done = self._drop_cards(block, pos, drop.cards)
        else:
            done = self._drop_lines(block, pos, drop.lines)
        if done:
            action = Qt.DropAction.MoveAction if drop.cards else Qt.DropAction.CopyAction
            event.setDropAction(action)
            event.accept()
        else:
            event.ignore()

    def _drop_index(self, block: BlockItem, pos: QPointF, exclude=()) -> int | None:
        return self.host.insertion_index(block.block_id, pos, exclude)

    def _drop_colour(self, block: BlockItem, pos: QPointF, colour: str) -> bool:
        """A palette chip: the editor of a new card of that colour at the drop point; the card
        is created when it is named (nothing is written before)."""
        store = self.host.store
        if store.read_only:  # said now, not after the user typed the card
            self.host.report(describe_error(ReadOnlyWorkspaceError(store.location)))
            return False
        self._capture(block.block_id, self._drop_index(block, pos), colour)
        return True

    def _drop_lines(self, block: BlockItem, pos: QPointF, lines: list[str]) -> bool:
        """One card per line of dropped text, in order, from the drop point on."""
        start = self._drop_index(block, pos)
        drafts = [
            {"block_id": block.block_id, "text": line,
             "index": None if start is None else start + number}
            for number, line in enumerate(lines)
        ]  # fmt: skip
        command = AddCardsCommand(self.host.store, self.host.canvas_id, drafts)
        if not self.host.run(command):
            return False
        self.host.select_cards(command.card_ids)
        return True

    def _drop_cards(self, block: BlockItem, pos: QPointF, payload: CardsPayload) -> bool:
        """Cards dragged from an ecanvas view (this canvas or another one) into a block."""
        if payload.workspace != self.host.store.location:
            self.host.report(
                translate("CanvasScene", "Cards can only be moved within one workspace.")
            )
            return False
        start = self._drop_index(block, pos, exclude=payload.card_ids)
        if start is None:
            start = len(self.host.canvas().cards_in(block.block_id))
        moves = [
            CardMove(card_id, self.host.canvas_id, block.block_id, start + number)
            for number, card_id in enumerate(payload.card_ids)
        ]
        return self.host.run(MoveCardsCommand(self.host.store, moves))
