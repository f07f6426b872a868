"""Repair into a copy: every readable row of a damaged (or tampered) workspace saved into a new
file, with the list of what was repaired and what could not be saved.

The damaged file is only read, through a private copy (so an interrupted change in it is rolled
back in the copy, not in the original). Rows are read table by table; when SQLite cannot read a
table in one go (a damaged page), it is read row by row and the unreadable rows are listed.
The new file is written with ecanvas's own schema through the safe output writer, verified, and
never over an existing file.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from ecanvas.model import Workspace
from ecanvas.store.database import load_workspace
from ecanvas.store.errors import (
    DamagedWorkspaceError,
    ForeignDatabaseError,
    NewerVersionError,
    WorkspaceNotFoundError,
)
from ecanvas.store.failures import storage_errors
from ecanvas.store.fileguard import discard_copy, journal_path, read_header
from ecanvas.store.migrations import APPLICATION_ID, SCHEMA_VERSION
from ecanvas.store.rowcheck import UNREADABLE_ROW, Damage

MAX_PROBED_ROWS = 1_000_000
TABLE_IN_QUERY = re.compile(r"\bFROM\s+(\w+)", re.IGNORECASE)


@dataclass
class RepairResult:
    """What a repair saved: the new file, its content, and every damaged row."""

    target: Path
    workspace: Workspace
    damage: list[Damage] = field(default_factory=list)

    @property
    def left_out(self) -> list[Damage]:
        return [d for d in self.damage if not d.kept]

    @property
    def repaired(self) -> list[Damage]:
        return [d for d in self.damage if d.kept]


def salvage(source: Path) -> tuple[Workspace, list[Damage]]:
    """Every readable row of `source` as a model, and the damage found; the file is only read."""
    source = Path(source)
    header = read_header(source, short_ok=True)
    if header.application_id != APPLICATION_ID:
        raise ForeignDatabaseError(source)
    if header.user_version > SCHEMA_VERSION:
        raise NewerVersionError(source, header.user_version, SCHEMA_VERSION)
    copy = _private_copy(source)
    try:
        connection = sqlite3.connect(f"{copy.resolve().as_uri()}?mode=ro", uri=True)
        try:
            with contextlib.suppress(sqlite3.Error, UnicodeDecodeError):
                connection.execute("PRAGMA trusted_schema = OFF")
            damage: list[Damage] = []
            reader = _SalvagingReader(connection, damage)
            try:
                workspace = load_workspace(reader, damage=damage)
            except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
                reason = str(error) if isinstance(error, sqlite3.Error) else "unreadable text"
                raise DamagedWorkspaceError(
                    source, f"nothing could be read: {reason}", "nothing-readable"
                ) from None
            return workspace, damage
        finally:
            connection.close()
    finally:
        discard_copy(copy)


def repair_workspace(source: Path, target: Path) -> RepairResult:
    """Save every readable row of `source` into a new workspace at `target`."""
    from ecanvas.store.interchange import write_workspace_file

    workspace, damage = salvage(source)
    written = write_workspace_file(workspace, Path(target))
    return RepairResult(written, workspace, damage)


def _private_copy(source: Path) -> Path:
    """A copy to read, with an interrupted change rolled back when SQLite can."""
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="ecanvas-repair-"))
    copy = folder / "damaged.ecanvas"
    try:
        with storage_errors(source, "nothing was repaired"):
            shutil.copyfile(source, copy)
            if journal_path(source).exists():
                shutil.copyfile(journal_path(source), journal_path(copy))
    except FileNotFoundError:
        discard_copy(copy)
        raise WorkspaceNotFoundError(source) from None
    except BaseException:
        discard_copy(copy)
        raise
    try:
        connection = sqlite3.connect(copy)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
        finally:
            connection.close()
    except (sqlite3.Error, UnicodeDecodeError):
        journal_path(copy).unlink(missing_ok=True)  # a journal SQLite cannot apply: read as is
    return copy


class _Rows:
    """What `load_workspace` needs of a cursor: a description and the rows."""

    def __init__(self, description, rows: list) -> None:
        self.description = description
        self._rows = rows

    def __iter__(self):
        return iter(self._rows)


class _SalvagingReader:
    """Runs the loader's queries; a table SQLite cannot read in one go is read row by row."""

    def __init__(self, connection: sqlite3.Connection, damage: list[Damage]) -> None:
        self.connection = connection
        self.damage = damage
        self.text_factory = connection.text_factory

    def execute(self, query: str, params=()) -> _Rows:
        self.connection.text_factory = self.text_factory
        try:
            cursor = self.connection.execute(query, params)
            return _Rows(cursor.description, cursor.fetchall())
        except (sqlite3.DatabaseError, UnicodeDecodeError):
            match = TABLE_IN_QUERY.search(query)
            if match is None:
                raise
            return self._row_by_row(match.group(1))

    def _row_by_row(self, table: str) -> _Rows:
        connection = self.connection
        try:
            description = connection.execute(f"SELECT * FROM {table} LIMIT 0").description
        except (sqlite3.DatabaseError, UnicodeDecodeError):
            # The table itself cannot be read (its description is damaged): it is left out.
            self.damage.append(Damage(table, None, "", "", "", UNREADABLE_ROW, False))
            return _Rows([("id",)], [])
        rows = []
        for rowid in self._row_ids(table):
            try:
                found = connection.execute(
                    f"SELECT * FROM {table} WHERE rowid = ?", (rowid,)
                ).fetchall()
            except (sqlite3.DatabaseError, UnicodeDecodeError):
                self.damage.append(Damage(table, rowid, "", "", "", UNREADABLE_ROW, False))
                continue
            rows.extend(found)
        return _Rows(description, rows)

    def _row_ids(self, table: str) -> list[int]:
        try:
            return [r[0] for r in self.connection.execute(f"SELECT rowid FROM {table}")]
        except sqlite3.DatabaseError:
            pass
        highest = 0
        for query in (
            f"SELECT seq FROM sqlite_sequence WHERE name = '{table}'",
            f"SELECT max(rowid) FROM {table}",
        ):
            try:
                value = self.connection.execute(query).fetchone()
                highest = max(highest, int(value[0] or 0)) if value else highest
            except (sqlite3.DatabaseError, TypeError, ValueError):
                continue
        return list(range(1, min(max(highest, 1), MAX_PROBED_ROWS) + 1))
