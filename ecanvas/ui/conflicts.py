"""What the user sees when a shared workspace refuses a change: a conflict with another writer
(keep the losing text as a second card or in the card's note), or a server that went away.

Nothing a user typed is dropped: a card text or note that lost a conflict is offered back as a
new card beside the card (the default) or appended to the card's note, as an undoable step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from ecanvas.store import EditConflictError
from ecanvas.ui.errors import describe_error, describe_server_error

translate = QCoreApplication.translate
TEXT_FIELDS = ("text", "note")


def losing_texts(command, error: EditConflictError) -> list[tuple[int, str, str]]:
    """(card id, field, text) a refused card edit would have written: what must not be lost."""
    changes = getattr(command, "changes", None)
    if error.table != "card" or not isinstance(changes, dict):
        return []
    found = []
    for card_id, values in changes.items():
        if card_id in error.ids:
            found += [(card_id, name, values[name]) for name in TEXT_FIELDS
                      if isinstance(values.get(name), str) and values[name].strip()]  # fmt: skip
    return found


def keep_losing_text(parent: QWidget | None, store, stack: QUndoStack, command,
                     error: EditConflictError, report: Callable[[str], None]) -> bool:  # fmt: skip
    """Offer the text of a refused card edit back; True when the conflict was about such text."""
    from ecanvas.ui.commands import AddCardsCommand, SetCardFieldsCommand, run_command

    texts = losing_texts(command, error)
    if not texts:
        return False
    as_note = _ask(parent, texts) if not error.removed else False
    done = []
    for card_id, _name, text in texts:
        card = _find(store, card_id) or getattr(command, "cards_before", {}).get(card_id)
        if card is None:
            continue
        if as_note and _find(store, card_id) is not None:
            note = f"{card.note}\n\n{text}".strip() if card.note else text
            step = SetCardFieldsCommand(store, {card_id: {"note": note}}, translate(
                "Conflicts", "Keep my text in the note"))  # fmt: skip
        else:
            draft = {"block_id": card.block_id, "text": text, "colour": card.colour,
                     "tags": list(card.tags)}  # fmt: skip
            text_of_step = translate("Conflicts", "Keep my text as a new card")
            step = AddCardsCommand(store, card.canvas_id, [draft], text_of_step)
        try:
            run_command(stack, step)
            done.append(step)
        except Exception as failure:  # the server may have gone meanwhile: say so
            report(describe_error(failure))
            return True
    if done:
        report(
            translate("Conflicts", "Someone else changed this card at the same time. Their text "
                      "is on the card; yours was added to its note.")
            if as_note else
            translate("Conflicts", "Someone else changed this card at the same time. Their text "
                      "is on the card; yours is kept as a new card beside it.")
        )  # fmt: skip
    return True


def _ask(parent: QWidget | None, texts) -> bool:
    """True to keep the text in the note, False (the default) for a new card."""
    box = QMessageBox(parent)
    box.setObjectName("conflictDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Conflicts", "Edited at the same time"))
    box.setText(translate("Conflicts", "Someone else changed this card while you were editing it. "
                          "Their version is on the canvas now."))  # fmt: skip
    mine = "\n".join(text for _id, _name, text in texts)
    box.setInformativeText(
        translate("Conflicts", "Your text:\n“{text}”\n\nNothing is lost: keep yours as a new "
                  "card beside it, or add it to the card's note.").format(text=mine)
    )  # fmt: skip
    card = box.addButton(translate("Conflicts", "Keep Mine as a New Card"),
                         QMessageBox.ButtonRole.AcceptRole)  # fmt: skip
    note = box.addButton(translate("Conflicts", "Add Mine to the Note"),
                         QMessageBox.ButtonRole.ActionRole)  # fmt: skip
    card.setObjectName("keepAsCard")
    note.setObjectName("keepInNote")
    box.setDefaultButton(card)
    box.setEscapeButton(card)
    box.exec()
    return box.clickedButton() is note


def _find(store, card_id: int):
    try:
        return store.workspace.find_card(card_id)
    except KeyError:
        return None


def handle_refusal(parent: QWidget | None, store, stack: QUndoStack, command,
                   error: BaseException, report: Callable[[str], None]) -> bool:  # fmt: skip
    """Deal with a shared workspace's refusal; False when `error` is not one of those."""
    if isinstance(error, EditConflictError) and keep_losing_text(
        parent, store, stack, command, error, report
    ):
        return True
    message = describe_server_error(error)
    if message is None:
        return False
    report(message)
    return True
