"""Passwords for server workspaces, never written in plain text by ecanvas.

Where a password comes from, in order: the URL given for this run (never remembered), the system
keyring when the `keyring` package and a keyring service are there, then libpq's own sources
(`~/.pgpass`, `PGPASSFILE`, `PGPASSWORD`), which libpq reads without our help. When none has it,
the app asks, and may put the answer in the keyring (only there).
"""

from __future__ import annotations

import contextlib
import logging

from ecanvas.store.server.address import ServerAddress

log = logging.getLogger(__name__)
SERVICE = "ecanvas"


def _keyring():
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration must not stop the app
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return None
    return keyring


def keyring_available() -> bool:
    return _keyring() is not None


def remembered_password(address: ServerAddress) -> str | None:
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        return keyring.get_password(SERVICE, address.keyring_key)
    except Exception as error:  # locked or unreachable keyring: ask instead
        log.info("keyring lookup failed: %s", error)
        return None


def remember_password(address: ServerAddress, password: str) -> bool:
    """Put the password in the system keyring; False where there is none."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        keyring.set_password(SERVICE, address.keyring_key, password)
    except Exception as error:
        log.warning("could not remember the password in the keyring: %s", error)
        return False
    return True


def forget_password(address: ServerAddress) -> None:
    keyring = _keyring()
    if keyring is not None:
        with contextlib.suppress(Exception):
            keyring.delete_password(SERVICE, address.keyring_key)


def with_known_password(address: ServerAddress) -> ServerAddress:
    """The address with the password from the keyring when the URL brought none."""
    if address.password:
        return address
    password = remembered_password(address)
    return address.with_password(password) if password else address
