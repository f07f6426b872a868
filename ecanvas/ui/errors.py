"""Errors the user meets, told in the UI language: refused outputs, storage failures, files.

The store, the report and the output writer raise typed errors with English messages (the
command line prints those); the app turns each type into a translated sentence here, so a
Chinese user never reads an English error.
"""

from __future__ import annotations

import errno as errno_codes
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ecanvas import outputs
from ecanvas.ui.conflicts import describe_server_error


def os_reason(code: int | None, fallback: str = "") -> str:
    """A storage failure's cause in a few translated words."""
    reasons = {
        errno_codes.ENOSPC: QCoreApplication.translate("Errors", "the disk is full"),
        errno_codes.EDQUOT: QCoreApplication.translate("Errors", "the disk quota is exceeded"),
        errno_codes.EFBIG: QCoreApplication.translate(
            "Errors", "the file is too large for this disk"
        ),
        errno_codes.EROFS: QCoreApplication.translate("Errors", "the disk is read-only"),
        errno_codes.EACCES: QCoreApplication.translate("Errors", "permission denied"),
        errno_codes.EPERM: QCoreApplication.translate("Errors", "permission denied"),
        errno_codes.EIO: QCoreApplication.translate(
            "Errors", "input/output error (the disk may be failing or was removed)"
        ),
        errno_codes.ENOENT: QCoreApplication.translate(
            "Errors", "the file or folder no longer exists"
        ),
        errno_codes.ENAMETOOLONG: QCoreApplication.translate("Errors", "the file name is too long"),
    }
    return reasons.get(
        code, fallback or QCoreApplication.translate("Errors", "an unexpected error")
    )


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


def describe_error(error: BaseException) -> str:
    """One line in the UI language for any error an action can meet."""
    server = describe_server_error(error)
    if server is not None:
        return server
    if isinstance(error, outputs.OutputError):
        return describe_output_error(error)
    from ecanvas.store import ReadOnlyWorkspaceError

    if isinstance(error, ReadOnlyWorkspaceError):
        return QCoreApplication.translate(
            "Errors", "This workspace is open read-only; changes cannot be saved."
        )
    if isinstance(error, OSError):
        name = Path(error.filename).name if error.filename else ""
        reason = os_reason(error.errno, error.strerror or str(error))
        return f"{name}: {reason}" if name else reason
    return str(error).strip("'\"").splitlines()[0] if str(error) else type(error).__name__
