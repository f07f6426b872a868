"""The colour palette: a row of sticky-note chips. Drag a chip onto a block to create a card of
that colour; click a chip to make it the colour of quick capture."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDrag, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QHBoxLayout, QSizePolicy, QWidget

from ecanvas.model import DEFAULT_CARD_COLOUR
from ecanvas.model.layout import NORMAL
from ecanvas.ui.canvas import style
from ecanvas.ui.i18n import RetranslatesOnLanguageChange
from ecanvas.ui.mime import colour_mime

CHIP_SIZE = 26


class ColourChip(RetranslatesOnLanguageChange, QWidget):
    """One draggable colour swatch."""

    clicked = Signal(str)

    def __init__(self, colour: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour = colour
        self.name = name
        self._press: QPoint | None = None
        self._current = False
        self.setFixedSize(QSize(CHIP_SIZE + 6, CHIP_SIZE + 6))
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setAccessibleName(style.colour_name(name))
        self.retranslate()

    def retranslate(self) -> None:
        tip = self.tr("%1 card: drag onto a block to add one, click to use it for quick capture")
        self.setToolTip(tip.replace("%1", style.colour_name(self.name)))

    def set_current(self, on: bool) -> None:
        if on != self._current:
            self._current = on
            self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(3, 3, CHIP_SIZE, CHIP_SIZE)
        if self._current:
            accent = self.palette().color(self.palette().ColorRole.Highlight)
            painter.setPen(QPen(accent, 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 6, 6)
        painter.setPen(QPen(QColor(self.colour).darker(125), 1.0))
        painter.setBrush(QColor(self.colour))
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        if (event.position().toPoint() - self._press).manhattanLength() < (
            QApplication.startDragDistance()
        ):
            return
        self._press = None
        drag = QDrag(self)
        drag.setMimeData(colour_mime(self.colour))
        drag.setPixmap(note_pixmap(self.colour))
        drag.setHotSpot(drag.pixmap().rect().center())
        drag.exec(Qt.DropAction.CopyAction)

    def mouseReleaseEvent(self, event) -> None:
        if self._press is not None and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.colour)
        self._press = None
        super().mouseReleaseEvent(event)


def note_pixmap(colour: str, scale: float = 0.5) -> QPixmap:
    """A small empty sticky note, the picture under the cursor while dragging a chip."""
    pixmap = QPixmap(int(NORMAL.card_w * scale) + 4, int(NORMAL.card_h * scale) + 4)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(1, 1, NORMAL.card_w * scale, NORMAL.card_h * scale)
    painter.setPen(QPen(QColor(colour).darker(125), 1.0))
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(rect, 3, 3)
    painter.end()
    return pixmap


class ColourPalette(QWidget):
    """The chips in a row; `colourChosen` reports a click (the new quick-capture colour)."""

    colourChosen = Signal(str)  # noqa: N815 (Qt signal names are camelCase)

    def __init__(self, colours=style.CARD_COLOURS, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("colourPalette")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        self.chips = [ColourChip(colour, name, self) for colour, name in colours]
        for chip in self.chips:
            layout.addWidget(chip)
            chip.clicked.connect(self.set_current_colour)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._current = ""
        self.set_current_colour(DEFAULT_CARD_COLOUR)

    def current_colour(self) -> str:
        return self._current

    def set_current_colour(self, colour: str) -> None:
        """Mark the chip of `colour` and report it when it changed."""
        colour = colour.upper()
        for chip in self.chips:
            chip.set_current(chip.colour.upper() == colour)
        if colour != self._current:
            self._current = colour
            self.colourChosen.emit(colour)

    def retranslate(self) -> None:
        for chip in self.chips:
            chip.retranslate()
