"""Where a workshop looks: the zoom and the scene point that show one block large, and the
spotlight that dims everything else. The block's rectangle is the canvas layout's (it grows with
its cards), so the workshop draws the same canvas as everywhere else, only closer."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsPathItem

from ecanvas.model.layout import Rect
from ecanvas.ui.canvas import style

# Card text is drawn at 15–17 canvas units (style.CARD_TEXT_SIZES): at this zoom even the smaller
# size is 24 px high, readable from the back of a room on a 1280×720 projector.
READABLE_TEXT_PX = 24.0
READABLE_ZOOM = READABLE_TEXT_PX / min(style.CARD_TEXT_SIZES)
MAX_FOCUS_ZOOM = 3.0
FOCUS_MARGIN = 28.0  # pixels between the block and the edge of the view
SPOTLIGHT_GAP = 10.0  # canvas units of light around the block
Z_SPOTLIGHT = 9.0  # above cards and links (even dragged ones), below the inline editor


def focus_zoom(block: Rect, width: float, height: float) -> float:
    """The zoom that fits the block into a view of width × height pixels, never below the
    readable zoom (a tall block then scrolls) nor above MAX_FOCUS_ZOOM."""
    room_w, room_h = max(1.0, width - 2 * FOCUS_MARGIN), max(1.0, height - 2 * FOCUS_MARGIN)
    fit = min(room_w / max(1.0, block.w), room_h / max(1.0, block.h))
    return max(READABLE_ZOOM, min(MAX_FOCUS_ZOOM, fit))


def focus_centre(block: Rect, zoom: float, width: float, height: float) -> tuple[float, float]:
    """The scene point to centre the view on: the block's centre where it fits, else its top
    (and left) edge at the margin, so its header and first cards show."""
    x, y = block.centre
    half_w, half_h = width / 2 / zoom, height / 2 / zoom
    margin = FOCUS_MARGIN / zoom
    if block.w * zoom > width - 2 * FOCUS_MARGIN:
        x = block.x - margin + half_w
    if block.h * zoom > height - 2 * FOCUS_MARGIN:
        y = block.y - margin + half_h
    return x, y


class Spotlight(QGraphicsPathItem):
    """A veil over the whole canvas with a hole where the block in focus is: the other blocks
    stay visible but dimmed. It takes no clicks (they reach what is beneath)."""

    def __init__(self, theme: style.CanvasTheme) -> None:
        super().__init__()
        self.theme = theme
        self.setZValue(Z_SPOTLIGHT)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.setPen(Qt.PenStyle.NoPen)
        self._hole: QRectF | None = None

    def shine_on(self, hole: Rect | None, around: QRectF) -> None:
        """Light `hole` (a block's rectangle) and veil the rest of `around` (None: no veil)."""
        self.setVisible(hole is not None)
        if hole is None:
            return
        lit = QRectF(hole.x, hole.y, hole.w, hole.h).adjusted(
            -SPOTLIGHT_GAP, -SPOTLIGHT_GAP, SPOTLIGHT_GAP, SPOTLIGHT_GAP
        )
        if lit == self._hole and self.path().boundingRect().contains(around):
            return
        self._hole = lit
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.OddEvenFill)
        path.addRect(around.united(lit).adjusted(-2000, -2000, 2000, 2000))
        path.addRoundedRect(lit, style.BLOCK_RADIUS + 4, style.BLOCK_RADIUS + 4)
        self.setPath(path)

    @property
    def hole(self) -> QRectF | None:
        return self._hole if self.isVisible() else None

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.with_alpha(self.theme.background, 222))
        painter.drawPath(self.path())
