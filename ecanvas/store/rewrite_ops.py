"""Whole canvases rewritten in one transaction (mixed into `StoreBase`): a snapshot restored over
a canvas or as a new one, canvases merged in from another workspace, and the undo of each.

`rewrite_canvases` brings canvases to given states (`replace`), adds canvases (`add`) and removes
canvases (`remove`), optionally after taking a snapshot of the canvases it replaces. It changes
only the rows that differ, so a replaced canvas keeps the ids of every block, card and link that
stays, the scene updates card by card, and on a server only the rows that really change are
claimed. A row of a target state with an id of 0 or below is new (negative ids are placeholders
that let new cards and links refer to each other); a row with a positive id keeps it when that id
is free in the workspace, which makes redo put back exactly what the first run made.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from ecanvas.model import Block, Canvas, Card, Link, Snapshot
from ecanvas.model.entities import copy_canvas, copy_entity, utc_now
from ecanvas.store.canvas_ops import CanvasOperations
from ecanvas.store.database import row_values
from ecanvas.store.events import ChangeKind
from ecanvas.store.lazy import sql
from ecanvas.store.snapshot_ops import SnapshotOperations


@dataclass
class Rewrite:
    """What `rewrite_canvases` did, with all an undo or a redo needs (concrete ids throughout)."""

    before: dict[int, Canvas] = field(default_factory=dict)  # replaced canvases, as they were
    after: dict[int, Canvas] = field(default_factory=dict)  # and as they are now
    added: list[Canvas] = field(default_factory=list)
    removed: list[Canvas] = field(default_factory=list)
    snapshots: list[Snapshot] = field(default_factory=list)  # taken first


class TakenIds:
    """The ids each table uses in the workspace, so a kept id never collides with another row."""

    def __init__(self, workspace) -> None:
        self.ids: dict[str, set[int]] = {
            "canvas": set(), "block": set(), "card": set(), "link": set(), "snapshot": set(),
        }  # fmt: skip
        for canvas in workspace.canvases:
            self.ids["canvas"].add(canvas.id)
            for name in ("block", "card", "link", "snapshot"):
                self.ids[name].update(item.id for item in getattr(canvas, name + "s"))

    def keep(self, table: str, row_id: int) -> int:
        """`row_id` when it may be kept (positive and free; now taken), else 0 (a new id)."""
        if row_id > 0 and row_id not in self.ids[table]:
            self.ids[table].add(row_id)
            return row_id
        return 0

    def take(self, table: str, row_id: int) -> None:
        self.ids[table].add(row_id)


@dataclass
class _Replaced:
    """The model changes of one replaced canvas, applied once the transaction committed."""

    canvas: Canvas
    title: str
    canvas_updated: object = None
    blocks: dict[int, Block] = field(default_factory=dict)  # final id -> state
    new_blocks: list[int] = field(default_factory=list)
    changed_blocks: list[int] = field(default_factory=list)
    removed_blocks: list[int] = field(default_factory=list)
    cards: dict[int, Card] = field(default_factory=dict)
    new_cards: list[int] = field(default_factory=list)
    changed_cards: list[int] = field(default_factory=list)
    removed_cards: list[int] = field(default_factory=list)
    links: dict[int, Link] = field(default_factory=dict)
    new_links: list[int] = field(default_factory=list)
    changed_links: list[int] = field(default_factory=list)
    removed_links: list[int] = field(default_factory=list)


class CanvasRewriteOperations(CanvasOperations, SnapshotOperations):
    """Replace, add and remove whole canvases in one transaction (built on the canvas and
    snapshot operations, whose row helpers it uses)."""

    def rewrite_canvases(
        self,
        *,
        replace: Mapping[int, Canvas] | None = None,
        add: Sequence[Canvas] = (),
        remove: Sequence[int] = (),
        snapshot_name: str | None = None,
    ) -> Rewrite:
        """Bring canvases to the states in `replace` (canvas id -> state), append the canvases
        of `add` and delete those of `remove`; first, when `snapshot_name` is given, take a
        snapshot of each canvas about to be replaced. All in one transaction."""
        replace = dict(replace or {})
        result = Rewrite()
        for canvas_id in (*replace, *remove):
            self.workspace.canvas(canvas_id)  # must exist
        taken = TakenIds(self.workspace)
        order = [canvas.id for canvas in self.workspace.canvases]
        result.before = {cid: copy_canvas(self.workspace.canvas(cid)) for cid in replace}
        with self._transaction() as connection:
            if snapshot_name and replace:
                replaced = [self.workspace.canvas(cid) for cid in replace]
                result.snapshots = self._insert_snapshots(connection, replaced, snapshot_name)
            plans = [
                self._write_replacement(connection, self.workspace.canvas(cid), target, taken)
                for cid, target in replace.items()
            ]
            for canvas_id in remove:
                index = order.index(canvas_id)
                self._delete_canvas_row(connection, canvas_id, index)
                order.pop(index)
            for canvas in add:
                canvas = self._insert_canvas_rows(connection, canvas, len(order), taken)
                order.append(canvas.id)
                result.added.append(canvas)
        for snapshot in result.snapshots:
            self.workspace.canvas(snapshot.canvas_id).snapshots.append(snapshot)
            self._emit(ChangeKind.SNAPSHOTS_ADDED, snapshot.canvas_id, (snapshot.id,))
        for plan in plans:
            self._apply_replacement(plan)
            result.after[plan.canvas.id] = copy_canvas(plan.canvas)
        for canvas_id in remove:
            canvas = self.workspace.canvas(canvas_id)
            self.workspace.canvases.remove(canvas)
            result.removed.append(canvas)
        self.workspace.canvases.extend(copy_canvas(canvas) for canvas in result.added)
        self._number_canvases()
        for canvas_id in remove:
            self._emit(ChangeKind.CANVAS_REMOVED, canvas_id)
        for canvas in result.added:
            self._emit(ChangeKind.CANVAS_ADDED, canvas.id)
        return result

    # ----------------------------------------------------------------- adding whole canvases
    def _insert_canvas_rows(
        self, connection, canvas: Canvas, index: int, taken: TakenIds
    ) -> Canvas:
        """Insert a canvas with everything on it at `index` of the list; returns a copy with the
        ids it was given (placeholders replaced, references followed)."""
        canvas = copy_canvas(canvas)
        self._shift_positions(connection, index, +1)
        canvas.id, canvas.position = taken.keep("canvas", canvas.id), index
        values = row_values(canvas, exclude=() if canvas.id else ("id",))
        canvas.id = connection.execute(
            sql.insert(sql.CanvasRow.__table__).values(**values)
        ).inserted_primary_key[0]
        taken.take("canvas", canvas.id)
        self._inserted("canvas", [canvas.id])
        block_ids: dict[int, int] = {}
        for block in canvas.blocks:
            block.canvas_id = canvas.id
            block_ids[block.id] = block.id = self._insert_entity(connection, "block", block, taken)
        card_ids: dict[int, int] = {}
        for card in canvas.cards:
            card.canvas_id, card.block_id = canvas.id, block_ids[card.block_id]
            card_ids[card.id] = card.id = self._insert_entity(connection, "card", card, taken)
        for link in canvas.links:
            link.canvas_id = canvas.id
            link.source_id, link.target_id = card_ids[link.source_id], card_ids[link.target_id]
            link.id = self._insert_entity(connection, "link", link, taken)
        for snapshot in canvas.snapshots:
            snapshot.canvas_id = canvas.id
            snapshot.id = self._insert_entity(connection, "snapshot", snapshot, taken)
        return canvas

    def _insert_entity(self, connection, table: str, entity, taken: TakenIds) -> int:
        """Insert one row, keeping the entity's id when it is free; returns the row's id."""
        kept = taken.keep(table, entity.id)
        values = row_values(entity, exclude=() if kept else ("id",))
        if kept:
            values["id"] = kept
        rows = sql.ROWS[table].__table__
        # Values as parameters: one statement, compiled once for all the rows of a merge.
        row_id = connection.execute(sql.insert(rows), values).inserted_primary_key[0]
        taken.take(table, row_id)
        self._inserted(table, [row_id])
        return row_id

    # ----------------------------------------------------------------- replacing a canvas
    def _write_replacement(self, connection, canvas: Canvas, target: Canvas,
                           taken: TakenIds) -> _Replaced:  # fmt: skip
        """Write the rows that bring `canvas` to `target`; the model changes come afterwards."""
        target = copy_canvas(target)
        plan = _Replaced(canvas=canvas, title=target.title, canvas_updated=utc_now())
        block_ids = self._replace_blocks(connection, plan, target, taken)
        card_ids = self._replace_cards(connection, plan, target, block_ids, taken)
        self._replace_links(connection, plan, target, card_ids, taken)
        self._remove_rows(connection, plan)
        if target.title != canvas.title:
            self._claim(connection, "canvas", [canvas.id])
        table = sql.CanvasRow.__table__
        connection.execute(
            sql.update(table)
            .where(table.c.id == canvas.id)
            .values(title=target.title, updated=plan.canvas_updated, **self._bump(table))
        )
        return plan

    def _replace_blocks(self, connection, plan: _Replaced, target: Canvas,
                        taken: TakenIds) -> dict[int, int]:  # fmt: skip
        """Match the target's blocks to the canvas's (by id, then by key); returns target block
        id -> final id after inserting the new ones and updating the changed ones."""
        current = {block.id: block for block in plan.canvas.blocks}
        by_key = {block.key: block.id for block in plan.canvas.blocks}
        mapping: dict[int, int] = {}
        for block in target.blocks:
            if block.id in current:
                mapping[block.id] = block.id
        target_ids = {block.id for block in target.blocks}
        for block in target.blocks:
            if block.id in mapping:
                continue
            same_key = by_key.get(block.key)
            if (
                same_key is not None
                and same_key not in mapping.values()
                and (same_key not in target_ids)
            ):
                mapping[block.id] = same_key
        kept = set(mapping.values())
        plan.removed_blocks = [b.id for b in plan.canvas.blocks if b.id not in kept]
        fresh = []
        for block in target.blocks:
            state = replace(block, canvas_id=plan.canvas.id)
            if block.id in mapping:
                state.id = mapping[block.id]
                plan.blocks[state.id] = state
                if current[state.id] != state:
                    plan.changed_blocks.append(state.id)
            else:
                fresh.append((block.id, state))
        # Changed blocks first: a key a new block takes may be one a kept block gives up.
        self._update_rows(connection, "block", [plan.blocks[i] for i in plan.changed_blocks])
        for old_id, state in fresh:
            state.id = self._insert_entity(connection, "block", state, taken)
            mapping[old_id] = state.id
            plan.blocks[state.id] = state
            plan.new_blocks.append(state.id)
        return mapping

    def _replace_cards(self, connection, plan: _Replaced, target: Canvas,
                       block_ids: dict[int, int], taken: TakenIds) -> dict[int, int]:  # fmt: skip
        current = {card.id: card for card in plan.canvas.cards}
        mapping: dict[int, int] = {}
        for card in target.cards:
            state = replace(card, canvas_id=plan.canvas.id, block_id=block_ids[card.block_id],
                            tags=list(card.tags))  # fmt: skip
            if card.id in current:
                mapping[card.id] = card.id
                plan.cards[card.id] = state
                if current[card.id] != state:
                    plan.changed_cards.append(card.id)
            else:
                state.id = self._insert_entity(connection, "card", state, taken)
                mapping[card.id] = state.id
                plan.cards[state.id] = state
                plan.new_cards.append(state.id)
        kept = set(plan.cards)
        plan.removed_cards = [c.id for c in plan.canvas.cards if c.id not in kept]
        self._update_rows(connection, "card", [plan.cards[i] for i in plan.changed_cards])
        return mapping

    def _replace_links(self, connection, plan: _Replaced, target: Canvas,
                       card_ids: dict[int, int], taken: TakenIds) -> None:  # fmt: skip
        current = {link.id: link for link in plan.canvas.links}
        for link in target.links:
            state = replace(link, canvas_id=plan.canvas.id, source_id=card_ids[link.source_id],
                            target_id=card_ids[link.target_id])  # fmt: skip
            if link.id in current:
                plan.links[link.id] = state
                if current[link.id] != state:
                    plan.changed_links.append(link.id)
            else:
                state.id = self._insert_entity(connection, "link", state, taken)
                plan.links[state.id] = state
                plan.new_links.append(state.id)
        plan.removed_links = [link.id for link in plan.canvas.links if link.id not in plan.links]
        self._update_rows(connection, "link", [plan.links[i] for i in plan.changed_links])

    def _remove_rows(self, connection, plan: _Replaced) -> None:
        """What the target no longer has, once the rows that stay were moved off it: links,
        then cards, then blocks."""
        for table, ids in (("link", plan.removed_links), ("card", plan.removed_cards),
                           ("block", plan.removed_blocks)):  # fmt: skip
            self._delete_rows(connection, sql.ROWS[table], ids)

    def _update_rows(self, connection, table: str, states: list) -> None:
        if not states:
            return
        self._claim(connection, table, [s.id for s in states])
        for state in states:
            self._update_row(connection, sql.ROWS[table], state.id,
                             **row_values(state, exclude=("id",)))  # fmt: skip

    def _apply_replacement(self, plan: _Replaced) -> None:
        """Bring the model canvas to the written state, keeping the objects of rows that stay,
        and announce each kind of change."""
        canvas = plan.canvas
        canvas.title, canvas.updated = plan.title, plan.canvas_updated
        self._emit(ChangeKind.CANVAS_CHANGED, canvas.id)
        canvas.blocks = _merged(canvas.blocks, plan.blocks)
        canvas.blocks.sort(key=lambda b: (b.position, b.id))
        if plan.new_blocks:
            self._emit(ChangeKind.BLOCKS_ADDED, canvas.id, plan.new_blocks)
        if plan.changed_blocks:
            self._emit(ChangeKind.BLOCKS_CHANGED, canvas.id, plan.changed_blocks)
        gone_links = [lk.id for lk in canvas.links if lk.id not in plan.links]
        moved_links = [i for i in plan.changed_links if _ends_moved(canvas, plan, i)]
        canvas.links = _merged(canvas.links, plan.links)
        if gone_links or moved_links:
            self._emit(ChangeKind.LINKS_REMOVED, canvas.id, [*gone_links, *moved_links])
        canvas.cards = _merged(canvas.cards, plan.cards)
        if plan.removed_cards:
            self._emit(ChangeKind.CARDS_REMOVED, canvas.id, plan.removed_cards)
        if plan.new_cards:
            self._emit(ChangeKind.CARDS_ADDED, canvas.id, plan.new_cards)
        if plan.changed_cards:
            self._emit(ChangeKind.CARDS_CHANGED, canvas.id, plan.changed_cards)
        if plan.new_links or moved_links:
            self._emit(ChangeKind.LINKS_ADDED, canvas.id, [*plan.new_links, *moved_links])
        relabelled = [i for i in plan.changed_links if i not in moved_links]
        if relabelled:
            self._emit(ChangeKind.LINKS_CHANGED, canvas.id, relabelled)
        if plan.removed_blocks:
            self._emit(ChangeKind.BLOCKS_REMOVED, canvas.id, plan.removed_blocks)


def _merged(items: list, states: dict[int, object]) -> list:
    """The model's list brought to `states` (id -> state): objects of rows that stay are kept
    and updated in place, rows that go are dropped, new rows appended."""
    result = []
    for item in items:
        state = states.get(item.id)
        if state is None:
            continue
        for name, value in vars(state).items():
            setattr(item, name, value)
        result.append(item)
    present = {item.id for item in result}
    result.extend(copy_entity(s) for i, s in states.items() if i not in present)
    return result


def _ends_moved(canvas: Canvas, plan: _Replaced, link_id: int) -> bool:
    """Whether a kept link now joins other cards (the scene redraws it as a new arrow)."""
    old = next((lk for lk in canvas.links if lk.id == link_id), None)
    new = plan.links[link_id]
    return old is not None and (old.source_id, old.target_id) != (new.source_id, new.target_id)
