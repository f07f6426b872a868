"""Getting work back in the app: Restore from Backup…, Repair into a Copy…, and the notice
shown when a workspace with damaged rows is opened.

Both make a new workspace file (never over anything) and then open it in the window.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from ecanvas.outputs import OutputError
from ecanvas.store import WorkspaceError
from ecanvas.store.rowcheck import (
    BAD_DATE,
    BAD_ID,
    BAD_JSON,
    MISSING_PARENT,
    MISSING_ROW,
    OUT_OF_RANGE,
    UNREADABLE_ROW,
    UNREADABLE_TEXT,
    WRONG_TYPE,
    Damage,
)
from ecanvas.ui.errors import describe_error
from ecanvas.ui.output_check import approve_output


class RecoveryHost(Protocol):
    """What Restore and Repair need of their window (not the window itself: no import of it)."""

    store: object
    files: object  # the window's `WorkspaceFiles`: `open_path(path)`

    def show_message(self, text: str) -> None: ...


SUFFIX = ".ecanvas"
SHOWN_DAMAGE = 200  # lines in a dialog's details; the rest is counted


def describe_damage(damage: Damage) -> str:
    """One damaged row in the UI language."""
    problems = {
        UNREADABLE_TEXT: QCoreApplication.translate("Recovery", "the text is not readable"),
        WRONG_TYPE: QCoreApplication.translate("Recovery", "a value has the wrong type"),
        OUT_OF_RANGE: QCoreApplication.translate("Recovery", "a value is out of range"),
        BAD_JSON: QCoreApplication.translate("Recovery", "a list cannot be read"),
        BAD_DATE: QCoreApplication.translate("Recovery", "a date cannot be read"),
        BAD_ID: QCoreApplication.translate("Recovery", "its id is unusable"),
        MISSING_PARENT: QCoreApplication.translate(
            "Recovery", "what it belongs to is missing or damaged"
        ),
        MISSING_ROW: QCoreApplication.translate("Recovery", "the workspace properties are missing"),
        UNREADABLE_ROW: QCoreApplication.translate("Recovery", "it cannot be read at all"),
    }
    kinds = {
        "workspace": QCoreApplication.translate("Recovery", "workspace"),
        "canvas": QCoreApplication.translate("Recovery", "canvas"),
        "block": QCoreApplication.translate("Recovery", "block"),
        "card": QCoreApplication.translate("Recovery", "card"),
        "link": QCoreApplication.translate("Recovery", "link"),
        "setting": QCoreApplication.translate("Recovery", "setting"),
        "snapshot": QCoreApplication.translate("Recovery", "snapshot"),
    }
    what = kinds.get(damage.table, damage.table)
    if damage.row_id is not None:
        what = f"{what} {damage.row_id}"
    if damage.label:
        what = f"{what} “{damage.label}”"
    if damage.canvas and damage.table != "canvas":
        what = QCoreApplication.translate("Recovery", "canvas “{canvas}”, {what}").format(
            canvas=damage.canvas, what=what
        )
    problem = problems.get(damage.problem, damage.problem)
    if damage.column:
        problem = f"{damage.column}: {problem}"
    outcome = (
        QCoreApplication.translate("Recovery", "repaired")
        if damage.kept
        else QCoreApplication.translate("Recovery", "left out")
    )
    return f"{what} — {problem} ({outcome})"


def damage_details(damage: list[Damage]) -> str:
    lines = [describe_damage(d) for d in sorted(damage, key=lambda d: d.kept)[:SHOWN_DAMAGE]]
    if len(damage) > SHOWN_DAMAGE:
        lines.append(
            QCoreApplication.translate("Recovery", "… and {count} more").format(
                count=len(damage) - SHOWN_DAMAGE
            )
        )
    return "\n".join(lines)


def ask_new_file(parent: QWidget | None, title: str, suggestion: Path) -> Path | None:
    """A new workspace file name from a save dialog; never an existing file."""
    path, _ = QFileDialog.getSaveFileName(
        parent, title, str(suggestion),
        QCoreApplication.translate("Recovery", "ecanvas workspaces (*.ecanvas)"),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )  # fmt: skip
    if not path:
        return None
    target = Path(path) if Path(path).suffix else Path(path).with_suffix(SUFFIX)
    return target if approve_output(parent, target, new_file=True) else None


def repair_to_new_file(parent: QWidget | None, source: Path) -> Path | None:
    """Ask where, repair `source` into that new file, and report what was saved; the new file,
    or None when cancelled or failed (the reason was shown)."""
    from ecanvas.store.repair import repair_workspace

    title = QCoreApplication.translate("Recovery", "Repair into a Copy")
    target = ask_new_file(parent, title, source.with_name(f"{source.stem} (repaired){SUFFIX}"))
    if target is None:
        return None
    try:
        result = repair_workspace(source, target)
    except (WorkspaceError, OutputError, OSError) as error:
        QMessageBox.critical(parent, title, describe_error(error))
        return None
    box = QMessageBox(parent)
    box.setObjectName("repairDone")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    canvases, cards = len(result.workspace.canvases), result.workspace.card_count
    translate = QCoreApplication.translate
    if canvases != 1:
        saved = translate("Recovery", "Saved {canvases} canvases and {cards} cards into {file}.")
    elif cards != 1:
        saved = translate("Recovery", "Saved 1 canvas and {cards} cards into {file}.")
    else:
        saved = translate("Recovery", "Saved 1 canvas and 1 card into {file}.")
    box.setText(saved.format(canvases=canvases, cards=cards, file=result.target.name))
    repaired, left_out = len(result.repaired), len(result.left_out)
    if result.damage:
        box.setInformativeText(QCoreApplication.translate(
            "Recovery", "Repaired and kept: {repaired}. Could not be saved: {left_out}. "
            "The details list each one."
        ).format(repaired=repaired, left_out=left_out))  # fmt: skip
        box.setDetailedText(damage_details(result.damage))
    open_copy = box.addButton(
        QCoreApplication.translate("Recovery", "Open the Copy"), QMessageBox.ButtonRole.AcceptRole
    )
    open_copy.setObjectName("repairOpen")
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(open_copy)
    box.exec()
    return result.target if box.clickedButton() is open_copy else None


def offer_repair(parent: QWidget | None, title: str, message: str) -> bool:
    """An error about a damaged or tampered file, with a Repair into a Copy… button."""
    box = QMessageBox(parent)
    box.setObjectName("openRefused")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(title)
    box.setText(message)
    repair = box.addButton(
        QCoreApplication.translate("Recovery", "Repair into a Copy…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    repair.setObjectName("offerRepair")
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(repair)
    box.exec()
    return box.clickedButton() is repair


def repairable(error: BaseException) -> bool:
    from ecanvas.store import DamagedWorkspaceError, TamperedWorkspaceError

    return isinstance(error, DamagedWorkspaceError | TamperedWorkspaceError)


class Recovery(QObject):
    """Restore from Backup…, Repair into a Copy… and the damage notice of one main window."""

    def __init__(self, window: RecoveryHost) -> None:
        super().__init__(window)
        self.window = window

    def restore_from_backup(self) -> Path | None:
        from ecanvas.store.backups import restore_backup
        from ecanvas.ui.dialogs.restore_backup import RestoreBackupDialog

        store = self.window.store
        dialog = RestoreBackupDialog(store.path, self.window)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        chosen = dialog.chosen() if accepted else None
        dialog.deleteLater()
        if chosen is None:
            return None
        made = (chosen.made or datetime.now()).strftime("%Y-%m-%d %H.%M")
        suggestion = store.path.with_name(f"{store.path.stem} (restored {made}){SUFFIX}")
        title = self.tr("Restore from Backup")
        target = ask_new_file(self.window, title, suggestion)
        if target is None:
            return None
        try:
            written = restore_backup(chosen.path, target)
        except (WorkspaceError, OutputError, OSError) as error:
            QMessageBox.critical(self.window, title, describe_error(error))
            return None
        if self.window.files.open_path(written):
            self.window.show_message(
                self.tr("Restored the backup of {time} as {file}.").format(
                    time=made, file=written.name
                )
            )
        return written

    def repair_into_copy(self, source: Path | None = None) -> Path | None:
        """Repair `source` (default: the open workspace) into a new file, then open that."""
        source = source or self.window.store.path
        repaired = repair_to_new_file(self.window, source)
        if repaired is not None:
            self.window.files.open_path(repaired)
        return repaired

    def notice_damage(self) -> None:
        """Say that the open workspace has damaged rows, and offer to repair it into a copy."""
        store = self.window.store
        damage = list(getattr(store, "damage", ()))
        if not damage:
            return
        box = QMessageBox(self.window)
        box.setObjectName("damageNotice")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Damaged Workspace"))
        left_out = sum(1 for d in damage if not d.kept)
        box.setText(self.tr(
            "{file} has {count} damaged rows ({left_out} of them could not be shown). It is open "
            "read-only so that nothing more is lost."
        ).format(file=store.path.name, count=len(damage), left_out=left_out))  # fmt: skip
        box.setInformativeText(self.tr(
            "“Repair into a Copy…” saves everything that can be read into a new workspace and "
            "opens it; the details list each damaged row."
        ))  # fmt: skip
        box.setDetailedText(damage_details(damage))
        repair = box.addButton(self.tr("Repair into a Copy…"), QMessageBox.ButtonRole.AcceptRole)
        repair.setObjectName("damageRepair")
        box.addButton(self.tr("Keep Read-Only"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(repair)
        box.exec()
        if box.clickedButton() is repair:
            self.repair_into_copy()
