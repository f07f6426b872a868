"""File → Export → PowerPoint, Markdown, CSV, JSON, canvas images: the formats of `ecanvas.exports`.

Each format of the registry gets a menu action; choosing one asks where to save (with that
format's filter), writes the file in a worker thread behind a modal progress dialog, then offers
to open the file or show its folder, as the PDF export does. Canvas → Export as Image… asks for a
PNG or SVG file of the canvas on screen in one dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from ecanvas.exports import FORMATS, ExportFormat, by_key, export_workspace
from ecanvas.model import Workspace
from ecanvas.model.entities import LANGUAGES
from ecanvas.outputs import OutputError
from ecanvas.ui.errors import describe_error, describe_output_error
from ecanvas.ui.literal import plain_text
from ecanvas.ui.output_check import approve_output

if TYPE_CHECKING:
    from ecanvas.report.options import ExportOptions

PROGRESS_DELAY_MS = 0  # modal at once: the worker reads the workspace the user could edit


def open_url(url: QUrl) -> bool:
    """Hand a file or folder to the desktop (tests replace this so nothing is launched)."""
    return QDesktopServices.openUrl(url)


class ExportWorker(QObject):
    """Writes one export off the GUI thread; reports the outcome as a signal."""

    succeeded = Signal(str)
    failed = Signal(object)  # the exception, described in the GUI thread's language

    def __init__(self, workspace: Workspace, path: Path, export_format: ExportFormat,
                 options: ExportOptions, protect: tuple[Path, ...] = ()) -> None:  # fmt: skip
        super().__init__()
        self.workspace, self.path = workspace, path
        self.export_format, self.options, self.protect = export_format, options, protect

    def run(self) -> None:
        try:
            # force: approve_output asked before an existing file is replaced
            written = export_workspace(self.workspace, self.path, self.export_format,
                                       self.options, force=True, protect=self.protect)  # fmt: skip
        except Exception as error:
            self.failed.emit(error)
        else:
            self.succeeded.emit(str(written))


class FileExports(QObject):
    """The export actions of one main window, one per registered format."""

    exported = Signal(str)
    failed = Signal(str)

    def __init__(
        self, window: QWidget, workspace_of, folder_of, canvas_of, protected_of=tuple
    ) -> None:
        """`workspace_of()`, `folder_of()` and `canvas_of()` give the open workspace, the folder
        to suggest, and the id of the canvas on screen (-1 when there is none);
        `protected_of()` the files never to write over (the open workspace's file)."""
        super().__init__(window)
        self.window = window
        self.workspace_of, self.folder_of, self.canvas_of = workspace_of, folder_of, canvas_of
        self.protected_of = protected_of
        self.actions: dict[str, QAction] = {}
        for export_format in FORMATS:
            action = QAction(self)
            action.setObjectName(f"action_export_{export_format.key}")
            action.triggered.connect(lambda _=False, f=export_format: self.export(f))
            self.actions[export_format.key] = action
        self.image_action = QAction(self)
        self.image_action.setObjectName("action_export_image")
        self.image_action.triggered.connect(lambda _=False: self.export_image())
        self.thread: QThread | None = None
        self.worker: ExportWorker | None = None
        self.progress: QProgressDialog | None = None
        self.done_box: QMessageBox | None = None
        self.retranslate()

    def names(self) -> dict[str, str]:
        """The menu text of each format (a registry format not listed here shows its own name)."""
        return {
            "pptx": self.tr("&PowerPoint Slides…"),
            "md": self.tr("&Markdown…"),
            "csv": self.tr("&CSV of Cards…"),
            "json": self.tr("&JSON Interchange…"),
            "svg": self.tr("Canvas as &SVG…"),
            "png": self.tr("Canvas as P&NG Image…"),
        }

    def titles(self) -> dict[str, str]:
        """The save dialog's title per format, whole, so each language can space it right."""
        return {
            "pptx": self.tr("Export PowerPoint Slides"),
            "md": self.tr("Export Markdown"),
            "csv": self.tr("Export CSV of Cards"),
            "json": self.tr("Export JSON Interchange"),
            "svg": self.tr("Export Canvas as SVG"),
            "png": self.tr("Export Canvas as PNG Image"),
        }

    def filters(self) -> dict[str, str]:
        return {
            "pptx": self.tr("PowerPoint presentations (*.pptx)"),
            "md": self.tr("Markdown documents (*.md)"),
            "csv": self.tr("CSV files (*.csv)"),
            "json": self.tr("ecanvas interchange JSON (*.json)"),
            "svg": self.tr("SVG images (*.svg)"),
            "png": self.tr("PNG images (*.png)"),
        }

    def retranslate(self) -> None:
        names = self.names()
        for key, action in self.actions.items():
            action.setText(names.get(key, f"{by_key(key).name}…"))
            action.setToolTip(plain_text(action.text()).rstrip("…"))
        self.image_action.setText(self.tr("Export as &Image…"))
        self.image_action.setToolTip(self.tr("Export the canvas on screen as a PNG or SVG image"))

    # ----------------------------------------------------------------- exporting
    def suggested_path(self, export_format: ExportFormat) -> Path:
        """The workspace's title as a file name; an image is named after its canvas."""
        from ecanvas.ui.report_dialog import suggested_file_name

        title = self.workspace_of().title
        if export_format.per_canvas:
            canvas = next((c for c in self.workspace_of().canvases if c.id == self.canvas_of()),
                          None)  # fmt: skip
            title = canvas.title if canvas is not None else title
        stem = Path(suggested_file_name(title)).stem
        return Path(self.folder_of()) / f"{stem}{export_format.suffix}"

    def export_image(self) -> Path | None:
        """Canvas → Export as Image…: the canvas on screen as PNG or SVG, by the file's type."""
        if self.canvas_of() < 0:
            self.failed.emit(self.tr("Open a canvas to export it as an image."))
            return None
        formats = {key: by_key(key) for key in ("png", "svg")}
        filters = {self.filters()[key]: key for key in formats}
        suggestion = str(self.suggested_path(formats["png"]))
        path, chosen_filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Export Canvas as Image"), suggestion, ";;".join(filters)
        )
        if not path:
            return None
        suffix_key = {".png": "png", ".svg": "svg"}.get(Path(path).suffix.lower())
        export_format = formats[suffix_key or filters.get(chosen_filter, "png")]
        chosen = Path(path) if suffix_key else with_suffix(Path(path), export_format)
        asked = str(chosen) == path
        if not approve_output(self.window, chosen, protect=self.protected_of(), confirmed=asked):
            return None
        self.start(chosen, export_format)
        return chosen

    def export(self, export_format: ExportFormat) -> Path | None:
        """Ask where to save, then write the file; the path chosen, or None when cancelled."""
        if export_format.per_canvas and self.canvas_of() < 0:
            self.failed.emit(self.tr("Open a canvas to export it as an image."))
            return None
        title = self.titles().get(export_format.key) or self.tr("Export {format}").format(
            format=export_format.name
        )
        suggestion = str(self.suggested_path(export_format))
        file_filter = self.filters().get(export_format.key, f"(*{export_format.suffix})")
        path, _ = QFileDialog.getSaveFileName(self.window, title, suggestion, file_filter)
        if not path:
            return None
        chosen = with_suffix(Path(path), export_format)
        # The file dialog asked before replacing the name it returned, not a completed one.
        asked = str(chosen) == path
        if not approve_output(self.window, chosen, protect=self.protected_of(), confirmed=asked):
            return None
        self.start(chosen, export_format)
        return chosen

    def options_for(self, export_format: ExportFormat) -> ExportOptions:
        from ecanvas.report.options import ExportOptions  # on the first export (start-up)

        workspace = self.workspace_of()
        language = workspace.language if workspace.language in LANGUAGES else "en"
        canvases = (self.canvas_of(),) if export_format.per_canvas else None
        return ExportOptions(language=language, canvas_ids=canvases)

    def start(self, path: Path, export_format: ExportFormat) -> None:
        """Write `path` in a worker thread; a progress dialog shows if it takes a while."""
        self.progress = QProgressDialog(self.tr("Exporting {file}…").format(file=path.name), "",
                                        0, 0, self.window)  # fmt: skip
        self.progress.setObjectName("exportProgress")
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(PROGRESS_DELAY_MS)
        self.thread = QThread(self)
        options = self.options_for(export_format)
        self.worker = ExportWorker(
            self.workspace_of(), path, export_format, options, tuple(self.protected_of())
        )
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._failed)
        self.thread.start()

    @property
    def busy(self) -> bool:
        return self.thread is not None and self.thread.isRunning()

    def _finish(self) -> None:
        if self.thread is not None:
            self.thread.quit()
            self.thread.wait()
            self.thread = None
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _failed(self, error: BaseException) -> None:
        self._finish()
        if isinstance(error, OutputError):
            text = describe_output_error(error)
        else:
            text = self.tr("The file could not be written: {reason}").format(
                reason=describe_error(error)
            )
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export failed"), text,
                          QMessageBox.StandardButton.Close, self.window)  # fmt: skip
        box.setObjectName("exportFailed")
        self.done_box = box
        box.open()
        self.failed.emit(text)

    def _succeeded(self, written: str) -> None:
        self._finish()
        path = Path(written)
        self.exported.emit(written)
        box = QMessageBox(self.window)
        box.setObjectName("exportDone")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Exported"))
        box.setText(self.tr("Saved as {file}.").format(file=path.name))
        box.setInformativeText(str(path.parent))
        open_button = box.addButton(self.tr("Open"), QMessageBox.ButtonRole.AcceptRole)
        folder_button = box.addButton(self.tr("Show in Folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        open_button.setObjectName("exportOpen")
        folder_button.setObjectName("exportShowFolder")
        box.setDefaultButton(open_button)

        def after(_result: int) -> None:
            if box.clickedButton() is open_button:
                open_url(QUrl.fromLocalFile(str(path)))
            elif box.clickedButton() is folder_button:
                open_url(QUrl.fromLocalFile(str(path.parent)))

        box.finished.connect(after)
        self.done_box = box
        box.open()


def with_suffix(path: Path, export_format: ExportFormat) -> Path:
    """The chosen path, with the format's extension added when it has none."""
    if path.suffix:
        return path
    return path.with_name(path.name + export_format.suffix)
