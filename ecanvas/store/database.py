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
from datetime import UTC, date, datetime
from pathlib import Path

from ecanvas.model import Block, Canvas, Card, Link, Snapshot, Workspace
from ecanvas.model.entities import Dot, Participant, VotingRound

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


def _stamp(value: str | None) -> datetime | None:
    """SQLAlchemy stores UTC datetimes as naive ISO text; give them back aware."""
    return None if value is None else datetime.fromisoformat(value).replace(tzinfo=UTC)


def _day(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


# How each stored column becomes a model value; columns not named here are taken as they are.
CONVERTERS = {
    "created": _stamp,
    "updated": _stamp,
    "closed": _stamp,
    "due": _day,
    "tags": json.loads,
    "guidance_en": json.loads,
    "guidance_zh": json.loads,
    "links_to": json.loads,
    "scored": bool,
    "silent": bool,
    "face_down": bool,
}


def _rows(connection, cls: type, query: str, params=(), converters: dict | None = None) -> list:
    """Model objects built from a query whose columns are named like the dataclass fields."""
    cursor = connection.execute(query, params)
    names = [column[0] for column in cursor.description]
    wanted = {f.name for f in fields(cls)}
    convert_by = CONVERTERS if converters is None else converters
    plan = [(i, n, convert_by.get(n)) for i, n in enumerate(names) if n in wanted]
    entities = []
    for row in cursor:
        values = {n: (row[i] if convert is None or row[i] is None else convert(row[i]))
                  for i, n, convert in plan}  # fmt: skip
        entities.append(cls(**values))
    return entities


def load_workspace(connection, converters: dict | None = None) -> Workspace:
    """Read every table into a model Workspace (canvases in order, blocks in order)."""
    c = converters
    metas = _rows(connection, Workspace, "SELECT * FROM workspace", converters=c)
    workspace = metas[0] if metas else Workspace()
    canvases = {
        canvas.id: canvas
        for canvas in _rows(
            connection, Canvas, "SELECT * FROM canvas ORDER BY position, id", converters=c
        )
    }
    query = "SELECT * FROM block ORDER BY canvas_id, position, id"
    for block in _rows(connection, Block, query, converters=c):
        canvases[block.canvas_id].blocks.append(block)
    for card in _rows(connection, Card, "SELECT * FROM card ORDER BY id", converters=c):
        canvases[card.canvas_id].cards.append(card)
    for link in _rows(connection, Link, "SELECT * FROM link ORDER BY id", converters=c):
        canvases[link.canvas_id].links.append(link)
    query = "SELECT * FROM snapshot ORDER BY id"
    for snapshot in _rows(connection, Snapshot, query, converters=c):
        canvases[snapshot.canvas_id].snapshots.append(snapshot)
    workspace.canvases = list(canvases.values())
    workspace.settings = load_settings(connection)
    load_workshop(connection, workspace, converters)
    return workspace


def load_workshop(connection, workspace: Workspace, converters: dict | None = None) -> None:
    """A workshop's participants, voting rounds (oldest first) and dots."""
    c = converters
    query = "SELECT * FROM participant ORDER BY position, id"
    workspace.participants = _rows(connection, Participant, query, converters=c)
    workspace.rounds = _rows(connection, VotingRound, "SELECT * FROM voting_round ORDER BY id",
                             converters=c)  # fmt: skip
    workspace.dots = _rows(connection, Dot, "SELECT * FROM dot ORDER BY id", converters=c)


def load_settings(connection: sqlite3.Connection) -> dict[str, object]:
    """The per-workspace preferences, key by key (values are stored as JSON text)."""
    rows = connection.execute("SELECT key, value FROM setting ORDER BY key")
    return {key: json.loads(value) for key, value in rows}


def row_values(entity: object, *, exclude: tuple[str, ...] = ()) -> dict[str, object]:
    """Column values of an entity for an INSERT (list fields such as `cards` are left out)."""
    skip = {"blocks", "cards", "links", "canvases", "settings", "snapshots", "participants",
            "rounds", "dots", *exclude}  # fmt: skip
    return {f.name: getattr(entity, f.name) for f in fields(entity) if f.name not in skip}
