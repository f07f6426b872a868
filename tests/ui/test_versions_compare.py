"""Compare in the app: the list of changes (a click goes to the card) and the marks on the canvas
(added, edited, moved from where, removed as ghosts), kept true while the user edits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from window_helpers import add_cards, close_window, make_window

from ecanvas.store import CardMove
from ecanvas.ui.canvas.changes_overlay import GhostCardItem


@pytest.fixture
def compared(qtbot, store, tmp_path):
    """A canvas with a snapshot, then one card of each kind of change."""
    canvas = store.workspace.canvases[0]
    kept, edited, moved, removed = add_cards(
        store, canvas.id, "value-proposition", "Kept", "Edited later", "Moved later", "Removed"
    )
    store.add_link(kept.id, removed.id, "needs")
    snapshot = store.take_snapshots([canvas.id], "Meeting 1")[0]
    store.update_card(edited.id, text="Edited now", owner="王芳")
    target = canvas.block_by_key("revenue-model").id
    store.move_cards([CardMove(moved.id, canvas.id, target, 0)])
    store.delete_cards([removed.id])
    (added,) = add_cards(store, canvas.id, "key-processes", "Added now 新")
    window = make_window(qtbot, store, tmp_path)
    window.versions.compare_snapshot(snapshot.id)
    ids = {"kept": kept.id, "edited": edited.id, "moved": moved.id, "removed": removed.id,
           "added": added.id}  # fmt: skip
    yield window, window.versions.panel, window.tabs.current_view().canvas_scene, ids
    close_window(window)


def test_the_list_groups_the_changes(compared):
    window, panel, _scene, _ids = compared
    assert window.versions.dock.isVisible()
    assert panel.heading.text().startswith("Changes of “Business model design” since “Meeting 1”")
    assert panel.entries("added") == ["Added now 新"]
    assert panel.entries("removed") == ["Removed"]
    assert panel.entries("moved") == ["Moved later"]
    assert panel.entries("edited") == ["Edited now"]
    assert panel.entries("links_removed") == ["Kept → Removed"]
    assert panel.summary.text().startswith("1 added · 1 removed · 1 moved · 1 edited")


def test_the_canvas_marks_each_change_and_shows_removed_cards_as_ghosts(compared):
    _window, _panel, scene, ids = compared
    overlay = scene.changes
    marks = {card_id: mark.text for card_id, mark in overlay.marks.items()}
    assert marks == {ids["added"]: "New", ids["edited"]: "Edited",
                     ids["moved"]: "From Value proposition"}  # fmt: skip
    assert "Owner: was —" in overlay.marks[ids["edited"]].toolTip()
    ghost = overlay.ghost_items[-ids["removed"]]
    assert isinstance(ghost, GhostCardItem) and ghost.text == "Removed"
    block = scene.block_items[scene.canvas().block_by_key("value-proposition").id]
    assert block.sceneBoundingRect().contains(ghost.sceneBoundingRect().center())
    for item in scene.card_items.values():  # the ghost has a cell of its own
        assert not item.card_scene_rect().intersects(ghost.sceneBoundingRect().adjusted(
            0, 20, 0, 0))  # fmt: skip
    assert len(overlay.ghost_link_items) == 1  # the removed link, faded, to the ghost


def test_a_click_in_the_list_goes_to_the_card(compared, qtbot):
    _window, panel, scene, ids = compared
    group = panel.group_items["edited"]
    panel.tree.itemClicked.emit(group.child(0), 0)
    assert scene.selected_card_ids() == [ids["edited"]]
    removed = panel.group_items["removed"].child(0)
    panel.tree.itemClicked.emit(removed, 0)
    assert scene.selected_card_ids() == []


def test_the_compare_stays_true_while_the_user_edits_and_stops_cleanly(compared, store, qtbot):
    window, panel, scene, ids = compared
    store.update_card(ids["edited"], text="Edited later", owner="")  # back as it was
    qtbot.waitUntil(lambda: panel.entries("edited") == [])
    assert ids["edited"] not in scene.changes.marks
    store.add_card(scene.canvas_id, scene.canvas().blocks[0].id, "Another")
    qtbot.waitUntil(lambda: panel.entries("added") == ["Another", "Added now 新"]
                    or panel.entries("added") == ["Added now 新", "Another"])  # fmt: skip
    panel.on_canvas.setChecked(False)
    assert scene.changes is None
    panel.on_canvas.setChecked(True)
    assert scene.changes is not None
    panel.close_button.click()
    assert scene.changes is None and not window.versions.dock.isVisible()
    assert not [i for i in scene.items() if isinstance(i, GhostCardItem)]


def test_compare_with_another_canvas_of_the_template(compared, store, qtbot):
    window, panel, _scene, _ids = compared
    other = store.add_canvas("business-model-design", title="Laptop 2")
    add_cards(store, other.id, "value-proposition", "Kept")
    window.versions.compare_canvas(store.workspace.canvases[0].id)
    assert panel.choose_baseline(("canvas", other.id))
    assert panel.heading.text().endswith("since “Laptop 2”")
    assert "Kept" not in panel.entries("added")
    scene = window.tabs.current_view().canvas_scene
    added = next(c.id for c in scene.canvas().cards if c.text == "Added now 新")
    assert scene.changes.marks[added].text == "New"
    add_cards(store, other.id, "key-processes", "Added now 新")  # the other canvas catches up
    qtbot.waitUntil(lambda: "Added now 新" not in panel.entries("added"))
    qtbot.waitUntil(lambda: added not in scene.changes.marks)


@pytest.mark.parametrize(("size", "area"), [
    ((1280, 720), Qt.DockWidgetArea.BottomDockWidgetArea),
    ((1900, 1000), Qt.DockWidgetArea.RightDockWidgetArea),
])  # fmt: skip
def test_the_list_leaves_the_canvas_room_to_compare_on(qtbot, store, tmp_path, size, area):
    """Beside the canvas list and the card panel of a 1280×720 laptop, a list on the right left
    the canvas 150–330 px: there it goes below the canvas, in a tab beside the checks."""
    canvas = store.workspace.canvases[0]
    add_cards(store, canvas.id, "value-proposition", "Kept")
    snapshot = store.take_snapshots([canvas.id], "Meeting 1")[0]
    window = make_window(qtbot, store, tmp_path)
    try:
        window.resize(*size)
        window.checks_dock.show()
        qtbot.waitUntil(lambda: abs(window.width() - size[0]) < 40)
        window.versions.compare_snapshot(snapshot.id)
        dock = window.versions.dock
        assert window.dockWidgetArea(dock) == area
        qtbot.waitUntil(dock.isVisible)
        if area == Qt.DockWidgetArea.BottomDockWidgetArea:
            assert dock in window.tabifiedDockWidgets(window.checks_dock)
        qtbot.waitUntil(lambda: window.tabs.width() >= 600)
    finally:
        close_window(window)
