"""A workspace's schema on the server: create it, check it is ours, upgrade it in step with files.

The same numbered migrations as a file (`ecanvas.store.migrations`) run in PostgreSQL's dialect.
A table `ecanvas_meta` in the workspace's schema does what `application_id` and `user_version`
do in a file: it marks the schema as an ecanvas workspace and records its version. Creating and
upgrading take an advisory lock on the workspace, so two laptops opening it at once do it once.
"""

from __future__ import annotations

from collections.abc import Sequence

from psycopg import sql as pgsql

from ecanvas.store.errors import (
    ForeignDatabaseError,
    NewerVersionError,
    ReadOnlyWorkspaceError,
    ServerWorkspaceNotFoundError,
    UpgradeFailedError,
    WorkspaceExistsError,
)
from ecanvas.store.migrations import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from ecanvas.store.server.address import ServerAddress

META_TABLE = "ecanvas_meta"


class PostgresMigration:
    """A `MigrationContext` over a psycopg connection inside the migrating transaction."""

    dialect = "postgresql"

    def __init__(self, connection) -> None:
        self.connection = connection

    def execute(self, statement: str, params: Sequence[object] = ()) -> list[tuple]:
        cursor = self.connection.execute(statement.replace("?", "%s"), tuple(params) or None)
        return cursor.fetchall() if cursor.description else []


def schema_exists(connection, name: str) -> bool:
    row = connection.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (name,)).fetchone()
    return row is not None


def schema_version(connection, address: ServerAddress) -> int:
    """The workspace's schema version; refuses a missing, foreign or newer schema."""
    name = address.workspace
    if not schema_exists(connection, name):
        raise ServerWorkspaceNotFoundError(address.location)
    row = connection.execute(
        "SELECT 1 FROM information_schema.tables WHERE table_schema = %s AND table_name = %s",
        (name, META_TABLE),
    ).fetchone()
    if row is None:
        raise ForeignDatabaseError(
            address.location, f"the schema {name} is not an ecanvas workspace"
        )
    meta = connection.execute(
        pgsql.SQL("SELECT application_id, schema_version FROM {}.{}").format(
            pgsql.Identifier(name), pgsql.Identifier(META_TABLE)
        )
    ).fetchone()
    if meta is None or meta[0] != APPLICATION_ID:
        raise ForeignDatabaseError(
            address.location, f"the schema {name} is not an ecanvas workspace"
        )
    if meta[1] > SCHEMA_VERSION:
        raise NewerVersionError(address.location, meta[1], SCHEMA_VERSION)
    return meta[1]


def _lock(connection, name: str) -> None:
    connection.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (f"ecanvas:{name}",))


def upgrade_if_needed(connection, address: ServerAddress) -> int:
    """Bring the workspace's schema to this version of ecanvas (one transaction)."""
    version = schema_version(connection, address)
    if version == SCHEMA_VERSION:
        return version
    with connection.transaction():
        _lock(connection, address.workspace)
        version = schema_version(connection, address)  # another laptop may have done it
        if version < SCHEMA_VERSION:
            if not _may_change_schema(connection, address.workspace):
                raise ReadOnlyWorkspaceError(
                    address.location,
                    f"schema {version} needs an upgrade, which needs the owner of the workspace",
                )
            try:
                _apply(connection, address.workspace, version)
            except Exception as error:
                detail = f"schema {version}: {error}".splitlines()[0]
                raise UpgradeFailedError(address.location, detail) from None
    return SCHEMA_VERSION


def create_schema(connection, address: ServerAddress) -> None:
    """A new, empty workspace schema at the current version, in the caller's transaction."""
    name = address.workspace
    _lock(connection, name)
    if schema_exists(connection, name):
        raise WorkspaceExistsError(address.location, "a workspace of this name is on the server")
    connection.execute(pgsql.SQL("CREATE SCHEMA {}").format(pgsql.Identifier(name)))
    connection.execute(
        pgsql.SQL(
            "CREATE TABLE {}.{} (application_id INTEGER NOT NULL, schema_version INTEGER NOT NULL)"
        ).format(pgsql.Identifier(name), pgsql.Identifier(META_TABLE))
    )
    connection.execute(
        pgsql.SQL("INSERT INTO {}.{} VALUES (%s, 0)").format(
            pgsql.Identifier(name), pgsql.Identifier(META_TABLE)
        ),
        (APPLICATION_ID,),
    )
    _apply(connection, name, 0)


def _apply(connection, name: str, current: int) -> None:
    connection.execute(pgsql.SQL("SET LOCAL search_path TO {}").format(pgsql.Identifier(name)))
    context = PostgresMigration(connection)
    for version in range(current + 1, SCHEMA_VERSION + 1):
        MIGRATIONS[version](context)
    connection.execute(
        pgsql.SQL("UPDATE {}.{} SET schema_version = %s").format(
            pgsql.Identifier(name), pgsql.Identifier(META_TABLE)
        ),
        (SCHEMA_VERSION,),
    )


def _may_change_schema(connection, name: str) -> bool:
    row = connection.execute(
        "SELECT pg_has_role(nspowner, 'USAGE') FROM pg_namespace WHERE nspname = %s", (name,)
    ).fetchone()
    return bool(row and row[0])


def may_write(connection) -> bool:
    """Whether this role may change cards (a read-only observer may not)."""
    row = connection.execute("SELECT has_table_privilege('card', 'UPDATE')").fetchone()
    return bool(row[0])
