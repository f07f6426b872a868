"""The SQLite connection of a workspace and the fast, SQLAlchemy-free read of the whole model.

Opening a workspace reads every table once through plain sqlite3, which keeps SQLAlchemy off
the start-up path (see `ecanvas.store.sql`). SQLite-specific code lives here, in `fileguard.py`
and in `migrate()` of `migrations.py` only, so the write path stays portable SQLAlchemy.

`load_workspace` itself is plain DB-API and standard SQL: the server backend reads a PostgreSQL
workspace with it too, through psycopg, passing the converters of its own driver.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import fields
from pathlib import Path

from ecanvas.model import Block, Canvas, Card, Link, Snapshot, Workspace
from ecanvas.model.entities import Dot, Participant, VotingRound
from ecanvas.store.rowcheck import (
    BAD_ID,
    BAD_JSON,
    MISSING_PARENT,
    MISSING_ROW,
    RULES,
    WRONG_TYPE,
    BadRowError,
    BadValueError,
    Damage,
    UnreadableText,
    lenient_text,
    unchecked,
)

TABLES = {Workspace: "workspace", Canvas: "canvas", Block: "block", Card: "card", Link: "link",
          Snapshot: "snapshot", Participant: "participant", VotingRound: "voting_round",
          Dot: "dot"}  # fmt: skip

PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA trusted_schema = OFF",
    "PRAGMA synchronous = EXTRA",  # FULL, plus a sync of the folder after the journal goes
    "PRAGMA journal_mode = DELETE",
)


def connect_raw(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """A plain sqlite3 connection in autocommit mode; transactions are begun explicitly."""
    mode = "ro" if read_only else "rw"
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    connection = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    for pragma in PRAGMAS:
        if read_only and "journal_mode" in pragma:
            continue
        connection.execute(pragma)
    return connection


def _rows(connection, cls: type, query: str, params=(), converters: dict | None = None,
          damage: list[Damage] | None = None, canvas_title=lambda _id: "") -> list:  # fmt: skip
    """Model objects built from a query whose columns are named like the dataclass fields.

    Every value passes its column's rule (`ecanvas.store.rowcheck`): a damaged value is repaired
    or its row left out, and `damage` (when given) is told which. `converters` prepare a
    driver's values first (the server's); SQLite's raw values go to the rules as they are.
    """
    table = TABLES[cls]
    rules = RULES[table]
    cursor = connection.execute(query, params)
    names = [column[0] for column in cursor.description]
    convert_by = converters or {}
    wanted = {f.name for f in fields(cls)}
    # A column without a rule (a field added later) is taken as it is; a test asks for a rule.
    plan = [(i, n, convert_by.get(n), rules.get(n, unchecked)) for i, n in enumerate(names)
            if n in wanted]  # fmt: skip
    entities = []
    seen: set[int] = set()
    for row in cursor:
        found: list[tuple[str, str]] = []  # (column, problem) repaired in this row
        values: dict[str, object] = {}
        try:
            for i, name, convert, rule in plan:
                values[name] = _checked(row[i], convert, rule, name, found)
            entity = cls(**values)
            if "id" in values and table != "workspace":
                if values["id"] in seen:  # a damaged file can show a row twice
                    raise BadRowError("id", BAD_ID)
                seen.add(values["id"])
        except (BadRowError, TypeError) as problem:
            column, code = (
                (problem.column, problem.problem) if isinstance(problem, BadRowError)
                else ("", WRONG_TYPE)
            )  # fmt: skip
            _note(damage, table, values, canvas_title, column, code, kept=False)
            continue
        for column, code in found:
            _note(damage, table, values, canvas_title, column, code, kept=True)
        entities.append(entity)
    return entities


def _checked(raw: object, convert, rule, name: str, found: list) -> object:
    try:
        value = convert(raw) if convert is not None and raw is not None else raw
        return rule(value)
    except BadValueError as problem:
        found.append((name, problem.problem))
        return problem.fallback
    except BadRowError as problem:
        raise BadRowError(problem.column or name, problem.problem) from None
    except (ValueError, TypeError, OverflowError):  # a driver converter refused the value
        found.append((name, WRONG_TYPE))
        try:
            return rule(None)
        except BadValueError as problem:
            return problem.fallback


def _note(damage, table, values, canvas_title, column, code, *, kept: bool) -> None:
    if damage is None:
        return
    row_id = values.get("id") if table != "workspace" else None
    canvas_id = values.get("canvas_id") if table != "canvas" else values.get("id")
    label_source = {"canvas": "title", "block": "title_en", "card": "text", "link": "label",
                    "workspace": "title", "snapshot": "name"}.get(table, "")  # fmt: skip
    label = str(values.get(label_source) or "").replace("\n", " ").strip()
    label = label if len(label) <= 40 else label[:39] + "…"
    title = canvas_title(canvas_id) if isinstance(canvas_id, int) else ""
    damage.append(Damage(table, row_id, title, label, column, code, kept))


def load_workspace(connection, converters: dict | None = None,
                   damage: list[Damage] | None = None) -> Workspace:  # fmt: skip
    """Read every table into a model Workspace (canvases in order, blocks in order).

    Damaged rows never raise: they are repaired or left out, and listed in `damage` when given.
    """
    lenient = hasattr(connection, "text_factory")  # sqlite3 (or the repair's reader)
    if lenient:
        previous, connection.text_factory = connection.text_factory, lenient_text
    try:
        return _load(connection, converters, damage)
    finally:
        if lenient:
            connection.text_factory = previous


def _load(connection, c: dict | None, damage: list[Damage] | None) -> Workspace:
    metas = _rows(connection, Workspace, "SELECT * FROM workspace", converters=c, damage=damage)
    if not metas and damage is not None:
        damage.append(Damage("workspace", None, "", "", "", MISSING_ROW, True))
    workspace = metas[0] if metas else Workspace()
    query = "SELECT * FROM canvas ORDER BY position, id"
    canvases = {canvas.id: canvas for canvas in _rows(connection, Canvas, query, converters=c,
                                                          damage=damage)}  # fmt: skip

    def title(canvas_id: int) -> str:
        return canvases[canvas_id].title if canvas_id in canvases else ""

    def placed(entity, canvas_ok: bool, table: str, label: str) -> bool:
        if canvas_ok:
            return True
        if damage is not None:
            damage.append(Damage(table, entity.id, title(entity.canvas_id), label, "",
                                 MISSING_PARENT, False))  # fmt: skip
        return False

    query = "SELECT * FROM block ORDER BY canvas_id, position, id"
    for block in _rows(connection, Block, query, converters=c, damage=damage,
                       canvas_title=title):  # fmt: skip
        if placed(block, block.canvas_id in canvases, "block", block.title_en):
            canvases[block.canvas_id].blocks.append(block)
    blocks = {b.id: b.canvas_id for canvas in canvases.values() for b in canvas.blocks}
    query = "SELECT * FROM card ORDER BY id"
    for card in _rows(connection, Card, query, converters=c, damage=damage, canvas_title=title):
        if placed(card, blocks.get(card.block_id) == card.canvas_id, "card", _short(card.text)):
            canvases[card.canvas_id].cards.append(card)
    cards = {card.id: card.canvas_id for canvas in canvases.values() for card in canvas.cards}
    query = "SELECT * FROM link ORDER BY id"
    for link in _rows(connection, Link, query, converters=c, damage=damage, canvas_title=title):
        ends_here = cards.get(link.source_id) == cards.get(link.target_id) == link.canvas_id
        if placed(link, ends_here and link.source_id != link.target_id, "link", link.label):
            canvases[link.canvas_id].links.append(link)
    query = "SELECT * FROM snapshot ORDER BY id"
    for snapshot in _rows(connection, Snapshot, query, converters=c, damage=damage,
                          canvas_title=title):  # fmt: skip
        if placed(snapshot, snapshot.canvas_id in canvases, "snapshot", snapshot.name):
            canvases[snapshot.canvas_id].snapshots.append(snapshot)
    workspace.canvases = list(canvases.values())
    workspace.settings = load_settings(connection, damage)
    load_workshop(connection, workspace, c, damage)
    return workspace


def load_workshop(connection, workspace: Workspace, converters: dict | None = None,
                  damage: list[Damage] | None = None) -> None:  # fmt: skip
    """A workshop's participants, voting rounds (oldest first) and dots (checked like every
    row; their references are soft, see ecanvas.model.workshop)."""
    c, d = converters, damage
    query = "SELECT * FROM participant ORDER BY position, id"
    workspace.participants = _rows(connection, Participant, query, converters=c, damage=d)
    workspace.rounds = _rows(connection, VotingRound, "SELECT * FROM voting_round ORDER BY id",
                             converters=c, damage=d)  # fmt: skip
    workspace.dots = _rows(connection, Dot, "SELECT * FROM dot ORDER BY id", converters=c,
                           damage=d)  # fmt: skip


def _short(text: str) -> str:
    text = text.replace("\n", " ").strip()
    return text if len(text) <= 40 else text[:39] + "…"


def load_settings(connection, damage: list[Damage] | None = None) -> dict[str, object]:
    """The per-workspace preferences, key by key (values are stored as JSON text); a damaged
    one is left out (and listed in `damage`)."""
    settings: dict[str, object] = {}
    for key, value in connection.execute("SELECT key, value FROM setting ORDER BY key"):
        try:
            if not isinstance(key, str) or isinstance(key, UnreadableText):
                raise ValueError(key)
            if isinstance(value, UnreadableText) or not isinstance(value, str | int | float):
                raise ValueError(key)
            settings[key] = json.loads(value) if isinstance(value, str) else value
        except (ValueError, TypeError, RecursionError):
            if damage is not None:
                damage.append(Damage("setting", str(key), "", "", "value", BAD_JSON, False))
    return settings


CHILD_LISTS = frozenset(("blocks", "cards", "links", "canvases", "settings", "snapshots",
                         "participants", "rounds", "dots"))  # fmt: skip
_COLUMNS: dict[type, tuple[str, ...]] = {}


def row_values(entity: object, *, exclude: tuple[str, ...] = ()) -> dict[str, object]:
    """Column values of an entity for an INSERT (list fields such as `cards` are left out)."""
    names = _COLUMNS.get(type(entity))
    if names is None:  # once per class: an import asks for hundreds of thousands of rows
        names = _COLUMNS[type(entity)] = tuple(
            f.name for f in fields(entity) if f.name not in CHILD_LISTS
        )
    return {name: getattr(entity, name) for name in names if name not in exclude}
