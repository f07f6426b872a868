"""Guidance: the questions of the block the user is working in, in the current language.

With no block selected it describes the canvas's template instead, so the panel always answers
"what should I write here?".
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from ecanvas.model import Block, Canvas
from ecanvas.model.catalog import find_builtin_template
from ecanvas.store import Change, ChangeKind, WorkspaceStore
from ecanvas.ui.i18n import RetranslatesOnLanguageChange
from ecanvas.ui.literal import markup_safe as escape
from ecanvas.ui.store_binding import StoreBinding

RELEVANT = {ChangeKind.BLOCKS_CHANGED, ChangeKind.BLOCKS_REMOVED, ChangeKind.CANVAS_CHANGED,
            ChangeKind.CANVAS_REMOVED}  # fmt: skip


class GuidancePanel(RetranslatesOnLanguageChange, QWidget):
    """Right panel, bottom: the current block's guidance questions or the template's description."""

    def __init__(self, store: WorkspaceStore | None, language: str = "en",
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.store: WorkspaceStore | None = None
        self._listening = StoreBinding(self, self._on_change)
        self.language = language
        self.canvas_id: int | None = None
        self.block_id: int | None = None
        self.title = QLabel()
        self.title.setProperty("role", "panelTitle")
        self.heading = QLabel()
        self.heading.setObjectName("guidanceHeading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.body = QLabel()
        self.body.setObjectName("guidanceBody")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._lay_out()
        self.retranslate()
        self.set_store(store)

    def _lay_out(self) -> None:
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 4, 0)
        inner.setSpacing(6)
        inner.addWidget(self.heading)
        inner.addWidget(self.body)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)

    # ----------------------------------------------------------------- inputs
    def set_store(self, store: WorkspaceStore | None) -> None:
        self.store = store
        self._listening.follow(store)
        self.canvas_id = self.block_id = None
        self.refresh()

    def show_block(self, canvas_id: int | None, block_id: int | None) -> None:
        """Follow the current canvas and block (block None or -1: describe the canvas)."""
        self.canvas_id = canvas_id
        self.block_id = block_id if block_id is not None and block_id >= 0 else None
        self.refresh()

    def set_language(self, language: str) -> None:
        self.language = language
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if change.kind in RELEVANT and change.canvas_id in (None, self.canvas_id):
            self.refresh()

    # ----------------------------------------------------------------- content
    def refresh(self) -> None:
        canvas = self._canvas()
        block = _find_block(canvas, self.block_id)
        if block is not None:
            self.heading.setText(_bold(block.title(self.language)))
            self.body.setText(_questions(block.guidance(self.language)))
        elif canvas is not None:
            template = find_builtin_template(canvas.template_key)
            self.heading.setText(_bold(template.title(self.language) if template else canvas.title))
            description = template.description(self.language) if template else ""
            hint = self.tr("Select a block to see its guiding questions.")
            self.body.setText(f"<p>{escape(description)}</p><p><i>{escape(hint)}</i></p>")
        else:
            self.heading.setText("")
            self.body.setText(escape(self.tr("Add a canvas to get started.")))

    def _canvas(self) -> Canvas | None:
        if self.store is None or self.canvas_id is None:
            return None
        try:
            return self.store.workspace.canvas(self.canvas_id)
        except KeyError:
            return None

    def retranslate(self) -> None:
        self.title.setText(self.tr("Guidance"))
        self.refresh()


def _find_block(canvas: Canvas | None, block_id: int | None) -> Block | None:
    if canvas is None or block_id is None:
        return None
    try:
        return canvas.block(block_id)
    except KeyError:
        return None


def _bold(text: str) -> str:
    return f"<b>{escape(text)}</b>"


def _questions(questions: list[str]) -> str:
    """A bulleted list with a hanging indent (a table keeps wrapped lines aligned)."""
    rows = "".join(
        f"<tr><td style='padding:2px 8px 6px 0'>•</td><td style='padding:0 0 6px 0'>"
        f"{escape(q)}</td></tr>"
        for q in questions
    )
    return f"<table cellspacing='0' cellpadding='0'>{rows}</table>"
