"""File → Import Canvases From…: which canvases of the other workspace to bring in, and how.

Each canvas of the source is listed with a choice: merge it into a canvas of this workspace made
from the same template (the one of the same title is proposed), or add it as a new canvas. Under
a canvas that merges, the cards whose text the block already has are listed as duplicates, ticked
to be skipped; untick one to add it all the same. The dialog only collects the choices.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecanvas.model import Canvas, Workspace
from ecanvas.model.merge import CanvasChoice, can_merge_into, default_target, plan_merge
from ecanvas.ui.i18n import RetranslatesOnLanguageChange

ID_ROLE = Qt.ItemDataRole.UserRole


class ImportCanvasesDialog(RetranslatesOnLanguageChange, QDialog):
    """Pick the source's canvases and where each goes; `choices()` gives the answer."""

    def __init__(self, source_name: str, source: Workspace, targets: list[Canvas],
                 language: str, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("importCanvases")
        self.source_name, self.source, self.targets = source_name, source, targets
        self.language = language
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("importTree")
        self.tree.setColumnCount(2)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.combos: dict[int, QComboBox] = {}
        self.rows: dict[int, QTreeWidgetItem] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self._fill()
        self.tree.itemChanged.connect(lambda _item, _column: self._update_summary())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self.resize(760, 520)

    # ----------------------------------------------------------------- the list
    def _fill(self) -> None:
        for canvas in self.source.canvases:
            row = QTreeWidgetItem([""])
            row.setData(0, ID_ROLE, canvas.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(0, Qt.CheckState.Checked)
            self.tree.addTopLevelItem(row)
            combo = QComboBox()
            combo.setObjectName(f"importInto_{canvas.id}")
            combo.addItem("", None)
            for target in self.targets:
                if can_merge_into(canvas, target):
                    combo.addItem("", target.id)
            index = combo.findData(default_target(canvas, self.targets))
            combo.setCurrentIndex(max(0, index))
            combo.currentIndexChanged.connect(lambda _i, c=canvas: self._fill_duplicates(c))
            self.tree.setItemWidget(row, 1, combo)
            self.combos[canvas.id], self.rows[canvas.id] = combo, row
            self._fill_duplicates(canvas)

    def _fill_duplicates(self, canvas: Canvas) -> None:
        row = self.rows[canvas.id]
        self.tree.blockSignals(True)
        row.takeChildren()
        into = self.combos[canvas.id].currentData()
        if into is not None:
            target = next(t for t in self.targets if t.id == into)
            titles = {b.key: b.title(self.language) for b in target.blocks}
            for duplicate in plan_merge(canvas, target).duplicates:
                child = QTreeWidgetItem([duplicate.text, titles.get(duplicate.block_key, "")])
                child.setData(0, ID_ROLE, duplicate.source_card_id)
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(0, Qt.CheckState.Checked)
                row.addChild(child)
        row.setExpanded(row.childCount() > 0)
        self.tree.blockSignals(False)
        self._label_row(canvas)
        self._update_summary()

    def _label_row(self, canvas: Canvas) -> None:
        row = self.rows[canvas.id]
        count = len(canvas.cards)
        label = self.tr("“{title}”: 1 card") if count == 1 else self.tr("“{title}”: {count} cards")
        row.setText(0, label.format(title=canvas.title, count=count))
        duplicates = row.childCount()
        if duplicates:
            row.setToolTip(0, self.tr(
                "Ticked cards are already on the canvas (same text, same block) and are skipped; "
                "untick one to add it all the same."
            ))  # fmt: skip

    # ----------------------------------------------------------------- the answer
    def choices(self) -> list[CanvasChoice]:
        result = []
        for canvas in self.source.canvases:
            row = self.rows.get(canvas.id)
            if row is None or row.checkState(0) != Qt.CheckState.Checked:
                continue
            keep = {
                row.child(i).data(0, ID_ROLE)
                for i in range(row.childCount())
                if row.child(i).checkState(0) != Qt.CheckState.Checked
            }
            result.append(CanvasChoice(canvas, self.combos[canvas.id].currentData(), keep))
        return result

    def set_target(self, source_canvas_id: int, target_id: int | None) -> None:
        combo = self.combos[source_canvas_id]
        combo.setCurrentIndex(max(0, combo.findData(target_id)))

    def _update_summary(self) -> None:
        choices = self.choices()
        merged = sum(1 for c in choices if c.into is not None)
        added = len(choices) - merged
        skipped = cards = 0
        for choice in choices:
            row = self.rows[choice.source.id]
            dupes = row.childCount()
            skipped += dupes - len(choice.keep)
            cards += len(choice.source.cards) - (dupes - len(choice.keep))
        self.summary.setText(self.tr(
            "Canvases merged: {merged} · added as new canvases: {added} · cards coming in: "
            "{cards} · duplicates skipped: {skipped}. A snapshot of each canvas merged into is "
            "taken first; Undo takes it all back in one step."
        ).format(merged=merged, added=added, cards=cards, skipped=skipped))  # fmt: skip
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(choices))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import Canvases"))
        self.intro.setText(self.tr(
            "Canvases of {file}: choose the ones to bring in, and for each whether it merges into "
            "a canvas of this workspace made from the same template (blocks matched, cards "
            "appended, links kept) or comes in as a new canvas."
        ).format(file=self.source_name))  # fmt: skip
        self.tree.setHeaderLabels([self.tr("Canvas, and the duplicates to skip"),
                                   self.tr("Into")])  # fmt: skip
        for canvas in self.source.canvases:
            combo = self.combos[canvas.id]
            combo.setItemText(0, self.tr("A new canvas"))
            for index in range(1, combo.count()):
                target = next(t for t in self.targets if t.id == combo.itemData(index))
                combo.setItemText(index, self.tr("Merge into “{title}”").format(title=target.title))
            self._label_row(canvas)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self._update_summary()
