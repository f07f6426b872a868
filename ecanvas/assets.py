"""Locate the bundled resources (templates, fonts, translations, icons, schemas).

In a source checkout or editable install they live in the top-level ``resources/`` folder; a
wheel carries them inside the package as ``ecanvas/resources``. One helper hides the difference.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resources_root() -> Path:
    """The folder holding templates/, fonts/, i18n/, icons/ and schema/."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if (candidate / "templates").is_dir():
            return candidate
    raise FileNotFoundError(f"ecanvas resources not found next to {here}")


def resource_path(*parts: str) -> Path:
    """Path of one bundled resource, e.g. ``resource_path("fonts", "wqy-microhei.ttf")``."""
    return resources_root().joinpath(*parts)
