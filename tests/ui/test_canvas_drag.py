"""Dragging cards with real mouse events: between blocks, several at once, undo/redo, a release
outside every block, at 200 % zoom, and out of the view as a system drag."""

from __future__ import annotations

import pytest
from canvas_helpers import (
    block_point,
    card_centre,
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


def order(store, block_id, on_disk=False) -> list[str]:
    """The texts of a block's cards in their order (in the model, or in the file)."""
    if not on_disk:
        workspace = store.workspace
        return [c.text for c in workspace.canvases[0].cards_in(block_id)]
    with open_workspace(store.path, read_only=True) as reopened:
        return [c.text for c in reopened.workspace.canvases[0].cards_in(block_id)]


def slot_point(view, block_id: int, index: int) -> QPointF:
    """The centre of the index-th cell of a block in the scene's layout."""
    cell = view.canvas_scene.layout.slot_rect(block_id, index)
    return QPointF(*cell.centre)


def test_drag_moves_a_card_into_another_block_in_model_file_and_picture(
    qtbot, store, canvas, undo_stack, blocks
):
    value, revenue = blocks[0], blocks[1]
    card = store.add_card(canvas.id, value.id, "Fresh tea")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    start = card_centre(view, card.id)
    end = block_point(revenue, 200, 150)

    press(view, start)
    move(view, QPointF(start.x() + 20, start.y() + 5))
    move(view, QPointF((start.x() + end.x()) / 2, start.y()))
    move(view, end)
    assert scene.block_items[revenue.id].is_drop_target
    assert not scene.block_items[value.id].is_drop_target
    marker = scene.gesture.drag.marker
    assert marker.isVisible() and scene.block_items[revenue.id].scene_rect().contains(
        marker.line.p1()
    )
    assert store.workspace.find_card(card.id).block_id == value.id  # nothing written yet
    release(view, end)

    moved = store.workspace.find_card(card.id)
    assert moved.block_id == revenue.id
    assert stored_card(store, card.id).block_id == revenue.id
    cell = scene.layout.slot_rect(revenue.id, 0)
    assert scene.card_items[card.id].pos() == QPointF(cell.x, cell.y)
    assert not scene.block_items[revenue.id].is_drop_target
    assert marker.scene() is None
    assert undo_stack.count() == 1


def test_a_real_mouse_drag_reorders_the_cards_of_a_block(qtbot, store, canvas, undo_stack, blocks):
    value = blocks[0]
    for text in ("A", "B", "C", "D"):  # two columns: A B / C D
        store.add_card(canvas.id, value.id, text)
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    ids = {c.text: c.id for c in canvas.cards}
    a, b = scene.card_items[ids["A"]], scene.card_items[ids["B"]]
    gap = QPointF((a.card_scene_rect().right() + b.x()) / 2, a.centre().y())
    b_cell = QPointF(b.pos())

    drag(view, card_centre(view, ids["D"]), gap)  # D into the gap between A and B

    assert order(store, value.id) == ["A", "D", "B", "C"]
    assert order(store, value.id, on_disk=True) == ["A", "D", "B", "C"]
    assert scene.card_items[ids["D"]].pos() == b_cell  # D took B's old cell
    assert undo_stack.count() == 1
    undo_stack.undo()
    assert order(store, value.id, on_disk=True) == ["A", "B", "C", "D"]
    undo_stack.redo()
    assert order(store, value.id) == ["A", "D", "B", "C"]


def test_multi_card_drag_is_one_undo_step_and_undo_redo_restore_everything(
    qtbot, store, canvas, undo_stack, blocks
):
    value, processes = blocks[0], blocks[2]
    first = store.add_card(canvas.id, value.id, "One")
    store.add_card(canvas.id, value.id, "Stays")
    second = store.add_card(canvas.id, value.id, "Two")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    before = {cid: scene.card_items[cid].pos() for cid in scene.card_items}
    scene.select_cards([first.id, second.id])

    drag(view, card_centre(view, first.id), block_point(processes, 150, 150))

    assert undo_stack.count() == 1
    assert order(store, processes.id, on_disk=True) == ["One", "Two"]
    assert order(store, value.id, on_disk=True) == ["Stays"]
    after = {cid: scene.card_items[cid].pos() for cid in scene.card_items}

    undo_stack.undo()
    assert order(store, value.id, on_disk=True) == ["One", "Stays", "Two"]
    assert {cid: scene.card_items[cid].pos() for cid in scene.card_items} == before

    undo_stack.redo()
    assert order(store, processes.id) == ["One", "Two"]
    assert {cid: scene.card_items[cid].pos() for cid in scene.card_items} == after


def test_release_outside_every_block_puts_the_card_back_and_writes_nothing(
    qtbot, store, canvas, undo_stack, blocks
):
    value = blocks[0]
    card = store.add_card(canvas.id, value.id, "Stays")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    item = view.canvas_scene.card_items[card.id]
    before = item.pos()
    gap = QPointF(490, 200)  # between the two top blocks
    assert view.rect().contains(view.mapFromScene(gap))

    drag(view, card_centre(view, card.id), gap)

    assert undo_stack.count() == 0
    assert item.pos() == before
    assert stored_card(store, card.id).block_id == value.id
    assert not any(b.is_drop_target for b in view.canvas_scene.block_items.values())


def test_dropping_a_card_where_it_already_is_writes_nothing(qtbot, store, canvas, undo_stack,
                                                            blocks):  # fmt: skip
    value = blocks[0]
    card = store.add_card(canvas.id, value.id, "Here")
    store.add_card(canvas.id, value.id, "There")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    start = card_centre(view, card.id)
    drag(view, start, QPointF(start.x() + 12, start.y() + 6))
    assert undo_stack.count() == 0


def test_press_and_release_without_moving_does_not_drag(qtbot, store, canvas, undo_stack, blocks):
    card = store.add_card(canvas.id, blocks[0].id, "Click me")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    centre = card_centre(view, card.id)
    press(view, centre)
    release(view, centre)
    assert undo_stack.count() == 0
    assert view.canvas_scene.selected_card_ids() == [card.id]


def test_drag_at_200_percent_lands_in_the_gap_under_the_mouse(
    qtbot, store, canvas, undo_stack, blocks
):
    value, revenue = blocks[0], blocks[1]
    card = store.add_card(canvas.id, value.id, "Zoomed")
    for text in ("R1", "R2", "R3"):
        store.add_card(canvas.id, revenue.id, text)
    view = make_view(qtbot, store, canvas.id, undo_stack)
    view.set_zoom(2.0)
    assert view.zoom_factor() == pytest.approx(2.0)
    scene = view.canvas_scene
    start = card_centre(view, card.id)
    second = scene.layout.cards[revenue_card(store, revenue, "R2")].rect
    end = QPointF(second.x - 3, second.centre[1])  # in the gutter before R2
    view.centerOn((start + end) / 2)
    for point in (start, end):
        assert view.viewport().rect().contains(view.mapFromScene(point))

    drag(view, start, end, steps=8)

    assert order(store, revenue.id) == ["R1", "Zoomed", "R2", "R3"]


def revenue_card(store, block, text) -> int:
    return next(c.id for c in store.workspace.canvases[0].cards if c.text == text)


def test_dropping_below_the_last_card_puts_the_card_at_the_end(
    qtbot, store, canvas, undo_stack, blocks
):
    value, revenue = blocks[0], blocks[1]
    card = store.add_card(canvas.id, value.id, "Last")
    store.add_card(canvas.id, revenue.id, "First")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    rect = view.canvas_scene.block_items[revenue.id].scene_rect()
    drag(view, card_centre(view, card.id), QPointF(rect.left() + 20, rect.bottom() - 10))
    assert order(store, revenue.id) == ["First", "Last"]


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
            moves = [CardMove(cid, other.id, target.id, 0) for cid in payload.card_ids]
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
