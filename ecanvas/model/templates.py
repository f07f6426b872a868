"""Canvas templates are data: TOML files under resources/templates, validated when loaded.

A template that breaks a rule is refused with a `TemplateError` naming the file and the field,
so a typo in a template never turns into a half-drawn canvas.
"""

from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from ecanvas.model.colours import is_hex_colour

KEY_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
GUIDANCE_COUNT = range(2, 5)
# A user's own template may have blocks without guidance (a block they added and only named).
USER_GUIDANCE_COUNT = range(0, 11)

TEMPLATE_FIELDS = {
    "key": str,
    "title_en": str,
    "title_zh": str,
    "description_en": str,
    "description_zh": str,
    "scored": bool,
    "order": int,
    "blocks": list,
}
TEMPLATE_REQUIRED = ("key", "title_en", "title_zh", "description_en", "description_zh", "blocks")
BLOCK_FIELDS = {
    "key": str,
    "title_en": str,
    "title_zh": str,
    "colour": str,
    "x": (int, float),
    "y": (int, float),
    "w": (int, float),
    "h": (int, float),
    "scored": bool,
    "links_to": list,
    "guidance_en": list,
    "guidance_zh": list,
}
BLOCK_REQUIRED = (
    "key", "title_en", "title_zh", "colour", "x", "y", "w", "h", "guidance_en", "guidance_zh",
)  # fmt: skip


# Why a template is refused (TemplateError.code) -> the English the command line prints; the
# app words each code in its own language with the same parameters.
TEMPLATE_REASONS = {
    "missing-field": "missing required field",
    "unknown-field": "unknown field",
    "must-be-number": "must be a number",
    "wrong-type": "has the wrong type ({type})",
    "empty": "must not be empty",
    "string-list": "must be a list of non-empty strings",
    "question-count": "needs {low}–{high} questions, has {count}",
    "must-be-table": "must be a table",
    "bad-key": "must be lower-case words joined by '-'",
    "bad-key-value": "'{key}' must be lower-case words joined by '-'",
    "bad-colour": "must look like #RRGGBB",
    "must-be-finite": "must be a finite number",
    "must-be-positive": "must be positive",
    "duplicate-key": "duplicate key '{key}'",
    "unknown-link": "names unknown block '{target}'",
    "overlap": "overlaps blocks[{other}] ('{key}')",
    "not-toml": "is not valid TOML: {message}",  # also `line` and `column` when TOML says
    "unreadable": "cannot be read: {message}",  # also `errno`, or `encoding` for non-UTF-8
    "key-mismatch": "'{key}' does not match the file name",
    "bundled-key": "'{key}' is the key of a bundled template; choose another key",
    "taken-key": "you already have a template '{key}'; choose another key or replace it",
    "bundled-fixed": "'{key}' is a bundled template; it cannot be changed",
}
WHOLE_FILE = "(file)"  # the field path of a problem with the whole file


class TemplateError(ValueError):
    """A template file that cannot be used; the message names the file and the field.

    `code` (one of TEMPLATE_REASONS) and `params` say why, for the app's own words."""

    def __init__(self, source: str, field_path: str, code: str, **params: object) -> None:
        problem = TEMPLATE_REASONS[code].format(**params)
        super().__init__(f"{source}: {field_path}: {problem}")
        self.source = source
        self.field_path = field_path
        self.problem = problem
        self.code = code
        self.params = params


def unreadable(source: str, error: Exception) -> TemplateError:
    """A template file that cannot be read (the system's error) or is not TOML."""
    if isinstance(error, tomllib.TOMLDecodeError):
        at = re.search(r"\(at line (\d+), column (\d+)\)", str(error))
        place = {"line": int(at[1]), "column": int(at[2])} if at else {}
        return TemplateError(source, WHOLE_FILE, "not-toml", message=str(error), **place)
    if isinstance(error, UnicodeDecodeError):
        return TemplateError(source, WHOLE_FILE, "unreadable", message=str(error), encoding=True)
    return TemplateError(source, WHOLE_FILE, "unreadable", message=str(error),
                         errno=getattr(error, "errno", None))  # fmt: skip


@dataclass(frozen=True)
class BlockTemplate:
    key: str
    title_en: str
    title_zh: str
    colour: str
    x: float
    y: float
    w: float
    h: float
    guidance_en: tuple[str, ...]
    guidance_zh: tuple[str, ...]
    scored: bool = False
    links_to: tuple[str, ...] = ()

    def title(self, lang: str) -> str:
        return self.title_zh if lang == "zh" else self.title_en

    def guidance(self, lang: str) -> tuple[str, ...]:
        return self.guidance_zh if lang == "zh" else self.guidance_en


@dataclass(frozen=True)
class Template:
    key: str
    title_en: str
    title_zh: str
    description_en: str
    description_zh: str
    blocks: tuple[BlockTemplate, ...] = field(default_factory=tuple)
    scored: bool = False
    order: int = 100

    def title(self, lang: str) -> str:
        return self.title_zh if lang == "zh" else self.title_en

    def description(self, lang: str) -> str:
        return self.description_zh if lang == "zh" else self.description_en

    def block(self, key: str) -> BlockTemplate:
        for block in self.blocks:
            if block.key == key:
                return block
        raise KeyError(key)


def _check_fields(
    source: str, where: str, table: dict, allowed: dict, required: tuple[str, ...]
) -> None:
    for name in required:
        if name not in table:
            raise TemplateError(source, f"{where}{name}", "missing-field")
    for name, value in table.items():
        if name not in allowed:
            raise TemplateError(source, f"{where}{name}", "unknown-field")
        expected = allowed[name]
        if isinstance(value, bool) and expected in ((int, float), int):
            raise TemplateError(source, f"{where}{name}", "must-be-number")
        if not isinstance(value, expected):
            raise TemplateError(source, f"{where}{name}", "wrong-type", type=type(value).__name__)
        if isinstance(value, str) and not value.strip():
            raise TemplateError(source, f"{where}{name}", "empty")


def _string_list(source: str, where: str, values: list, count: range | None) -> tuple[str, ...]:
    if not all(isinstance(v, str) and v.strip() for v in values):
        raise TemplateError(source, where, "string-list")
    if count is not None and len(values) not in count:
        raise TemplateError(source, where, "question-count", low=count.start,
                            high=count.stop - 1, count=len(values))  # fmt: skip
    return tuple(values)


def _parse_block(source: str, index: int, table: object, template_scored: bool,
                 guidance_count: range = GUIDANCE_COUNT) -> BlockTemplate:  # fmt: skip
    where = f"blocks[{index}]."
    if not isinstance(table, dict):
        raise TemplateError(source, f"blocks[{index}]", "must-be-table")
    _check_fields(source, where, table, BLOCK_FIELDS, BLOCK_REQUIRED)
    if not KEY_PATTERN.match(table["key"]):
        raise TemplateError(source, f"{where}key", "bad-key")
    if not is_hex_colour(table["colour"]):
        raise TemplateError(source, f"{where}colour", "bad-colour")
    for name in ("x", "y", "w", "h"):
        if not math.isfinite(table[name]):
            raise TemplateError(source, f"{where}{name}", "must-be-finite")
    for name in ("w", "h"):
        if table[name] <= 0:
            raise TemplateError(source, f"{where}{name}", "must-be-positive")
    return BlockTemplate(
        key=table["key"],
        title_en=table["title_en"],
        title_zh=table["title_zh"],
        colour=table["colour"].upper(),
        x=float(table["x"]),
        y=float(table["y"]),
        w=float(table["w"]),
        h=float(table["h"]),
        guidance_en=_string_list(
            source, f"{where}guidance_en", table["guidance_en"], guidance_count
        ),
        guidance_zh=_string_list(
            source, f"{where}guidance_zh", table["guidance_zh"], guidance_count
        ),
        scored=table.get("scored", template_scored),
        links_to=_string_list(source, f"{where}links_to", table.get("links_to", []), None),
    )


def _overlaps(a: BlockTemplate, b: BlockTemplate) -> bool:
    return a.x < b.x + b.w and b.x < a.x + a.w and a.y < b.y + b.h and b.y < a.y + a.h


def _check_blocks(source: str, blocks: tuple[BlockTemplate, ...]) -> None:
    keys = [b.key for b in blocks]
    for index, block in enumerate(blocks):
        if keys.index(block.key) != index:
            raise TemplateError(source, f"blocks[{index}].key", "duplicate-key", key=block.key)
        for target in block.links_to:
            if target not in keys:
                raise TemplateError(source, f"blocks[{index}].links_to", "unknown-link",
                                    target=target)  # fmt: skip
        for other_index, other in enumerate(blocks[:index]):
            if _overlaps(block, other):
                raise TemplateError(source, f"blocks[{index}]", "overlap", other=other_index,
                                    key=other.key)  # fmt: skip


def parse_template(data: dict, source: str, *, user: bool = False) -> Template:
    """Validate one decoded TOML document and build a Template from it.

    A user's template (`user`) follows the same rules, except that a block may have fewer
    guidance questions (none at all, or one).
    """
    _check_fields(source, "", data, TEMPLATE_FIELDS, TEMPLATE_REQUIRED)
    if not KEY_PATTERN.match(data["key"]):
        raise TemplateError(source, "key", "bad-key")
    scored = data.get("scored", False)
    count = USER_GUIDANCE_COUNT if user else GUIDANCE_COUNT
    blocks = tuple(
        _parse_block(source, i, table, scored, count) for i, table in enumerate(data["blocks"])
    )
    _check_blocks(source, blocks)
    return Template(
        key=data["key"],
        title_en=data["title_en"],
        title_zh=data["title_zh"],
        description_en=data["description_en"],
        description_zh=data["description_zh"],
        blocks=blocks,
        scored=scored,
        order=data.get("order", 100),
    )


def load_template(path: Path, *, user: bool = False) -> Template:
    """Read and validate one template file; the file name must match the template key."""
    source = path.name
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError) as error:
        raise unreadable(source, error) from None
    template = parse_template(data, source, user=user)
    if template.key != path.stem:
        raise TemplateError(source, "key", "key-mismatch", key=template.key)
    return template


def load_templates(folder: Path) -> dict[str, Template]:
    """All templates in a folder, keyed by template key, in their display order."""
    templates = [load_template(path) for path in sorted(folder.glob("*.toml"))]
    templates.sort(key=lambda t: (t.order, t.key))
    return {t.key: t for t in templates}
