"""The templates that ship with ecanvas, loaded once per process."""

from __future__ import annotations

from functools import cache

from ecanvas.assets import resource_path
from ecanvas.model.templates import Template, load_templates


@cache
def builtin_templates() -> dict[str, Template]:
    """Every bundled template keyed by its key, in display order."""
    return load_templates(resource_path("templates"))


def builtin_template(key: str) -> Template:
    """One bundled template; KeyError names the key when there is no such template."""
    templates = builtin_templates()
    if key not in templates:
        raise KeyError(f"unknown template '{key}' (known: {', '.join(templates)})")
    return templates[key]
