"""Dragging cards with real mouse events: between blocks, several at once, undo/redo, a release
outside every block, at 200 % zoom, and out of the view as a system drag."""

from __future__ import annotations

import pytest
from canvas_helpers import (
    block_point,
    card_centre,
    card_corner,
    drag,
    make_view,
    move,
    press,
    release,
)
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDrag

from ecanvas.store import CardMove, open_workspace
from ecanvas.ui.canvas import drag as drag_module
from ecanvas.ui.commands import MoveCardsCommand, run_command
from ecanvas.ui.mime import read_cards_mime


@pytest.fixture
def blocks(canvas):
    keys = ("value-proposition", "revenue-model", "key-processes", "partner-network")
    return [canvas.block_by_key(key) for key in keys]


def stored_card(store, card_id):
    with open_workspace(store.path, read_only=True) as reopened:
        return reopened.workspace.find_card(card_id)


def test_drag_moves_a_card_into_another_block_in_model_file_and_picture(
    qtbot, store, canvas, undo_stack, blocks
):
    value, revenue = blocks[0], blocks[1]
    card = store.add_card(canvas.id, value.id, "Fresh tea")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    start = card_centre(view, card.id)
    end = block_point(revenue, 200, 150)

    press(view, start)
    move(view, QPointF(start.x() + 20, start.y() + 5))
    move(view, QPointF((start.x() + end.x()) / 2, start.y()))
    move(view, end)
    assert view.canvas_scene.block_items[revenue.id].is_drop_target
    assert not view.canvas_scene.block_items[value.id].is_drop_target
    assert store.workspace.find_card(card.id).block_id == value.id  # nothing written yet
    release(view, end)

    moved = store.workspace.find_card(card.id)
    assert moved.block_id == revenue.id
    assert (moved.x, moved.y) == pytest.approx((120, 100), abs=1)
    on_disk = stored_card(store, card.id)
    assert (on_disk.block_id, on_disk.x, on_disk.y) == (revenue.id, moved.x, moved.y)
    assert view.canvas_scene.card_items[card.id].pos() == card_corner(revenue, moved)
    assert not view.canvas_scene.block_items[revenue.id].is_drop_target
    assert undo_stack.count() == 1


def test_multi_card_drag_is_one_undo_step_and_undo_redo_restore_everything(
    qtbot, store, canvas, undo_stack, blocks
):
    value, processes = blocks[0], blocks[2]
    first = store.add_card(canvas.id, value.id, "One")
    second = store.add_card(canvas.id, value.id, "Two")
    origins = {c.id: (c.block_id, c.x, c.y) for c in (first, second)}
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    scene.select_cards([first.id, second.id])

    drag(view, card_centre(view, first.id), block_point(processes, 150, 150))

    assert undo_stack.count() == 1
    moved = {cid: store.workspace.find_card(cid) for cid in origins}
    assert {c.block_id for c in moved.values()} == {processes.id}
    after = {cid: (c.block_id, c.x, c.y) for cid, c in moved.items()}
    spacing = origins[second.id][1] - origins[first.id][1]
    assert moved[second.id].x - moved[first.id].x == pytest.approx(spacing, abs=1)

    undo_stack.undo()
    for cid, (block_id, x, y) in origins.items():
        card = store.workspace.find_card(cid)
        assert (card.block_id, card.x, card.y) == (block_id, x, y)
        assert (stored_card(store, cid).block_id, stored_card(store, cid).x) == (block_id, x)
        assert scene.card_items[cid].pos() == card_corner(value, card)

    undo_stack.redo()
    for cid, place in after.items():
        card = store.workspace.find_card(cid)
        assert (card.block_id, card.x, card.y) == place
        assert stored_card(store, cid).y == place[2]
        assert scene.card_items[cid].pos() == card_corner(processes, card)


def test_release_outside_every_block_puts_the_card_back_and_writes_nothing(
    qtbot, store, canvas, undo_stack, blocks
):
    value = blocks[0]
    card = store.add_card(canvas.id, value.id, "Stays")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    item = view.canvas_scene.card_items[card.id]
    before, place = item.pos(), (card.block_id, card.x, card.y)
    gap = QPointF(490, 200)  # between the two top blocks
    assert view.rect().contains(view.mapFromScene(gap))

    drag(view, card_centre(view, card.id), gap)

    assert undo_stack.count() == 0
    assert item.pos() == before
    on_disk = stored_card(store, card.id)
    assert (on_disk.block_id, on_disk.x, on_disk.y) == place
    assert store.workspace.find_card(card.id).x == place[1]
    assert not any(b.is_drop_target for b in view.canvas_scene.block_items.values())


def test_press_and_release_without_moving_does_not_drag(qtbot, store, canvas, undo_stack, blocks):
    card = store.add_card(canvas.id, blocks[0].id, "Click me")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    centre = card_centre(view, card.id)
    press(view, centre)
    release(view, centre)
    assert undo_stack.count() == 0
    assert view.canvas_scene.selected_card_ids() == [card.id]


def test_drag_at_200_percent_lands_where_the_mouse_was_released(
    qtbot, store, canvas, undo_stack, blocks
):
    value, revenue = blocks[0], blocks[1]
    card = store.add_card(canvas.id, value.id, "Zoomed")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    view.set_zoom(2.0)
    assert view.zoom_factor() == pytest.approx(2.0)
    start = card_centre(view, card.id)
    end = block_point(revenue, 170, 190)
    view.centerOn((start + end) / 2)
    for point in (start, end):
        assert view.viewport().rect().contains(view.mapFromScene(point))

    grab_offset = start - card_corner(value, card)
    drag(view, start, end, steps=8)

    moved = store.workspace.find_card(card.id)
    expected = end - grab_offset - QPointF(revenue.x, revenue.y)
    assert moved.block_id == revenue.id
    assert moved.x == pytest.approx(expected.x(), abs=0.6)
    assert moved.y == pytest.approx(expected.y(), abs=0.6)


def test_drop_position_is_kept_inside_the_block_below_the_header(
    qtbot, store, canvas, undo_stack, blocks
):
    value, revenue = blocks[0], blocks[1]
    card = store.add_card(canvas.id, value.id, "Edge")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    start = card_centre(view, card.id)
    # Grab the card by its centre and release near the revenue block's top-right corner.
    drag(view, start, block_point(revenue, revenue.w - 5, 10))
    moved = store.workspace.find_card(card.id)
    assert moved.block_id == revenue.id
    assert moved.x + 160 <= revenue.w
    assert moved.y >= 28


def test_dragging_past_the_view_edge_starts_a_system_drag_and_an_unaccepted_one_changes_nothing(
    qtbot, store, canvas, undo_stack, blocks
):
    card = store.add_card(canvas.id, blocks[0].id, "Leaving")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    item = view.canvas_scene.card_items[card.id]
    before = item.pos()
    start = card_centre(view, card.id)

    press(view, start)
    move(view, QPointF(start.x() + 30, start.y()))
    move(view, view_pos=QPoint(-40, 300))  # outside the viewport: offscreen QDrag is ignored
    release(view, start)

    assert undo_stack.count() == 0
    assert item.pos() == before
    assert item.opacity() == 1.0
    assert store.workspace.find_card(card.id).canvas_id == canvas.id


def test_an_accepted_system_drag_moves_the_cards_to_the_other_canvas(
    qtbot, store, canvas, undo_stack, blocks, monkeypatch
):
    other = store.add_canvas("swot")
    card = store.add_card(canvas.id, blocks[0].id, "To SWOT")
    seen = []

    class TabBarDrop(QDrag):
        """Stands in for the main window's tab bar accepting the drop."""

        def exec(self, *args):
            payload = read_cards_mime(self.mimeData())
            seen.append(payload)
            target = other.blocks[0]
            moves = [CardMove(cid, other.id, target.id, 12, 60) for cid in payload.card_ids]
            run_command(undo_stack, MoveCardsCommand(store, moves))
            return Qt.DropAction.MoveAction

    monkeypatch.setattr(drag_module, "QDrag", TabBarDrop)
    view = make_view(qtbot, store, canvas.id, undo_stack)
    start = card_centre(view, card.id)
    press(view, start)
    move(view, QPointF(start.x() + 30, start.y()))
    move(view, view_pos=QPoint(300, -20))
    release(view, start)

    assert seen[0].canvas_id == canvas.id and seen[0].card_ids == (card.id,)
    assert seen[0].workspace == str(store.path)
    assert card.id not in view.canvas_scene.card_items
    assert store.workspace.find_card(card.id).canvas_id == other.id
    undo_stack.undo()
    assert card.id in view.canvas_scene.card_items


def test_a_read_only_workspace_refuses_the_move_with_a_message_and_the_card_goes_back(
    qtbot, store, canvas, undo_stack, blocks
):
    card = store.add_card(canvas.id, blocks[0].id, "Locked")
    with open_workspace(store.path, read_only=True) as viewer:
        view = make_view(qtbot, viewer, canvas.id, undo_stack)
        item = view.canvas_scene.card_items[card.id]
        before = item.pos()
        with qtbot.waitSignal(view.canvas_scene.errorOccurred) as error:
            drag(view, card_centre(view, card.id), block_point(blocks[1], 200, 150))
        assert "ui.ecanvas" in error.args[0]
        assert item.pos() == before
        assert undo_stack.count() == 0
        view.canvas_scene.detach()
