"""The in-place text editor for quick capture and card editing, drawn as the note it edits.

Enter finishes (and asks for the next card), Shift+Enter starts a new line, Esc cancels, and
leaving the editor (a click elsewhere) finishes without asking for a next card. The editor only
reports; the editing controller decides what to write.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from ecanvas.model.layout import NORMAL
from ecanvas.ui.canvas import style
from ecanvas.ui.canvas.text_editor import InPlaceTextEditor

_PAD = style.CARD_PADDING


class InlineEditor(InPlaceTextEditor):
    """A note-shaped text editor placed with its card's top-left corner at `corner`, as wide as
    the card and at least as tall (it grows with the text)."""

    MULTILINE = True

    def __init__(self, corner: QPointF, colour: str, accent: QColor, text: str = "",
                 size: tuple[float, float] = (NORMAL.card_w, NORMAL.card_h)) -> None:  # fmt: skip
        background = QColor(colour)
        super().__init__(text, style.font(style.CARD_TEXT_SIZES[0]), background)
        self._colour = background
        self._accent = QColor(accent)
        self._size = size
        self.setTextWidth(size[0] - 2 * _PAD)
        self.setPos(corner + QPointF(_PAD, _PAD - 1))
        cursor = self.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.setTextCursor(cursor)

    def boundingRect(self) -> QRectF:
        return self._note_rect().adjusted(-4, -4, 4, 6)

    def _note_rect(self) -> QRectF:
        height = max(self._size[1], super().boundingRect().height() + 2 * _PAD)
        return QRectF(-_PAD, -_PAD + 1, self._size[0], height)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        note = self._note_rect()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 45))
        painter.drawRoundedRect(note.translated(0, 3), style.CARD_RADIUS, style.CARD_RADIUS)
        painter.setBrush(self._colour)
        painter.setPen(QPen(self._accent, 2.0))
        painter.drawRoundedRect(note, style.CARD_RADIUS, style.CARD_RADIUS)
        self.paint_text(painter, option, widget)
