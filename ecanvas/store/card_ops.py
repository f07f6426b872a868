"""Workspace operations on cards and links (mixed into `WorkspaceStore`)."""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from ecanvas.model import CARD_FIELDS, CARD_STATUSES, DEFAULT_CARD_COLOUR, Card, Link
from ecanvas.model.entities import WORKSHOP_CARD_FIELDS, utc_now
from ecanvas.model.refusals import RuleError
from ecanvas.store.events import ChangeKind, ChangeSet
from ecanvas.store.lazy import sql
from ecanvas.store.rows import RowOperations


@dataclass(frozen=True)
class CardMove:
    """Where one card goes: its (possibly new) canvas and block, and its index in that block's
    order, counted among the cards that stay where they are (so several cards dropped together
    at one place get the indices i, i + 1, …)."""

    card_id: int
    canvas_id: int
    block_id: int
    index: int


_AT_END = 2**62  # an index past any block's last card


def _renumber(cards: Sequence[Card], order: Sequence[int]) -> dict[int, int]:
    """The cards (of one block) whose position differs from their index in `order`."""
    index = {card_id: number for number, card_id in enumerate(order)}
    return {c.id: index[c.id] for c in cards if c.id in index and c.position != index[c.id]}


def insert_in_order(order: list[int], placed: Sequence[tuple[int, int]]) -> list[int]:
    """`order` with each (card id, index) inserted, lowest index first (indices clamped).

    Inserting the cards that were taken out of a list at the indices they had puts the list
    back exactly as it was: that makes every move its own undo.
    """
    result = list(order)
    for card_id, index in sorted(placed, key=lambda p: p[1]):
        result.insert(max(0, min(index, len(result))), card_id)
    return result


@dataclass(frozen=True)
class _New:
    """A card not stored yet, in a block's order: the `number`-th of the cards being added."""

    number: int


def _validate_card_values(values: dict[str, object]) -> None:
    unknown = set(values) - set(CARD_FIELDS) - set(WORKSHOP_CARD_FIELDS)
    if unknown:
        raise ValueError(f"unknown card fields: {', '.join(sorted(unknown))}")
    if "status" in values and values["status"] not in CARD_STATUSES:
        raise RuleError("card-status", status=values["status"])
    if "votes" in values:
        values["votes"] = int(values["votes"])  # the model keeps what the file keeps
        if values["votes"] < 0:
            raise RuleError("negative-votes")
    if "due" in values and values["due"] is not None and not isinstance(values["due"], date):
        raise RuleError("due-not-date")
    if "tags" in values:
        values["tags"] = _clean_tags(values["tags"])
    if "face_down" in values:
        values["face_down"] = bool(values["face_down"])
    if values.get("author_id") is not None:
        values["author_id"] = int(values["author_id"])


def _clean_tags(tags: Iterable[str]) -> list[str]:
    """Trimmed, non-empty, unique tags in their first order."""
    seen: dict[str, None] = {}
    for tag in tags:
        tag = str(tag).strip()
        if tag:
            seen.setdefault(tag, None)
    return list(seen)


class CardOperations(RowOperations):
    """Add, edit, move and delete cards; add and delete links."""

    # ----------------------------------------------------------------- cards
    def add_card(self, canvas_id: int, block_id: int, text: str, **values: object) -> Card:
        """Add one card; at the end of its block unless `index` says where in its order."""
        return self.add_cards(canvas_id, [dict(values, block_id=block_id, text=text)])[0]

    def add_cards(self, canvas_id: int, drafts: Sequence[dict[str, object]]) -> list[Card]:
        """Add several cards in one transaction (a paste, a text drop, quick capture).

        A draft names its block and text, optionally other card fields and `index`: its place in
        the block's order once added (the cards from there on move along). Drafts without an
        index go after the last card, in the order given.
        """
        canvas = self.workspace.canvas(canvas_id)
        now = utc_now()
        cards: list[Card] = []
        for draft in drafts:
            draft = dict(draft)
            block = canvas.block(int(draft.pop("block_id")))
            text = str(draft.pop("text"))
            index = draft.pop("index", None)
            _validate_card_values(draft)
            draft.setdefault("colour", DEFAULT_CARD_COLOUR)
            draft.setdefault("face_down", block.silent)  # a silent brainstorm hides new cards
            place = _AT_END if index is None else max(0, int(index))
            cards.append(
                Card(id=0, canvas_id=canvas_id, block_id=block.id, text=text, position=place,
                     created=now, updated=now, **draft)
            )  # fmt: skip
        return self.restore_cards(cards, [])

    def restore_cards(self, cards: Sequence[Card], links: Sequence[Link]) -> list[Card]:
        """Insert cards (and links between them) keeping non-zero ids: the undo of a delete.

        Each card goes to the index its `position` names in its block's order (the cards from
        there on move along), so a deleted card comes back exactly where it was.
        """
        cards = [copy.deepcopy(c) for c in cards]
        links = [copy.deepcopy(lk) for lk in links]
        shifted = self._make_room(cards)
        with self._transaction() as connection:
            self._insert_cards(connection, cards, links)
            self._write_positions(connection, shifted)
        for card_id, position in shifted.items():
            self.workspace.find_card(card_id).position = position
        self._attach_cards(cards, links)
        self._emit_per_canvas(ChangeKind.CARDS_CHANGED, map(self.workspace.find_card, shifted))
        return cards

    def _make_room(self, cards: Sequence[Card]) -> dict[int, int]:
        """Give new cards their final positions (their `position` taken as the index to insert
        at); returns the existing cards whose position changes, card id → position."""
        groups: dict[tuple[int, int], list[int]] = {}
        for number, card in enumerate(cards):
            groups.setdefault((card.canvas_id, card.block_id), []).append(number)
        shifted: dict[int, int] = {}
        for (canvas_id, block_id), numbers in groups.items():
            staying = self.workspace.canvas(canvas_id).cards_in(block_id)
            arriving = [(_New(n), cards[n].position) for n in numbers]
            order = insert_in_order([c.id for c in staying], arriving)
            shifted.update(_renumber(staying, order))
            for position, key in enumerate(order):
                if isinstance(key, _New):
                    cards[key.number].position = position
        return shifted

    def update_card(self, card_id: int, **values: object) -> dict[str, object]:
        """Set card fields (text, note, colour, tags, votes, owner, due, status, author_id,
        face_down).

        Returns the previous values of the fields given, so a command can undo with the same call.
        """
        return self.update_cards({card_id: values})[card_id]

    def update_cards(self, changes: dict[int, dict[str, object]]) -> dict[int, dict[str, object]]:
        """Set fields on several cards in one transaction; returns the previous values per card."""
        for values in changes.values():
            _validate_card_values(values)
        cards = {card_id: self.workspace.find_card(card_id) for card_id in changes}
        previous = {
            card_id: {name: copy.copy(getattr(cards[card_id], name)) for name in values}
            for card_id, values in changes.items()
        }
        now = utc_now()
        rows = {card_id: {**values, "updated": now} for card_id, values in changes.items()}
        with self._transaction() as connection:
            self._change_rows(connection, sql.CardRow, rows)
        for card_id, values in changes.items():
            for name, value in values.items():
                setattr(cards[card_id], name, value)
            cards[card_id].updated = now
        self._emit_per_canvas(ChangeKind.CARDS_CHANGED, cards.values())
        return previous

    def move_cards(self, moves: Sequence[CardMove]) -> tuple[list[CardMove], list[Link]]:
        """Move cards to other places in their block's order, to other blocks or canvases, in
        one transaction; the cards around them close up or make room.

        Links cannot cross canvases, so a link whose cards end up on different canvases is
        removed. Returns the reverse moves and the removed links, which is all an undo needs.
        """
        cards = {m.card_id: self.workspace.find_card(m.card_id) for m in moves}
        reverse = [
            CardMove(c.id, c.canvas_id, c.block_id, self._index_in_block(c)) for c in cards.values()
        ]
        for move in moves:
            self.workspace.canvas(move.canvas_id).block(move.block_id)  # must exist
        places = self._places_after(moves, cards)
        destination = {m.card_id: m.canvas_id for m in moves}
        broken, moved_links = self._links_after_move(destination)
        now = utc_now()
        target = {m.card_id: m for m in moves}
        shifted = {cid: p for cid, (_, p) in places.items() if cid not in target}
        cards_table, links_table = sql.CardRow.__table__, sql.LinkRow.__table__
        with self._transaction() as connection:
            self._claim(connection, "card", cards)
            self._claim(connection, "link", [lk.id for lk in (*broken, *moved_links)])
            if broken:
                connection.execute(
                    sql.delete(sql.LinkRow.__table__).where(
                        sql.LinkRow.id.in_([lk.id for lk in broken])
                    )
                )
            for move in moves:
                connection.execute(
                    sql.update(cards_table)
                    .where(sql.CardRow.id == move.card_id)
                    .values(canvas_id=move.canvas_id, block_id=move.block_id,
                            position=places[move.card_id][1], updated=now,
                            **self._bump(cards_table))
                )  # fmt: skip
            self._write_positions(connection, shifted)
            for link in moved_links:
                connection.execute(
                    sql.update(links_table)
                    .where(sql.LinkRow.id == link.id)
                    .values(canvas_id=destination[link.source_id], **self._bump(links_table))
                )
        self._detach_links(broken)
        for card_id, position in shifted.items():
            self.workspace.find_card(card_id).position = position
        self._apply_moves(moves, cards, places, moved_links, destination, now)
        return reverse, broken

    def _index_in_block(self, card: Card) -> int:
        order = self.workspace.canvas(card.canvas_id).cards_in(card.block_id)
        return next(i for i, c in enumerate(order) if c.id == card.id)

    def _places_after(self, moves: Sequence[CardMove],
                      cards: dict[int, Card]) -> dict[int, tuple[int, int]]:  # fmt: skip
        """(block id, position) after the moves of every card whose place changes: the moved
        cards and the cards of the blocks they leave or enter."""
        blocks = {(c.canvas_id, c.block_id) for c in cards.values()}
        blocks |= {(m.canvas_id, m.block_id) for m in moves}
        leaving = set(cards)
        result: dict[int, tuple[int, int]] = {}
        for canvas_id, block_id in sorted(blocks):
            canvas = self.workspace.canvas(canvas_id)
            before = canvas.cards_in(block_id)
            staying = [c.id for c in before if c.id not in leaving]
            arriving = [(m.card_id, m.index) for m in moves if m.block_id == block_id]
            positions = {c.id: c.position for c in before}
            for position, card_id in enumerate(insert_in_order(staying, arriving)):
                if card_id in leaving or positions.get(card_id) != position:
                    result[card_id] = (block_id, position)
        return result

    def _links_after_move(self, destination: dict[int, int]) -> tuple[list[Link], list[Link]]:
        """Split the links touched by a move into those it breaks and those it carries along."""
        broken: list[Link] = []
        carried: list[Link] = []
        for canvas in self.workspace.canvases:
            for link in canvas.links:
                source = destination.get(link.source_id, link.canvas_id)
                target = destination.get(link.target_id, link.canvas_id)
                if source != target:
                    broken.append(link)
                elif source != link.canvas_id:
                    carried.append(link)
        return broken, carried

    def _apply_moves(self, moves, cards, places, moved_links, destination, now) -> None:
        changes = ChangeSet()
        # A carried link leaves its old canvas: say so there before its cards go.
        for link in moved_links:
            changes.add(ChangeKind.LINKS_REMOVED, link.canvas_id, link.id)
        for move in moves:
            card = cards[move.card_id]
            if card.canvas_id != move.canvas_id:
                self.workspace.canvas(card.canvas_id).cards.remove(card)
                self.workspace.canvas(move.canvas_id).cards.append(card)
                changes.add(ChangeKind.CARDS_REMOVED, card.canvas_id, card.id)
                changes.add(ChangeKind.CARDS_ADDED, move.canvas_id, card.id)
            else:
                changes.add(ChangeKind.CARDS_CHANGED, move.canvas_id, card.id)
            card.canvas_id, card.block_id = move.canvas_id, move.block_id
            card.position, card.updated = places[move.card_id][1], now
        for link in moved_links:
            self.workspace.canvas(link.canvas_id).links.remove(link)
            link.canvas_id = destination[link.source_id]
            self.workspace.canvas(link.canvas_id).links.append(link)
        for card_id in places:
            if card_id not in cards:
                card = self.workspace.find_card(card_id)
                changes.add(ChangeKind.CARDS_CHANGED, card.canvas_id, card_id)
        for link in moved_links:
            changes.add(ChangeKind.LINKS_ADDED, link.canvas_id, link.id)
        changes.announce(self._emit)

    def delete_cards(self, card_ids: Iterable[int]) -> tuple[list[Card], list[Link]]:
        """Delete cards and the links touching them; returns both for an undo."""
        ids = set(card_ids)
        cards = [self.workspace.find_card(card_id) for card_id in ids]
        links = [
            link
            for canvas in self.workspace.canvases
            for link in canvas.links
            if link.source_id in ids or link.target_id in ids
        ]
        closing: dict[int, int] = {}  # the cards after them close up
        for canvas_id, block_id in dict.fromkeys((c.canvas_id, c.block_id) for c in cards):
            staying = [c for c in self.workspace.canvas(canvas_id).cards_in(block_id)
                       if c.id not in ids]  # fmt: skip
            closing.update(_renumber(staying, [c.id for c in staying]))
        with self._transaction() as connection:
            self._claim(connection, "card", ids)
            self._claim(connection, "link", [lk.id for lk in links])
            connection.execute(sql.delete(sql.CardRow.__table__).where(sql.CardRow.id.in_(ids)))
            self._write_positions(connection, closing)
        self._detach_links(links)
        for canvas_id in dict.fromkeys(c.canvas_id for c in cards):
            canvas = self.workspace.canvas(canvas_id)
            canvas.cards = [c for c in canvas.cards if c.id not in ids]
            removed = [c.id for c in cards if c.canvas_id == canvas_id]
            self._emit(ChangeKind.CARDS_REMOVED, canvas_id, removed)
        for card_id, position in closing.items():
            self.workspace.find_card(card_id).position = position
        self._emit_per_canvas(ChangeKind.CARDS_CHANGED, map(self.workspace.find_card, closing))
        return cards, links

    # ----------------------------------------------------------------- links
    def add_link(self, source_id: int, target_id: int, label: str = "") -> Link:
        """Draw an arrow between two different cards of the same canvas."""
        source = self.workspace.find_card(source_id)
        target = self.workspace.find_card(target_id)
        if source_id == target_id:
            raise RuleError("self-link")
        if source.canvas_id != target.canvas_id:
            raise RuleError("link-across-canvases")
        canvas = self.workspace.canvas(source.canvas_id)
        if any(lk.source_id == source_id and lk.target_id == target_id for lk in canvas.links):
            raise RuleError("already-linked")
        link = Link(
            id=0, canvas_id=canvas.id, source_id=source_id, target_id=target_id, label=label
        )
        return self.restore_links([link])[0]

    def restore_links(self, links: Sequence[Link]) -> list[Link]:
        """Insert links keeping non-zero ids (the undo of a delete)."""
        links = [copy.deepcopy(lk) for lk in links]
        with self._transaction() as connection:
            for link in links:
                link.id = self._insert_row(connection, sql.LinkRow, link)
        self._attach_links(links)
        return links

    def update_link(self, link_id: int, label: str) -> str:
        """Change a link's label; returns the old label."""
        link = self._find_link(link_id)
        old = link.label
        table = sql.LinkRow.__table__
        with self._transaction() as connection:
            self._claim(connection, "link", [link_id])
            connection.execute(
                sql.update(table)
                .where(sql.LinkRow.id == link_id)
                .values(label=label, **self._bump(table))
            )
        link.label = label
        self._emit(ChangeKind.LINKS_CHANGED, link.canvas_id, (link_id,))
        return old

    def delete_links(self, link_ids: Iterable[int]) -> list[Link]:
        """Delete links; returns them for an undo."""
        links = [self._find_link(link_id) for link_id in set(link_ids)]
        with self._transaction() as connection:
            self._claim(connection, "link", [lk.id for lk in links])
            connection.execute(
                sql.delete(sql.LinkRow.__table__).where(sql.LinkRow.id.in_([lk.id for lk in links]))
            )
        self._detach_links(links)
        return links
