"""The rules of a workshop: participants, dot-voting rounds and their results, silent brainstorms.

Pure functions over the model. References between the workshop's things are soft (a dot names a
card, a participant and a round by id; a card names its author): a card deleted and restored by
an undo gets its dots back, a removed participant's cards find them again when the participant
comes back. So every function here counts only what still exists: a dot on a deleted card, of a
removed participant or of a removed round counts for nothing (and its participant has that dot
back to place again).
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass

from ecanvas.model.colours import is_hex_colour
from ecanvas.model.entities import (
    DEFAULT_CARD_COLOUR,
    ROUND_SCOPES,
    Card,
    Dot,
    Participant,
    VotingRound,
    Workspace,
)
from ecanvas.model.refusals import RuleError

# Colours offered to participants in turn: saturated enough to tell apart on a projector, light
# enough for dark text on the cards they capture.
PARTICIPANT_COLOURS = (
    "#FFD54F", "#F48FB1", "#81C784", "#64B5F6", "#FFB74D", "#BA68C8", "#4DD0E1", "#E57373",
    "#AED581",
)  # fmt: skip
MAX_PARTICIPANTS = 30
MAX_NAME = 40
MAX_DOTS = 50


# --------------------------------------------------------------------------- participants
def clean_name(name: str) -> str:
    """A participant's name as stored: trimmed, one line; refuses an empty or overlong one."""
    name = " ".join(str(name).split())
    if not name:
        raise RuleError("participant-needs-name")
    if len(name) > MAX_NAME:
        raise RuleError("participant-name-too-long", most=MAX_NAME)
    return name


def check_colour(colour: str) -> str:
    if not is_hex_colour(colour):
        raise RuleError("bad-colour", colour=colour)
    return colour.upper()


def next_colour(participants: Iterable[Participant]) -> str:
    """The first colour of the palette nobody has yet (the palette again after all are taken)."""
    taken = {p.colour.upper() for p in participants}
    for colour in PARTICIPANT_COLOURS:
        if colour not in taken:
            return colour
    return PARTICIPANT_COLOURS[len(taken) % len(PARTICIPANT_COLOURS)]


def participants_in_order(workspace: Workspace) -> list[Participant]:
    return sorted(workspace.participants, key=lambda p: (p.position, p.id))


def author_of(workspace: Workspace, card: Card) -> Participant | None:
    """The participant who captured `card`, when there is one (and still is)."""
    if card.author_id is None:
        return None
    try:
        return workspace.participant(card.author_id)
    except KeyError:
        return None


# --------------------------------------------------------------------------- rounds
def check_round(scope: str, canvas_id: int | None, block_id: int | None, dots: int,
                highlight: int) -> None:  # fmt: skip
    """Refuse a round whose scope does not name what it needs, or whose numbers are unusable."""
    if scope not in ROUND_SCOPES:
        raise RuleError("round-scope", scopes=", ".join(ROUND_SCOPES))
    if scope == "block" and (canvas_id is None or block_id is None):
        raise RuleError("block-round-needs-block")
    if scope == "canvas" and canvas_id is None:
        raise RuleError("canvas-round-needs-canvas")
    if not 1 <= int(dots) <= MAX_DOTS:
        raise RuleError("round-dots", most=MAX_DOTS)
    if not 0 <= int(highlight) <= 100:
        raise RuleError("round-highlight")


def open_round(workspace: Workspace) -> VotingRound | None:
    """The round that takes votes now (there is at most one)."""
    return next((r for r in workspace.rounds if r.is_open), None)


def covers(voting_round: VotingRound, canvas_id: int, block_id: int) -> bool:
    """Whether the round's scope holds the block `block_id` of canvas `canvas_id`."""
    if voting_round.scope == "workspace":
        return True
    if voting_round.canvas_id != canvas_id:
        return False
    return voting_round.scope == "canvas" or voting_round.block_id == block_id


def cards_in_scope(workspace: Workspace, voting_round: VotingRound) -> list[Card]:
    """The cards one may vote for in the round, canvas by canvas, block by block, in order."""
    cards: list[Card] = []
    for canvas in workspace.canvases:
        for block in canvas.blocks:
            if covers(voting_round, canvas.id, block.id):
                cards.extend(canvas.cards_in(block.id))
    return cards


def latest_round_for(workspace: Workspace, canvas_id: int, block_id: int) -> VotingRound | None:
    """The most recent round (open or closed) whose scope holds the block."""
    for voting_round in reversed(workspace.rounds):
        if covers(voting_round, canvas_id, block_id):
            return voting_round
    return None


def round_number(workspace: Workspace, round_id: int) -> int:
    """A round's number in the workspace (1 for the first), as people call it."""
    ids = sorted(r.id for r in workspace.rounds)
    return ids.index(round_id) + 1


# --------------------------------------------------------------------------- dots
def live_dots(workspace: Workspace) -> list[Dot]:
    """The dots that count: on a card, by a participant and in a round that all still exist."""
    cards = {card.id for canvas in workspace.canvases for card in canvas.cards}
    people = {p.id for p in workspace.participants}
    rounds = {r.id for r in workspace.rounds}
    return [
        d for d in workspace.dots
        if d.card_id in cards and d.participant_id in people and d.round_id in rounds
    ]  # fmt: skip


def round_dots(workspace: Workspace, round_id: int) -> list[Dot]:
    return [d for d in live_dots(workspace) if d.round_id == round_id]


def dots_used(workspace: Workspace, round_id: int, participant_id: int) -> int:
    return sum(1 for d in round_dots(workspace, round_id) if d.participant_id == participant_id)


def dots_left(workspace: Workspace, voting_round: VotingRound, participant_id: int) -> int:
    return max(
        0, voting_round.dots_per_participant - dots_used(workspace, voting_round.id, participant_id)
    )


def check_dot(workspace: Workspace, round_id: int, participant_id: int, card_id: int) -> None:
    """Refuse a dot the round does not allow: a closed round, a card outside its scope, or a
    participant with no dots left. The messages are for the facilitator's screen."""
    voting_round = workspace.voting_round(round_id)
    if not voting_round.is_open:
        raise RuleError("round-closed")
    participant = workspace.participant(participant_id)
    card = workspace.find_card(card_id)
    if not covers(voting_round, card.canvas_id, card.block_id):
        raise RuleError("card-not-in-round")
    if dots_left(workspace, voting_round, participant_id) <= 0:
        raise RuleError("no-dots-left", name=participant.name)


def last_dot(workspace: Workspace, round_id: int, participant_id: int,
             card_id: int) -> Dot | None:  # fmt: skip
    """The participant's most recent dot on a card in a round (the one taking it back removes)."""
    mine = [d for d in round_dots(workspace, round_id)
            if d.participant_id == participant_id and d.card_id == card_id]  # fmt: skip
    return max(mine, key=lambda d: d.id) if mine else None


def tally(workspace: Workspace, round_id: int) -> dict[int, int]:
    """Dots per card in one round (cards without dots are absent)."""
    counts: dict[int, int] = {}
    for dot in round_dots(workspace, round_id):
        counts[dot.card_id] = counts.get(dot.card_id, 0) + 1
    return counts


@dataclass(frozen=True)
class Result:
    """One card's place in a round's results: its rank (ties share one), dots and voters."""

    card: Card
    rank: int
    dots: int
    by_participant: tuple[tuple[int, int], ...]  # (participant id, dots), most first


def results(workspace: Workspace, voting_round: VotingRound) -> list[Result]:
    """The cards that got dots in the round, most dots first (ties keep their order on the
    canvas), ranked as in a competition: 1, 2, 2, 4."""
    counts = tally(workspace, voting_round.id)
    per_person: dict[int, dict[int, int]] = {}
    for dot in round_dots(workspace, voting_round.id):
        votes = per_person.setdefault(dot.card_id, {})
        votes[dot.participant_id] = votes.get(dot.participant_id, 0) + 1
    order = {card.id: index for index, card in enumerate(all_cards_in_order(workspace))}
    voted = sorted(counts, key=lambda cid: (-counts[cid], order.get(cid, 0), cid))
    found: list[Result] = []
    for index, card_id in enumerate(voted):
        rank = found[-1].rank if found and found[-1].dots == counts[card_id] else index + 1
        people = sorted(per_person[card_id].items(), key=lambda item: (-item[1], item[0]))
        found.append(Result(workspace.find_card(card_id), rank, counts[card_id], tuple(people)))
    return found


def highlighted(workspace: Workspace, voting_round: VotingRound) -> dict[int, int]:
    """Card id → rank of the cards a closed round highlights (its top `highlight`, ties in)."""
    if voting_round.is_open or voting_round.highlight <= 0:
        return {}
    return {r.card.id: r.rank for r in results(workspace, voting_round)
            if r.rank <= voting_round.highlight}  # fmt: skip


def all_cards_in_order(workspace: Workspace) -> list[Card]:
    return [card for canvas in workspace.canvases for block in canvas.blocks
            for card in canvas.cards_in(block.id)]  # fmt: skip


def ranked_orders(workspace: Workspace, voting_round: VotingRound,
                  counts: dict[int, int] | None = None) -> dict[int, list[int]]:  # fmt: skip
    """Block id → its card ids sorted by the round's dots (most first, ties in their order), for
    each block in scope whose order that changes: what closing the round does to the canvas.
    `counts` (card id → dots) is the round's tally when the caller knows better than the model
    (dots another laptop placed a moment ago)."""
    counts = tally(workspace, voting_round.id) if counts is None else counts
    orders: dict[int, list[int]] = {}
    for canvas in workspace.canvases:
        for block in canvas.blocks:
            if not covers(voting_round, canvas.id, block.id):
                continue
            cards = canvas.cards_in(block.id)
            ranked = sorted(cards, key=lambda c: -counts.get(c.id, 0))  # stable: ties keep order
            if [c.id for c in ranked] != [c.id for c in cards]:
                orders[block.id] = [c.id for c in ranked]
    return orders


def dot_colours(workspace: Workspace) -> dict[int, tuple[str, ...]]:
    """Card id → the colours of the participants whose dots (from every round) it carries, in
    the order they were placed: what a card shows beside its other votes."""
    colours = {p.id: p.colour for p in workspace.participants}
    result: dict[int, list[str]] = {}
    for dot in sorted(live_dots(workspace), key=lambda d: d.id):
        result.setdefault(dot.card_id, []).append(
            colours.get(dot.participant_id, DEFAULT_CARD_COLOUR)
        )
    return {card_id: tuple(found) for card_id, found in result.items()}


def total_votes(workspace: Workspace) -> dict[int, int]:
    """Card id → its votes: the ones counted outside rounds plus its dots from every round."""
    totals = {card.id: card.votes for canvas in workspace.canvases for card in canvas.cards}
    for dot in live_dots(workspace):
        totals[dot.card_id] += 1
    return totals


def with_round_votes(workspace: Workspace) -> Workspace:
    """A copy of the workspace whose cards' `votes` count their dots too (what a report shows
    as a card's votes); the workspace itself is left as it is. Without dots, the same object."""
    if not live_dots(workspace):
        return workspace
    totals = total_votes(workspace)
    counted = copy.copy(workspace)
    counted.canvases = []
    for canvas in workspace.canvases:
        twin = copy.copy(canvas)
        twin.cards = [copy.copy(card) for card in canvas.cards]
        for card in twin.cards:
            card.votes = totals[card.id]
        counted.canvases.append(twin)
    return counted


# --------------------------------------------------------------------------- silent brainstorm
def face_down_counts(workspace: Workspace, canvas_id: int, block_id: int) -> dict[int | None, int]:
    """Participant id (None: nobody in particular) → cards lying face down in the block."""
    counts: dict[int | None, int] = {}
    people = {p.id for p in workspace.participants}
    for card in workspace.canvas(canvas_id).cards_in(block_id):
        if card.face_down:
            author = card.author_id if card.author_id in people else None
            counts[author] = counts.get(author, 0) + 1
    return counts
