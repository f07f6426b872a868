"""The in-place editor of an arrow's label: one line, centred on the arrow's midpoint.

Enter finishes, Esc cancels, and leaving the editor (a click elsewhere) finishes. Like the card
editor it only reports; the editing controller turns the outcome into a command.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsTextItem, QStyle, QStyleOptionGraphicsItem

from ecanvas.ui.canvas import style

FONT_PX = 13
MIN_WIDTH = 90.0
_PAD_X = 10.0
_PAD_Y = 3.0
_KEEP_EDITING = (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason)


def one_line(text: str) -> str:
    """The label as stored: pasted line breaks and runs of spaces become single spaces."""
    return " ".join(text.split())


class LinkLabelEditor(QGraphicsTextItem):
    """A small line editor whose centre stays on `centre` (scene coordinates) as it grows."""

    finished = Signal(str, bool)  # the text, and (always False) whether a next item is wanted
    cancelled = Signal()

    def __init__(self, centre: QPointF, text: str, background: QColor, accent: QColor) -> None:
        super().__init__()
        self._centre = QPointF(centre)
        self._background = QColor(background)
        self._accent = QColor(accent)
        self._done = False
        self.document().setDocumentMargin(0)
        self.setFont(style.font(FONT_PX))
        self.setDefaultTextColor(style.text_colour_on(self._background))
        self.setPlainText(text)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setZValue(style.Z_EDITOR)
        self.document().contentsChanged.connect(self._recentre)
        self._recentre()
        cursor = self.textCursor()
        cursor.select(cursor.SelectionType.Document)
        self.setTextCursor(cursor)

    @property
    def is_done(self) -> bool:
        return self._done

    def text(self) -> str:
        return one_line(self.toPlainText())

    def _text_width(self) -> float:
        return max(MIN_WIDTH, super().boundingRect().width())

    def _recentre(self) -> None:
        size = super().boundingRect().size()
        self.prepareGeometryChange()
        self.setPos(self._centre - QPointF(self._text_width() / 2, size.height() / 2))

    # ------------------------------------------------------------------ outcome
    def finish(self, wants_next: bool = False) -> None:
        if not self._done:
            self._done = True
            self.finished.emit(self.text(), False)

    def cancel(self) -> None:
        if not self._done:
            self._done = True
            self.cancelled.emit()

    # ------------------------------------------------------------------ Qt overrides
    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish()
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            self.cancel()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if event.reason() not in _KEEP_EDITING:
            self.finish()

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
        plain = QStyleOptionGraphicsItem(option)
        plain.state &= ~(QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus)
        super().paint(painter, plain, widget)
