"""The one set of row helpers every operation mixin stands on, and the backend seam they use.

Each operation mixin (`canvas_ops`, `card_ops`, `snapshot_ops`, `workshop_ops`, `rewrite_ops`)
derives from `RowOperations` and needs nothing else: the helpers here insert, update, delete
and renumber rows inside the caller's transaction, and put committed rows into the model with
the change they make (a `ChangeSet`, never a sign trick on ids). `StoreBase` supplies the seam.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Sequence

from ecanvas.model import Block, Card, Link, Workspace
from ecanvas.store.database import row_values
from ecanvas.store.events import ChangeKind, ChangeSet
from ecanvas.store.lazy import sql


class RowOperations:
    """Row helpers over the backend seam (`_transaction`, `_claim`, `_inserted`, `_emit`)."""

    workspace: Workspace

    # ----------------------------------------------------------------- the seam (StoreBase)
    @contextlib.contextmanager
    def _transaction(self) -> Iterator:
        """One transaction (or the running `batch`), yielding a SQLAlchemy connection."""
        raise NotImplementedError
        yield

    def _claim(self, connection, table: str, ids: Iterable[int]) -> None:
        """Rows about to change or go (a shared backend checks nobody changed them meanwhile)."""
        raise NotImplementedError

    def _inserted(self, table: str, ids: Iterable[int]) -> None:
        """Rows the running transaction added."""
        raise NotImplementedError

    def _emit(self, kind: ChangeKind, canvas_id: int | None = None, ids=(), key=None) -> None:
        """Tell listeners what changed (after the commit)."""
        raise NotImplementedError

    # ----------------------------------------------------------------- writing rows
    @staticmethod
    def _bump(table) -> dict:
        """The SET clause that moves a changed row to its next version."""
        return {"version": table.c.version + 1}

    def _insert_row(self, connection, table, entity) -> int:
        """Insert one entity's row (keeping a non-zero id); returns the row's id."""
        values = row_values(entity, exclude=() if entity.id else ("id",))
        row_id = connection.execute(
            sql.insert(table.__table__).values(**values)
        ).inserted_primary_key[0]
        self._inserted(table.__tablename__, [row_id])
        return row_id

    def _change_rows(self, connection, table, changes: dict[int, dict[str, object]]) -> None:
        """Claim rows and set each one's own columns, moving it to its next version (a shared
        backend checks the versions in the UPDATE itself instead of claiming first)."""
        rows = table.__table__
        self._claim(connection, rows.name, changes)
        for row_id, values in changes.items():
            connection.execute(
                sql.update(rows).where(rows.c.id == row_id).values(**values, **self._bump(rows))
            )

    def _update_row(self, connection, table, row_id: int, **values: object) -> None:
        """Change one row's columns and move it to its next version (claim it first)."""
        rows = table.__table__
        connection.execute(
            sql.update(rows).where(rows.c.id == row_id).values(**values, **self._bump(rows))
        )

    def _delete_rows(self, connection, table, ids: Iterable[int]) -> None:
        """Claim rows and delete them (the rows that belong to them go by foreign key)."""
        ids = list(ids)
        if ids:
            self._claim(connection, table.__tablename__, ids)
            rows = table.__table__
            connection.execute(sql.delete(rows).where(rows.c.id.in_(ids)))

    def _insert_cards(self, connection, cards: Sequence[Card], links: Sequence[Link]) -> None:
        """Insert card and link rows, filling in the ids the database gives."""
        for card in cards:
            card.id = self._insert_row(connection, sql.CardRow, card)
        for link in links:
            link.id = self._insert_row(connection, sql.LinkRow, link)

    def _write_positions(self, connection, positions: dict[int, int]) -> None:
        """New positions of cards that move along in their block's order."""
        if positions:
            table = sql.CardRow.__table__
            self._claim(connection, "card", positions)
            connection.execute(
                sql.update(table)
                .where(sql.CardRow.id == sql.bindparam("card"))
                .values(position=sql.bindparam("place"), **self._bump(table)),
                [{"card": cid, "place": place} for cid, place in positions.items()],
            )

    # ----------------------------------------------------------------- the model
    def _find_block(self, block_id: int) -> Block:
        for canvas in self.workspace.canvases:
            for block in canvas.blocks:
                if block.id == block_id:
                    return block
        raise KeyError(block_id)

    def _find_link(self, link_id: int) -> Link:
        for canvas in self.workspace.canvases:
            for link in canvas.links:
                if link.id == link_id:
                    return link
        raise KeyError(link_id)

    def _attach_cards(self, cards: Sequence[Card], links: Sequence[Link]) -> None:
        """Add committed cards and links to the model and announce them."""
        changes = ChangeSet()
        for card in cards:
            self.workspace.canvas(card.canvas_id).cards.append(card)
            changes.add(ChangeKind.CARDS_ADDED, card.canvas_id, card.id)
        changes.announce(self._emit)
        self._attach_links(links)

    def _attach_links(self, links: Sequence[Link]) -> None:
        changes = ChangeSet()
        for link in links:
            self.workspace.canvas(link.canvas_id).links.append(link)
            changes.add(ChangeKind.LINKS_ADDED, link.canvas_id, link.id)
        changes.announce(self._emit)

    def _detach_links(self, links: Sequence[Link]) -> None:
        changes = ChangeSet()
        for link in links:
            changes.add(ChangeKind.LINKS_REMOVED, link.canvas_id, link.id)
        for canvas_id, ids in changes.ids_by_canvas(ChangeKind.LINKS_REMOVED).items():
            canvas = self.workspace.canvas(canvas_id)
            canvas.links = [lk for lk in canvas.links if lk.id not in set(ids)]
            self._emit(ChangeKind.LINKS_REMOVED, canvas_id, sorted(ids))

    def _emit_per_canvas(self, kind: ChangeKind, items: Iterable) -> None:
        """One change of `kind` per canvas for cards (or anything with `canvas_id` and `id`)."""
        changes = ChangeSet()
        for item in items:
            changes.add(kind, item.canvas_id, item.id)
        changes.announce(self._emit)
