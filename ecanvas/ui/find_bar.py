"""Find (Ctrl+F): filter cards by text and tag across all canvases and step through the matches.

Matches on the canvas on screen are highlighted; Enter / Shift+Enter (F3 / Shift+F3) go to the
next / previous match, switching canvas when needed; Esc closes the bar and clears the highlight.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from ecanvas.model import Workspace
from ecanvas.store import Change, ChangeKind, WorkspaceStore
from ecanvas.ui.canvas_tabs import CanvasTabs
from ecanvas.ui.i18n import RetranslatesOnLanguageChange
from ecanvas.ui.store_binding import StoreBinding
from ecanvas.ui.theme import icon

CARD_EVENTS = {
    ChangeKind.CARDS_ADDED, ChangeKind.CARDS_CHANGED, ChangeKind.CARDS_REMOVED,
    ChangeKind.CANVAS_ADDED, ChangeKind.CANVAS_REMOVED, ChangeKind.CANVASES_REORDERED,
}  # fmt: skip
Match = tuple[int, int]  # (canvas id, card id)


def parse_query(query: str) -> tuple[list[str], list[str]]:
    """Split a query into plain words and '#tags' (both lower-cased)."""
    words, tags = [], []
    for token in query.lower().split():
        if token.startswith("#") and len(token) > 1:
            tags.append(token[1:])
        elif token != "#":
            words.append(token)
    return words, tags


def find_cards(workspace: Workspace, query: str, tag: str = "") -> list[Match]:
    """Cards whose text or note holds every word and which carry every tag, in reading order:
    canvas by canvas, block by block, top to bottom."""
    words, tags = parse_query(query)
    if tag:
        tags.append(tag.lower())
    if not words and not tags:
        return []
    matches = []
    for canvas in workspace.canvases:
        for block in canvas.blocks:
            for card in canvas.cards_in(block.id):
                haystack = f"{card.text}\n{card.note}".lower()
                card_tags = {t.lower() for t in card.tags}
                if all(w in haystack for w in words) and all(t in card_tags for t in tags):
                    matches.append((canvas.id, card.id))
    return matches


def workspace_tags(workspace: Workspace) -> list[str]:
    tags = {tag for canvas in workspace.canvases for card in canvas.cards for tag in card.tags}
    return sorted(tags, key=str.lower)


class FindBar(RetranslatesOnLanguageChange, QWidget):
    """A bar under the tabs; drives the highlight and the current match on the canvas tabs."""

    closed = Signal()

    def __init__(self, store: WorkspaceStore | None, tabs: CanvasTabs,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("findBar")
        self.store: WorkspaceStore | None = None
        self._listening = StoreBinding(self, self._on_change)
        self.tabs = tabs
        self.matches: list[Match] = []
        self.index = -1
        self.field = QLineEdit()
        self.field.setObjectName("findField")
        self.field.setClearButtonEnabled(True)
        self.tag_combo = QComboBox()
        self.tag_combo.setObjectName("findTag")
        self.tag_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.count_label = QLabel()
        self.count_label.setObjectName("findCount")
        self.previous_button = _tool_button("findPrevious", "up")
        self.next_button = _tool_button("findNext", "down")
        self.close_button = _tool_button("findClose", "close")
        self._lay_out()
        self.field.textChanged.connect(self.update_matches)
        self.tag_combo.activated.connect(self.update_matches)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(+1))
        self.close_button.clicked.connect(self.close_bar)
        self.field.installEventFilter(self)
        tabs.currentCanvasChanged.connect(lambda _id: self._apply_highlight())
        tabs.viewCreated.connect(lambda _view: self._apply_highlight())
        self.retranslate()
        self.set_store(store)
        self.hide()

    def _lay_out(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(6)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.tag_combo)
        layout.addWidget(self.count_label)
        for button in (self.previous_button, self.next_button, self.close_button):
            layout.addWidget(button)

    def set_store(self, store: WorkspaceStore | None) -> None:
        self.store = store
        self._listening.follow(store)
        self.matches, self.index = [], -1
        self._fill_tags()
        self.update_matches()

    # ----------------------------------------------------------------- open / close
    def open_bar(self) -> None:
        self.show()
        self._fill_tags()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        self.update_matches()

    def close_bar(self) -> None:
        self.hide()
        for view in self.tabs.existing_views():
            view.canvas_scene.set_highlight(None)
        view = self.tabs.current_view()
        if view is not None:
            view.setFocus()
        self.closed.emit()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            return self._handle_key(event)
        return super().eventFilter(watched, event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            self.step(-1 if shift else +1)
            return True
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return True
        return False

    # ----------------------------------------------------------------- matching
    def current_tag(self) -> str:
        return self.tag_combo.currentData() or ""

    def _fill_tags(self) -> None:
        current = self.current_tag()
        self.tag_combo.clear()
        self.tag_combo.addItem(self.tr("All tags"), "")
        for tag in workspace_tags(self.store.workspace) if self.store else []:
            self.tag_combo.addItem(f"#{tag}", tag)
        self.tag_combo.setCurrentIndex(max(0, self.tag_combo.findData(current)))

    def _on_change(self, change: Change) -> None:
        if change.kind in CARD_EVENTS and self.isVisible():
            self.update_matches()

    def update_matches(self) -> None:
        """Recompute the matches, keeping the current one when it still matches."""
        current = self.matches[self.index] if 0 <= self.index < len(self.matches) else None
        workspace = self.store.workspace if self.store else Workspace()
        self.matches = find_cards(workspace, self.field.text(), self.current_tag())
        self.index = self.matches.index(current) if current in self.matches else -1
        self._apply_highlight()
        self._show_count()

    def is_filtering(self) -> bool:
        return bool(self.field.text().strip() or self.current_tag())

    def _apply_highlight(self) -> None:
        if not self.isVisible():
            return
        view = self.tabs.current_view()
        if view is None:
            return
        if self.is_filtering():
            here = {card for canvas, card in self.matches if canvas == view.canvas_id}
            view.canvas_scene.set_highlight(here)
        else:
            view.canvas_scene.set_highlight(None)

    def step(self, delta: int) -> None:
        """Go to the next (+1) or previous (-1) match, on whichever canvas it is."""
        if not self.matches:
            return
        if self.index < 0:
            self.index = 0 if delta > 0 else len(self.matches) - 1
        else:
            self.index = (self.index + delta) % len(self.matches)
        canvas_id, card_id = self.matches[self.index]
        self.tabs.select_canvas(canvas_id)
        view = self.tabs.current_view()
        view.canvas_scene.select_cards([card_id])
        view.ensure_card_visible(card_id)
        self._apply_highlight()
        self._show_count()

    def _show_count(self) -> None:
        total = len(self.matches)
        if not self.is_filtering():
            text = ""
        elif not total:
            text = self.tr("No matches")
        elif self.index < 0:
            text = self.tr("Matches: {count}").format(count=total)
        else:
            text = self.tr("{current} of {total}").format(current=self.index + 1, total=total)
        self.count_label.setText(text)
        self.previous_button.setEnabled(total > 0)
        self.next_button.setEnabled(total > 0)

    # ----------------------------------------------------------------- language
    def retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr("Find cards by text or #tag"))
        self.previous_button.setToolTip(self.tr("Previous match (Shift+Enter)"))
        self.next_button.setToolTip(self.tr("Next match (Enter)"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        if self.tag_combo.count():
            self.tag_combo.setItemText(0, self.tr("All tags"))
        self._show_count()


def _tool_button(name: str, icon_name: str) -> QToolButton:
    button = QToolButton()
    button.setObjectName(name)
    button.setIcon(icon(icon_name))
    button.setAutoRaise(True)
    return button
