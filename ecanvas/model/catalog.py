"""The templates that ship with ecanvas, loaded once per process."""

from __future__ import annotations

from functools import cache

from ecanvas.assets import resource_path
from ecanvas.model.templates import KEY_PATTERN, Template, load_template, load_templates


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


def find_builtin_template(key: str) -> Template | None:
    """One bundled template, or None when there is none of that key (a user's template).

    Reads only that template's file until every template has been loaded: the window's first
    paint needs the open canvas's template alone (see benchmarks/ui.py)."""
    if builtin_templates.cache_info().currsize:
        return builtin_templates().get(key)
    return _read_one(key)


@cache
def _read_one(key: str) -> Template | None:
    if not KEY_PATTERN.match(key):
        return None
    path = resource_path("templates", f"{key}.toml")
    return load_template(path) if path.is_file() else None
