"""The user's data folder: the default workspace, backups and the user's own templates live there.

Standard library (and platformdirs, when no folder is set) only, so the light commands that read
it, such as `ecanvas templates`, stay light.
"""

from __future__ import annotations

import os
from pathlib import Path

DATA_DIR_VARIABLE = "ECANVAS_DATA_DIR"


def data_dir() -> Path:
    """The folder for the user's ecanvas files (``$ECANVAS_DATA_DIR`` wins); created if missing."""
    override = os.environ.get(DATA_DIR_VARIABLE, "").strip()
    if override:
        folder = Path(override).expanduser()
    else:
        import platformdirs  # only needed when no override is set

        folder = Path(platformdirs.user_data_dir("ecanvas", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder
