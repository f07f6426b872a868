"""Context menus on the canvas: built for what is under a point, their entries run one command
each (checked in the model, in the file on disk and through undo), and a real right-click
shows them."""

from __future__ import annotations

from canvas_helpers import block_point, card_centre, make_view, press, release
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from ecanvas.model import DEFAULT_CARD_COLOUR
from ecanvas.store import open_workspace
from ecanvas.ui.canvas import context_menu
from ecanvas.ui.canvas.style import CARD_COLOURS

RIGHT = Qt.MouseButton.RightButton


def entry(menu: QMenu, name: str):
    """The menu entry (in the menu or a submenu): ``menu_<name>``, an entry of this menu only,
    or ``action_<name>``, one of the window's actions shared with the menu bar."""
    wanted = {f"menu_{name}", f"action_{name}"}
    found = [a for a in all_entries(menu) if a.objectName() in wanted]
    assert found, f"no entry {name!r} in {[a.objectName() for a in menu.actions()]}"
    return found[0]


def all_entries(menu: QMenu) -> list:
    entries = []
    for action in menu.actions():
        entries.append(action)
        if action.menu() is not None:
            entries += all_entries(action.menu())
    return entries


def trigger(scene, pos: QPointF, name: str) -> None:
    """Open the menu for `pos` and choose an entry (the menu lives until the entry has run)."""
    menu = scene.context_menu_for(pos)
    entry(menu, name).trigger()


def names(menu: QMenu) -> list[str]:
    return [a.objectName() for a in menu.actions() if a.objectName()]


def on_disk(store):
    """The workspace as a fresh reader sees it in the file."""
    with open_workspace(store.path, read_only=True) as reopened:
        return reopened.workspace


def test_a_card_menu_colours_every_selected_card_in_one_step(qtbot, store, canvas, undo_stack):
    block = canvas.blocks[0]
    a = store.add_card(canvas.id, block.id, "A")
    b = store.add_card(canvas.id, block.id, "B")
    other = store.add_card(canvas.id, block.id, "Not selected")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    scene.select_cards([a.id, b.id])

    menu = scene.context_menu_for(card_centre(view, b.id))
    assert names(menu)[:1] == ["action_edit_card"]  # the window's own actions, shared
    assert {"menu_add_vote", "action_duplicate", "action_copy", "action_cut",
            "action_delete"} <= set(names(menu))  # fmt: skip
    colours = menu.findChild(QMenu, "menu_colour")
    assert len(colours.actions()) == len(CARD_COLOURS)
    assert all(not action.icon().isNull() for action in colours.actions())
    assert entry(menu, "colour_yellow").isChecked()  # both cards have the default colour
    entry(menu, "colour_blue").trigger()

    blue = next(colour for colour, name in CARD_COLOURS if name == "Blue")
    stored = {card.id: card.colour for card in on_disk(store).canvas(canvas.id).cards}
    assert stored == {a.id: blue, b.id: blue, other.id: DEFAULT_CARD_COLOUR}
    assert scene.card_items[a.id].colour == blue
    assert undo_stack.count() == 1
    trigger(scene, card_centre(view, a.id), "colour_blue")  # already blue: no second step
    assert undo_stack.count() == 1
    undo_stack.undo()
    stored = {card.id: card.colour for card in on_disk(store).canvas(canvas.id).cards}
    assert set(stored.values()) == {DEFAULT_CARD_COLOUR}


def test_right_click_on_an_unselected_card_selects_it_for_the_menu(
    qtbot, store, canvas, undo_stack
):
    block = canvas.blocks[0]
    a = store.add_card(canvas.id, block.id, "A")
    b = store.add_card(canvas.id, block.id, "B")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    scene.select_cards([a.id])
    press(view, card_centre(view, b.id), button=RIGHT)
    release(view, card_centre(view, b.id), button=RIGHT)
    assert scene.selected_card_ids() == [b.id]

    menu = scene.context_menu_for(card_centre(view, b.id))
    entry(menu, "delete").trigger()
    assert [card.id for card in on_disk(store).canvas(canvas.id).cards] == [a.id]
    undo_stack.undo()
    assert len(on_disk(store).canvas(canvas.id).cards) == 2


def test_votes_go_up_and_down_for_the_selection_and_never_below_zero(
    qtbot, store, canvas, undo_stack
):
    block = canvas.blocks[1]
    a = store.add_card(canvas.id, block.id, "A", votes=2)
    b = store.add_card(canvas.id, block.id, "B")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    scene.select_cards([a.id, b.id])

    trigger(scene, card_centre(view, a.id), "add_vote")
    votes = {card.id: card.votes for card in on_disk(store).canvas(canvas.id).cards}
    assert votes == {a.id: 3, b.id: 1}
    trigger(scene, card_centre(view, a.id), "remove_vote")
    trigger(scene, card_centre(view, a.id), "remove_vote")
    votes = {card.id: card.votes for card in on_disk(store).canvas(canvas.id).cards}
    assert votes == {a.id: 1, b.id: 0}
    scene.select_cards([b.id])
    menu = scene.context_menu_for(card_centre(view, b.id))
    assert not entry(menu, "remove_vote").isEnabled()  # b has no vote left to take away
    assert undo_stack.count() == 3
    undo_stack.undo()
    undo_stack.undo()
    assert {c.id: c.votes for c in canvas.cards} == {a.id: 3, b.id: 1}


def test_duplicate_copy_and_cut_from_the_card_menu(qtbot, store, canvas, undo_stack):
    block = canvas.blocks[0]
    card = store.add_card(canvas.id, block.id, "茶会员", tags=["私域"])
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    centre = card_centre(view, card.id)

    trigger(scene, centre, "duplicate")
    assert [c.text for c in on_disk(store).canvas(canvas.id).cards] == ["茶会员", "茶会员"]
    scene.select_cards([card.id])
    trigger(scene, centre, "copy")
    assert QApplication.clipboard().mimeData().text() == "茶会员"
    trigger(scene, centre, "cut")
    assert card.id not in {c.id for c in on_disk(store).canvas(canvas.id).cards}
    assert undo_stack.count() == 2


def test_edit_text_from_the_menu_opens_the_editor_on_that_card(qtbot, store, canvas, undo_stack):
    card = store.add_card(canvas.id, canvas.blocks[0].id, "Old")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    trigger(scene, card_centre(view, card.id), "edit_card")
    assert scene.is_editing and not scene.card_items[card.id].isVisible()
    QTest.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(view, "New")
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert on_disk(store).find_card(card.id).text == "New"


def test_a_link_menu_deletes_the_link_and_edits_its_label(qtbot, store, canvas, undo_stack):
    a = store.add_card(canvas.id, canvas.blocks[0].id, "From")
    b = store.add_card(canvas.id, canvas.blocks[1].id, "To")
    link = store.add_link(a.id, b.id)
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    middle = scene.link_items[link.id].line.center()

    menu = scene.context_menu_for(middle)
    assert names(menu) == ["menu_edit_label", "action_delete"]
    assert scene.selected_link_ids() == [link.id]
    entry(menu, "edit_label").trigger()
    assert scene.is_editing
    QTest.keyClicks(view, "drives")
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert on_disk(store).canvas(canvas.id).links[0].label == "drives"

    trigger(scene, middle, "delete")
    assert on_disk(store).canvas(canvas.id).links == []
    assert len(on_disk(store).canvas(canvas.id).cards) == 2  # the cards stay
    undo_stack.undo()
    assert [lk.label for lk in on_disk(store).canvas(canvas.id).links] == ["drives"]


def test_new_card_here_captures_a_card_where_the_click_was(qtbot, store, canvas, undo_stack):
    block = canvas.block_by_key("revenue-model")
    first = store.add_card(canvas.id, block.id, "First")
    second = store.add_card(canvas.id, block.id, "Second")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    left = scene.card_items[first.id].card_scene_rect()
    point = QPointF(left.right() + 5, left.top() + 12)  # between First and Second
    menu = scene.context_menu_for(point)
    assert names(menu)[:2] == ["menu_new_card_here", "action_paste"]
    assert "menu_score" not in [m.objectName() for m in menu.findChildren(QMenu)]
    entry(menu, "new_card_here").trigger()
    assert scene.is_editing
    second_item = scene.card_items[second.id]
    assert second_item.x() > left.right() + 100 or second_item.y() > left.bottom()  # room made
    QTest.keyClicks(view, "Membership")
    QTest.keyClick(view, Qt.Key.Key_Return)
    QTest.keyClick(view, Qt.Key.Key_Escape)

    saved = on_disk(store).canvas(canvas.id)
    assert [c.text for c in saved.cards_in(block.id)] == ["First", "Membership", "Second"]
    (card,) = [c for c in saved.cards if c.text == "Membership"]
    assert scene.card_items[card.id].card_scene_rect().contains(point + QPointF(20, 0))


def test_paste_and_select_all_in_the_block_under_the_mouse(qtbot, store, canvas, undo_stack):
    left, right = canvas.blocks[0], canvas.blocks[1]
    for text in ("early", "late"):
        store.add_card(canvas.id, right.id, text)
    store.add_card(canvas.id, left.id, "elsewhere")
    data = QMimeData()
    data.setText("Pasted one\nPasted two")
    QApplication.clipboard().setMimeData(data)
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    empty_spot = block_point(right, 420, 300)

    trigger(scene, empty_spot, "paste")
    stored = on_disk(store).canvas(canvas.id).cards_in(right.id)
    assert [c.text for c in stored] == ["early", "late", "Pasted one", "Pasted two"]

    trigger(scene, empty_spot, "select_block_cards")
    assert sorted(scene.selected_card_ids()) == sorted(c.id for c in stored)
    undo_stack.undo()  # the paste
    assert [c.text for c in on_disk(store).canvas(canvas.id).cards_in(right.id)] == [
        "early", "late",
    ]  # fmt: skip


def test_paste_is_disabled_when_the_clipboard_holds_nothing_usable(
    qtbot, store, canvas, undo_stack
):
    QApplication.clipboard().setMimeData(QMimeData())
    view = make_view(qtbot, store, canvas.id, undo_stack)
    menu = view.canvas_scene.context_menu_for(block_point(canvas.blocks[0], 300, 300))
    assert not entry(menu, "paste").isEnabled()
    assert not entry(menu, "select_block_cards").isEnabled()  # the block is empty


def test_a_scored_block_menu_sets_and_clears_the_score(qtbot, store, undo_stack):
    paths = store.add_canvas("strategic-paths")
    block = paths.blocks[2]
    view = make_view(qtbot, store, paths.id, undo_stack)
    scene = view.canvas_scene
    point = block_point(block, 240, 250)

    menu = scene.context_menu_for(point)
    scores = menu.findChild(QMenu, "menu_score")
    assert [a.objectName() for a in scores.actions()] == [f"menu_score_{v}" for v in range(6)]
    assert not entry(menu, "clear_score").isEnabled()
    entry(menu, "score_4").trigger()
    assert on_disk(store).canvas(paths.id).block(block.id).score == 4
    menu = scene.context_menu_for(point)
    assert entry(menu, "score_4").isChecked()
    entry(menu, "clear_score").trigger()
    assert on_disk(store).canvas(paths.id).block(block.id).score is None
    undo_stack.undo()
    assert on_disk(store).canvas(paths.id).block(block.id).score == 4


def test_empty_canvas_offers_only_a_new_block(qtbot, store, canvas, undo_stack):
    view = make_view(qtbot, store, canvas.id, undo_stack)
    menu = view.canvas_scene.context_menu_for(QPointF(490, 200))  # between two blocks
    assert names(menu) == ["menu_add_block_here"]


def test_a_read_only_workspace_offers_only_what_does_not_write(qtbot, store, canvas, undo_stack):
    card = store.add_card(canvas.id, canvas.blocks[0].id, "Look only")
    with open_workspace(store.path, read_only=True) as viewer:
        view = make_view(qtbot, viewer, canvas.id, undo_stack)
        menu = view.canvas_scene.context_menu_for(card_centre(view, card.id))
        enabled = {a.objectName() for a in menu.actions() if a.isEnabled() and a.objectName()}
        assert enabled == {"action_copy"}
        view.canvas_scene.detach()


def test_a_real_right_click_shows_the_menu_for_the_card_under_the_mouse(
    qtbot, store, canvas, undo_stack, monkeypatch
):
    card = store.add_card(canvas.id, canvas.blocks[0].id, "Right-clicked")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    shown = []
    monkeypatch.setattr(
        context_menu, "show_menu", lambda menu, pos: shown.append((names(menu), QPoint(pos)))
    )
    centre = card_centre(view, card.id)
    point = view.mapFromScene(centre)
    press(view, centre, button=RIGHT)
    release(view, centre, button=RIGHT)
    global_point = view.viewport().mapToGlobal(point)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, global_point)
    QApplication.sendEvent(view.viewport(), event)

    assert len(shown) == 1
    assert shown[0][0][0] == "action_edit_card"
    assert shown[0][1] == global_point
    assert view.canvas_scene.selected_card_ids() == [card.id]
