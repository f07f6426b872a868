"""The workshop view: F5 into a full-screen window with no bars, one block large and the others
dimmed, the keys and clicks that move through blocks, the overview, Esc back to the window as
it was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenuBar, QStatusBar, QToolBar
from window_helpers import add_cards, close_window
from workshop_helpers import open_workshop, settle, trigger

from ecanvas.ui.canvas import style
from ecanvas.ui.workshop.focus import READABLE_TEXT_PX


@pytest.fixture
def filled(store, canvas):
    """Five cards in the first block, two in the second."""
    add_cards(store, canvas.id, "value-proposition", *(f"Idea {n} for the customer" for n in
                                                        range(5)))  # fmt: skip
    add_cards(store, canvas.id, "revenue-model", "Subscriptions", "Gift boxes")
    return store


def test_f5_opens_a_full_screen_workshop_without_bars_and_esc_brings_the_window_back(
    qtbot, filled, tmp_path
):
    window, workshop = open_workshop(qtbot, filled, tmp_path, projector=False)
    geometry = window.geometry()
    assert window.findChild(QAction, "action_workshop").shortcut().toString() == "F5"
    assert workshop.windowState() & Qt.WindowState.WindowFullScreen
    assert not window.isVisible()
    for bar in (QMenuBar, QToolBar, QStatusBar):
        assert workshop.findChildren(bar) == []
    QTest.keyClick(workshop.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.isVisible())
    assert window.workshop is None and not workshop.isVisible()
    assert window.geometry() == geometry
    assert window.menuBar().isVisible()
    close_window(window)


def test_the_block_in_focus_is_large_enough_to_read_from_the_back_of_the_room(
    qtbot, filled, tmp_path, canvas
):
    _window, workshop = open_workshop(qtbot, filled, tmp_path)
    view = workshop.view
    block = canvas.block_by_key("value-proposition")
    assert view.block_id == block.id
    scene = view.canvas_scene
    for card in canvas.cards_in(block.id):
        lines = scene.card_items[card.id].text_lines()
        assert lines.font.pixelSize() * view.zoom_factor() >= READABLE_TEXT_PX
    assert min(style.CARD_TEXT_SIZES) * view.zoom_factor() >= READABLE_TEXT_PX
    # The block is lit, everything else lies under the spotlight's veil.
    box = scene.layout.blocks[block.id].rect
    hole = view.spotlight.hole
    assert hole is not None and hole.contains(QRectF(box.x, box.y, box.w, box.h))
    other = scene.layout.blocks[canvas.block_by_key("revenue-model").id].rect
    assert not hole.intersects(QRectF(other.x, other.y, other.w, other.h))
    # Its guidance questions are in the side panel, large.
    settle(qtbot, workshop)
    assert block.guidance_en[0] in workshop.side.texts()
    assert workshop.side.guidance.font().pixelSize() >= 20
    close_window(_window)


def test_arrows_and_page_keys_move_through_the_blocks(qtbot, filled, tmp_path, canvas):
    window, workshop = open_workshop(qtbot, filled, tmp_path)
    ids = [b.id for b in canvas.blocks]
    view = workshop.view
    for key, expected in ((Qt.Key.Key_Right, 1), (Qt.Key.Key_Right, 2), (Qt.Key.Key_Left, 1),
                          (Qt.Key.Key_End, len(ids) - 1), (Qt.Key.Key_Right, len(ids) - 1),
                          (Qt.Key.Key_Home, 0), (Qt.Key.Key_Left, 0)):  # fmt: skip
        QTest.keyClick(view, key)
        assert view.block_id == ids[expected], key
    for key, expected in ((Qt.Key.Key_PageDown, 1), (Qt.Key.Key_Down, 2),
                          (Qt.Key.Key_PageUp, 1), (Qt.Key.Key_Up, 0)):  # fmt: skip
        for _ in range(10):  # a page at a time through a block taller than the view
            QTest.keyClick(view, key)
            if view.block_id == ids[expected]:
                break
        assert view.block_id == ids[expected], key
    QTest.keyClick(view, Qt.Key.Key_End)
    settle(qtbot, workshop)
    assert workshop.where.toolTip().endswith(f"{len(ids)} / {len(ids)}")
    assert canvas.blocks[-1].title_en in workshop.where.toolTip()
    close_window(window)


def test_page_down_goes_through_a_tall_block_before_the_next_one(qtbot, store, canvas,
                                                                tmp_path):  # fmt: skip
    block = canvas.block_by_key("value-proposition")
    add_cards(store, canvas.id, "value-proposition", *(f"Idea {n}" for n in range(24)))
    window, workshop = open_workshop(qtbot, store, tmp_path)
    view = workshop.view
    rect = view.block_rect(block.id)
    seen = view.mapToScene(view.viewport().rect()).boundingRect()
    assert rect.bottom > seen.bottom()  # too tall to show at a readable size
    pages = 0
    while view.block_id == block.id:
        QTest.keyClick(view, Qt.Key.Key_PageDown)
        pages += 1
        assert pages < 20
    assert pages > 2  # it paged through the block, then moved on
    QTest.keyClick(view, Qt.Key.Key_PageUp)
    assert view.block_id == block.id
    close_window(window)


def test_the_overview_shows_the_whole_canvas_and_a_click_focuses_a_block(
    qtbot, filled, tmp_path, canvas
):
    window, workshop = open_workshop(qtbot, filled, tmp_path)
    view = workshop.view
    focused_zoom = view.zoom_factor()
    QTest.keyClick(view, Qt.Key.Key_O)
    assert view.in_overview and view.zoom_factor() < focused_zoom
    assert view.spotlight.hole is None
    target = canvas.block_by_key("key-processes")
    rect = view.canvas_scene.layout.blocks[target.id].rect
    point = view.mapFromScene(rect.x + rect.w / 2, rect.y + rect.h / 2)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert not view.in_overview and view.block_id == target.id
    # Keys in the overview pick a block; Enter goes there; Esc leaves the overview only.
    QTest.keyClick(view, Qt.Key.Key_O)
    QTest.keyClick(view, Qt.Key.Key_Left)
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert view.block_id == canvas.blocks[canvas.blocks.index(target) - 1].id
    QTest.keyClick(view, Qt.Key.Key_O)
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert not view.in_overview and workshop.isVisible()
    close_window(window)


def test_a_click_on_a_dimmed_block_brings_it_into_focus(qtbot, filled, tmp_path, canvas):
    window, workshop = open_workshop(qtbot, filled, tmp_path)
    view = workshop.view
    scene = view.canvas_scene
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    hole = view.spotlight.hole
    others = [b for b in canvas.blocks if b.id != view.block_id]
    for block in others:
        rect = scene.layout.blocks[block.id].rect
        point = view.mapToScene(QPoint(view.viewport().width() - 12, 200))
        if visible.contains(point) and rect.contains_point(point.x(), point.y()):
            assert not hole.contains(point)
            QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                             pos=view.mapFromScene(point))  # fmt: skip
            assert view.block_id == block.id
            break
    else:
        pytest.fail("no dimmed block shows at the right edge of the view")
    close_window(window)


def test_ctrl_page_down_moves_to_the_next_canvas(qtbot, filled, tmp_path):
    second = filled.add_canvas("swot", title="SWOT")
    window, workshop = open_workshop(qtbot, filled, tmp_path)
    QTest.keyClick(workshop.view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert workshop.canvas_id == second.id
    assert workshop.view.block_id == second.blocks[0].id
    QTest.keyClick(workshop, Qt.Key.Key_Escape)
    qtbot.waitUntil(window.isVisible)
    assert window.tabs.current_canvas_id() == second.id  # back where the workshop ended
    close_window(window)


def test_a_workspace_without_canvases_stays_in_the_window_with_a_message(qtbot, tmp_path):
    from window_helpers import make_window

    from ecanvas.store import create_workspace

    with create_workspace(tmp_path / "empty.ecanvas") as empty:
        window = make_window(qtbot, empty, tmp_path)
        window.findChild(QAction, "action_workshop").trigger()
        assert window.workshop is None and window.isVisible()
        assert "Add a canvas" in window.status.currentMessage()
        close_window(window)


def test_the_workshop_menu_holds_every_action_with_its_key(qtbot, filled, tmp_path):
    window, workshop = open_workshop(qtbot, filled, tmp_path)
    menu = workshop.menu
    names = {a.objectName() for a in menu.actions()}
    for name in ("next_block", "overview", "capture", "participants", "silent", "start_round",
                 "close_round", "timer_toggle", "leave"):  # fmt: skip
        assert f"action_workshop_{name}" in names
    assert {"action_undo", "action_redo"} <= names
    trigger(workshop, "leave")
    qtbot.waitUntil(window.isVisible)
    close_window(window)


def test_a_canvas_without_blocks_shows_whole_and_says_so(qtbot, tmp_path):
    from ecanvas.store import create_workspace

    with create_workspace(tmp_path / "blank.ecanvas") as blank:
        blank.add_canvas("blank", title="Empty")
        window, workshop = open_workshop(qtbot, blank, tmp_path)
        assert workshop.view.block_id is None
        QTest.keyClick(workshop.view, Qt.Key.Key_Right)
        QTest.keyClick(workshop.view, Qt.Key.Key_Return)  # nothing to capture into
        settle(qtbot, workshop)
        assert "no blocks" in workshop.side.texts()
        assert not workshop.actions["start_round"].isEnabled()
        close_window(window)


def test_the_workshop_leaves_the_canvas_view_the_user_had(qtbot, filled, tmp_path, canvas):
    from ecanvas.ui.canvas.view import view_setting

    window, workshop = open_workshop(qtbot, filled, tmp_path)
    before = filled.workspace.settings.get(view_setting(canvas.id))
    for _ in range(3):
        QTest.keyClick(workshop.view, Qt.Key.Key_Right)
    QTest.keyClick(workshop.view, Qt.Key.Key_O)
    workshop.view.save_view_state()
    QTest.keyClick(workshop.view, Qt.Key.Key_Escape)
    QTest.keyClick(workshop.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(window.isVisible)
    qtbot.wait(50)
    assert filled.workspace.settings.get(view_setting(canvas.id)) == before
    close_window(window)
