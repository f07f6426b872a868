"""Links: drawn by dragging from a card's handle, following dragged cards, selected and deleted
like cards, and the hint badge on cards that lack an expected link."""

from __future__ import annotations

from canvas_helpers import block_point, card_centre, drag, make_view, move, press, release
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest


def test_dragging_from_the_handle_to_another_card_draws_a_link(qtbot, store, canvas, undo_stack):
    value, revenue = canvas.block_by_key("value-proposition"), canvas.block_by_key("revenue-model")
    offer = store.add_card(canvas.id, value.id, "Great tea")
    price = store.add_card(canvas.id, revenue.id, "¥268 per order")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    handle = scene.card_items[price.id].handle_scene_pos()

    press(view, handle)
    move(view, handle + QPointF(20, 10))
    move(view, card_centre(view, offer.id))
    assert scene.card_items[offer.id].is_link_target
    release(view, card_centre(view, offer.id))

    (link,) = canvas.links
    assert (link.source_id, link.target_id) == (price.id, offer.id)
    assert set(scene.link_items) == {link.id}
    assert store.workspace.find_card(price.id).block_id == revenue.id  # the card did not move
    assert [i for i in scene.items() if type(i).__name__ == "RubberLink"] == []
    undo_stack.undo()
    assert canvas.links == [] and scene.link_items == {}


def test_releasing_a_link_drag_on_empty_space_links_nothing(qtbot, store, canvas, undo_stack):
    card = store.add_card(canvas.id, canvas.blocks[0].id, "Alone")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    handle = view.canvas_scene.card_items[card.id].handle_scene_pos()
    drag(view, handle, block_point(canvas.blocks[0], 400, 300))
    assert canvas.links == [] and undo_stack.count() == 0


def test_arrows_follow_a_dragged_card_and_settle_on_release(qtbot, store, canvas, undo_stack):
    a = store.add_card(canvas.id, canvas.blocks[0].id, "From")
    b = store.add_card(canvas.id, canvas.blocks[1].id, "To")
    link = store.add_link(a.id, b.id)
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    arrow = scene.link_items[link.id]
    before = arrow.line
    start = card_centre(view, b.id)
    target = block_point(canvas.blocks[3], 240, 200)

    press(view, start)
    move(view, start + QPointF(30, 40))
    move(view, target)
    during = arrow.line
    assert during != before
    assert scene.card_items[b.id].card_scene_rect().adjusted(-4, -4, 4, 4).contains(during.p2())
    release(view, target)
    assert store.workspace.find_card(b.id).block_id == canvas.blocks[3].id
    assert scene.card_items[b.id].card_scene_rect().adjusted(-4, -4, 4, 4).contains(arrow.line.p2())


def test_click_selects_an_arrow_and_delete_removes_it(qtbot, store, canvas, undo_stack):
    a = store.add_card(canvas.id, canvas.blocks[0].id, "From")
    b = store.add_card(canvas.id, canvas.blocks[1].id, "To")
    link = store.add_link(a.id, b.id)
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    middle = scene.link_items[link.id].line.center()
    press(view, middle)
    release(view, middle)
    assert scene.selected_link_ids() == [link.id]
    assert scene.selected_card_ids() == []
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert canvas.links == []
    assert [c.id for c in canvas.cards] == [a.id, b.id]
    undo_stack.undo()
    assert [lk.id for lk in canvas.links] == [link.id]


def test_hint_badge_shows_until_the_expected_link_exists(qtbot, store, canvas, undo_stack):
    value = canvas.block_by_key("value-proposition")
    revenue = canvas.block_by_key("revenue-model")  # its cards should link to a value proposition
    price = store.add_card(canvas.id, revenue.id, "Subscription")
    offer = store.add_card(canvas.id, value.id, "Great tea")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    assert "Value proposition" in scene.card_items[price.id].hint
    assert scene.card_items[offer.id].hint is None
    scene.set_language("zh")
    assert "价值主张" in scene.card_items[price.id].hint

    store.add_link(price.id, offer.id)
    assert scene.card_items[price.id].hint is None
    store.delete_links([canvas.links[0].id])
    assert scene.card_items[price.id].hint is not None


def test_linking_the_same_cards_twice_is_refused_with_a_message(qtbot, store, canvas, undo_stack):
    a = store.add_card(canvas.id, canvas.blocks[0].id, "From")
    b = store.add_card(canvas.id, canvas.blocks[1].id, "To")
    store.add_link(a.id, b.id)
    view = make_view(qtbot, store, canvas.id, undo_stack)
    handle = view.canvas_scene.card_items[a.id].handle_scene_pos()
    with qtbot.waitSignal(view.canvas_scene.errorOccurred) as error:
        drag(view, handle, card_centre(view, b.id))
    assert "already linked" in error.args[0]
    assert len(canvas.links) == 1 and undo_stack.count() == 0


def badge_shown(item) -> bool:
    """Whether the card's missing-link badge is on the canvas (a child item of the card)."""
    return any(type(child).__name__ == "HintBadge" for child in item.childItems())


def test_the_missing_link_badge_shows_only_on_the_selected_or_hovered_card(
    qtbot, store, canvas, undo_stack
):
    revenue = canvas.block_by_key("revenue-model")
    price = store.add_card(canvas.id, revenue.id, "Subscription")
    other = store.add_card(canvas.id, revenue.id, "Gift cards")
    store.add_card(canvas.id, canvas.block_by_key("value-proposition").id, "Great tea")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    item = scene.card_items[price.id]
    assert item.hint is not None and not badge_shown(item)  # off by default
    scene.select_cards([price.id])
    assert badge_shown(item) and not badge_shown(scene.card_items[other.id])
    scene.clearSelection()
    assert not badge_shown(item)
    move(view, card_centre(view, other.id), buttons=Qt.MouseButton.NoButton)  # hover
    assert badge_shown(scene.card_items[other.id]) and not badge_shown(item)


def test_show_link_hints_badges_every_card_that_lacks_a_link(qtbot, store, canvas, undo_stack):
    revenue, value = canvas.block_by_key("revenue-model"), canvas.block_by_key("value-proposition")
    lacking = [store.add_card(canvas.id, revenue.id, t) for t in ("One", "Two")]
    fine = store.add_card(canvas.id, value.id, "Offer")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    scene.mirror.set_link_hints_shown(True)
    assert all(badge_shown(scene.card_items[c.id]) for c in lacking)
    assert not badge_shown(scene.card_items[fine.id])
    added = store.add_card(canvas.id, revenue.id, "Three")  # a new card follows the toggle
    assert badge_shown(scene.card_items[added.id])
    store.add_link(lacking[0].id, fine.id)
    assert not badge_shown(scene.card_items[lacking[0].id])
    scene.mirror.set_link_hints_shown(False)
    assert not any(badge_shown(i) for i in scene.card_items.values())
