"""Workspace properties: title, client, author, language, brand colour and logo (for the report),
and the executive summary and recommendations that open the report.

The dialog only collects values; the main window applies them with one undoable command.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ecanvas.model import Workspace
from ecanvas.model.logo import (
    LOGO_MIMES,
    MAX_LOGO_BYTES,
    STORED_LOGO_SIDE,
    TOO_LARGE_FILE,
    TOO_MANY_PIXELS,
    LogoError,
    check_logo,
)
from ecanvas.ui.i18n import LANGUAGE_NAMES, LANGUAGES, RetranslatesOnLanguageChange
from ecanvas.ui.os_reasons import os_reason
from ecanvas.ui.theme import show_colour_on_button

LOGO_PREVIEW_HEIGHT = 48


def _read_scaled(data: bytes, width: int, height: int) -> QImage | None:
    """The image decoded at no more than the size a workspace keeps (a JPEG is decoded at the
    smaller size directly)."""
    scale = min(1.0, STORED_LOGO_SIDE / max(width, height))
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    reader = QImageReader(buffer)
    if scale < 1.0:
        reader.setScaledSize(QSize(max(1, round(width * scale)), max(1, round(height * scale))))
    image = reader.read()
    return None if image.isNull() else image


def _encoded(image: QImage, data: bytes, kind: str, width: int, height: int) -> tuple[bytes, str]:
    """The logo's bytes to keep: the file itself when it is small enough, else the scaled image
    (PNG keeps transparency, JPEG stays JPEG)."""
    if max(width, height) <= STORED_LOGO_SIDE:
        return data, LOGO_MIMES[kind]
    out = QByteArray()
    buffer = QBuffer(out)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    png = kind == "PNG" or image.hasAlphaChannel()
    image.save(buffer, "PNG" if png else "JPEG", -1 if png else 90)
    return bytes(out.data()), LOGO_MIMES["PNG" if png else "JPEG"]


class WorkspacePropertiesDialog(RetranslatesOnLanguageChange, QDialog):
    """Edit a copy of the workspace's properties; `changed_values()` lists what differs."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspaceProperties")
        self.workspace = workspace
        self.brand_colour = workspace.brand_colour
        self.logo, self.logo_mime = workspace.logo, workspace.logo_mime
        self.title_edit = _line_edit("propertiesTitle", workspace.title)
        self.client_edit = _line_edit("propertiesClient", workspace.client)
        self.author_edit = _line_edit("propertiesAuthor", workspace.author)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("propertiesLanguage")
        for language in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[language], language)
        current = self.language_combo.findData(workspace.language)
        self.language_combo.setCurrentIndex(max(0, current))
        self.colour_button = QPushButton()
        self.colour_button.setObjectName("propertiesColour")
        self.colour_button.clicked.connect(self._choose_colour)
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("propertiesLogo")
        self.logo_preview.setMinimumHeight(LOGO_PREVIEW_HEIGHT)
        self.choose_logo_button = QPushButton()
        self.choose_logo_button.clicked.connect(self._choose_logo)
        self.remove_logo_button = QPushButton()
        self.remove_logo_button.clicked.connect(self.remove_logo)
        self.summary_edit = _text_edit("propertiesSummary", workspace.summary)
        self.recommendations_edit = _text_edit(
            "propertiesRecommendations", workspace.recommendations
        )
        self.markup_hint = QLabel()
        self.markup_hint.setObjectName("propertiesMarkupHint")
        self.markup_hint.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("propertiesError")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title_edit.textChanged.connect(self._check)
        self._lay_out()
        self.retranslate()
        show_colour_on_button(self.colour_button, self.brand_colour)
        self._show_logo()

    def _lay_out(self) -> None:
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview, 1)
        logo_row.addWidget(self.choose_logo_button)
        logo_row.addWidget(self.remove_logo_button)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_labels = [QLabel() for _ in range(6)]
        fields = (self.title_edit, self.client_edit, self.author_edit, self.language_combo,
                  self.colour_button, logo_row)  # fmt: skip
        for label, field in zip(self.form_labels, fields, strict=True):
            self.form.addRow(label, field)
        details = QWidget()
        details.setLayout(self.form)
        report_text = QWidget()
        text_layout = QVBoxLayout(report_text)
        self.summary_label, self.recommendations_label = QLabel(), QLabel()
        for label, editor in ((self.summary_label, self.summary_edit),
                              (self.recommendations_label, self.recommendations_edit)):  # fmt: skip
            label.setBuddy(editor)
            text_layout.addWidget(label)
            text_layout.addWidget(editor, 1)
        text_layout.addWidget(self.markup_hint)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("propertiesTabs")
        self.tabs.addTab(details, "")
        self.tabs.addTab(report_text, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(12)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    # ----------------------------------------------------------------- values
    def changed_values(self) -> dict[str, object]:
        """The properties that differ from the workspace (for SetWorkspacePropertiesCommand)."""
        values = {
            "title": self.title_edit.text().strip(),
            "client": self.client_edit.text().strip(),
            "author": self.author_edit.text().strip(),
            "language": self.language_combo.currentData(),
            "brand_colour": self.brand_colour,
            "logo": self.logo,
            "logo_mime": self.logo_mime,
            "summary": _trimmed(self.summary_edit.toPlainText()),
            "recommendations": _trimmed(self.recommendations_edit.toPlainText()),
        }
        return {k: v for k, v in values.items() if getattr(self.workspace, k) != v}

    def _check(self) -> None:
        ok = bool(self.title_edit.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    # ----------------------------------------------------------------- colour
    def set_brand_colour(self, colour: str) -> None:
        self.brand_colour = QColor(colour).name().upper()
        show_colour_on_button(self.colour_button, self.brand_colour)

    def _choose_colour(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.brand_colour), self, self.tr("Brand colour"))
        if chosen.isValid():
            self.set_brand_colour(chosen.name())

    # ----------------------------------------------------------------- logo
    def set_logo_file(self, path: Path) -> bool:
        """Take a PNG or JPEG file as the logo, scaled down to what a workspace keeps; False
        (with a message shown) when it is not one or passes the logo limits."""
        path = Path(path)
        try:
            if path.stat().st_size > MAX_LOGO_BYTES:  # never read a huge file into memory
                raise LogoError(str(path), TOO_LARGE_FILE)
            data = path.read_bytes()
            kind, width, height = check_logo(data, str(path))
        except OSError as error:
            reason = os_reason(error.errno, error.strerror or str(error))
            return self._logo_error(
                self.tr("Cannot read {file}: {reason}").format(file=path.name, reason=reason)
            )
        except LogoError as error:
            return self._logo_error(self._logo_refusal(error, path))
        image = _read_scaled(data, width, height)
        if image is None:
            return self._logo_error(
                self.tr("{file} is not a PNG or JPEG image.").format(file=path.name)
            )
        self.logo, self.logo_mime = _encoded(image, data, kind, width, height)
        self.error_label.clear()
        self._show_logo()
        return True

    def _logo_refusal(self, error: LogoError, path: Path) -> str:
        if error.reason == TOO_LARGE_FILE:
            return self.tr("{file} is larger than 5 MB.").format(file=path.name)
        if error.reason == TOO_MANY_PIXELS:
            return self.tr(
                "{file} has more than 40 million pixels ({size}); use a smaller image."
            ).format(file=path.name, size=error.detail)
        return self.tr("{file} is not a PNG or JPEG image.").format(file=path.name)

    def remove_logo(self) -> None:
        self.logo, self.logo_mime = None, ""
        self._show_logo()

    def _logo_error(self, message: str) -> bool:
        self.error_label.setText(message)
        return False

    def _choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.set_logo_file(Path(path))

    def _show_logo(self) -> None:
        self.remove_logo_button.setEnabled(self.logo is not None)
        if not self.logo:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(QByteArray(self.logo))
        self.logo_preview.setPixmap(
            pixmap.scaledToHeight(LOGO_PREVIEW_HEIGHT, Qt.TransformationMode.SmoothTransformation)
        )

    # ----------------------------------------------------------------- language
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Workspace Properties"))
        texts = (
            self.tr("Title:"),
            self.tr("Client:"),
            self.tr("Author:"),
            self.tr("Workspace language:"),
            self.tr("Brand colour:"),
            self.tr("Logo:"),
        )
        for label, text in zip(self.form_labels, texts, strict=True):
            label.setText(text)
        self.tabs.setTabText(0, self.tr("&Details"))
        self.tabs.setTabText(1, self.tr("&Summary and Recommendations"))
        self.summary_label.setText(self.tr("E&xecutive summary (opens the report):"))
        self.recommendations_label.setText(self.tr("&Recommendations:"))
        self.summary_edit.setPlaceholderText(
            self.tr(
                "What the strategy is, in a few paragraphs, for a reader who reads nothing else."
            )
        )
        self.recommendations_edit.setPlaceholderText(
            self.tr("1. The first thing to do\n2. The next one")
        )
        self.markup_hint.setText(
            self.tr("A blank line starts a new paragraph. Lines starting with “- ” are bullets, "
                    "“1. ” numbered items, “### ” a heading; **bold** and *italic* inside a line.")
        )  # fmt: skip
        self.choose_logo_button.setText(self.tr("Choose…"))
        self.remove_logo_button.setText(self.tr("Remove"))
        self._show_logo()


def _line_edit(name: str, text: str) -> QLineEdit:
    editor = QLineEdit(text)
    editor.setObjectName(name)
    return editor


def _text_edit(name: str, text: str) -> QPlainTextEdit:
    editor = QPlainTextEdit(text)
    editor.setObjectName(name)
    editor.setTabChangesFocus(True)
    editor.setMinimumHeight(110)
    return editor


def _trimmed(text: str) -> str:
    """The text without trailing spaces on its lines or blank lines at either end."""
    return "\n".join(line.rstrip() for line in text.strip("\n").split("\n")).strip("\n")
