"""Numbered schema migrations, applied at open inside one transaction after a backup copy.

Migration N takes a file from schema N-1 to schema N. The DDL here is the source of truth for
the tables; `ecanvas.store.schema` maps SQLModel classes onto it (a test checks they agree).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from ecanvas.outputs import WORKSPACE_APPLICATION_ID

APPLICATION_ID = WORKSPACE_APPLICATION_ID  # "ECNV": marks a SQLite file as an ecanvas workspace
SCHEMA_VERSION = 3

_SCHEMA_1 = """
CREATE TABLE workspace (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    title TEXT NOT NULL,
    client TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    brand_colour TEXT NOT NULL DEFAULT '#1F4E79',
    logo BLOB,
    logo_mime TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE TABLE canvas (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL,
    template_key TEXT NOT NULL,
    position INTEGER NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE TABLE block (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    canvas_id INTEGER NOT NULL REFERENCES canvas(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    title_en TEXT NOT NULL,
    title_zh TEXT NOT NULL,
    guidance_en TEXT NOT NULL DEFAULT '[]',
    guidance_zh TEXT NOT NULL DEFAULT '[]',
    colour TEXT NOT NULL,
    x REAL NOT NULL,
    y REAL NOT NULL,
    w REAL NOT NULL,
    h REAL NOT NULL,
    scored INTEGER NOT NULL DEFAULT 0,
    score INTEGER CHECK (score IS NULL OR score BETWEEN 0 AND 5),
    links_to TEXT NOT NULL DEFAULT '[]',
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (canvas_id, key)
);
CREATE TABLE card (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    canvas_id INTEGER NOT NULL REFERENCES canvas(id) ON DELETE CASCADE,
    block_id INTEGER NOT NULL REFERENCES block(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    colour TEXT NOT NULL,
    tags TEXT NOT NULL DEFAULT '[]',
    votes INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0),
    owner TEXT NOT NULL DEFAULT '',
    due TEXT,
    status TEXT NOT NULL DEFAULT '',
    x REAL NOT NULL,
    y REAL NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE TABLE link (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    canvas_id INTEGER NOT NULL REFERENCES canvas(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES card(id) ON DELETE CASCADE,
    target_id INTEGER NOT NULL REFERENCES card(id) ON DELETE CASCADE,
    label TEXT NOT NULL DEFAULT ''
);
"""

_SCHEMA_2 = """
CREATE TABLE snapshot (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    canvas_id INTEGER NOT NULL REFERENCES canvas(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    created TEXT NOT NULL,
    content TEXT NOT NULL
);
CREATE INDEX card_by_canvas ON card (canvas_id, block_id);
CREATE INDEX link_by_canvas ON link (canvas_id);
CREATE INDEX block_by_canvas ON block (canvas_id);
"""

# Per-workspace preferences (disabled check rules, remembered export options, a canvas's view):
# one key-value table of JSON values, so a new preference needs no new migration.
_SCHEMA_3 = """
CREATE TABLE setting (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
"""


def _run_script(connection: sqlite3.Connection, script: str) -> None:
    """Run DDL statement by statement: executescript() would commit the open transaction."""
    for statement in script.split(";"):
        if statement.strip():
            connection.execute(statement)


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: lambda c: _run_script(c, _SCHEMA_1),
    2: lambda c: _run_script(c, _SCHEMA_2),
    3: lambda c: _run_script(c, _SCHEMA_3),
}
assert max(MIGRATIONS) == SCHEMA_VERSION


def migrate(connection: sqlite3.Connection, current: int, target: int = SCHEMA_VERSION) -> None:
    """Apply migrations current+1..target in one transaction (connection in autocommit mode)."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        for version in range(current + 1, target + 1):
            MIGRATIONS[version](connection)
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.execute(f"PRAGMA user_version = {int(target)}")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
