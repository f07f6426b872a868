"""The user's own templates: TOML files in the `templates` folder of the user's data folder.

Each is read by the same loader as the bundled templates (`ecanvas.model.templates`), so a bad
file is refused with a message naming the file and the field, and never half-used; the gallery
lists the files that load and says which ones do not. A user template never takes a bundled
template's key, and its file is named after its key (`my-canvas.toml`), like the bundled ones.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from ecanvas.data_folder import data_dir
from ecanvas.model.catalog import builtin_templates
from ecanvas.model.template_writer import check_template_key, checked, retitled, template_toml
from ecanvas.model.templates import (
    Template,
    TemplateError,
    load_template,
    parse_template,
    unreadable,
)
from ecanvas.outputs import write_output


class TemplateNotFoundError(KeyError):
    """No template has this key (any more); `key` names it, the message is the English."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key


FOLDER_NAME = "templates"
SUFFIX = ".toml"


def user_templates_dir() -> Path:
    """Where the user's templates live (created when missing)."""
    folder = data_dir() / FOLDER_NAME
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@dataclass
class UserTemplates:
    """The user's templates that load, by key, and the refusals of those that do not."""

    templates: dict[str, Template] = field(default_factory=dict)
    problems: list[TemplateError] = field(default_factory=list)


def load_user_templates(folder: Path | None = None) -> UserTemplates:
    """Read every template file of the folder; one bad file never hides the others."""
    folder = user_templates_dir() if folder is None else folder
    result = UserTemplates()
    bundled = builtin_templates()
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        try:
            template = load_template(path, user=True)
            if template.key in bundled:
                raise TemplateError(path.name, "key", "bundled-key", key=template.key)
        except TemplateError as error:
            result.problems.append(error)
            continue
        result.templates[template.key] = template
    ordered = sorted(result.templates.values(), key=lambda t: (t.title_en.casefold(), t.key))
    result.templates = {t.key: t for t in ordered}
    return result


def all_templates() -> dict[str, Template]:
    """The bundled templates, then the user's (each key names one template)."""
    return {**builtin_templates(), **load_user_templates().templates}


def find_template(key: str) -> Template:
    """A bundled or user template; KeyError names the key when there is none."""
    bundled = builtin_templates()
    if key in bundled:
        return bundled[key]
    path = _path(key) if _valid_key(key) else None
    if path is not None and path.is_file():
        return load_template(path, user=True)
    known = ", ".join([*bundled, *load_user_templates().templates])
    raise TemplateNotFoundError(key, f"unknown template '{key}' (known: {known})")


def is_user_template(key: str) -> bool:
    return key not in builtin_templates() and _valid_key(key) and _path(key).is_file()


# --------------------------------------------------------------------------- changing them
def save_user_template(template: Template, *, replace: bool = False) -> Path:
    """Write a template into the user's folder as `KEY.toml`; an existing user template of the
    same key is replaced only with `replace`. Returns the file written."""
    check_template_key(template.key, f"{template.key}{SUFFIX}")
    if template.key in builtin_templates():
        raise TemplateError(f"{template.key}{SUFFIX}", "key", "bundled-key", key=template.key)
    path = _path(template.key)
    if path.exists() and not replace:
        raise TemplateError(path.name, "key", "taken-key", key=template.key)
    text = template_toml(checked(template, path.name))
    write_output(path, text.encode("utf-8"), force=True)
    return path


def rename_user_template(key: str, title_en: str, title_zh: str) -> Template:
    """New titles for a user template; its key (which canvases refer to) stays."""
    template = _load_own(key)
    renamed = retitled(template, title_en, title_zh)
    save_user_template(renamed, replace=True)
    return renamed


def delete_user_template(key: str) -> Template:
    """Remove a user template's file; returns the template (canvases made from it keep their
    blocks: a canvas holds a copy of its layout)."""
    template = _load_own(key)
    _path(key).unlink()
    return template


def export_user_template(key: str, target: Path, *, replace: bool = False) -> Path:
    """Write a copy of a user (or bundled) template's TOML to `target` (through the safe output
    writer: never over a workspace; over another file only with `replace`)."""
    template = find_template(key)
    return write_output(target, template_toml(template).encode("utf-8"), force=replace)


def read_template_file(source: Path) -> Template:
    """A template file from anywhere, checked by the loader (its key need not match its name)."""
    source = Path(source)
    try:
        data = tomllib.loads(source.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError) as error:
        raise unreadable(source.name, error) from None
    return parse_template(data, source.name, user=True)


def import_template_file(source: Path, *, replace: bool = False) -> Template:
    """Copy a template file into the user's folder after checking it; returns the template."""
    template = read_template_file(source)
    if template.key in builtin_templates():
        raise TemplateError(Path(source).name, "key", "bundled-key", key=template.key)
    save_user_template(template, replace=replace)
    return template


def _load_own(key: str) -> Template:
    if key in builtin_templates():
        raise TemplateError(f"{key}{SUFFIX}", "key", "bundled-fixed", key=key)
    if not _valid_key(key) or not _path(key).is_file():
        raise TemplateNotFoundError(key, f"you have no template '{key}'")
    return load_template(_path(key), user=True)


def _valid_key(key: str) -> bool:
    try:
        check_template_key(key)
    except TemplateError:
        return False
    return True


def _path(key: str) -> Path:
    return user_templates_dir() / f"{key}{SUFFIX}"
