"""The in-place editor of an arrow's label: one line, centred on the arrow's midpoint.

Enter finishes, Esc cancels, and leaving the editor (a click elsewhere) finishes. Like the card
editor it only reports; the editing controller turns the outcome into a command.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from ecanvas.ui.canvas import style
from ecanvas.ui.canvas.text_editor import InPlaceTextEditor

FONT_PX = 13
MIN_WIDTH = 90.0
_PAD_X = 10.0
_PAD_Y = 3.0


def one_line(text: str) -> str:
    """The label as stored: pasted line breaks and runs of spaces become single spaces."""
    return " ".join(text.split())


class LinkLabelEditor(InPlaceTextEditor):
    """A small line editor whose centre stays on `centre` (scene coordinates) as it grows.

    It never asks for a next item: `finished` always carries False.
    """

    def __init__(self, centre: QPointF, text: str, background: QColor, accent: QColor) -> None:
        super().__init__(text, style.font(FONT_PX), QColor(background))
        self._centre = QPointF(centre)
        self._background = QColor(background)
        self._accent = QColor(accent)
        self.document().contentsChanged.connect(self._recentre)
        self._recentre()
        cursor = self.textCursor()
        cursor.select(cursor.SelectionType.Document)
        self.setTextCursor(cursor)

    def text(self) -> str:
        return one_line(self.toPlainText())

    def _text_width(self) -> float:
        return max(MIN_WIDTH, super().boundingRect().width())

    def _recentre(self) -> None:
        size = super().boundingRect().size()
        self.prepareGeometryChange()
        self.setPos(self._centre - QPointF(self._text_width() / 2, size.height() / 2))

    def _frame(self) -> QRectF:
        height = super().boundingRect().height()
        return QRectF(-_PAD_X, -_PAD_Y, self._text_width() + 2 * _PAD_X, height + 2 * _PAD_Y)

    def boundingRect(self) -> QRectF:
        return self._frame().adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = self._frame()
        radius = frame.height() / 2
        painter.setPen(QPen(self._accent, 1.5))
        painter.setBrush(self._background)
        painter.drawRoundedRect(frame, radius, radius)
        self.paint_text(painter, option, widget)
