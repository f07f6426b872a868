"""Errors the user meets, told in the UI language: refused outputs, storage failures, files.

The store, the report and the output writer raise typed errors with English messages (the
command line prints those); the app turns each type into a translated sentence here, so a
Chinese user never reads an English error.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ecanvas import outputs
from ecanvas.ui.os_reasons import os_reason


def describe_output_error(error: outputs.OutputError) -> str:
    """One translated sentence for an output the writer refused or could not write."""
    file = str(error.path)
    if isinstance(error, outputs.OutputIsOpenWorkspaceError):
        text = QCoreApplication.translate(
            "Errors", "{file} is the open workspace. Choose another file name."
        )
    elif isinstance(error, outputs.OutputIsWorkspaceError):
        text = QCoreApplication.translate(
            "Errors",
            "{file} is an ecanvas workspace; ecanvas never writes over a workspace. "
            "Choose another file name.",
        )
    elif isinstance(error, outputs.OutputIsFolderError):
        text = QCoreApplication.translate("Errors", "{file} is a folder. Choose a file name.")
    elif isinstance(error, outputs.OutputIsSpecialFileError):
        text = QCoreApplication.translate(
            "Errors", "{file} is a device or a pipe, not a file. Choose a file name."
        )
    elif isinstance(error, outputs.OutputExistsError):
        text = QCoreApplication.translate(
            "Errors", "{file} already exists. Choose another file name."
        )
    elif isinstance(error, outputs.OutputFolderMissingError):
        return QCoreApplication.translate("Errors", "The folder {folder} does not exist.").format(
            folder=str(error.path.parent)
        )
    elif isinstance(error, outputs.OutputWriteError):
        reason = os_reason(error.errno, error.detail)
        return QCoreApplication.translate(
            "Errors", "{file} could not be written: {reason}."
        ).format(file=file, reason=reason)
    else:
        return str(error)
    return text.format(file=file)


def describe_server_error(error: BaseException) -> str | None:
    """One line in the UI language for a shared workspace's refusal; None for other errors."""
    from ecanvas.store import ChangeNotSavedError, EditConflictError, ServerUnavailableError

    if isinstance(error, EditConflictError):
        if error.removed:
            return QCoreApplication.translate(
                "Conflicts",
                "Someone else removed this at the same time; your change was not saved.",
            )
        return QCoreApplication.translate(
            "Conflicts",
            "Someone else changed this at the same time; their change is shown and yours was "
            "not saved. Try again if you still want it.",
        )
    if isinstance(error, ChangeNotSavedError):
        return QCoreApplication.translate(
            "Conflicts",
            "The server went away: this change was not saved. The canvas is read-only until the "
            "connection is back.",
        )
    if isinstance(error, ServerUnavailableError):
        return QCoreApplication.translate("Conflicts", "The server cannot be reached.")
    return None


def _doing(detail: str) -> str:
    """What a storage failure stopped, in the UI language (the store says it in English)."""
    known = {
        "the change was not saved": QCoreApplication.translate(
            "Errors", "this change was not saved"
        ),
        "the workspace could not be read": QCoreApplication.translate(
            "Errors", "the workspace could not be read"
        ),
        "the workspace was not created": QCoreApplication.translate(
            "Errors", "the workspace was not created"
        ),
        "the copy was not saved": QCoreApplication.translate("Errors", "the copy was not saved"),
        "the workspace is unchanged": QCoreApplication.translate(
            "Errors", "the workspace is unchanged"
        ),
    }
    for english, translated in known.items():
        if detail.endswith(english):
            return translated
    return detail


def describe_storage_error(error) -> str:
    """A failing disk or a lost file, in the UI language: what happened, what was not done, and
    what to do."""
    from ecanvas.store import DiskFullError, LockLostError, ReadOnlyMediumError, StorageIOError

    doing = _doing(error.detail)
    if isinstance(error, DiskFullError):
        text = QCoreApplication.translate(
            "Errors", "The disk is full: {doing}. Free some space, then try again."
        )
    elif isinstance(error, ReadOnlyMediumError):
        text = QCoreApplication.translate(
            "Errors", "The disk or the file has become read-only: {doing}."
        )
    elif isinstance(error, LockLostError):
        text = QCoreApplication.translate(
            "Errors",
            "The workspace file was moved, replaced or removed by another program: {doing}. "
            "Open it again from where it is now.",
        )
    elif isinstance(error, StorageIOError):
        text = QCoreApplication.translate(
            "Errors",
            "The disk reported an input/output error (it may be failing or was removed): {doing}.",
        )
    else:
        text = QCoreApplication.translate("Errors", "The storage failed: {doing}.")
    return text.format(doing=doing)


def describe_workspace_error(error) -> str:
    """A workspace that cannot be opened or used, in the UI language."""
    from ecanvas import store as s

    file = error.location
    if isinstance(error, s.StorageError) and not isinstance(error, s.ServerUnavailableError):
        return describe_storage_error(error)
    if isinstance(error, s.WorkspaceLockedError):
        return describe_locked(error)
    if isinstance(error, s.TamperedWorkspaceError):
        return QCoreApplication.translate(
            "Errors",
            "Another program changed the structure of {file}, so ecanvas does not open it. "
            "“Repair into a Copy…” saves its content into a new workspace.",
        ).format(file=file)
    if isinstance(error, s.DamagedWorkspaceError):
        return describe_damaged(error)
    if isinstance(error, s.NewerVersionError):
        return QCoreApplication.translate(
            "Errors",
            "{file} was written by a newer version of ecanvas; update ecanvas to open it.",
        ).format(file=file)
    if isinstance(error, s.ForeignDatabaseError):
        return QCoreApplication.translate(
            "Errors", "{file} is not an ecanvas workspace (an SQLite database of another program)."
        ).format(file=file)
    if isinstance(error, s.EmptyFileError):
        return QCoreApplication.translate(
            "Errors", "{file} is empty, not an ecanvas workspace."
        ).format(file=file)
    if isinstance(error, s.NotAWorkspaceError):
        return QCoreApplication.translate("Errors", "{file} is not an ecanvas workspace.").format(
            file=file
        )
    if isinstance(error, s.ReadOnlyWorkspaceError):
        name = error.path.name if error.path is not None else file
        return QCoreApplication.translate(
            "Errors", "{file} is open read-only; changes cannot be saved."
        ).format(file=name)
    return describe_other_workspace_error(error)


def describe_other_workspace_error(error) -> str:
    """A workspace that is missing, taken, not upgradable, or refused by its server."""
    from ecanvas.store import errors as e

    file = error.location
    if isinstance(error, e.ServerWorkspaceNotFoundError):
        text = QCoreApplication.translate("Errors", "There is no workspace {file} on the server.")
    elif isinstance(error, e.WorkspaceNotFoundError):
        if error.path is not None and error.detail:  # the folder to create it in is missing
            return QCoreApplication.translate(
                "Errors", "The folder {folder} does not exist."
            ).format(folder=str(error.path.parent))
        text = QCoreApplication.translate("Errors", "{file} does not exist (any more).")
    elif isinstance(error, e.WorkspaceExistsError):
        text = QCoreApplication.translate("Errors", "{file} already exists. Choose another name.")
    elif isinstance(error, e.UpgradeFailedError):
        text = QCoreApplication.translate(
            "Errors",
            "{file} could not be upgraded to this version of ecanvas; it is unchanged.",
        )
    elif isinstance(error, e.ServerLoginError):
        text = (
            QCoreApplication.translate("Errors", "The server asks for a password for {file}.")
            if error.needs_password
            else QCoreApplication.translate(
                "Errors",
                "The server refused the login for {file}. Check the role name and the password.",
            )
        )
    elif isinstance(error, e.SameWorkspaceError):
        text = QCoreApplication.translate(
            "Errors",
            "{file} is the open workspace; choose another file to import canvases from.",
        )
    elif isinstance(error, e.UnreadableFileError):
        return QCoreApplication.translate("Errors", "{file} cannot be read: {reason}.").format(
            file=file, reason=os_reason(error.errno)
        )
    else:
        text = QCoreApplication.translate("Errors", "{file} cannot be opened.")
    return text.format(file=file)


def describe_damaged(error) -> str:
    """A damaged workspace file: what is damaged, in the UI language, and what to do."""
    params = error.params
    causes = {
        "header-cut-short": QCoreApplication.translate("Errors", "its header is cut short"),
        "bad-page-size": QCoreApplication.translate(
            "Errors", "its header gives an impossible page size"
        ),
        "unreadable": os_reason(params.get("errno")),
        "schema-text": QCoreApplication.translate(
            "Errors", "the description of its tables is damaged"
        ),
        "unreadable-text": QCoreApplication.translate("Errors", "some of its text cannot be read"),
        "sqlite": QCoreApplication.translate("Errors", "SQLite finds it damaged"),
        "nothing-readable": QCoreApplication.translate("Errors", "nothing in it can be read"),
    }
    if error.cause == "wrong-size":
        detail = QCoreApplication.translate(
            "Errors", "it has {size} bytes where its header says {expected}"
        ).format(size=params["size"], expected=params["expected"])
    else:
        detail = causes.get(error.cause, causes["sqlite"])
    return QCoreApplication.translate(
        "Errors",
        "{file} is damaged ({detail}). “Repair into a Copy…” saves what can still be read "
        "into a new workspace.",
    ).format(file=error.location, detail=detail)


def describe_locked(error) -> str:
    """ "Already open", naming who holds the workspace and, for a holder that has ended, what
    to do."""
    holder = getattr(error, "holder", None)
    file = error.location
    if holder is None:
        return QCoreApplication.translate(
            "Errors", "{file} is already open in another ecanvas window."
        ).format(file=file)
    text = QCoreApplication.translate(
        "Errors",
        "{file} is already open in another ecanvas window (process {pid} of {user} on {host}, "
        "since {since}).",
    ).format(file=file, pid=holder.pid, user=holder.user, host=holder.host, since=holder.since)
    if holder.running() is False:
        text += " " + QCoreApplication.translate(
            "Errors",
            "That process has ended, but a program it started still has the file open: close "
            "that program (or log out and back in), then open the workspace again.",
        )
    return text


def describe_error(error: BaseException) -> str:
    """One line in the UI language for any error an action can meet."""
    server = describe_server_error(error)
    if server is not None:
        return server
    if isinstance(error, outputs.OutputError):
        return describe_output_error(error)
    from ecanvas.store import InterchangeError, WorkspaceError

    if isinstance(error, InterchangeError):
        from ecanvas.ui.interchange_errors import describe_interchange_error

        return describe_interchange_error(error)

    if isinstance(error, WorkspaceError):
        return describe_workspace_error(error)
    if isinstance(error, OSError):
        name = Path(error.filename).name if error.filename else ""
        reason = os_reason(error.errno, error.strerror or str(error))
        return f"{name}: {reason}" if name else reason
    typed = describe_typed_error(error)
    if typed is not None:
        return typed
    return str(error).strip("'\"").splitlines()[0] if str(error) else type(error).__name__


def _loaded(module: str, name: str) -> type | None:
    """An error class of a module already imported (an error of a module never imported
    cannot have been raised; the report's modules are heavy to import for nothing)."""
    found = sys.modules.get(module)
    return getattr(found, name, None) if found is not None else None


def describe_typed_error(error: BaseException) -> str | None:
    """Templates, reports, image exports and server addresses refused, in the UI language;
    None for other errors."""
    from ecanvas.ui import refusals

    kinds = (
        ("ecanvas.model.templates", "TemplateError", refusals.describe_template_error),
        ("ecanvas.user_templates", "TemplateNotFoundError", refusals.describe_template_not_found),
        ("ecanvas.report.options", "ReportError", refusals.describe_report_error),
        ("ecanvas.report.svg", "ExportError", refusals.describe_export_error),
        ("ecanvas.exports", "UnknownFormatError", refusals.describe_export_error),
        ("ecanvas.store.server.address", "ServerAddressError", refusals.describe_address_error),
        ("ecanvas.model.refusals", "RuleError", refusals.describe_rule_error),
    )
    for module, name, describe in kinds:
        kind = _loaded(module, name)
        if kind is not None and isinstance(error, kind):
            return describe(error)
    return None
