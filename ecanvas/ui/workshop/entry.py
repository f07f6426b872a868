"""Going into a workshop from the main window and back: the main window steps aside (hidden,
untouched) while the workshop fills the screen, and comes back as it was when the workshop ends,
showing the canvas the workshop ended on."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QScreen, QUndoStack

from ecanvas.ui.actions import Actions
from ecanvas.ui.settings import AppSettings
from ecanvas.ui.workshop.window import WorkshopWindow


class WorkshopHost(Protocol):
    """What a workshop needs of the main window it comes from (and goes back to)."""

    store: object
    undo_stack: QUndoStack
    actions: Actions
    settings: AppSettings
    language: str
    tabs: object  # current_canvas_id(), current_view(), existing_views(), select_canvas(id)
    workshop: WorkshopWindow | None

    def show_message(self, text: str) -> None: ...

    def screen(self) -> QScreen | None: ...

    def show(self) -> None: ...

    def hide(self) -> None: ...

    def raise_(self) -> None: ...

    def activateWindow(self) -> None: ...


def open_workshop(main: WorkshopHost) -> WorkshopWindow | None:
    """Show the workshop full screen on the main window's screen, on the canvas and block the
    main window shows; None (and a message) when the workspace has no canvas yet."""
    canvases = main.store.workspace.canvases
    if not canvases:
        main.show()
        main.show_message(
            QCoreApplication.translate("Workshop", "Add a canvas before starting a workshop.")
        )
        return None
    canvas_id = main.tabs.current_canvas_id()
    if all(c.id != canvas_id for c in canvases):
        canvas_id = canvases[0].id
    view = main.tabs.current_view()
    block_id = view.canvas_scene.current_block_id() if view is not None else None
    workshop = WorkshopWindow(main.store, main.undo_stack, main.actions, main.settings,
                              main.language, canvas_id, block_id)  # fmt: skip
    workshop.left.connect(lambda canvas: _back(main, workshop, canvas))
    screen = main.screen()
    if screen is not None:
        workshop.setScreen(screen)
        workshop.setGeometry(screen.geometry())
    workshop.showFullScreen()
    workshop.raise_()
    workshop.activateWindow()
    main.hide()
    _out_of_sight(main, True)  # the window's canvases catch up once, when it is back
    return workshop


def _out_of_sight(main: WorkshopHost, hidden: bool) -> None:
    for view in main.tabs.existing_views():
        view.canvas_scene.set_out_of_sight(hidden)


def _back(main: WorkshopHost, workshop: WorkshopWindow, canvas_id: int) -> None:
    main.workshop = None
    workshop.deleteLater()
    if main.store is None or main.store.closed:
        return  # the app is closing
    _out_of_sight(main, False)
    main.tabs.select_canvas(canvas_id)
    main.show()
    main.raise_()
    main.activateWindow()
