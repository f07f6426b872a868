"""Workspace operations on canvases and blocks (mixed into `WorkspaceStore`)."""

from __future__ import annotations

import copy
from dataclasses import replace

from ecanvas.model import Block, Canvas, Template
from ecanvas.model.entities import utc_now
from ecanvas.model.layout import DENSITIES
from ecanvas.model.refusals import RuleError
from ecanvas.store.database import row_values
from ecanvas.store.events import ChangeKind
from ecanvas.store.lazy import sql
from ecanvas.store.rows import RowOperations

BLOCK_FIELDS = (
    "title_en", "title_zh", "guidance_en", "guidance_zh", "colour", "x", "y", "w", "h",
    "scored", "score", "links_to",
)  # fmt: skip


def blocks_from_template(template: Template, canvas_id: int) -> list[Block]:
    """Fresh blocks (id 0, not yet stored) laid out as the template says."""
    return [
        Block(
            id=0,
            canvas_id=canvas_id,
            key=t.key,
            title_en=t.title_en,
            title_zh=t.title_zh,
            guidance_en=list(t.guidance_en),
            guidance_zh=list(t.guidance_zh),
            colour=t.colour,
            x=t.x,
            y=t.y,
            w=t.w,
            h=t.h,
            scored=t.scored,
            links_to=list(t.links_to),
            position=index,
        )
        for index, t in enumerate(template.blocks)
    ]


class CanvasOperations(RowOperations):
    """Add, rename, reorder and delete canvases; add, change and remove blocks."""

    # ----------------------------------------------------------------- canvases
    def add_canvas(
        self,
        template_key: str,
        *,
        title: str | None = None,
        language: str | None = None,
        index: int | None = None,
    ) -> Canvas:
        """Create a canvas from a bundled or user template, titled in the workspace language by
        default."""
        from ecanvas.user_templates import find_template

        template = find_template(template_key)
        lang = language or self.workspace.language
        canvas = Canvas(id=0, title=title or template.title(lang), template_key=template_key)
        canvas.blocks = blocks_from_template(template, 0)
        return self.restore_canvas(canvas, len(self.workspace.canvases) if index is None else index)

    def restore_canvas(self, canvas: Canvas, index: int) -> Canvas:
        """Insert a whole canvas (blocks, cards, links) at a position in the list.

        Ids of zero are assigned by the database; non-zero ids are kept, so an undone delete
        comes back exactly as it was.
        """
        canvas = copy.deepcopy(canvas)
        canvases = self.workspace.canvases
        index = max(0, min(index, len(canvases)))
        with self._transaction() as connection:
            self._shift_positions(connection, index, +1)
            values = row_values(canvas, exclude=("id",) if not canvas.id else ())
            values["position"] = index
            canvas.id = connection.execute(
                sql.insert(sql.CanvasRow.__table__).values(**values)
            ).inserted_primary_key[0]
            self._inserted("canvas", [canvas.id])
            canvas.position = index
            for block in canvas.blocks:
                block.canvas_id = canvas.id
                block.id = self._insert_row(connection, sql.BlockRow, block)
            for card in canvas.cards:
                card.canvas_id = canvas.id
                card.id = self._insert_row(connection, sql.CardRow, card)
            for link in canvas.links:
                link.canvas_id = canvas.id
                link.id = self._insert_row(connection, sql.LinkRow, link)
            for snapshot in canvas.snapshots:
                snapshot.canvas_id = canvas.id
                snapshot.id = self._insert_row(connection, sql.SnapshotRow, snapshot)
        canvases.insert(index, canvas)
        self._number_canvases()
        self._emit(ChangeKind.CANVAS_ADDED, canvas.id)
        return canvas

    def rename_canvas(self, canvas_id: int, title: str) -> str:
        """Give a canvas a new title; returns the old title."""
        title = title.strip()
        if not title:
            raise RuleError("canvas-title-empty")
        canvas = self.workspace.canvas(canvas_id)
        old, now = canvas.title, utc_now()
        table = sql.CanvasRow.__table__
        with self._transaction() as connection:
            self._claim(connection, "canvas", [canvas_id])
            connection.execute(
                sql.update(table)
                .where(sql.CanvasRow.id == canvas_id)
                .values(title=title, updated=now, **self._bump(table))
            )
        canvas.title, canvas.updated = title, now
        self._emit(ChangeKind.CANVAS_CHANGED, canvas_id)
        return old

    def set_canvas_density(self, canvas_id: int, density: str) -> str:
        """Show a canvas's cards at a density ("normal" or "compact"); returns the old one."""
        if density not in DENSITIES:
            raise RuleError("card-density", density=density)
        canvas = self.workspace.canvas(canvas_id)
        old, now = canvas.density, utc_now()
        with self._transaction() as connection:
            connection.execute(
                sql.update(sql.CanvasRow.__table__)
                .where(sql.CanvasRow.id == canvas_id)
                .values(density=density, updated=now)
            )
        canvas.density, canvas.updated = density, now
        self._emit(ChangeKind.CANVAS_CHANGED, canvas_id)
        return old

    def move_canvas(self, canvas_id: int, index: int) -> int:
        """Move a canvas to a new place in the list; returns its old index."""
        canvases = self.workspace.canvases
        canvas = self.workspace.canvas(canvas_id)
        old = canvases.index(canvas)
        order = [c for c in canvases if c is not canvas]
        order.insert(max(0, min(index, len(order))), canvas)
        with self._transaction() as connection:
            for position, item in enumerate(order):
                connection.execute(
                    sql.update(sql.CanvasRow.__table__)
                    .where(sql.CanvasRow.id == item.id)
                    .values(position=position)
                )
        canvases[:] = order
        self._number_canvases()
        self._emit(ChangeKind.CANVASES_REORDERED)
        return old

    def delete_canvas(self, canvas_id: int) -> tuple[Canvas, int]:
        """Remove a canvas with everything on it; returns (canvas, index) for an undo."""
        canvases = self.workspace.canvases
        canvas = self.workspace.canvas(canvas_id)
        index = canvases.index(canvas)
        with self._transaction() as connection:
            self._delete_canvas_row(connection, canvas_id, index)
        canvases.remove(canvas)
        self._number_canvases()
        self._emit(ChangeKind.CANVAS_REMOVED, canvas_id)
        return canvas, index

    def _delete_canvas_row(self, connection, canvas_id: int, index: int) -> None:
        """Delete a canvas (its rows go with it) and close the gap it leaves in the list."""
        self._claim(connection, "canvas", [canvas_id])
        connection.execute(sql.delete(sql.CanvasRow.__table__).where(sql.CanvasRow.id == canvas_id))
        self._shift_positions(connection, index + 1, -1)

    def _shift_positions(self, connection, start: int, delta: int) -> None:
        # Places in the list are not anyone's content: they move without a new version, so that
        # two writers adding canvases at once do not refuse each other.
        connection.execute(
            sql.update(sql.CanvasRow.__table__)
            .where(sql.CanvasRow.position >= start)
            .values(position=sql.CanvasRow.position + delta)
        )

    def _number_canvases(self) -> None:
        for position, canvas in enumerate(self.workspace.canvases):
            canvas.position = position

    # ----------------------------------------------------------------- blocks
    def add_block(self, canvas_id: int, block: Block) -> Block:
        """Add a block (a new one with id 0, or a removed one with its old id) to a canvas."""
        return self._insert_block(canvas_id, block, [], [])

    def _insert_block(self, canvas_id: int, block: Block, cards: list, links: list) -> Block:
        """Insert a block with its cards and links in one transaction, then update the model."""
        canvas = self.workspace.canvas(canvas_id)
        block = copy.deepcopy(replace(block, canvas_id=canvas_id))
        if block.key in {b.key for b in canvas.blocks}:
            raise RuleError("block-key-taken", canvas=canvas.title, key=block.key)
        cards, links = copy.deepcopy(list(cards)), copy.deepcopy(list(links))
        with self._transaction() as connection:
            block.id = self._insert_row(connection, sql.BlockRow, block)
            self._insert_cards(connection, cards, links)
        canvas.blocks.append(block)
        canvas.blocks.sort(key=lambda b: (b.position, b.id))
        self._emit(ChangeKind.BLOCKS_ADDED, canvas_id, (block.id,))
        self._attach_cards(cards, links)
        return block

    def update_block(self, block_id: int, **values: object) -> dict[str, object]:
        """Change block fields (titles, geometry, colour, score…); returns the old values."""
        unknown = set(values) - set(BLOCK_FIELDS)
        if unknown:
            raise ValueError(f"unknown block fields: {', '.join(sorted(unknown))}")
        score = values.get("score")
        if score is not None and not 0 <= int(score) <= 5:
            raise RuleError("block-score")
        block = self._find_block(block_id)
        previous = {name: copy.copy(getattr(block, name)) for name in values}
        table = sql.BlockRow.__table__
        with self._transaction() as connection:
            self._claim(connection, "block", [block_id])
            connection.execute(
                sql.update(table)
                .where(sql.BlockRow.id == block_id)
                .values(**values, **self._bump(table))
            )
        for name, value in values.items():
            setattr(block, name, value)
        self._emit(ChangeKind.BLOCKS_CHANGED, block.canvas_id, (block_id,))
        return previous

    def set_block_score(self, block_id: int, score: int | None) -> int | None:
        """Score a block 0–5 (None clears it); returns the previous score."""
        return self.update_block(block_id, score=score)["score"]

    def remove_block(self, block_id: int) -> tuple[Block, list, list]:
        """Remove a block with its cards and their links; returns them for an undo."""
        block = self._find_block(block_id)
        canvas = self.workspace.canvas(block.canvas_id)
        cards = [c for c in canvas.cards if c.block_id == block_id]
        card_ids = {c.id for c in cards}
        links = [lk for lk in canvas.links if lk.source_id in card_ids or lk.target_id in card_ids]
        with self._transaction() as connection:
            self._claim(connection, "block", [block_id])
            connection.execute(
                sql.delete(sql.BlockRow.__table__).where(sql.BlockRow.id == block_id)
            )
        canvas.blocks.remove(block)
        canvas.cards = [c for c in canvas.cards if c.id not in card_ids]
        canvas.links = [lk for lk in canvas.links if lk not in links]
        self._emit(ChangeKind.BLOCKS_REMOVED, canvas.id, (block_id,))
        return block, cards, links

    def restore_block(self, block: Block, cards: list, links: list) -> None:
        """Undo `remove_block`: put the block, its cards and their links back with their ids."""
        self._insert_block(block.canvas_id, block, cards, links)
