"""The workshop window: a full-screen view made for a projector, with no menu, tool or status bar.

Along the top, the facilitator's menu, where the workshop is (canvas › block) and the countdown;
in the middle the block in focus, large, beside its guidance questions and what is happening in
it; along the bottom the participants. Everything it changes goes through undo commands on the
main window's undo stack (so Ctrl+Z works here and after), and it follows the store's change
events like every other view. Esc (or F5) leaves, and the main window comes back as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ecanvas.model import DEFAULT_CARD_COLOUR
from ecanvas.model import workshop as rules
from ecanvas.store import Change, ChangeKind, WorkspaceStore
from ecanvas.ui.actions import Actions
from ecanvas.ui.commands import StoreCommand
from ecanvas.ui.settings import AppSettings
from ecanvas.ui.store_binding import StoreBinding
from ecanvas.ui.theme import icon
from ecanvas.ui.workshop import controls
from ecanvas.ui.workshop.actions import PARTICIPANT_KEYS, WorkshopActions
from ecanvas.ui.workshop.chime import play_chime
from ecanvas.ui.workshop.overlays import TimeUpFrame, Toast
from ecanvas.ui.workshop.participant_bar import ParticipantBar
from ecanvas.ui.workshop.side_panel import SidePanel
from ecanvas.ui.workshop.timer import BlockTimers, parse_duration
from ecanvas.ui.workshop.timer_widget import TimerWidget
from ecanvas.ui.workshop.view import WorkshopView

SHARED_ACTIONS = ("undo", "redo", "quit", "workshop")  # the main window's, usable here too
BASE_HEIGHT = 720.0  # the projector the type is sized for; larger screens scale it up
SIDE_SHARE = 0.3
REFRESH_MS = 15


class WorkshopWindow(QWidget):
    """One workspace's workshop, on one canvas at a time."""

    left = Signal(int)  # the canvas it ended on, once the window is closed

    def __init__(self, store: WorkspaceStore, undo_stack: QUndoStack, shared: Actions,
                 settings: AppSettings, language: str, canvas_id: int,
                 block_id: int | None = None, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("workshopWindow")
        self.store, self.undo_stack, self.settings = store, undo_stack, settings
        self.language = language
        self.participant_id: int | None = None
        self.view: WorkshopView | None = None
        self.scale = 1.0
        self._refresh_pending = False
        self._closing = False
        self._place: tuple[int, int] | None = None  # (canvas, index of the block in focus)
        self.actions = WorkshopActions(self)
        self.timers = BlockTimers(settings.workshop_seconds(), parent=self)
        self._build(shared)
        self._connect()
        self._listening = StoreBinding(self, self._on_change)
        self._listening.follow(store)
        self._open_canvas(canvas_id, block_id)
        self.retranslate()

    # ------------------------------------------------------------------ construction
    def _build(self, shared: Actions) -> None:
        for action in self.actions.all():
            self.addAction(action)
        for name in SHARED_ACTIONS:
            self.addAction(shared[name])
        self.menu_button = QToolButton()
        self.menu_button.setObjectName("workshopMenuButton")
        self.menu_button.setIcon(icon("menu"))
        self.menu_button.setAutoRaise(True)
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.menu = controls.facilitator_menu(self, self.actions, shared)
        self.menu_button.setMenu(self.menu)
        self.where = QLabel()
        self.where.setObjectName("workshopWhere")
        self.where.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.state = QLabel()
        self.state.setObjectName("workshopState")
        self.timer = TimerWidget(self.actions)
        top = QWidget()
        top.setObjectName("workshopTopBar")
        bar = QHBoxLayout(top)
        bar.setContentsMargins(10, 6, 16, 6)
        bar.addWidget(self.menu_button)
        bar.addWidget(self.where, 1)
        bar.addWidget(self.state)
        bar.addSpacing(24)
        bar.addWidget(self.timer)
        self.side = SidePanel()
        self.participants = ParticipantBar()
        self.middle = QHBoxLayout()
        self.middle.setContentsMargins(0, 0, 0, 0)
        self.middle.setSpacing(0)
        self.middle.addWidget(self.side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(top)
        layout.addLayout(self.middle, 1)
        layout.addWidget(self.participants)
        self.toast = Toast(self)
        self.time_up_frame = TimeUpFrame(self)

    def _connect(self) -> None:
        a = self.actions
        a["next_block"].triggered.connect(lambda: self.view.step(+1))
        a["previous_block"].triggered.connect(lambda: self.view.step(-1))
        a["page_down"].triggered.connect(lambda: self.view.page(+1))
        a["page_up"].triggered.connect(lambda: self.view.page(-1))
        a["first_block"].triggered.connect(lambda: self.view.step(-len(self.view.block_ids())))
        a["last_block"].triggered.connect(lambda: self.view.step(len(self.view.block_ids())))
        a["next_canvas"].triggered.connect(lambda: self.step_canvas(+1))
        a["previous_canvas"].triggered.connect(lambda: self.step_canvas(-1))
        a["overview"].triggered.connect(self.toggle_overview)
        a["capture"].triggered.connect(self.capture)
        a["next_card"].triggered.connect(lambda: self.select_card(+1))
        a["previous_card"].triggered.connect(lambda: self.select_card(-1))
        a["vote"].triggered.connect(lambda: self.vote_selected(take_back=False))
        a["take_back_vote"].triggered.connect(lambda: self.vote_selected(take_back=True))
        a["participants"].triggered.connect(self.manage_participants)
        a["silent"].triggered.connect(self.toggle_silent)
        a["start_round"].triggered.connect(self.start_round)
        a["close_round"].triggered.connect(self.close_round)
        a["leave"].triggered.connect(self.leave)
        for number in range(PARTICIPANT_KEYS + 1):
            a[f"participant_{number}"].triggered.connect(
                lambda _=False, n=number: self.choose_participant_number(n)
            )
        a["timer_toggle"].triggered.connect(lambda: self.timers.current.toggle())
        a["timer_reset"].triggered.connect(lambda: self.timers.current.reset())
        a["timer_add_minute"].triggered.connect(lambda: self.timers.current.add(60))
        a["timer_set"].triggered.connect(self.ask_timer)
        for minutes, action in a.presets.items():
            action.triggered.connect(lambda _=False, m=minutes: self.set_timer(m * 60))
        a["timer_auto_next"].setChecked(self.settings.workshop_flag("auto_next", False))
        a["timer_sound"].setChecked(self.settings.workshop_flag("sound", True))
        a["timer_auto_next"].toggled.connect(
            lambda on: self.settings.set_workshop_flag("auto_next", on)
        )
        a["timer_sound"].toggled.connect(lambda on: self.settings.set_workshop_flag("sound", on))
        self.timers.currentChanged.connect(self.timer.show_countdown)
        self.timers.finished.connect(self._time_up)
        self.participants.participantChosen.connect(self.set_participant)
        self.participants.manageRequested.connect(self.manage_participants)

    # ------------------------------------------------------------------ canvases and blocks
    def _open_canvas(self, canvas_id: int, block_id: int | None) -> None:
        old = self.view
        view = WorkshopView(self.store, canvas_id, self.undo_stack, self.language)
        view.card_clicked = self._card_clicked
        scene = view.canvas_scene
        scene.errorOccurred.connect(self.show_message)
        view.focusChanged.connect(self._on_focus)
        view.overviewChanged.connect(self._on_overview)
        view.candidateChanged.connect(lambda _block: self.schedule_refresh())
        self.view = view
        self.middle.insertWidget(0, view, 1)
        if old is not None:
            old.canvas_scene.detach()
            self.middle.removeWidget(old)
            old.deleteLater()
        self.set_participant(self.participant_id)
        view.focus_block(block_id)
        view.setFocus()

    @property
    def canvas_id(self) -> int:
        return self.view.canvas_id

    def step_canvas(self, delta: int) -> None:
        ids = [c.id for c in self.store.workspace.canvases]
        if len(ids) < 2 or self.canvas_id not in ids:
            return
        index = max(0, min(len(ids) - 1, ids.index(self.canvas_id) + delta))
        if ids[index] != self.canvas_id:
            self._open_canvas(ids[index], None)

    def toggle_overview(self) -> None:
        if self.view.in_overview:
            self.view.leave_overview(choose=False)
        else:
            self.view.show_overview()

    def _on_overview(self, on: bool) -> None:
        self.actions["overview"].setChecked(on)
        self.schedule_refresh()

    def _on_focus(self, block_id: int) -> None:
        """A block came into focus: its countdown shows, and starts when the facilitator moved
        on (forward) with "start the next block's timer" on."""
        ids = self.view.block_ids()
        place = (self.canvas_id, ids.index(block_id) if block_id in ids else -1)
        moved_on = self._place is not None and place > self._place
        self._place = place
        auto = self.actions["timer_auto_next"].isChecked()
        self.timers.show((self.canvas_id, block_id), start=moved_on and auto)
        self.schedule_refresh()

    def block(self):
        """The block in focus, or the one picked in the overview (None on a canvas without
        blocks)."""
        canvas = self.view.canvas_scene.canvas()
        block_id = self.view.candidate if self.view.in_overview else self.view.block_id
        if canvas is None or block_id is None:
            return None
        try:
            return canvas.block(block_id)
        except KeyError:
            return None

    # ------------------------------------------------------------------ participants
    def choose_participant_number(self, number: int) -> None:
        """Key 1–9: that participant captures and votes; 0: nobody."""
        people = rules.participants_in_order(self.store.workspace)
        if number == 0:
            self.set_participant(None)
        elif number <= len(people):
            self.set_participant(people[number - 1].id)
        else:
            self.show_message(self.tr("There is no participant {n}: add participants with P.")
                              .format(n=number))  # fmt: skip

    def set_participant(self, participant_id: int | None) -> None:
        try:
            person = self.store.workspace.participant(participant_id)
        except KeyError:
            person = None
        self.participant_id = None if person is None else person.id
        scene = self.view.canvas_scene
        scene.set_capture_colour(DEFAULT_CARD_COLOUR if person is None else person.colour)
        scene.set_capture_author(self.participant_id)
        self.schedule_refresh()

    def manage_participants(self) -> None:
        from ecanvas.ui.workshop.dialogs import ParticipantsDialog

        dialog = ParticipantsDialog(self.store, self.run, self)
        dialog.exec()
        dialog.deleteLater()

    # ------------------------------------------------------------------ cards and votes
    def capture(self) -> None:
        """Enter: a new card in the block in focus, by whoever is capturing."""
        if self.view.in_overview:
            self.view.leave_overview()
            return
        if self.view.block_id is not None:
            self.view.canvas_scene.start_quick_capture(self.view.block_id)

    def select_card(self, delta: int) -> None:
        """Tab: the next card of the block in focus (to vote for it with V)."""
        canvas = self.view.canvas_scene.canvas()
        if canvas is None or self.view.block_id is None:
            return
        ids = [c.id for c in canvas.cards_in(self.view.block_id)]
        if not ids:
            return
        selected = self.view.canvas_scene.selected_card_ids()
        index = ids.index(selected[0]) if selected and selected[0] in ids else -1
        target = ids[(index + delta) % len(ids)] if index >= 0 else ids[0 if delta > 0 else -1]
        self.view.canvas_scene.select_cards([target])
        item = self.view.canvas_scene.card_items.get(target)
        if item is not None:
            self.view.ensureVisible(item.card_scene_rect(), 30, 30)

    def vote_selected(self, take_back: bool) -> None:
        selected = self.view.canvas_scene.selected_card_ids()
        if not selected:
            self.show_message(self.tr("Select a card first (Tab), then press V to vote."))
            return
        if not self._card_clicked(selected[0], take_back):
            self.show_message(self.tr("No voting round is open: start one with R."))

    def _card_clicked(self, card_id: int, take_back: bool) -> bool:
        from ecanvas.ui.workshop.voting import vote

        outcome = vote(self.store, self.participant_id, card_id, take_back)
        if outcome is None:
            return False
        if outcome.command is not None:
            self.run(outcome.command)
        else:
            self.show_message(outcome.message)
        return True

    def toggle_silent(self) -> None:
        from ecanvas.ui.workshop.commands import RevealCommand, StartSilentCommand

        block = self.block()
        if block is None:
            return
        command = RevealCommand if block.silent else StartSilentCommand
        self.run(command(self.store, block.id))

    def start_round(self) -> None:
        from ecanvas.ui.workshop.commands import StartRoundCommand
        from ecanvas.ui.workshop.dialogs import RoundDialog

        if rules.open_round(self.store.workspace) is not None:
            self.show_message(self.tr("A voting round is open: close it first (Shift+R)."))
            return
        block, canvas = self.block(), self.view.canvas_scene.canvas()
        if block is None or canvas is None:
            return
        dialog = RoundDialog(block.title(self.language), canvas.title, self)
        if dialog.exec() == RoundDialog.DialogCode.Accepted:
            scope = dialog.scope()
            self.run(StartRoundCommand(
                self.store, scope, canvas_id=canvas.id, block_id=block.id,
                dots=dialog.dots.value(), highlight=dialog.highlight.value(),
            ))  # fmt: skip
        dialog.deleteLater()

    def close_round(self) -> None:
        from ecanvas.ui.workshop.commands import CloseRoundCommand

        voting_round = rules.open_round(self.store.workspace)
        if voting_round is None:
            self.show_message(self.tr("No voting round is open."))
            return
        self.run(CloseRoundCommand(self.store, voting_round.id))

    def run(self, command: StoreCommand) -> bool:
        """Perform and record a command (the scene's one runner; a refusal becomes a message)."""
        return self.view.canvas_scene.run(command)

    # ------------------------------------------------------------------ the timer
    def set_timer(self, seconds: int) -> None:
        """A new duration for the block in focus (remembered for the blocks to come)."""
        self.settings.set_workshop_seconds(seconds)
        self.timers.default_seconds = seconds
        self.timers.current.reset(seconds)

    def ask_timer(self) -> None:
        text, accepted = QInputDialog.getText(
            self, self.tr("Set the Timer"),
            self.tr("Minutes, or minutes:seconds (for example 5 or 1:30):"),
            text=f"{self.timers.current.duration // 60}:{self.timers.current.duration % 60:02d}",
        )  # fmt: skip
        if not accepted:
            return
        seconds = parse_duration(text)
        if seconds is None:
            self.show_message(self.tr("“{text}” is not a duration: write 5 or 1:30.")
                              .format(text=text.strip()))  # fmt: skip
            return
        self.set_timer(seconds)

    def _time_up(self, key: object) -> None:
        if key != (self.canvas_id, self.view.block_id):
            return
        self.timer.time_up()
        self.time_up_frame.start()
        self.show_message(self.tr("Time is up."))
        if self.actions["timer_sound"].isChecked():
            play_chime()

    # ------------------------------------------------------------------ following the store
    def _on_change(self, change: Change) -> None:
        if change.kind == ChangeKind.CANVAS_REMOVED and change.canvas_id == self.canvas_id:
            QTimer.singleShot(0, self._canvas_gone)
            return
        self.schedule_refresh()

    def _canvas_gone(self) -> None:
        canvases = self.store.workspace.canvases
        if not canvases:
            self.leave()
        elif all(c.id != self.canvas_id for c in canvases):
            self._open_canvas(canvases[0].id, None)

    def schedule_refresh(self) -> None:
        """Update the panels once, after the change being handled and after the canvas has
        been painted (a zero timer would run before the paint: it is a posted event too)."""
        if not self._refresh_pending and not self._closing:
            self._refresh_pending = True
            QTimer.singleShot(REFRESH_MS, self.refresh)

    def refresh(self) -> None:
        self._refresh_pending = False
        if self._closing or self.view is None:
            return
        controls.refresh(self)

    # ------------------------------------------------------------------ messages, size, leaving
    def show_message(self, text: str) -> None:
        self.toast.show_message(text, self.scale, self.participants.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.scale = max(1.0, min(2.2, self.height() / BASE_HEIGHT))
        for part in (self.timer, self.side, self.participants):
            part.apply_scale(self.scale)
        controls.scale_top_bar(self)
        self.side.setFixedWidth(max(280, round(self.width() * SIDE_SHARE)))
        if self.time_up_frame.active:
            self.time_up_frame.start()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.actions.retranslate()
        self.timer.retranslate()
        self.participants.retranslate()
        self.menu_button.setToolTip(self.tr("Workshop menu"))
        title = self.store.workspace.title
        self.setWindowTitle(self.tr("{title} — Workshop").format(title=title))
        self.schedule_refresh()

    def set_language(self, language: str) -> None:
        self.language = language
        self.view.canvas_scene.set_language(language)
        self.schedule_refresh()

    def leave(self) -> None:
        """Esc: out of the overview first, then out of the workshop."""
        if self.view is not None and self.view.in_overview:
            self.view.leave_overview(choose=False)
            return
        self.close()

    def closeEvent(self, event) -> None:
        if not self._closing:
            self._closing = True
            self.timers.stop_all()
            self._listening.follow(None)
            self.view.canvas_scene.detach()
            self.left.emit(self.canvas_id)
        super().closeEvent(event)
