"""What a participant's vote on a card becomes: a command to run, or the reason it is refused
(said on the facilitator's screen). Kept apart from the window so the rules read in one place."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ecanvas.model import workshop as rules
from ecanvas.store import WorkspaceStore
from ecanvas.ui.commands import StoreCommand
from ecanvas.ui.workshop.commands import AddDotCommand, RemoveDotCommand

translate = QCoreApplication.translate


@dataclass(frozen=True)
class VoteOutcome:
    """A command to run, or a message saying why there is none."""

    command: StoreCommand | None = None
    message: str = ""


def vote(store: WorkspaceStore, participant_id: int | None, card_id: int,
         take_back: bool) -> VoteOutcome | None:  # fmt: skip
    """The outcome of a click (or V) on a card; None when no round is open (the click is an
    ordinary click then)."""
    workspace = store.workspace
    voting_round = rules.open_round(workspace)
    if voting_round is None:
        return None
    if participant_id is None:
        text = translate("WorkshopVoting", "Choose who is voting first: press their number (1–9).")
        return VoteOutcome(message=text)
    try:
        card = workspace.find_card(card_id)
        person = workspace.participant(participant_id)
    except KeyError:
        text = translate("WorkshopVoting", "This card or participant is gone.")
        return VoteOutcome(message=text)
    if not rules.covers(voting_round, card.canvas_id, card.block_id):
        text = translate("WorkshopVoting", "This card is not part of the voting round.")
        return VoteOutcome(message=text)
    if take_back:
        dot = rules.last_dot(workspace, voting_round.id, participant_id, card_id)
        if dot is None:
            message = translate("WorkshopVoting", "{name} has no dot on this card.")
            message = message.format(name=person.name)
            return VoteOutcome(message=message)
        return VoteOutcome(RemoveDotCommand(store, dot.id))
    if rules.dots_left(workspace, voting_round, participant_id) <= 0:
        message = translate("WorkshopVoting", "{name} has no dots left.")
        message = message.format(name=person.name)
        return VoteOutcome(message=message)
    return VoteOutcome(AddDotCommand(store, voting_round.id, participant_id, card_id))
