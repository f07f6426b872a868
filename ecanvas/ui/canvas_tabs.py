"""One tab per canvas, in the workspace's order; a card dragged onto a tab moves to that canvas.

Views are built when their tab is first shown, so opening a workspace with many canvases only
pays for the one on screen. Tabs follow the store's canvas events (add, remove, rename, reorder).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTabBar, QTabWidget, QVBoxLayout, QWidget

from ecanvas.model import Canvas, Workspace
from ecanvas.store import CardMove, Change, ChangeKind, WorkspaceStore
from ecanvas.ui.commands import MoveCardsCommand
from ecanvas.ui.literal import mnemonic_safe
from ecanvas.ui.mime import CardsPayload, read_cards_mime
from ecanvas.ui.runner import run_or_report
from ecanvas.ui.store_binding import StoreBinding

SPRING_MS = 450  # a card held over a tab this long opens it
TAB_EVENTS = {ChangeKind.CANVAS_ADDED, ChangeKind.CANVAS_REMOVED, ChangeKind.CANVAS_CHANGED,
              ChangeKind.CANVASES_REORDERED}  # fmt: skip


def moves_to_canvas(workspace: Workspace, card_ids, target: Canvas) -> list[CardMove]:
    """Where dragged cards land on another canvas: the block with the same key, else the first
    block, after that block's last card, in the order they were dragged."""
    counts: dict[int, int] = {}
    moves = []
    for card_id in card_ids:
        card = workspace.find_card(card_id)
        key = workspace.canvas(card.canvas_id).block(card.block_id).key
        block = next((b for b in target.blocks if b.key == key), target.blocks[0])
        if block.id not in counts:
            counts[block.id] = len(target.cards_in(block.id))
        moves.append(CardMove(card.id, target.id, block.id, counts[block.id]))
        counts[block.id] += 1
    return moves


class CanvasTabBar(QTabBar):
    """Tabs that accept dragged cards: resting on a tab switches to it, dropping moves them.

    Tabs shrink (eliding their titles) and, when even that is too wide, the bar scrolls, so any
    number of canvases fits the window; the canvas list shows whole titles. A card held over a
    tab switches to it only after a moment, so a bar that scrolls the tab into view cannot slide
    another tab under the cursor and switch again.
    """

    cardsDropped = Signal(int, object)  # noqa: N815 - tab index, CardsPayload

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("canvasTabBar")
        self.setAcceptDrops(True)
        self.setElideMode(Qt.TextElideMode.ElideRight)
        self.setUsesScrollButtons(True)
        self.setExpanding(False)
        self.setDocumentMode(True)
        self._spring = QTimer(self)
        self._spring.setSingleShot(True)
        self._spring.setInterval(SPRING_MS)
        self._spring.timeout.connect(self._spring_open)
        self._spring_index = -1

    def _spring_open(self) -> None:
        if 0 <= self._spring_index < self.count():
            self.setCurrentIndex(self._spring_index)
        self._spring_index = -1

    def dragLeaveEvent(self, event) -> None:
        self._spring.stop()
        self._spring_index = -1
        super().dragLeaveEvent(event)

    def dragEnterEvent(self, event) -> None:
        if read_cards_mime(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        index = self.tabAt(event.position().toPoint())
        if index < 0 or read_cards_mime(event.mimeData()) is None:
            event.ignore()
            return
        if index == self.currentIndex():
            self._spring.stop()
        elif index != self._spring_index or not self._spring.isActive():
            self._spring_index = index
            self._spring.start()
        event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        payload = read_cards_mime(event.mimeData())
        index = self.tabAt(event.position().toPoint())
        if payload is None or index < 0:
            event.ignore()
            return
        self._spring.stop()
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.cardsDropped.emit(index, payload)


class CanvasPage(QWidget):
    """A tab's page: builds its CanvasView the first time it is needed."""

    def __init__(self, canvas_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas_id = canvas_id
        self.view = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def ensure_view(self, store: WorkspaceStore, undo_stack: QUndoStack, language: str,
                    actions=None):  # fmt: skip
        if self.view is None:
            from ecanvas.ui.canvas import CanvasView

            self.view = CanvasView(store, self.canvas_id, undo_stack, language=language,
                                   actions=actions)  # fmt: skip
            self.layout().addWidget(self.view)
        return self.view

    def discard(self) -> None:
        if self.view is not None:
            self.view.save_view_state()
            self.view.canvas_scene.detach()
            self.view.deleteLater()
            self.view = None


class CanvasTabs(QTabWidget):
    """The centre of the window: the canvases as tabs, each page a lazily built CanvasView."""

    currentCanvasChanged = Signal(int)  # noqa: N815 - canvas id, -1 when there is none
    viewCreated = Signal(object)  # noqa: N815 - the new CanvasView
    statusMessage = Signal(str)  # noqa: N815

    def __init__(self, store: WorkspaceStore | None, undo_stack: QUndoStack, language: str = "en",
                 parent: QWidget | None = None, actions=None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("canvasTabs")
        self.actions = actions  # the window's, shared by the canvases' context menus
        self.tab_bar = CanvasTabBar()
        self.setTabBar(self.tab_bar)
        self.setDocumentMode(True)
        self.store: WorkspaceStore | None = None
        self._listening = StoreBinding(self, self._on_change)
        self.undo_stack = undo_stack
        self.language = language
        self.tab_bar.cardsDropped.connect(self.move_cards_to_tab)
        self.currentChanged.connect(self._on_current_changed)
        self.set_store(store)

    # ----------------------------------------------------------------- store
    def set_store(self, store: WorkspaceStore | None) -> None:
        self._remove_all_pages()
        self.store = store
        if store is None:
            return
        self._listening.follow(store)
        self.blockSignals(True)
        for canvas in store.workspace.canvases:
            self._insert_page(canvas)
        self.blockSignals(False)
        self._on_current_changed(self.currentIndex())

    def _remove_all_pages(self) -> None:
        self.blockSignals(True)
        while self.count():
            page = self.widget(0)
            self.removeTab(0)
            page.discard()
            page.deleteLater()
        self.blockSignals(False)

    def _insert_page(self, canvas: Canvas) -> None:
        index = self.store.workspace.canvases.index(canvas)
        self.insertTab(index, CanvasPage(canvas.id), mnemonic_safe(canvas.title))
        self.setTabToolTip(index, canvas.title)

    def _on_change(self, change: Change) -> None:
        if change.kind not in TAB_EVENTS:
            return
        if change.kind == ChangeKind.CANVAS_ADDED:
            self._insert_page(self.store.workspace.canvas(change.canvas_id))
            self.setCurrentIndex(self.index_of(change.canvas_id))
        elif change.kind == ChangeKind.CANVAS_REMOVED:
            self._remove_page(change.canvas_id)
        elif change.kind == ChangeKind.CANVAS_CHANGED:
            index = self.index_of(change.canvas_id)
            title = self.store.workspace.canvas(change.canvas_id).title
            self.setTabText(index, mnemonic_safe(title))
            self.setTabToolTip(index, title)
        else:
            self._reorder()

    def _remove_page(self, canvas_id: int) -> None:
        index = self.index_of(canvas_id)
        if index < 0:
            return
        page = self.widget(index)
        self.removeTab(index)
        page.discard()
        page.deleteLater()

    def _reorder(self) -> None:
        current = self.current_canvas_id()
        self.blockSignals(True)
        for target, canvas in enumerate(self.store.workspace.canvases):
            self.tab_bar.moveTab(self.index_of(canvas.id), target)
        self.blockSignals(False)
        self.select_canvas(current)

    # ----------------------------------------------------------------- pages and views
    def index_of(self, canvas_id: int | None) -> int:
        for index in range(self.count()):
            if self.widget(index).canvas_id == canvas_id:
                return index
        return -1

    def current_canvas_id(self) -> int:
        page = self.currentWidget()
        return -1 if page is None else page.canvas_id

    def select_canvas(self, canvas_id: int) -> None:
        index = self.index_of(canvas_id)
        if index >= 0:
            self.setCurrentIndex(index)

    def current_view(self):
        """The CanvasView on screen (built now if needed); None without canvases, and None
        until the tabs are first shown (see `showEvent`)."""
        page = self.currentWidget()
        return None if page is None or not self.isVisible() else self._view_of(page)

    def existing_views(self) -> list:
        views = (self.widget(i).view for i in range(self.count()))
        return [view for view in views if view is not None]

    def _view_of(self, page: CanvasPage):
        created = page.view is None
        view = page.ensure_view(self.store, self.undo_stack, self.language, self.actions)
        if created:
            self.viewCreated.emit(view)
        return view

    def _on_current_changed(self, index: int) -> None:
        if index >= 0 and self.isVisible():
            self._view_of(self.widget(index))
        self.currentCanvasChanged.emit(self.current_canvas_id())

    def showEvent(self, event) -> None:
        """Build the first view only now: QTabWidget lays out its pages in its own showEvent,
        after its children were shown, so a view shown earlier would start at a wrong size."""
        super().showEvent(event)
        page = self.currentWidget()
        if page is not None and page.view is None:
            self._on_current_changed(self.currentIndex())
            page.view.setFocus()  # keys (Enter, N, arrows) work on the canvas from the start

    def set_language(self, language: str) -> None:
        self.language = language
        for view in self.existing_views():
            view.canvas_scene.set_language(language)

    # ----------------------------------------------------------------- drops
    def move_cards_to_tab(self, index: int, payload: CardsPayload) -> bool:
        """Move dragged cards to the canvas of tab `index` as one undoable step."""
        if self.store is None or not _same_workspace(payload.workspace, self.store):
            return False
        target = self.store.workspace.canvas(self.widget(index).canvas_id)
        card_ids = [i for i in payload.card_ids if _card_exists(self.store.workspace, i)]
        if target.id == payload.canvas_id or not card_ids:
            return False
        if not target.blocks:
            self.statusMessage.emit(
                self.tr("“{canvas}” has no blocks yet; add a block before moving cards there.")
                .format(canvas=target.title)
            )  # fmt: skip
            return False
        moves = moves_to_canvas(self.store.workspace, card_ids, target)
        command = MoveCardsCommand(self.store, moves)
        if not run_or_report(self.undo_stack, command, self.statusMessage.emit):
            return False
        self.select_canvas(target.id)
        view = self.current_view()
        view.canvas_scene.select_cards(card_ids)
        view.setFocus()  # the arrows, Enter and Delete act on the cards just moved
        if len(card_ids) == 1:
            message = self.tr("Moved 1 card to “{canvas}”.")
        else:
            message = self.tr("Moved {count} cards to “{canvas}”.")
        self.statusMessage.emit(message.format(count=len(card_ids), canvas=target.title))
        return True


def _same_workspace(named: str, store) -> bool:
    if store.path is None:
        return named == store.location
    try:
        return Path(named).resolve() == Path(store.path).resolve()
    except (OSError, ValueError):
        return False


def _card_exists(workspace: Workspace, card_id: int) -> bool:
    try:
        workspace.find_card(card_id)
    except KeyError:
        return False
    return True
