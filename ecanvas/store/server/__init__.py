"""Shared workspaces on a PostgreSQL server: one schema per workspace, many writers, live.

`open_server_workspace(url)` gives a `ServerWorkspaceStore` with the same operations as a file
workspace; `push` and `pull` move a workspace between a file and a server. psycopg (and the
SQLAlchemy PostgreSQL dialect) are imported only when a server workspace is used.
"""

from ecanvas.store.server.address import (
    ServerAddress,
    ServerAddressError,
    is_server_url,
    parse_server_url,
)

__all__ = ["ServerAddress", "ServerAddressError", "is_server_url", "parse_server_url"]
