"""The last resort: an error nobody expected is written to a crash report, never shown as a
traceback; the user gets one line saying where the details are.

Standard library only, so the command line and the app can both use it at any moment.
"""

from __future__ import annotations

import contextlib
import os
import traceback
from datetime import datetime
from pathlib import Path

from ecanvas import __version__

KEEP_REPORTS = 20


def write_crash_report(error: BaseException, folder: Path | None) -> Path | None:
    """Write the error's traceback to a new file in `folder`; its path, or None if that failed.

    Only the newest `KEEP_REPORTS` reports are kept.
    """
    if folder is None:
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    text = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{stamp}.txt"
        with open(path, "x", encoding="utf-8") as stream:
            stream.write(f"ecanvas {__version__}, process {os.getpid()}\n\n{text}")
    except OSError:
        return None
    for old in sorted(folder.glob("crash-*.txt"))[:-KEEP_REPORTS]:
        with contextlib.suppress(OSError):
            old.unlink()
    return path


def one_line(error: BaseException) -> str:
    """The error in one line: its type and the first line of its message."""
    message = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return f"{type(error).__name__}: {message}" if message else type(error).__name__
