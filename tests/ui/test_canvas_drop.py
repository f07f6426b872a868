"""Drops from outside the canvas: a palette colour chip, plain text and text files, with real
drag-enter/move/drop events sent to the viewport."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from canvas_helpers import block_point, drop, make_view
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ecanvas.store import open_workspace
from ecanvas.ui.canvas import palette as palette_module
from ecanvas.ui.canvas.palette import ColourPalette
from ecanvas.ui.mime import COLOUR_MIME, colour_mime, read_colour_mime

PINK = "#FFC4D6"


def on_disk(store, canvas_id: int):
    """The canvas as a second reader finds it in the file."""
    with open_workspace(store.path, read_only=True) as reader:
        return reader.workspace.canvas(canvas_id)


def sha256(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def text_data(text: str) -> QMimeData:
    data = QMimeData()
    data.setText(text)
    return data


def file_data(*paths) -> QMimeData:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return data


def test_palette_chip_drop_creates_a_card_there_once_it_is_named_in_one_commit(
    qtbot, store, canvas, undo_stack, monkeypatch
):
    block = canvas.block_by_key("revenue-model")
    first = store.add_card(canvas.id, block.id, "First")
    second = store.add_card(canvas.id, block.id, "Second")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    scene = view.canvas_scene
    left = scene.card_items[first.id].card_scene_rect()
    point = QPointF(left.right() + 5, left.center().y())  # between First and Second
    commits = []
    begin = store._begin
    monkeypatch.setattr(store, "_begin", lambda: commits.append(1) or begin())

    event = drop(view, point, colour_mime(PINK))

    assert event.isAccepted()
    assert scene.is_editing and scene.editing.block_id == block.id
    assert [c.text for c in on_disk(store, canvas.id).cards] == ["First", "Second"]
    assert commits == [] and undo_stack.count() == 0  # nothing written before it is named
    editor = scene.editing.editor.sceneBoundingRect()
    assert left.right() < editor.center().x() < scene.card_items[second.id].x() or (
        editor.center().y() < scene.card_items[second.id].y()
    )  # the editor sits in the gap, the cards after it made room

    QTest.keyClicks(view, "Premium gift box")
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert not scene.is_editing  # a dropped chip names one card
    assert commits == [1] and undo_stack.count() == 1
    saved = on_disk(store, canvas.id)
    assert [c.text for c in saved.cards_in(block.id)] == ["First", "Premium gift box", "Second"]
    (card,) = [c for c in saved.cards if c.text == "Premium gift box"]
    assert card.colour == PINK
    assert scene.selected_card_ids() == [card.id]

    undo_stack.undo()
    assert card.id not in [c.id for c in canvas.cards] and card.id not in scene.card_items
    undo_stack.redo()
    restored = store.workspace.find_card(card.id)
    assert (restored.text, restored.colour) == ("Premium gift box", PINK)
    assert scene.card_items[card.id].text == "Premium gift box"


def test_esc_after_a_chip_drop_writes_nothing_and_leaves_no_step(qtbot, store, canvas, undo_stack):
    view = make_view(qtbot, store, canvas.id, undo_stack)
    before = sha256(store.path)
    drop(view, block_point(canvas.blocks[0], 200, 200), colour_mime(PINK))
    assert view.canvas_scene.is_editing and canvas.cards == []
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert not view.canvas_scene.is_editing
    assert canvas.cards == [] and view.canvas_scene.card_items == {}
    assert undo_stack.count() == 0
    assert sha256(store.path) == before  # the file was never touched


def test_a_chip_dropped_on_a_read_only_workspace_says_so_at_once(qtbot, store, canvas,
                                                                 undo_stack):  # fmt: skip
    with open_workspace(store.path, read_only=True) as viewer:
        view = make_view(qtbot, viewer, canvas.id, undo_stack)
        messages = []
        view.canvas_scene.errorOccurred.connect(messages.append)
        event = drop(view, block_point(canvas.blocks[0], 200, 200), colour_mime(PINK))
        assert not event.isAccepted() and not view.canvas_scene.is_editing
        assert messages and "read-only" in messages[0]
        view.canvas_scene.detach()


def test_text_drop_makes_one_card_per_non_empty_line_in_one_step(qtbot, store, canvas, undo_stack):
    block = canvas.block_by_key("key-processes")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    drop(view, block_point(block, 200, 200), text_data("Sourcing\n\n  Packing  \n直播\n"))
    assert [c.text for c in canvas.cards_in(block.id)] == ["Sourcing", "Packing", "直播"]
    assert undo_stack.count() == 1
    assert len(view.canvas_scene.selected_card_ids()) == 3
    undo_stack.undo()
    assert canvas.cards == []


def test_text_file_drop_reads_utf8_lines(qtbot, store, canvas, undo_stack, tmp_path):
    path = tmp_path / "ideas.txt"
    path.write_text("\ufeff会员积分\nGift cards\n\n", encoding="utf-8")
    block = canvas.block_by_key("partner-network")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    drop(view, block_point(block, 100, 150), file_data(path))
    assert [c.text for c in canvas.cards_in(block.id)] == ["会员积分", "Gift cards"]


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"PK\x03\x04\x00\x00binary", "not a text file"),
        ("caf\u00e9".encode("latin-1"), "not UTF-8"),
        (b"x" * (1024 * 1024 + 1), "larger than 1 MB"),
    ],
)
def test_unusable_files_are_refused_with_a_message_naming_them(
    qtbot, store, canvas, undo_stack, tmp_path, content, words
):
    path = tmp_path / "dropped.txt"
    path.write_bytes(content)
    view = make_view(qtbot, store, canvas.id, undo_stack)
    with qtbot.waitSignal(view.canvas_scene.errorOccurred) as signal:
        event = drop(view, block_point(canvas.blocks[0], 200, 200), file_data(path))
    assert "dropped.txt" in signal.args[0] and words in signal.args[0]
    assert not event.isAccepted()
    assert canvas.cards == []


def test_a_drop_outside_every_block_is_refused(qtbot, store, canvas, undo_stack):
    view = make_view(qtbot, store, canvas.id, undo_stack)
    event = drop(view, QPointF(490, 200), text_data("lost"))
    assert not event.isAccepted()
    assert canvas.cards == []


def test_the_target_block_highlights_while_something_is_dragged_over_it(
    qtbot, store, canvas, undo_stack
):
    from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent

    block = canvas.blocks[1]
    view = make_view(qtbot, store, canvas.id, undo_stack)
    data = text_data("hello")
    point = view.mapFromScene(block_point(block, 200, 200))
    actions = Qt.DropAction.CopyAction
    buttons, modifiers = Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(
        view.viewport(), QDragEnterEvent(point, actions, data, buttons, modifiers)
    )
    QApplication.sendEvent(
        view.viewport(), QDragMoveEvent(point, actions, data, buttons, modifiers)
    )
    assert view.canvas_scene.block_items[block.id].is_drop_target
    QApplication.sendEvent(view.viewport(), QDragLeaveEvent())
    assert not view.canvas_scene.block_items[block.id].is_drop_target


def test_palette_chip_drag_carries_its_colour_and_a_click_chooses_it(qtbot, monkeypatch):
    carried = []

    class RecordingDrag(palette_module.QDrag):
        def exec(self, *args):
            carried.append(read_colour_mime(self.mimeData()))
            return Qt.DropAction.CopyAction

    monkeypatch.setattr(palette_module, "QDrag", RecordingDrag)
    palette = ColourPalette()
    qtbot.addWidget(palette)
    palette.show()
    chip = palette.chips[1]
    centre = chip.rect().center()
    QTest.mousePress(chip, Qt.MouseButton.LeftButton, pos=centre)
    for dx in (4, 12, 24):
        point = QPointF(centre + QPoint(dx, 0))
        QApplication.sendEvent(
            chip,
            QMouseEvent(
                QMouseEvent.Type.MouseMove,
                point,
                QPointF(chip.mapToGlobal(point.toPoint())),
                Qt.MouseButton.NoButton,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
            ),
        )
    assert carried == [chip.colour]

    with qtbot.waitSignal(palette.colourChosen) as chosen:
        QTest.mouseClick(palette.chips[3], Qt.MouseButton.LeftButton)
    assert chosen.args == [palette.chips[3].colour.upper()]
    assert palette.current_colour() == palette.chips[3].colour.upper()
    assert COLOUR_MIME == "application/x-ecanvas-colour"


def test_cards_dragged_back_from_a_tab_or_view_land_in_the_block_under_the_drop(
    qtbot, store, canvas, undo_stack
):
    from ecanvas.ui.mime import CardsPayload, cards_mime

    card = store.add_card(canvas.id, canvas.blocks[0].id, "Traveller")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    target = canvas.blocks[3]
    payload = CardsPayload(str(store.path), canvas.id, (card.id,))
    event = drop(view, block_point(target, 200, 150), cards_mime(payload, "Traveller"))
    assert event.isAccepted() and event.dropAction() == Qt.DropAction.MoveAction
    moved = store.workspace.find_card(card.id)
    assert moved.block_id == target.id
    assert undo_stack.count() == 1


def test_cards_from_another_workspace_are_refused(qtbot, store, canvas, undo_stack):
    from ecanvas.ui.mime import CardsPayload, cards_mime

    card = store.add_card(canvas.id, canvas.blocks[0].id, "Mine")
    view = make_view(qtbot, store, canvas.id, undo_stack)
    payload = CardsPayload("/elsewhere/other.ecanvas", canvas.id, (card.id,))
    with qtbot.waitSignal(view.canvas_scene.errorOccurred):
        event = drop(view, block_point(canvas.blocks[3], 200, 150), cards_mime(payload))
    assert not event.isAccepted()
    assert store.workspace.find_card(card.id).block_id == canvas.blocks[0].id


def test_closing_the_view_while_naming_a_dropped_card_keeps_what_was_typed(
    qtbot, store, canvas, undo_stack
):
    view = make_view(qtbot, store, canvas.id, undo_stack)
    drop(view, block_point(canvas.blocks[0], 200, 200), colour_mime(PINK))
    QTest.keyClicks(view, "Half typed")
    view.canvas_scene.detach()
    assert [c.text for c in canvas.cards] == ["Half typed"]
    assert undo_stack.count() == 1
