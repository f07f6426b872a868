"""Moving whole workspaces between a file and a server (`ecanvas push` and `ecanvas pull`).

Both keep every id, time stamp and setting, so the interchange export of the file and of the
server workspace are the same document.
"""

from __future__ import annotations

import os
from pathlib import Path

from psycopg import sql as pgsql

from ecanvas.model import Workspace
from ecanvas.store.errors import WorkspaceExistsError, WorkspaceNotFoundError
from ecanvas.store.server.address import ServerAddress
from ecanvas.store.server.connection import connect

IDENTITY_TABLES = ("canvas", "block", "card", "link", "snapshot", "participant", "voting_round",
                   "dot")  # fmt: skip


def create_with_rows(address: ServerAddress, workspace: Workspace) -> None:
    """Create the workspace's schema and write every row of `workspace` into it, all or nothing."""
    from ecanvas.store import sql
    from ecanvas.store.server.migrate import create_schema
    from ecanvas.store.snapshot_format import ids_in_snapshots

    connection = connect(address, autocommit=False)
    engine = sql.postgres_engine(lambda: connection)
    try:
        with engine.connect() as sa, sa.begin():
            raw = sa.connection.driver_connection
            create_schema(raw, address)
            sql.insert_rows(sa, workspace)
            # Snapshots hold ids of rows deleted since; restoring one may bring them back.
            floors = ids_in_snapshots(workspace)
            for table in IDENTITY_TABLES:
                # Rows came with their ids: new rows must be numbered after them.
                raw.execute(
                    pgsql.SQL(
                        "SELECT setval(pg_get_serial_sequence({t}, 'id'), "
                        "GREATEST(COALESCE((SELECT max(id) FROM {table}), 0), {floor}) + 1, false)"
                    ).format(
                        t=pgsql.Literal(table),
                        table=pgsql.Identifier(table),
                        floor=pgsql.Literal(floors.get(table, 0)),
                    )
                )
    finally:
        engine.dispose()
        connection.close()


def push(source: Path, address: ServerAddress) -> Workspace:
    """Copy a workspace file to a new workspace on the server; returns what was copied."""
    from ecanvas.store.workspace import open_workspace

    with open_workspace(source, read_only=True) as store:
        workspace = store.workspace
    create_with_rows(address, workspace)
    return workspace


def pull(address: ServerAddress, target: Path) -> Path:
    """Copy a server workspace into a new workspace file at `target` (refused if it exists)."""
    from ecanvas.store.server.opening import open_server_workspace

    target = Path(target)
    _check_target(target)
    with open_server_workspace(address) as store:
        return write_workspace_file(store.workspace, target)


def _check_target(target: Path) -> None:
    if target.exists():
        raise WorkspaceExistsError(target)
    if not target.parent.is_dir():
        raise WorkspaceNotFoundError(target, f"the folder {target.parent} does not exist")


def write_workspace_file(
    workspace: Workspace, target: Path, *, force: bool = False, replace: bool = False
) -> Path:
    """A workspace file holding exactly `workspace`, through the safe output writer (verified,
    then put in place; over another file only with `force` and `replace`)."""
    from ecanvas.outputs import output_path
    from ecanvas.store.fileguard import check_workspace_file
    from ecanvas.store.interchange import _create_schema, _write_workspace

    with output_path(target, force=force, replace=replace) as partial:
        _create_schema(partial)
        _write_workspace(partial, workspace)
        check_workspace_file(partial)
    return Path(os.path.abspath(target))
