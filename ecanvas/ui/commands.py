"""Undo commands: every gesture becomes one of these, and each calls one workspace operation.

Commands never touch scene items; the scene follows the store's change events. A command does
its operation once *before* it goes on the stack (`run_command`), so a failed operation reaches
the caller as an exception instead of leaving a half-done step on the undo stack.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from ecanvas.model import Block, Card, Link
from ecanvas.store import CardMove, WorkspaceError, WorkspaceStore

# What a store operation raises when it refuses: a workspace problem (read-only, a conflict with
# another writer, a server gone), or a rule of the model.
STORE_ERRORS = (WorkspaceError, ValueError, KeyError, RuntimeError)
Item = tuple[str, int]


def _counted(count: int, one: str, many: str) -> str:
    """English needs a singular; lupdate cannot collect plural forms from Python, so both
    sentences are separate literal strings (both translated)."""
    return one if count == 1 else many


def _find_card(store: WorkspaceStore, card_id: int) -> Card | None:
    try:
        return store.workspace.find_card(card_id)
    except KeyError:
        return None


class StoreCommand(QUndoCommand):
    """Base: `perform()` does the change, `revert()` undoes it; redo after an undo re-performs.

    Run by the undo stack, a refused step keeps its error in `failure` instead of raising into
    Qt (see `ecanvas.ui.undo_guard`, which puts the stack back and says why). `stamp` marks when
    the step was last done, so the guard can tell whether someone else changed its `items()`.
    """

    def __init__(self, store: WorkspaceStore, text: str) -> None:
        super().__init__(text)
        self.store = store
        self._skip_next_redo = False
        self._skip_next_undo = False
        self.failure: BaseException | None = None
        self.stamp = 0

    def perform(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def items(self) -> list[Item]:
        """The rows whose current content this step decided (an undo would replace it)."""
        return []

    def redo(self) -> None:
        if self._skip_next_redo:
            self._skip_next_redo = False
            return
        try:
            self.perform()
        except STORE_ERRORS as error:
            self.failure = error
            return
        self.stamp = self.store.change_stamp()

    def undo(self) -> None:
        if self._skip_next_undo:
            self._skip_next_undo = False
            return
        try:
            self.revert()
        except STORE_ERRORS as error:
            self.failure = error


class StepsCommand(StoreCommand):
    """Several store commands as one undo step and one transaction (`store.batch()`): done,
    undone and redone together or not at all (e.g. deleting cards and arrows at once)."""

    def __init__(self, store: WorkspaceStore, text: str, steps: Sequence[StoreCommand]) -> None:
        super().__init__(store, text)
        self.steps = tuple(steps)

    def items(self) -> list[Item]:
        return [item for step in self.steps for item in step.items()]

    def perform(self) -> None:
        with self.store.batch():
            for step in self.steps:
                step.perform()

    def revert(self) -> None:
        with self.store.batch():
            for step in reversed(self.steps):
                step.revert()


def run_command(stack: QUndoStack, command: StoreCommand) -> StoreCommand:
    """Perform a command, then record it; an exception leaves the stack untouched."""
    command.perform()
    command.stamp = command.store.change_stamp()
    command._skip_next_redo = True
    stack.push(command)
    return command


def step_items(command: QUndoCommand) -> list[Item]:
    items = getattr(command, "items", None)
    return items() if callable(items) else []


def step_stamp(command: QUndoCommand) -> int:
    return getattr(command, "stamp", 0)


def take_failure(command: QUndoCommand) -> BaseException | None:
    """The error a step met when the stack last ran it (cleared by asking); for a macro (a step
    of several commands, e.g. deleting a selection), the first error of its commands."""
    failure = getattr(command, "failure", None)
    if failure is not None:
        command.failure = None
    for index in range(command.childCount()):
        failure = take_failure(command.child(index)) or failure
    return failure


def skip_next(command: QUndoCommand, *, redo: bool) -> None:
    """Let the stack move over `command` once (redo or undo) without running it."""
    for index in range(command.childCount()):
        skip_next(command.child(index), redo=redo)
    if redo:
        if hasattr(command, "_skip_next_redo"):
            command._skip_next_redo = True
    elif hasattr(command, "_skip_next_undo"):
        command._skip_next_undo = True


# --------------------------------------------------------------------- workspace
class SetWorkspacePropertiesCommand(StoreCommand):
    def __init__(self, store: WorkspaceStore, values: dict[str, object]) -> None:
        super().__init__(
            store, QCoreApplication.translate("Commands", "Change workspace properties")
        )
        self.values = dict(values)
        self.previous: dict[str, object] = {}

    def perform(self) -> None:
        self.previous = self.store.set_properties(**self.values)

    def items(self) -> list[Item]:
        return [("workspace", 1)]

    def revert(self) -> None:
        self.store.set_properties(**self.previous)


# --------------------------------------------------------------------- canvases
class AddCanvasCommand(StoreCommand):
    def __init__(
        self, store: WorkspaceStore, template_key: str, title: str | None = None,
        index: int | None = None, language: str | None = None,
    ) -> None:  # fmt: skip
        super().__init__(store, QCoreApplication.translate("Commands", "Add canvas"))
        self.template_key, self.title, self.index, self.language = (
            template_key, title, index, language,
        )  # fmt: skip
        self.canvas = None

    def perform(self) -> None:
        if self.canvas is None:
            added = self.store.add_canvas(
                self.template_key, title=self.title, index=self.index, language=self.language
            )
            self.canvas = copy.deepcopy(added)
        else:
            self.store.restore_canvas(self.canvas, self.canvas.position)

    @property
    def canvas_id(self) -> int:
        return self.canvas.id

    def revert(self) -> None:
        self.canvas = copy.deepcopy(self.store.workspace.canvas(self.canvas.id))
        self.store.delete_canvas(self.canvas.id)


class DeleteCanvasCommand(StoreCommand):
    def __init__(self, store: WorkspaceStore, canvas_id: int) -> None:
        super().__init__(store, QCoreApplication.translate("Commands", "Delete canvas"))
        self.canvas_id = canvas_id
        self.removed = None
        self.index = 0

    def perform(self) -> None:
        self.removed, self.index = self.store.delete_canvas(self.canvas_id)

    def revert(self) -> None:
        self.store.restore_canvas(self.removed, self.index)


class RenameCanvasCommand(StoreCommand):
    def __init__(self, store: WorkspaceStore, canvas_id: int, title: str) -> None:
        super().__init__(store, QCoreApplication.translate("Commands", "Rename canvas"))
        self.canvas_id, self.title, self.old = canvas_id, title, ""

    def perform(self) -> None:
        self.old = self.store.rename_canvas(self.canvas_id, self.title)

    def items(self) -> list[Item]:
        return [("canvas", self.canvas_id)]

    def revert(self) -> None:
        self.store.rename_canvas(self.canvas_id, self.old)


class SetCanvasDensityCommand(StoreCommand):
    """Normal or compact cards on one canvas."""

    def __init__(self, store: WorkspaceStore, canvas_id: int, density: str) -> None:
        text = (
            QCoreApplication.translate("Commands", "Compact cards")
            if density == "compact"
            else QCoreApplication.translate("Commands", "Normal cards")
        )
        super().__init__(store, text)
        self.canvas_id, self.density, self.old = canvas_id, density, "normal"

    def perform(self) -> None:
        self.old = self.store.set_canvas_density(self.canvas_id, self.density)

    def revert(self) -> None:
        self.store.set_canvas_density(self.canvas_id, self.old)


class MoveCanvasCommand(StoreCommand):
    def __init__(self, store: WorkspaceStore, canvas_id: int, index: int) -> None:
        super().__init__(store, QCoreApplication.translate("Commands", "Reorder canvases"))
        self.canvas_id, self.index, self.old = canvas_id, index, 0

    def perform(self) -> None:
        self.old = self.store.move_canvas(self.canvas_id, self.index)

    def revert(self) -> None:
        self.store.move_canvas(self.canvas_id, self.old)


# --------------------------------------------------------------------- blocks
class SetBlockFieldsCommand(StoreCommand):
    """Generic property edit of one block: score, geometry, titles, colour."""

    def __init__(self, store: WorkspaceStore, block_id: int, values: dict[str, object],
                 text: str | None = None) -> None:  # fmt: skip
        super().__init__(store, text or QCoreApplication.translate("Commands", "Change block"))
        self.block_id, self.values, self.previous = block_id, dict(values), {}

    def perform(self) -> None:
        self.previous = self.store.update_block(self.block_id, **self.values)

    def items(self) -> list[Item]:
        return [("block", self.block_id)]

    def revert(self) -> None:
        self.store.update_block(self.block_id, **self.previous)


class AddBlockCommand(StoreCommand):
    def __init__(self, store: WorkspaceStore, canvas_id: int, block: Block) -> None:
        super().__init__(store, QCoreApplication.translate("Commands", "Add block"))
        self.canvas_id, self.block = canvas_id, block

    def perform(self) -> None:
        self.block = self.store.add_block(self.canvas_id, self.block)

    def revert(self) -> None:
        self.block, _cards, _links = self.store.remove_block(self.block.id)


class RemoveBlockCommand(StoreCommand):
    def __init__(self, store: WorkspaceStore, block_id: int) -> None:
        super().__init__(store, QCoreApplication.translate("Commands", "Remove block"))
        self.block_id = block_id
        self.removed: tuple[Block, list[Card], list[Link]] | None = None

    def perform(self) -> None:
        self.removed = self.store.remove_block(self.block_id)

    def revert(self) -> None:
        self.store.restore_block(*self.removed)


# --------------------------------------------------------------------- cards
class AddCardsCommand(StoreCommand):
    """Create cards (quick capture, palette drop, text drop, paste, duplicate)."""

    def __init__(self, store: WorkspaceStore, canvas_id: int, drafts: Sequence[dict],
                 text: str | None = None) -> None:  # fmt: skip
        n = len(drafts)
        super().__init__(
            store,
            text
            or _counted(
                n,
                QCoreApplication.translate("Commands", "Add a card"),
                QCoreApplication.translate("Commands", "Add %n cards", None, n),
            ),
        )
        self.canvas_id, self.drafts = canvas_id, [dict(d) for d in drafts]
        self.cards: list[Card] = []

    @property
    def card_ids(self) -> list[int]:
        return [c.id for c in self.cards]

    def items(self) -> list[Item]:
        return [("card", card_id) for card_id in self.card_ids]

    def perform(self) -> None:
        if self.cards:
            self.store.restore_cards(self.cards, [])
        else:
            self.cards = copy.deepcopy(self.store.add_cards(self.canvas_id, self.drafts))

    def revert(self) -> None:
        self.store.delete_cards(self.card_ids)


class DeleteCardsCommand(StoreCommand):
    def __init__(self, store: WorkspaceStore, card_ids: Sequence[int]) -> None:
        count = len(card_ids)  # a plain name: lupdate skips translate() calls with len() inside
        super().__init__(
            store,
            _counted(
                count,
                QCoreApplication.translate("Commands", "Delete a card"),
                QCoreApplication.translate("Commands", "Delete %n cards", None, count),
            ),
        )
        self.card_ids = list(card_ids)
        self.removed: tuple[list[Card], list[Link]] = ([], [])

    def perform(self) -> None:
        self.removed = self.store.delete_cards(self.card_ids)

    def revert(self) -> None:
        self.store.restore_cards(*self.removed)


class SetCardFieldsCommand(StoreCommand):
    """Generic property edit of one or more cards (text, note, colour, tags, votes, …).

    Consecutive edits of the same fields of the same cards with the same `merge_id` merge into
    one undo step, so typing in the inspector does not leave one step per keystroke.
    """

    def __init__(self, store: WorkspaceStore, changes: dict[int, dict[str, object]],
                 text: str | None = None, merge_id: int = -1) -> None:  # fmt: skip
        super().__init__(store, text or QCoreApplication.translate("Commands", "Edit card"))
        self.changes = {cid: dict(v) for cid, v in changes.items()}
        self.previous: dict[int, dict[str, object]] = {}
        self._merge_id = merge_id

    def perform(self) -> None:
        # Where the cards were, in case another writer removes them meanwhile (see conflicts).
        self.cards_before = {
            card_id: copy.copy(card)
            for card_id in self.changes
            if (card := _find_card(self.store, card_id)) is not None
        }
        previous = self.store.update_cards(self.changes)
        if not self.previous:
            self.previous = previous

    def revert(self) -> None:
        self.store.update_cards(self.previous)

    def items(self) -> list[Item]:
        return [("card", card_id) for card_id in self.changes]

    def id(self) -> int:
        return self._merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetCardFieldsCommand) or other.id() != self.id():
            return False
        same_shape = {k: set(v) for k, v in other.changes.items()} == {
            k: set(v) for k, v in self.changes.items()
        }
        if not same_shape:
            return False
        self.changes = other.changes
        return True


class MoveCardsCommand(StoreCommand):
    """Move cards within or between blocks or canvases: one drag is one step."""

    def __init__(self, store: WorkspaceStore, moves: Sequence[CardMove],
                 text: str | None = None) -> None:  # fmt: skip
        count = len(moves)
        super().__init__(
            store,
            text
            or _counted(
                count,
                QCoreApplication.translate("Commands", "Move a card"),
                QCoreApplication.translate("Commands", "Move %n cards", None, count),
            ),
        )
        self.moves = list(moves)
        self.reverse: list[CardMove] = []
        self.broken: list[Link] = []

    def perform(self) -> None:
        self.reverse, self.broken = self.store.move_cards(self.moves)

    def items(self) -> list[Item]:
        return [("card", move.card_id) for move in self.moves]

    def revert(self) -> None:
        with self.store.batch():  # the cards and the links they broke come back together
            self.store.move_cards(self.reverse)
            if self.broken:
                self.store.restore_links(self.broken)


# --------------------------------------------------------------------- links
class AddLinkCommand(StoreCommand):
    def __init__(self, store: WorkspaceStore, source_id: int, target_id: int,
                 label: str = "") -> None:  # fmt: skip
        super().__init__(store, QCoreApplication.translate("Commands", "Link cards"))
        self.source_id, self.target_id, self.label = source_id, target_id, label
        self.link: Link | None = None

    def perform(self) -> None:
        if self.link is None:
            self.link = copy.deepcopy(
                self.store.add_link(self.source_id, self.target_id, self.label)
            )
        else:
            self.store.restore_links([self.link])

    def revert(self) -> None:
        self.store.delete_links([self.link.id])


class DeleteLinksCommand(StoreCommand):
    def __init__(self, store: WorkspaceStore, link_ids: Sequence[int]) -> None:
        count = len(link_ids)
        super().__init__(
            store,
            _counted(
                count,
                QCoreApplication.translate("Commands", "Delete a link"),
                QCoreApplication.translate("Commands", "Delete %n links", None, count),
            ),
        )
        self.link_ids = list(link_ids)
        self.removed: list[Link] = []

    def perform(self) -> None:
        self.removed = self.store.delete_links(self.link_ids)

    def revert(self) -> None:
        self.store.restore_links(self.removed)


class SetLinkLabelCommand(StoreCommand):
    def __init__(self, store: WorkspaceStore, link_id: int, label: str) -> None:
        super().__init__(store, QCoreApplication.translate("Commands", "Label link"))
        self.link_id, self.label, self.old = link_id, label, ""

    def perform(self) -> None:
        self.old = self.store.update_link(self.link_id, self.label)

    def items(self) -> list[Item]:
        return [("link", self.link_id)]

    def revert(self) -> None:
        self.store.update_link(self.link_id, self.old)


# --------------------------------------------------------------------- settings
class SetSettingCommand(StoreCommand):
    """One per-workspace preference (a JSON value; None removes it), e.g. the checks turned off."""

    def __init__(self, store: WorkspaceStore, key: str, value: object, text: str) -> None:
        super().__init__(store, text)
        self.key, self.value, self.old = key, copy.deepcopy(value), None

    def perform(self) -> None:
        self.old = self.store.set_setting(self.key, self.value)

    def revert(self) -> None:
        self.store.set_setting(self.key, self.old)
