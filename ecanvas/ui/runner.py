"""The one way the UI runs a command, and the one way it says why the store refused it.

Every gesture, menu entry and panel edit ends here: the command is performed once, then put on
the undo stack (`run_command`); a refusal (a read-only file, a full disk, another writer's
conflicting change, a server gone, a rule of the model) becomes one translated line from
`ecanvas.ui.errors` for the caller's `report` (the status bar, the scene's error signal), after a
card text that lost a conflict was offered back (`ecanvas.ui.conflicts`). Nothing else in the UI
catches store errors of a command.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ecanvas.ui.commands import STORE_ERRORS, StoreCommand, run_command
from ecanvas.ui.conflicts import handle_refusal
from ecanvas.ui.errors import describe_error

__all__ = ["STORE_ERRORS", "report_refusal", "run_or_report"]


def run_or_report(stack: QUndoStack, command: StoreCommand, report: Callable[[str], None],
                  parent: QWidget | None = None) -> bool:  # fmt: skip
    """Run a command; when the store refuses it, hand the one-line reason to `report`.
    True when the command was done (and is on the undo stack)."""
    try:
        run_command(stack, command)
    except STORE_ERRORS as error:
        report_refusal(error, command, stack, report, parent)
        return False
    return True


def report_refusal(error: BaseException, command: StoreCommand, stack: QUndoStack,
                   report: Callable[[str], None],
                   parent: QWidget | None = None) -> None:  # fmt: skip
    """Say why `command` was refused (a card text that lost a conflict is kept first)."""
    if not handle_refusal(parent, command.store, stack, command, error, report):
        report(describe_error(error))
