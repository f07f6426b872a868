"""Open (or create) a workspace on a server: connect, check the schema is ours, upgrade it."""

from __future__ import annotations

from ecanvas.model import Workspace
from ecanvas.model.entities import LANGUAGES, utc_now
from ecanvas.store.server.address import ServerAddress, parse_server_url
from ecanvas.store.server.credentials import with_known_password
from ecanvas.store.server.store import ServerWorkspaceStore, connect_pair


def _address(where: ServerAddress | str, password: str | None) -> ServerAddress:
    address = parse_server_url(where) if isinstance(where, str) else where
    if password:
        address = address.with_password(password)
    return with_known_password(address)


def open_server_workspace(
    where: ServerAddress | str, *, password: str | None = None
) -> ServerWorkspaceStore:
    """Open a shared workspace; raises a `WorkspaceError` naming it when it cannot be used.

    A role without the right to change cards opens it read-only (an observer).
    """
    from ecanvas.store.server.migrate import upgrade_if_needed

    address = _address(where, password)
    writer, listener = connect_pair(address)
    try:
        upgrade_if_needed(listener, address)
        return ServerWorkspaceStore(address, writer, listener)
    except BaseException:
        writer.close()
        listener.close()
        raise


def create_server_workspace(
    where: ServerAddress | str,
    *,
    title: str = "Untitled workspace",
    language: str = "en",
    password: str | None = None,
    workspace: Workspace | None = None,
) -> ServerWorkspaceStore:
    """Make a new workspace schema on the server (empty, or holding `workspace` with all its
    ids, as `ecanvas push` does) in one transaction, then open it."""
    from ecanvas.store.server.transfer import create_with_rows

    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    address = _address(where, password)
    if workspace is None:
        now = utc_now()
        workspace = Workspace(title=title, language=language, created=now, updated=now)
    create_with_rows(address, workspace)
    return open_server_workspace(address)
