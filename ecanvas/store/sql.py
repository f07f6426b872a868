"""The SQLAlchemy side of the store: statements, tables and the engines used for writes.

With `schema.py` the only module that imports SQLAlchemy (an import contract holds it to that):
the file backend, the server backend and the interchange import all write through it.

Importing SQLAlchemy and SQLModel costs about 0.4 s, more than the rest of start-up together, so
this module is imported on the first write (or by `WorkspaceStore.warm_up` once the window is on
screen), never on the way to the first paint. Operations reach it through `ecanvas.store.lazy.sql`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import (
    Connection,
    Engine,
    bindparam,
    create_engine,
    delete,
    event,
    exc,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.pool import StaticPool

from ecanvas.model import Workspace
from ecanvas.store.database import connect_raw, row_values
from ecanvas.store.schema import (
    BlockRow,
    CanvasRow,
    CardRow,
    DotRow,
    LinkRow,
    ParticipantRow,
    SettingRow,
    SnapshotRow,
    VotingRoundRow,
    WorkspaceRow,
)

# The table class of each table name (for code that is told a table by name).
ROWS = {row.__tablename__: row for row in (WorkspaceRow, CanvasRow, BlockRow, CardRow, LinkRow,
                                           SnapshotRow, SettingRow, ParticipantRow,
                                           VotingRoundRow, DotRow)}  # fmt: skip

__all__ = [
    "ROWS",
    "BlockRow",
    "CanvasRow",
    "CardRow",
    "Connection",
    "DotRow",
    "LinkRow",
    "ParticipantRow",
    "RowWriter",
    "SettingRow",
    "SnapshotRow",
    "VotingRoundRow",
    "WorkspaceRow",
    "bindparam",
    "delete",
    "engine_over",
    "exc",
    "func",
    "insert",
    "insert_rows",
    "insert_workspace_row",
    "make_engine",
    "postgres_engine",
    "select",
    "update",
    "write_positions",
]


def _engine(creator: Callable[[], sqlite3.Connection]) -> Engine:
    """One engine over a single connection: a workspace has exactly one writer (us)."""
    engine = create_engine("sqlite+pysqlite://", creator=creator, poolclass=StaticPool)

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        # pysqlite defers BEGIN until the first write; emit it ourselves so a multi-statement
        # operation is one real transaction.
        connection.exec_driver_sql("BEGIN")

    return engine


def engine_over(connection: sqlite3.Connection) -> Engine:
    """An engine that writes through an already open sqlite3 connection (the store's own)."""
    return _engine(lambda: connection)


def make_engine(path: Path, *, read_only: bool) -> Engine:
    """An engine on a new connection to `path`, with the store's pragmas."""
    return _engine(lambda: connect_raw(path, read_only=read_only))


def postgres_engine(creator: Callable[[], object]) -> Engine:
    """An engine over one already open psycopg connection (a server workspace's writer)."""
    return create_engine("postgresql+psycopg://", creator=creator, poolclass=StaticPool)


ROWS_PER_INSERT = 2000
CHARS_PER_INSERT = 4_000_000  # text in a batch: long cards or snapshots go fewer at a time
LONG_TEXT = {WorkspaceRow: ("logo", "summary", "recommendations"), CardRow: ("text", "note"),
             SnapshotRow: ("content",)}  # fmt: skip


class RowWriter:
    """Rows inserted a batch at a time, keeping their ids: a batch goes when it holds
    `ROWS_PER_INSERT` rows or `CHARS_PER_INSERT` characters of text, so a large import holds
    one batch at most. Tables are written in the order they were first given rows (a canvas
    before its blocks, its blocks before their cards)."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.batches: dict[type, list[dict]] = {}
        self.chars = 0

    def add(self, table: type, entity: object) -> None:
        values = row_values(entity)
        rows = self.batches.setdefault(table, [])
        rows.append(values)
        for name in LONG_TEXT.get(table, ()):
            self.chars += len(values[name] or "")
        if len(rows) >= ROWS_PER_INSERT or self.chars >= CHARS_PER_INSERT:
            self.flush()

    def flush(self) -> None:
        for table, rows in self.batches.items():
            if rows:
                self.connection.execute(insert(table.__table__), rows)
                rows.clear()
        self.chars = 0


def insert_workspace_row(connection: Connection, workspace: Workspace) -> None:
    """The workspace's own row and its settings."""
    connection.execute(insert(WorkspaceRow.__table__).values(id=1, **row_values(workspace)))
    settings = [
        {"key": key, "value": json.dumps(value, ensure_ascii=False, sort_keys=True)}
        for key, value in workspace.settings.items()
    ]
    if settings:
        connection.execute(insert(SettingRow.__table__), settings)


def write_positions(connection: Connection, positions: dict[int, int]) -> None:
    """Cards' places in their blocks' order (cards of an older document, numbered once read)."""
    if positions:
        table = CardRow.__table__
        connection.execute(
            update(table)
            .where(table.c.id == bindparam("card"))
            .values(position=bindparam("place")),
            [{"card": card, "place": place} for card, place in positions.items()],
        )


def insert_rows(connection: Connection, workspace: Workspace) -> None:
    """Write every row of `workspace`, with its ids, into empty tables (an import, a push)."""
    insert_workspace_row(connection, workspace)
    rows = RowWriter(connection)
    canvases = workspace.canvases
    tables = (
        (CanvasRow, canvases),
        (BlockRow, [block for canvas in canvases for block in canvas.blocks]),
        (CardRow, [card for canvas in canvases for card in canvas.cards]),
        (LinkRow, [link for canvas in canvases for link in canvas.links]),
        (SnapshotRow, [snapshot for canvas in canvases for snapshot in canvas.snapshots]),
        (ParticipantRow, workspace.participants),
        (VotingRoundRow, workspace.rounds),
        (DotRow, workspace.dots),
    )
    for table, entities in tables:
        for entity in entities:
            rows.add(table, entity)
    rows.flush()
