"""The main window: its actions, menus, status bar and title."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import QWidget
from window_helpers import action, add_cards, close_window, make_window

from ecanvas.store import open_workspace
from ecanvas.ui.commands import RenameCanvasCommand, run_command
from ecanvas.ui.theme import make_palette

# Key sequences are built inside the test: standard keys need the QApplication to exist.
EXPECTED_SHORTCUTS = {
    "new_workspace": QKeySequence.StandardKey.New,
    "open_workspace": QKeySequence.StandardKey.Open,
    "undo": QKeySequence.StandardKey.Undo,
    "cut": QKeySequence.StandardKey.Cut,
    "copy": QKeySequence.StandardKey.Copy,
    "paste": QKeySequence.StandardKey.Paste,
    "duplicate": "Ctrl+D",
    "select_all": QKeySequence.StandardKey.SelectAll,
    "find": QKeySequence.StandardKey.Find,
    "find_next": "F3",
    "new_card": "N",
    "compact_cards": "Ctrl+L",
    "zoom_in": "Ctrl+=",
    "zoom_out": "Ctrl+-",
    "zoom_reset": "Ctrl+0",
    "fit_to_window": "Ctrl+9",
    "full_screen": "F11",
    "quit": "Ctrl+Q",
    "export_pdf": "Ctrl+E",
    "add_canvas": "Ctrl+T",
}


@pytest.fixture
def window(qtbot, store, tmp_path):
    win = make_window(qtbot, store, tmp_path)
    yield win
    close_window(win)


def test_actions_exist_once_by_object_name_with_their_shortcuts(window):
    for name, shortcut in EXPECTED_SHORTCUTS.items():
        found = window.findChildren(QAction, f"action_{name}")
        assert len(found) == 1, name
        assert found[0].shortcut() == QKeySequence(shortcut), name
        assert found[0].text(), name
    for name in ("save_copy", "workspace_properties", "delete", "redo", "rename_canvas"):
        assert not action(window, name).shortcut().isEmpty(), name


def test_menus_share_the_actions(window):
    menus = (window.menus.file, window.menus.edit, window.menus.view)
    menu_actions = {action for menu in menus for action in menu.actions()}
    for name in ("open_workspace", "save_copy", "export_pdf", "undo", "find", "zoom_in"):
        assert action(window, name) in menu_actions
    assert action(window, "undo") in window.menus.tool_bar.actions()
    assert [a.objectName() for a in window.menus.language.actions()] == [
        "action_language_en",
        "action_language_zh",
    ]


def test_status_bar_says_saved_and_counts_cards(window, store, canvas):
    assert window.status.saved_label.text() == "All changes saved"
    assert "0 on this canvas" in window.status.count_label.text()
    add_cards(store, canvas.id, "value-proposition", "Fresh tea", "Fast delivery")
    assert window.status.count_label.text() == "Cards: 2 on this canvas · 2 in the workspace"
    assert window.status.zoom_label.text().endswith("%")


def test_zoom_actions_update_the_zoom_shown(window):
    view = window.tabs.current_view()
    before = view.zoom_factor()
    assert window.status.zoom_label.text() == f"Zoom {round(before * 100)}%"
    action(window, "zoom_in").trigger()
    assert view.zoom_factor() > before
    assert window.status.zoom_label.text() == f"Zoom {round(view.zoom_factor() * 100)}%"
    action(window, "zoom_reset").trigger()
    assert window.status.zoom_label.text() == "Zoom 100%"


def test_window_title_names_workspace_and_file_and_follows_changes(window, store):
    assert window.windowTitle() == "UI test — ui.ecanvas"
    store.set_properties(title="Renamed plan")
    assert window.windowTitle() == "Renamed plan — ui.ecanvas"
    store.set_properties(title="R&D [*] plan")  # shown as typed: no mnemonic, no modified mark
    assert window.windowTitle() == "R&D [*][*] plan — ui.ecanvas"


def test_read_only_workspace_says_so_and_refuses_edits(qtbot, tmp_path, store):
    path = store.path
    store.close()
    read_only = open_workspace(path, read_only=True)
    window = make_window(qtbot, read_only, tmp_path)
    try:
        assert window.windowTitle().endswith("[read-only]")
        assert window.status.saved_label.text() == "Read-only"
        assert not action(window, "add_canvas").isEnabled()
        assert not action(window, "new_card").isEnabled()
        assert action(window, "copy").isEnabled()
    finally:
        close_window(window)


def test_undo_action_names_the_command_and_undoes(window, store, canvas):
    run_command(window.undo_stack, RenameCanvasCommand(store, canvas.id, "Plan B"))
    undo = action(window, "undo")
    assert undo.isEnabled()
    assert undo.text() == "&Undo Rename canvas"
    undo.trigger()
    assert store.workspace.canvas(canvas.id).title != "Plan B"
    assert action(window, "redo").text() == "&Redo Rename canvas"


def test_side_panels_can_be_hidden_for_a_projector(window):
    action(window, "side_panels").trigger()
    assert not window.canvas_list.isVisible()
    assert not window.right_panel.isVisible()
    action(window, "side_panels").trigger()
    assert window.canvas_list.isVisible()


def test_quit_closes_the_window_and_releases_the_workspace(window, store):
    action(window, "quit").trigger()
    assert not window.isVisible()
    assert store.closed
    with open_workspace(store.path) as again:  # the lock is free for another window
        assert again.workspace.title == "UI test"


@pytest.mark.parametrize("dark", [False, True])
def test_both_palettes_keep_text_readable(dark):
    palette = make_palette(dark)
    roles = QPalette.ColorRole
    for text, background in ((roles.WindowText, roles.Window), (roles.Text, roles.Base),
                             (roles.HighlightedText, roles.Highlight)):  # fmt: skip
        contrast = abs(palette.color(text).lightness() - palette.color(background).lightness())
        assert contrast > 110, (dark, text, background)
    assert (palette.color(roles.Window).lightness() < 80) is dark


def test_palette_on_the_tool_bar_sets_the_quick_capture_colour(window):
    palette = window.findChild(QWidget, "colourPalette")
    assert palette is not None and palette.isVisible()
    view = window.tabs.current_view()
    pink = palette.chips[1].colour
    palette.set_current_colour(pink)
    assert view.canvas_scene.capture_colour == pink.upper()


def test_show_link_hints_is_off_at_first_covers_every_canvas_and_is_remembered(
    qtbot, window, store, canvas, tmp_path
):
    add_cards(store, canvas.id, "value-proposition", "Offer")
    (price,) = add_cards(store, canvas.id, "revenue-model", "Subscription")
    toggle = action(window, "link_hints")
    assert toggle.isCheckable() and not toggle.isChecked()
    assert toggle in window.menus.view.actions()
    scene = window.tabs.current_view().canvas_scene
    assert not scene.mirror.link_hints_shown
    toggle.trigger()
    assert scene.mirror.link_hints_shown
    assert any(type(c).__name__ == "HintBadge" for c in scene.card_items[price.id].childItems())
    assert window.settings.link_hints_shown()
    close_window(window)
    with open_workspace(store.path) as again:
        second = make_window(qtbot, again, tmp_path)
        assert action(second, "link_hints").isChecked()
        assert second.tabs.current_view().canvas_scene.mirror.link_hints_shown
        close_window(second)


def test_compact_cards_follows_the_canvas_on_screen_and_is_one_undo_step(window, store, canvas):
    add_cards(store, canvas.id, "value-proposition", "Offer", "Second offer")
    compact = action(window, "compact_cards")
    assert compact in window.menus.canvas.actions() and not compact.isChecked()
    compact.trigger()
    assert store.workspace.canvas(canvas.id).density == "compact"
    assert compact.isChecked()
    window.undo_stack.undo()
    assert store.workspace.canvas(canvas.id).density == "normal"
    assert not compact.isChecked()


def test_forty_compact_cards_in_one_block_fit_a_1920_by_1080_screen_readably(
    qtbot, store, tmp_path, monkeypatch
):
    from ecanvas.ui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "fit_on_screen", lambda self: None)  # offscreen is smaller
    canvas = store.add_canvas("business-model-canvas")
    block = canvas.block_by_key("value-propositions")
    store.add_cards(canvas.id, [{"block_id": block.id, "text": f"Idea {n}"} for n in range(40)])
    store.set_canvas_density(canvas.id, "compact")
    win = make_window(qtbot, store, tmp_path)
    try:
        win.resize(1920, 1080)
        win.tabs.select_canvas(canvas.id)
        view = win.tabs.current_view()
        qtbot.waitUntil(lambda: view.viewport().width() > 1000)
        view.fit_to_window()
        visible = view.mapToScene(view.viewport().rect()).boundingRect()
        bounds = view.canvas_scene.layout.bounds
        assert visible.contains(bounds.x, bounds.y)
        assert visible.contains(bounds.right, bounds.bottom)
        item = next(i for i in view.canvas_scene.card_items.values() if i.block_id == block.id)
        pixel_size = item.text_lines().font.pixelSize()
        assert pixel_size * view.zoom_factor() >= 9  # card text at least 9 px high on screen
    finally:
        close_window(win)


def test_a_recent_file_with_an_ampersand_shows_it(window, tmp_path):
    path = tmp_path / "R&D plan.ecanvas"
    path.write_bytes(b"")
    window.settings.add_recent_file(path)
    window.menus.recent.aboutToShow.emit()
    texts = [a.text() for a in window.menus.recent.actions()]
    assert "&1  R&&D plan.ecanvas" in texts


def test_a_termination_signal_closes_from_the_event_loop_not_inside_interrupted_work(qtbot, window):
    """SIGTERM may arrive in the middle of an import or a transaction: the handler only asks,
    the window closes (and remembers its canvases' views) once the event loop runs."""
    import signal

    from PySide6.QtWidgets import QApplication

    from ecanvas.ui.app import SignalQuit

    signals = SignalQuit(QApplication.instance())
    try:
        signal.getsignal(signal.SIGTERM)(signal.SIGTERM, None)
        assert window.isVisible()  # nothing closed inside the handler
        assert signals.requested and not signals.closed
        qtbot.waitUntil(lambda: not window.isVisible())
        assert signals.closed
        # A second signal ends the program at once, whatever it is doing.
        assert signal.getsignal(signal.SIGTERM) == signal.getsignal(signal.SIGINT) == signal.SIG_DFL
    finally:
        signals.uninstall()


def test_a_real_signal_wakes_the_event_loop_at_once(qtbot, window):
    """The signal itself wakes Qt's event loop (through the wake-up pipe): no timer needs to
    run Python now and then for the handler to be called."""
    import os
    import select
    import signal

    from PySide6.QtWidgets import QApplication

    from ecanvas.ui.app import SignalQuit

    signals = SignalQuit(QApplication.instance())
    try:
        os.kill(os.getpid(), signal.SIGTERM)
        readable, _, _ = select.select([signals.wake_fd], [], [], 10)
        assert readable == [signals.wake_fd]  # what Qt's event loop watches
        qtbot.waitUntil(lambda: signals.closed and not window.isVisible())
    finally:
        signals.uninstall()
