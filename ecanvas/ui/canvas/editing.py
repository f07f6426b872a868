"""Inline editing: quick capture of new cards, in-place edits, naming a palette-dropped card,
and an arrow's label.

One editor at a time, and nothing is written while it is open: a new card (quick capture, or a
palette chip dropped on a block) is created once, when it is named, by one AddCardsCommand (one
commit, one undo step); Esc writes nothing. Quick capture then opens the next editor; a dropped
chip names one card. An in-place edit is one SetCardFieldsCommand, a label edit one
SetLinkLabelCommand. Other editors (a block's title) share the one-editor rule through
`open_other`, and their owner turns the outcome into commands.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF

from ecanvas.ui.canvas.host import EditorHost
from ecanvas.ui.commands import AddCardsCommand, SetCardFieldsCommand, SetLinkLabelCommand

if TYPE_CHECKING:
    from ecanvas.ui.canvas.text_editor import InPlaceTextEditor

# The editors (QGraphicsTextItem) are imported when one first opens, or right after the
# window's first paint (MainWindow.finish_after_paint): start-up stays short.


class CardEditing:
    """Opens, places and closes the inline editor, and turns its outcome into commands."""

    def __init__(self, scene: EditorHost) -> None:
        self.scene = scene
        self.editor: InPlaceTextEditor | None = None
        self.block_id: int | None = None
        self.card_id: int | None = None
        self.link_id: int | None = None
        self._index = 0  # where in its block's order a captured card goes
        self._colour: str | None = None  # a dropped chip's colour (else the capture colour)
        self._one_card = False  # a dropped chip names one card; quick capture goes on
        self._other: tuple[Callable[[str], None], Callable[[], None]] | None = None

    @property
    def active(self) -> bool:
        return self.editor is not None

    # ------------------------------------------------------------------ opening
    def start_capture(self, block_id: int, index: int | None = None, colour: str | None = None,
                      one_card: bool = False) -> None:  # fmt: skip
        """An empty editor at place `index` of the block's order (else after its last card),
        the cards from there on making room; Enter adds the card there (of `colour`, else the
        capture colour) and, unless `one_card`, opens the next editor after it."""
        self.finish()
        canvas = self.scene.canvas()
        if canvas is None:
            return
        count = len(canvas.cards_in(block_id))
        self._index = count if index is None else max(0, min(index, count))
        self.block_id = block_id
        self.scene.set_placeholder((block_id, self._index))
        rect = self.scene.placeholder_rect()
        if rect is None:
            self.block_id = None
            self.scene.set_placeholder(None)
            return
        self._colour, self._one_card = colour, one_card
        self._open(QPointF(rect.x, rect.y), colour or self.scene.capture_colour, "",
                   (rect.w, rect.h))  # fmt: skip

    def start_edit(self, card_id: int) -> None:
        """Edit an existing card's text where it is."""
        self.finish()
        item = self.scene.card_items.get(card_id)
        if item is None or item.face_down:  # a silent brainstorm's card stays unread
            return
        self.card_id = card_id
        item.setVisible(False)
        size = item.card_scene_rect().size()
        self._open(item.pos(), item.colour, item.text, (size.width(), size.height()))

    def start_label(self, link_id: int) -> None:
        """Edit an arrow's label on a small line editor at the arrow's midpoint."""
        self.finish()
        item = self.scene.link_items.get(link_id)
        if item is None:
            return
        self.link_id = link_id
        item.set_label_hidden(True)
        from ecanvas.ui.canvas.label_editor import LinkLabelEditor

        theme = self.scene.theme
        self._show(LinkLabelEditor(item.label_anchor(), item.label, theme.base, theme.accent))

    def open_other(self, editor: InPlaceTextEditor, on_finished: Callable[[str], None],
                   on_cancelled: Callable[[], None]) -> None:  # fmt: skip
        """Show another in-place editor; its outcome goes to the callbacks (not when abandoned)."""
        self.finish()
        self._other = (on_finished, on_cancelled)
        self._show(editor)

    def _open(self, corner: QPointF, colour: str, text: str, size: tuple[float, float]) -> None:
        from ecanvas.ui.canvas.inline_editor import InlineEditor

        self._show(InlineEditor(corner, colour, self.scene.theme.accent, text, size))

    def _show(self, editor: InPlaceTextEditor) -> None:
        self.editor = editor
        self.scene.addItem(editor)
        editor.finished.connect(self._on_finished)
        editor.cancelled.connect(self._on_cancelled)
        for view in self.scene.views():
            view.setFocus()
            view.ensureVisible(editor.sceneBoundingRect(), 40, 40)
        editor.setFocus()

    # ------------------------------------------------------------------ closing
    def finish(self) -> None:
        """Commit the open editor as if the user clicked elsewhere."""
        if self.editor is not None:
            self.editor.finish(wants_next=False)

    def cancel(self) -> None:
        if self.editor is not None:
            self.editor.cancel()

    def abandon(self) -> None:
        """Close without writing anything (the canvas went away under the editor)."""
        self._other = None
        self._close()

    def card_removed(self, card_id: int) -> None:
        if self.card_id == card_id:
            self.abandon()

    def link_removed(self, link_id: int) -> None:
        if self.link_id == link_id:
            self.abandon()

    def _close(self, relayout: bool = True) -> tuple[int | None, int | None]:
        editor, self.editor = self.editor, None
        context = (self.block_id, self.card_id)
        if self.block_id is not None:
            self.scene.set_placeholder(None, relayout)
        link_id = self.link_id
        self.block_id = self.card_id = self.link_id = self._other = None
        if editor is not None:
            # Hidden now, deleted by the event loop: the editor may be inside its own key handler.
            editor.finished.disconnect(self._on_finished)
            editor.cancelled.disconnect(self._on_cancelled)
            editor.hide()
            editor.deleteLater()
        item = self.scene.card_items.get(context[1]) if context[1] is not None else None
        if item is not None:
            item.setVisible(True)
            item.setSelected(True)  # hiding it for the editor cleared its selection
        link = self.scene.link_items.get(link_id) if link_id is not None else None
        if link is not None:
            link.set_label_hidden(False)
        return context

    def _on_cancelled(self) -> None:
        other = self._other
        self._close()
        if other is not None:
            other[1]()

    def _on_finished(self, text: str, wants_next: bool) -> None:
        text = text.strip()
        link_id, other = self.link_id, self._other
        colour, one_card = self._colour, self._one_card
        capturing = self.block_id is not None and other is None and bool(text)
        block_id, card_id = self._close(relayout=not capturing)
        if other is not None:
            other[0](text)
        elif link_id is not None:
            self._label_link(link_id, text)
        elif card_id is not None:
            self._edit_card(card_id, text)
        elif block_id is not None and text:
            # One layout for both: the card arriving takes the cell it was typed in, and the
            # cell for the next card (when there is one) is already after it.
            goes_on = wants_next and not one_card
            self.scene.set_placeholder((block_id, self._index + 1) if goes_on else None,
                                       relayout=False)  # fmt: skip
            command = self._capture_command(block_id, text, colour)
            if not self.scene.run(command):
                self.scene.set_placeholder(None)
                return
            if one_card:
                self.scene.select_cards(command.card_ids)  # as a dropped card always was
            elif wants_next:
                self.start_capture(block_id, self._index + 1)
            else:
                self.scene.set_placeholder(None)

    # ------------------------------------------------------------------ outcomes
    def _capture_command(self, block_id: int, text: str, colour: str | None) -> AddCardsCommand:
        draft = {"block_id": block_id, "text": text, "colour": colour or self.scene.capture_colour,
                 "index": self._index}  # fmt: skip
        if self.scene.capture_author is not None:
            draft["author_id"] = self.scene.capture_author
        return AddCardsCommand(self.scene.store, self.scene.canvas_id, [draft])

    def _edit_card(self, card_id: int, text: str) -> None:
        item = self.scene.card_items.get(card_id)
        if not text or item is None or text == item.text:
            return
        self.scene.run(SetCardFieldsCommand(self.scene.store, {card_id: {"text": text}}))

    def _label_link(self, link_id: int, label: str) -> None:
        item = self.scene.link_items.get(link_id)
        if item is not None and label != item.label:
            self.scene.run(SetLinkLabelCommand(self.scene.store, link_id, label))
