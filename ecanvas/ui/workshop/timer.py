"""The workshop's countdown: one per block, the one of the block in focus shown and running.

`Countdown` keeps time with a monotonic clock (a busy event loop never makes it slow) and ticks
the display a few times a second; `BlockTimers` remembers each block's countdown while the
facilitator moves on, pausing the one left behind (and, when asked, starting the next one).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

PRESET_MINUTES = (3, 5, 10)
DEFAULT_SECONDS = 5 * 60
MAX_SECONDS = 99 * 60 + 59
TICK_MS = 100


def parse_duration(text: str) -> int | None:
    """Seconds from "5" (minutes), "1:30" or "0:05" (minutes:seconds); None when unreadable."""
    text = text.strip().replace("：", ":")
    try:
        if ":" in text:
            minutes, seconds = text.split(":", 1)
            value = int(minutes or 0) * 60 + int(seconds)
            if not 0 <= int(seconds) < 60:
                return None
        else:
            value = round(float(text) * 60)
    except ValueError:
        return None
    return value if 0 < value <= MAX_SECONDS else None


def clock_text(seconds: float) -> str:
    """Remaining time as m:ss, rounded up so 0:00 shows only at the end."""
    whole = max(0, int(-(-seconds // 1)))
    return f"{whole // 60}:{whole % 60:02d}"


class Countdown(QObject):
    """A countdown that can run, pause, be reset, or get more time."""

    ticked = Signal(float)  # seconds left
    finished = Signal()
    stateChanged = Signal(bool)  # noqa: N815 (running)

    def __init__(self, seconds: int = DEFAULT_SECONDS, clock: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._clock = clock
        self.duration = seconds
        self._left = float(seconds)
        self._since: float | None = None  # clock reading when it last started running
        self.ended = False
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    @property
    def running(self) -> bool:
        return self._since is not None

    def remaining(self) -> float:
        if self._since is None:
            return self._left
        return max(0.0, self._left - (self._clock() - self._since))

    def start(self) -> None:
        if self.running:
            return
        if self.remaining() <= 0:
            self.reset()
        self._since = self._clock()
        self.ended = False
        self._timer.start()
        self.stateChanged.emit(True)
        self.ticked.emit(self.remaining())

    def pause(self) -> None:
        if not self.running:
            return
        self._left = self.remaining()
        self._since = None
        self._timer.stop()
        self.stateChanged.emit(False)
        self.ticked.emit(self._left)

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def reset(self, seconds: int | None = None) -> None:
        """Back to the full time (a new duration when given), not running."""
        was_running = self.running
        if seconds is not None:
            self.duration = max(1, min(MAX_SECONDS, int(seconds)))
        self._left, self._since, self.ended = float(self.duration), None, False
        self._timer.stop()
        if was_running:
            self.stateChanged.emit(False)
        self.ticked.emit(self._left)

    def add(self, seconds: int) -> None:
        """More time (a finished countdown gets it too, and keeps its state)."""
        self._left = min(float(MAX_SECONDS), self.remaining() + seconds)
        if self._since is not None:
            self._since = self._clock()
        self.ended = False
        self.ticked.emit(self.remaining())

    def _tick(self) -> None:
        left = self.remaining()
        self.ticked.emit(left)
        if left <= 0:
            self._left, self._since, self.ended = 0.0, None, True
            self._timer.stop()
            self.stateChanged.emit(False)
            self.finished.emit()


class BlockTimers(QObject):
    """Each block's countdown; `current` is the one of the block in focus."""

    currentChanged = Signal(object)  # noqa: N815 (the Countdown now shown)
    finished = Signal(object)  # the key of the block whose time is up

    def __init__(self, default_seconds: int = DEFAULT_SECONDS,
                 clock: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.default_seconds = default_seconds
        self._clock = clock
        self._timers: dict[object, Countdown] = {}
        self._key: object = None
        self.current: Countdown | None = None

    def show(self, key: object, start: bool = False) -> Countdown:
        """Make `key`'s countdown the current one, pausing the one shown before."""
        if self.current is not None and key != self._key:
            self.current.pause()
        countdown = self._timers.get(key)
        if countdown is None:
            countdown = Countdown(self.default_seconds, self._clock, self)
            countdown.finished.connect(lambda k=key: self.finished.emit(k))
            self._timers[key] = countdown
        changed = key != self._key
        self._key, self.current = key, countdown
        if start and not countdown.running:
            countdown.start()
        if changed:
            self.currentChanged.emit(countdown)
        return countdown

    def stop_all(self) -> None:
        for countdown in self._timers.values():
            countdown.pause()
