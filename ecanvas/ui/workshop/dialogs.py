"""The workshop's two dialogs: the participants (add, rename, recolour, remove; each change one
undo step, made at once) and the start of a voting round (scope, dots, how many to highlight)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ecanvas.model import workshop as rules
from ecanvas.store import WorkspaceStore
from ecanvas.ui.commands import StoreCommand
from ecanvas.ui.literal import mnemonic_safe
from ecanvas.ui.workshop.commands import (
    AddParticipantCommand,
    EditParticipantCommand,
    RemoveParticipantCommand,
)
from ecanvas.ui.workshop.participant_bar import swatch

Run = Callable[[StoreCommand], bool]  # performs and records a command; False when refused


class ParticipantsDialog(QDialog):
    """The workshop's participants; every change is made (and undoable) as soon as it is done."""

    def __init__(self, store: WorkspaceStore, run: Run, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshopParticipantsDialog")
        self.setWindowTitle(self.tr("Participants"))
        self.store, self.run = store, run
        self.rows = QGridLayout()
        self.rows.setColumnStretch(1, 1)
        self.new_name = QLineEdit()
        self.new_name.setObjectName("workshopNewParticipantName")
        self.new_name.setPlaceholderText(self.tr("Name"))
        self.new_name.returnPressed.connect(self.add)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName("workshopAddParticipant")
        self.add_button.clicked.connect(self.add)
        adding = QHBoxLayout()
        adding.addWidget(self.new_name, 1)
        adding.addWidget(self.add_button)
        note = QLabel(self.tr("Keys 1–9 choose who is capturing cards and voting, in this order."))
        note.setWordWrap(True)
        note.setProperty("role", "hint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        # Enter in the name field adds the participant; it never closes the dialog.
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self.add_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.rows)
        layout.addLayout(adding)
        layout.addStretch(1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(460, 360)
        self.refresh()

    def refresh(self) -> None:
        """One row per participant: colour, name, remove."""
        while self.rows.count():
            widget = self.rows.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for row, person in enumerate(rules.participants_in_order(self.store.workspace)):
            number = QLabel(str(row + 1) if row < 9 else "")
            colour = QToolButton()
            colour.setObjectName(f"workshopParticipantColour_{person.id}")
            colour.setIcon(swatch(person.colour, 20))
            colour.setToolTip(self.tr("Colour"))
            colour.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            colour.setMenu(self._colour_menu(person.id, colour))
            name = QLineEdit(person.name)
            name.setObjectName(f"workshopParticipantName_{person.id}")
            name.editingFinished.connect(lambda pid=person.id, edit=name: self.rename(pid, edit))
            remove = QPushButton(self.tr("Remove"))
            remove.setObjectName(f"workshopRemoveParticipant_{person.id}")
            remove.clicked.connect(lambda _=False, pid=person.id: self.remove(pid))
            for column, widget in enumerate((number, colour, name, remove)):
                self.rows.addWidget(widget, row, column)
        self.rows.setColumnStretch(2, 1)

    def _colour_menu(self, participant_id: int, owner: QWidget) -> QMenu:
        menu = QMenu(owner)
        for colour in rules.PARTICIPANT_COLOURS:
            action = menu.addAction(swatch(colour, 18), colour)
            action.triggered.connect(lambda _=False, c=colour: self.recolour(participant_id, c))
        menu.addSeparator()
        other = menu.addAction(self.tr("Other colour…"))
        other.triggered.connect(lambda: self._pick_colour(participant_id))
        return menu

    def _pick_colour(self, participant_id: int) -> None:
        current = self.store.workspace.participant(participant_id).colour
        chosen = QColorDialog.getColor(QColor(current), self, self.tr("Participant colour"))
        if chosen.isValid():
            self.recolour(participant_id, chosen.name())

    # ------------------------------------------------------------------ changes
    def add(self) -> None:
        name = self.new_name.text().strip()
        if not name:
            return
        if self.run(AddParticipantCommand(self.store, name)):
            self.new_name.clear()
        self.refresh()
        self.new_name.setFocus()

    def rename(self, participant_id: int, edit: QLineEdit) -> None:
        try:
            person = self.store.workspace.participant(participant_id)
        except KeyError:
            return
        name = edit.text().strip()
        if name and name != person.name:
            self.run(EditParticipantCommand(self.store, participant_id, {"name": name}))
        edit.setText(self.store.workspace.participant(participant_id).name)

    def recolour(self, participant_id: int, colour: str) -> None:
        self.run(EditParticipantCommand(self.store, participant_id, {"colour": colour}))
        self.refresh()

    def remove(self, participant_id: int) -> None:
        self.run(RemoveParticipantCommand(self.store, participant_id))
        self.refresh()


class RoundDialog(QDialog):
    """Where participants vote and how many dots each gets."""

    def __init__(self, block_title: str, canvas_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshopRoundDialog")
        self.setWindowTitle(self.tr("Start a Voting Round"))
        self.scopes = QButtonGroup(self)
        choices = (
            ("block", self.tr("This block: {name}").format(name=mnemonic_safe(block_title))),
            ("canvas", self.tr("This canvas: {name}").format(name=mnemonic_safe(canvas_title))),
            ("workspace", self.tr("Every canvas of the workspace")),
        )
        scope_box = QVBoxLayout()
        for index, (scope, text) in enumerate(choices):
            button = QRadioButton(text)
            button.setObjectName(f"workshopRoundScope_{scope}")
            button.setProperty("scope", scope)
            button.setChecked(index == 0)
            self.scopes.addButton(button)
            scope_box.addWidget(button)
        self.dots = QSpinBox()
        self.dots.setObjectName("workshopRoundDots")
        self.dots.setRange(1, rules.MAX_DOTS)
        self.dots.setValue(3)
        self.highlight = QSpinBox()
        self.highlight.setObjectName("workshopRoundHighlight")
        self.highlight.setRange(0, 20)
        self.highlight.setValue(3)
        form = QFormLayout()
        form.addRow(self.tr("Vote on:"), scope_box)
        form.addRow(self.tr("Dots per participant:"), self.dots)
        form.addRow(self.tr("Highlight the top:"), self.highlight)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start Voting"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        note = QLabel(self.tr("Closing the round sorts each block by its votes."))
        note.setProperty("role", "hint")
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def scope(self) -> str:
        return self.scopes.checkedButton().property("scope")

    def choose(self, scope: str, dots: int, highlight: int) -> None:
        """Fill the dialog in (as a user would), for tests and remembered choices."""
        for button in self.scopes.buttons():
            button.setChecked(button.property("scope") == scope)
        self.dots.setValue(dots)
        self.highlight.setValue(highlight)
