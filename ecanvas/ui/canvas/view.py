"""The canvas view: zoom (Ctrl+wheel around the cursor, steps, fit), pan (scrollbars, middle
button, Space+drag), rubber-band selection, and scrolling while a drag nears the edge.

The main window owns the zoom shortcuts as actions and calls the methods here; while the inline
editor is open, the view claims every key so those window shortcuts cannot steal typing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QTransform, QUndoStack
from PySide6.QtWidgets import QGraphicsView

from ecanvas.store import WorkspaceStore
from ecanvas.ui.canvas.autoscroll import EdgeScroller
from ecanvas.ui.canvas.scene import CanvasScene

MIN_ZOOM = 0.1
MAX_ZOOM = 4.0
MAX_FIT_ZOOM = 1.5
ZOOM_STEP = 1.25
FIT_MARGIN = 24.0


class CanvasView(QGraphicsView):
    """A view of one canvas; `canvas_scene` is its scene."""

    zoomChanged = Signal(float)  # noqa: N815 (Qt signal names are camelCase)

    def __init__(self, store: WorkspaceStore, canvas_id: int, undo_stack: QUndoStack,
                 language: str = "en", parent=None) -> None:  # fmt: skip
        super().__init__(parent)
        self.canvas_id = canvas_id
        self.canvas_scene = CanvasScene(store, canvas_id, undo_stack, language, parent=self)
        self.setScene(self.canvas_scene)
        self.setObjectName("canvasView")
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pan_from: QPoint | None = None
        self._space_held = False
        self._user_zoomed = False
        self._shown_once = False
        self.autoscroll = EdgeScroller(self)

    # ------------------------------------------------------------------ zoom
    def zoom_factor(self) -> float:
        return self.transform().m11()

    def zoom_in(self) -> None:
        self._set_zoom(self.zoom_factor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self.zoom_factor() / ZOOM_STEP)

    def zoom_reset(self) -> None:
        self._set_zoom(1.0)

    def set_zoom(self, factor: float) -> None:
        """Zoom to `factor` (1.0 == 100 %), keeping the centre of the view in place."""
        self._set_zoom(factor)

    def fit_to_window(self) -> None:
        """Show the whole canvas (never magnified beyond 150 %)."""
        self._fit(MAX_FIT_ZOOM)

    def _fit(self, limit: float) -> None:
        self._user_zoomed = True
        rect = self._content_rect()
        viewport = self.viewport().rect()
        if rect.isEmpty() or viewport.isEmpty():
            return
        scale = min(viewport.width() / rect.width(), viewport.height() / rect.height(), limit)
        self._set_zoom(scale, centre=False)
        self.centerOn(rect.center())

    def _content_rect(self, margin: float = FIT_MARGIN) -> QRectF:
        canvas = self.canvas_scene.canvas()
        if canvas is None:
            return QRectF()
        x, y, w, h = canvas.bounds()
        rect = QRectF(x, y, w, h)
        for item in self.canvas_scene.card_items.values():
            if not rect.contains(item.card_scene_rect()):
                rect = rect.united(item.card_scene_rect())
        return rect.adjusted(-margin, -margin, margin, margin)

    def _set_zoom(self, factor: float, centre: bool = True,
                  anchor: QPoint | None = None) -> None:  # fmt: skip
        """Zoom to `factor`, keeping the view centre (or the scene point under `anchor`)."""
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        self._user_zoomed = True
        old = self.zoom_factor()
        fixed = self.viewport().rect().center() if anchor is None else anchor
        scene_point = self.mapToScene(fixed)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setTransform(QTransform.fromScale(factor, factor))
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        if centre or anchor is not None:
            shift = self.mapFromScene(scene_point) - fixed
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + shift.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() + shift.y())
        if abs(old - factor) > 1e-9:
            self.zoomChanged.emit(factor)

    def ensure_card_visible(self, card_id: int) -> None:
        item = self.canvas_scene.card_items.get(card_id)
        if item is not None:
            self.centerOn(item.centre())

    # ------------------------------------------------------------------ first show
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if not self._user_zoomed:
                self._initial_zoom()

    def _initial_zoom(self) -> None:
        """100 % when the canvas fits, otherwise fit it (never magnified)."""
        rect = self._content_rect(margin=0.0)
        viewport = self.viewport().rect()
        if rect.width() <= viewport.width() and rect.height() <= viewport.height():
            self.centerOn(rect.center())
        else:
            self._fit(1.0)
        self._user_zoomed = False

    # ------------------------------------------------------------------ wheel and panning
    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                anchor = event.position().toPoint()
                self._set_zoom(self.zoom_factor() * ZOOM_STEP**steps, anchor=anchor)
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event) -> None:
        middle = event.button() == Qt.MouseButton.MiddleButton
        space_drag = event.button() == Qt.MouseButton.LeftButton and self._space_held
        if middle or space_drag:
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._pan_from is not None:
            point = event.position().toPoint()
            delta = point - self._pan_from
            self._pan_from = point
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        point = event.position().toPoint()
        if self.canvas_scene.is_moving_cards and not self.viewport().rect().contains(point):
            self.autoscroll.stop()  # the cards leave the view: the scene starts a system drag
        super().mouseMoveEvent(event)
        if self._is_dragging(event.buttons()):
            self.autoscroll.follow(point, event.buttons(), event.modifiers())
        else:
            self.autoscroll.stop()

    def _is_dragging(self, buttons) -> bool:
        """True while cards, a new link or a rubber band follow the left button."""
        if not buttons & Qt.MouseButton.LeftButton:
            return False
        return self.canvas_scene.is_dragging or not self.rubberBandRect().isNull()

    def mouseReleaseEvent(self, event) -> None:
        self.autoscroll.stop()
        if self._pan_from is not None:
            self._pan_from = None
            self._restore_cursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def _restore_cursor(self) -> None:
        if self._space_held:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.viewport().unsetCursor()

    # ------------------------------------------------------------------ keys
    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and not self.canvas_scene.is_editing:
            if not event.isAutoRepeat():
                self._space_held = True
                self._restore_cursor()
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = False
            self._restore_cursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def focusOutEvent(self, event) -> None:
        self._space_held = False
        super().focusOutEvent(event)

    def hideEvent(self, event) -> None:
        self.autoscroll.stop()
        super().hideEvent(event)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self.canvas_scene.is_editing:
            event.accept()  # typing goes to the inline editor, not to window shortcuts
            return True
        return super().event(event)
