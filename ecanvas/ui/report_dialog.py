"""File → Export PDF: choose the report's options, build it in a worker thread with a progress
bar, then offer to open the file or show its folder.

The dialog is modal, so the workspace cannot change while the worker reads it. reportlab is
only imported by the worker, when the user actually exports.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices
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
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ecanvas.model import Workspace
from ecanvas.outputs import OutputError
from ecanvas.report.options import REPORT_SETTING, SECTIONS, ReportOptions
from ecanvas.store.changes import snapshot_names
from ecanvas.ui.errors import describe_error, describe_output_error
from ecanvas.ui.i18n import LANGUAGE_NAMES, RetranslatesOnLanguageChange
from ecanvas.ui.output_check import approve_output
from ecanvas.ui.screen_fit import fit_to_screen
from ecanvas.ui.theme import show_colour_on_button

PAPERS = (("a4", "A4"), ("letter", "Letter"))
LANGUAGES = tuple(LANGUAGE_NAMES.items())  # each language under its own name
UNSAFE_FILE_CHARACTERS = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def open_url(url: QUrl) -> bool:
    """Hand a file or folder to the desktop (tests replace this so nothing is launched)."""
    return QDesktopServices.openUrl(url)


def suggested_file_name(title: str) -> str:
    """A PDF file name from the workspace title, without characters file systems refuse."""
    stem = UNSAFE_FILE_CHARACTERS.sub("-", title).strip(" .-") or "report"
    return f"{stem[:80]}.pdf"


class ReportWorker(QObject):
    """Builds one report off the GUI thread and reports progress and the outcome as signals."""

    progressed = Signal(int, int)
    warned = Signal(str)
    succeeded = Signal(str)
    failed = Signal(object)  # the exception, described in the GUI thread's language

    def __init__(
        self, workspace: Workspace, output: Path, options: ReportOptions, protect: tuple = ()
    ) -> None:
        super().__init__()
        self.workspace, self.output, self.options = workspace, output, options
        self.protect = protect

    def run(self) -> None:
        from ecanvas.report import build_report

        try:
            # force: the dialog asked before replacing an existing file (approve_output)
            written = build_report(
                self.workspace, self.output, self.options, progress=self.progressed.emit,
                warn=self.warned.emit, force=True, protect=self.protect,
            )  # fmt: skip
        except Exception as error:
            self.failed.emit(error)
        else:
            self.succeeded.emit(str(written))


class ReportDialog(RetranslatesOnLanguageChange, QDialog):
    """The export options, the progress while the PDF is built, and the result."""

    def __init__(self, workspace: Workspace, default_dir: Path, parent: QWidget | None = None,
                 remember: Callable[[dict], object] | None = None,
                 protect: tuple[Path, ...] = (),
                 changes: Callable[[tuple | None, str | None], tuple] | None = None,
                 ) -> None:  # fmt: skip
        """`remember(value)` is called with the choices of a successful export, to be kept in
        the workspace (its "report.options" setting) and offered again next time; `protect`
        names files the report must never be written over (the open workspace); `changes(ids,
        name)` works out what changed since the snapshots (for the "changes" section)."""
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.workspace = workspace
        self.changes = changes
        self.remember = remember
        self.protect = tuple(protect)
        self.confirmed_output: Path | None = None
        self.written: Path | None = None
        self.remembered = ReportOptions.from_setting(
            workspace.settings.get(REPORT_SETTING), _language_of(workspace)
        )
        self.brand_colour = self.remembered.brand_colour or workspace.brand_colour or "#1F4E79"
        self.logo_path: Path | None = None
        self.thread: QThread | None = None
        self.worker: ReportWorker | None = None
        self.done_box: QMessageBox | None = None
        self.warning = ""
        self._make_widgets(default_dir)
        self._lay_out()
        self.retranslate()
        show_colour_on_button(self.colour_button, self.brand_colour)

    # ----------------------------------------------------------------- widgets
    def _make_widgets(self, default_dir: Path) -> None:
        remembered = self.remembered
        self.paper_combo = _combo("reportPaper", PAPERS, remembered.paper)
        self.language_combo = _combo("reportLanguage", LANGUAGES, remembered.language)
        self.canvas_list = QListWidget(objectName="reportCanvases")
        known = {canvas.id for canvas in self.workspace.canvases}
        chosen = set(remembered.canvas_ids or ()) & known or known  # a removed canvas: all
        for canvas in self.workspace.canvases:
            item = _checkable_item(self.canvas_list, canvas.title, canvas.id)
            if canvas.id not in chosen:
                item.setCheckState(Qt.CheckState.Unchecked)
        self.section_list = QListWidget(objectName="reportSections")
        for section in SECTIONS:
            item = _checkable_item(self.section_list, section, section)
            if section not in remembered.sections:
                item.setCheckState(Qt.CheckState.Unchecked)
        self.changes_combo = QComboBox(objectName="reportChangesSince")
        self.changes_combo.addItem("", None)
        for name in snapshot_names(self.workspace):
            self.changes_combo.addItem(name, name)
        since = remembered.changes_since
        self.changes_combo.setCurrentIndex(max(0, self.changes_combo.findData(since))
                                           if since else 0)  # fmt: skip
        self.section_list.itemChanged.connect(lambda _item: self._update_changes_choice())
        self.colour_button = QPushButton(objectName="reportColour")
        self.colour_button.clicked.connect(self._choose_colour)
        self.logo_label = QLabel(objectName="reportLogo")
        self.logo_button = QPushButton(objectName="reportChooseLogo")
        self.logo_button.clicked.connect(self._choose_logo)
        self.output_edit = QLineEdit(objectName="reportOutput")
        self.output_edit.setText(str(default_dir / suggested_file_name(self.workspace.title)))
        self.browse_button = QPushButton(objectName="reportBrowse")
        self.browse_button.clicked.connect(self._browse)
        self.progress_bar = QProgressBar(objectName="reportProgress")
        self.progress_bar.setVisible(False)
        self.error_label = QLabel(objectName="reportError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #B42318;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)

    def _lay_out(self) -> None:
        self.form_labels = [QLabel() for _ in range(8)]
        logo_row, output_row = QHBoxLayout(), QHBoxLayout()
        logo_row.addWidget(self.logo_label, 1)
        logo_row.addWidget(self.logo_button)
        output_row.addWidget(self.output_edit, 1)
        output_row.addWidget(self.browse_button)
        _fit_rows(self.canvas_list, max(3, min(self.canvas_list.count(), 8)))
        _fit_rows(self.section_list, len(SECTIONS))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        fields = (self.paper_combo, self.language_combo, self.canvas_list, self.section_list,
                  self.changes_combo, self.colour_button, logo_row, output_row)  # fmt: skip
        for label, field in zip(self.form_labels, fields, strict=True):
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(form)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)
        fit_to_screen(self)  # on a small screen the lists scroll; the buttons stay in sight

    # ----------------------------------------------------------------- choices
    def options(self) -> ReportOptions:
        """The report options as the widgets show them."""
        canvases = tuple(_checked(self.canvas_list))
        every_canvas = len(canvases) == self.canvas_list.count()
        sections = tuple(_checked(self.section_list))
        since = self.changes_combo.currentData()
        canvas_ids = None if every_canvas else canvases
        found = self.changes(canvas_ids, since) if "changes" in sections and self.changes else ()
        return ReportOptions(
            paper=self.paper_combo.currentData(),
            language=self.language_combo.currentData(),
            canvas_ids=canvas_ids,
            sections=sections,
            brand_colour=self.brand_colour,
            logo_path=self.logo_path,
            changes_since=since,
            changes=found,
        )

    def _update_changes_choice(self) -> None:
        """The snapshot to compare with matters only when the changes section is chosen."""
        self.changes_combo.setEnabled("changes" in _checked(self.section_list))

    def output_path(self) -> Path:
        path = Path(self.output_edit.text().strip()).expanduser()
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def set_brand_colour(self, colour: str) -> None:
        self.brand_colour = QColor(colour).name().upper()
        show_colour_on_button(self.colour_button, self.brand_colour)

    def set_logo_file(self, path: Path | None) -> None:
        self.logo_path = Path(path) if path else None
        self._show_logo()

    def _choose_colour(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.brand_colour), self, self.tr("Brand colour"))
        if chosen.isValid():
            self.set_brand_colour(chosen.name())

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.set_logo_file(Path(path))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export PDF"), self.output_edit.text(), self.tr("PDF files (*.pdf)")
        )
        if path:
            self.output_edit.setText(path)
            self.confirmed_output = Path(path)  # the file dialog asked before replacing it

    def _show_logo(self) -> None:
        if self.logo_path is not None:
            self.logo_label.setText(self.logo_path.name)
        elif self.workspace.logo:
            self.logo_label.setText(self.tr("The workspace logo"))
        else:
            self.logo_label.setText(self.tr("No logo"))

    # ----------------------------------------------------------------- export
    def start_export(self) -> None:
        """Check the choices, then build the report in a worker thread."""
        options = self.options()
        if not options.sections:
            self.error_label.setText(self.tr("Choose at least one section."))
            return
        if not self.output_edit.text().strip():
            self.error_label.setText(self.tr("Choose where to save the PDF."))
            return
        output = self.output_path()
        asked = output == self.confirmed_output
        if not approve_output(self, output, protect=self.protect, confirmed=asked):
            return
        self.error_label.clear()
        self._set_busy(True)
        self.thread = QThread(self)
        self.worker = ReportWorker(self.workspace, output, options, self.protect)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progressed.connect(self._show_progress)
        self.worker.warned.connect(self._remember_warning)
        self.worker.succeeded.connect(self._exported)
        self.worker.failed.connect(self._failed)
        for signal in (self.worker.succeeded, self.worker.failed):
            signal.connect(self.thread.quit)
        self.thread.start()

    @property
    def busy(self) -> bool:
        return self.thread is not None and self.thread.isRunning()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.paper_combo, self.language_combo, self.canvas_list, self.section_list,
                       self.colour_button, self.logo_button, self.output_edit, self.browse_button,
                       self.buttons):  # fmt: skip
            widget.setEnabled(not busy)
        self.progress_bar.setVisible(True)
        if busy:
            self.progress_bar.setRange(0, 0)  # busy until the first progress report

    def _remember_warning(self, line: str) -> None:
        self.warning = line

    def _show_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _failed(self, error: BaseException) -> None:
        self._finish_thread()
        self._set_busy(False)
        self.progress_bar.setVisible(False)
        if isinstance(error, OutputError):
            self.error_label.setText(describe_output_error(error))
            return
        message = describe_error(error)
        self.error_label.setText(
            self.tr("The PDF could not be written: {reason}").format(reason=message)
        )

    def _exported(self, path: str) -> None:
        self._finish_thread()
        self.written = Path(path)
        if self.remember is not None:
            self.remember(self.options().to_setting())
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(1)
        self._offer_to_open(self.written)

    def _finish_thread(self) -> None:
        if self.thread is not None:
            self.thread.quit()
            self.thread.wait()

    def _offer_to_open(self, path: Path) -> None:
        """A message naming the file, with buttons to open it or show its folder."""
        box = QMessageBox(self)
        box.setObjectName("reportDone")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Report exported"))
        box.setText(self.tr("The report was saved as {file}.").format(file=path.name))
        box.setInformativeText(str(path.parent))
        if self.warning:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setInformativeText(
                f"{path.parent}\n\n"
                + self.tr("Some characters could not be drawn by any font ecanvas ships: {detail}")
                .format(detail=self.warning)
            )  # fmt: skip
        open_button = box.addButton(self.tr("Open"), QMessageBox.ButtonRole.AcceptRole)
        folder_button = box.addButton(self.tr("Show in Folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        open_button.setObjectName("reportOpen")
        folder_button.setObjectName("reportShowFolder")
        box.setDefaultButton(open_button)
        box.finished.connect(lambda _result: self._after_message(box, open_button, folder_button))
        self.done_box = box
        box.open()

    def _after_message(self, box: QMessageBox, open_button, folder_button) -> None:
        clicked = box.clickedButton()
        if clicked is open_button:
            open_url(QUrl.fromLocalFile(str(self.written)))
        elif clicked is folder_button:
            open_url(QUrl.fromLocalFile(str(self.written.parent)))
        self.accept()

    def reject(self) -> None:
        if not self.busy:  # the worker cannot be interrupted; let it finish
            super().reject()

    def closeEvent(self, event) -> None:
        if self.busy:
            event.ignore()
            return
        super().closeEvent(event)

    # ----------------------------------------------------------------- language
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export PDF Report"))
        texts = (self.tr("Paper:"), self.tr("Report language:"), self.tr("Canvases:"),
                 self.tr("Sections:"), self.tr("Changes since:"), self.tr("Brand colour:"),
                 self.tr("Logo:"), self.tr("Save as:"))  # fmt: skip
        self.changes_combo.setItemText(0, self.tr("Each canvas's newest snapshot"))
        self._update_changes_choice()
        for label, text in zip(self.form_labels, texts, strict=True):
            label.setText(text)
        names = self.section_names()
        for row in range(self.section_list.count()):
            item = self.section_list.item(row)
            item.setText(names[item.data(Qt.ItemDataRole.UserRole)])
        self.paper_combo.setItemText(self.paper_combo.findData("a4"), self.tr("A4"))
        self.paper_combo.setItemText(self.paper_combo.findData("letter"), self.tr("US Letter"))
        self.logo_button.setText(self.tr("Choose…"))
        self.browse_button.setText(self.tr("Browse…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self._show_logo()

    def section_names(self) -> dict[str, str]:
        return {
            "cover": self.tr("Cover"),
            "contents": self.tr("Contents"),
            "summary": self.tr("Executive summary"),
            "recommendations": self.tr("Recommendations"),
            "canvases": self.tr("Canvas drawings"),
            "cards": self.tr("Cards, block by block"),
            "changes": self.tr("Changes since a snapshot"),
            "scores": self.tr("Scores (radar chart)"),
            "actions": self.tr("Action plan"),
            "voting": self.tr("Voting results"),
            "checks": self.tr("Strategy checks"),
            "appendix": self.tr("Appendix: framework guidance"),
        }


def _fit_rows(rows_list: QListWidget, rows: int) -> None:
    """A list as tall as `rows` rows where there is room, and down to three rows (with a
    scroll bar) where there is not: a progress bar or an error shown below then takes room
    from the lists instead of pushing the buttons off a small screen."""
    row, frame = rows_list.sizeHintForRow(0), 2 * rows_list.frameWidth() + 2
    rows_list.setMinimumHeight(min(rows, 3) * row + frame)
    rows_list.setMaximumHeight(rows * row + frame)
    rows_list.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)


def _combo(name: str, choices: tuple[tuple[str, str], ...], current: str) -> QComboBox:
    combo = QComboBox(objectName=name)
    for value, text in choices:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def _checkable_item(widget: QListWidget, text: str, data: object) -> QListWidgetItem:
    item = QListWidgetItem(text, widget)
    item.setData(Qt.ItemDataRole.UserRole, data)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked)
    return item


def _checked(widget: QListWidget) -> list:
    return [
        widget.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(widget.count())
        if widget.item(row).checkState() == Qt.CheckState.Checked
    ]


def _language_of(workspace: Workspace) -> str:
    return workspace.language if workspace.language in LANGUAGE_NAMES else "en"


def export_report_interactively(
    parent: QWidget, workspace: Workspace, default_dir: Path,
    remember: Callable[[dict], object] | None = None, protect: tuple[Path, ...] = (),
    changes: Callable[[tuple | None, str | None], tuple] | None = None,
) -> Path | None:  # fmt: skip
    """Show the export dialog; the written PDF's path, or None when the user cancelled.
    `protect`: files never to write over (the open workspace); `changes`: see ReportDialog."""
    dialog = ReportDialog(workspace, Path(default_dir), parent, remember, protect, changes)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    written = dialog.written if accepted else None
    dialog.deleteLater()
    return written
