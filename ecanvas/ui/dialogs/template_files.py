"""The user's own templates from the app: Canvas → Save as Template…, and in the template gallery
import, export, rename and delete a template file.

Templates are files in the user's data folder (`ecanvas.user_templates`), not part of a
workspace, so these are not undo steps: a delete asks first. Every refusal (a bad file, a key
taken) is shown naming the file and the field, as the loader words it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ecanvas.model import Canvas, Template
from ecanvas.model.template_writer import slug, template_from_canvas
from ecanvas.model.templates import TemplateError
from ecanvas.outputs import OutputError
from ecanvas.ui.errors import describe_error
from ecanvas.ui.i18n import RetranslatesOnLanguageChange
from ecanvas.user_templates import (
    all_templates,
    delete_user_template,
    export_user_template,
    import_template_file,
    is_user_template,
    read_template_file,
    rename_user_template,
    save_user_template,
)


def free_key(title: str) -> str:
    """A key for a new template: the title's words, else template-N; one no template uses."""
    taken = set(all_templates())
    base = slug(title) or "my-template"
    key, number = base, 2
    while key in taken:
        key = f"{base}-{number}"
        number += 1
    return key


class SaveTemplateDialog(RetranslatesOnLanguageChange, QDialog):
    """Titles, key and description of a template made from a canvas's layout; saves on OK."""

    def __init__(self, canvas: Canvas, parent: QWidget | None = None,
                 language: str = "en") -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("saveTemplate")
        self.canvas = canvas
        self.saved: Template | None = None
        # The canvas's title is in the user's language: it goes into that language's field.
        self.title_en = QLineEdit("" if language == "zh" else canvas.title)
        self.title_en.setObjectName("templateTitleEn")
        self.title_zh = QLineEdit(canvas.title if language == "zh" else "")
        self.title_zh.setObjectName("templateTitleZh")
        self.key = QLineEdit(free_key(canvas.title))
        self.key.setObjectName("templateKey")
        self.description = QPlainTextEdit()
        self.description.setObjectName("templateDescription")
        self.description.setFixedHeight(72)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("templateProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #B42318;")
        self.problem.hide()
        self.labels = [QLabel() for _ in range(4)]
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout()
        for label, field in zip(self.labels, (self.title_en, self.title_zh, self.key,
                                              self.description), strict=True):  # fmt: skip
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._key_edited = False
        self.key.textEdited.connect(lambda _text: setattr(self, "_key_edited", True))
        self.title_en.textEdited.connect(self._on_title)
        self.title_zh.textEdited.connect(lambda _text: self._on_title(self.title_en.text()))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self.resize(520, self.sizeHint().height())

    def _on_title(self, text: str) -> None:
        if not self._key_edited:
            self.key.setText(free_key(text or self.title_zh.text()))

    def save(self, replace: bool = False) -> bool:
        """Make the template and write it; a refusal is shown and the dialog stays open."""
        try:
            english = self.title_en.text().strip() or self.title_zh.text().strip()
            template = template_from_canvas(
                self.canvas, self.key.text().strip(), title_en=english,
                title_zh=self.title_zh.text(), description_en=self.description.toPlainText(),
                description_zh=self.description.toPlainText(),
            )  # fmt: skip
            if not replace and is_user_template(template.key) and self._ask_replace(template):
                replace = True
            save_user_template(template, replace=replace)
        except (TemplateError, OutputError, OSError) as error:
            self.problem.setText(describe_error(error))
            self.problem.show()
            return False
        self.saved = template
        self.accept()
        return True

    def _ask_replace(self, template: Template) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Save as Template"),
            self.tr("You already have a template with the key “{key}”. Replace it?")
            .format(key=template.key),
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Save as Template"))
        self.intro.setText(self.tr(
            "The layout of “{canvas}” becomes a template of your own: its {count} blocks with "
            "their titles, guidance questions, colours, scores and expected links (not its "
            "cards). It appears in the gallery of Add Canvas."
        ).format(canvas=self.canvas.title, count=len(self.canvas.blocks)))  # fmt: skip
        for label, text in zip(self.labels, (self.tr("English title:"), self.tr("Chinese title:"),
                                             self.tr("Key:"), self.tr("Description:")),
                               strict=True):  # fmt: skip
            label.setText(text)
        self.title_en.setPlaceholderText(self.tr("the same as the other title"))
        self.title_zh.setPlaceholderText(self.tr("the same as the other title"))
        self.key.setToolTip(self.tr("Lower-case words joined by '-'; canvases made from the "
                                    "template remember it."))  # fmt: skip
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save Template"))


class TemplateFiles(QObject):
    """Import, export, rename and delete template files, asking and reporting in dialogs."""

    def __init__(self, parent: QWidget, language: str = "en") -> None:
        super().__init__(parent)
        self.parent_widget, self.language = parent, language

    def _filter(self) -> str:
        return self.tr("Template files (*.toml);;All files (*)")

    def import_file(self, path: Path | None = None) -> Template | None:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self.parent_widget, self.tr("Import Template"),
                                                  "", self._filter())  # fmt: skip
            if not name:
                return None
            path = Path(name)
        try:
            template = read_template_file(path)
            replace = False
            if is_user_template(template.key):
                answer = QMessageBox.question(
                    self.parent_widget, self.tr("Import Template"),
                    self.tr("You already have a template with the key “{key}”. Replace it?")
                    .format(key=template.key),
                )  # fmt: skip
                if answer != QMessageBox.StandardButton.Yes:
                    return None
                replace = True
            return import_template_file(path, replace=replace)
        except (TemplateError, OutputError, OSError) as error:
            self._refused(self.tr("Import Template"), error)
            return None

    def export_file(self, template: Template, folder: Path,
                    path: Path | None = None) -> Path | None:  # fmt: skip
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self.parent_widget, self.tr("Export Template"),
                str(folder / f"{template.key}.toml"), self._filter(),
            )  # fmt: skip
            if not name:
                return None
            path = Path(name)
        try:
            # The file dialog asked before replacing a file.
            return export_user_template(template.key, path, replace=True)
        except (TemplateError, OutputError, OSError, KeyError) as error:
            self._refused(self.tr("Export Template"), error)
            return None

    def rename(self, template: Template) -> Template | None:
        title, ok = QInputDialog.getText(
            self.parent_widget, self.tr("Rename Template"), self.tr("New title:"),
            text=template.title(self.language),
        )  # fmt: skip
        if not ok or not title.strip():
            return None
        # The title in the user's language; one title for both stays one title for both.
        same = template.title_zh == template.title_en
        english = title if same or self.language != "zh" else template.title_en
        chinese = title if same or self.language == "zh" else template.title_zh
        try:
            return rename_user_template(template.key, english, chinese)
        except (TemplateError, OutputError, OSError, KeyError) as error:
            self._refused(self.tr("Rename Template"), error)
            return None

    def delete(self, template: Template) -> bool:
        answer = QMessageBox.question(
            self.parent_widget, self.tr("Delete Template"),
            self.tr("Delete your template “{title}”? Canvases made from it keep their blocks.")
            .format(title=template.title(self.language)),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            delete_user_template(template.key)
        except (TemplateError, OSError, KeyError) as error:
            self._refused(self.tr("Delete Template"), error)
            return False
        return True

    def _refused(self, title: str, error: BaseException) -> None:
        QMessageBox.warning(self.parent_widget, title, describe_error(error))
