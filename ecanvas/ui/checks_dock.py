"""The Strategy checks dock: the checks panel in a dock widget, and "go there" for a finding
(switch to its canvas tab, then select the card, or make the block current, and scroll to it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QDockWidget, QWidget

from ecanvas.model.checks import Finding
from ecanvas.store import WorkspaceStore
from ecanvas.ui.canvas_tabs import CanvasTabs
from ecanvas.ui.i18n import RetranslatesOnLanguageChange
from ecanvas.ui.panels.checks import ChecksPanel

DEFAULT_HEIGHT = 170
MIN_CANVAS_HEIGHT = 360  # canvas wanted beside the dock before it opens on first start


class ChecksDock(RetranslatesOnLanguageChange, QDockWidget):
    """A dock (bottom by default) holding the `ChecksPanel`; the View menu's action toggles it."""

    def __init__(self, store: WorkspaceStore | None, undo_stack: QUndoStack, language: str,
                 tabs: CanvasTabs, toggle: QAction,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("checksDock")
        self.tabs = tabs
        self.panel = ChecksPanel(store, undo_stack, language)
        self.setWidget(self.panel)
        self.setAllowedAreas(
            Qt.DockWidgetArea.BottomDockWidgetArea
            | Qt.DockWidgetArea.RightDockWidgetArea
            | Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.panel.findingActivated.connect(self.go_to)
        self.panel.canvasActivated.connect(tabs.select_canvas)
        toggle.setChecked(True)
        toggle.toggled.connect(self.setVisible)
        self.visibilityChanged.connect(lambda _visible: toggle.setChecked(not self.isHidden()))
        self.retranslate()

    def hide_unless_it_fits(self, window: QWidget, available_height: int) -> None:
        """On first start, leave the dock closed when the window could not hold it on this
        screen beside a useful height of canvas (the status bar's count and View → Strategy
        Checks still open it). The window's own minimum is small (its panels scroll), so the
        canvas's room is counted too."""
        needed = window.minimumSizeHint().height() + MIN_CANVAS_HEIGHT
        if needed > available_height * 0.94:
            self.hide()

    def show_and_raise(self) -> None:
        self.show()
        self.raise_()
        self.panel.tree.setFocus()

    def go_to(self, finding: Finding) -> bool:
        """Show where a finding is; False when that canvas, card or block is gone."""
        self.tabs.select_canvas(finding.canvas_id)
        view = self.tabs.current_view()
        if view is None or view.canvas_id != finding.canvas_id:
            return False
        scene = view.canvas_scene
        if finding.card_id is not None and finding.card_id in scene.card_items:
            scene.select_cards([finding.card_id])
            view.ensure_card_visible(finding.card_id)
            return True
        if finding.block_id is not None and finding.block_id in scene.block_items:
            scene.show_block(finding.block_id)
            return True
        return finding.card_id is None and finding.block_id is None

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Strategy Checks"))
