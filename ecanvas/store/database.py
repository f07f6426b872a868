"""Engine set-up and whole-workspace loading for one .ecanvas file.

SQLite-specific settings live here and in `migrations.py` only, so the rest of the store stays
portable SQLAlchemy.
"""

from __future__ import annotations

import sqlite3
from dataclasses import fields
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, select
from sqlalchemy.pool import StaticPool

from ecanvas.model import Block, Canvas, Card, Link, Workspace
from ecanvas.store.schema import BlockRow, CanvasRow, CardRow, LinkRow, WorkspaceRow

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


def make_engine(path: Path, *, read_only: bool) -> Engine:
    """One engine over a single connection: a workspace has exactly one writer (us)."""
    engine = create_engine(
        "sqlite+pysqlite://",
        creator=lambda: connect_raw(path, read_only=read_only),
        poolclass=StaticPool,
    )

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        # pysqlite defers BEGIN until the first write; emit it ourselves so a multi-statement
        # operation is one real transaction.
        connection.exec_driver_sql("BEGIN")

    return engine


def _entity(cls: type, row: object) -> object:
    mapping = row._mapping
    return cls(**{f.name: mapping[f.name] for f in fields(cls) if f.name in mapping})


def load_workspace(connection: Connection) -> Workspace:
    """Read every table into a model Workspace (canvases in order, blocks in order)."""
    meta = connection.execute(select(WorkspaceRow.__table__)).first()
    workspace = _entity(Workspace, meta) if meta else Workspace()
    canvases: dict[int, Canvas] = {}
    for row in connection.execute(
        select(CanvasRow.__table__).order_by(CanvasRow.position, CanvasRow.id)
    ):
        canvases[row.id] = _entity(Canvas, row)
    for row in connection.execute(
        select(BlockRow.__table__).order_by(BlockRow.canvas_id, BlockRow.position, BlockRow.id)
    ):
        canvases[row.canvas_id].blocks.append(_entity(Block, row))
    for row in connection.execute(select(CardRow.__table__).order_by(CardRow.id)):
        canvases[row.canvas_id].cards.append(_entity(Card, row))
    for row in connection.execute(select(LinkRow.__table__).order_by(LinkRow.id)):
        canvases[row.canvas_id].links.append(_entity(Link, row))
    workspace.canvases = list(canvases.values())
    return workspace


def row_values(entity: object, *, exclude: tuple[str, ...] = ()) -> dict[str, object]:
    """Column values of an entity for an INSERT (list fields such as `cards` are left out)."""
    skip = {"blocks", "cards", "links", "canvases", *exclude}
    return {f.name: getattr(entity, f.name) for f in fields(entity) if f.name not in skip}
