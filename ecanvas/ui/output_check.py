"""Before the app writes a file the user chose: refuse what must never be written, ask before
replacing anything else. One call for every dialog that writes (report, export, copy, images)::

    if approve_output(parent, path, protect=(store.path,)):
        write_output(path, data, force=True, protect=(store.path,))

`force=True` is right after an approval: the user has agreed to replace an existing file, and
the writer still refuses a workspace, a folder or a device that appeared in the meantime.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ecanvas.outputs import OutputError, OutputExistsError, OutputNameTakenError, check_output
from ecanvas.ui.errors import describe_output_error


def approve_output(
    parent: QWidget | None,
    path: Path,
    *,
    protect: Iterable[Path] = (),
    confirmed: bool = False,
    new_file: bool = False,
) -> bool:
    """Whether `path` may be written; explains a refusal or asks before replacing a file.

    `confirmed`: the file dialog already asked about replacing this very path. `new_file`: the
    output may never replace anything (a new workspace); an existing file is refused.
    """
    protect = tuple(protect)
    try:
        check_output(path, protect=protect, replace=not new_file)
        return True
    except OutputNameTakenError as error:
        refuse(parent, error)
        return False
    except OutputExistsError:
        if confirmed or confirm_replace(parent, Path(path)):
            return _still_writable(parent, path, protect)
        return False
    except OutputError as error:
        refuse(parent, error)
        return False


def _still_writable(parent: QWidget | None, path: Path, protect: tuple) -> bool:
    try:
        check_output(path, force=True, protect=protect)
    except OutputError as error:
        refuse(parent, error)
        return False
    return True


def confirm_replace(parent: QWidget | None, path: Path) -> bool:
    """Ask before replacing an existing file; Cancel is the default answer."""
    box = QMessageBox(parent)
    box.setObjectName("confirmReplace")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("OutputCheck", "Replace File"))
    box.setText(
        QCoreApplication.translate("OutputCheck", "{name} already exists. Replace it?").format(
            name=path.name
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "OutputCheck", "The file in {folder} will be overwritten."
        ).format(folder=str(path.parent))
    )
    replace = box.addButton(
        QCoreApplication.translate("OutputCheck", "Replace"), QMessageBox.ButtonRole.DestructiveRole
    )
    replace.setObjectName("confirmReplaceButton")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is replace


def refuse(parent: QWidget | None, error: OutputError) -> None:
    """Tell the user why this output is not written."""
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("OutputCheck", "Cannot Write Here"),
        describe_output_error(error),
    )
