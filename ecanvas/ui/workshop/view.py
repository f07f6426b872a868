"""The canvas in a workshop: one block in focus, fitted large with the others dimmed, or the
whole canvas as an overview to pick a block from.

It is the ordinary canvas view (same scene, same layout, same gestures) with three additions:
where it looks (`focus_block`, `show_overview`), the spotlight, and clicks that vote while a
voting round is open (the window decides what a click on a card means through `card_clicked`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QTransform, QUndoStack
from PySide6.QtWidgets import QGraphicsView

from ecanvas.model.layout import Rect
from ecanvas.store import WorkspaceStore
from ecanvas.ui.canvas import CanvasView
from ecanvas.ui.canvas.card_item import CardItem
from ecanvas.ui.workshop.focus import FOCUS_MARGIN, Spotlight, focus_centre, focus_zoom

OVERVIEW_MAX_ZOOM = 1.2
PAGE_SHARE = 0.85  # of the view a page down moves through a tall block

# (card id, take back) → whether the click was used (a vote placed or taken back, or refused).
CardClick = Callable[[int, bool], bool]


class WorkshopView(CanvasView):
    """A canvas view that shows one block at a time, large."""

    focusChanged = Signal(int)  # noqa: N815 (the block in focus)
    overviewChanged = Signal(bool)  # noqa: N815
    candidateChanged = Signal(int)  # noqa: N815 (the block picked in the overview)

    def __init__(self, store: WorkspaceStore, canvas_id: int, undo_stack: QUndoStack,
                 language: str = "en", parent=None) -> None:  # fmt: skip
        super().__init__(store, canvas_id, undo_stack, language, parent)
        self.setObjectName("workshopView")
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.spotlight = Spotlight(self.canvas_scene.theme)
        self.canvas_scene.addItem(self.spotlight)
        self.canvas_scene.layoutChanged.connect(self._follow_layout)
        self._block_id: int | None = None
        self._candidate: int | None = None
        self._overview = False
        self._vote_click = False  # the last right press voted: no context menu for it
        self.card_clicked: CardClick | None = None

    # ------------------------------------------------------------------ blocks
    def block_ids(self) -> list[int]:
        """The canvas's blocks in their order (the order a workshop walks through them)."""
        canvas = self.canvas_scene.canvas()
        return [] if canvas is None else [b.id for b in canvas.blocks]

    @property
    def block_id(self) -> int | None:
        return self._block_id

    @property
    def in_overview(self) -> bool:
        return self._overview

    @property
    def candidate(self) -> int | None:
        return self._candidate

    def block_rect(self, block_id: int) -> Rect | None:
        layout = self.canvas_scene.layout
        box = layout.blocks.get(block_id) if layout is not None else None
        return None if box is None else box.rect

    def focus_block(self, block_id: int | None) -> None:
        """Show one block large, the others dimmed (None: the first block)."""
        ids = self.block_ids()
        if block_id not in ids:
            block_id = ids[0] if ids else None
        was_overview = self._overview
        self._overview = False
        self._block_id = block_id
        self._candidate = None
        if block_id is not None:
            self.canvas_scene.show_block(block_id)
        self._fit_focus()
        if was_overview:
            self.overviewChanged.emit(False)
        self.focusChanged.emit(-1 if block_id is None else block_id)

    def step(self, delta: int) -> None:
        """The next (+1) or previous (−1) block; in the overview, the next block to pick."""
        ids = self.block_ids()
        if not ids:
            return
        current = self._candidate if self._overview else self._block_id
        index = ids.index(current) if current in ids else -1
        target = ids[max(0, min(len(ids) - 1, index + delta))]
        if self._overview:
            self._set_candidate(target)
        elif target != self._block_id:
            self.focus_block(target)

    def page(self, delta: int) -> None:
        """Page Down (+1) or Up (−1): through a block taller than the view a screen at a time,
        then on to the next (or previous) block, as a presentation clicker expects."""
        rect = self.block_rect(self._block_id) if self._block_id is not None else None
        if self._overview or rect is None:
            self.step(delta)
            return
        zoom = self.zoom_factor()
        seen = self.mapToScene(self.viewport().rect()).boundingRect()
        margin = FOCUS_MARGIN / zoom
        if delta > 0 and rect.bottom + margin > seen.bottom() + 1:
            room = min(seen.height() * PAGE_SHARE, rect.bottom + margin - seen.bottom())
        elif delta < 0 and rect.y - margin < seen.top() - 1:
            room = -min(seen.height() * PAGE_SHARE, seen.top() - (rect.y - margin))
        else:
            self.step(delta)
            return
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + round(room * zoom))

    def _fit_focus(self) -> None:
        rect = self.block_rect(self._block_id) if self._block_id is not None else None
        self.spotlight.shine_on(rect, self.sceneRect())
        if rect is None:
            self.fit_to_window()
            return
        size = self.viewport().size()
        zoom = focus_zoom(rect, size.width(), size.height())
        self._apply_zoom(zoom)
        x, y = focus_centre(rect, zoom, size.width(), size.height())
        self.centerOn(x, y)

    def _apply_zoom(self, zoom: float) -> None:
        if abs(self.zoom_factor() - zoom) > 1e-6:
            self.setTransform(QTransform.fromScale(zoom, zoom))
            self.zoomChanged.emit(zoom)

    def _follow_layout(self) -> None:
        """The block grew or shrank (cards added, moved, sorted): keep it lit and readable."""
        if self._overview or self._block_id is None:
            return
        rect = self.block_rect(self._block_id)
        self.spotlight.shine_on(rect, self.sceneRect())
        if rect is not None and not self.canvas_scene.is_editing:
            size = self.viewport().size()
            wanted = focus_zoom(rect, size.width(), size.height())
            if wanted < self.zoom_factor() - 1e-6:  # it no longer fits: step back, never jump in
                self._fit_focus()

    # ------------------------------------------------------------------ the overview
    def show_overview(self) -> None:
        """The whole canvas, nothing dimmed; the block in focus is the one picked."""
        self._overview = True
        self._candidate = self._block_id
        self.spotlight.shine_on(None, self.sceneRect())
        self._fit(OVERVIEW_MAX_ZOOM)
        self.overviewChanged.emit(True)
        if self._candidate is not None:
            self.candidateChanged.emit(self._candidate)

    def leave_overview(self, choose: bool = True) -> None:
        """Back to one block: the one picked (or the one in focus before, when not `choose`)."""
        if self._overview:
            self.focus_block(self._candidate if choose else self._block_id)

    def _set_candidate(self, block_id: int | None) -> None:
        if block_id is None or block_id == self._candidate:
            return
        self._candidate = block_id
        self.canvas_scene.show_block(block_id)
        self.candidateChanged.emit(block_id)

    # ------------------------------------------------------------------ the mouse
    def mousePressEvent(self, event) -> None:
        self._vote_click = False
        if self._claim_click(event):
            self._vote_click = event.button() == Qt.MouseButton.RightButton
            return
        super().mousePressEvent(event)

    def contextMenuEvent(self, event) -> None:
        if self._vote_click or self._overview:
            self._vote_click = False
            event.accept()
            return
        super().contextMenuEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        if self._claim_click(event):  # a quick second click is a second vote
            return
        super().mouseDoubleClickEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._overview and not event.buttons():
            block = self._block_under(event.position())
            if block is not None:
                self._set_candidate(block)
        super().mouseMoveEvent(event)

    def _claim_click(self, event) -> bool:
        """Clicks that mean something else in a workshop: picking a block in the overview, a
        dimmed block to focus it, and a card to vote for while a round is open."""
        button = event.button()
        if button not in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            return False
        if self.canvas_scene.is_editing:
            return False
        position = event.position()
        block = self._block_under(position)
        if self._overview:
            if block is not None and button == Qt.MouseButton.LeftButton:
                self._candidate = block
                self.leave_overview()
            event.accept()
            return True
        if block is not None and block != self._block_id:
            if button == Qt.MouseButton.LeftButton:
                self.focus_block(block)
            event.accept()
            return True
        card = self._card_under(position)
        if card is None or self.card_clicked is None:
            return False
        take_back = button == Qt.MouseButton.RightButton or bool(
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        if card.handle_contains(self.mapToScene(position.toPoint())):
            return False  # the link handle keeps drawing arrows
        if self.card_clicked(card.card_id, take_back):
            event.accept()
            return True
        return False

    def _block_under(self, position: QPointF) -> int | None:
        item = self.canvas_scene.block_item_at(self.mapToScene(position.toPoint()))
        return None if item is None else item.block_id

    def _card_under(self, position: QPointF) -> CardItem | None:
        return self.canvas_scene.card_item_at(self.mapToScene(position.toPoint()))

    # ------------------------------------------------------------------ the canvas's own view
    def _view_moved(self, *_args) -> None:
        """The workshop's zoom and scroll are its own: the canvas keeps the view the user left
        it in (its "canvas.<id>.view" setting) for the ordinary window."""

    def save_view_state(self) -> None:
        """Nothing to remember (see `_view_moved`)."""

    # ------------------------------------------------------------------ size
    def showEvent(self, event) -> None:
        self._user_zoomed = True  # the workshop decides the zoom, not the first-show fit
        super().showEvent(event)
        self._refit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._refit()

    def _refit(self) -> None:
        if self._overview:
            self._fit(OVERVIEW_MAX_ZOOM)
        else:
            self._fit_focus()
