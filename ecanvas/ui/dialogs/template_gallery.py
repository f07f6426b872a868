"""Add a canvas: a gallery of the bundled templates and the user's own, with a drawn preview of
each one's blocks; the user's templates can be imported, exported, renamed and deleted here."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QIcon,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ecanvas.model import Template
from ecanvas.model.catalog import builtin_templates
from ecanvas.ui.errors import describe_error
from ecanvas.ui.i18n import RetranslatesOnLanguageChange
from ecanvas.user_templates import load_user_templates

KEY_ROLE = Qt.ItemDataRole.UserRole
THUMBNAIL = QSize(72, 48)


def paint_template(painter: QPainter, area: QRectF, template: Template, language: str,
                   *, titles: bool) -> None:  # fmt: skip
    """Draw a template's blocks scaled into `area` (block titles too when `titles`)."""
    palette = QGuiApplication.palette()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if not template.blocks:
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1.5, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(area.adjusted(4, 4, -4, -4), 6, 6)
        painter.restore()
        return
    left = min(b.x for b in template.blocks)
    top = min(b.y for b in template.blocks)
    width = max(b.x + b.w for b in template.blocks) - left
    height = max(b.y + b.h for b in template.blocks) - top
    scale = min(area.width() / width, area.height() / height)
    offset_x = area.x() + (area.width() - width * scale) / 2
    offset_y = area.y() + (area.height() - height * scale) / 2
    font = QFont(painter.font())
    font.setPointSizeF(max(6.5, font.pointSizeF() * 0.8))
    painter.setFont(font)
    for block in template.blocks:
        rect = QRectF(offset_x + (block.x - left) * scale, offset_y + (block.y - top) * scale,
                      block.w * scale, block.h * scale).adjusted(1, 1, -1, -1)  # fmt: skip
        colour = QColor(block.colour)
        painter.setPen(QPen(colour.darker(115), 1))
        painter.setBrush(_tint(colour, 0.16))
        painter.drawRoundedRect(rect, 3, 3)
        band = min(rect.height(), 5 + rect.height() * 0.12)
        header = QRectF(rect.x(), rect.y(), rect.width(), band)
        painter.fillRect(header.adjusted(0.5, 0.5, -0.5, 0), colour)
        if titles and rect.width() > 40:
            painter.setPen(QColor("#1F2329"))
            text_rect = rect.adjusted(6, header.height() + 4, -6, -4)
            painter.drawText(text_rect, Qt.TextFlag.TextWordWrap, block.title(language))
    painter.restore()


def _tint(colour: QColor, share: float) -> QColor:
    """`colour` mixed into white: the pale body of a block under its saturated header."""
    return QColor.fromRgbF(*(share * c + (1 - share) for c in colour.getRgbF()[:3]))


def template_thumbnail(template: Template, language: str) -> QIcon:
    ratio = 2  # drawn at twice the size so it stays crisp on high-DPI screens
    pixmap = QPixmap(THUMBNAIL * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_template(painter, QRectF(0, 0, THUMBNAIL.width(), THUMBNAIL.height()), template,
                   language, titles=False)  # fmt: skip
    painter.end()
    return QIcon(pixmap)


class TemplatePreview(QWidget):
    """A larger drawing of one template, block titles included."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templatePreview")
        self.template: Template | None = None
        self.language = "en"
        self.setMinimumSize(360, 240)

    def show_template(self, template: Template | None, language: str) -> None:
        self.template, self.language = template, language
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        if self.template is not None:
            area = QRectF(self.rect()).adjusted(10, 10, -10, -10)
            paint_template(painter, area, self.template, self.language, titles=True)
        painter.end()


class TemplateGalleryDialog(RetranslatesOnLanguageChange, QDialog):
    """Pick a template and a title; `selected_template_key()` and `canvas_title()` give them."""

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateGallery")
        self.language = language
        self.templates: dict = {}
        self.user_keys: set[str] = set()
        self.problems: list = []
        self.export_folder = Path.home()
        self._title_was_edited = False
        self.list = QListWidget()
        self.list.setObjectName("templateList")
        self.list.setIconSize(THUMBNAIL)
        self.list.setSpacing(2)
        self.list.setMinimumWidth(300)
        # Titles and the heading of the user's templates wrap inside the list: no sideways
        # scrolling for a long title or a narrow dialog.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview = TemplatePreview()
        self.description = QLabel()
        self.description.setObjectName("templateDescription")
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.RichText)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("canvasTitle")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.title_label = QLabel()
        self.yours_header = QListWidgetItem()
        self.file_buttons = {name: QPushButton() for name in ("import", "export", "rename",
                                                              "delete")}  # fmt: skip
        for name, button in self.file_buttons.items():
            button.setObjectName(f"template_{name}")
        self.problems_label = QLabel()
        self.problems_label.setObjectName("templateProblems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #B54708;")
        self._lay_out()
        self._fill(select=False)
        self._connect_files()
        self.list.currentItemChanged.connect(self._on_current)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.title_edit.textEdited.connect(self._on_title_edited)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self.list.setCurrentRow(0)
        self.resize(900, 560)

    def _lay_out(self) -> None:
        right = QVBoxLayout()
        right.addWidget(self.preview, 3)
        right.addWidget(self.description, 2)
        form = QFormLayout()
        form.addRow(self.title_label, self.title_edit)
        right.addLayout(form)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        files = QHBoxLayout()
        for button in self.file_buttons.values():
            files.addWidget(button)
        left.addLayout(files)
        left.addWidget(self.problems_label)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(12)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)

    def _fill(self, current: str | None = None, *, select: bool = True) -> None:
        """The bundled templates, then under a heading the user's own (and what of theirs
        could not be read)."""
        own = load_user_templates()
        self.templates = {**builtin_templates(), **own.templates}
        self.user_keys, self.problems = set(own.templates), own.problems
        self.list.blockSignals(True)
        self.list.clear()
        for template in builtin_templates().values():
            self._add_item(template)
        self.yours_header = QListWidgetItem()
        self.yours_header.setFlags(Qt.ItemFlag.NoItemFlags)
        font = QFont(self.list.font())
        font.setBold(True)
        self.yours_header.setFont(font)
        lines = 2 if not own.templates else 1  # "none yet (Canvas → Save as Template…)" wraps
        self.yours_header.setSizeHint(QSize(0, lines * QFontMetrics(font).lineSpacing() + 12))
        self.list.addItem(self.yours_header)
        for template in own.templates.values():
            self._add_item(template)
        self.list.blockSignals(False)
        self._retranslate_list()
        if current is not None and current in self.templates:
            self.select_template(current)
        elif select:
            self.list.setCurrentRow(0)

    def _add_item(self, template: Template) -> None:
        item = QListWidgetItem(template_thumbnail(template, self.language),
                               template.title(self.language))  # fmt: skip
        item.setData(KEY_ROLE, template.key)
        item.setSizeHint(QSize(0, THUMBNAIL.height() + 12))
        self.list.addItem(item)

    # ----------------------------------------------------------------- the user's files
    def _connect_files(self) -> None:
        from ecanvas.ui.dialogs.template_files import TemplateFiles

        self.files = TemplateFiles(self, self.language)
        self.file_buttons["import"].clicked.connect(self.import_template)
        self.file_buttons["export"].clicked.connect(self.export_template)
        self.file_buttons["rename"].clicked.connect(self.rename_template)
        self.file_buttons["delete"].clicked.connect(self.delete_template)
        self._update_file_buttons()

    def _current_template(self) -> Template | None:
        key = self.selected_template_key()
        return None if key is None else self.templates.get(key)

    def _update_file_buttons(self) -> None:
        key = self.selected_template_key()
        mine = key in self.user_keys
        self.file_buttons["export"].setEnabled(key is not None)
        self.file_buttons["rename"].setEnabled(mine)
        self.file_buttons["delete"].setEnabled(mine)

    def import_template(self, _checked: bool = False, path: Path | None = None) -> None:
        template = self.files.import_file(path)
        if template is not None:
            self._fill(template.key)

    def export_template(self, _checked: bool = False, path: Path | None = None) -> None:
        template = self._current_template()
        if template is not None:
            self.files.export_file(template, self.export_folder, path)

    def rename_template(self) -> None:
        template = self._current_template()
        if template is not None and self.files.rename(template) is not None:
            self._fill(template.key)

    def delete_template(self) -> None:
        template = self._current_template()
        if template is not None and self.files.delete(template):
            self._fill()

    # ----------------------------------------------------------------- selection
    def selected_template_key(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else item.data(KEY_ROLE)

    def select_template(self, key: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(KEY_ROLE) == key:
                self.list.setCurrentRow(row)
                return
        raise KeyError(key)

    def canvas_title(self) -> str:
        return self.title_edit.text().strip()

    def set_canvas_title(self, title: str) -> None:
        self.title_edit.setText(title)
        self._on_title_edited(title)

    def _on_title_edited(self, text: str) -> None:
        self._title_was_edited = bool(text.strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip()))

    def _on_current(self, item: QListWidgetItem | None, _previous) -> None:
        template = self.templates.get(item.data(KEY_ROLE)) if item else None
        if hasattr(self, "files"):
            self._update_file_buttons()
        self.preview.show_template(template, self.language)
        if template is None:
            self.description.clear()
            return
        separator = "、" if self.language == "zh" else ", "
        blocks = separator.join(b.title(self.language) for b in template.blocks)
        if not blocks:
            blocks = self.tr("No blocks: you add your own.")
        blocks_label = self.tr("Blocks:")
        self.description.setText(
            f"<p><b>{escape(template.title(self.language))}</b></p>"
            f"<p>{escape(template.description(self.language))}</p>"
            f"<p><i>{escape(blocks_label)}</i> {escape(blocks)}</p>"
        )
        if not self._title_was_edited:
            self.title_edit.setText(template.title(self.language))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

    # ----------------------------------------------------------------- language
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add Canvas"))
        self.title_label.setText(self.tr("Canvas title:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add Canvas"))
        texts = {"import": self.tr("Import…"), "export": self.tr("Export…"),
                 "rename": self.tr("Rename…"), "delete": self.tr("Delete")}  # fmt: skip
        for name, text in texts.items():
            self.file_buttons[name].setText(text)
        self.file_buttons["import"].setToolTip(self.tr("Add a template file (.toml) to yours"))
        self._retranslate_list()

    def _retranslate_list(self) -> None:
        yours = self.tr("Your templates") if self.user_keys else self.tr(
            "Your templates: none yet (Canvas → Save as Template…)"
        )  # fmt: skip
        self.yours_header.setText(yours)
        if self.problems:
            problems = "\n".join(map(describe_error, self.problems))
            self.problems_label.setText(self.tr("Not shown, could not be read:") + "\n" + problems)
        self.problems_label.setVisible(bool(self.problems))
