"""The structure of a workspace file, checked against what ecanvas itself creates.

A file whose schema another program changed (an extra trigger or view, a changed column, a
dropped index) is refused before anything is written to it: a trigger could delete every card
on the next edit. The expected structure of each schema version is built once per process by
running ecanvas's own migrations on an empty in-memory database, and compared with the file's
through SQLite's own descriptions (table_xinfo, foreign keys, index columns) plus the normalised
text of each statement, so a CHECK constraint that was dropped is noticed too.

Building it takes SQLite a noticeable share of the app's start-up; the app starts it in a
thread (`prepare_in_background`) while Qt and the window are being made, and the check waits
for it. SQLite works without holding the interpreter's lock, so the two overlap.
"""

from __future__ import annotations

import re
import sqlite3
import threading

from ecanvas.store.migrations import SCHEMA_VERSION, migrate

# Objects SQLite makes by itself, whose text is not ours to compare.
INTERNAL = re.compile(r"sqlite_(sequence|autoindex_.*|stat\d)")


def _normalised(sql: str | None) -> str:
    if sql is None:
        return ""
    return re.sub(r"\s+", " ", sql.replace('"', "").replace("`", "")).strip().lower()


def describe(connection: sqlite3.Connection) -> dict[tuple[str, str], object]:
    """Every schema object of a database, by (type, name), with what defines it."""
    shape: dict[tuple[str, str], object] = {}
    objects = connection.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    ).fetchall()
    for kind, name, table, sql in objects:
        if INTERNAL.fullmatch(name):
            continue
        key = (kind, name)
        if kind == "table":
            quoted = name.replace('"', '""')
            shape[key] = (
                _normalised(sql),
                connection.execute(f'PRAGMA table_xinfo("{quoted}")').fetchall(),
                connection.execute(f'PRAGMA foreign_key_list("{quoted}")').fetchall(),
                sorted(
                    (row[1], row[2], row[3], row[4])
                    for row in connection.execute(f'PRAGMA index_list("{quoted}")')
                    if row[3] != "pk"
                ),
            )
        elif kind == "index":
            quoted = name.replace('"', '""')
            columns = connection.execute(f'PRAGMA index_xinfo("{quoted}")').fetchall()
            shape[key] = (table, _normalised(sql), columns)
        else:  # triggers and views: ecanvas makes none, so any is someone else's
            shape[key] = (table, _normalised(sql))
    return shape


_shapes: dict[int, dict[tuple[str, str], object]] = {}
_building = threading.Lock()  # one build per version; a second caller waits for it


def expected_shape(version: int) -> dict[tuple[str, str], object]:
    """What ecanvas creates at schema `version` (an empty database migrated in memory), built
    once per process."""
    with _building:
        shape = _shapes.get(version)
        if shape is None:
            shape = _shapes[version] = _migrated_shape(version)
        return shape


def prepare_in_background(version: int = SCHEMA_VERSION) -> threading.Thread:
    """Start building the expected shape of `version` (the current schema: what almost every
    file opened has) in a thread, so the first check finds it ready."""
    thread = threading.Thread(target=expected_shape, args=(version,), name="ecanvas-schema",
                              daemon=True)  # fmt: skip
    thread.start()
    return thread


def _migrated_shape(version: int) -> dict[tuple[str, str], object]:
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrate(memory, 0, version)
        return describe(memory)
    finally:
        memory.close()


def schema_difference(connection: sqlite3.Connection, version: int) -> str:
    """How the file's schema differs from ecanvas's own at `version`; "" when it does not."""
    found = describe(connection)
    expected = expected_shape(version)
    for key in sorted(set(found) - set(expected)):
        return f"an extra {key[0]} {key[1]!r} that ecanvas does not create"
    for key in sorted(set(expected) - set(found)):
        return f"the {key[0]} {key[1]!r} is missing"
    for key in sorted(expected):
        if found[key] != expected[key]:
            return f"the {key[0]} {key[1]!r} was changed"
    return ""
