"""Undo commands of a workshop: participants, voting rounds and their dots, silent brainstorms.

Each gesture is one command and each command calls one store operation (`workshop_ops`); its
undo is the inverse operation, which puts back exactly what was there (ids included).
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication

from ecanvas.model.entities import Dot, Participant, VotingRound
from ecanvas.store import WorkspaceStore
from ecanvas.ui.commands import StoreCommand

translate = QCoreApplication.translate


# --------------------------------------------------------------------- participants
class AddParticipantCommand(StoreCommand):
    def __init__(self, store: WorkspaceStore, name: str, colour: str | None = None) -> None:
        super().__init__(store, translate("WorkshopCommands", "Add participant"))
        self.name, self.colour = name, colour
        self.participant: Participant | None = None

    def perform(self) -> None:
        if self.participant is None:
            added = self.store.add_participant(self.name, self.colour)
            self.participant = copy.deepcopy(added)
        else:
            self.store.restore_participant(self.participant)

    def revert(self) -> None:
        self.store.remove_participant(self.participant.id)


class EditParticipantCommand(StoreCommand):
    """A participant's name or colour (or both)."""

    def __init__(self, store: WorkspaceStore, participant_id: int,
                 values: dict[str, object]) -> None:  # fmt: skip
        super().__init__(store, translate("WorkshopCommands", "Change participant"))
        self.participant_id, self.values, self.previous = participant_id, dict(values), {}

    def perform(self) -> None:
        self.previous = self.store.update_participant(self.participant_id, **self.values)

    def items(self) -> list[tuple[str, int]]:
        return [("participant", self.participant_id)]

    def revert(self) -> None:
        self.store.update_participant(self.participant_id, **self.previous)


class RemoveParticipantCommand(StoreCommand):
    def __init__(self, store: WorkspaceStore, participant_id: int) -> None:
        super().__init__(store, translate("WorkshopCommands", "Remove participant"))
        self.participant_id = participant_id
        self.removed: Participant | None = None

    def perform(self) -> None:
        self.removed = copy.deepcopy(self.store.remove_participant(self.participant_id))

    def revert(self) -> None:
        self.store.restore_participant(self.removed)


# --------------------------------------------------------------------- voting rounds
class StartRoundCommand(StoreCommand):
    def __init__(self, store: WorkspaceStore, scope: str, *, canvas_id: int | None,
                 block_id: int | None, dots: int, highlight: int) -> None:  # fmt: skip
        super().__init__(store, translate("WorkshopCommands", "Start voting round"))
        self.scope, self.canvas_id, self.block_id = scope, canvas_id, block_id
        self.dots, self.highlight = dots, highlight
        self.voting_round: VotingRound | None = None
        self.dots_placed: list[Dot] = []

    def perform(self) -> None:
        if self.voting_round is None:
            started = self.store.start_round(
                self.scope, canvas_id=self.canvas_id, block_id=self.block_id, dots=self.dots,
                highlight=self.highlight,
            )  # fmt: skip
            self.voting_round = copy.deepcopy(started)
        else:
            self.store.restore_round(self.voting_round, self.dots_placed)

    def revert(self) -> None:
        voting_round, dots = self.store.delete_round(self.voting_round.id)
        self.voting_round, self.dots_placed = copy.deepcopy(voting_round), copy.deepcopy(dots)

    @property
    def round_id(self) -> int:
        return self.voting_round.id


class CloseRoundCommand(StoreCommand):
    """Close a round: its blocks sorted by votes, its top cards highlighted."""

    def __init__(self, store: WorkspaceStore, round_id: int) -> None:
        super().__init__(store, translate("WorkshopCommands", "Close voting round"))
        self.round_id = round_id
        self.positions: dict[int, int] = {}

    def perform(self) -> None:
        self.positions = self.store.close_round(self.round_id)

    def items(self) -> list[tuple[str, int]]:
        return [("voting_round", self.round_id), *(("card", cid) for cid in self.positions)]

    def revert(self) -> None:
        self.store.reopen_round(self.round_id, self.positions)


class AddDotCommand(StoreCommand):
    """One participant's dot on one card."""

    def __init__(self, store: WorkspaceStore, round_id: int, participant_id: int,
                 card_id: int) -> None:  # fmt: skip
        super().__init__(store, translate("WorkshopCommands", "Vote"))
        self.round_id, self.participant_id, self.card_id = round_id, participant_id, card_id
        self.dot: Dot | None = None

    def perform(self) -> None:
        if self.dot is None:
            self.dot = copy.deepcopy(
                self.store.add_dot(self.round_id, self.participant_id, self.card_id)
            )
        else:
            self.store.restore_dots([self.dot])

    def revert(self) -> None:
        self.store.remove_dots([self.dot.id])


class RemoveDotCommand(StoreCommand):
    """A participant takes one of their dots back from a card."""

    def __init__(self, store: WorkspaceStore, dot_id: int) -> None:
        super().__init__(store, translate("WorkshopCommands", "Take back a vote"))
        self.dot_id = dot_id
        self.removed: list[Dot] = []

    def perform(self) -> None:
        self.removed = copy.deepcopy(self.store.remove_dots([self.dot_id]))

    def revert(self) -> None:
        self.store.restore_dots(self.removed)


# --------------------------------------------------------------------- silent brainstorm
class StartSilentCommand(StoreCommand):
    def __init__(self, store: WorkspaceStore, block_id: int) -> None:
        super().__init__(store, translate("WorkshopCommands", "Start silent brainstorm"))
        self.block_id = block_id

    def perform(self) -> None:
        self.store.start_silent(self.block_id)

    def items(self) -> list[tuple[str, int]]:
        return [("block", self.block_id)]

    def revert(self) -> None:
        self.store.end_silent(self.block_id)


class RevealCommand(StoreCommand):
    """End a block's silent brainstorm and turn its cards face up."""

    def __init__(self, store: WorkspaceStore, block_id: int) -> None:
        super().__init__(store, translate("WorkshopCommands", "Reveal cards"))
        self.block_id = block_id
        self.revealed: list[int] = []

    def perform(self) -> None:
        self.revealed = self.store.reveal_block(self.block_id)

    def items(self) -> list[tuple[str, int]]:
        return [("block", self.block_id), *(("card", cid) for cid in self.revealed)]

    def revert(self) -> None:
        self.store.conceal_cards(self.block_id, self.revealed)
