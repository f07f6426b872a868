"""The real program in a workshop on a real X server with a window manager, driven by keys only:
`ecanvas WORKSPACE --workshop` fills the screen without a menu bar, the arrows move through the
blocks, a three-second timer runs to its end (the screen's edge turns red), two participants
vote, and the votes are in the file afterwards."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from xvfb_helpers import (
    WINDOW_DEADLINE_S,
    app_environment,
    wait_for_window,
    wait_until_gone,
    wait_until_painted,
    window_manager,
    window_property,
    xdotool,
    xvfb_display,
)

from ecanvas.model import workshop as rules
from ecanvas.store import create_workspace, open_workspace

pytestmark = pytest.mark.xvfb
SCREEN = (1280, 720)
TIMER_DIALOG, ROUND_DIALOG = "^Set the Timer", "^Start a Voting Round"
RED_EDGE_DEADLINE_S = 30.0  # a three-second timer, its signal painted and grabbed on a busy machine


@pytest.fixture
def x_display():
    with xvfb_display(f"{SCREEN[0]}x{SCREEN[1]}") as display, window_manager(display):
        yield display


def make_workspace(path: Path) -> dict[str, int]:
    """A SWOT canvas with three cards in its second block, and two participants."""
    with create_workspace(path, title="Offsite", language="en") as store:
        canvas = store.add_canvas("swot")
        ana, ben = store.add_participant("Ana"), store.add_participant("Ben")
        second = canvas.blocks[1]
        cards = store.add_cards(canvas.id, [dict(block_id=second.id, text=f"Weakness {n}")
                                            for n in range(3)])  # fmt: skip
        return {"block": second.id, "ana": ana.id, "ben": ben.id,
                "first": cards[0].id, "second": cards[1].id}  # fmt: skip


def keys(display: str, *names: str) -> None:
    xdotool(display, "key", "--clearmodifiers", "--delay", "120", *names)


def back_to(display: str, window: str, dialog: str) -> None:
    """Wait until `dialog` has closed, then type into the workshop window again."""
    wait_until_gone(display, dialog)
    xdotool(display, "windowfocus", "--sync", window)


def red_edge(display: str) -> bool:
    """Whether the left edge of the screen shows the red frame of a finished timer."""
    from PIL import ImageGrab

    shot = ImageGrab.grab(xdisplay=display).convert("RGB")
    red, green, blue = shot.getpixel((3, SCREEN[1] // 2))
    return red > 180 and green < 90 and blue < 90


def test_a_workshop_runs_from_the_command_line_by_keyboard(x_display, tmp_path):
    path = tmp_path / "offsite.ecanvas"
    ids = make_workspace(path)
    log = tmp_path / "app.log"
    with log.open("w") as output:
        app = subprocess.Popen([sys.executable, "-m", "ecanvas", str(path), "--workshop"],
                               env=app_environment(x_display, tmp_path), stdout=output,
                               stderr=subprocess.STDOUT, text=True)  # fmt: skip
    try:
        wait_until_painted(app, tmp_path / "ready", log)
        found = xdotool(x_display, "search", "--sync", "--onlyvisible", "--name", "Workshop")
        window = found.splitlines()[0]
        assert xdotool(x_display, "getwindowname", window).startswith("Offsite — Workshop")
        deadline = time.monotonic() + WINDOW_DEADLINE_S
        while "_NET_WM_STATE_FULLSCREEN" not in window_property(x_display, window,
                                                                "_NET_WM_STATE"):  # fmt: skip
            assert time.monotonic() < deadline, "the workshop window is not full screen"
            time.sleep(0.1)
        geometry = xdotool(x_display, "getwindowgeometry", window)
        assert f"Geometry: {SCREEN[0]}x{SCREEN[1]}" in geometry
        # The main window, with its menu bar, is not on screen: the workshop is all there is.
        visible = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", "offsite.ecanvas"],
            env={"DISPLAY": x_display}, capture_output=True, text=True, timeout=30,
        )  # fmt: skip
        assert visible.stdout.strip() == ""
        xdotool(x_display, "windowfocus", "--sync", window)

        keys(x_display, "Right")  # the second block: Weaknesses
        keys(x_display, "ctrl+t")  # set the timer: three seconds
        wait_for_window(x_display, TIMER_DIALOG)
        keys(x_display, "ctrl+a")
        xdotool(x_display, "type", "--delay", "80", "0:03")
        keys(x_display, "Return")
        back_to(x_display, window, TIMER_DIALOG)
        keys(x_display, "t")
        deadline = time.monotonic() + RED_EDGE_DEADLINE_S
        while not red_edge(x_display):
            assert time.monotonic() < deadline, "no visible signal at the end of the timer"
            time.sleep(0.15)

        keys(x_display, "r")  # a voting round on this block, as the dialog proposes
        wait_for_window(x_display, ROUND_DIALOG)
        keys(x_display, "Return")
        back_to(x_display, window, ROUND_DIALOG)
        keys(x_display, "1", "Tab", "v", "v")  # Ana: two dots on the first card
        keys(x_display, "2", "Tab", "v")  # Ben: one dot on the next (the second) card
        keys(x_display, "1", "Tab", "v", "shift+v")  # Ana puts one on the third, takes it back
        keys(x_display, "Escape")  # out of the workshop: the main window again
        wait_for_window(x_display, "offsite.ecanvas")
        keys(x_display, "ctrl+q")
        assert app.wait(timeout=60) == 0, log.read_text()
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    with open_workspace(path, read_only=True) as store:
        workspace = store.workspace
    (voting,) = workspace.rounds
    assert (voting.scope, voting.block_id, voting.is_open) == ("block", ids["block"], True)
    placed = sorted((d.participant_id, d.card_id) for d in workspace.dots)
    assert placed == sorted([(ids["ana"], ids["first"]), (ids["ana"], ids["first"]),
                             (ids["ben"], ids["second"])])  # fmt: skip
    assert rules.tally(workspace, voting.id) == {ids["first"]: 2, ids["second"]: 1}
