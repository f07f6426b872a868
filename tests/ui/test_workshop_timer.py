"""The workshop's countdown: one per block, presets, +1 minute, pause, reset, a clear signal at
the end (and the optional sound), and the next block's timer starting when asked."""

from __future__ import annotations

import wave

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from window_helpers import close_window
from workshop_helpers import open_workshop, trigger

from ecanvas.ui.workshop import chime, window
from ecanvas.ui.workshop.timer import Countdown, clock_text, parse_duration


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_countdown_runs_pauses_gets_more_time_and_ends(qtbot):
    clock = FakeClock()
    countdown = Countdown(90, clock)
    ended = []
    countdown.finished.connect(lambda: ended.append(True))
    countdown.start()
    clock.now += 30
    assert countdown.remaining() == 60
    countdown.pause()
    clock.now += 100  # a paused countdown does not run
    assert countdown.remaining() == 60 and not countdown.running
    countdown.add(60)
    assert countdown.remaining() == 120
    countdown.start()
    clock.now += 120
    countdown._tick()
    assert ended == [True] and countdown.ended and countdown.remaining() == 0
    countdown.reset()
    assert countdown.remaining() == 90 and not countdown.ended


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("5", 300), ("1:30", 90), ("0:05", 5), ("2.5", 150), ("1：05", 65), ("0", None),
     ("1:75", None), ("soon", None), ("100", None)],
)  # fmt: skip
def test_durations_are_read_as_minutes_or_minutes_and_seconds(text, seconds):
    assert parse_duration(text) == seconds


def test_the_clock_shows_minutes_and_seconds_rounded_up():
    assert [clock_text(s) for s in (300, 299.2, 60, 0.4, 0)] == ["5:00", "5:00", "1:00", "0:01",
                                                                 "0:00"]  # fmt: skip


def test_a_few_seconds_timer_runs_to_its_end_with_a_signal_and_a_sound(
    qtbot, store, tmp_path, monkeypatch
):
    played = []
    monkeypatch.setattr(window, "play_chime", lambda: played.append(True))
    win, workshop = open_workshop(qtbot, store, tmp_path)
    workshop.set_timer(1)
    assert workshop.timer.text == "0:01"
    QTest.keyClick(workshop.view, Qt.Key.Key_T)
    assert workshop.timers.current.running and workshop.timer.state == "warning"
    qtbot.waitUntil(lambda: workshop.timer.state == "ended", timeout=4000)
    assert workshop.timer.text == "0:00"
    assert workshop.time_up_frame.active and "Time is up" in workshop.toast.text()
    assert played == [True]
    QTest.keyClick(workshop.view, Qt.Key.Key_M)  # +1 minute after the end
    assert workshop.timer.text == "1:00"
    QTest.keyClick(workshop.view, Qt.Key.Key_T, Qt.KeyboardModifier.ShiftModifier)  # reset
    assert workshop.timer.text == "0:01" and not workshop.timers.current.running
    close_window(win)


def test_each_block_keeps_its_own_countdown_and_the_next_can_start_on_its_own(
    qtbot, store, tmp_path
):
    win, workshop = open_workshop(qtbot, store, tmp_path)
    trigger(workshop, "timer_3")
    first = workshop.timers.current
    assert first.duration == 180
    QTest.keyClick(workshop.view, Qt.Key.Key_T)
    QTest.keyClick(workshop.view, Qt.Key.Key_Right)
    second = workshop.timers.current
    assert second is not first and not first.running and not second.running
    assert second.duration == 180  # the chosen duration is the new default
    workshop.actions["timer_auto_next"].setChecked(True)
    QTest.keyClick(workshop.view, Qt.Key.Key_Right)
    assert workshop.timers.current.running
    QTest.keyClick(workshop.view, Qt.Key.Key_Left)
    assert workshop.timers.current is second and not second.running
    assert workshop.settings.workshop_flag("auto_next", False)  # remembered for next time
    close_window(win)


def test_the_sound_is_a_short_chime_in_a_wav_file(tmp_path, monkeypatch):
    monkeypatch.setattr(chime.tempfile, "gettempdir", lambda: str(tmp_path))
    path = chime.chime_file()
    with wave.open(str(path), "rb") as sound:
        seconds = sound.getnframes() / sound.getframerate()
        assert sound.getnchannels() == 1 and 0.4 < seconds < 1.0
