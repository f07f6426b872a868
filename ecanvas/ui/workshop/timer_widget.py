"""The countdown in the workshop's top-right corner: the time left in large figures, start/pause,
reset, +1 minute and the presets; red and blinking when the time is up."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

from ecanvas.ui.literal import plain_text
from ecanvas.ui.workshop.actions import WorkshopActions
from ecanvas.ui.workshop.timer import Countdown, clock_text

WARNING_SECONDS = 30
BLINK_MS = 450
BLINKS = 16
STATE_COLOURS = {"warning": "#B54708", "ended": "#C62F3B"}  # idle and running: the text colour


class TimerWidget(QWidget):
    """Shows one `Countdown` (the block in focus's) and the buttons that drive it."""

    def __init__(self, actions: WorkshopActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshopTimer")
        self.countdown: Countdown | None = None
        self.clock = QLabel("5:00")
        self.clock.setObjectName("workshopTimerClock")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.actions = actions
        self.toggle = self._button("workshopTimerToggle", actions["timer_toggle"], "▶")
        self.reset = self._button("workshopTimerReset", actions["timer_reset"], "↺")
        self.add = self._button("workshopTimerAdd", actions["timer_add_minute"], "+1")
        self.presets = QToolButton()
        self.presets.setObjectName("workshopTimerPresets")
        self.presets.setText("⋯")
        self.presets.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.presets)
        for action in actions.presets.values():
            menu.addAction(action)
        menu.addSeparator()
        for name in ("timer_set", "timer_auto_next", "timer_sound"):
            menu.addAction(actions[name])
        self.presets.setMenu(menu)
        self.presets.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.clock)
        for button in (self.toggle, self.reset, self.add, self.presets):
            layout.addWidget(button)
        self._blink = QTimer(self)
        self._blink.setInterval(BLINK_MS)
        self._blink.timeout.connect(self._blink_once)
        self._blinks = 0
        self._scale = 1.0
        self._state = "idle"

    def _button(self, name: str, action, text: str) -> QToolButton:
        """A compact button (a symbol) that triggers a workshop action."""
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(action.trigger)
        return button

    def retranslate(self) -> None:
        names = {self.toggle: "timer_toggle", self.reset: "timer_reset",
                 self.add: "timer_add_minute"}  # fmt: skip
        for button, name in names.items():
            action = self.actions[name]
            shortcut = action.shortcut().toString()
            button.setToolTip(f"{plain_text(action.text())} ({shortcut})")
        self.presets.setToolTip(self.tr("Timer presets and options"))

    # ------------------------------------------------------------------ the countdown shown
    def show_countdown(self, countdown: Countdown) -> None:
        if self.countdown is not None:
            self.countdown.ticked.disconnect(self._show_time)
            self.countdown.stateChanged.disconnect(self._show_state)
        self.countdown = countdown
        countdown.ticked.connect(self._show_time)
        countdown.stateChanged.connect(self._show_state)
        self._stop_blinking()
        self._show_time(countdown.remaining())
        self._show_state(countdown.running)

    def time_up(self) -> None:
        """The visual signal: red figures that blink for a while, then stay red."""
        self._set_state("ended")
        self._blinks = 0
        self._blink.start()

    @property
    def text(self) -> str:
        return self.clock.text()

    @property
    def state(self) -> str:
        """idle, running, warning (the last half minute) or ended."""
        return self._state

    def _show_time(self, seconds: float) -> None:
        self.clock.setText(clock_text(seconds))
        countdown = self.countdown
        if countdown is not None and countdown.running:
            self._set_state("warning" if seconds <= WARNING_SECONDS else "running")
        elif countdown is not None and not countdown.ended and self._state == "ended":
            self._stop_blinking()  # reset or given more time after the end: no longer red
            self._set_state("idle")

    def _show_state(self, running: bool) -> None:
        self.toggle.setText("❚❚" if running else "▶")
        countdown = self.countdown
        if running:
            self._stop_blinking()
            left = countdown.remaining() if countdown else 0
            self._set_state("warning" if left <= WARNING_SECONDS else "running")
        elif countdown is not None and countdown.ended:
            self._set_state("ended")
        else:
            self._stop_blinking()
            self._set_state("idle")

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            # The palette, not a restyle: re-polishing under the app's style sheet would drop
            # the projector-sized font that apply_scale gave the clock.
            palette = QPalette(self.palette())
            colour = STATE_COLOURS.get(state)
            if colour is not None:
                palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
            self.clock.setPalette(palette)

    def _blink_once(self) -> None:
        self._blinks += 1
        self.clock.setVisible(not self.clock.isVisible() or self._blinks >= BLINKS)
        if self._blinks >= BLINKS:
            self._stop_blinking()

    def _stop_blinking(self) -> None:
        self._blink.stop()
        self.clock.setVisible(True)

    # ------------------------------------------------------------------ size
    def apply_scale(self, scale: float) -> None:
        self._scale = scale
        font = QFont(self.font())
        font.setPixelSize(round(34 * scale))
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.clock.setFont(font)
        self.clock.setMinimumWidth(round(104 * scale))
        button_font = QFont(self.font())
        button_font.setPixelSize(round(18 * scale))
        side = round(38 * scale)
        for button in (self.toggle, self.reset, self.add, self.presets):
            button.setFont(button_font)
            button.setMinimumSize(QSize(side, side))
