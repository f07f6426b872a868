"""The view: zoom steps, fit, Ctrl+wheel around the cursor, panning, centring on a card."""

from __future__ import annotations

import pytest
from canvas_helpers import make_view, mouse, move, press, release
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

MIDDLE = Qt.MouseButton.MiddleButton


def wheel(view, view_pos: QPoint, steps: int, modifiers=Qt.KeyboardModifier.ControlModifier):
    viewport = view.viewport()
    event = QWheelEvent(QPointF(view_pos), QPointF(viewport.mapToGlobal(view_pos)), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton, modifiers,
                        Qt.ScrollPhase.NoScrollPhase, False)  # fmt: skip
    QApplication.sendEvent(viewport, event)


def test_zoom_steps_reset_and_signal(qtbot, store, canvas, undo_stack):
    view = make_view(qtbot, store, canvas.id, undo_stack)
    assert view.zoom_factor() == pytest.approx(1.0)  # the canvas fits at 100 %
    with qtbot.waitSignal(view.zoomChanged) as zoomed:
        view.zoom_in()
    assert zoomed.args[0] == pytest.approx(1.25) == view.zoom_factor()
    view.zoom_out()
    view.zoom_out()
    assert view.zoom_factor() == pytest.approx(0.8)
    view.zoom_reset()
    assert view.zoom_factor() == pytest.approx(1.0)
    for _ in range(40):
        view.zoom_in()
    assert view.zoom_factor() == pytest.approx(4.0)


def test_fit_to_window_shows_the_whole_canvas(qtbot, store, canvas, undo_stack):
    view = make_view(qtbot, store, canvas.id, undo_stack)
    view.resize(600, 400)
    view.fit_to_window()
    assert view.zoom_factor() < 0.6
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    x, y, w, h = canvas.bounds()
    assert visible.contains(QPointF(x, y)) and visible.contains(QPointF(x + w, y + h))


def test_ctrl_wheel_zooms_around_the_cursor(qtbot, store, canvas, undo_stack):
    view = make_view(qtbot, store, canvas.id, undo_stack)
    cursor = QPoint(300, 200)
    under = view.mapToScene(cursor)
    wheel(view, cursor, 2)
    assert view.zoom_factor() == pytest.approx(1.25**2)
    after = view.mapToScene(cursor)
    assert (after.x(), after.y()) == pytest.approx((under.x(), under.y()), abs=1.0)


def test_a_plain_wheel_scrolls_instead_of_zooming(qtbot, store, canvas, undo_stack):
    view = make_view(qtbot, store, canvas.id, undo_stack)
    before = view.verticalScrollBar().value()
    wheel(view, QPoint(300, 200), -1, Qt.KeyboardModifier.NoModifier)
    assert view.zoom_factor() == pytest.approx(1.0)
    assert view.verticalScrollBar().value() > before


def test_middle_button_drag_pans(qtbot, store, canvas, undo_stack):
    view = make_view(qtbot, store, canvas.id, undo_stack)
    view.set_zoom(2.0)
    h, v = view.horizontalScrollBar().value(), view.verticalScrollBar().value()
    start = QPoint(600, 400)
    mouse(view, QEvent.Type.MouseButtonPress, button=MIDDLE, buttons=MIDDLE, view_pos=start)
    move(view, buttons=MIDDLE, view_pos=QPoint(560, 380))
    move(view, buttons=MIDDLE, view_pos=QPoint(500, 350))
    mouse(view, QEvent.Type.MouseButtonRelease, button=MIDDLE, buttons=Qt.MouseButton.NoButton,
          view_pos=QPoint(500, 350))  # fmt: skip
    assert view.horizontalScrollBar().value() == h + 100
    assert view.verticalScrollBar().value() == v + 50


def test_space_drag_pans_instead_of_selecting(qtbot, store, canvas, undo_stack):
    card = store.add_card(canvas.id, canvas.blocks[0].id, "Not moved")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    view.set_zoom(2.0)
    item = view.canvas_scene.card_items[card.id]
    view.centerOn(item.centre())
    h = view.horizontalScrollBar().value()
    QTest.keyPress(view, Qt.Key.Key_Space)
    start = item.centre()
    press(view, start)
    move(view, view_pos=view.mapFromScene(start) + QPoint(-40, 0))
    release(view, start)
    QTest.keyRelease(view, Qt.Key.Key_Space)
    assert view.horizontalScrollBar().value() == h + 40
    assert undo_stack.count() == 0


def test_ensure_card_visible_centres_on_the_card(qtbot, store, canvas, undo_stack):
    card = store.add_card(canvas.id, canvas.blocks[3].id, "Far away")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    view.set_zoom(3.0)
    view.ensure_card_visible(card.id)
    centre = view.mapToScene(view.viewport().rect().center())
    item_centre = view.canvas_scene.card_items[card.id].centre()
    assert (centre.x(), centre.y()) == pytest.approx((item_centre.x(), item_centre.y()), abs=2)


# --------------------------------------------------------------------- opening and remembering
def test_a_big_canvas_opens_at_a_readable_zoom_showing_its_top_left(qtbot, store, undo_stack):
    from ecanvas.ui.canvas.view import READABLE_ZOOM

    big = store.add_canvas("business-model-canvas")
    drafts = [{"block_id": big.blocks[n % 9].id, "text": f"Card {n}"} for n in range(300)]
    store.add_cards(big.id, drafts)
    view = make_view(qtbot, store, big.id, undo_stack)
    assert view.zoom_factor() == pytest.approx(READABLE_ZOOM)
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    bounds = view.canvas_scene.layout.bounds
    assert visible.contains(QPointF(bounds.x, bounds.y))  # the top-left corner shows
    view.fit_to_window()  # asked for: the whole canvas, however small
    assert view.zoom_factor() < READABLE_ZOOM


def test_each_canvas_remembers_its_zoom_and_scroll_in_the_workspace(
    qtbot, store, canvas, undo_stack
):
    from ecanvas.store import open_workspace
    from ecanvas.ui.canvas.view import view_setting

    view = make_view(qtbot, store, canvas.id, undo_stack)
    view.set_zoom(1.5)
    view.centerOn(QPointF(700, 500))
    qtbot.waitUntil(lambda: view_setting(canvas.id) in store.workspace.settings, timeout=5000)
    saved = store.workspace.settings[view_setting(canvas.id)]
    assert saved["zoom"] == pytest.approx(1.5)
    view.centerOn(QPointF(300, 200))
    view.canvas_scene.detach()
    view.save_view_state()  # as closing the tab does
    view.close()
    with open_workspace(store.path, read_only=True) as reopened:
        stored = reopened.workspace.settings[view_setting(canvas.id)]
    assert stored["zoom"] == pytest.approx(1.5)
    again = make_view(qtbot, store, canvas.id, undo_stack)
    assert again.zoom_factor() == pytest.approx(1.5)
    centre = again.mapToScene(again.viewport().rect().center())
    assert (centre.x(), centre.y()) == pytest.approx((300, 200), abs=2)
    assert undo_stack.count() == 0  # a preference, not an edit


def test_a_read_only_workspace_keeps_its_views_untouched(qtbot, store, canvas, undo_stack):
    from ecanvas.store import open_workspace
    from ecanvas.ui.canvas.view import view_setting

    with open_workspace(store.path, read_only=True) as viewer:
        view = make_view(qtbot, viewer, canvas.id, undo_stack)
        view.set_zoom(2.0)
        view.save_view_state()
        assert view_setting(canvas.id) not in viewer.workspace.settings
        view.canvas_scene.detach()


def test_a_damaged_view_setting_is_ignored(qtbot, store, canvas, undo_stack):
    from ecanvas.ui.canvas.view import view_setting

    store.set_setting(view_setting(canvas.id), {"zoom": "huge", "centre": [1]})
    view = make_view(qtbot, store, canvas.id, undo_stack)
    assert view.zoom_factor() == pytest.approx(1.0)
