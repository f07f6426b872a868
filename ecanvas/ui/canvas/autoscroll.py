"""Scrolling the view while the mouse drags near its edge (cards, a new link, a rubber band).

A timer runs while the mouse is in the edge zone; each tick scrolls and replays the last mouse
move at the same place in the view, so whatever is being dragged keeps following the mouse over
the scene that moved under it. The view decides when a drag is in progress.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QGraphicsView

EDGE = 24  # px from the viewport's edge where scrolling starts
INTERVAL_MS = 20
MAX_STEP = 18  # px per tick at (or beyond) the very edge
MIN_STEP = 2


def _axis_step(position: int, length: int, edge: int, max_step: int) -> int:
    if position < edge:
        depth = edge - position
        sign = -1
    elif position >= length - edge:
        depth = position - (length - edge) + 1
        sign = 1
    else:
        return 0
    return sign * max(MIN_STEP, min(max_step, round(max_step * depth / edge)))


def edge_step(rect: QRect, pos: QPoint, edge: int = EDGE, max_step: int = MAX_STEP) -> QPoint:
    """Scroll step for the mouse at `pos` in a viewport of `rect`'s size: none in the middle,
    faster the closer to (or further past) an edge."""
    return QPoint(
        _axis_step(pos.x(), rect.width(), edge, max_step),
        _axis_step(pos.y(), rect.height(), edge, max_step),
    )


class EdgeScroller(QObject):
    """Drives the scroll bars of `view` while a drag holds the mouse in the edge zone."""

    def __init__(self, view: QGraphicsView) -> None:
        super().__init__(view)
        self._view = view
        self._pos = QPoint()
        self._buttons = Qt.MouseButton.NoButton
        self._modifiers = Qt.KeyboardModifier.NoModifier
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.tick)

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def follow(self, pos: QPoint, buttons, modifiers) -> None:
        """The mouse moved during a drag: scroll while it stays near an edge, else stop."""
        self._pos, self._buttons, self._modifiers = QPoint(pos), buttons, modifiers
        if edge_step(self._view.viewport().rect(), pos).isNull():
            self.stop()
        elif not self._timer.isActive():
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def tick(self) -> None:
        """Scroll one step, then move the drag to where the mouse now is over the scene."""
        view = self._view
        step = edge_step(view.viewport().rect(), self._pos)
        if step.isNull():
            self.stop()
            return
        for bar, delta in ((view.horizontalScrollBar(), step.x()),
                           (view.verticalScrollBar(), step.y())):  # fmt: skip
            if delta:
                bar.setValue(bar.value() + delta)
        viewport = view.viewport()
        move = QMouseEvent(QEvent.Type.MouseMove, QPointF(self._pos),
                           QPointF(viewport.mapToGlobal(self._pos)), Qt.MouseButton.NoButton,
                           self._buttons, self._modifiers)  # fmt: skip
        view.mouseMoveEvent(move)
