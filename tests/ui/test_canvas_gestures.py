"""The scene's one gesture slot: a press picks a gesture, moves and the release go to it, Esc
cancels it and puts everything back without writing, and a new press replaces none silently."""

from __future__ import annotations

import hashlib
from pathlib import Path

from canvas_helpers import block_point, card_centre, make_view, move, press, release
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from ecanvas.ui.canvas.gestures import BlockGesture, CardGesture, LinkGesture, RubberBand


def sha256(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def test_esc_cancels_a_card_drag_and_writes_nothing(qtbot, store, canvas, undo_stack):
    first, second = canvas.blocks[0], canvas.blocks[1]
    card = store.add_card(canvas.id, first.id, "Stay")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    start = card_centre(view, card.id)
    origin = scene.card_items[card.id].pos()
    digest = sha256(store.path)

    press(view, start)
    assert isinstance(scene.gesture, CardGesture) and scene.is_moving_cards
    move(view, start + QPointF(40, 30))
    move(view, block_point(second, 200, 150))
    assert scene.gesture.drag is not None and scene.is_dragging
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert scene.gesture is None
    assert scene.card_items[card.id].pos() == origin
    release(view, block_point(second, 200, 150))  # the release after a cancel does nothing
    assert store.workspace.find_card(card.id).block_id == first.id
    assert undo_stack.count() == 0 and sha256(store.path) == digest


def test_each_press_picks_its_gesture(qtbot, store, canvas, undo_stack):
    block = canvas.blocks[0]
    card = store.add_card(canvas.id, block.id, "Card")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    item = scene.card_items[card.id]

    handle = item.handle_scene_pos()
    press(view, handle)
    assert isinstance(scene.gesture, LinkGesture)
    release(view, handle)
    assert scene.gesture is None

    header = block_point(block, 60, 16)
    press(view, header)
    assert isinstance(scene.gesture, BlockGesture)
    release(view, header)

    empty = block_point(block, 300, 260)
    press(view, empty)
    assert isinstance(scene.gesture, RubberBand)
    release(view, empty)
    assert scene.gesture is None and undo_stack.count() == 0


def test_ctrl_rubber_band_adds_to_the_selection(qtbot, store, canvas, undo_stack):
    left, right = canvas.blocks[0], canvas.blocks[1]
    a = store.add_card(canvas.id, left.id, "A")
    b = store.add_card(canvas.id, right.id, "B")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    scene.select_cards([a.id])
    b_rect = scene.card_items[b.id].card_scene_rect()
    start = QPointF(b_rect.left() - 5, b_rect.center().y())  # beside the card, in its block
    end = b_rect.center() + QPointF(10, 10)
    ctrl = Qt.KeyboardModifier.ControlModifier
    press(view, start, modifiers=ctrl)
    assert isinstance(scene.gesture, RubberBand)
    move(view, start + QPointF(3, 3), modifiers=ctrl)
    move(view, end, modifiers=ctrl)
    release(view, end, modifiers=ctrl)
    assert sorted(scene.selected_card_ids()) == sorted([a.id, b.id])
    bands = [i for i in scene.items() if type(i).__name__ == "QGraphicsRectItem"]
    assert bands == []  # the band is gone with the release


def test_a_canvas_rebuilt_under_a_drag_cancels_it(qtbot, store, canvas, undo_stack):
    block = canvas.blocks[0]
    card = store.add_card(canvas.id, block.id, "Card")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    start = card_centre(view, card.id)
    press(view, start)
    move(view, start + QPointF(40, 40))
    scene.mirror.rebuild()
    assert scene.gesture is None
    release(view, start + QPointF(60, 60))
    assert undo_stack.count() == 0
