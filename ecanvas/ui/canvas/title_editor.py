"""The in-place editor of a block's title: one line over the title in the block's header.

Enter finishes, Esc cancels, and leaving the editor (a click elsewhere) finishes. Like the other
editors it only reports; the block editing controller turns the outcome into a command.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from ecanvas.ui.canvas import style
from ecanvas.ui.canvas.label_editor import one_line
from ecanvas.ui.canvas.text_editor import InPlaceTextEditor

_PAD_X = 6.0
_PAD_Y = 2.0


class BlockTitleEditor(InPlaceTextEditor):
    """A line editor with its text's top-left corner at `corner`, at least `width` wide; the
    whole title starts selected so typing replaces it."""

    def __init__(self, corner: QPointF, width: float, text: str, colour: str,
                 accent: QColor) -> None:  # fmt: skip
        background = QColor(colour)
        super().__init__(text, style.font(style.TITLE_FONT_PX, bold=True), background)
        self._background = background
        self._accent = QColor(accent)
        self._min_width = max(60.0, width)
        self.setPos(corner)
        self._frame_rect = QRectF()
        self.document().contentsChanged.connect(self._update_frame)
        self._update_frame()
        cursor = self.textCursor()
        cursor.select(cursor.SelectionType.Document)
        self.setTextCursor(cursor)

    def text(self) -> str:
        return one_line(self.toPlainText())

    def _update_frame(self) -> None:
        """The frame grows with the text (kept, so painting and bounds agree)."""
        size = super().boundingRect().size()
        width = max(self._min_width, size.width())
        self.prepareGeometryChange()
        self._frame_rect = QRectF(-_PAD_X, -_PAD_Y, width + 2 * _PAD_X, size.height() + 2 * _PAD_Y)

    def _frame(self) -> QRectF:
        return QRectF(self._frame_rect)

    def boundingRect(self) -> QRectF:
        return self._frame_rect.adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self._accent, 1.5))
        painter.setBrush(self._background)
        painter.drawRoundedRect(self._frame(), 4, 4)
        self.paint_text(painter, option, widget)
