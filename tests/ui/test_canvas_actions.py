"""Selection actions: delete and undo, copy/cut/paste and duplicate, select all, Ctrl-click and
rubber-band selection, arrow-key navigation and the card density."""

from __future__ import annotations

import json

from canvas_helpers import block_point, card_centre, click, drag, make_view
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ecanvas.ui.clipboard import CARD_LIST_MIME


def add_cards(store, canvas, block, texts, **values):
    return [store.add_card(canvas.id, block.id, text, **values) for text in texts]


def test_delete_key_deletes_the_selected_cards_and_undo_brings_them_back(
    qtbot, store, canvas, undo_stack
):
    block = canvas.blocks[0]
    a, b, c = add_cards(store, canvas, block, ["A", "B", "C"])
    store.add_link(a.id, c.id)
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    scene.select_cards([a.id, b.id])
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert [card.text for card in canvas.cards] == ["C"]
    assert set(scene.card_items) == {c.id} and scene.link_items == {}
    assert undo_stack.count() == 1
    undo_stack.undo()
    assert set(scene.card_items) == {a.id, b.id, c.id}
    assert len(scene.link_items) == 1


def test_copy_and_paste_cards_keeps_their_fields_in_the_current_block(
    qtbot, store, canvas, undo_stack
):
    source, target = canvas.blocks[0], canvas.blocks[1]
    (card,) = add_cards(store, canvas, source, ["Tea club"], colour="#C5E8B7",
                        tags=["loyalty"], votes=2, owner="Li Na")  # fmt: skip
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    scene.select_cards([card.id])
    scene.edit.copy_selection()
    data = QApplication.clipboard().mimeData()
    assert data.text() == "Tea club"
    assert json.loads(bytes(data.data(CARD_LIST_MIME)))["cards"][0]["tags"] == ["loyalty"]

    click(view, block_point(target, 300, 300))
    scene.edit.paste()
    (pasted,) = canvas.cards_in(target.id)
    assert (pasted.text, pasted.colour, pasted.tags, pasted.votes, pasted.owner) == (
        "Tea club", "#C5E8B7", ["loyalty"], 2, "Li Na",
    )  # fmt: skip
    assert pasted.id != card.id
    assert scene.selected_card_ids() == [pasted.id]
    assert undo_stack.count() == 1


def test_pasting_text_from_another_program_makes_one_card_per_line(
    qtbot, store, canvas, undo_stack
):
    block = canvas.blocks[2]
    data = QMimeData()
    data.setText("Same-day dispatch\n\n售后 48 小时\n")
    QApplication.clipboard().setMimeData(data)
    view = make_view(qtbot, store, canvas.id, undo_stack)
    click(view, block_point(block, 300, 300))
    view.canvas_scene.edit.paste()
    assert [c.text for c in canvas.cards_in(block.id)] == ["Same-day dispatch", "售后 48 小时"]


def test_cut_removes_and_paste_puts_back(qtbot, store, canvas, undo_stack):
    block = canvas.blocks[0]
    (card,) = add_cards(store, canvas, block, ["Moving"])
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    scene.select_cards([card.id])
    scene.edit.cut_selection()
    assert canvas.cards == []
    scene.edit.paste()
    assert [c.text for c in canvas.cards_in(block.id)] == ["Moving"]
    assert undo_stack.count() == 2


def test_duplicate_copies_the_selection_into_the_same_block(qtbot, store, canvas, undo_stack):
    block = canvas.blocks[1]
    cards = add_cards(store, canvas, block, ["One", "Two"], votes=1)
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    scene.select_cards([c.id for c in cards])
    scene.edit.duplicate_selection()
    in_block = canvas.cards_in(block.id)
    assert [c.text for c in in_block] == ["One", "One", "Two", "Two"]  # each after its original
    assert len({scene.card_items[c.id].pos().toTuple() for c in in_block}) == 4
    new_ids = set(scene.selected_card_ids())
    assert len(new_ids) == 2 and not new_ids & {c.id for c in cards}


def test_ctrl_click_toggles_and_select_all_selects_every_card(qtbot, store, canvas, undo_stack):
    a, b = add_cards(store, canvas, canvas.blocks[0], ["A", "B"])
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    with qtbot.waitSignal(scene.cardSelectionChanged) as selected:
        click(view, card_centre(view, a.id))
    assert selected.args == [[a.id]]
    click(view, card_centre(view, b.id), Qt.KeyboardModifier.ControlModifier)
    assert scene.selected_card_ids() == [a.id, b.id]
    click(view, card_centre(view, a.id), Qt.KeyboardModifier.ControlModifier)
    assert scene.selected_card_ids() == [b.id]
    scene.clearSelection()
    scene.select_all()
    assert scene.selected_card_ids() == [a.id, b.id]


def test_rubber_band_selects_the_cards_it_covers(qtbot, store, canvas, undo_stack):
    block = canvas.blocks[0]
    a, b, _ = add_cards(store, canvas, block, ["A", "B", "C"])  # two on the first row
    view = make_view(qtbot, store, canvas.id, undo_stack)
    drag(view, block_point(block, 4, 52), block_point(block, 470, 120))
    assert view.canvas_scene.selected_card_ids() == [a.id, b.id]
    assert undo_stack.count() == 0


def test_arrow_keys_move_the_selection_to_the_nearest_card_that_way(
    qtbot, store, canvas, undo_stack
):
    top_left, top_right, below = add_cards(store, canvas, canvas.blocks[0], ["TL", "TR", "B"])
    right_block = store.add_card(canvas.id, canvas.blocks[1].id, "Next block")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    scene.select_cards([top_left.id])
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert scene.selected_card_ids() == [top_right.id]
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert scene.selected_card_ids() == [right_block.id]
    QTest.keyClick(view, Qt.Key.Key_Left)
    QTest.keyClick(view, Qt.Key.Key_Left)
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert scene.selected_card_ids() == [below.id]
    QTest.keyClick(view, Qt.Key.Key_Down)  # nothing further down: the selection stays
    assert scene.selected_card_ids() == [below.id]


def test_compact_density_is_one_undo_step_and_makes_one_line_cards(
    qtbot, store, canvas, undo_stack
):
    block = canvas.blocks[0]
    cards = add_cards(store, canvas, block, ["A", "B", "C"], votes=2)
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    tall = scene.card_items[cards[0].id].card_scene_rect().height()

    scene.edit.set_compact(True)

    assert store.workspace.canvas(canvas.id).density == "compact"
    assert undo_stack.count() == 1 and undo_stack.undoText() == "Compact cards"
    item = scene.card_items[cards[0].id]
    assert item.compact and item.card_scene_rect().height() < tall / 2
    assert len(item.text_lines().lines) == 1
    undo_stack.undo()
    assert store.workspace.canvas(canvas.id).density == "normal"
    assert scene.card_items[cards[0].id].card_scene_rect().height() == tall
