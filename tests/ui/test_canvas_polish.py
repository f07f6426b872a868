"""Canvas polish: arrow labels edited in place with a real double-click, the view scrolling while
a drag waits at its edge, and owner/due badges drawn inside their card."""

from __future__ import annotations

from datetime import date

import pytest
from canvas_helpers import (
    LEFT,
    NO_BUTTON,
    block_point,
    card_centre,
    double_click,
    make_view,
    mouse,
    move,
    press,
)
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QInputMethodEvent, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ecanvas.store import open_workspace
from ecanvas.ui.canvas import drag as drag_module
from ecanvas.ui.canvas import style
from ecanvas.ui.canvas.autoscroll import EDGE
from ecanvas.ui.canvas.label_editor import LinkLabelEditor


def on_disk(store):
    with open_workspace(store.path, read_only=True) as reopened:
        return reopened.workspace


def release_at(view, view_pos: QPoint) -> None:
    mouse(view, QEvent.Type.MouseButtonRelease, button=LEFT, buttons=NO_BUTTON, view_pos=view_pos)


def editor_of(scene):
    return next(i for i in scene.items() if isinstance(i, LinkLabelEditor) and i.isVisible())


# --------------------------------------------------------------------- link labels
@pytest.fixture
def linked(store, canvas):
    a = store.add_card(canvas.id, canvas.blocks[0].id, "Tea club")
    b = store.add_card(canvas.id, canvas.blocks[1].id, "Repeat orders")
    return a, b, store.add_link(a.id, b.id)


def test_double_click_an_arrow_edits_its_label_and_enter_commits(
    qtbot, store, canvas, undo_stack, linked
):
    _, _, link = linked
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    arrow = scene.link_items[link.id]
    middle = arrow.line.center()

    double_click(view, middle)
    assert scene.is_editing
    editor = editor_of(scene)
    assert editor.sceneBoundingRect().contains(middle)  # the editor sits on the arrow's middle
    QTest.keyClicks(view, "drives")
    QTest.keyClick(view, Qt.Key.Key_Return)

    assert not scene.is_editing
    assert on_disk(store).canvas(canvas.id).links[0].label == "drives"
    assert arrow.label == "drives"
    assert undo_stack.count() == 1
    undo_stack.undo()
    assert on_disk(store).canvas(canvas.id).links[0].label == ""
    assert arrow.label == "" and arrow.label_rect() is None


def test_esc_cancels_a_label_edit(qtbot, store, canvas, undo_stack, linked):
    _, _, link = linked
    store.update_link(link.id, "old label")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    double_click(view, scene.link_items[link.id].line.center())
    QTest.keyClicks(view, "something else")
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert not scene.is_editing
    assert on_disk(store).canvas(canvas.id).links[0].label == "old label"
    assert undo_stack.count() == 0
    assert {c.text for c in canvas.cards} == {"Tea club", "Repeat orders"}


def test_an_arrow_goes_round_the_cards_between_its_ends_and_runs_beneath_any_card(
    qtbot, store, canvas, undo_stack
):
    block, right = canvas.blocks[0], canvas.blocks[1]
    a = store.add_card(canvas.id, block.id, "From")
    between = store.add_card(canvas.id, block.id, "Beside the source")
    b = store.add_card(canvas.id, right.id, "To")
    link = store.add_link(a.id, b.id)
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    arrow = scene.link_items[link.id]
    card = scene.card_items[between.id]
    assert arrow.zValue() < card.zValue() < arrow.head.zValue()
    assert not arrow.shape().intersects(card.card_scene_rect().adjusted(2, 2, -2, -2))

    # Were an arrow to pass beneath a card, a double-click there edits the card.
    covered = card.centre()
    start, end = arrow.points[0], arrow.points[-1]
    arrow.set_route([(start.x(), covered.y()), (end.x(), covered.y())], [], None)
    double_click(view, covered)
    assert scene.editing.card_id == between.id  # the card, not the arrow's label
    QTest.keyClick(view, Qt.Key.Key_Escape)
    scene.reset_link(arrow)

    legs = arrow.points
    middle = len(legs) // 2
    visible = (legs[middle - 1] + legs[middle]) / 2  # the middle of the arrow's middle leg
    assert arrow.shape().contains(visible) and scene.card_item_at(visible) is None
    double_click(view, visible)
    commit = QInputMethodEvent()  # Chinese arrives from the input method
    commit.setCommitString("通过")
    QApplication.sendEvent(view, commit)
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert on_disk(store).canvas(canvas.id).links[0].label == "通过"
    assert on_disk(store).find_card(between.id).text == "Beside the source"
    assert card.isVisible()


def test_a_label_sits_on_the_arrow_clear_of_cards_and_a_long_one_is_kept_short(
    qtbot, store, canvas, undo_stack, linked
):
    _, _, link = linked
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    arrow = scene.link_items[link.id]
    store.update_link(link.id, "raises")
    rect = arrow.label_rect()
    assert arrow.shape().contains(rect.center())  # on the arrow
    for item in scene.card_items.values():
        assert not rect.intersects(item.card_scene_rect())
    short_width = rect.width()
    long_label = "raises the repeat purchase rate of overseas members every single quarter"
    store.update_link(link.id, long_label)
    assert short_width < arrow.label_rect().width() <= 180
    assert arrow.toolTip() == long_label  # the whole label on hover


# --------------------------------------------------------------------- autoscroll
def small_view(qtbot, store, canvas, undo_stack, centre: QPointF):
    view = make_view(qtbot, store, canvas.id, undo_stack)
    view.resize(520, 420)
    view.set_zoom(1.5)
    view.centerOn(centre)
    return view


def test_holding_a_card_drag_at_the_edge_scrolls_and_the_card_lands_under_the_mouse(
    qtbot, store, canvas, undo_stack
):
    block, right = canvas.blocks[0], canvas.blocks[1]
    card = store.add_card(canvas.id, block.id, "Scroll me")
    view = small_view(qtbot, store, canvas, undo_stack, QPointF(150, 180))
    bar = view.horizontalScrollBar()
    before = bar.value()
    start = card_centre(view, card.id)
    assert view.viewport().rect().contains(view.mapFromScene(start))
    edge = QPoint(view.viewport().width() - EDGE // 3, view.mapFromScene(start).y())

    press(view, start)
    move(view, start + QPointF(20, 0))
    move(view, view_pos=edge)
    qtbot.waitUntil(lambda: view.mapToScene(edge).x() > right.x + 60)
    assert bar.value() > before
    assert view.canvas_scene.is_dragging  # still our own drag, not a system drag
    release_at(view, edge)

    assert not view.autoscroll.active
    assert store.workspace.find_card(card.id).block_id == right.id
    assert on_disk(store).find_card(card.id).block_id == right.id
    assert undo_stack.count() == 1


def test_the_edge_zone_scrolls_while_only_leaving_the_view_starts_a_system_drag(
    qtbot, store, canvas, undo_stack, monkeypatch
):
    card = store.add_card(canvas.id, canvas.blocks[0].id, "Stay or go")
    started = []

    class RecordingDrag(drag_module.QDrag):
        def exec(self, *args):
            started.append(self.mimeData().text())
            return Qt.DropAction.IgnoreAction

    monkeypatch.setattr(drag_module, "QDrag", RecordingDrag)
    view = small_view(qtbot, store, canvas, undo_stack, QPointF(150, 180))
    bar = view.verticalScrollBar()
    before = bar.value()
    start = card_centre(view, card.id)
    bottom = QPoint(view.mapFromScene(start).x(), view.viewport().height() - 4)

    press(view, start)
    move(view, start + QPointF(0, 20))
    move(view, view_pos=bottom)
    qtbot.waitUntil(lambda: bar.value() >= before + 20)
    assert started == []
    move(view, view_pos=bottom + QPoint(0, 30))  # now outside the viewport
    assert started == ["Stay or go"]
    assert not view.autoscroll.active
    release_at(view, bottom)
    assert undo_stack.count() == 0


def test_a_rubber_band_held_at_the_edge_scrolls_and_reaches_cards_out_of_sight(
    qtbot, store, canvas, undo_stack
):
    block = canvas.blocks[0]
    cards = [store.add_card(canvas.id, block.id, f"Card {n}") for n in range(5)]
    low = cards[-1]  # on the third row
    view = small_view(qtbot, store, canvas, undo_stack, QPointF(200, 130))
    view.resize(520, 260)
    view.centerOn(QPointF(200, 120))
    scene = view.canvas_scene
    assert not view.viewport().rect().contains(view.mapFromScene(card_centre(view, low.id)))
    corner = block_point(block, 20, 48)
    bottom = QPoint(view.mapFromScene(block_point(block, 260, 0)).x(), view.viewport().height() - 3)

    press(view, corner)
    move(view, corner + QPointF(30, 30))
    move(view, view_pos=bottom)
    qtbot.waitUntil(lambda: scene.card_items[low.id].isSelected())
    release_at(view, bottom)
    assert scene.selected_card_ids() == [c.id for c in cards]
    assert undo_stack.count() == 0


def test_a_new_link_held_at_the_edge_scrolls_the_view(qtbot, store, canvas, undo_stack):
    card = store.add_card(canvas.id, canvas.blocks[0].id, "Source")
    view = small_view(qtbot, store, canvas, undo_stack, QPointF(150, 180))
    bar = view.horizontalScrollBar()
    before = bar.value()
    handle = view.canvas_scene.card_items[card.id].handle_scene_pos()
    edge = QPoint(view.viewport().width() - 5, view.mapFromScene(handle).y())
    press(view, handle)
    move(view, handle + QPointF(20, 0))
    move(view, view_pos=edge)
    qtbot.waitUntil(lambda: bar.value() >= before + 20)
    release_at(view, edge)
    assert not view.autoscroll.active
    assert canvas.links == []


# --------------------------------------------------------------------- badges
def render(scene, rect: QRectF) -> QImage:
    image = QImage(int(rect.width()) * 2, int(rect.height()) * 2, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    return image


def has_colour(image: QImage, colour: QColor, tolerance: int = 12) -> bool:
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - colour.red()) <= tolerance
                and abs(pixel.green() - colour.green()) <= tolerance
                and abs(pixel.blue() - colour.blue()) <= tolerance
            ):
                return True
    return False


def test_owner_and_due_badges_stay_inside_their_card(qtbot, store, canvas, undo_stack):
    block = canvas.block_by_key("value-proposition")
    upper = store.add_card(canvas.id, block.id, "Upper card", votes=3, tags=["x"])
    store.add_card(canvas.id, block.id, "Beside it")
    action = {"owner": "王强 Wang Qiang", "due": date(2027, 4, 15), "status": "doing"}
    lower = store.add_card(canvas.id, block.id, "库存打通：天猫 / 小程序 / 抖音", **action)
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    item = scene.card_items[lower.id]
    badge = item.badge_rect()
    assert item.boundingRect().contains(badge)
    assert QRectF(0, 0, item.card_scene_rect().width(), 100).contains(badge)
    doing = style.STATUS_COLOURS["doing"]
    assert has_colour(render(scene, item.mapRectToScene(badge)), doing)  # it is drawn there
    above = scene.card_items[upper.id].card_scene_rect()
    gap = QRectF(above.left(), above.bottom(), above.width(), 10)  # between the two cards
    assert not has_colour(render(scene, gap), doing)
    assert not badge.translated(item.pos()).intersects(scene.card_items[upper.id].card_scene_rect())

    # The first line of text ends before the badge.
    lines = item.text_lines()
    first_origin, first_line = lines.lines[0]
    end = style.CARD_PADDING + QFontMetricsF(lines.font).horizontalAdvance(first_line.rstrip())
    assert first_origin.y() - QFontMetricsF(lines.font).ascent() < badge.bottom()
    assert end <= badge.left() + 0.5


def test_a_long_latin_first_word_starts_below_the_badge_instead_of_being_split(
    qtbot, store, canvas, undo_stack
):
    card = store.add_card(canvas.id, canvas.blocks[0].id, "Overseas membership roadmap",
                          owner="Emma Chen", due=date(2027, 3, 1))  # fmt: skip
    view = make_view(qtbot, store, canvas.id, undo_stack)
    item = view.canvas_scene.card_items[card.id]
    lines = item.text_lines()
    assert lines.below_badge
    assert lines.lines[0][1].startswith("Overseas ")
    top_of_text = lines.lines[0][0].y() - QFontMetricsF(lines.font).ascent() + style.CARD_PADDING
    assert top_of_text >= item.badge_rect().bottom()


def test_a_selected_top_card_keeps_its_rank_disc_clear_of_the_selection_outline(
    qtbot, store, canvas, undo_stack
):
    block = canvas.block_by_key("value-proposition")
    card = store.add_card(canvas.id, block.id, "Voted first")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    item = view.canvas_scene.card_items[card.id]
    item.set_rank(1)
    item.setSelected(True)
    radius = style.RANK_RADIUS - 2  # inside the disc's white rim
    disc = QRectF(2 - radius, 2 - radius, 2 * radius, 2 * radius)
    image = render(view.canvas_scene, item.mapRectToScene(disc))
    assert has_colour(image, style.RANK_COLOUR)
    assert not has_colour(image, item.theme.accent, tolerance=40)
