"""Undo and redo for a workspace that others may change too.

The undo stack only ever holds this window's own steps. Before undoing one, the guard asks the
store whether someone else changed any item of that step since it was done; if so it says so and
lets the user choose. A step the store refuses (the server went away, a conflict) stays where it
was on the stack, and the reason is shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from ecanvas.ui.commands import step_items, step_stamp

translate = QCoreApplication.translate


class UndoGuard:
    """Runs the window's undo and redo; `store()` gives the open workspace store."""

    def __init__(self, parent: QWidget, stack: QUndoStack, store: Callable[[], object],
                 report: Callable[[str], None]) -> None:  # fmt: skip
        self.parent, self.stack, self.store, self.report = parent, stack, store, report

    def undo(self) -> bool:
        if not self.stack.canUndo():
            return False
        command = self.stack.command(self.stack.index() - 1)
        store = self.store()
        items = step_items(command)
        changed = store is not None and store.changed_by_others_since(items, step_stamp(command))
        if changed and not self._confirm(command.text()):
            return False
        return self._step(self.stack.undo, command)

    def redo(self) -> bool:
        if not self.stack.canRedo():
            return False
        return self._step(self.stack.redo, self.stack.command(self.stack.index()))

    def _step(self, move: Callable[[], None], command) -> bool:
        from ecanvas.ui.commands import take_failure

        index = self.stack.index()
        move()
        failure = take_failure(command)
        if failure is None:
            return True
        self._put_back(index)
        from ecanvas.ui.errors import describe_error

        self.report(describe_error(failure))
        return False

    def _put_back(self, index: int) -> None:
        """Return the stack to `index` without running the step again (it did not happen)."""
        from ecanvas.ui.commands import skip_next

        while self.stack.index() != index:
            step = index - self.stack.index()
            target = self.stack.command(self.stack.index() if step > 0 else self.stack.index() - 1)
            skip_next(target, redo=step > 0)
            (self.stack.redo if step > 0 else self.stack.undo)()

    def _confirm(self, text: str) -> bool:
        box = QMessageBox(self.parent)
        box.setObjectName("undoChangedByOthers")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("UndoGuard", "Changed by Someone Else"))
        box.setText(translate("UndoGuard", "Someone else changed this since your step “{step}”.")
                    .format(step=text))  # fmt: skip
        box.setInformativeText(translate(
            "UndoGuard", "Undo only ever undoes your own steps. Undoing this one now replaces "
            "what the other person did with what was there before your step."
        ))  # fmt: skip
        undo = box.addButton(translate("UndoGuard", "Undo Anyway"),
                             QMessageBox.ButtonRole.DestructiveRole)  # fmt: skip
        undo.setObjectName("undoAnyway")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is undo
