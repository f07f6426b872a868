"""Blocks made, renamed, moved, resized and removed by the user with real mouse and key events;
each gesture is one undo step, checked in the model, in the file on disk and through undo."""

from __future__ import annotations

from canvas_helpers import NO_BUTTON, block_point, click, double_click, drag, make_view, move
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from test_canvas_editing import type_text

from ecanvas.store import open_workspace
from ecanvas.ui.canvas import block_editing
from ecanvas.ui.canvas.style import BLOCK_COLOURS

ENTER = Qt.Key.Key_Return


def on_disk(store, canvas_id):
    """The canvas as a fresh reader sees it in the file."""
    with open_workspace(store.path, read_only=True) as reopened:
        return reopened.workspace.canvas(canvas_id)


def add_block(scene, pos: QPointF) -> None:
    menu = scene.context_menu_for(pos)
    action = menu.findChild(type(menu.actions()[0]), "menu_add_block_here")
    action.trigger()


def overlaps(a, b) -> bool:
    return a.x < b.x + b.w and b.x < a.x + a.w and a.y < b.y + b.h and b.y < a.y + a.h


def test_a_blank_canvas_gets_a_block_named_in_place_in_one_step(qtbot, store, undo_stack):
    blank = store.add_canvas("blank")
    view = make_view(qtbot, store, blank.id, undo_stack)
    scene = view.canvas_scene
    add_block(scene, QPointF(100, 80))
    assert scene.is_editing
    assert on_disk(store, blank.id).blocks == [] and undo_stack.count() == 0  # drawn, not made
    assert scene.block_items == {}  # what is drawn is only the block being named
    type_text(view, "Channels")
    QTest.keyClick(view, ENTER)

    assert not scene.is_editing
    (block,) = on_disk(store, blank.id).blocks
    assert (block.key, block.title_en, block.title_zh) == ("block-1", "Channels", "Channels")
    assert (block.x, block.y, block.w, block.h) == (100, 80, 400, 300)
    assert block.colour in BLOCK_COLOURS
    assert scene.block_items[block.id].title == "Channels"
    assert undo_stack.count() == 1
    assert undo_stack.undoText() == "Add block"
    undo_stack.undo()
    assert on_disk(store, blank.id).blocks == []
    assert scene.block_items == {}
    undo_stack.redo()
    (again,) = on_disk(store, blank.id).blocks
    assert (again.key, again.title_en) == ("block-1", "Channels")

    # a card captured in the new block lives there
    scene.start_quick_capture(again.id)
    type_text(view, "Shop")
    QTest.keyClick(view, ENTER)
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert [c.text for c in on_disk(store, blank.id).cards_in(again.id)] == ["Shop"]


def test_esc_keeps_the_new_block_with_its_default_title_beside_the_others(
    qtbot, store, canvas, undo_stack
):
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    for _ in range(2):
        add_block(scene, QPointF(490, 200))  # between two blocks: nudged clear of them
        QTest.keyClick(view, Qt.Key.Key_Escape)
    assert not scene.is_editing

    stored = on_disk(store, canvas.id)
    new = [b for b in stored.blocks if b.key.startswith("block-")]
    assert [(b.key, b.title_en, b.title_zh) for b in new] == [
        ("block-1", "New block", "新模块"),
        ("block-2", "New block", "新模块"),
    ]
    assert all(b.y == 200 and (b.w, b.h) == (400, 300) for b in new)
    for block in new:
        assert not any(overlaps(block, other) for other in stored.blocks if other is not block)
    assert new[0].colour != new[1].colour
    assert undo_stack.count() == 2
    undo_stack.undo()
    undo_stack.undo()
    assert len(on_disk(store, canvas.id).blocks) == 4


def test_double_click_on_the_header_renames_in_the_ui_language_only(
    qtbot, store, canvas, undo_stack
):
    block = canvas.block_by_key("value-proposition")
    old_en, old_zh = block.title_en, block.title_zh
    view = make_view(qtbot, store, canvas.id, undo_stack, language="zh")
    scene = view.canvas_scene
    double_click(view, block_point(block, 60, 20))
    assert scene.is_editing
    type_text(view, "客户价值")
    QTest.keyClick(view, ENTER)

    stored = on_disk(store, canvas.id).block(block.id)
    assert (stored.title_en, stored.title_zh) == (old_en, "客户价值")
    assert scene.block_items[block.id].title == "客户价值"
    assert undo_stack.count() == 1
    undo_stack.undo()
    assert on_disk(store, canvas.id).block(block.id).title_zh == old_zh

    double_click(view, block_point(block, 300, 250))  # the body still starts quick capture
    assert scene.is_editing and scene.editing.block_id == block.id
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert undo_stack.index() == 0


def test_dragging_the_header_moves_the_block_with_its_cards_in_one_step(
    qtbot, store, canvas, undo_stack
):
    block = canvas.block_by_key("key-processes")
    card = store.add_card(canvas.id, block.id, "Goes along")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    card_pos = scene.card_items[card.id].pos() - scene.block_items[block.id].pos()
    start = block_point(block, 200, 20)
    drag(view, start, start + QPointF(-160, 120), steps=8)

    stored = on_disk(store, canvas.id)
    moved = stored.block(block.id)
    assert abs(moved.x - -160) <= 2 and abs(moved.y - 500) <= 2
    assert (moved.w, moved.h) == (480, 360)
    assert stored.cards[0].block_id == block.id
    assert scene.card_items[card.id].pos() == QPointF(moved.x, moved.y) + card_pos
    assert scene.block_items[block.id].pos() == QPointF(moved.x, moved.y)
    assert undo_stack.count() == 1
    undo_stack.undo()
    back = on_disk(store, canvas.id).block(block.id)
    assert (back.x, back.y) == (0, 380)
    assert scene.block_items[block.id].pos() == QPointF(0, 380)

    click(view, start)  # a press and release without moving writes nothing
    assert undo_stack.count() == 1


def test_the_corner_grip_resizes_down_to_a_minimum_in_one_step(qtbot, store, canvas, undo_stack):
    block = canvas.block_by_key("partner-network")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    item = view.canvas_scene.block_items[block.id]
    corner = block_point(block, block.w - 5, block.h - 5)
    move(view, corner, buttons=NO_BUTTON)
    assert item.grip_visible
    drag(view, corner, corner + QPointF(90, 60))
    grown = on_disk(store, canvas.id).block(block.id)
    assert abs(grown.w - 570) <= 2 and abs(grown.h - 420) <= 2
    assert (grown.x, grown.y) == (500, 380)

    corner = block_point(grown, grown.w - 5, grown.h - 5)
    drag(view, corner, corner - QPointF(600, 600))
    small = on_disk(store, canvas.id).block(block.id)
    assert (small.w, small.h) == (200, 160)
    assert undo_stack.count() == 2
    undo_stack.undo()
    undo_stack.undo()
    assert (on_disk(store, canvas.id).block(block.id).w, block.h) == (480, 360)


def test_stars_on_a_scored_header_still_score(qtbot, store, undo_stack):
    paths = store.add_canvas("strategic-paths")
    block = paths.blocks[2]
    view = make_view(qtbot, store, paths.id, undo_stack)
    item = view.canvas_scene.block_items[block.id]
    click(view, item.mapToScene(item.star_rect(3).center()))
    assert on_disk(store, paths.id).block(block.id).score == 3
    assert (on_disk(store, paths.id).block(block.id).x, block.x) == (block.x, block.x)


def test_remove_block_asks_only_when_it_has_cards_and_undo_brings_all_back(
    qtbot, store, canvas, undo_stack, monkeypatch
):
    full, empty, other = canvas.blocks[0], canvas.blocks[1], canvas.blocks[2]
    a = store.add_card(canvas.id, full.id, "A")
    b = store.add_card(canvas.id, other.id, "B")
    store.add_link(a.id, b.id)
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    asked = []
    answer = [False]

    def confirm(parent, title, count):
        asked.append((title, count))
        return answer[0]

    monkeypatch.setattr(block_editing, "confirm_remove_block", confirm)

    def remove(block):
        menu = scene.context_menu_for(block_point(block, 300, 300))
        menu.findChild(type(menu.actions()[0]), "menu_remove_block").trigger()

    remove(full)
    assert asked == [(full.title_en, 1)]
    assert len(on_disk(store, canvas.id).blocks) == 4  # the user said no
    answer[0] = True
    remove(full)
    stored = on_disk(store, canvas.id)
    assert full.id not in {blk.id for blk in stored.blocks}
    assert [c.text for c in stored.cards] == ["B"] and stored.links == []
    assert a.id not in scene.card_items and full.id not in scene.block_items

    remove(empty)
    assert len(asked) == 2  # no question for an empty block
    assert len(on_disk(store, canvas.id).blocks) == 2
    assert undo_stack.count() == 2
    undo_stack.undo()
    undo_stack.undo()
    stored = on_disk(store, canvas.id)
    assert len(stored.blocks) == 4
    assert {c.id for c in stored.cards} == {a.id, b.id} and len(stored.links) == 1
    assert a.id in scene.card_items and len(scene.link_items) == 1


def test_a_read_only_workspace_neither_adds_nor_moves_blocks(qtbot, store, canvas, undo_stack):
    with open_workspace(store.path, read_only=True) as viewer:
        view = make_view(qtbot, viewer, canvas.id, undo_stack)
        scene = view.canvas_scene
        menu = scene.context_menu_for(QPointF(490, 200))
        assert not menu.actions()[0].isEnabled()
        block = canvas.blocks[0]
        start = block_point(block, 200, 20)
        drag(view, start, start + QPointF(50, 50))
        assert scene.block_items[block.id].pos() == QPointF(0, 0)
        assert undo_stack.count() == 0
        scene.detach()


def test_a_refused_new_block_is_told_in_the_ui_wording_and_leaves_nothing(
    qtbot, store, undo_stack, monkeypatch
):
    """A shared workspace that refuses the new block (another writer, a server gone) says so as
    every other refusal does, not with the store's own English message."""
    from ecanvas.store import EditConflictError

    blank = store.add_canvas("blank")
    view = make_view(qtbot, store, blank.id, undo_stack)
    scene = view.canvas_scene
    messages = []
    scene.errorOccurred.connect(messages.append)

    def refuse(*_args, **_kwargs):
        raise EditConflictError(store.location, "canvas", [blank.id])

    monkeypatch.setattr(store, "add_block", refuse)
    add_block(scene, QPointF(100, 80))
    type_text(view, "Channels")
    QTest.keyClick(view, ENTER)
    assert messages == [
        "Someone else changed this at the same time; their change is shown and yours was "
        "not saved. Try again if you still want it."
    ]
    assert scene.block_items == {} and undo_stack.count() == 0
    assert not [i for i in scene.items() if type(i).__name__ == "BlockItem"]
