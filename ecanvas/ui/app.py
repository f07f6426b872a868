"""Start the desktop app: QApplication, fonts, translations, theme, the workspace, the window.

Each step is a function a test can call without entering the event loop. Start-up stays lean:
nothing heavy (report code, reportlab) is imported before the first paint.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ecanvas import __version__
from ecanvas.store import WorkspaceError, WorkspaceStore, open_workspace
from ecanvas.store.schema_check import prepare_in_background
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


def install_last_resort(app: QApplication, quitting: Callable[[], bool] = lambda: False) -> None:
    """An error nobody expected is written to a crash report and shown as one message; the app
    goes on (every change the user saw as done is already in the file). Never a traceback.
    Once `quitting()` (a logout or `kill` asked the app to end) there is no message: nobody may
    be there to close it, and the app would never end."""
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
        if showing or quitting() or threading.current_thread() is not threading.main_thread():
            return  # one message at a time, only from the GUI thread, none while quitting
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
        """One callback per turn of the event loop: whatever was asked meanwhile (a quit, a
        click) is handled before the next one starts."""
        if self.callbacks:
            callback, self.callbacks = self.callbacks[0], self.callbacks[1:]
            callback()
            QTimer.singleShot(0, self._run)


class SignalQuit(QObject):
    """SIGTERM (logout, `kill`) and Ctrl+C in a terminal close the windows as Quit does, so the
    workspace lock is released; a second signal ends the program at once, as the signal says.

    Python runs a signal handler between two bytecodes of the main thread (in the middle of an
    import or a transaction), so the handler only asks: the windows close from the event loop
    once that work is done. Qt's event loop runs no Python while it waits, so the signal also
    writes a byte to a pipe the event loop watches (signal.set_wakeup_fd): the close starts at
    once, without a timer waking the interpreter all the time. (A pipe, not a socket pair: the
    socket module costs a noticeable part of the start-up; Windows needs sockets there.)
    """

    SIGNALS = (signal.SIGINT, signal.SIGTERM)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.requested = False  # a signal asked to quit
        self.closed = False  # the windows have been closed for it
        self._ends = _wake_channel()
        self.wake_fd, writer = (end if isinstance(end, int) else end.fileno() for end in self._ends)
        self._notifier = QSocketNotifier(self.wake_fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._previous_fd = signal.set_wakeup_fd(writer, warn_on_full_buffer=False)
        self._previous = {number: signal.getsignal(number) for number in self.SIGNALS}
        for number in self.SIGNALS:
            signal.signal(number, self._on_signal)

    def _drain(self) -> None:
        # Python has run the handler before this line: reading the bytes is all that is left.
        reader = self._ends[0]
        with contextlib.suppress(OSError):
            while reader.recv(64) if not isinstance(reader, int) else os.read(reader, 64):
                pass

    def _on_signal(self, *_args: object) -> None:
        self.requested = True
        for number in self.SIGNALS:  # the next one ends the program, whatever it is doing
            signal.signal(number, signal.SIG_DFL)
        QTimer.singleShot(0, self.close_everything)

    def close_everything(self) -> None:
        self.closed = True
        self.app.closeAllWindows()
        self.app.quit()

    def uninstall(self) -> None:
        """Put the previous handlers back (for tests, which go on in the same process)."""
        signal.set_wakeup_fd(self._previous_fd)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        self._notifier.setEnabled(False)
        for end in self._ends:
            if isinstance(end, int):
                os.close(end)
            else:
                end.close()


def _wake_channel() -> tuple:
    """Two non-blocking ends (read, write): file descriptors of a pipe, or a socket pair
    on Windows, where set_wakeup_fd and QSocketNotifier want sockets."""
    if os.name != "nt":
        ends = os.pipe()
        for end in ends:
            os.set_blocking(end, False)
        return ends
    import socket  # pragma: no cover - Windows only

    ends = socket.socketpair()  # pragma: no cover
    for end in ends:  # pragma: no cover
        end.setblocking(False)
    return ends  # pragma: no cover


def run_app(path: Path | str | None, *, read_only: bool = False, workshop: bool = False) -> int:
    """Run the app on `path` (None: the default workspace; a postgresql:// URL: a shared
    workspace), in a full-screen workshop when `workshop`; returns the exit status."""
    if not (isinstance(path, str) and "://" in path):  # a file: its schema is checked on open
        prepare_in_background()
    from ecanvas.ui.main_window import MainWindow

    app = create_application()
    signals = SignalQuit(app)  # before the workspace is opened: from then on it has a lock
    ui_language = prepare_application(app)
    settings = AppSettings()
    ui_language.apply(default_language(settings.language(), None))
    install_last_resort(app, quitting=lambda: signals.requested)
    try:
        store = open_start_workspace(path, read_only, ui_language.current)
    except WorkspaceError as error:
        store = None if signals.requested else open_after_refusal(path, error)
    if signals.requested:  # asked to quit while opening (maybe while a question was shown)
        if store is not None:
            store.close()
        return 0
    if store is None:
        return 1
    language = default_language(settings.language(), store.workspace.language)
    if language != ui_language.current:
        ui_language.apply(language)
    window = MainWindow(store, settings=settings, ui_language=ui_language, language=language)
    ready_file = os.environ.get(READY_FILE_VARIABLE, "").strip()
    after_paint = [lambda: write_ready_file(Path(ready_file))] if ready_file else []
    after_paint.append(window.finish_after_paint)
    # SQLAlchemy is imported on the first write; do it while the user reads the window.
    after_paint.append(lambda: window.store.warm_up())
    after_paint.append(window.back_up_workspace)
    after_paint.append(window.recovery.notice_damage)
    after_paint = [_unless(lambda: signals.requested, step) for step in after_paint]
    shown = window
    if workshop:
        window.toggle_workshop()  # the workshop on screen; the main window when there is none
        shown = window.workshop or window
    else:
        window.show()
    watcher = after_first_paint(shown, *after_paint)
    app.aboutToQuit.connect(release_clipboard)
    if signals.closed:  # the windows closed while being made, before the event loop ran
        window.close()
        return 0
    status = app.exec()
    del watcher  # kept alive until here: it must outlive the first paint
    return status


def _unless(stop: Callable[[], bool], step: Callable[[], None]) -> Callable[[], None]:
    """`step`, skipped once `stop()` holds (no backup or question after a quit was asked)."""

    def run() -> None:
        if not stop():
            step()

    return run
