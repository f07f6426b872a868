"""What the card editor and the arrow-label editor share: the outcome and the keys.

Enter finishes, Esc cancels, and leaving the editor (a click elsewhere) finishes without asking
for a next item. An editor only reports its outcome, once; the editing controller decides what
to write.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QGraphicsTextItem, QStyle, QStyleOptionGraphicsItem

from ecanvas.ui.canvas import style

_KEEP_EDITING = (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason)


class InPlaceTextEditor(QGraphicsTextItem):
    """A text item that edits `text` on `background` and reports `finished` or `cancelled`."""

    finished = Signal(str, bool)  # the text, and whether the user wants a next item
    cancelled = Signal()
    MULTILINE = False  # True: Shift+Enter starts a new line and Enter asks for a next item

    def __init__(self, text: str, font: QFont, background: QColor) -> None:
        super().__init__()
        self._done = False
        self.document().setDocumentMargin(0)
        self.setFont(font)
        self.setDefaultTextColor(style.text_colour_on(background))
        self.setPlainText(text)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setZValue(style.Z_EDITOR)

    @property
    def is_done(self) -> bool:
        return self._done

    def text(self) -> str:
        return self.toPlainText()

    # ------------------------------------------------------------------ outcome
    def finish(self, wants_next: bool = False) -> None:
        if not self._done:
            self._done = True
            self.finished.emit(self.text(), wants_next and self.MULTILINE)

    def cancel(self) -> None:
        if not self._done:
            self._done = True
            self.cancelled.emit()

    # ------------------------------------------------------------------ Qt overrides
    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.MULTILINE and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
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

    def paint_text(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget) -> None:
        """The text without Qt's selection and focus frame (the editor draws its own)."""
        plain = QStyleOptionGraphicsItem(option)
        plain.state &= ~(QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus)
        super().paint(painter, plain, widget)
