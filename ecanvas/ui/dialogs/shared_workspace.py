"""File → Open Shared Workspace…: where the server is, which workspace, and (when the server asks
for one) the password.

The connection is remembered without its password; a password is kept only in the system keyring
when the user asks for it and one exists (or libpq finds it in ~/.pgpass by itself).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ecanvas.store.server.address import (
    ServerAddress,
    ServerAddressError,
    check_workspace_name,
    parse_server_url,
)
from ecanvas.ui.i18n import RetranslatesOnLanguageChange

SSL_MODES = ("prefer", "require", "verify-full", "disable")
DEFAULT_PORT = 5432


class OpenSharedWorkspaceDialog(RetranslatesOnLanguageChange, QDialog):
    """Collects a server workspace's address; `address()` gives it (without password)."""

    def __init__(self, recent: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openSharedWorkspace")
        self.recent_combo = QComboBox()
        self.recent_combo.setObjectName("sharedRecent")
        for location in recent:
            self.recent_combo.addItem(_short(location), location)
        self.recent_combo.activated.connect(self._fill_from_recent)
        self.host_edit = _edit("sharedHost", "localhost")
        self.port_spin = QSpinBox()
        self.port_spin.setObjectName("sharedPort")
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.database_edit = _edit("sharedDatabase", "")
        self.user_edit = _edit("sharedUser", "")
        self.workspace_edit = _edit("sharedWorkspace", "")
        self.ssl_combo = QComboBox()
        self.ssl_combo.setObjectName("sharedSslMode")
        for mode in SSL_MODES:
            self.ssl_combo.addItem("", mode)
        self.create_check = QCheckBox()
        self.create_check.setObjectName("sharedCreate")
        self.preview = QLabel()
        self.preview.setObjectName("sharedPreview")
        self.preview.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("sharedProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: palette(highlight);")
        self.form = QFormLayout()
        self._labels = [QLabel() for _ in range(8)]
        rows = (self.recent_combo, self.host_edit, self.port_spin, self.database_edit,
                self.user_edit, self.workspace_edit, self.ssl_combo, self.create_check)  # fmt: skip
        for label, field in zip(self._labels, rows, strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        if not recent:
            self.form.setRowVisible(0, False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.preview)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for edit in (self.host_edit, self.database_edit, self.user_edit, self.workspace_edit):
            edit.textChanged.connect(self._update)
        self.port_spin.valueChanged.connect(self._update)
        self.ssl_combo.currentIndexChanged.connect(self._update)
        if recent:
            self._fill_from_recent(0)
        self.retranslate()
        self.setMinimumWidth(520)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Open Shared Workspace"))
        self.intro.setText(self.tr(
            "A shared workspace lives on a PostgreSQL server; everyone who opens it sees the "
            "others' changes live. Ask whoever runs the server for these details."
        ))  # fmt: skip
        texts = (self.tr("&Recent:"), self.tr("&Server:"), self.tr("&Port:"),
                 self.tr("&Database:"), self.tr("R&ole (user name):"), self.tr("&Workspace:"),
                 self.tr("&Encryption (TLS):"), "")  # fmt: skip
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.create_check.setText(self.tr("&Create the workspace if it does not exist yet"))
        names = {"prefer": self.tr("Use it when the server offers it"),
                 "require": self.tr("Require it"),
                 "verify-full": self.tr("Require it and check the server's certificate"),
                 "disable": self.tr("Off")}  # fmt: skip
        for index, mode in enumerate(SSL_MODES):
            self.ssl_combo.setItemText(index, names[mode])
        self.workspace_edit.setPlaceholderText(self.tr("lower-case letters, digits and _"))
        self._update()

    def _fill_from_recent(self, index: int) -> None:
        try:
            address = parse_server_url(self.recent_combo.itemData(index))
        except (ServerAddressError, TypeError):
            return
        self.set_address(address)

    def set_address(self, address: ServerAddress) -> None:
        self.host_edit.setText(address.host)
        self.port_spin.setValue(address.port or DEFAULT_PORT)
        self.database_edit.setText(address.database)
        self.user_edit.setText(address.user)
        self.workspace_edit.setText(address.workspace)
        mode = dict(address.options).get("sslmode", "prefer")
        self.ssl_combo.setCurrentIndex(max(0, self.ssl_combo.findData(mode)))

    def address(self) -> ServerAddress | None:
        """The address as entered, or None (with the reason shown) while it is incomplete."""
        host, user = self.host_edit.text().strip(), self.user_edit.text().strip()
        database, name = self.database_edit.text().strip(), self.workspace_edit.text().strip()
        if not (host and user and database and name):
            self.problem.setText(self.tr("Fill in the server, database, role and workspace."))
            return None
        try:
            check_workspace_name(name)
        except ServerAddressError:
            self.problem.setText(self.tr(
                "A workspace name is lower-case letters, digits and _ (for example team_1)."
            ))  # fmt: skip
            return None
        self.problem.clear()
        mode = self.ssl_combo.currentData()
        options = () if mode == "prefer" else (("sslmode", mode),)
        port = self.port_spin.value()
        return ServerAddress(user, host, None if port == DEFAULT_PORT else port, database, name,
                             options)  # fmt: skip

    def create_if_missing(self) -> bool:
        return self.create_check.isChecked()

    def _update(self) -> None:
        address = self.address()
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(address is not None)
        self.preview.setText(address.location if address is not None else "")

    def accept(self) -> None:
        if self.address() is not None:
            super().accept()


class PasswordDialog(RetranslatesOnLanguageChange, QDialog):
    """Asks for a role's password; offers the system keyring only where there is one."""

    def __init__(self, address: ServerAddress, *, wrong: bool, keyring: bool,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("serverPassword")
        self.address = address
        self.wrong, self.keyring = wrong, keyring
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("serverPasswordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_check = QCheckBox()
        self.remember_check.setObjectName("serverPasswordRemember")
        self.remember_check.setEnabled(keyring)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.password_edit)
        layout.addWidget(self.remember_check)
        layout.addWidget(buttons)
        self.retranslate()
        self.setMinimumWidth(420)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Server Password"))
        who = f"{self.address.user}@{self.address.host}/{self.address.database}"
        text = (self.tr("The server refused this password. Password for {who}:")
                if self.wrong else self.tr("Password for {who}:"))  # fmt: skip
        self.text.setText(text.format(who=who))
        self.remember_check.setText(self.tr("Remember it in the system keyring"))
        self.remember_check.setToolTip(
            "" if self.keyring else self.tr(
                "No system keyring is available: the password is asked each time, unless it is "
                "in your ~/.pgpass file."
            )
        )  # fmt: skip

    def password(self) -> str:
        return self.password_edit.text()

    def remember(self) -> bool:
        return self.keyring and self.remember_check.isChecked()


def _edit(name: str, text: str) -> QLineEdit:
    edit = QLineEdit(text)
    edit.setObjectName(name)
    return edit


def _short(location: str) -> str:
    try:
        return parse_server_url(location).display_name
    except ServerAddressError:
        return location
