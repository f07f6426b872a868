"""Other writers' changes, brought into this store's model and announced as ordinary changes.

A change another laptop commits reaches us as a NOTIFY carrying the same `Change` the scene
follows (kind, canvas, ids). We never trust the message for the data: the rows it names are read
again in one snapshot, compared with the model, and what really differs is applied and announced
with the usual change kinds. A reconnection does the same for the whole workspace, so nothing
missed while the server was away stays missed.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field, fields
from datetime import UTC

from ecanvas.model import Block, Canvas, Card, Link, Snapshot, Workspace
from ecanvas.model.entities import Dot, Participant, VotingRound
from ecanvas.store.database import _rows, load_settings, load_workspace
from ecanvas.store.events import Change, ChangeKind

NOTIFY_LIMIT = 7000  # bytes; PostgreSQL refuses payloads of 8000 and more


def _aware(value):
    return value.replace(tzinfo=UTC)


# psycopg gives native values; only the naive UTC timestamps need their zone back.
CONVERTERS = {"created": _aware, "updated": _aware, "closed": _aware, "logo": bytes}
TABLES = {"canvas": Canvas, "block": Block, "card": Card, "link": Link, "snapshot": Snapshot,
          "participant": Participant, "voting_round": VotingRound, "dot": Dot}  # fmt: skip
CHILDREN = ("blocks", "cards", "links", "canvases", "settings", "snapshots", "participants",
            "rounds", "dots")  # fmt: skip
# The tables of a canvas's rows, as they are read again: (table, list attribute of Canvas).
PARTS = (("block", "blocks"), ("card", "cards"), ("link", "links"), ("snapshot", "snapshots"))
VERSIONED = ("workspace", "canvas", "block", "card", "link", "snapshot", "participant",
             "voting_round", "dot")  # fmt: skip


# ----------------------------------------------------------------- messages
def encode(origin: str, change: Change) -> list[str]:
    """NOTIFY payloads for one change, its ids split so that each payload fits."""
    ids = list(change.ids)
    base = {"o": origin, "k": str(change.kind), "c": change.canvas_id, "s": change.key}
    chunks, start = [], 0
    step = max(1, len(ids))
    while True:
        part = ids[start : start + step]
        text = json.dumps({**base, "i": part}, separators=(",", ":"), ensure_ascii=False)
        if len(text.encode()) > NOTIFY_LIMIT and step > 1:
            step = max(1, step // 2)
            continue
        chunks.append(text)
        start += step
        if start >= len(ids):
            return chunks


def decode(payload: str) -> tuple[str, Change] | None:
    try:
        data = json.loads(payload)
        change = Change(ChangeKind(data["k"]), data.get("c"), tuple(data.get("i") or ()),
                        data.get("s"))  # fmt: skip
        return str(data["o"]), change
    except (ValueError, KeyError, TypeError):
        return None


# ----------------------------------------------------------------- what to read again
@dataclass
class Wanted:
    """The rows to read again after a batch of other writers' changes."""

    canvases: set[int] = field(default_factory=set)
    order: bool = False
    blocks: set[int] = field(default_factory=set)
    cards: set[int] = field(default_factory=set)
    links: set[int] = field(default_factory=set)
    snapshots: set[int] = field(default_factory=set)
    workspace: bool = False
    settings: set[str] = field(default_factory=set)
    participants: set[int] = field(default_factory=set)
    rounds: set[int] = field(default_factory=set)
    dot_cards: set[int] = field(default_factory=set)  # the cards whose dots to read again

    def add(self, change: Change) -> None:
        kind = change.kind
        if kind in (ChangeKind.CANVAS_ADDED, ChangeKind.CANVAS_REMOVED, ChangeKind.CANVAS_CHANGED):
            self.canvases.add(change.canvas_id)
            self.order = True
        elif kind == ChangeKind.CANVASES_REORDERED:
            self.order = True
        elif kind.startswith("blocks-"):
            self.blocks.update(change.ids)
        elif kind.startswith("cards-"):
            self.cards.update(change.ids)
        elif kind.startswith("links-"):
            self.links.update(change.ids)
        elif kind.startswith("snapshots-"):
            self.snapshots.update(change.ids)
        elif kind == ChangeKind.WORKSPACE:
            self.workspace = True
        elif kind == ChangeKind.SETTINGS and change.key:
            self.settings.add(change.key)
        elif kind == ChangeKind.PARTICIPANTS:
            self.participants.update(change.ids)
        elif kind == ChangeKind.ROUNDS:
            self.rounds.update(change.ids)
        elif kind == ChangeKind.DOTS:
            self.dot_cards.update(change.ids)


@dataclass
class Found:
    """Rows as the server has them now: id → entity, or None where the row is gone."""

    canvases: dict[int, Canvas | None] = field(default_factory=dict)
    order: list[int] | None = None
    blocks: dict[int, Block | None] = field(default_factory=dict)
    cards: dict[int, Card | None] = field(default_factory=dict)
    links: dict[int, Link | None] = field(default_factory=dict)
    snapshots: dict[int, Snapshot | None] = field(default_factory=dict)
    workspace: Workspace | None = None
    settings: dict[str, object] = field(default_factory=dict)
    versions: dict[tuple[str, object], int | None] = field(default_factory=dict)
    participants: dict[int, Participant | None] = field(default_factory=dict)
    rounds: dict[int, VotingRound | None] = field(default_factory=dict)
    dots: dict[int, list[Dot]] = field(default_factory=dict)  # card id → its dots now
    all_dots: list[Dot] | None = None  # every dot (after a reconnection)


def read_wanted(connection, wanted: Wanted) -> Found:
    """Read the wanted rows in one snapshot (the caller holds a repeatable-read transaction)."""
    found = Found()
    if wanted.order or wanted.canvases:
        canvases = _rows(connection, Canvas, "SELECT * FROM canvas ORDER BY position, id",
                         converters=CONVERTERS)  # fmt: skip
        found.order = [c.id for c in canvases]
        by_id = {c.id: c for c in canvases}
        for canvas_id in wanted.canvases | set(by_id):
            found.canvases[canvas_id] = by_id.get(canvas_id)
        new = [c for c in wanted.canvases if c in by_id]
        if new:  # a canvas someone added comes with all it holds
            for table, target in (("block", wanted.blocks), ("card", wanted.cards),
                                  ("link", wanted.links),
                                  ("snapshot", wanted.snapshots)):  # fmt: skip
                rows = connection.execute(
                    f"SELECT id FROM {table} WHERE canvas_id = ANY(%s)", (new,)
                ).fetchall()
                target.update(row[0] for row in rows)
    for table, ids, target in (("block", wanted.blocks, found.blocks),
                               ("card", wanted.cards, found.cards),
                               ("link", wanted.links, found.links),
                               ("snapshot", wanted.snapshots, found.snapshots)):  # fmt: skip
        if not ids:
            continue
        ids = sorted(ids)
        rows = _rows(connection, TABLES[table], f"SELECT * FROM {table} WHERE id = ANY(%s)",
                     (ids,), converters=CONVERTERS)  # fmt: skip
        by_id = {row.id: row for row in rows}
        target.update({row_id: by_id.get(row_id) for row_id in ids})
        _read_versions(connection, table, ids, found)
    if found.canvases:
        _read_versions(connection, "canvas", sorted(found.canvases), found)
    if wanted.workspace:
        found.workspace = _rows(connection, Workspace, "SELECT * FROM workspace",
                                converters=CONVERTERS)[0]  # fmt: skip
        _read_versions(connection, "workspace", [1], found)
    if wanted.settings:
        rows = connection.execute(
            "SELECT key, value FROM setting WHERE key = ANY(%s)", (sorted(wanted.settings),)
        ).fetchall()
        values = {key: json.loads(value) for key, value in rows}
        found.settings = {key: values.get(key) for key in wanted.settings}
    _read_workshop(connection, wanted, found)
    return found


def _read_workshop(connection, wanted: Wanted, found: Found) -> None:
    """Participants, rounds and the dots of cards that other writers changed."""
    for table, ids, target in (("participant", wanted.participants, found.participants),
                               ("voting_round", wanted.rounds, found.rounds)):  # fmt: skip
        if not ids:
            continue
        ids = sorted(ids)
        rows = _rows(connection, TABLES[table], f"SELECT * FROM {table} WHERE id = ANY(%s)",
                     (ids,), converters=CONVERTERS)  # fmt: skip
        by_id = {row.id: row for row in rows}
        target.update({row_id: by_id.get(row_id) for row_id in ids})
        _read_versions(connection, table, ids, found)
    if wanted.dot_cards:
        cards = sorted(wanted.dot_cards)
        dots = _rows(connection, Dot, "SELECT * FROM dot WHERE card_id = ANY(%s) ORDER BY id",
                     (cards,), converters=CONVERTERS)  # fmt: skip
        found.dots = {card_id: [] for card_id in cards}
        for dot in dots:
            found.dots[dot.card_id].append(dot)
            found.versions[("dot", dot.id)] = 1


def _read_versions(connection, table: str, ids, found: Found) -> None:
    rows = dict(
        connection.execute(f"SELECT id, version FROM {table} WHERE id = ANY(%s)", (list(ids),))
    )
    for row_id in ids:
        found.versions[(table, row_id)] = rows.get(row_id)


def read_everything(connection) -> tuple[Workspace, dict]:
    """The whole workspace and every row's version, in the caller's snapshot."""
    workspace = load_workspace(connection, converters=CONVERTERS)
    workspace.settings = load_settings(connection)
    versions = {}
    for table in VERSIONED:
        for row_id, version in connection.execute(f"SELECT id, version FROM {table}"):
            versions[(table, row_id)] = version
    return workspace, versions


def everything_found(current: Workspace, fresh: Workspace, versions: dict) -> Found:
    """A `Found` that brings `current` to `fresh` entirely (after a reconnection)."""
    found = Found(workspace=fresh, order=[c.id for c in fresh.canvases])
    for canvas in current.canvases:
        found.canvases[canvas.id] = None
        for _table, name in PARTS:
            getattr(found, name).update({item.id: None for item in getattr(canvas, name)})
    for canvas in fresh.canvases:
        found.canvases[canvas.id] = canvas
        for _table, name in PARTS:
            getattr(found, name).update({item.id: item for item in getattr(canvas, name)})
    keys = set(current.settings) | set(fresh.settings)
    found.settings = {key: fresh.settings.get(key) for key in keys}
    found.participants = {p.id: None for p in current.participants}
    found.participants.update({p.id: p for p in fresh.participants})
    found.rounds = {r.id: None for r in current.rounds}
    found.rounds.update({r.id: r for r in fresh.rounds})
    found.all_dots = list(fresh.dots)
    found.versions = dict(versions)
    return found


# ----------------------------------------------------------------- applying
def _same(a, b) -> bool:
    return all(
        getattr(a, f.name) == getattr(b, f.name) for f in fields(a) if f.name not in CHILDREN
    )


def _copy_into(target, source) -> None:
    for f in fields(target):
        if f.name not in CHILDREN:
            setattr(target, f.name, getattr(source, f.name))


class Applier:
    """Applies a `Found` to a workspace model, collecting the change events to announce."""

    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace
        self.events: dict[tuple[ChangeKind, int | None], list] = defaultdict(list)
        self.touched: list[tuple[str, object]] = []
        self.new_canvases: set[int] = set()

    def _event(self, kind: ChangeKind, canvas_id: int | None, item=None) -> None:
        ids = self.events[(kind, canvas_id)]
        if item is not None:
            ids.append(item)
        table = {"canvas": "canvas", "blocks": "block", "cards": "card", "links": "link"}.get(
            kind.split("-")[0]
        )
        if table == "canvas":
            self.touched.append(("canvas", canvas_id))
        elif table is not None and item is not None:
            self.touched.append((table, item))

    def _canvas(self, canvas_id: int) -> Canvas | None:
        for canvas in self.ws.canvases:
            if canvas.id == canvas_id:
                return canvas
        return None

    def apply(self, found: Found) -> list[Change]:
        if found.workspace is not None and not _same(self.ws, found.workspace):
            _copy_into(self.ws, found.workspace)
            self._event(ChangeKind.WORKSPACE, None)
            self.touched.append(("workspace", 1))  # a real change: announced above
        self._canvases(found)
        self._blocks(found.blocks)
        self._entities("card", found.cards)
        self._entities("link", found.links)
        self._entities("snapshot", found.snapshots)
        for key, value in found.settings.items():
            if self.ws.settings.get(key) != value:
                if value is None:
                    self.ws.settings.pop(key, None)
                else:
                    self.ws.settings[key] = value
                self.events[(ChangeKind.SETTINGS, key)] = []
        self._listed(self.ws.participants, found.participants, "participant",
                     ChangeKind.PARTICIPANTS)  # fmt: skip
        self.ws.participants.sort(key=lambda p: (p.position, p.id))
        self._listed(self.ws.rounds, found.rounds, "voting_round", ChangeKind.ROUNDS)
        self.ws.rounds.sort(key=lambda r: r.id)
        self._dots(found)
        return self._changes()

    def _listed(self, items: list, rows: dict, table: str, kind: ChangeKind) -> None:
        """Bring a workspace-level list (participants, rounds) in line with the rows found."""
        by_id = {item.id: item for item in items}
        for row_id, row in rows.items():
            model = by_id.get(row_id)
            self.touched.append((table, row_id))
            if row is None and model is not None:
                items.remove(model)
            elif row is not None and model is None:
                items.append(row)
            elif row is not None and model != row:
                _copy_into(model, row)
            else:
                continue
            self._event(kind, None, row_id)

    def _dots(self, found: Found) -> None:
        """Replace the dots of the cards found (or all of them after a reconnection)."""
        if found.all_dots is not None:
            before = {(d.id, d.card_id) for d in self.ws.dots}
            after = {(d.id, d.card_id) for d in found.all_dots}
            cards = {card_id for _, card_id in before ^ after}
            self.ws.dots = sorted(found.all_dots, key=lambda d: d.id)
        else:
            cards = set()
            for card_id, dots in found.dots.items():
                mine = sorted(d.id for d in self.ws.dots if d.card_id == card_id)
                if mine != [d.id for d in dots]:
                    cards.add(card_id)
            kept = [d for d in self.ws.dots if d.card_id not in found.dots]
            fresh = [d for dots in found.dots.values() for d in dots]
            self.ws.dots = sorted(kept + fresh, key=lambda d: d.id)
        where = {card.id: canvas.id for canvas in self.ws.canvases for card in canvas.cards}
        for card_id in sorted(cards):
            if card_id in where:
                self._event(ChangeKind.DOTS, where[card_id], card_id)

    def _canvases(self, found: Found) -> None:
        for canvas_id, row in found.canvases.items():
            model = self._canvas(canvas_id)
            if row is None and model is not None:
                self.ws.canvases.remove(model)
                self._event(ChangeKind.CANVAS_REMOVED, canvas_id)
            elif row is not None and model is None:
                canvas = Canvas(**{f.name: getattr(row, f.name) for f in fields(Canvas)
                                   if f.name not in CHILDREN})  # fmt: skip
                for _table, name in PARTS:
                    source = getattr(found, name)
                    items = [
                        e for e in source.values() if e is not None and e.canvas_id == canvas_id
                    ]
                    getattr(canvas, name).extend(sorted(items, key=_order))
                self.ws.canvases.append(canvas)
                self.new_canvases.add(canvas_id)
                self._event(ChangeKind.CANVAS_ADDED, canvas_id)
            elif row is not None and not _same(model, row):
                moved_only = model.title == row.title and model.updated == row.updated
                _copy_into(model, row)
                if not moved_only:
                    self._event(ChangeKind.CANVAS_CHANGED, canvas_id)
        if found.order is not None:
            before = [c.id for c in self.ws.canvases if c.id not in self.new_canvases]
            rank = {canvas_id: index for index, canvas_id in enumerate(found.order)}
            self.ws.canvases.sort(key=lambda c: rank.get(c.id, len(rank)))
            for position, canvas in enumerate(self.ws.canvases):
                canvas.position = position
            after = [c.id for c in self.ws.canvases if c.id not in self.new_canvases]
            if [i for i in before if i in after] != after:
                self._event(ChangeKind.CANVASES_REORDERED, None)

    def _blocks(self, rows: dict[int, Block | None]) -> None:
        where = {b.id: c for c in self.ws.canvases for b in c.blocks}
        for block_id, row in rows.items():
            canvas = where.get(block_id)
            if canvas is not None and canvas.id in self.new_canvases:
                continue
            if row is None:
                if canvas is None:
                    continue
                block = canvas.block(block_id)
                canvas.blocks.remove(block)
                gone = {c.id for c in canvas.cards if c.block_id == block_id}
                canvas.cards = [c for c in canvas.cards if c.id not in gone]
                canvas.links = [
                    lk for lk in canvas.links if not {lk.source_id, lk.target_id} & gone
                ]
                self._event(ChangeKind.BLOCKS_REMOVED, canvas.id, block_id)
            elif canvas is None:
                target = self._canvas(row.canvas_id)
                if target is None or target.id in self.new_canvases:
                    continue
                target.blocks.append(row)
                target.blocks.sort(key=lambda b: (b.position, b.id))
                self._event(ChangeKind.BLOCKS_ADDED, target.id, block_id)
            elif not _same(canvas.block(block_id), row):
                _copy_into(canvas.block(block_id), row)
                self._event(ChangeKind.BLOCKS_CHANGED, canvas.id, block_id)

    def _entities(self, table: str, rows: dict) -> None:
        name = table + "s"
        added, changed, removed = (ChangeKind(f"{name}-{what}")
                                   for what in ("added", "changed", "removed"))  # fmt: skip
        where = {e.id: c for c in self.ws.canvases for e in getattr(c, name) if e.id in rows}
        for row_id, row in rows.items():
            canvas = where.get(row_id)
            if canvas is not None and canvas.id in self.new_canvases:
                continue
            if row is not None and row.canvas_id in self.new_canvases:
                continue
            model = None
            if canvas is not None:
                model = next(e for e in getattr(canvas, name) if e.id == row_id)
            if row is None:
                if model is not None:
                    getattr(canvas, name).remove(model)
                    self._event(removed, canvas.id, row_id)
                continue
            target = self._canvas(row.canvas_id)
            if target is None:
                continue
            if model is None:
                getattr(target, name).append(row)
                self._event(added, target.id, row_id)
            elif canvas is not target:
                getattr(canvas, name).remove(model)
                _copy_into(model, row)
                getattr(target, name).append(model)
                self._event(removed, canvas.id, row_id)
                self._event(added, target.id, row_id)
            elif not _same(model, row):
                _copy_into(model, row)
                self._event(changed, target.id, row_id)

    def _changes(self) -> list[Change]:
        order = [ChangeKind.WORKSPACE, ChangeKind.CANVAS_REMOVED, ChangeKind.CANVAS_ADDED,
                 ChangeKind.CANVAS_CHANGED, ChangeKind.CANVASES_REORDERED,
                 ChangeKind.BLOCKS_ADDED, ChangeKind.BLOCKS_CHANGED, ChangeKind.LINKS_REMOVED,
                 ChangeKind.CARDS_REMOVED, ChangeKind.CARDS_ADDED, ChangeKind.CARDS_CHANGED,
                 ChangeKind.LINKS_ADDED, ChangeKind.LINKS_CHANGED, ChangeKind.BLOCKS_REMOVED,
                 ChangeKind.SNAPSHOTS_REMOVED, ChangeKind.SNAPSHOTS_ADDED,
                 ChangeKind.SNAPSHOTS_CHANGED, ChangeKind.SETTINGS, ChangeKind.PARTICIPANTS,
                 ChangeKind.ROUNDS, ChangeKind.DOTS]  # fmt: skip
        rank = {kind: index for index, kind in enumerate(order)}
        changes = []
        for (kind, where), ids in sorted(self.events.items(), key=lambda item: rank[item[0][0]]):
            if kind == ChangeKind.SETTINGS:
                changes.append(Change(kind, None, (), where))
            elif kind in (ChangeKind.PARTICIPANTS, ChangeKind.ROUNDS):
                changes.append(Change(kind, None, tuple(ids)))
            elif kind in (ChangeKind.WORKSPACE, ChangeKind.CANVASES_REORDERED):
                changes.append(Change(kind))
            else:
                changes.append(Change(kind, where, tuple(ids)))
        return changes


def _order(entity) -> tuple:
    return (
        (getattr(entity, "position", 0), entity.id) if isinstance(entity, Block) else (entity.id,)
    )
