"""Where a shared workspace lives: `postgresql://USER@HOST[:PORT]/DB?workspace=NAME[&sslmode=...]`.

A workspace is one PostgreSQL schema named NAME in the database DB; every other query parameter
(`sslmode`, `sslrootcert`, `connect_timeout`, ...) goes to libpq as it is. A password written in
the URL is used for this connection only: `location` (what the app shows and remembers) never
contains it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

SCHEMES = ("postgresql", "postgres")
# A workspace is a schema: a plain lower-case SQL identifier, so it needs no quoting anywhere
# (GRANTs in docs/team-server.md included), and never one of PostgreSQL's own schemas.
WORKSPACE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,47}$")
RESERVED = {"public", "information_schema"}


class ServerAddressError(ValueError):
    """A server URL that cannot be used; the message says what to write instead.

    `code` ("bad-name", "not-url", "bad-port", "password-in-url", "no-workspace", "no-role")
    and `params` say why, for the app's own words."""

    def __init__(self, message: str, code: str, **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


def is_server_url(text: object) -> bool:
    return isinstance(text, str) and text.split("://", 1)[0].lower() in SCHEMES and "://" in text


def check_workspace_name(name: str) -> str:
    if not WORKSPACE_NAME.match(name or "") or name in RESERVED or name.startswith("pg_"):
        raise ServerAddressError(
            f"workspace name {name!r} must be lower-case letters, digits and _ (at most 48, "
            "not starting with a digit or pg_, not public)",
            "bad-name",
            name=name,
        )
    return name


@dataclass(frozen=True)
class ServerAddress:
    user: str
    host: str
    port: int | None
    database: str
    workspace: str
    options: tuple[tuple[str, str], ...] = ()
    password: str | None = field(default=None, repr=False, compare=False)

    @property
    def location(self) -> str:
        """The URL without password: safe to show, log and remember."""
        return self._url(with_workspace=True)

    @property
    def display_name(self) -> str:
        return f"{self.workspace} — {self.user}@{self.host}/{self.database}"

    @property
    def channel(self) -> str:
        """The LISTEN/NOTIFY channel of this workspace."""
        return f"ecanvas_{self.workspace}"

    @property
    def keyring_key(self) -> str:
        """Who and where, for a password remembered in the system keyring."""
        port = f":{self.port}" if self.port else ""
        return f"{self.user}@{self.host}{port}/{self.database}"

    def conninfo(self) -> str:
        """The libpq connection string (a URL) with the password, without `workspace`."""
        return self._url(with_workspace=False, with_password=True)

    def with_workspace(self, workspace: str) -> ServerAddress:
        name = check_workspace_name(workspace)
        return ServerAddress(self.user, self.host, self.port, self.database, name,
                             self.options, self.password)  # fmt: skip

    def with_password(self, password: str | None) -> ServerAddress:
        return ServerAddress(self.user, self.host, self.port, self.database, self.workspace,
                             self.options, password)  # fmt: skip

    def _url(self, *, with_workspace: bool, with_password: bool = False) -> str:
        who = quote(self.user, safe="")
        if with_password and self.password:
            who += ":" + quote(self.password, safe="")
        host = f"[{self.host}]" if ":" in self.host else self.host
        port = f":{self.port}" if self.port else ""
        query = list(self.options)
        if with_workspace:
            query.insert(0, ("workspace", self.workspace))
        tail = f"?{urlencode(query)}" if query else ""
        return f"postgresql://{who}@{host}{port}/{quote(self.database, safe='')}{tail}"


def parse_server_url(text: str, workspace: str | None = None) -> ServerAddress:
    """Read a server URL; `workspace` (as from `--workspace`) wins over the URL's parameter."""
    if not is_server_url(text):
        raise ServerAddressError(f"{text!r} is not a postgresql:// URL", "not-url", text=text)
    parts = urlsplit(text)
    try:
        port = parts.port
    except ValueError:
        raise ServerAddressError(
            f"{parts.netloc!r}: the port must be a number", "bad-port", where=parts.netloc
        ) from None
    options = []
    from_url = None
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key == "workspace":
            from_url = value
        elif key == "password":
            raise ServerAddressError("put no password in the URL's parameters", "password-in-url")
        else:
            options.append((key, value))
    name = workspace or from_url
    if not name:
        raise ServerAddressError(
            f"{_without_password(text)}: say which workspace (?workspace=NAME or --workspace NAME)",
            "no-workspace",
            url=_without_password(text),
        )
    user = unquote(parts.username or "")
    if not user:
        raise ServerAddressError(
            f"{_without_password(text)}: say which role (USER@HOST)",
            "no-role",
            url=_without_password(text),
        )
    database = unquote(parts.path.lstrip("/")) or user
    return ServerAddress(
        user=user,
        host=parts.hostname or "localhost",
        port=port,
        database=database,
        workspace=check_workspace_name(name),
        options=tuple(options),
        password=unquote(parts.password) if parts.password else None,
    )


def _without_password(text: str) -> str:
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1@", text)
