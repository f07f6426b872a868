"""psycopg connections to a server workspace: login errors in plain words, keep-alives on, and
the workspace's schema as the only one on the search path."""

from __future__ import annotations

import psycopg
from psycopg import sql as pgsql

from ecanvas.store.errors import ServerLoginError, ServerUnavailableError
from ecanvas.store.server.address import ServerAddress

CONNECT_TIMEOUT_S = 5
# A dead server or network is noticed within about 15 s even when nothing is being written.
KEEPALIVES = {
    "keepalives": 1,
    "keepalives_idle": 5,
    "keepalives_interval": 2,
    "keepalives_count": 3,
}
NEEDS_PASSWORD = ("no password supplied", "password authentication failed",
                  "fe_sendauth")  # fmt: skip


def connect(address: ServerAddress, *, autocommit: bool, timeout: float | None = None):
    """A new connection to the workspace's database with the workspace schema on the path."""
    options = dict(address.options)
    params = {
        **KEEPALIVES,
        "application_name": "ecanvas",
        "connect_timeout": int(options.pop("connect_timeout", 0) or timeout or CONNECT_TIMEOUT_S),
    }
    try:
        connection = psycopg.connect(address.conninfo(), autocommit=autocommit, **params)
    except psycopg.OperationalError as error:
        raise login_error(address, error) from None
    try:
        with connection.cursor() as cursor:
            cursor.execute(
                pgsql.SQL("SET search_path TO {}").format(pgsql.Identifier(address.workspace))
            )
        if not autocommit:
            connection.commit()
    except psycopg.Error:
        connection.close()
        raise
    return connection


def login_error(address: ServerAddress, error: Exception) -> Exception:
    """The error to show for a failed connection attempt."""
    text = str(error).strip().splitlines()[-1] if str(error).strip() else type(error).__name__
    lowered = str(error).lower()
    if any(marker in lowered for marker in NEEDS_PASSWORD):
        return ServerLoginError(address.location, text, needs_password=True)
    if ("role" in lowered and "does not exist" in lowered) or (
        "database" in lowered and ("does not exist" in lowered)
    ):
        return ServerLoginError(address.location, text)
    return ServerUnavailableError(address.location, _short(str(error)))


def _short(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[-1] if lines else "no answer"
