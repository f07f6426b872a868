"""The workshop window's own actions, defined once: object name, shortcut, text.

The facilitator's menu, the buttons and the keyboard all use these QActions (tests find them by
``objectName``, ``action_workshop_<name>``). Their shortcuts are plain keys (arrows, digits,
letters): the canvas view claims every key while a card is being typed, so typing never triggers
them. The window's shared actions (undo, redo, quit, F5) come from the main window's `Actions`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from ecanvas.ui.actions import ActionSpec
from ecanvas.ui.theme import icon

PARTICIPANT_KEYS = 9  # keys 1–9 make participant 1–9 the one capturing; 0 makes nobody

SPECS = (
    ActionSpec("next_block", ("Right",)),
    ActionSpec("previous_block", ("Left",)),
    # A clicker's Page Down: through a block taller than the screen first, then the next block.
    ActionSpec("page_down", ("PgDown", "Down")),
    ActionSpec("page_up", ("PgUp", "Up")),
    ActionSpec("first_block", ("Home",)),
    ActionSpec("last_block", ("End",)),
    ActionSpec("next_canvas", ("Ctrl+PgDown",)),
    ActionSpec("previous_canvas", ("Ctrl+PgUp",)),
    ActionSpec("overview", ("O",), checkable=True),
    ActionSpec("capture", ("Return", "Enter")),
    ActionSpec("next_card", ("Tab",)),
    ActionSpec("previous_card", ("Shift+Tab",)),
    ActionSpec("vote", ("V",)),
    ActionSpec("take_back_vote", ("Shift+V",)),
    ActionSpec("participants", ("P",)),
    ActionSpec("silent", ("S",)),
    ActionSpec("start_round", ("R",)),
    ActionSpec("close_round", ("Shift+R",)),
    ActionSpec("timer_toggle", ("T",), "timer"),
    ActionSpec("timer_reset", ("Shift+T",)),
    ActionSpec("timer_add_minute", ("M",)),
    ActionSpec("timer_set", ("Ctrl+T",)),
    ActionSpec("timer_auto_next", (), checkable=True),
    ActionSpec("timer_sound", (), checkable=True),
    ActionSpec("leave", ("Esc",)),
    *(ActionSpec(f"participant_{n}", (str(n),)) for n in range(PARTICIPANT_KEYS + 1)),
)


class WorkshopActions(QObject):
    """The workshop's QActions by name; `retranslate` sets their texts."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._by_name: dict[str, QAction] = {}
        for spec in SPECS:
            action = QAction(self)
            action.setObjectName(f"action_workshop_{spec.name}")
            action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
            action.setCheckable(spec.checkable)
            if spec.icon:
                action.setIcon(icon(spec.icon))
            self._by_name[spec.name] = action
        self.presets = {minutes: QAction(self) for minutes in (3, 5, 10)}
        for minutes, action in self.presets.items():
            action.setObjectName(f"action_workshop_timer_{minutes}")
        self.retranslate()

    def __getitem__(self, name: str) -> QAction:
        return self._by_name[name]

    def all(self) -> list[QAction]:
        return [*self._by_name.values(), *self.presets.values()]

    def retranslate(self) -> None:
        texts = {
            "next_block": self.tr("&Next Block"),
            "previous_block": self.tr("&Previous Block"),
            "page_down": self.tr("Page Down (Then the Next Block)"),
            "page_up": self.tr("Page Up (Then the Previous Block)"),
            "first_block": self.tr("&First Block"),
            "last_block": self.tr("&Last Block"),
            "next_canvas": self.tr("Next &Canvas"),
            "previous_canvas": self.tr("Pr&evious Canvas"),
            "overview": self.tr("&Overview"),
            "capture": self.tr("Capture a Car&d"),
            "next_card": self.tr("Select Next Card"),
            "previous_card": self.tr("Select Previous Card"),
            "vote": self.tr("&Vote for the Selected Card"),
            "take_back_vote": self.tr("Take &Back a Vote"),
            "participants": self.tr("P&articipants…"),
            "silent": self.tr("Start &Silent Brainstorm"),
            "start_round": self.tr("Start Votin&g Round…"),
            "close_round": self.tr("Close Vot&ing Round"),
            "timer_toggle": self.tr("Start or Pause the &Timer"),
            "timer_reset": self.tr("Reset t&he Timer"),
            "timer_add_minute": self.tr("Add a &Minute"),
            "timer_set": self.tr("Set the Timer…"),
            "timer_auto_next": self.tr("Start the Next Block's Timer When Moving On"),
            "timer_sound": self.tr("Sound When Time Is Up"),
            "leave": self.tr("&Leave Workshop"),
            "participant_0": self.tr("Nobody Capturing"),
        }
        for n in range(1, PARTICIPANT_KEYS + 1):
            texts[f"participant_{n}"] = self.tr("Participant {n} Capturing").format(n=n)
        for name, text in texts.items():
            self._by_name[name].setText(text)
        for minutes, action in self.presets.items():
            action.setText(self.tr("{n} Minutes").format(n=minutes))

    def set_silent_text(self, silent: bool) -> None:
        """The silent-brainstorm action starts one, or reveals the cards of the running one."""
        action = self._by_name["silent"]
        action.setText(self.tr("Reveal Card&s") if silent else self.tr("Start &Silent Brainstorm"))
