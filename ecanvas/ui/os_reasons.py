"""Why the system refused to read or write a file, in a few words of the UI language.

Python's `OSError.strerror` is the C library's English; the app names the common causes itself.
"""

from __future__ import annotations

import errno as errno_codes

from PySide6.QtCore import QCoreApplication


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
