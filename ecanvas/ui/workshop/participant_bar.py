"""The participant bar along the bottom of the workshop: who is capturing (keys 1–9 switch), and
for each participant what matters now: the dots they have left in the open voting round, or the
cards they have lying face down in a silent brainstorm."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from ecanvas.model.entities import Participant
from ecanvas.ui.literal import mnemonic_safe


@dataclass(frozen=True)
class ChipState:
    """What one participant's chip says besides their name."""

    dots_left: int | None = None  # in the open round covering the block in focus
    dots: int = 0  # of the round
    face_down: int = 0  # their cards face down in the block in focus


def swatch(colour: str, side: int) -> QIcon:
    """A round patch of a participant's colour, ringed so a light colour shows."""
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(colour)
    painter.setPen(fill.darker(160))
    painter.setBrush(fill)
    painter.drawEllipse(1, 1, side - 2, side - 2)
    painter.end()
    return QIcon(pixmap)


def chip_detail(state: ChipState) -> str:
    """The dots left as ● and ○ (a count past ten), or the cards face down as ▮ and a count."""
    if state.dots_left is not None:
        if state.dots <= 10:
            return "●" * state.dots_left + "○" * (state.dots - state.dots_left)
        return f"● {state.dots_left}/{state.dots}"
    if state.face_down:
        return f"▮ {state.face_down}"
    return ""


class ElidedLabel(QLabel):
    """One line of text, right-aligned, that ends in "…" where the room runs out."""

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.setFont(self.font())
        text = painter.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                                self.width())  # fmt: skip
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(self.rect(), align, text)


class ParticipantBar(QWidget):
    """One chip per participant (checked: the one capturing) and a button to manage them."""

    participantChosen = Signal(object)  # noqa: N815 (participant id, or None for nobody)
    manageRequested = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshopParticipantBar")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(12, 6, 12, 6)
        self._layout.setSpacing(8)
        self.chips: dict[int, QPushButton] = {}
        self.manage = QPushButton()
        self.manage.setObjectName("workshopManageParticipants")
        self.manage.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.manage.clicked.connect(self.manageRequested)
        self.hint = ElidedLabel()
        self.hint.setObjectName("workshopKeyHint")
        self.hint.setProperty("role", "hint")
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._layout.addWidget(self.manage)
        self._layout.addWidget(self.hint, 1)
        self._people: list[Participant] = []
        self._active: int | None = None
        self._scale = 1.0
        self.retranslate()

    def show_participants(self, people: list[Participant], states: dict[int, ChipState],
                          active: int | None) -> None:  # fmt: skip
        """Rebuild the chips when the people changed, then show each one's state."""
        if [(p.id, p.name, p.colour) for p in people] != [
            (p.id, p.name, p.colour) for p in self._people
        ]:
            self._rebuild(people)
        self._active = active
        for number, person in enumerate(people, start=1):
            chip = self.chips[person.id]
            key = f"{number}  " if number <= 9 else ""
            detail = chip_detail(states.get(person.id, ChipState()))
            name = mnemonic_safe(person.name)  # "R&D" shows as typed
            chip.setText(f"{key}{name}" + (f"   {detail}" if detail else ""))
            chip.setChecked(person.id == active)

    def _rebuild(self, people: list[Participant]) -> None:
        for chip in self.chips.values():
            self._layout.removeWidget(chip)
            chip.deleteLater()
        self.chips = {}
        self._people = list(people)
        for index, person in enumerate(people):
            chip = QPushButton()
            chip.setObjectName(f"workshopParticipant_{person.id}")
            chip.setCheckable(True)
            chip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            chip.setProperty("role", "participantChip")
            chip.clicked.connect(lambda _=False, pid=person.id: self._chosen(pid))
            self._layout.insertWidget(index, chip)
            self.chips[person.id] = chip
        self.apply_scale(self._scale)

    def _chosen(self, participant_id: int) -> None:
        # A click on the one capturing makes nobody capture.
        self.participantChosen.emit(None if participant_id == self._active else participant_id)

    def apply_scale(self, scale: float) -> None:
        self._scale = scale
        font = QFont(self.font())
        font.setPixelSize(round(19 * scale))
        side = round(20 * scale)
        for person in self._people:
            chip = self.chips[person.id]
            chip.setFont(font)
            chip.setIcon(swatch(person.colour, side))
            chip.setIconSize(QSize(side, side))
            chip.setMinimumHeight(round(42 * scale))
        self.manage.setFont(font)
        self.manage.setMinimumHeight(round(42 * scale))
        hint_font = QFont(self.font())
        hint_font.setPixelSize(round(14 * scale))
        self.hint.setFont(hint_font)

    def retranslate(self) -> None:
        self.manage.setText(self.tr("+ Participant"))
        self.manage.setToolTip(self.tr("Add, rename or remove participants (P)"))
        hint = self.tr(
            "1–9 who captures · Enter new card · ←/→ blocks · O overview · T timer · Esc leave"
        )
        self.hint.setText(hint)
