"""The scene mirrors the model: built from it, updated only from the store's change events,
detached cleanly; plus language, find highlighting, block scores and card text layout."""

from __future__ import annotations

from canvas_helpers import block_point, click, make_view
from PySide6.QtCore import QPointF, QRectF, Qt

from ecanvas.model import Block
from ecanvas.model.layout import compute_layout
from ecanvas.ui.canvas import CanvasScene, CanvasView
from ecanvas.ui.canvas.card_text import ELLIPSIS


def test_items_are_built_from_the_model_where_the_layout_puts_them(
    qtbot, store, canvas, undo_stack
):
    block = canvas.blocks[1]
    b = store.add_card(canvas.id, block.id, "Beta")
    a = store.add_card(canvas.id, block.id, "Alpha", index=0)
    link = store.add_link(a.id, b.id, "pays for")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    layout = compute_layout(store.workspace.canvas(canvas.id))
    assert set(scene.block_items) == {blk.id for blk in canvas.blocks}
    assert set(scene.card_items) == {a.id, b.id}
    for card_id in (a.id, b.id):
        rect = layout.cards[card_id].rect
        assert scene.card_items[card_id].card_scene_rect() == QRectF(rect.x, rect.y, rect.w,
                                                                       rect.h)  # fmt: skip
    assert scene.card_items[a.id].x() < scene.card_items[b.id].x()  # Alpha first in the row
    route = layout.links[link.id]
    assert scene.link_items[link.id].points == [QPointF(x, y) for x, y in route.points]
    assert scene.link_items[link.id].label == "pays for"
    assert scene.block_items[block.id].title == "Revenue model"


def test_store_changes_update_the_items(qtbot, store, canvas, undo_stack):
    block = canvas.blocks[0]
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    card = store.add_card(canvas.id, block.id, "New")
    assert scene.card_items[card.id].text == "New"
    store.update_card(card.id, text="Renamed", colour="#B9DDF5")
    assert (scene.card_items[card.id].text, scene.card_items[card.id].colour) == (
        "Renamed", "#B9DDF5",
    )  # fmt: skip
    before = scene.card_items[card.id].pos() - scene.block_items[block.id].pos()
    store.update_block(block.id, x=-600.0, y=20.0, title_en="Offer")
    assert scene.block_items[block.id].pos() == QPointF(-600, 20)
    assert scene.block_items[block.id].title == "Offer"
    assert scene.card_items[card.id].pos() == QPointF(-600, 20) + before  # it moved along
    store.delete_cards([card.id])
    assert scene.card_items == {}


def test_removing_a_block_takes_its_cards_and_undo_restores_them(qtbot, store, canvas, undo_stack):
    from ecanvas.ui.commands import RemoveBlockCommand, run_command

    block = canvas.blocks[0]
    card = store.add_card(canvas.id, block.id, "Inside")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    click(view, block_point(block, 300, 300))
    assert scene.current_block_id() == block.id
    run_command(undo_stack, RemoveBlockCommand(store, block.id))
    assert block.id not in scene.block_items and card.id not in scene.card_items
    assert scene.current_block_id() is None
    undo_stack.undo()
    assert block.id in scene.block_items and card.id in scene.card_items


def test_deleting_the_canvas_clears_the_scene_and_undo_rebuilds_it(
    qtbot, store, canvas, undo_stack
):
    from ecanvas.ui.commands import DeleteCanvasCommand, run_command

    store.add_card(canvas.id, canvas.blocks[0].id, "Gone for a moment")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    run_command(undo_stack, DeleteCanvasCommand(store, canvas.id))
    assert scene.items() == []
    undo_stack.undo()
    assert len(scene.card_items) == 1 and len(scene.block_items) == 4


def test_changes_on_other_canvases_and_after_detach_are_ignored(qtbot, store, canvas, undo_stack):
    other = store.add_canvas("swot")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    store.add_card(other.id, other.blocks[0].id, "Elsewhere")
    assert scene.card_items == {}
    scene.detach()
    store.add_card(canvas.id, canvas.blocks[0].id, "After detach")
    assert scene.card_items == {}
    scene.detach()  # twice is harmless


def test_set_language_switches_block_titles_and_guidance(qtbot, store, canvas, undo_stack):
    view = make_view(qtbot, store, canvas.id, undo_stack)
    item = view.canvas_scene.block_items[canvas.blocks[0].id]
    assert (item.title, item.hint_text) == ("Value proposition", canvas.blocks[0].guidance_en[0])
    view.canvas_scene.set_language("zh")
    assert (item.title, item.hint_text) == ("价值主张", canvas.blocks[0].guidance_zh[0])
    assert "价值主张" in item.toolTip()


def test_set_highlight_outlines_matches_and_dims_the_rest(qtbot, store, canvas, undo_stack):
    a = store.add_card(canvas.id, canvas.blocks[0].id, "tea")
    b = store.add_card(canvas.id, canvas.blocks[0].id, "coffee")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    scene.set_highlight({a.id})
    assert scene.card_items[a.id].find_state is True and scene.card_items[a.id].opacity() == 1
    assert scene.card_items[b.id].find_state is False and scene.card_items[b.id].opacity() < 0.5
    c = store.add_card(canvas.id, canvas.blocks[0].id, "arrives dimmed")
    assert scene.card_items[c.id].find_state is False
    scene.set_highlight(None)
    assert all(i.find_state is None and i.opacity() == 1 for i in scene.card_items.values())


def test_clicking_a_star_scores_the_block_and_again_clears_it(qtbot, store, undo_stack):
    paths = store.add_canvas("strategic-paths")
    block = paths.blocks[0]
    view = make_view(qtbot, store, paths.id, undo_stack)
    item = view.canvas_scene.block_items[block.id]
    star = item.mapToScene(item.star_rect(4).center())
    click(view, star)
    assert store.workspace.canvas(paths.id).block(block.id).score == 4
    click(view, star)
    assert block.score == 0
    assert undo_stack.count() == 2
    undo_stack.undo()
    assert block.score == 4


def test_long_card_text_is_elided_and_short_text_is_not(qtbot, store, canvas, undo_stack):
    long_text = (
        "一个非常长的中文卡片文本，用来测试自动换行和省略号是否能够正确显示，不会溢出便签" * 2
    )
    short = store.add_card(canvas.id, canvas.blocks[0].id, "Short")
    long = store.add_card(canvas.id, canvas.blocks[0].id, long_text, tags=["x"])
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    assert not scene.card_items[short.id].text_lines().elided
    lines = scene.card_items[long.id].text_lines()
    assert lines.elided and lines.lines[-1][1].endswith(ELLIPSIS)
    assert len(lines.lines) >= 3
    assert long_text.startswith("".join(text for _, text in lines.lines[:-1]))


def test_selection_reports_card_ids_and_the_current_block(qtbot, store, canvas, undo_stack):
    card = store.add_card(canvas.id, canvas.blocks[2].id, "Select me")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    with qtbot.waitSignal(scene.currentBlockChanged) as block_signal:
        scene.select_cards([card.id])
    assert block_signal.args == [canvas.blocks[2].id]
    assert scene.selected_card_ids() == [card.id]
    with qtbot.waitSignal(scene.currentBlockChanged) as none_signal:
        click(view, QPointF(490, 200))  # between blocks: no current block
    assert none_signal.args == [-1]


def test_a_canvas_of_500_cards_builds(qtbot, store, canvas, undo_stack):
    big = Block(id=0, canvas_id=canvas.id, key="big", title_en="Big", title_zh="大",
                x=0, y=800, w=4000, h=3000)  # fmt: skip
    big = store.add_block(canvas.id, big)
    drafts = [{"block_id": big.id, "text": f"Card {n}", "votes": n % 4} for n in range(500)]
    store.add_cards(canvas.id, drafts)
    scene = CanvasScene(store, canvas.id, undo_stack)
    assert len(scene.card_items) == 500
    assert scene.sceneRect().contains(scene.itemsBoundingRect())
    rects = sorted((i.x(), i.y()) for i in scene.card_items.values())
    assert len(set(rects)) == 500  # no two cards share a place
    scene.detach()


def test_a_destroyed_view_stops_listening_even_without_detach(qtbot, store, canvas, undo_stack):
    from PySide6.QtCore import QCoreApplication, QEvent

    view = CanvasView(store, canvas.id, undo_stack)
    view.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    card = store.add_card(canvas.id, canvas.blocks[0].id, "No listener left")  # would raise
    assert store.workspace.find_card(card.id).text == "No listener left"


def test_right_click_selects_the_card_under_the_mouse(qtbot, store, canvas, undo_stack):
    from canvas_helpers import card_centre, press, release

    a = store.add_card(canvas.id, canvas.blocks[0].id, "A")
    b = store.add_card(canvas.id, canvas.blocks[0].id, "B")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    scene.select_cards([a.id])
    right = Qt.MouseButton.RightButton
    press(view, card_centre(view, b.id), button=right)
    release(view, card_centre(view, b.id), button=right)
    assert scene.selected_card_ids() == [b.id]


def test_text_with_emoji_wraps_without_losing_characters(qtbot, store, canvas, undo_stack):
    text = "🍵 Tea 🍵 club for 🫖 lovers"
    card = store.add_card(canvas.id, canvas.blocks[0].id, text)
    scene = CanvasScene(store, canvas.id, undo_stack)
    lines = scene.card_items[card.id].text_lines()
    assert not lines.elided
    assert "".join(piece for _, piece in lines.lines).replace(" ", "") == text.replace(" ", "")
    scene.detach()
