"""Opening a shared workspace from the app: password when the server asks, create when asked,
every refusal explained in one message box (the current workspace stays open)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ecanvas.store import ServerLoginError, ServerWorkspaceNotFoundError, WorkspaceError
from ecanvas.ui.errors import describe_error

translate = QCoreApplication.translate


def open_shared(parent: QWidget | None, where, *, create: bool = False, language: str = "en"):
    """A `ServerWorkspaceStore` for `where` (a URL or an address), or None when the user gave up
    or it cannot be opened (the reason shown)."""
    from ecanvas.store.server.address import ServerAddressError, parse_server_url
    from ecanvas.store.server.credentials import keyring_available, remember_password
    from ecanvas.store.server.opening import create_server_workspace, open_server_workspace

    try:
        address = parse_server_url(where) if isinstance(where, str) else where
    except ServerAddressError as error:
        _refused(parent, describe_error(error))
        return None
    wrong = pending_remember = False
    while True:
        try:
            try:
                store = open_server_workspace(address)
            except ServerWorkspaceNotFoundError:
                if not (create or _ask_create(parent, address)):
                    return None
                store = create_server_workspace(address, title=address.workspace,
                                                language=language)  # fmt: skip
        except ServerLoginError as error:
            if not error.needs_password and not wrong:
                _refused(parent, describe_error(error))
                return None
            password, remember = _ask_password(parent, address, wrong, keyring_available())
            if password is None:
                return None
            address, wrong = address.with_password(password), True
            pending_remember = remember
            continue
        except (WorkspaceError, OSError, ValueError) as error:
            _refused(parent, describe_error(error))
            return None
        if wrong and pending_remember:
            remember_password(address, address.password)
        return store


def _ask_password(parent, address, wrong: bool, keyring: bool):
    from ecanvas.ui.dialogs.shared_workspace import PasswordDialog

    dialog = PasswordDialog(address, wrong=wrong and bool(address.password), keyring=keyring,
                            parent=parent)  # fmt: skip
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None, False
    return dialog.password(), dialog.remember()


def _ask_create(parent, address) -> bool:
    answer = QMessageBox.question(
        parent,
        translate("SharedWorkspace", "No Such Workspace"),
        translate("SharedWorkspace", "There is no workspace “{name}” in {database} on {host} yet. "
                  "Create it?").format(name=address.workspace, database=address.database,
                                       host=address.host),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
    )  # fmt: skip
    return answer == QMessageBox.StandardButton.Yes


def _refused(parent, message: str) -> None:
    QMessageBox.critical(
        parent, translate("SharedWorkspace", "Cannot open the shared workspace"), message
    )
