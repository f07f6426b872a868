"""Side panels of the main window: the canvas list, the card inspector, the block guidance."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ecanvas.store import WorkspaceError
from ecanvas.ui.commands import StoreCommand, run_command
from ecanvas.ui.conflicts import handle_refusal
from ecanvas.ui.errors import describe_error

__all__ = ["COMMAND_ERRORS", "describe_error", "run_or_report"]

# What a refused operation raises: a file problem (read-only, closed), or a rule of the model.
COMMAND_ERRORS = (WorkspaceError, ValueError, KeyError, RuntimeError)


def run_or_report(stack: QUndoStack, command: StoreCommand, report: Callable[[str], None],
                  parent: QWidget | None = None) -> bool:  # fmt: skip
    """Run a command; when the store refuses it, hand the one-line reason to `report` (a card
    text that lost a conflict with another writer is kept, see `ecanvas.ui.conflicts`)."""
    try:
        run_command(stack, command)
    except COMMAND_ERRORS as error:
        if not handle_refusal(parent, command.store, stack, command, error, report):
            report(describe_error(error))
        return False
    return True
