"""Windows that fit the screen and widgets that fit their text: every button of the report
dialog and the snapshot viewer in sight on a small screen, while a report is built too; Esc
closes the snapshot viewer; no sideways scrolling in the template gallery; a menu button's
arrow beside its text, not over it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QStyle
from window_helpers import add_cards, close_window, make_window

from ecanvas.ui.dialogs.template_gallery import TemplateGalleryDialog
from ecanvas.ui.panels.checks import ChecksPanel
from ecanvas.ui.report_dialog import ReportDialog
from ecanvas.ui.screen_fit import FRAME


def room(widget):
    return widget.screen().availableGeometry().size() - FRAME


def test_the_report_dialog_fits_the_screen_and_keeps_its_size_while_it_works(
    qtbot, store, tmp_path
):
    for number in range(12):  # more canvases than the list shows at once
        store.add_canvas("swot", title=f"SWOT {number}")
    dialog = ReportDialog(store.workspace, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() <= room(dialog).height()
    before = dialog.size()
    dialog.progress_bar.setVisible(True)  # as when the export starts
    dialog.error_label.setText("The disk is full. " * 8)  # a long error, wrapped
    QTest.qWait(50)
    assert dialog.size() == before
    assert dialog.buttons.geometry().bottom() <= dialog.rect().bottom()
    assert dialog.section_list.height() >= 3 * dialog.section_list.sizeHintForRow(0)


def test_the_snapshot_viewer_fits_the_screen_and_closes_with_esc(qtbot, store, tmp_path):
    canvas = store.workspace.canvases[0]
    add_cards(store, canvas.id, "value-proposition", "Fresh tea")
    snapshot = store.take_snapshots([canvas.id], "Frozen")[0]
    window = make_window(qtbot, store, tmp_path)
    try:
        viewer = window.versions.open_snapshot(snapshot.id)
        qtbot.waitExposed(viewer)
        limit = room(viewer)
        assert viewer.width() <= limit.width() and viewer.height() <= limit.height()
        assert ": 1 card. Read-only." in viewer.heading.text()  # not "1 cards"
        viewer.activateWindow()
        viewer.view.setFocus()
        scene = viewer.view.canvas_scene
        scene.select_cards(list(scene.card_items))
        QTest.keyClick(viewer.view.viewport(), Qt.Key.Key_Escape)
        assert viewer.isVisible() and scene.selected_card_ids() == []  # first Esc: unselect
        with qtbot.waitSignal(viewer.finished, timeout=2000):
            QTest.keyClick(viewer.view.viewport(), Qt.Key.Key_Escape)  # then: close
    finally:
        close_window(window)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_template_gallery_never_scrolls_sideways(qtbot, language):
    dialog = TemplateGalleryDialog(language)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(dialog.minimumSizeHint())  # as narrow as it goes
    QTest.qWait(20)
    bar = dialog.list.horizontalScrollBar()
    assert not bar.isVisible() and bar.maximum() == 0
    header = dialog.list.visualItemRect(dialog.yours_header)
    assert header.right() <= dialog.list.viewport().width()


def test_the_rules_button_keeps_room_for_its_arrow(qtbot, undo_stack):
    panel = ChecksPanel(None, undo_stack)
    qtbot.addWidget(panel)
    button = panel.rules_button
    arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator)
    text = button.fontMetrics().horizontalAdvance(button.text())
    assert button.menu() is panel.rules_menu
    assert button.sizeHint().width() >= text + arrow + 8
