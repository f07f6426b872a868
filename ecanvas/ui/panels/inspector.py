"""The inspector: every field of the selected card, edited through undoable commands.

Typing is grouped: all edits of one field during one focus session share a merge id, so the undo
stack gets one step per field edit session instead of one per keystroke. The panel shows what
the store holds: it reloads from the store's change events (undo, the canvas, other panels).
"""

from __future__ import annotations

import itertools
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from ecanvas.model import CARD_STATUSES, Card
from ecanvas.model.workshop import live_dots
from ecanvas.store import Change, ChangeKind, WorkspaceStore
from ecanvas.ui.commands import SetCardFieldsCommand
from ecanvas.ui.i18n import RetranslatesOnLanguageChange
from ecanvas.ui.panels.swatches import ColourSwatches
from ecanvas.ui.runner import run_or_report
from ecanvas.ui.store_binding import StoreBinding

_merge_ids = itertools.count(0x4543_0000)  # distinct from any other command's merge id


class InspectorPanel(RetranslatesOnLanguageChange, QWidget):
    """Right panel, top: the fields of one selected card (or a hint when there is none)."""

    errorOccurred = Signal(str)  # noqa: N815

    def __init__(self, store: WorkspaceStore | None, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.store: WorkspaceStore | None = None
        self._listening = StoreBinding(self, self._on_change)
        self.undo_stack = undo_stack
        self.card_ids: list[int] = []
        self._loading = False
        self._sessions: dict[str, int] = {}
        self._pushing = False
        self._build()
        self.retranslate()
        undo_stack.indexChanged.connect(self._end_sessions_after_undo)
        self.set_store(store)

    # ----------------------------------------------------------------- widgets
    def _build(self) -> None:
        self.title = QLabel()
        self.title.setProperty("role", "panelTitle")
        self.hint = QLabel()
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.pages = QStackedLayout()
        self.pages.addWidget(self.hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.title)
        layout.addLayout(self.pages, 1)
        self.fields: QWidget | None = None  # built by ensure_fields

    def ensure_fields(self) -> None:
        """Build the fields the first time a card is shown (or right after the window's first
        paint): the window starts with no card selected, showing the hint, and these widgets
        are a noticeable share of the start-up."""
        if self.fields is not None:
            return
        self.text_edit = _plain_edit("inspectorText", 3)
        self.note_edit = _plain_edit("inspectorNote", 4)
        self.colour_swatches = ColourSwatches()
        self.tags_edit = _line_edit("inspectorTags")
        self.owner_edit = _line_edit("inspectorOwner")
        self.due_check = QCheckBox()
        self.due_check.setObjectName("inspectorHasDue")
        self.due_edit = QDateEdit()
        self.due_edit.setObjectName("inspectorDue")
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("inspectorStatus")
        self.votes_label = QLabel("0")
        self.votes_label.setObjectName("inspectorVotes")
        self.votes_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.votes_label.setMinimumWidth(32)
        self.vote_down = _small_button("inspectorVoteDown", "−")
        self.vote_up = _small_button("inspectorVoteUp", "+")
        self._lay_out()
        self._connect()
        self._retranslate_fields()

    def _lay_out(self) -> None:
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.due_edit, 1)
        votes_row = QHBoxLayout()
        for widget in (self.vote_down, self.votes_label, self.vote_up):
            votes_row.addWidget(widget)
        votes_row.addStretch(1)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setVerticalSpacing(8)
        names = ("text", "note", "colour", "tags", "owner", "due", "status", "votes")
        self.labels = {name: QLabel() for name in names}
        rows = (self.text_edit, self.note_edit, self.colour_swatches, self.tags_edit,
                self.owner_edit, due_row, self.status_combo, votes_row)  # fmt: skip
        for label, field in zip(self.labels.values(), rows, strict=True):
            self.form.addRow(label, field)
        self.fields = QWidget()
        self.fields.setObjectName("inspectorFields")
        fields_layout = QVBoxLayout(self.fields)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        fields_layout.addLayout(self.form)
        fields_layout.addStretch(1)
        # The fields scroll, so the panel never makes the window taller than a small screen.
        self.scroll = QScrollArea()
        self.scroll.setObjectName("inspectorScroll")
        self.scroll.setWidget(self.fields)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages.addWidget(self.scroll)

    def _connect(self) -> None:
        self.text_edit.textChanged.connect(
            lambda: self._edit("text", self.text_edit.toPlainText(), merge=True)
        )
        self.note_edit.textChanged.connect(
            lambda: self._edit("note", self.note_edit.toPlainText(), merge=True)
        )
        self.owner_edit.textEdited.connect(lambda text: self._edit("owner", text, merge=True))
        self.tags_edit.editingFinished.connect(self._commit_tags)
        self.colour_swatches.colourChosen.connect(lambda colour: self._edit("colour", colour))
        self.due_check.toggled.connect(self._on_due_toggled)
        self.due_edit.dateChanged.connect(self._on_due_changed)
        self.status_combo.activated.connect(
            lambda index: self._edit("status", self.status_combo.itemData(index))
        )
        self.vote_up.clicked.connect(lambda: self._change_votes(+1))
        self.vote_down.clicked.connect(lambda: self._change_votes(-1))
        for editor in (self.text_edit, self.note_edit, self.owner_edit, self.due_edit):
            editor.installEventFilter(self)

    # ----------------------------------------------------------------- store and selection
    def set_store(self, store: WorkspaceStore | None) -> None:
        self.store = store
        self._listening.follow(store)
        self.show_cards([])

    def show_cards(self, card_ids: list[int]) -> None:
        """Show the card selected on the canvas (one card), or a hint for none or several."""
        self.card_ids = list(card_ids)
        self._sessions.clear()
        self.reload()

    def current_card(self) -> Card | None:
        if len(self.card_ids) != 1 or self.store is None:
            return None
        try:
            return self.store.workspace.find_card(self.card_ids[0])
        except KeyError:
            return None

    def _on_change(self, change: Change) -> None:
        touched = set(change.ids) & set(self.card_ids)
        if not touched:
            return
        if change.kind == ChangeKind.CARDS_REMOVED:
            self.card_ids = [i for i in self.card_ids if i not in touched]
        self.reload()

    def reload(self) -> None:
        card = self.current_card()
        if card is not None:
            self.ensure_fields()
        self.pages.setCurrentIndex(1 if card else 0)
        self._update_hint()
        if card is None:
            return
        self._loading = True
        try:
            self._load(card)
        finally:
            self._loading = False

    def _load(self, card: Card) -> None:
        _set_plain(self.text_edit, card.text)
        _set_plain(self.note_edit, card.note)
        if self.owner_edit.text() != card.owner:
            self.owner_edit.setText(card.owner)
        if not self.tags_edit.hasFocus():
            self.tags_edit.setText(", ".join(card.tags))
        self.colour_swatches.set_colour(card.colour)
        self.due_check.setChecked(card.due is not None)
        self.due_edit.setEnabled(card.due is not None)
        due = card.due or date.today()  # with no due date, ticking "Set" proposes today
        self.due_edit.setDate(QDate(due.year, due.month, due.day))
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(card.status)))
        dots = sum(1 for d in live_dots(self.store.workspace) if d.card_id == card.id)
        self.votes_label.setText(f"{card.votes} + {dots}" if dots else str(card.votes))
        self.votes_label.setToolTip(
            self.tr("Own votes: {votes}; dots from workshop voting rounds: {dots}").format(
                votes=card.votes, dots=dots
            )
            if dots
            else ""
        )
        self.vote_down.setEnabled(card.votes > 0)
        writable = self.store is not None and not self.store.read_only
        self.fields.setEnabled(writable)

    def _update_hint(self) -> None:
        if len(self.card_ids) > 1:
            self.hint.setText(
                self.tr("{count} cards selected. Select one card to edit its fields.").format(
                    count=len(self.card_ids)
                )
            )
        else:
            self.hint.setText(self.tr("Select a card on the canvas to see and edit it here."))

    # ----------------------------------------------------------------- edits
    def _edit(self, field: str, value: object, *, merge: bool = False) -> None:
        card = self.current_card()
        if self._loading or card is None or getattr(card, field) == value:
            return
        merge_id = self._session(field) if merge else -1
        command = SetCardFieldsCommand(self.store, {card.id: {field: value}}, merge_id=merge_id)
        self._pushing = True
        try:
            ok = run_or_report(self.undo_stack, command, self.errorOccurred.emit)
        finally:
            self._pushing = False
        if not ok:
            self.reload()

    def _session(self, field: str) -> int:
        if field not in self._sessions:
            self._sessions[field] = next(_merge_ids)
        return self._sessions[field]

    def _end_sessions_after_undo(self, _index: int) -> None:
        if not self._pushing:
            self._sessions.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._sessions.clear()  # the next edit starts a new undo step
        return super().eventFilter(watched, event)

    def _commit_tags(self) -> None:
        tags = [t.strip().lstrip("#") for t in self.tags_edit.text().split(",")]
        self._edit("tags", [t for t in tags if t])

    def _on_due_toggled(self, checked: bool) -> None:
        self.due_edit.setEnabled(checked)
        if not self._loading:
            self._edit("due", _to_date(self.due_edit.date()) if checked else None)

    def _on_due_changed(self, qdate: QDate) -> None:
        if self.due_check.isChecked():
            self._edit("due", _to_date(qdate), merge=True)

    def _change_votes(self, delta: int) -> None:
        card = self.current_card()
        if card is not None:
            self._edit("votes", max(0, card.votes + delta))

    # ----------------------------------------------------------------- language
    def retranslate(self) -> None:
        self.title.setText(self.tr("Card"))
        if self.fields is not None:
            self._retranslate_fields()
        self._update_hint()

    def _retranslate_fields(self) -> None:
        texts = (self.tr("Text"), self.tr("Note"), self.tr("Colour"), self.tr("Tags"),
                 self.tr("Owner"), self.tr("Due"), self.tr("Status"), self.tr("Votes"))  # fmt: skip
        for label, text in zip(self.labels.values(), texts, strict=True):
            label.setText(text)
        self.tags_edit.setPlaceholderText(self.tr("comma, separated, tags"))
        self.owner_edit.setPlaceholderText(self.tr("Who does it?"))
        self.due_check.setText(self.tr("Set"))
        self.vote_up.setToolTip(self.tr("Add a vote"))
        self.vote_down.setToolTip(self.tr("Remove a vote"))
        self._fill_statuses()

    def _fill_statuses(self) -> None:
        names = {"": self.tr("No status"), "todo": self.tr("To do"), "doing": self.tr("Doing"),
                 "done": self.tr("Done"), "blocked": self.tr("Blocked")}  # fmt: skip
        current = self.status_combo.currentData()
        self.status_combo.clear()
        for status in CARD_STATUSES:
            self.status_combo.addItem(names.get(status, status), status)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(current or "")))


def _plain_edit(name: str, lines: int) -> QPlainTextEdit:
    editor = QPlainTextEdit()
    editor.setObjectName(name)
    editor.setTabChangesFocus(True)
    height = editor.fontMetrics().lineSpacing() * lines + 14
    editor.setFixedHeight(height)
    return editor


def _line_edit(name: str) -> QLineEdit:
    editor = QLineEdit()
    editor.setObjectName(name)
    editor.setClearButtonEnabled(True)
    return editor


def _small_button(name: str, text: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setFixedWidth(36)
    return button


def _set_plain(editor: QPlainTextEdit, text: str) -> None:
    if editor.toPlainText() != text:
        editor.setPlainText(text)
        cursor = editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        editor.setTextCursor(cursor)


def _to_date(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())
