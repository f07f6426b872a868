"""Real system drags in the real program: a card onto another canvas's tab, a palette chip onto
a block.

Offscreen Qt cannot run a system drag (QDrag.exec), so the rest of the suite stands in for these
two gestures. Here ``python -m ecanvas`` runs on a private Xvfb display and xdotool moves the
real pointer. Where to press is read from a screenshot, never guessed: the canvas background,
the tab titles above it, a palette chip's colour and a block header's colour. What happened is
read from the workspace file, after the app has quit.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageGrab
from xvfb_helpers import (
    WINDOW_DEADLINE_S,
    app_environment,
    visible_windows_of,
    wait_until_painted,
    xdotool,
    xvfb_display,
)

from ecanvas.model import Workspace
from ecanvas.store import WorkspaceError, create_workspace, open_workspace
from ecanvas.ui.canvas.style import CARD_COLOURS, CanvasTheme
from ecanvas.ui.theme import make_palette

pytestmark = pytest.mark.xvfb

DRAGGED_TEXT = "Fast delivery"
STAYING_TEXTS = ("Local shops", "Loyalty club")
PALETTE = {name: colour for colour, name in CARD_COLOURS}
DRAGGED_COLOUR = PALETTE["Blue"]  # no other card has it, so it is found by colour
PINK = PALETTE["Pink"]
TYPED_TEXT = "Price war ahead"
FILE_DEADLINE_S = 15.0
LAYOUT_DEADLINE_S = 20.0


@pytest.fixture
def x_display():
    """A private Xvfb server (the test is skipped without Xvfb and xdotool)."""
    with xvfb_display() as display:
        yield display


# ---------------------------------------------------------------------- the workspace on disk
@dataclass(frozen=True)
class Prepared:
    path: Path
    first_id: int  # business-model-design, shown first
    second_id: int  # swot
    dragged_id: int


def prepare_workspace(folder: Path) -> Prepared:
    """Two canvases; three cards on the first, the one to drag in a colour no other card has."""
    path = folder / "drags.ecanvas"
    store = create_workspace(path, title="Real drags")
    try:
        first = store.add_canvas("business-model-design")
        second = store.add_canvas("swot")
        offer = first.block_by_key("value-proposition")
        dragged = store.add_card(first.id, offer.id, DRAGGED_TEXT, colour=DRAGGED_COLOUR)
        store.add_card(first.id, offer.id, STAYING_TEXTS[0])
        store.add_card(first.id, first.block_by_key("partner-network").id, STAYING_TEXTS[1])
    finally:
        store.close()
    return Prepared(path, first.id, second.id, dragged.id)


def read_workspace(path: Path) -> Workspace:
    store = open_workspace(path, read_only=True)
    try:
        return store.workspace
    finally:
        store.close()


def wait_for_file(path: Path, condition: Callable[[Workspace], bool], what: str) -> Workspace:
    """Poll the file (read-only, beside the running app) until `condition` holds."""
    deadline = time.monotonic() + FILE_DEADLINE_S
    last_error = ""
    while True:
        try:
            workspace = read_workspace(path)
            if condition(workspace):
                return workspace
        except (WorkspaceError, sqlite3.Error) as error:  # caught in the middle of a write
            last_error = f" (last read failed: {error})"
        if time.monotonic() > deadline:
            pytest.fail(f"{what} did not happen within {FILE_DEADLINE_S:.0f} s{last_error}")
        time.sleep(0.1)


def texts(workspace: Workspace, canvas_id: int) -> set[str]:
    return {card.text for card in workspace.canvas(canvas_id).cards}


# ---------------------------------------------------------------------- reading the screen
@dataclass(frozen=True)
class Box:
    """A screen rectangle; right and bottom are exclusive (as in PIL's getbbox)."""

    left: int
    top: int
    right: int
    bottom: int

    @property
    def centre(self) -> tuple[int, int]:
        return ((self.left + self.right) // 2, (self.top + self.bottom) // 2)

    @property
    def width(self) -> int:
        return self.right - self.left

    @property
    def height(self) -> int:
        return self.bottom - self.top


def rgb(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return (int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))


def colour_mask(image: Image.Image, colour: str) -> Image.Image:
    """White where the pixel is exactly `colour`, black elsewhere."""
    bands = [
        band.point(lambda value, wanted=wanted: 255 if value == wanted else 0)
        for band, wanted in zip(image.split(), rgb(colour), strict=True)
    ]
    return ImageChops.multiply(ImageChops.multiply(bands[0], bands[1]), bands[2])


def colour_box(image: Image.Image, colour: str, within: Box) -> Box | None:
    """The bounding box of the pixels of exactly `colour` inside `within`."""
    region = (within.left, within.top, within.right, within.bottom)
    found = colour_mask(image.crop(region), colour).getbbox()
    if found is None:
        return None
    left, top, right, bottom = found
    return Box(within.left + left, within.top + top, within.left + right, within.top + bottom)


def canvas_viewport(image: Image.Image) -> Box:
    """The canvas view: the large area painted in the canvas background colour."""
    background = CanvasTheme(make_palette(dark=False)).background.name()
    whole = Box(0, 0, image.width, image.height)
    box = colour_box(image, background, whole)
    if box is None or box.width < 300 or box.height < 200:
        raise LookupError(f"no canvas background ({background}) on screen: {box}")
    return box


def tab_title_centres(image: Image.Image, viewport: Box) -> list[tuple[int, int]]:
    """The centres of the tab titles: the first row of dark text above the canvas view, split
    where the gap between dark columns is wider than a space between words."""
    grey = image.convert("L")
    rows = []
    for y in range(viewport.top - 1, max(viewport.top - 60, 0), -1):
        dark = any(grey.getpixel((x, y)) < 100 for x in range(viewport.left, viewport.right))
        if dark:
            rows.append(y)
        elif rows:
            break
    if not rows:
        raise LookupError("no tab titles above the canvas view")
    top, bottom = min(rows), max(rows) + 1
    columns = [
        x
        for x in range(viewport.left, viewport.right)
        if any(grey.getpixel((x, y)) < 100 for y in range(top, bottom))
    ]
    groups: list[list[int]] = [[columns[0]]]
    for x in columns[1:]:
        if x - groups[-1][-1] > 12:
            groups.append([x])
        else:
            groups[-1].append(x)
    return [((group[0] + group[-1]) // 2, (top + bottom) // 2) for group in groups]


def header_box(image: Image.Image, colour: str, viewport: Box) -> Box:
    """A block's coloured header band: the colour's bounding box, down to where the band ends
    in a column just inside its left edge (left of the title; a highlighted block's border has
    the colour too, but only at the very edge)."""
    box = colour_box(image, colour, viewport)
    if box is None:
        raise LookupError(f"no block header in {colour} in the canvas view")
    x, y, wanted = box.left + 4, box.top + 4, rgb(colour)  # below the rounded corner
    while y < box.bottom and image.getpixel((x, y)) == wanted:
        y += 1
    if not 10 <= y - box.top <= viewport.height // 4:
        raise LookupError(f"the {colour} area at {box} is not a block header")
    return Box(box.left, box.top, box.right, y)


# ---------------------------------------------------------------------- the running program
class RealApp:
    """``python -m ecanvas PATH`` on the display; logs, screenshots and the window it shows."""

    def __init__(self, display: str, root: Path, workspace: Path) -> None:
        self.display = display
        self.root = root
        self.log = root / "ecanvas.log"
        env = app_environment(display, root)
        with self.log.open("w") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "ecanvas", str(workspace)],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        self.window = ""

    def start(self) -> None:
        wait_until_painted(self.process, self.root / "ready", self.log)
        found = xdotool(self.display, "search", "--sync", "--onlyvisible", "--name", "ecanvas")
        self.window = found.splitlines()[0]
        xdotool(self.display, "windowfocus", "--sync", self.window)
        xdotool(self.display, "mousemove", "0", "0")  # off the window: no hover, no tooltip

    def screenshot(self, name: str) -> Image.Image:
        image = ImageGrab.grab(xdisplay=self.display).convert("RGB")
        image.save(self.root / name)
        return image

    def settled(self, name: str, locate: Callable[[Image.Image], object]) -> object:
        """What `locate` finds on two screenshots in a row that agree (the layout has settled)."""
        deadline = time.monotonic() + LAYOUT_DEADLINE_S
        previous, problem = None, ""
        while time.monotonic() < deadline:
            try:
                found = locate(self.screenshot(name))
            except LookupError as error:
                found, problem = None, str(error)
            if found is not None and found == previous:
                return found
            previous = found
            time.sleep(0.3)
        pytest.fail(f"{problem or 'the window kept changing'}; see {self.root / name}")

    def drag(self, points: list[tuple[int, int]], step: int = 12) -> None:
        """Press at the first point, move through the others in small steps, rest on the last
        one (a drop target reacts to moves), and release there."""
        x, y = points[0]
        xdotool(self.display, "mousemove", str(x), str(y))
        time.sleep(0.2)
        xdotool(self.display, "mousedown", "1")
        time.sleep(0.2)
        for target in points[1:]:
            count = max(4, round(max(abs(target[0] - x), abs(target[1] - y)) / step))
            for i in range(1, count + 1):
                xi = round(x + (target[0] - x) * i / count)
                yi = round(y + (target[1] - y) * i / count)
                xdotool(self.display, "mousemove", str(xi), str(yi))
                time.sleep(0.02)
            x, y = target
        for dx in (2, 0):  # a last nudge: the target sees a move at the very point of the drop
            time.sleep(0.25)
            xdotool(self.display, "mousemove", str(x + dx), str(y))
        time.sleep(0.25)
        xdotool(self.display, "mouseup", "1")

    def drag_icon_shown(self) -> bool:
        """Whether the picture that follows the pointer in a system drag is on screen: a window
        of the app that bypasses the window manager (menus and tooltips have their own types)."""
        env = dict(os.environ, DISPLAY=self.display)
        for window in visible_windows_of(self.display, self.process.pid):
            kind = subprocess.run(["xprop", "-id", window, "_NET_WM_WINDOW_TYPE"], env=env,
                                  capture_output=True, text=True, timeout=60)  # fmt: skip
            if "_KDE_NET_WM_WINDOW_TYPE_OVERRIDE" in kind.stdout:  # gone meanwhile: ""
                return True
        return False

    def wait_until_drag_ended(self) -> None:
        """A system drag runs its own event loop, which swallows every key until the drop has
        been handled; Qt hides the drag's picture at that moment."""
        deadline = time.monotonic() + WINDOW_DEADLINE_S
        while self.drag_icon_shown():
            assert time.monotonic() < deadline, "the drag did not end after the drop"
            time.sleep(0.05)

    def quit(self) -> None:
        """Ctrl+Q, as a user quits; the app must exit cleanly and release the file."""
        xdotool(self.display, "key", "--clearmodifiers", "ctrl+q")
        try:
            status = self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.screenshot("not-quitting.png")
            pytest.fail(f"ecanvas did not quit on Ctrl+Q; see {self.root}")
        assert status == 0, f"ecanvas exited with {status}: {self.output()}"

    def output(self) -> str:
        return self.log.read_text(errors="replace")[-2000:]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


@contextmanager
def real_app(display: str, root: Path, workspace: Path) -> Iterator[RealApp]:
    """The started app; on a failure the screen is saved as failure.png beside its log."""
    app = RealApp(display, root, workspace)
    try:
        app.start()
        yield app
    except BaseException:
        if app.process.poll() is None:
            app.screenshot("failure.png")
        raise
    finally:
        app.stop()


# ---------------------------------------------------------------------- the gestures
def test_a_card_dragged_onto_another_canvas_tab_moves_to_that_canvas(x_display, tmp_path):
    prepared = prepare_workspace(tmp_path)
    with real_app(x_display, tmp_path, prepared.path) as app:

        def locate(image: Image.Image):
            viewport = canvas_viewport(image)
            tabs = tab_title_centres(image, viewport)
            if len(tabs) != 2:
                raise LookupError(f"expected 2 tab titles above the canvas, found {tabs}")
            card = colour_box(image, DRAGGED_COLOUR, viewport)
            if card is None:
                raise LookupError(f"no {DRAGGED_COLOUR} card in the canvas view")
            return tabs, card

        tabs, card = app.settled("before.png", locate)
        start = card.centre
        # A few small moves start the card drag inside the view; leaving the view turns it into
        # a system drag, which follows the pointer to the second tab.
        app.drag([start, (start[0] + 15, start[1] + 15), tabs[1]])
        moved = wait_for_file(
            prepared.path,
            lambda ws: ws.find_card(prepared.dragged_id).canvas_id == prepared.second_id,
            f"moving “{DRAGGED_TEXT}” to the second canvas (see {tmp_path / 'before.png'})",
        )
        app.screenshot("after.png")
        app.wait_until_drag_ended()
        app.quit()

    workspace = read_workspace(prepared.path)
    card = workspace.find_card(prepared.dragged_id)
    second = workspace.canvas(prepared.second_id)
    assert card.canvas_id == second.id
    assert second.block(card.block_id).key == "strengths"  # no block of the same key: the first
    assert texts(workspace, prepared.second_id) == {DRAGGED_TEXT}
    assert texts(workspace, prepared.first_id) == set(STAYING_TEXTS)
    assert moved.card_count == workspace.card_count == 3
    assert not prepared.path.with_name(prepared.path.name + ".lock").exists()


def test_a_palette_chip_dropped_on_a_block_makes_a_card_of_its_colour(x_display, tmp_path):
    prepared = prepare_workspace(tmp_path)
    first = read_workspace(prepared.path).canvas(prepared.first_id)
    revenue = first.block_by_key("revenue-model")
    with real_app(x_display, tmp_path, prepared.path) as app:

        def locate(image: Image.Image):
            viewport = canvas_viewport(image)
            above = Box(0, 0, image.width, viewport.top)
            chip = colour_box(image, PINK, above)
            if chip is None or not 12 <= chip.width <= 40 or not 12 <= chip.height <= 40:
                raise LookupError(f"no {PINK} palette chip above the canvas view: {chip}")
            return chip, header_box(image, revenue.colour, viewport)

        chip, header = app.settled("before.png", locate)
        target = (header.centre[0], header.bottom + 2 * header.height)  # inside the block
        app.drag([chip.centre, target])

        def pink_editor(image: Image.Image):
            viewport = canvas_viewport(image)
            editor = colour_box(image, PINK, viewport)
            if editor is None or editor.width < 60:
                raise LookupError(f"no {PINK} card editor on the canvas: {editor}")
            return editor

        # The editor of the new card opens where the chip was dropped; nothing is written yet.
        app.settled("editor.png", pink_editor)
        before = read_workspace(prepared.path).canvas(prepared.first_id).cards_in(revenue.id)
        assert [c.text for c in before] == [c.text for c in first.cards_in(revenue.id)]
        app.wait_until_drag_ended()
        xdotool(app.display, "type", "--delay", "40", TYPED_TEXT)
        app.screenshot("typed.png")
        xdotool(app.display, "key", "Return")
        wait_for_file(
            prepared.path,
            lambda ws: TYPED_TEXT in texts(ws, prepared.first_id),
            f"the card named “{TYPED_TEXT}” (see {tmp_path / 'typed.png'})",
        )
        xdotool(app.display, "key", "Escape")
        app.screenshot("after.png")
        app.quit()

    workspace = read_workspace(prepared.path)
    added = [card for card in workspace.canvas(prepared.first_id).cards if card.text == TYPED_TEXT]
    assert len(added) == 1
    assert added[0].block_id == revenue.id
    assert added[0].colour.upper() == PINK
    assert workspace.card_count == 4  # the three prepared cards and the new one, no empty one
    assert texts(workspace, prepared.second_id) == set()
