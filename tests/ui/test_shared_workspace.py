"""The app on a shared workspace: live changes, the server going away, conflicts, undo, dialogs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from window_helpers import action, close_window, make_window

from ecanvas.store.server.opening import create_server_workspace, open_server_workspace
from ecanvas.ui.commands import SetCardFieldsCommand


@pytest.fixture
def shared_url(pg_cluster):
    """A shared workspace with one SWOT canvas, opened by the role `ui_laptop`."""
    pg_cluster.psql(
        "DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ui_laptop') THEN "
        "CREATE ROLE ui_laptop LOGIN SUPERUSER; END IF; END$$",
        "ALTER ROLE ui_laptop LOGIN",
    )
    url = pg_cluster.workspace_url(user="ui_laptop")
    with create_server_workspace(url, title="Workshop") as store:
        store.add_canvas("swot", title="SWOT")
    return url


@pytest.fixture
def window(qtbot, shared_url, tmp_path):
    win = make_window(qtbot, open_server_workspace(shared_url), tmp_path)
    yield win
    close_window(win)


@pytest.fixture
def other(shared_url):
    """Another laptop on the same workspace (another role, so it stays connected)."""
    store = open_server_workspace(shared_url.replace("ui_laptop@", "postgres@", 1))
    yield store
    store.close()


def _scene(window):
    return window.tabs.current_view().canvas_scene


def _answer_next_box(button_name: str | None = None, standard=None) -> None:
    """Click a button of the next message box once it is on screen."""

    def click() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                if button_name is not None:
                    widget.findChild(QPushButton, button_name).click()
                else:
                    widget.button(standard).click()
                return
        QTimer.singleShot(20, click)

    QTimer.singleShot(20, click)


def test_another_laptops_card_appears_live(qtbot, window, other):
    canvas = other.workspace.canvases[0]
    assert "Shared · saved on the server" in window.status.saved_label.text()
    assert window.windowTitle().startswith("Workshop — ")
    card = other.add_card(canvas.id, canvas.blocks[0].id, "From the other laptop")
    qtbot.waitUntil(lambda: card.id in _scene(window).card_items, timeout=1000)
    other.update_card(card.id, text="Edited over there")
    qtbot.waitUntil(
        lambda: window.store.workspace.find_card(card.id).text == "Edited over there", timeout=1000
    )


def test_server_gone_shows_read_only_canvas_then_reconnects(qtbot, pg_cluster, window, other):
    canvas = other.workspace.canvases[0]
    other.add_card(canvas.id, canvas.blocks[0].id, "Seen before")
    qtbot.waitUntil(lambda: len(_scene(window).card_items) == 1, timeout=1000)
    pg_cluster.psql(
        "ALTER ROLE ui_laptop NOLOGIN",
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'ui_laptop'",
    )
    qtbot.waitUntil(lambda: window.connection_bar.isVisible(), timeout=3000)
    assert window.store.read_only
    assert not action(window, "new_card").isEnabled()
    assert "[server unreachable]" in window.windowTitle()
    assert "read-only" in window.status.saved_label.text()
    assert len(_scene(window).card_items) == 1  # the canvas stays on screen
    pg_cluster.psql("ALTER ROLE ui_laptop LOGIN")
    qtbot.waitUntil(lambda: not window.connection_bar.isVisible(), timeout=8000)
    assert action(window, "new_card").isEnabled()
    card = other.add_card(canvas.id, canvas.blocks[0].id, "After the comeback")
    qtbot.waitUntil(lambda: card.id in _scene(window).card_items, timeout=1000)


def test_a_text_conflict_keeps_mine_as_a_new_card(qtbot, window, other):
    canvas = other.workspace.canvases[0]
    card = other.add_card(canvas.id, canvas.blocks[0].id, "Original")
    qtbot.waitUntil(lambda: card.id in _scene(window).card_items, timeout=1000)
    other.update_card(card.id, text="Theirs")
    # This laptop edits before it has heard of the other edit.
    _answer_next_box("keepAsCard")
    command = SetCardFieldsCommand(window.store, {card.id: {"text": "Mine"}})
    assert not _scene(window).run(command)
    texts = sorted(c.text for c in window.store.workspace.canvases[0].cards)
    assert texts == ["Mine", "Theirs"]
    assert "kept as a new card" in window.status.currentMessage()
    other.poll(timeout=1)
    assert sorted(c.text for c in other.workspace.canvases[0].cards) == ["Mine", "Theirs"]


def test_a_text_conflict_can_keep_mine_in_the_note(qtbot, window, other):
    canvas = other.workspace.canvases[0]
    card = other.add_card(canvas.id, canvas.blocks[0].id, "Original")
    qtbot.waitUntil(lambda: card.id in _scene(window).card_items, timeout=1000)
    other.update_card(card.id, text="Theirs")
    _answer_next_box("keepInNote")
    _scene(window).run(SetCardFieldsCommand(window.store, {card.id: {"text": "Mine"}}))
    kept = window.store.workspace.find_card(card.id)
    assert (kept.text, kept.note) == ("Theirs", "Mine")


def test_undo_says_when_someone_else_changed_the_card_since(qtbot, window, other):
    canvas = other.workspace.canvases[0]
    card = other.add_card(canvas.id, canvas.blocks[0].id, "Original")
    qtbot.waitUntil(lambda: card.id in _scene(window).card_items, timeout=1000)
    assert _scene(window).run(SetCardFieldsCommand(window.store, {card.id: {"text": "Mine"}}))
    other.poll(timeout=1)
    other.update_card(card.id, text="Theirs, later")
    qtbot.waitUntil(lambda: window.store.workspace.find_card(card.id).text == "Theirs, later",
                    timeout=1000)  # fmt: skip
    _answer_next_box(standard=QMessageBox.StandardButton.Cancel)
    action(window, "undo").trigger()
    assert window.store.workspace.find_card(card.id).text == "Theirs, later"
    assert window.undo_stack.canUndo()
    _answer_next_box("undoAnyway")
    action(window, "undo").trigger()
    assert window.store.workspace.find_card(card.id).text == "Original"
    assert not window.undo_stack.canUndo()


def test_an_undo_the_server_refuses_stays_on_the_stack(qtbot, pg_cluster, window):
    canvas = window.store.workspace.canvases[0]
    _scene(window).run(SetCardFieldsCommand(window.store, {}))  # nothing: not recorded
    from ecanvas.ui.commands import AddCardsCommand

    drafts = [{"block_id": canvas.blocks[0].id, "text": "Mine"}]
    assert _scene(window).run(AddCardsCommand(window.store, canvas.id, drafts))
    index = window.undo_stack.index()
    pg_cluster.psql(
        "ALTER ROLE ui_laptop NOLOGIN",
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'ui_laptop'",
    )
    action(window, "undo").trigger()  # meets the dead connection
    assert window.undo_stack.index() == index
    assert "not saved" in window.status.currentMessage()
    pg_cluster.psql("ALTER ROLE ui_laptop LOGIN")
    qtbot.waitUntil(lambda: window.store.connected, timeout=8000)
    action(window, "undo").trigger()
    assert window.store.workspace.canvases[0].cards == []


def test_the_open_dialog_builds_the_address_and_remembers_no_password(qtbot, window):
    from ecanvas.ui.dialogs.shared_workspace import OpenSharedWorkspaceDialog

    remembered = window.settings.recent_servers()
    assert len(remembered) == 1 and ":" not in remembered[0].split("@")[0][len("postgresql://") :]
    dialog = OpenSharedWorkspaceDialog(remembered, window)
    qtbot.addWidget(dialog)
    assert dialog.address().location == remembered[0]
    dialog.workspace_edit.setText("Bad Name")
    assert dialog.address() is None and "lower-case" in dialog.problem.text()
    dialog.workspace_edit.setText("team_2")
    dialog.ssl_combo.setCurrentIndex(dialog.ssl_combo.findData("require"))
    assert dialog.address().location.endswith("?workspace=team_2&sslmode=require")
