"""The Strategy checks panel: the checker's findings grouped by canvas, most severe first.

It keeps one `Checker` for the open workspace and re-checks only the canvases a change event
names, once per pass of the event loop (a command's several events become one update). A click
on a finding asks the window to go there; rules can be turned off for the workspace, which is
stored in the file as the "checks.disabled" setting, undoably.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecanvas.model.checks import (
    DISABLED_SETTING,
    RULES,
    SEVERITY_ORDER,
    Checker,
    Finding,
    Severity,
    disabled_rules,
)
from ecanvas.store import Change, ChangeKind, WorkspaceStore
from ecanvas.ui.commands import SetSettingCommand
from ecanvas.ui.i18n import RetranslatesOnLanguageChange
from ecanvas.ui.runner import run_or_report
from ecanvas.ui.store_binding import StoreBinding
from ecanvas.ui.theme import icon

FLUSH_MS = 25  # after an edit, the canvas shows it before the checks run again

FINDING_ROLE = Qt.ItemDataRole.UserRole
CANVAS_ROLE = Qt.ItemDataRole.UserRole + 1
WHOLE_WORKSPACE = {ChangeKind.CANVASES_REORDERED}
MIN_TREE_HEIGHT = 44
DAY_CHECK_MS = 10 * 60 * 1000  # an app left open overnight still learns what became overdue


def severity_icon(severity: Severity | None) -> QIcon:
    """The coloured icon of a severity; None: the all-clear tick."""
    return icon(f"severity-{severity}" if severity is not None else "severity-ok")


class ChecksPanel(RetranslatesOnLanguageChange, QWidget):
    """Findings of the open workspace, kept up to date after every edit."""

    findingActivated = Signal(object)  # noqa: N815 - a Finding
    canvasActivated = Signal(int)  # noqa: N815
    countsChanged = Signal(object)  # noqa: N815 - {Severity: count}, None while not checked
    errorOccurred = Signal(str)  # noqa: N815

    def __init__(self, store: WorkspaceStore | None, undo_stack: QUndoStack,
                 language: str = "en", parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("checksPanel")
        self.store: WorkspaceStore | None = None
        self._listening = StoreBinding(self, self._on_change)
        self.undo_stack = undo_stack
        self.language = language
        self.checker: Checker | None = None
        self.counts: dict[Severity, int] = dict.fromkeys(SEVERITY_ORDER, 0)
        self._dirty: set[int] = set()
        self._flush_pending = False
        self._canvas_items: dict[int, QTreeWidgetItem] = {}
        self._make_widgets()
        self.retranslate()
        self.day_timer = QTimer(self)
        self.day_timer.setInterval(DAY_CHECK_MS)
        self.day_timer.timeout.connect(self.check_the_day)
        self.day_timer.start()
        self.set_store(store)

    # ----------------------------------------------------------------- widgets
    def _make_widgets(self) -> None:
        self.summary = QLabel(objectName="checksSummary")
        self.summary.setWordWrap(True)
        # A push button with a menu keeps room for its arrow (a tool button draws the arrow
        # over the end of its text).
        self.rules_button = QPushButton(objectName="checksRules")
        self.rules_menu = QMenu(self.rules_button)
        self.rules_menu.setObjectName("checksRulesMenu")
        self.rules_menu.setToolTipsVisible(True)
        self.rule_actions: dict[str, QAction] = {}
        for rule in RULES:
            action = self.rules_menu.addAction(rule.id)  # no icon: Fusion then shows a tick box
            action.setObjectName(f"checkRule_{rule.id}")
            action.setCheckable(True)
            action.setData(rule.id)
            action.toggled.connect(lambda on, r=rule.id: self.set_rule_enabled(r, on))
            self.rule_actions[rule.id] = action
        self.rules_button.setMenu(self.rules_menu)
        self.tree = QTreeWidget(objectName="checksTree")
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setRootIsDecorated(True)
        self.tree.setMinimumHeight(MIN_TREE_HEIGHT)  # a low dock still fits a small screen
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.itemClicked.connect(self._on_item_activated)
        self.tree.itemActivated.connect(self._on_item_activated)
        self.tree.customContextMenuRequested.connect(self._show_context_menu)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.summary, 1)
        top.addWidget(self.rules_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)

    # ----------------------------------------------------------------- store
    def set_store(self, store: WorkspaceStore | None) -> None:
        """Follow another workspace; its first check runs once the event loop is free, so
        opening a file never waits for it."""
        self.store = store
        self.checker = None
        self._dirty.clear()
        self._rebuild()
        self._listening.follow(store)
        if store is not None:
            self._schedule(everything=True)

    def set_language(self, language: str) -> None:
        """Findings are worded by the model in both languages; show them in `language`."""
        self.language = language
        self.retranslate()

    def _on_change(self, change: Change) -> None:
        if change.kind == ChangeKind.SETTINGS:
            if change.key == DISABLED_SETTING:
                self._schedule(everything=True)
            return
        if change.kind in WHOLE_WORKSPACE or change.canvas_id is None:
            self._schedule(everything=True)
        else:
            self._dirty.add(change.canvas_id)
            self._schedule()

    def check_the_day(self) -> None:
        """Check everything again when the date has changed since the last check."""
        if self.checker is not None and self.checker.out_of_date:
            self._schedule(everything=True)

    def _schedule(self, everything: bool = False) -> None:
        if everything:
            self._dirty.add(-1)  # -1: lay out every canvas again (order, titles, rules)
        if not self._flush_pending:
            self._flush_pending = True
            # Not a zero timer: that is a posted event, handled before the canvas repaints; the
            # edit's picture comes first, the checks follow.
            QTimer.singleShot(FLUSH_MS, self.flush)

    def flush(self) -> None:
        """Re-check the canvases changed since the last update and show the result."""
        self._flush_pending = False
        if self.store is None or not self._dirty:
            return
        dirty, self._dirty = self._dirty, set()
        if self.checker is None:
            self.checker = Checker(self.store.workspace)
            self._rebuild()
            return
        changed = self.checker.refresh(dirty - {-1})
        if -1 in dirty:
            self._rebuild()
        else:
            self._update_canvases(changed | (dirty & set(self._canvas_items)))

    # ----------------------------------------------------------------- tree
    def findings(self, canvas_id: int | None = None) -> list[Finding]:
        """What the panel shows: every finding of the rules not turned off, or one canvas's."""
        if self.checker is None:
            return []
        off = disabled_rules(self.store.workspace)
        if canvas_id is not None:
            return self.checker.findings_for(canvas_id, off)
        return self.checker.findings(off)

    def _rebuild(self) -> None:
        self.tree.clear()
        self._canvas_items.clear()
        if self.store is not None:
            self._update_canvases({c.id for c in self.store.workspace.canvases})
        self._sync_rule_actions()

    def _update_canvases(self, canvas_ids: set[int]) -> None:
        for canvas_id in canvas_ids:
            self._fill_canvas(canvas_id)
        self._order_canvases()
        self._show_counts()

    def _fill_canvas(self, canvas_id: int) -> None:
        found = sorted(self.findings(canvas_id), key=lambda f: f.severity.rank)
        item = self._canvas_items.get(canvas_id)
        if not found:
            if item is not None:
                self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(item))
                del self._canvas_items[canvas_id]
            return
        if item is None:
            item = QTreeWidgetItem()
            item.setData(0, CANVAS_ROLE, canvas_id)
            self._canvas_items[canvas_id] = item
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
        item.takeChildren()
        for finding in found:
            child = QTreeWidgetItem(item)
            child.setData(0, FINDING_ROLE, finding)
            self._word_finding(child, finding)
        self._word_canvas(item, canvas_id, found)

    def _order_canvases(self) -> None:
        """Canvas groups in the workspace's order, whatever order they were added in."""
        if self.store is None:
            return
        order = [c.id for c in self.store.workspace.canvases if c.id in self._canvas_items]
        current = [self.tree.topLevelItem(i).data(0, CANVAS_ROLE)
                   for i in range(self.tree.topLevelItemCount())]  # fmt: skip
        if current == order:
            return
        for canvas_id in order:
            item = self._canvas_items[canvas_id]
            expanded = item.isExpanded()
            self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(item))
            self.tree.addTopLevelItem(item)
            item.setExpanded(expanded)

    def _word_finding(self, item: QTreeWidgetItem, finding: Finding) -> None:
        rule = finding.rule_info
        item.setIcon(0, severity_icon(finding.severity))
        item.setText(0, finding.message(self.language))
        item.setToolTip(0, f"<b>{_escape(rule.title(self.language))}</b> ({rule.id})"
                           f"<br>{_escape(rule.fix(self.language))}")  # fmt: skip

    def _word_canvas(self, item: QTreeWidgetItem, canvas_id: int, found: list[Finding]) -> None:
        try:
            title = self.store.workspace.canvas(canvas_id).title
        except KeyError:
            title = ""
        item.setIcon(0, severity_icon(found[0].severity))
        item.setText(0, f"{title}  ({len(found)})")
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)

    def _show_counts(self) -> None:
        found = self.findings()
        self.counts = {s: sum(1 for f in found if f.severity == s) for s in SEVERITY_ORDER}
        total = sum(self.counts.values())
        if self.checker is None:
            self.summary.clear()
        elif total == 0:
            self.summary.setText(self.tr("No findings: every check passed."))
        else:
            parts = [self._count_text(s, n) for s, n in self.counts.items() if n]
            self.summary.setText(self.tr(", ").join(parts))
        self.countsChanged.emit(dict(self.counts) if self.checker is not None else None)

    def _count_text(self, severity: Severity, count: int) -> str:
        texts = {
            Severity.ERROR: (self.tr("1 error"), self.tr("{count} errors")),
            Severity.WARNING: (self.tr("1 warning"), self.tr("{count} warnings")),
            Severity.INFO: (self.tr("1 info"), self.tr("{count} info")),
        }[severity]
        return (texts[0] if count == 1 else texts[1]).format(count=count)

    # ----------------------------------------------------------------- going there
    def _on_item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        finding = item.data(0, FINDING_ROLE)
        if isinstance(finding, Finding):
            self.findingActivated.emit(finding)
        elif item.data(0, CANVAS_ROLE) is not None:
            self.canvasActivated.emit(item.data(0, CANVAS_ROLE))

    def _show_context_menu(self, pos: QPoint) -> None:
        item = self.tree.itemAt(pos)
        finding = item.data(0, FINDING_ROLE) if item is not None else None
        if not isinstance(finding, Finding):
            return
        menu = QMenu(self)
        menu.setObjectName("checksContextMenu")
        go = menu.addAction(self.tr("Show on the Canvas"))
        go.triggered.connect(lambda: self.findingActivated.emit(finding))
        title = finding.rule_info.title(self.language)
        off = menu.addAction(self.tr("Turn Off “{rule}” for This Workspace").format(rule=title))
        off.setEnabled(self.store is not None and not self.store.read_only)
        off.triggered.connect(lambda: self.set_rule_enabled(finding.rule, False))
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    # ----------------------------------------------------------------- rules on and off
    def set_rule_enabled(self, rule_id: str, enabled: bool) -> bool:
        """Turn one rule on or off for this workspace (stored in the file, one undo step)."""
        if self.store is None:
            return False
        off = set(disabled_rules(self.store.workspace))
        if (rule_id not in off) == enabled:
            return True
        off = off - {rule_id} if enabled else off | {rule_id}
        value = sorted(off) or None
        title = next(r for r in RULES if r.id == rule_id).title(self.language)
        text = (self.tr("Turn on check “{rule}”") if enabled
                else self.tr("Turn off check “{rule}”")).format(rule=title)  # fmt: skip
        command = SetSettingCommand(self.store, DISABLED_SETTING, value, text)
        if not run_or_report(self.undo_stack, command, self.errorOccurred.emit):
            self._sync_rule_actions()
            return False
        self.flush()
        return True

    def _sync_rule_actions(self) -> None:
        off = disabled_rules(self.store.workspace) if self.store is not None else frozenset()
        read_only = self.store is None or self.store.read_only
        for rule_id, action in self.rule_actions.items():
            action.blockSignals(True)
            action.setChecked(rule_id not in off)
            action.setEnabled(not read_only)
            action.blockSignals(False)

    # ----------------------------------------------------------------- language
    def retranslate(self) -> None:
        self.rules_button.setText(self.tr("Rules"))
        self.rules_button.setToolTip(self.tr("Choose which checks run on this workspace"))
        for rule in RULES:
            self.rule_actions[rule.id].setText(rule.title(self.language))
            self.rule_actions[rule.id].setToolTip(rule.fix(self.language))
        for canvas_id, item in self._canvas_items.items():
            for index in range(item.childCount()):
                child = item.child(index)
                self._word_finding(child, child.data(0, FINDING_ROLE))
            found = [item.child(i).data(0, FINDING_ROLE) for i in range(item.childCount())]
            self._word_canvas(item, canvas_id, found)
        self._show_counts()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
