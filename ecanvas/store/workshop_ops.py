"""Workspace operations of a workshop: participants, dot-voting rounds and their dots, silent
brainstorms (mixed into `StoreBase`, so a file and a server workspace run the same code).

Every operation is one transaction and returns what its undo needs; the undo is another
operation of this module (restore with the same ids, reopen, conceal). The rules of what is
allowed live in `ecanvas.model.workshop`.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence

from ecanvas.model.entities import Dot, Participant, VotingRound, utc_now
from ecanvas.model.refusals import RuleError
from ecanvas.model.workshop import (
    MAX_PARTICIPANTS,
    check_colour,
    check_dot,
    check_round,
    clean_name,
    next_colour,
    open_round,
    ranked_orders,
)
from ecanvas.store.events import ChangeKind
from ecanvas.store.lazy import sql
from ecanvas.store.rows import RowOperations

PARTICIPANT_FIELDS = ("name", "colour", "position")


class WorkshopOperations(RowOperations):
    """Participants, voting rounds, dots and silent brainstorms."""

    # ----------------------------------------------------------------- participants
    def add_participant(self, name: str, colour: str | None = None) -> Participant:
        """A new participant at the end of the list, in the next free colour unless given."""
        people = self.workspace.participants
        if len(people) >= MAX_PARTICIPANTS:
            raise RuleError("too-many-participants", most=MAX_PARTICIPANTS)
        name = clean_name(name)
        if any(p.name.casefold() == name.casefold() for p in people):
            raise RuleError("participant-name-taken", name=name)
        colour = check_colour(colour) if colour else next_colour(people)
        position = max((p.position for p in people), default=-1) + 1
        return self.restore_participant(Participant(0, name, colour, position))

    def restore_participant(self, participant: Participant) -> Participant:
        """Insert a participant, keeping a non-zero id (the undo of a removal)."""
        participant = copy.deepcopy(participant)
        with self._transaction() as connection:
            participant.id = self._insert_row(connection, sql.ParticipantRow, participant)
        self.workspace.participants.append(participant)
        self.workspace.participants.sort(key=lambda p: (p.position, p.id))
        self._emit(ChangeKind.PARTICIPANTS, ids=(participant.id,))
        return participant

    def update_participant(self, participant_id: int, **values: object) -> dict[str, object]:
        """Change a participant's name, colour or place in the list; returns the old values."""
        unknown = set(values) - set(PARTICIPANT_FIELDS)
        if unknown:
            raise ValueError(f"unknown participant fields: {', '.join(sorted(unknown))}")
        participant = self.workspace.participant(participant_id)
        if "name" in values:
            values["name"] = clean_name(values["name"])
            others = (p for p in self.workspace.participants if p.id != participant_id)
            if any(p.name.casefold() == values["name"].casefold() for p in others):
                raise RuleError("participant-name-taken", name=values["name"])
        if "colour" in values:
            values["colour"] = check_colour(values["colour"])
        previous = {name: getattr(participant, name) for name in values}
        table = sql.ParticipantRow.__table__
        with self._transaction() as connection:
            self._claim(connection, "participant", [participant_id])
            connection.execute(
                sql.update(table)
                .where(table.c.id == participant_id)
                .values(**values, **self._bump(table))
            )
        for name, value in values.items():
            setattr(participant, name, value)
        self.workspace.participants.sort(key=lambda p: (p.position, p.id))
        self._emit(ChangeKind.PARTICIPANTS, ids=(participant_id,))
        return previous

    def remove_participant(self, participant_id: int) -> Participant:
        """Take a participant off the list. Their dots stop counting and their cards name
        nobody until an undo brings them back (`restore_participant`)."""
        participant = self.workspace.participant(participant_id)
        table = sql.ParticipantRow.__table__
        with self._transaction() as connection:
            self._claim(connection, "participant", [participant_id])
            connection.execute(sql.delete(table).where(table.c.id == participant_id))
        self.workspace.participants.remove(participant)
        self._emit(ChangeKind.PARTICIPANTS, ids=(participant_id,))
        return participant

    # ----------------------------------------------------------------- voting rounds
    def start_round(self, scope: str, *, canvas_id: int | None = None,
                    block_id: int | None = None, dots: int = 3,
                    highlight: int = 3) -> VotingRound:  # fmt: skip
        """Open a voting round (only one is open at a time) on a block, a canvas or the whole
        workspace, with `dots` dots per participant."""
        check_round(scope, canvas_id, block_id, dots, highlight)
        if scope != "workspace":
            canvas = self.workspace.canvas(canvas_id)
            if scope == "block":
                canvas.block(block_id)
            else:
                block_id = None
        else:
            canvas_id = block_id = None
        if open_round(self.workspace) is not None:
            raise RuleError("round-open")
        voting_round = VotingRound(0, scope, canvas_id, block_id, int(dots), int(highlight),
                                   created=utc_now())  # fmt: skip
        return self.restore_round(voting_round, [])

    def restore_round(self, voting_round: VotingRound, dots: Sequence[Dot]) -> VotingRound:
        """Insert a round with its dots, keeping non-zero ids (the undo of `delete_round`)."""
        voting_round, dots = copy.deepcopy(voting_round), copy.deepcopy(list(dots))
        with self._transaction() as connection:
            voting_round.id = self._insert_row(connection, sql.VotingRoundRow, voting_round)
            for dot in dots:
                dot.round_id = voting_round.id
                dot.id = self._insert_row(connection, sql.DotRow, dot)
        self.workspace.rounds.append(voting_round)
        self.workspace.rounds.sort(key=lambda r: r.id)
        self.workspace.dots.extend(dots)
        self.workspace.dots.sort(key=lambda d: d.id)
        self._emit(ChangeKind.ROUNDS, ids=(voting_round.id,))
        self._emit_dots(dots)
        return voting_round

    def delete_round(self, round_id: int) -> tuple[VotingRound, list[Dot]]:
        """Remove a round and its dots (the undo of starting it); returns both for a redo."""
        voting_round = self.workspace.voting_round(round_id)
        dots = [d for d in self.workspace.dots if d.round_id == round_id]
        rounds, dot_rows = sql.VotingRoundRow.__table__, sql.DotRow.__table__
        with self._transaction() as connection:
            self._claim(connection, "voting_round", [round_id])
            self._claim(connection, "dot", [d.id for d in dots])
            connection.execute(sql.delete(dot_rows).where(dot_rows.c.round_id == round_id))
            connection.execute(sql.delete(rounds).where(rounds.c.id == round_id))
        self.workspace.rounds.remove(voting_round)
        self.workspace.dots = [d for d in self.workspace.dots if d.round_id != round_id]
        self._emit(ChangeKind.ROUNDS, ids=(round_id,))
        self._emit_dots(dots)
        return voting_round, dots

    def close_round(self, round_id: int) -> dict[int, int]:
        """Close a round and sort each block in its scope by the round's dots (most first).

        The dots are counted in the database (a server may hold dots this store has not heard
        of yet). Returns the card positions it changed (card id → old position), for
        `reopen_round`.
        """
        voting_round = self.workspace.voting_round(round_id)
        if not voting_round.is_open:
            raise RuleError("round-closed-already")
        now = utc_now()
        with self._transaction() as connection:
            self._claim(connection, "voting_round", [round_id])
            counts = self._counted_dots(connection, round_id)
            orders = ranked_orders(self.workspace, voting_round, counts)
            moved, previous = self._moved_positions(orders)
            self._write_round(connection, voting_round, "closed", now, moved)
        self._round_written(voting_round, "closed", now, moved)
        return previous

    def _counted_dots(self, connection, round_id: int) -> dict[int, int]:
        """Card id → the round's dots on it, as the database has them (on existing cards of
        existing participants)."""
        dots, cards, people = (sql.DotRow.__table__, sql.CardRow.__table__,
                               sql.ParticipantRow.__table__)  # fmt: skip
        rows = connection.execute(
            sql.select(dots.c.card_id, sql.func.count())
            .select_from(
                dots.join(cards, cards.c.id == dots.c.card_id).join(
                    people, people.c.id == dots.c.participant_id
                )
            )
            .where(dots.c.round_id == round_id)
            .group_by(dots.c.card_id)
        )
        return {card_id: count for card_id, count in rows}

    def _moved_positions(self, orders: dict[int, list[int]]) -> tuple[dict, dict]:
        moved: dict[int, int] = {}
        previous: dict[int, int] = {}
        for block_id, order in orders.items():
            canvas = self._canvas_of_block(block_id)
            for position, card_id in enumerate(order):
                card = canvas.card(card_id)
                if card.position != position:
                    moved[card_id], previous[card_id] = position, card.position
        return moved, previous

    def reopen_round(self, round_id: int, positions: dict[int, int]) -> None:
        """Open a closed round again and put back the card positions its closing changed."""
        voting_round = self.workspace.voting_round(round_id)
        if open_round(self.workspace) not in (None, voting_round):
            raise RuleError("reopen-while-open")
        with self._transaction() as connection:
            self._claim(connection, "voting_round", [round_id])
            self._write_round(connection, voting_round, "open", None, positions)
        self._round_written(voting_round, "open", None, positions)

    def _write_round(self, connection, voting_round: VotingRound, status: str, closed,
                     positions: dict[int, int]) -> None:  # fmt: skip
        table = sql.VotingRoundRow.__table__
        connection.execute(
            sql.update(table)
            .where(table.c.id == voting_round.id)
            .values(status=status, closed=closed, **self._bump(table))
        )
        self._write_positions(connection, positions)

    def _round_written(self, voting_round: VotingRound, status: str, closed,
                       positions: dict[int, int]) -> None:  # fmt: skip
        voting_round.status, voting_round.closed = status, closed
        for card_id, position in positions.items():
            self.workspace.find_card(card_id).position = position
        self._emit(ChangeKind.ROUNDS, ids=(voting_round.id,))
        self._emit_per_canvas(ChangeKind.CARDS_CHANGED, map(self.workspace.find_card, positions))

    def _canvas_of_block(self, block_id: int):
        for canvas in self.workspace.canvases:
            if any(b.id == block_id for b in canvas.blocks):
                return canvas
        raise KeyError(block_id)

    # ----------------------------------------------------------------- dots
    def add_dot(self, round_id: int, participant_id: int, card_id: int) -> Dot:
        """Place one of a participant's dots on a card. Refused when the round is closed, the
        card outside its scope, or the participant's dots are all placed (counted in the
        database, under a lock on the round, so two laptops cannot overspend together)."""
        check_dot(self.workspace, round_id, participant_id, card_id)
        voting_round = self.workspace.voting_round(round_id)
        dot = Dot(0, round_id, participant_id, card_id)
        rounds, dots, cards = (sql.VotingRoundRow.__table__, sql.DotRow.__table__,
                               sql.CardRow.__table__)  # fmt: skip
        with self._transaction() as connection:
            status = connection.execute(
                sql.select(rounds.c.status).where(rounds.c.id == round_id).with_for_update()
            ).scalar()
            if status != "open":
                raise RuleError("round-closed")
            used = connection.execute(
                sql.select(sql.func.count())
                .select_from(dots.join(cards, cards.c.id == dots.c.card_id))
                .where(dots.c.round_id == round_id, dots.c.participant_id == participant_id)
            ).scalar()
            if used >= voting_round.dots_per_participant:
                participant = self.workspace.participant(participant_id)
                raise RuleError("no-dots-left", name=participant.name)
            dot.id = self._insert_row(connection, sql.DotRow, dot)
        self.workspace.dots.append(dot)
        self._emit_dots([dot])
        return dot

    def restore_dots(self, dots: Sequence[Dot]) -> list[Dot]:
        """Put dots back with their ids (the undo of `remove_dots`, the redo of `add_dot`)."""
        dots = copy.deepcopy(list(dots))
        with self._transaction() as connection:
            for dot in dots:
                dot.id = self._insert_row(connection, sql.DotRow, dot)
        self.workspace.dots.extend(dots)
        self.workspace.dots.sort(key=lambda d: d.id)
        self._emit_dots(dots)
        return dots

    def remove_dots(self, dot_ids: Iterable[int]) -> list[Dot]:
        """Take dots off their cards; returns them for an undo."""
        ids = set(dot_ids)
        dots = [d for d in self.workspace.dots if d.id in ids]
        if len(dots) != len(ids):
            raise KeyError(sorted(ids - {d.id for d in dots}))
        table = sql.DotRow.__table__
        with self._transaction() as connection:
            self._claim(connection, "dot", ids)
            connection.execute(sql.delete(table).where(table.c.id.in_(ids)))
        self.workspace.dots = [d for d in self.workspace.dots if d.id not in ids]
        self._emit_dots(dots)
        return dots

    def _emit_dots(self, dots: Iterable[Dot]) -> None:
        """DOTS per canvas, naming the cards whose dots changed."""
        cards = []
        for dot in dots:
            try:
                cards.append(self.workspace.find_card(dot.card_id))
            except KeyError:
                continue  # a dot on a deleted card: nothing shows it
        self._emit_per_canvas(ChangeKind.DOTS, {c.id: c for c in cards}.values())

    # ----------------------------------------------------------------- silent brainstorm
    def start_silent(self, block_id: int) -> None:
        """Start a silent brainstorm in a block: cards added to it lie face down."""
        self._set_silent(block_id, True, [], face_down=True)

    def end_silent(self, block_id: int) -> None:
        """End a silent brainstorm that revealed nothing (the undo of starting it)."""
        self._set_silent(block_id, False, [], face_down=False)

    def reveal_block(self, block_id: int) -> list[int]:
        """End the block's silent brainstorm and turn its face-down cards up; returns them."""
        canvas = self._canvas_of_block(block_id)
        hidden = [c.id for c in canvas.cards_in(block_id) if c.face_down]
        self._set_silent(block_id, False, hidden, face_down=False)
        return hidden

    def conceal_cards(self, block_id: int, card_ids: Sequence[int]) -> None:
        """The undo of a reveal: the brainstorm runs again with those cards face down."""
        self._set_silent(block_id, True, card_ids, face_down=True)

    def _set_silent(self, block_id: int, silent: bool, card_ids: Sequence[int],
                    face_down: bool) -> None:  # fmt: skip
        canvas = self._canvas_of_block(block_id)
        block = canvas.block(block_id)
        cards = [canvas.card(card_id) for card_id in card_ids]
        blocks, card_rows = sql.BlockRow.__table__, sql.CardRow.__table__
        now = utc_now()
        with self._transaction() as connection:
            self._claim(connection, "block", [block_id])
            self._claim(connection, "card", card_ids)
            connection.execute(
                sql.update(blocks)
                .where(blocks.c.id == block_id)
                .values(silent=silent, **self._bump(blocks))
            )
            if card_ids:
                connection.execute(
                    sql.update(card_rows)
                    .where(card_rows.c.id.in_(list(card_ids)))
                    .values(face_down=face_down, updated=now, **self._bump(card_rows))
                )
        block.silent = silent
        for card in cards:
            card.face_down, card.updated = face_down, now
        self._emit(ChangeKind.BLOCKS_CHANGED, canvas.id, (block_id,))
        if cards:
            self._emit(ChangeKind.CARDS_CHANGED, canvas.id, [c.id for c in cards])
