"""The canvas view: zoom (Ctrl+wheel around the cursor, steps, fit), pan (scrollbars, middle
button, Space+drag), rubber-band selection, and scrolling while a drag nears the edge.

A canvas opens fitted to the view, but never magnified and never below a zoom at which its card
text is readable (it then shows the canvas's top-left part). Each canvas remembers its zoom and
scroll position in the workspace (the setting "canvas.<id>.view"), written shortly after the user
stops zooming or scrolling, when the tab is left and when the view closes.

The main window owns the zoom shortcuts as actions and calls the methods here; while the inline
editor is open, the view claims every key so those window shortcuts cannot steal typing.
"""

from __future__ import annotations

import contextlib
import math

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QTransform, QUndoStack
from PySide6.QtWidgets import QGraphicsView

from ecanvas.store import WorkspaceError, WorkspaceStore
from ecanvas.ui.actions import Actions
from ecanvas.ui.canvas.autoscroll import EdgeScroller
from ecanvas.ui.canvas.scene import CanvasScene

MIN_ZOOM = 0.1
MAX_ZOOM = 4.0
MAX_FIT_ZOOM = 1.5
ZOOM_STEP = 1.25
FIT_MARGIN = 24.0
READABLE_ZOOM = 0.6  # card text (15–17 px) stays at least 9 px high on screen
SAVE_DELAY_MS = 1200  # the view is remembered this long after the last zoom or scroll


def view_setting(canvas_id: int) -> str:
    """The workspace setting that holds a canvas's zoom and centre."""
    return f"canvas.{canvas_id}.view"


def _saved_view(value: object) -> tuple[float, QPointF] | None:
    """(zoom, centre) from a stored view setting, or None when it is not one."""
    if not isinstance(value, dict):
        return None
    zoom, centre = value.get("zoom"), value.get("centre")
    numbers = [zoom, *(centre if isinstance(centre, list) else [])]
    if len(numbers) != 3 or not all(isinstance(n, int | float) and math.isfinite(n)
                                    for n in numbers):  # fmt: skip
        return None
    return (max(MIN_ZOOM, min(MAX_ZOOM, float(zoom))), QPointF(centre[0], centre[1]))


class CanvasView(QGraphicsView):
    """A view of one canvas; `canvas_scene` is its scene."""

    zoomChanged = Signal(float)  # noqa: N815 (Qt signal names are camelCase)

    def __init__(self, store: WorkspaceStore, canvas_id: int, undo_stack: QUndoStack,
                 language: str = "en", parent=None,
                 actions: Actions | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.canvas_id = canvas_id
        if actions is None:  # a view of its own (a snapshot, a test): its own set of actions
            actions = Actions(self)
            actions.bind_canvas_actions(lambda: self)
            actions.enable_writing(not store.read_only)
        self.actions = actions
        self.canvas_scene = CanvasScene(store, canvas_id, undo_stack, language, parent=self,
                                        actions=actions)  # fmt: skip
        self.setScene(self.canvas_scene)
        self.setObjectName("canvasView")
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setDragMode(QGraphicsView.DragMode.NoDrag)  # the scene's RubberBand gesture
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pan_from: QPoint | None = None
        self._space_held = False
        self._user_zoomed = False
        self._shown_once = False
        self._placing = False  # while the view is placed on open: nothing to remember
        self.autoscroll = EdgeScroller(self)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_view_state)
        self.horizontalScrollBar().valueChanged.connect(self._view_moved)
        self.verticalScrollBar().valueChanged.connect(self._view_moved)
        self.zoomChanged.connect(self._view_moved)

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
        """The laid-out canvas (blocks, and labels placed outside them) with a margin."""
        layout = self.canvas_scene.layout
        if self.canvas_scene.canvas() is None or layout is None:
            return QRectF()
        b = layout.bounds
        return QRectF(b.x, b.y, b.w, b.h).adjusted(-margin, -margin, margin, margin)

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
                self._placing = True
                try:
                    self._initial_zoom()
                finally:
                    self._placing = False

    def _initial_zoom(self) -> None:
        """Where the user left this canvas; else fitted, never magnified and never below a
        readable zoom (then its top-left part shows)."""
        saved = _saved_view(self.canvas_scene.store.workspace.settings.get(self._setting))
        if saved is not None:
            zoom, centre = saved
            self._set_zoom(zoom, centre=False)
            self.centerOn(centre)
            self._user_zoomed = False
            return
        viewport = self.viewport().rect()
        tight = self._content_rect(margin=0.0)
        if tight.isEmpty() or viewport.isEmpty():
            return
        if tight.width() <= viewport.width() and tight.height() <= viewport.height():
            self.centerOn(tight.center())  # it fits at 100 %
            return
        rect = self._content_rect(margin=FIT_MARGIN)
        fit = min(viewport.width() / rect.width(), viewport.height() / rect.height(), 1.0)
        zoom = max(fit, READABLE_ZOOM)
        self._set_zoom(zoom, centre=False)
        if zoom == fit:
            self.centerOn(rect.center())
        else:
            half = QPointF(viewport.width(), viewport.height()) / (2 * zoom)
            self.centerOn(rect.topLeft() + half)
        self._user_zoomed = False

    # ------------------------------------------------------------------ remembering the view
    @property
    def _setting(self) -> str:
        return view_setting(self.canvas_id)

    def view_state(self) -> dict:
        """The zoom and the scene point at the centre of the view, as stored."""
        centre = self.mapToScene(self.viewport().rect().center())
        return {"zoom": round(self.zoom_factor(), 4),
                "centre": [round(centre.x(), 1), round(centre.y(), 1)]}  # fmt: skip

    def _view_moved(self, *_args) -> None:
        if self._shown_once and not self._placing:
            self._save_timer.start()

    def save_view_state(self) -> None:
        """Remember this canvas's zoom and scroll position in the workspace (a preference:
        nothing is written to a read-only workspace, and a failure is not the user's concern)."""
        self._save_timer.stop()
        store = self.canvas_scene.store
        if not self._shown_once or store.read_only or store.closed:
            return
        if self.canvas_scene.canvas() is None:
            return
        state = self.view_state()
        if store.workspace.settings.get(self._setting) == state:
            return
        with contextlib.suppress(WorkspaceError, ValueError, OSError):
            store.set_setting(self._setting, state)

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
        return bool(buttons & Qt.MouseButton.LeftButton) and self.canvas_scene.is_dragging

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
        if self._save_timer.isActive():
            self.save_view_state()
        super().hideEvent(event)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self.canvas_scene.is_editing:
            event.accept()  # typing goes to the inline editor, not to window shortcuts
            return True
        return super().event(event)
