"""The Strategy checks dock: findings by canvas, counts in the status bar, click to go there,
updates after every edit, rules turned off per workspace, both languages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu
from window_helpers import action, close_window, make_window, reopened

from ecanvas.model.checks import Severity
from ecanvas.store import create_workspace
from ecanvas.ui.commands import SetCardFieldsCommand, run_command
from ecanvas.ui.panels.checks import FINDING_ROLE


@pytest.fixture
def plan(tmp_path):
    """A design canvas (a price not linked to its offer, an empty block, an action without a
    due date) and a SWOT whose every card is taken up by the design canvas."""
    store = create_workspace(tmp_path / "plan.ecanvas", title="Plan")
    design = store.add_canvas("business-model-design", title="Design")
    offer = store.add_card(design.id, design.block_by_key("value-proposition").id, "Great tea")
    price = store.add_card(design.id, design.block_by_key("revenue-model").id, "Subscription")
    swot = store.add_canvas("swot", title="SWOT")
    for block in swot.blocks:
        store.add_card(swot.id, block.id, f"About {block.key}", tags=["tea"])
    store.add_card(design.id, design.block_by_key("partner-network").id, "Pack", tags=["tea"],
                   status="todo", owner="Li")  # fmt: skip
    yield store, {"design": design, "swot": swot, "offer": offer, "price": price}
    if not store.closed:
        store.close()


@pytest.fixture
def window(qtbot, plan, tmp_path):
    store, _ = plan
    win = make_window(qtbot, store, tmp_path)
    win.checks_dock.show_and_raise()  # the offscreen screen is too small to start with it open
    panel = win.checks_dock.panel
    qtbot.waitUntil(lambda: panel.checker is not None)
    yield win
    close_window(win)


def _rows(panel) -> list[tuple[str, list[str]]]:
    """(canvas group text, [finding texts]) as the tree shows them."""
    tree = panel.tree
    groups = []
    for index in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(index)
        groups.append((item.text(0), [item.child(i).text(0) for i in range(item.childCount())]))
    return groups


def _finding_item(panel, rule: str):
    tree = panel.tree
    for index in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(index)
        for child in (group.child(i) for i in range(group.childCount())):
            if child.data(0, FINDING_ROLE).rule == rule:
                return child
    raise AssertionError(f"no {rule} finding shown")


def _click(qtbot, panel, item) -> None:
    tree = panel.tree
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_findings_grouped_by_canvas_with_counts_and_icons(window):
    panel = window.checks_dock.panel
    assert window.checks_dock.isVisible() and action(window, "checks_panel").isChecked()
    assert _rows(panel) == [
        ("Design  (3)", [
            "“Subscription” in “Revenue model” links to no card in “Value proposition”.",
            "“Key processes” has no cards yet.",
            "Action “Pack” has no due date.",
        ]),
    ]  # fmt: skip
    assert panel.summary.text() == "3 warnings"
    group = panel.tree.topLevelItem(0)
    assert not group.icon(0).isNull() and not group.child(0).icon(0).isNull()
    assert "<b>Missing link</b> (missing-link)" in group.child(0).toolTip(0)
    assert "Drag from the handle" in group.child(0).toolTip(0)
    assert window.status.checks_button.text() == "3 findings"
    assert "warnings: 3" in window.status.checks_button.toolTip()


def test_clicking_a_card_finding_shows_and_selects_the_card(qtbot, window, plan):
    _, things = plan
    window.tabs.select_canvas(things["swot"].id)
    panel = window.checks_dock.panel
    _click(qtbot, panel, _finding_item(panel, "missing-link"))
    assert window.tabs.current_canvas_id() == things["design"].id
    scene = window.tabs.current_view().canvas_scene
    assert scene.selected_card_ids() == [things["price"].id]
    assert window.inspector.text_edit.toPlainText() == "Subscription"
    view = window.tabs.current_view()
    card = scene.card_items[things["price"].id]
    assert (
        view.viewport()
        .rect()
        .intersects(view.mapFromScene(card.sceneBoundingRect()).boundingRect())
    )


def test_clicking_a_block_finding_makes_the_block_current(qtbot, window, plan):
    _, things = plan
    window.tabs.select_canvas(things["swot"].id)
    panel = window.checks_dock.panel
    _click(qtbot, panel, _finding_item(panel, "empty-block"))
    assert window.tabs.current_canvas_id() == things["design"].id
    scene = window.tabs.current_view().canvas_scene
    processes = things["design"].block_by_key("key-processes")
    assert scene.current_block_id() == processes.id
    assert scene.selected_card_ids() == []
    assert "Key processes" in window.guidance.heading.text()


def test_clicking_a_canvas_group_switches_to_the_canvas(qtbot, window, plan):
    _, things = plan
    window.tabs.select_canvas(things["swot"].id)
    panel = window.checks_dock.panel
    _click(qtbot, panel, panel.tree.topLevelItem(0))
    assert window.tabs.current_canvas_id() == things["design"].id


def test_the_panel_updates_after_every_edit_and_undo(qtbot, window, plan):
    store, things = plan
    panel = window.checks_dock.panel
    scene = window.tabs.current_view().canvas_scene
    assert scene.card_items[things["price"].id].hint is not None
    scene._add_link(things["price"].id, things["offer"].id)
    qtbot.waitUntil(lambda: panel.summary.text() == "2 warnings")
    assert scene.card_items[things["price"].id].hint is None
    [card] = [c for c in things["design"].cards if c.text == "Pack"]
    run_command(window.undo_stack, SetCardFieldsCommand(store, {card.id: {"status": ""}}))
    qtbot.waitUntil(lambda: panel.summary.text() == "1 warning")
    assert window.status.checks_button.text() == "1 finding"
    window.undo_stack.undo()
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.summary.text() == "3 warnings")


def test_a_new_canvas_a_renamed_one_and_a_removed_one(qtbot, window, plan):
    store, things = plan
    panel = window.checks_dock.panel
    paths = store.add_canvas("strategic-paths", title="Paths")
    qtbot.waitUntil(lambda: len(_rows(panel)) == 2)
    assert _rows(panel)[1][0] == "Paths  (8)"
    store.rename_canvas(paths.id, "Which path")
    qtbot.waitUntil(lambda: _rows(panel)[1][0] == "Which path  (8)")
    store.move_canvas(paths.id, 0)
    qtbot.waitUntil(lambda: _rows(panel)[0][0] == "Which path  (8)")
    store.delete_canvas(things["design"].id)  # its "tea" card took up the SWOT's cards
    qtbot.waitUntil(lambda: [g for g, _ in _rows(panel)] == ["Which path  (8)", "SWOT  (2)"])


def test_turning_a_rule_off_is_stored_in_the_file_and_undoable(qtbot, window, plan, tmp_path):
    _, things = plan
    panel = window.checks_dock.panel
    rule_action = panel.rule_actions["missing-link"]
    assert rule_action.isChecked() and rule_action.text() == "Missing link"
    rule_action.trigger()
    assert not rule_action.isChecked()
    qtbot.waitUntil(lambda: panel.summary.text() == "2 warnings")
    assert reopened(tmp_path / "plan.ecanvas").settings == {"checks.disabled": ["missing-link"]}
    scene = window.tabs.current_view().canvas_scene
    assert scene.card_items[things["price"].id].hint is None  # the badge follows the rule
    assert window.undo_stack.undoText() == "Turn off check “Missing link”"
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.summary.text() == "3 warnings")
    assert rule_action.isChecked()
    assert scene.card_items[things["price"].id].hint is not None
    assert reopened(tmp_path / "plan.ecanvas").settings == {}


def test_the_context_menu_turns_off_a_finding_s_rule(qtbot, window):
    panel = window.checks_dock.panel
    item = _finding_item(panel, "empty-block")
    chosen = []

    def pick_from_menu() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        texts = [a.text() for a in menu.actions()]
        assert texts == ["Show on the Canvas", "Turn Off “Empty block” for This Workspace"]
        chosen.append(menu.actions()[1])
        menu.actions()[1].trigger()
        menu.close()

    QTimer.singleShot(50, pick_from_menu)
    panel._show_context_menu(panel.tree.visualItemRect(item).center())
    assert chosen
    qtbot.waitUntil(lambda: panel.summary.text() == "2 warnings")
    assert not panel.rule_actions["empty-block"].isChecked()


def test_all_clear(qtbot, window):
    panel = window.checks_dock.panel
    for rule in ("missing-link", "action-no-due", "empty-block"):
        panel.set_rule_enabled(rule, False)
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 0)
    assert panel.summary.text() == "No findings: every check passed."
    assert window.status.checks_button.text() == "No findings"
    assert panel.counts == dict.fromkeys(Severity, 0)


def test_the_dock_starts_closed_on_a_screen_too_small_for_it(qtbot, window):
    dock = window.checks_dock
    dock.hide_unless_it_fits(window, 10_000)
    assert dock.isVisible()
    dock.hide_unless_it_fits(window, 600)
    assert not dock.isVisible() and not action(window, "checks_panel").isChecked()
    assert window.status.checks_button.isVisible()


def test_the_dock_toggles_from_the_view_menu_and_the_status_bar(qtbot, window):
    dock = window.checks_dock
    action(window, "checks_panel").trigger()
    qtbot.waitUntil(lambda: not dock.isVisible())
    assert not action(window, "checks_panel").isChecked()
    qtbot.mouseClick(window.status.checks_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dock.isVisible)
    assert action(window, "checks_panel").isChecked()


def test_chinese(qtbot, window):
    panel = window.checks_dock.panel
    window.set_language("zh")
    try:
        assert window.checks_dock.windowTitle() == "战略检查"
        assert panel.summary.text() == "3 个警告"
        assert (
            _rows(panel)[0][1][0] == "“盈利模式”中的“Subscription”没有连到“价值主张”中的任何卡片。"
        )
        assert panel.rule_actions["missing-link"].text() == "缺少连线"
        assert window.status.checks_button.text() == "3 项发现"
        assert action(window, "checks_panel").text() == "战略检查(&C)"
    finally:
        window.set_language("en")


def test_a_finding_whose_card_or_canvas_is_gone(qtbot, window, plan):
    store, things = plan
    panel = window.checks_dock.panel
    finding = _finding_item(panel, "missing-link").data(0, FINDING_ROLE)
    store.delete_cards([things["price"].id])  # the panel has not caught up yet
    assert window.checks_dock.go_to(finding) is True  # its block, then
    scene = window.tabs.current_view().canvas_scene
    assert scene.current_block_id() == things["design"].block_by_key("revenue-model").id
    window.tabs.select_canvas(things["swot"].id)
    store.delete_canvas(things["design"].id)
    assert window.checks_dock.go_to(finding) is False
    assert window.tabs.current_canvas_id() == things["swot"].id
    qtbot.waitUntil(lambda: [g for g, _ in _rows(panel)] == ["SWOT  (2)"])


def test_read_only_workspace_cannot_turn_rules_off(qtbot, tmp_path, plan):
    store, _ = plan
    store.close()
    from ecanvas.store import open_workspace

    reader = open_workspace(tmp_path / "plan.ecanvas", read_only=True)
    win = make_window(qtbot, reader, tmp_path)
    try:
        panel = win.checks_dock.panel
        qtbot.waitUntil(lambda: panel.summary.text() == "3 warnings")
        assert not panel.rule_actions["empty-block"].isEnabled()
    finally:
        close_window(win)


def test_rules_menu_pops_up(qtbot, window):
    panel = window.checks_dock.panel
    assert panel.rules_button.menu() is panel.rules_menu
    assert [a.data() for a in panel.rules_menu.actions()][:2] == ["empty-block", "missing-link"]


def test_a_new_day_shows_what_became_overdue(qtbot, window, plan):
    from datetime import date, timedelta

    store, things = plan
    panel = window.checks_dock.panel
    [card] = [c for c in things["design"].cards if c.text == "Pack"]
    store.update_card(card.id, due=date.today())
    qtbot.waitUntil(lambda: panel.summary.text() == "2 warnings")
    panel.check_the_day()  # the same day: nothing to do
    assert not panel._flush_pending
    panel.checker._fixed_today = date.today() + timedelta(days=1)
    panel.check_the_day()
    qtbot.waitUntil(lambda: panel.summary.text() == "1 error, 2 warnings")
    assert window.status.checks_button.text() == "3 findings"
