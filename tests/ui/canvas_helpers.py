"""Helpers for the canvas tests: a shown view, and real mouse, key and drop events sent to it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QMouseEvent
from PySide6.QtWidgets import QApplication

from ecanvas.ui.canvas import CanvasView
from ecanvas.ui.fonts import bundled_cjk_families

LEFT = Qt.MouseButton.LeftButton
NO_BUTTON = Qt.MouseButton.NoButton
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def make_view(qtbot, store, canvas_id, undo_stack, language="en") -> CanvasView:
    bundled_cjk_families()
    view = CanvasView(store, canvas_id, undo_stack, language)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    view.setFocus()
    return view


def view_point(view, scene_pos: QPointF) -> QPoint:
    return view.mapFromScene(scene_pos)


def mouse(view, kind, scene_pos=None, button=LEFT, buttons=LEFT, modifiers=NO_MODIFIER,
          view_pos: QPoint | None = None) -> None:  # fmt: skip
    """Send one real mouse event to the view's viewport at a scene (or view) position."""
    viewport = view.viewport()
    point = view_pos if view_pos is not None else view_point(view, scene_pos)
    local = QPointF(point)
    event = QMouseEvent(kind, local, QPointF(viewport.mapToGlobal(point)), button, buttons,
                        modifiers)  # fmt: skip
    QApplication.sendEvent(viewport, event)


def press(view, scene_pos, modifiers=NO_MODIFIER, button=LEFT) -> None:
    mouse(view, QEvent.Type.MouseButtonPress, scene_pos, button, button, modifiers)


def release(view, scene_pos, modifiers=NO_MODIFIER, button=LEFT) -> None:
    mouse(view, QEvent.Type.MouseButtonRelease, scene_pos, button, NO_BUTTON, modifiers)


def move(view, scene_pos=None, buttons=LEFT, modifiers=NO_MODIFIER, view_pos=None) -> None:
    mouse(view, QEvent.Type.MouseMove, scene_pos, NO_BUTTON, buttons, modifiers, view_pos)


def drag(view, start: QPointF, end: QPointF, steps: int = 6, modifiers=NO_MODIFIER,
         button=LEFT) -> None:  # fmt: skip
    """Press at `start`, move in several steps with the button held, release at `end`."""
    press(view, start, modifiers, button)
    for step in range(1, steps + 1):
        t = step / steps
        point = QPointF(
            start.x() + (end.x() - start.x()) * t, start.y() + (end.y() - start.y()) * t
        )
        move(view, point, button, modifiers)
    release(view, end, modifiers, button)


def click(view, scene_pos, modifiers=NO_MODIFIER) -> None:
    press(view, scene_pos, modifiers)
    release(view, scene_pos, modifiers)


def double_click(view, scene_pos) -> None:
    press(view, scene_pos)
    release(view, scene_pos)
    mouse(view, QEvent.Type.MouseButtonDblClick, scene_pos, LEFT, LEFT)
    release(view, scene_pos)


def drop(view, scene_pos: QPointF, data: QMimeData,
         action=Qt.DropAction.CopyAction) -> QDropEvent:  # fmt: skip
    """Drag enter, move and drop `data` at a scene position, as another program would."""
    viewport = view.viewport()
    point = view_point(view, scene_pos)
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    enter = QDragEnterEvent(point, actions, data, NO_BUTTON, NO_MODIFIER)
    QApplication.sendEvent(viewport, enter)
    over = QDragMoveEvent(point, actions, data, NO_BUTTON, NO_MODIFIER)
    QApplication.sendEvent(viewport, over)
    event = QDropEvent(QPointF(point), actions, data, NO_BUTTON, NO_MODIFIER)
    QApplication.sendEvent(viewport, event)
    return event


def card_centre(view, card_id) -> QPointF:
    return view.canvas_scene.card_items[card_id].centre()


def block_point(block, dx: float, dy: float) -> QPointF:
    """A scene point inside a block, measured from its top-left corner."""
    return QPointF(block.x + dx, block.y + dy)
