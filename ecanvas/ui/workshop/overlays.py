"""Things drawn over the workshop window: a short message (no status bar in a workshop) and the
frame that pulses red when the time is up."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QLabel, QWidget

TOAST_MS = 3800
PULSE_MS = 400
PULSES = 12
FRAME_COLOUR = QColor("#D32F2F")


class Toast(QLabel):
    """A message shown for a few seconds near the bottom of the window."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("workshopToast")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setStyleSheet(
            "QLabel#workshopToast { background: rgba(30, 34, 40, 225); color: white;"
            " border-radius: 10px; padding: 10px 18px; }"
        )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self._bottom = 0
        self.hide()

    def show_message(self, text: str, scale: float = 1.0, bottom: int = 0) -> None:
        font = QFont(self.font())
        font.setPixelSize(round(20 * scale))
        self.setFont(font)
        self.setText(text)
        self._bottom = bottom
        self._place()
        self.show()
        self.raise_()
        self._timer.start(TOAST_MS)

    def _place(self) -> None:
        parent = self.parentWidget()
        width = min(parent.width() - 80, max(360, round(parent.width() * 0.5)))
        self.setFixedWidth(width)
        self.adjustSize()
        x = (parent.width() - width) // 2
        y = parent.height() - self._bottom - self.height() - 24
        self.move(x, y)


class TimeUpFrame(QWidget):
    """A thick red frame round the whole window that pulses a few times, then goes."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("workshopTimeUp")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._timer = QTimer(self)
        self._timer.setInterval(PULSE_MS)
        self._timer.timeout.connect(self._pulse)
        self._pulses = 0
        self._lit = False
        self.hide()

    def start(self) -> None:
        self.setGeometry(QRect(0, 0, self.parentWidget().width(), self.parentWidget().height()))
        self._pulses, self._lit = 0, True
        self.show()
        self.raise_()
        self._timer.start()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def _pulse(self) -> None:
        self._pulses += 1
        self._lit = not self._lit
        self.update()
        if self._pulses >= PULSES:
            self._timer.stop()
            self.hide()

    def paintEvent(self, event) -> None:
        if not self._lit:
            return
        painter = QPainter(self)
        width = max(10, self.height() // 60)
        painter.setPen(QPen(FRAME_COLOUR, width))
        painter.drawRect(self.rect().adjusted(width // 2, width // 2, -width // 2, -width // 2))
