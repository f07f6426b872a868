"""The in-place text editor for quick capture and card editing, drawn as the note it edits.

Enter finishes (and asks for the next card), Shift+Enter starts a new line, Esc cancels, and
leaving the editor (a click elsewhere) finishes without asking for a next card. The editor only
reports; the editing controller decides what to write.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsTextItem, QStyle, QStyleOptionGraphicsItem

from ecanvas.model import CARD_HEIGHT, CARD_WIDTH
from ecanvas.ui.canvas import style

_PAD = style.CARD_PADDING
_KEEP_EDITING = (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason)


class InlineEditor(QGraphicsTextItem):
    """A note-shaped text editor placed with its card's top-left corner at `corner`."""

    finished = Signal(str, bool)  # the text, and whether the user wants a next card
    cancelled = Signal()

    def __init__(self, corner: QPointF, colour: str, accent: QColor, text: str = "") -> None:
        super().__init__()
        self._colour = QColor(colour)
        self._accent = QColor(accent)
        self._done = False
        self.document().setDocumentMargin(0)
        self.setFont(style.font(style.CARD_TEXT_SIZES[0]))
        self.setDefaultTextColor(style.text_colour_on(self._colour))
        self.setTextWidth(CARD_WIDTH - 2 * _PAD)
        self.setPlainText(text)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setZValue(style.Z_EDITOR)
        self.setPos(corner + QPointF(_PAD, _PAD - 1))
        cursor = self.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.setTextCursor(cursor)

    @property
    def is_done(self) -> bool:
        return self._done

    def text(self) -> str:
        return self.toPlainText()

    # ------------------------------------------------------------------ outcome
    def finish(self, wants_next: bool = False) -> None:
        if not self._done:
            self._done = True
            self.finished.emit(self.toPlainText(), wants_next)

    def cancel(self) -> None:
        if not self._done:
            self._done = True
            self.cancelled.emit()

    # ------------------------------------------------------------------ Qt overrides
    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.textCursor().insertText("\n")
            else:
                self.finish(wants_next=True)
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
            self.finish(wants_next=False)

    def boundingRect(self) -> QRectF:
        return self._note_rect().adjusted(-4, -4, 4, 6)

    def _note_rect(self) -> QRectF:
        height = max(CARD_HEIGHT, super().boundingRect().height() + 2 * _PAD)
        return QRectF(-_PAD, -_PAD + 1, CARD_WIDTH, height)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        note = self._note_rect()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 45))
        painter.drawRoundedRect(note.translated(0, 3), style.CARD_RADIUS, style.CARD_RADIUS)
        painter.setBrush(self._colour)
        painter.setPen(QPen(self._accent, 2.0))
        painter.drawRoundedRect(note, style.CARD_RADIUS, style.CARD_RADIUS)
        plain = QStyleOptionGraphicsItem(option)
        plain.state &= ~(QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus)
        super().paint(painter, plain, widget)
