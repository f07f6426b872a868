"""Start the desktop app: QApplication, fonts, translations, theme, the workspace, the window.

Each step is a function a test can call without entering the event loop. Start-up stays lean:
nothing heavy (report code, reportlab) is imported before the first paint.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ecanvas import __version__
from ecanvas.store import WorkspaceError, WorkspaceStore, open_workspace
from ecanvas.ui.clipboard import release_clipboard
from ecanvas.ui.errors import describe_error
from ecanvas.ui.fonts import apply_app_font
from ecanvas.ui.i18n import UiLanguage, default_language
from ecanvas.ui.settings import APPLICATION, ORGANISATION, AppSettings
from ecanvas.ui.theme import apply_theme, icon

READY_FILE_VARIABLE = "ECANVAS_READY_FILE"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The process's QApplication (created once), named so QSettings finds our preferences."""
    app = QApplication.instance()
    if app is None:
        QApplication.setApplicationName(APPLICATION)
        QApplication.setOrganizationName(ORGANISATION)
        QApplication.setApplicationDisplayName("ecanvas")
        QApplication.setApplicationVersion(__version__)
        QApplication.setDesktopFileName("ecanvas")
        app = QApplication(list(argv if argv is not None else sys.argv[:1]))
    return app


def prepare_application(app: QApplication) -> UiLanguage:
    """Fonts (before any window), theme and icon; returns the language switcher to install."""
    apply_app_font(app)
    apply_theme(app)
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_theme(app))
    app.setWindowIcon(icon("ecanvas"))
    return UiLanguage(app)


def open_start_workspace(
    path: Path | str | None, read_only: bool, language: str = "en"
) -> WorkspaceStore | None:
    """The workspace to start with; a locked one may be opened read-only after asking. At the
    first start the default workspace is made with the worked example in `language`. A
    postgresql:// URL opens a shared workspace (asking for a password when the server wants one)."""
    if isinstance(path, str) and "://" in path:
        from ecanvas.ui.shared_open import open_shared

        return open_shared(None, path, language=language)
    if path is None:
        from ecanvas.store.defaults import ensure_default_workspace

        path = ensure_default_workspace(language)
    from ecanvas.ui.workspace_files import open_or_read_only

    return open_or_read_only(None, path, read_only)


def open_after_refusal(path: Path | None, error: WorkspaceError) -> WorkspaceStore | None:
    """The start workspace was refused: explain in the UI language; for a damaged or tampered
    file, offer to repair it into a copy and start on that."""
    from ecanvas.ui.recovery import offer_repair, repair_to_new_file, repairable

    title = QCoreApplication.translate("App", "Cannot open the workspace")
    message = describe_error(error)
    print(f"ecanvas: {error}", file=sys.stderr)
    if error.path is None or not repairable(error):
        QMessageBox.critical(None, title, message)
        return None
    if not offer_repair(None, title, message):
        return None
    repaired = repair_to_new_file(None, error.path)
    if repaired is None:
        return None
    try:
        return open_workspace(repaired)
    except WorkspaceError as second:
        QMessageBox.critical(None, title, describe_error(second))
        return None


def install_last_resort(app: QApplication) -> None:
    """An error nobody expected is written to a crash report and shown as one message; the app
    goes on (every change the user saw as done is already in the file). Never a traceback."""
    from ecanvas.crash import one_line, write_crash_report

    showing = []

    def handle(kind, error, trace) -> None:
        if issubclass(kind, KeyboardInterrupt):
            app.quit()
            return
        try:
            from ecanvas.store.defaults import data_dir

            folder = data_dir() / "crash-reports"
        except Exception:
            folder = None
        report = write_crash_report(error.with_traceback(trace), folder)
        where = f"; details in {report}" if report else ""
        print(f"ecanvas: internal error ({one_line(error)}){where}", file=sys.stderr)
        if showing or threading.current_thread() is not threading.main_thread():
            return  # one message at a time, and only from the GUI thread
        showing.append(True)
        try:
            QMessageBox.critical(
                app.activeWindow(),
                QCoreApplication.translate("App", "Something went wrong"),
                QCoreApplication.translate(
                    "App",
                    "ecanvas met an unexpected error ({error}). Your workspace is safe: every "
                    "change shown as done is in the file. The details are in {report}.",
                ).format(error=one_line(error), report=str(report or "?")),
            )
        finally:
            showing.clear()

    sys.excepthook = handle
    threading.excepthook = lambda args: handle(args.exc_type, args.exc_value, args.exc_traceback)


def after_first_paint(window: QWidget, *callbacks: Callable[[], None]) -> QObject:
    """Run callbacks once the window's first paint has been flushed. Returns the watcher,
    which the caller keeps alive until then."""
    watcher = _FirstPaintWatcher(window, callbacks)
    window.installEventFilter(watcher)
    return watcher


def write_ready_file(ready_file: Path) -> None:
    """Record the time of the first paint (for benchmarks and the real-window test)."""
    partial = ready_file.with_name(ready_file.name + ".partial")
    partial.write_text(f"{time.time():.6f}\n", encoding="utf-8")
    os.replace(partial, ready_file)


class _FirstPaintWatcher(QObject):
    def __init__(self, window: QWidget, callbacks: tuple[Callable[[], None], ...]) -> None:
        super().__init__(window)
        self.callbacks = callbacks
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            # The whole window is painted in this pass; act once it has been flushed.
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        for callback in self.callbacks:
            callback()


def quit_on_signals(app: QApplication) -> QTimer:
    """SIGTERM (logout, `kill`) and Ctrl+C in a terminal close the window as Quit does, so the
    workspace lock is released. Qt's event loop gives Python no chance to run signal handlers,
    so a timer wakes the interpreter twice a second; returns that timer."""

    def close_everything() -> None:
        app.closeAllWindows()
        app.quit()

    def on_signal(*_args: object) -> None:
        # Python runs the handler between any two bytecodes of the main thread: in the middle
        # of an import or a transaction. Closing (which remembers the canvas views in the
        # workspace) waits for the event loop, once that work is done.
        QTimer.singleShot(0, close_everything)

    for signal_number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signal_number, on_signal)
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(500)
    return timer


def run_app(path: Path | str | None, *, read_only: bool = False, workshop: bool = False) -> int:
    """Run the app on `path` (None: the default workspace; a postgresql:// URL: a shared
    workspace), in a full-screen workshop when `workshop`; returns the exit status."""
    from ecanvas.ui.main_window import MainWindow

    app = create_application()
    ui_language = prepare_application(app)
    settings = AppSettings()
    ui_language.apply(default_language(settings.language(), None))
    install_last_resort(app)
    try:
        store = open_start_workspace(path, read_only, ui_language.current)
    except WorkspaceError as error:
        store = open_after_refusal(path, error)
    if store is None:
        return 1
    language = default_language(settings.language(), store.workspace.language)
    if language != ui_language.current:
        ui_language.apply(language)
    window = MainWindow(store, settings=settings, ui_language=ui_language, language=language)
    ready_file = os.environ.get(READY_FILE_VARIABLE, "").strip()
    after_paint = [lambda: write_ready_file(Path(ready_file))] if ready_file else []
    # SQLAlchemy is imported on the first write; do it while the user reads the window.
    after_paint.append(lambda: window.store.warm_up())
    after_paint.append(window.back_up_workspace)
    after_paint.append(window.recovery.notice_damage)
    shown = window
    if workshop:
        window.toggle_workshop()  # the workshop on screen; the main window when there is none
        shown = window.workshop or window
    else:
        window.show()
    watcher = after_first_paint(shown, *after_paint)
    app.aboutToQuit.connect(release_clipboard)
    quit_on_signals(app)
    status = app.exec()
    del watcher  # kept alive until here: it must outlive the first paint
    return status
