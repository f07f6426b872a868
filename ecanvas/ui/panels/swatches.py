"""A row of sticky-note colours to pick from, plus "other colour…" for anything else."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QButtonGroup, QColorDialog, QHBoxLayout, QToolButton, QWidget

from ecanvas.ui.i18n import RetranslatesOnLanguageChange

CARD_COLOURS = ("#FFE680", "#FFC4D6", "#C5E8B7", "#B9DDF5", "#FFD4A3", "#DCCBF2")
SWATCH_SIZE = 24


class ColourSwatches(RetranslatesOnLanguageChange, QWidget):
    """Emits `colourChosen("#RRGGBB")` when the user picks a colour."""

    colourChosen = Signal(str)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("colourSwatches")
        self.colour = ""
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for colour in CARD_COLOURS:
            button = QToolButton()
            button.setObjectName(f"swatch_{colour[1:]}")
            button.setCheckable(True)
            button.setFixedSize(SWATCH_SIZE, SWATCH_SIZE)
            button.setProperty("colour", colour)
            button.setStyleSheet(_swatch_style(colour))
            button.clicked.connect(lambda _=False, c=colour: self._choose(c))
            self.group.addButton(button)
            layout.addWidget(button)
        self.other = QToolButton()
        self.other.setObjectName("swatchOther")
        self.other.setText("…")
        self.other.setFixedHeight(SWATCH_SIZE)
        self.other.clicked.connect(self._choose_other)
        layout.addWidget(self.other)
        layout.addStretch(1)
        self.retranslate()

    def set_colour(self, colour: str) -> None:
        """Show `colour` as the current one (no signal)."""
        self.colour = colour.upper()
        self.group.setExclusive(False)
        for button in self.group.buttons():
            button.setChecked(button.property("colour") == self.colour)
        self.group.setExclusive(True)

    def _choose(self, colour: str) -> None:
        self.set_colour(colour)
        self.colourChosen.emit(colour.upper())

    def _choose_other(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.colour or CARD_COLOURS[0]), self,
                                       self.tr("Card colour"))  # fmt: skip
        if chosen.isValid():
            self._choose(chosen.name().upper())

    def retranslate(self) -> None:
        self.other.setToolTip(self.tr("Other colour…"))


def _swatch_style(colour: str) -> str:
    return (
        f"QToolButton {{ background: {colour}; border: 1px solid rgba(0,0,0,60);"
        f" border-radius: {SWATCH_SIZE // 2}px; }}"
        "QToolButton:checked { border: 3px solid palette(highlight); }"
    )
