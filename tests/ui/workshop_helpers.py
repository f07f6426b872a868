"""Shared set-up for the workshop tests: a main window on a test workspace, sent into a workshop
at the size of a 1280×720 projector, and small helpers to act as the facilitator would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from window_helpers import make_window

from ecanvas.store import WorkspaceStore
from ecanvas.ui.workshop import WorkshopWindow

PROJECTOR = (1280, 720)


def open_workshop(qtbot, store: WorkspaceStore, tmp_path: Path, language: str = "en",
                  projector: bool = True):  # fmt: skip
    """The main window, then View → Workshop (F5); returns (main window, workshop window).

    With `projector`, the full-screen window is then given a 1280×720 projector's size (the
    test screen is another size), which ends its full-screen state. The workshop is not handed
    to qtbot: leaving deletes it, and closing the main window closes it."""
    window = make_window(qtbot, store, tmp_path, language)
    window.findChild(QAction, "action_workshop").trigger()
    workshop = window.workshop
    assert isinstance(workshop, WorkshopWindow)
    if projector:
        workshop.showNormal()
        workshop.resize(*PROJECTOR)
    qtbot.waitExposed(workshop)
    workshop.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is workshop)  # its shortcuts work
    qtbot.waitUntil(lambda: workshop.view.viewport().width() > (700 if projector else 0))
    workshop.view._refit()
    return window, workshop


def trigger(workshop: WorkshopWindow, name: str) -> None:
    """A workshop action by its object name, as its key or its menu entry does."""
    found = workshop.findChild(QAction, f"action_workshop_{name}")
    assert found is not None, f"no action named action_workshop_{name}"
    assert found.isEnabled(), f"action_workshop_{name} is disabled"
    found.trigger()


def settle(qtbot, workshop: WorkshopWindow) -> None:
    """Let the deferred panel refresh run."""
    qtbot.waitUntil(lambda: not workshop._refresh_pending)


def card_point(workshop: WorkshopWindow, card_id: int) -> QPoint:
    """A point well inside a card's text, in the view's viewport coordinates."""
    item = workshop.view.canvas_scene.card_items[card_id]
    rect = item.card_scene_rect()
    return workshop.view.mapFromScene(rect.center() - (rect.center() - rect.topLeft()) * 0.4)


def click_card(workshop: WorkshopWindow, card_id: int, *, shift: bool = False,
               right: bool = False) -> None:  # fmt: skip
    button = Qt.MouseButton.RightButton if right else Qt.MouseButton.LeftButton
    modifiers = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    QTest.mouseClick(workshop.view.viewport(), button, modifiers, card_point(workshop, card_id))


def type_card(qtbot, workshop: WorkshopWindow, text: str) -> None:
    """Enter, the text, Enter: quick capture of one card (the next editor then opens)."""
    QTest.keyClick(workshop, Qt.Key.Key_Return)
    scene = workshop.view.canvas_scene
    qtbot.waitUntil(lambda: scene.is_editing)
    editor = scene.editing.editor
    QTest.keyClicks(workshop.view.viewport(), text)
    assert editor.toPlainText() == text
    QTest.keyClick(workshop.view.viewport(), Qt.Key.Key_Return)
