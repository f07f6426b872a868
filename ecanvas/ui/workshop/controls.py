"""What the workshop window shows besides the canvas, brought up to date after each change: the
facilitator's menu, where the workshop is, the state of the block in focus (brainstorm, voting),
the participants' chips, the ranks of a closed round's top cards, and which actions apply."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QMenu, QToolButton, QWidget

from ecanvas.model import workshop as rules
from ecanvas.ui.actions import Actions
from ecanvas.ui.workshop.actions import WorkshopActions
from ecanvas.ui.workshop.participant_bar import ChipState, ParticipantBar
from ecanvas.ui.workshop.side_panel import SidePanel
from ecanvas.ui.workshop.view import WorkshopView


class WorkshopParts(Protocol):
    """The parts of the workshop window these functions bring up to date."""

    store: object
    view: WorkshopView
    language: str
    scale: float
    actions: WorkshopActions
    participant_id: int | None
    where: QLabel
    state: QLabel
    menu_button: QToolButton
    side: SidePanel
    participants: ParticipantBar

    def block(self): ...

    def set_participant(self, participant_id: int | None) -> None: ...

    def font(self) -> QFont: ...


WRITING = ("capture", "vote", "take_back_vote", "participants", "silent", "start_round",
           "close_round")  # fmt: skip


translate = QCoreApplication.translate


def facilitator_menu(parent: QWidget, actions: WorkshopActions, shared: Actions) -> QMenu:
    """Every workshop action, grouped, with its key shown: the facilitator's one menu."""
    menu = QMenu(parent)
    menu.setObjectName("workshopMenu")
    groups = (
        ("next_block", "previous_block", "page_down", "page_up", "overview", "next_canvas",
         "previous_canvas"),
        ("capture", "participants"),
        ("silent",),
        ("start_round", "close_round", "next_card", "vote", "take_back_vote"),
        ("timer_toggle", "timer_reset", "timer_add_minute", "timer_set", "timer_auto_next",
         "timer_sound"),
    )  # fmt: skip
    for group in groups:
        for name in group:
            menu.addAction(actions[name])
        menu.addSeparator()
    menu.addAction(shared["undo"])
    menu.addAction(shared["redo"])
    menu.addSeparator()
    menu.addAction(actions["leave"])
    return menu


def refresh(window: WorkshopParts) -> None:
    """Bring everything but the canvas up to date with the store and the focus."""
    workspace, view = window.store.workspace, window.view
    canvas = view.canvas_scene.canvas()
    block = window.block()
    if canvas is None:
        return
    _where(window, canvas, block)
    voting = rules.open_round(workspace)
    covering = voting if voting and block and rules.covers(voting, canvas.id, block.id) else None
    _state(window, block, covering)
    window.side.show_block(workspace, canvas.id, block, window.language)
    _chips(window, canvas.id, block, covering)
    _ranks(window, canvas.id, block)
    _enable(window, block, voting)


def _where(window: WorkshopParts, canvas, block) -> None:
    view = window.view
    if view.in_overview:
        hint = translate(
            "WorkshopWindow", "Overview: click a block, or pick one with the arrows and press Enter"
        )
        shown = f"{canvas.title}  ·  {hint}"
    elif block is None:
        shown = canvas.title
    else:
        ids = view.block_ids()
        place = f"{ids.index(block.id) + 1} / {len(ids)}"
        shown = f"{canvas.title}  ›  {block.title(window.language)}    {place}"
    window.where.setToolTip(shown)
    metrics = QFontMetrics(window.where.font())
    mode = Qt.TextElideMode.ElideRight if view.in_overview else Qt.TextElideMode.ElideMiddle
    window.where.setText(metrics.elidedText(shown, mode, max(80, window.where.width())))


def _state(window: WorkshopParts, block, voting) -> None:
    if voting is not None:
        number = rules.round_number(window.store.workspace, voting.id)
        text = translate("WorkshopWindow", "● Voting round {n}").format(n=number)
        colour = "#C62F3B"
    elif block is not None and block.silent:
        text, colour = translate("WorkshopWindow", "● Silent brainstorm"), "#6A4FB3"
    else:
        text, colour = "", ""
    window.state.setText(text)
    size = round(19 * window.scale)
    window.state.setStyleSheet(
        f"QLabel#workshopState {{ color: {colour or 'palette(text)'}; font-size: {size}px;"
        " font-weight: bold; }"
    )
    window.actions.set_silent_text(block is not None and block.silent)


def _chips(window: WorkshopParts, canvas_id: int, block, voting) -> None:
    workspace = window.store.workspace
    people = rules.participants_in_order(workspace)
    face_down = rules.face_down_counts(workspace, canvas_id, block.id) if block else {}
    states = {}
    for person in people:
        if voting is not None:
            left = rules.dots_left(workspace, voting, person.id)
            states[person.id] = ChipState(left, voting.dots_per_participant)
        else:
            states[person.id] = ChipState(face_down=face_down.get(person.id, 0))
    if window.participant_id is not None and all(p.id != window.participant_id for p in people):
        window.set_participant(None)  # removed meanwhile
    window.participants.show_participants(people, states, window.participant_id)


def _ranks(window: WorkshopParts, canvas_id: int, block) -> None:
    """The top cards of the last closed round of the block in focus wear their rank."""
    workspace = window.store.workspace
    latest = rules.latest_round_for(workspace, canvas_id, block.id) if block else None
    ranks = rules.highlighted(workspace, latest) if latest is not None else {}
    for card_id, item in window.view.canvas_scene.card_items.items():
        item.set_rank(ranks.get(card_id))


def _enable(window: WorkshopParts, block, voting) -> None:
    writable = not window.store.read_only
    for name in WRITING:
        window.actions[name].setEnabled(writable and block is not None)
    window.actions["close_round"].setEnabled(writable and voting is not None)
    window.actions["start_round"].setEnabled(writable and voting is None and block is not None)


def scale_top_bar(window: WorkshopParts) -> None:
    scale = window.scale
    font = QFont(window.font())
    font.setPixelSize(round(21 * scale))
    font.setBold(True)
    window.where.setFont(font)
    side = round(30 * scale)
    window.menu_button.setIconSize(QSize(side, side))
