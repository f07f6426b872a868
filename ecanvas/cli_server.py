"""The command line's side of shared workspaces: `push`, `pull`, and opening a server URL.

`ecanvas push plan.ecanvas URL --workspace NAME` makes a new workspace on a PostgreSQL server
from a file; `ecanvas pull URL --workspace NAME -o plan.ecanvas` makes a new file from one. Both
keep every id and time stamp, so both ends export the same interchange document. A password is
taken from the URL, the system keyring, libpq's ~/.pgpass or PGPASSWORD, or asked on a terminal;
ecanvas never writes it anywhere.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

EPILOG = """\
examples:
  ecanvas push plan.ecanvas postgresql://team1@db.local/workshops --workspace acme
  ecanvas pull postgresql://team1@db.local/workshops --workspace acme -o acme.ecanvas
  ecanvas "postgresql://team1@db.local/workshops?workspace=acme&sslmode=require"

the server URL is postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=...]; see docs/team-server.md"""


def is_url(text: object) -> bool:
    from ecanvas.store.server.address import is_server_url

    return is_server_url(text)


def path_or_url(text: str) -> Path | str:
    """An argparse type: a server URL stays text (a Path would fold its //)."""
    return text if is_url(text) else Path(text)


def add_commands(commands, command_error: type[Exception]) -> None:
    push = commands.add_parser(
        "push", help="copy a workspace file to a new shared workspace on a PostgreSQL server",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    push.add_argument("path", type=Path, metavar="WORKSPACE.ecanvas", help="the file to copy")
    push.add_argument("url", metavar="URL", help="postgresql://USER@HOST[:PORT]/DATABASE")
    push.add_argument("--workspace", metavar="NAME", help="the shared workspace to create")
    push.set_defaults(run=lambda args: _run_push(args, command_error))
    pull = commands.add_parser(
        "pull", help="copy a shared workspace from a PostgreSQL server to a new file",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    pull.add_argument("url", metavar="URL", help="postgresql://USER@HOST[:PORT]/DATABASE")
    pull.add_argument("--workspace", metavar="NAME", help="the shared workspace to copy")
    pull.add_argument("-o", "--output", type=Path, required=True, metavar="WORKSPACE.ecanvas")
    pull.set_defaults(run=lambda args: _run_pull(args, command_error))


def address_of(url: str, workspace: str | None, command_error: type[Exception]):
    from ecanvas.store.server.address import ServerAddressError, parse_server_url

    try:
        return parse_server_url(url, workspace)
    except ServerAddressError as error:
        raise command_error(str(error)) from None


def with_password_retry(action, address):
    """Run `action(address)`; when the server wants a password nobody gave, ask on a terminal."""
    from ecanvas.store.errors import ServerLoginError

    try:
        return action(address)
    except ServerLoginError as error:
        if not error.needs_password or not sys.stdin.isatty():
            if error.needs_password:
                raise ServerLoginError(
                    address.location,
                    "no password: give it on a terminal, in ~/.pgpass, PGPASSWORD or the keyring",
                ) from None
            raise
    password = getpass.getpass(f"Password for {address.keyring_key}: ")
    return action(address.with_password(password))


def _run_push(args, command_error) -> int:
    from ecanvas.store.server.transfer import push

    address = address_of(args.url, args.workspace, command_error)
    if not args.path.is_file():
        raise command_error(f"{args.path}: no such workspace file")
    workspace = with_password_retry(lambda a: push(args.path, a), address)
    print(f"pushed {args.path} ({workspace.card_count} cards) to {address.location}")
    return 0


def _run_pull(args, command_error) -> int:
    from ecanvas.store.server.transfer import pull

    address = address_of(args.url, args.workspace, command_error)
    if args.output.is_dir():
        raise command_error(f"{args.output}: is a folder, not a file")
    written = with_password_retry(lambda a: pull(a, args.output), address)
    print(f"pulled {address.location} into {written}")
    return 0


def open_for_reading(where: Path | str, command_error: type[Exception]):
    """A store to read from: a file opened read-only, or a server workspace."""
    if isinstance(where, str) and is_url(where):
        from ecanvas.store.server.opening import open_server_workspace

        address = address_of(where, None, command_error)
        return with_password_retry(open_server_workspace, address)
    from ecanvas.store import open_workspace

    return open_workspace(where, read_only=True)
