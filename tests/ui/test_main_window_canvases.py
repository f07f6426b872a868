"""Canvases in the main window: add from the gallery, rename, reorder, delete, undo, tab drops."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from window_helpers import action, add_cards, close_window, make_window, reopened

from ecanvas.ui.commands import RenameCanvasCommand, run_command
from ecanvas.ui.dialogs.template_gallery import TemplateGalleryDialog
from ecanvas.ui.mime import CardsPayload, cards_mime
from ecanvas.ui.panels.canvas_list import CANVAS_MIME


@pytest.fixture
def window(qtbot, store, tmp_path):
    store.add_canvas("swot", title="SWOT")
    store.add_canvas("core-goals", title="Goals")
    win = make_window(qtbot, store, tmp_path)
    yield win
    close_window(win)


def titles_in_list(window) -> list[str]:
    items = window.canvas_list.list
    return [items.item(row).text() for row in range(items.count())]


def titles_in_tabs(window) -> list[str]:
    return [window.tabs.tabText(index) for index in range(window.tabs.count())]


def test_list_and_tabs_show_the_canvases_in_order_and_follow_each_other(window, qtbot):
    assert titles_in_list(window) == ["Business model design", "SWOT", "Goals"]
    assert titles_in_tabs(window) == titles_in_list(window)
    items = window.canvas_list.list
    qtbot.mouseClick(
        items.viewport(),
        Qt.MouseButton.LeftButton,
        pos=items.visualItemRect(items.item(2)).center(),
    )
    assert window.tabs.currentIndex() == 2
    window.tabs.setCurrentIndex(1)
    assert items.currentRow() == 1


def test_add_canvas_through_the_template_gallery(window, qtbot, store, monkeypatch):
    seen = {}

    def drive(dialog: TemplateGalleryDialog):
        qtbot.addWidget(dialog)
        dialog.show()
        templates = dialog.list
        row = next(
            r
            for r in range(templates.count())
            if templates.item(r).data(Qt.ItemDataRole.UserRole) == "lean-canvas"
        )
        qtbot.mouseClick(
            templates.viewport(),
            Qt.MouseButton.LeftButton,
            pos=templates.visualItemRect(templates.item(row)).center(),
        )
        seen["description"] = dialog.description.text()
        seen["default_title"] = dialog.title_edit.text()
        dialog.title_edit.clear()
        qtbot.keyClicks(dialog.title_edit, "Lean start")
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(TemplateGalleryDialog, "exec", drive)
    window.tabs.setCurrentIndex(0)
    action(window, "add_canvas").trigger()
    assert seen["default_title"] == "Lean Canvas"
    assert "Blocks:" in seen["description"]
    assert titles_in_list(window)[1] == "Lean start"  # inserted after the current canvas
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Lean start"
    on_disk = reopened(store.path)
    assert [c.title for c in on_disk.canvases][1] == "Lean start"
    assert on_disk.canvases[1].template_key == "lean-canvas"
    assert len(on_disk.canvases[1].blocks) == 9


def test_cancelling_the_gallery_adds_nothing(window, store, monkeypatch):
    monkeypatch.setattr(TemplateGalleryDialog, "exec", lambda d: QDialog.DialogCode.Rejected)
    action(window, "add_canvas").trigger()
    assert len(reopened(store.path).canvases) == 3


def test_gallery_preview_and_description_follow_the_language(qtbot):
    dialog = TemplateGalleryDialog("zh")
    qtbot.addWidget(dialog)
    dialog.select_template("swot")
    assert "优势" in dialog.description.text()
    assert dialog.title_edit.text() == "SWOT 分析"
    assert dialog.preview.template.key == "swot"


def test_rename_by_editing_the_list_item(window, qtbot, store):
    items = window.canvas_list.list
    items.setCurrentRow(1)
    items.setFocus()
    qtbot.keyClick(items, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not items
    editor.selectAll()
    qtbot.keyClicks(editor, "Risks and chances")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(lambda: store.workspace.canvases[1].title == "Risks and chances")
    assert window.tabs.tabText(1) == "Risks and chances"
    assert reopened(store.path).canvases[1].title == "Risks and chances"
    window.undo_stack.undo()
    assert titles_in_list(window)[1] == "SWOT"
    assert reopened(store.path).canvases[1].title == "SWOT"


def test_empty_rename_is_refused_and_the_title_kept(window, store):
    window.canvas_list.list.item(1).setText("   ")
    assert titles_in_list(window)[1] == "SWOT"
    assert window.undo_stack.count() == 0


def drop_canvas_row(qtbot, items, canvas_id: int, row: int, below: bool) -> None:
    """Send the drag-enter/move/drop events of dragging a canvas onto a row of the list."""
    data = QMimeData()
    data.setData(CANVAS_MIME, str(canvas_id).encode())
    rect = items.visualItemRect(items.item(row))
    pos = QPointF(rect.center().x(), rect.bottom() - 2 if below else rect.top() + 2)
    viewport = items.viewport()
    move = Qt.DropAction.MoveAction
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event in (
        QDragEnterEvent(pos.toPoint(), move, data, left, none),
        QDragMoveEvent(pos.toPoint(), move, data, left, none),
        QDropEvent(pos, move, data, left, none),
    ):
        QApplication.sendEvent(viewport, event)


def test_reorder_by_dragging_in_the_list(window, qtbot, store):
    goals = store.workspace.canvases[2].id
    drop_canvas_row(qtbot, window.canvas_list.list, goals, 0, below=False)
    expected = ["Goals", "Business model design", "SWOT"]
    assert titles_in_list(window) == expected
    assert titles_in_tabs(window) == expected
    assert [c.title for c in reopened(store.path).canvases] == expected
    assert window.undo_stack.undoText() == "Reorder canvases"
    window.undo_stack.undo()
    assert titles_in_tabs(window) == ["Business model design", "SWOT", "Goals"]


def test_reorder_with_move_down(window, store):
    window.canvas_list.list.setCurrentRow(0)
    action(window, "move_canvas_down").trigger()
    assert [c.title for c in reopened(store.path).canvases] == [
        "SWOT",
        "Business model design",
        "Goals",
    ]
    assert window.canvas_list.current_canvas_id() == store.workspace.canvases[1].id


def test_delete_canvas_and_undo_brings_it_back_with_its_cards(window, store):
    swot = store.workspace.canvases[1]
    add_cards(store, swot.id, "strengths", "Loyal customers", "Own tea gardens")
    window.canvas_list.list.setCurrentRow(1)
    action(window, "delete_canvas").trigger()
    assert titles_in_tabs(window) == ["Business model design", "Goals"]
    assert [c.title for c in reopened(store.path).canvases] == ["Business model design", "Goals"]
    window.undo_stack.undo()
    assert titles_in_tabs(window) == ["Business model design", "SWOT", "Goals"]
    restored = reopened(store.path).canvases[1]
    assert restored.title == "SWOT"
    assert sorted(c.text for c in restored.cards) == ["Loyal customers", "Own tea gardens"]


# --------------------------------------------------------------------- dropping cards on a tab
def send_drag_to_tab(window, data: QMimeData, index: int) -> list[bool]:
    """Drag-enter, hover and drop on a tab; returns whether each event was accepted."""
    bar = window.tabs.tab_bar
    pos = bar.tabRect(index).center()
    move = Qt.DropAction.MoveAction
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos, move, data, left, none)
    hover = QDragMoveEvent(pos, move, data, left, none)
    drop = QDropEvent(QPointF(pos), move, data, left, none)
    accepted = []
    for event in (enter, hover, drop):
        QApplication.sendEvent(bar, event)
        accepted.append(event.isAccepted())
    return accepted


def test_dropping_cards_on_a_tab_moves_them_to_that_canvas(window, store, qtbot):
    source = store.workspace.canvases[0]
    cards = add_cards(store, source.id, "value-proposition", "Gift boxes", "Tea school")
    other = add_cards(store, source.id, "revenue-model", "Subscriptions")
    goals = store.workspace.canvases[2]
    window.tabs.setCurrentIndex(0)
    payload = CardsPayload(str(store.path), source.id, tuple(c.id for c in cards + other))
    accepted = send_drag_to_tab(window, cards_mime(payload), 2)
    assert accepted == [True, True, True]
    assert window.tabs.currentIndex() == 2  # hovering switched to the tab
    on_disk = reopened(store.path)
    moved = {c.text: c for c in on_disk.canvas(goals.id).cards}
    assert set(moved) == {"Gift boxes", "Tea school", "Subscriptions"}
    first_block = on_disk.canvas(goals.id).blocks[0].id
    assert {c.block_id for c in moved.values()} == {first_block}  # no block with the same key
    in_order = on_disk.canvas(goals.id).cards_in(first_block)
    assert [c.text for c in in_order] == ["Gift boxes", "Tea school", "Subscriptions"]
    assert on_disk.canvas(source.id).cards == []
    view = window.tabs.current_view()
    assert sorted(view.canvas_scene.selected_card_ids()) == sorted(moved[t].id for t in moved)
    qtbot.waitUntil(view.hasFocus)  # the arrows, Enter and Delete act on the moved cards
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert len(reopened(store.path).canvas(source.id).cards) == 3


def test_dropped_cards_keep_their_block_when_the_target_has_it(window, store):
    source = store.workspace.canvases[0]
    target = store.add_canvas("business-model-design", title="Plan B")
    card = add_cards(store, source.id, "revenue-model", "Membership")[0]
    payload = CardsPayload(str(store.path), source.id, (card.id,))
    send_drag_to_tab(window, cards_mime(payload), window.tabs.index_of(target.id))
    moved = reopened(store.path).canvas(target.id).cards[0]
    assert moved.block_id == store.workspace.canvas(target.id).block_by_key("revenue-model").id


def test_a_canvas_without_blocks_refuses_the_drop_with_a_message(window, store):
    source = store.workspace.canvases[0]
    blank = store.add_canvas("blank", title="Empty")
    card = add_cards(store, source.id, "value-proposition", "Stay put")[0]
    payload = CardsPayload(str(store.path), source.id, (card.id,))
    send_drag_to_tab(window, cards_mime(payload), window.tabs.index_of(blank.id))
    assert "has no blocks" in window.statusBar().currentMessage()
    assert reopened(store.path).find_card(card.id).canvas_id == source.id
    assert window.undo_stack.count() == 0


def test_tab_bar_ignores_other_drags(window):
    data = QMimeData()
    data.setText("just text")
    assert send_drag_to_tab(window, data, 1)[0] is False


def test_cards_from_another_workspace_are_not_moved(window, store, tmp_path):
    source = store.workspace.canvases[0]
    card = add_cards(store, source.id, "value-proposition", "Mine")[0]
    payload = CardsPayload(str(tmp_path / "other.ecanvas"), source.id, (card.id,))
    send_drag_to_tab(window, cards_mime(payload), 1)
    assert reopened(store.path).find_card(card.id).canvas_id == source.id


# --------------------------------------------------------------------- many canvases, small screens
def test_thirty_canvases_keep_the_window_within_a_1280_by_720_screen(qtbot, store, tmp_path):
    for number in range(29):
        store.add_canvas("swot", title=f"Workshop canvas {number + 2} · R&D")
    win = make_window(qtbot, store, tmp_path)
    try:
        hint = win.minimumSizeHint()
        assert hint.width() <= 1280 - 40 and hint.height() <= 720 - 80  # room for a panel
        available = win.screen().availableGeometry()
        qtbot.waitUntil(lambda: available.contains(win.frameGeometry()))
        bar = win.tabs.tab_bar
        assert bar.usesScrollButtons() and bar.elideMode() == Qt.TextElideMode.ElideRight
        win.tabs.setCurrentIndex(29)  # the last tab scrolls into view
        qtbot.waitUntil(lambda: bar.rect().contains(bar.tabRect(29).center()))
        win.resize(1000, 560)  # a window on a small screen
        scroll = win.canvas_list.list.verticalScrollBar()
        qtbot.waitUntil(lambda: scroll.maximum() > 0)  # the list scrolls
    finally:
        close_window(win)


def test_a_window_remembered_on_a_bigger_screen_is_brought_back_onto_this_one(
    qtbot, store, tmp_path
):
    win = make_window(qtbot, store, tmp_path)
    win.resize(5000, 3000)
    win.move(4000, 2000)
    win.fit_on_screen()
    available = win.screen().availableGeometry()
    assert available.contains(win.frameGeometry())
    close_window(win)


def test_an_ampersand_in_a_title_shows_as_typed_in_the_tab(window, store):
    canvas_id = store.workspace.canvases[0].id
    run_command(window.undo_stack, RenameCanvasCommand(store, canvas_id, "R&D plan"))
    assert window.tabs.tabText(0) == "R&&D plan"  # Qt shows "&&" as one "&"
    assert window.tabs.tabToolTip(0) == "R&D plan"
    assert window.canvas_list.list.item(0).text() == "R&D plan"
