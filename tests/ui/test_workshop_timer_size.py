"""The workshop's clock keeps its large figures when the countdown starts, pauses or ends, and
turns amber in the last half minute and red at the end (in the app's own style sheet)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from window_helpers import close_window
from workshop_helpers import open_workshop

from ecanvas.ui import theme
from ecanvas.ui.workshop import window
from ecanvas.ui.workshop.timer_widget import STATE_COLOURS


@pytest.fixture
def themed(qapp):
    """The app's Fusion style and style sheet, as the real program has them."""
    style, palette, sheet = qapp.style().name(), QApplication.palette(), qapp.styleSheet()
    theme.apply_theme(qapp)
    yield
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setPalette(palette)


def _colour(clock) -> QColor:
    return clock.palette().color(QPalette.ColorRole.WindowText)


def test_the_clock_keeps_its_size_and_shows_its_state_in_colour(
    themed, qtbot, store, tmp_path, monkeypatch
):
    monkeypatch.setattr(window, "play_chime", lambda: None)
    win, workshop = open_workshop(qtbot, store, tmp_path)
    clock = workshop.timer.clock
    idle, text_colour = clock.fontInfo().pixelSize(), _colour(clock)
    assert idle >= 30
    QTest.keyClick(workshop.view, Qt.Key.Key_T)
    assert workshop.timer.state == "running"
    assert clock.fontInfo().pixelSize() == idle and _colour(clock) == text_colour
    QTest.keyClick(workshop.view, Qt.Key.Key_T)
    assert workshop.timer.state == "idle" and clock.fontInfo().pixelSize() == idle
    workshop.set_timer(1)
    QTest.keyClick(workshop.view, Qt.Key.Key_T)
    assert workshop.timer.state == "warning"
    assert _colour(clock) == QColor(STATE_COLOURS["warning"])
    qtbot.waitUntil(lambda: workshop.timer.state == "ended", timeout=4000)
    assert _colour(clock) == QColor(STATE_COLOURS["ended"])
    assert clock.fontInfo().pixelSize() == idle
    QTest.keyClick(workshop.view, Qt.Key.Key_T, Qt.KeyboardModifier.ShiftModifier)  # reset
    assert workshop.timer.state == "idle" and _colour(clock) == text_colour
    close_window(win)
