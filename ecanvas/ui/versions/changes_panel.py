"""The compare list: a canvas now against one of its snapshots (or another canvas of its
template), grouped into cards added, removed, moved and edited, and links added and removed.

A click on an entry asks to go to the card (a removed card to its ghost on the canvas). The list
compares again whenever the canvas changes, so it stays true while the user edits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecanvas.model import Canvas
from ecanvas.store import Change, ChangeKind, InterchangeError
from ecanvas.ui.canvas.changes_overlay import ADDED, EDITED, MOVED, REMOVED, field_label
from ecanvas.ui.errors import describe_error
from ecanvas.ui.i18n import RetranslatesOnLanguageChange
from ecanvas.ui.store_binding import StoreBinding

if TYPE_CHECKING:
    from ecanvas.model.diff import CanvasDiff

CARD_ROLE = Qt.ItemDataRole.UserRole
DETAIL_SHARE = 0.42  # of the list's width, for the block or the fields changed
GROUPS = ("added", "removed", "moved", "edited", "links_added", "links_removed")
COLOURS = {"added": ADDED, "removed": REMOVED.darker(140), "moved": MOVED, "edited": EDITED,
           "links_added": ADDED, "links_removed": REMOVED.darker(140)}  # fmt: skip


class ChangesPanel(RetranslatesOnLanguageChange, QWidget):
    """What changed on one canvas since a baseline; `compare(canvas_id, baseline)` starts it."""

    cardActivated = Signal(int, int)  # noqa: N815 (canvas id, card id; negative: a ghost)
    baselineChanged = Signal()  # noqa: N815
    showOnCanvasToggled = Signal(bool)  # noqa: N815
    closeRequested = Signal()  # noqa: N815

    def __init__(self, store, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changesPanel")
        self.store, self.language = store, language
        self.canvas_id: int | None = None
        self.before: Canvas | None = None
        self.diff: CanvasDiff | None = None
        self.group_items: dict[str, QTreeWidgetItem] = {}
        self.heading = QLabel()
        self.heading.setObjectName("changesHeading")
        self.heading.setWordWrap(True)
        self.against_label = QLabel()
        self.against = QComboBox()
        self.against.setObjectName("changesAgainst")
        self.on_canvas = QCheckBox()
        self.on_canvas.setObjectName("changesOnCanvas")
        self.on_canvas.setChecked(True)
        self.close_button = QPushButton()
        self.close_button.setObjectName("changesClose")
        self.summary = QLabel()
        self.summary.setObjectName("changesSummary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("changesTree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._refresh_later)
        self._baseline_moved = False
        self._lay_out()
        self.against.activated.connect(lambda _index: self._baseline_chosen())
        self.on_canvas.toggled.connect(self.showOnCanvasToggled)
        self.close_button.clicked.connect(self.closeRequested)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        self.retranslate()
        self._listening = StoreBinding(self, self._on_change)
        self._listening.follow(store)

    def _lay_out(self) -> None:
        choose = QHBoxLayout()
        choose.addWidget(self.against_label)
        choose.addWidget(self.against, 1)
        options = QHBoxLayout()
        options.addWidget(self.on_canvas, 1)
        options.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.heading)
        layout.addLayout(choose)
        layout.addLayout(options)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)

    def resizeEvent(self, event) -> None:
        """The card's text gets the larger share of a narrow dock; the detail the rest."""
        super().resizeEvent(event)
        self.tree.header().resizeSection(1, int(self.tree.viewport().width() * DETAIL_SHARE))

    def set_store(self, store) -> None:
        self.store = store
        self.clear()
        self._listening.follow(store)

    def set_language(self, language: str) -> None:
        self.language = language
        self.refresh()

    # ----------------------------------------------------------------- what is compared
    def compare(self, canvas_id: int, baseline: tuple[str, int]) -> None:
        """Compare a canvas with ("snapshot", id) or ("canvas", id)."""
        self.canvas_id = canvas_id
        self._fill_baselines(baseline)
        self._baseline_chosen()

    def clear(self) -> None:
        self.canvas_id, self.before, self.diff = None, None, None
        self.against.clear()
        self.tree.clear()
        self.heading.clear()
        self.summary.clear()

    def baseline(self) -> tuple[str, int] | None:
        data = self.against.currentData()
        return None if data is None else (data[0], int(data[1]))

    def baseline_label(self) -> str:
        """How the baseline is named on the canvas: “Meeting 1” (2026-05-01 10:00)."""
        from ecanvas.ui.versions.snapshot_dialogs import local_time

        kind_id = self.baseline()
        if kind_id is None:
            return ""
        kind, item_id = kind_id
        if kind == "snapshot":
            snapshot = self.store.workspace.find_snapshot(item_id)
            when = local_time(snapshot.created)
            return self.tr("“{name}” ({time})").format(name=snapshot.name, time=when)
        return self.tr("“{title}”").format(title=self.store.workspace.canvas(item_id).title)

    def _fill_baselines(self, wanted: tuple[str, int] | None) -> None:
        from ecanvas.model.merge import can_merge_into
        from ecanvas.ui.versions.snapshot_dialogs import local_time

        self.against.clear()
        canvas = self._canvas()
        if canvas is None:
            return
        newest = sorted(canvas.snapshots, key=lambda s: (s.created, s.id), reverse=True)
        for snapshot in newest:
            text = self.tr("Snapshot “{name}” ({time})").format(
                name=snapshot.name, time=local_time(snapshot.created)
            )
            self.against.addItem(text, ("snapshot", snapshot.id))
        for other in self.store.workspace.canvases:
            if other.id != canvas.id and can_merge_into(other, canvas):
                self.against.addItem(self.tr("Canvas “{title}”").format(title=other.title),
                                     ("canvas", other.id))  # fmt: skip
        self.against.setCurrentIndex(max(0, self.index_of(wanted)))

    def index_of(self, baseline: tuple[str, int] | None) -> int:
        """The row of a baseline in the choice (-1: not there); tuples are compared here, as
        Qt's findData cannot compare them."""
        for index in range(self.against.count()):
            if tuple(self.against.itemData(index) or ()) == tuple(baseline or ()):
                return index
        return -1

    def choose_baseline(self, baseline: tuple[str, int]) -> bool:
        index = self.index_of(baseline)
        if index < 0:
            return False
        self.against.setCurrentIndex(index)
        self._baseline_chosen()
        return True

    def _canvas(self) -> Canvas | None:
        if self.store is None or self.canvas_id is None:
            return None
        try:
            return self.store.workspace.canvas(self.canvas_id)
        except KeyError:
            return None

    def _baseline_chosen(self) -> None:
        kind_id = self.baseline()
        self.before = None
        if kind_id is not None:
            kind, item_id = kind_id
            try:
                self.before = (self.store.snapshot_canvas(item_id) if kind == "snapshot"
                               else self.store.workspace.canvas(item_id))  # fmt: skip
            except (KeyError, InterchangeError) as error:
                self.heading.setText(describe_error(error))
        self.refresh()
        self.baselineChanged.emit()

    # ----------------------------------------------------------------- the list
    def _refresh_later(self) -> None:
        self.refresh()
        if self._baseline_moved:
            self._baseline_moved = False
            self.baselineChanged.emit()

    def refresh(self) -> None:
        canvas = self._canvas()
        self.tree.clear()
        self.group_items = {}
        if canvas is None or self.before is None:
            self.diff = None
            self.summary.clear()
            if canvas is None:
                self.heading.setText(self.tr("Choose a canvas and compare it with a snapshot."))
            elif self.before is None and not self.against.count():
                self.heading.setText(self.tr(
                    "“{canvas}” has no snapshots yet, and no other canvas of its template: "
                    "nothing to compare it with."
                ).format(canvas=canvas.title))  # fmt: skip
            return
        from ecanvas.model.diff import diff_canvases  # only once a compare starts

        self.diff = diff_canvases(self.before, canvas)
        self.heading.setText(self.tr("Changes of “{canvas}” since {baseline}").format(
            canvas=canvas.title, baseline=self.baseline_label()))  # fmt: skip
        counts = {name: len(getattr(self.diff, name)) for name in GROUPS}
        self.summary.setText(
            self.tr("No changes.") if self.diff.is_empty else self.tr(
                "{added} added · {removed} removed · {moved} moved · {edited} edited · "
                "{links_added} links added · {links_removed} links removed"
            ).format(**counts)
        )  # fmt: skip
        for name in GROUPS:
            entries = getattr(self.diff, name)
            if entries:
                self._add_group(name, entries)

    def _add_group(self, name: str, entries: list) -> None:
        titles = {
            "added": self.tr("Added ({n})"), "removed": self.tr("Removed ({n})"),
            "moved": self.tr("Moved to another block ({n})"), "edited": self.tr("Edited ({n})"),
            "links_added": self.tr("Links added ({n})"),
            "links_removed": self.tr("Links removed ({n})"),
        }  # fmt: skip
        group = QTreeWidgetItem([titles[name].format(n=len(entries)), ""])
        group.setForeground(0, COLOURS[name])
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.tree.addTopLevelItem(group)
        for entry in entries:
            text, detail, card_id = self._entry(name, entry)
            child = QTreeWidgetItem([text, detail])
            child.setData(0, CARD_ROLE, card_id)
            child.setToolTip(0, text)
            group.addChild(child)
        group.setExpanded(True)
        self.group_items[name] = group

    def _entry(self, name: str, entry) -> tuple[str, str, int | None]:
        diff, lang = self.diff, self.language
        if name.startswith("links"):
            text = f"{entry.source_text} → {entry.target_text}"
            if name == "links_added":
                return text, entry.label, entry.source_id
            return text, entry.label, diff.matches.get(entry.source_id, -entry.source_id)
        if name == "moved":
            before = diff.block_title(entry.before_block, lang)
            after = diff.block_title(entry.after_block, lang)
            return entry.text, f"{before} → {after}", entry.after_id
        if name == "edited":
            joiner = "、" if lang == "zh" else ", "
            fields = joiner.join(field_label(f) for f in entry.field_names)
            return entry.text, fields, entry.after_id
        if name == "added":
            return entry.text, diff.block_title(entry.after_block, lang), entry.after_id
        return entry.text, diff.block_title(entry.before_block, lang), -entry.before_id

    def entries(self, group: str) -> list[str]:
        """The texts listed under a group (for tests and for the user's screen reader)."""
        top = self.group_items.get(group)
        return [] if top is None else [top.child(i).text(0) for i in range(top.childCount())]

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        card_id = item.data(0, CARD_ROLE)
        if card_id is not None and self.canvas_id is not None:
            self.cardActivated.emit(self.canvas_id, card_id)

    def _on_change(self, change: Change) -> None:
        if self.canvas_id is None:
            return
        if change.kind == ChangeKind.CANVAS_REMOVED and change.canvas_id == self.canvas_id:
            self.closeRequested.emit()
            return
        if change.kind.startswith("snapshots-") and change.canvas_id == self.canvas_id:
            baseline = self.baseline()
            self._fill_baselines(baseline)
            if self.baseline() != baseline:
                self._baseline_chosen()
            return
        baseline = self.baseline()
        if baseline is not None and baseline[0] == "canvas" and change.canvas_id == baseline[1]:
            # The other canvas compared with changed: compare again, on the canvas too.
            self._baseline_moved = True
            self._timer.start()
        elif change.canvas_id == self.canvas_id or change.kind in (
            ChangeKind.CANVAS_ADDED, ChangeKind.CANVAS_REMOVED, ChangeKind.CANVAS_CHANGED
        ):  # fmt: skip
            self._timer.start()

    def retranslate(self) -> None:
        self.against_label.setText(self.tr("Compare with:"))
        self.on_canvas.setText(self.tr("Show the changes on the canvas"))
        self.close_button.setText(self.tr("Stop Comparing"))
        if self.canvas_id is not None:
            self._fill_baselines(self.baseline())
            self.refresh()
