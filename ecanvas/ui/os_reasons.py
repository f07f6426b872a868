"""Why the system refused to read or write a file, in a few words of the UI language.

Python's `OSError.strerror` is the C library's English; the app names the common causes itself.
"""

from __future__ import annotations

import errno as errno_codes

from PySide6.QtCore import QCoreApplication


def os_reason(code: int | None, fallback: str = "") -> str:
    """A storage failure's cause in a few translated words (`fallback`, the caller's words,
    only when the system gave no error number)."""
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
        errno_codes.EISDIR: QCoreApplication.translate("Errors", "it is a folder, not a file"),
        errno_codes.ENOTDIR: QCoreApplication.translate(
            "Errors", "a part of the path is a file, not a folder"
        ),
        errno_codes.EEXIST: QCoreApplication.translate("Errors", "the file already exists"),
        errno_codes.EBUSY: QCoreApplication.translate(
            "Errors", "the file is in use by another program"
        ),
        errno_codes.ETXTBSY: QCoreApplication.translate(
            "Errors", "the file is in use by another program"
        ),
        errno_codes.EMFILE: QCoreApplication.translate("Errors", "too many files are open"),
        errno_codes.ENFILE: QCoreApplication.translate("Errors", "too many files are open"),
        errno_codes.ELOOP: QCoreApplication.translate("Errors", "the path has a loop of links"),
        errno_codes.ENXIO: QCoreApplication.translate("Errors", "the device is not available"),
        errno_codes.ENODEV: QCoreApplication.translate("Errors", "the device is not available"),
    }
    if code in reasons:
        return reasons[code]
    if code is not None:  # the system's own words are English: name the error by its number
        return QCoreApplication.translate("Errors", "system error {number}").format(number=code)
    return fallback or QCoreApplication.translate("Errors", "an unexpected error")
