"""A canvas's layout as a template of the user's own, written as TOML in the bundled files' shape.

What is kept: the blocks in their order, with key, titles, guidance, colour, geometry, whether
they are scored, and the blocks their cards are expected to link to. Cards are not part of a
template. The text written is read back through the same loader as the bundled templates before
anyone keeps it, so a saved template always loads.
"""

from __future__ import annotations

import math
import re

from ecanvas.model.entities import Canvas
from ecanvas.model.templates import (
    KEY_PATTERN,
    BlockTemplate,
    Template,
    TemplateError,
    parse_template,
)

USER_TEMPLATE_ORDER = 500  # after the bundled frameworks, before the blank canvas
DESCRIPTION_EN = "Saved from the canvas “{title}”."
DESCRIPTION_ZH = "由画布“{title}”保存。"


def check_template_key(key: str, source: str = "template") -> str:
    """A template key as the loader wants it (lower-case words joined by '-'), or TemplateError."""
    if not KEY_PATTERN.match(key or ""):
        raise TemplateError(source, "key", "bad-key-value", key=key)
    return key


def slug(text: str) -> str:
    """Lower-case ASCII words joined by '-' ("" when nothing of `text` is left)."""
    return "-".join(re.findall(r"[a-z0-9]+", text.lower()))


def template_from_canvas(
    canvas: Canvas, key: str, *, title_en: str = "", title_zh: str = "",
    description_en: str = "", description_zh: str = "",
) -> Template:  # fmt: skip
    """The layout of `canvas` as a template named `key`, titled as the canvas unless told
    otherwise (the Chinese title as the English one). Raises TemplateError when the result would
    not load."""
    check_template_key(key)
    title_en, title_zh = _both(title_en or canvas.title, title_zh, canvas.title)
    description_en = description_en.strip() or DESCRIPTION_EN.format(title=canvas.title)
    description_zh = description_zh.strip() or DESCRIPTION_ZH.format(title=canvas.title)
    blocks = sorted(canvas.blocks, key=lambda b: (b.position, b.id))
    keys = _block_keys([b.key for b in blocks])
    block_templates = []
    for block, block_key in zip(blocks, keys, strict=True):
        block_en, block_zh = _both(block.title_en, block.title_zh, block_key)
        links = [keys[i] for i, b in enumerate(blocks) if b.key in block.links_to]
        block_templates.append(
            BlockTemplate(
                key=block_key, title_en=block_en, title_zh=block_zh,
                colour=block.colour.upper(), x=block.x, y=block.y, w=block.w, h=block.h,
                guidance_en=_lines(block.guidance_en), guidance_zh=_lines(block.guidance_zh),
                scored=bool(block.scored), links_to=tuple(links),
            )
        )  # fmt: skip
    template = Template(
        key=key, title_en=title_en, title_zh=title_zh, description_en=description_en,
        description_zh=description_zh, blocks=tuple(block_templates), scored=False,
        order=USER_TEMPLATE_ORDER,
    )  # fmt: skip
    return checked(template, f"{key}.toml")


def checked(template: Template, source: str) -> Template:
    """`template` as the loader reads its TOML back (so what is kept always loads)."""
    import tomllib

    return parse_template(tomllib.loads(template_toml(template)), source, user=True)


def retitled(template: Template, title_en: str, title_zh: str) -> Template:
    """The same template under new titles (a rename keeps the key canvases refer to)."""
    title_en, title_zh = _both(title_en, title_zh, template.title_en or template.key)
    return Template(
        key=template.key, title_en=title_en, title_zh=title_zh,
        description_en=template.description_en, description_zh=template.description_zh,
        blocks=template.blocks, scored=template.scored, order=template.order,
    )  # fmt: skip


def _both(english: str, chinese: str, fallback: str) -> tuple[str, str]:
    english, chinese = english.strip(), chinese.strip()
    fallback = fallback.strip() or "Untitled"
    return (english or chinese or fallback, chinese or english or fallback)


def _lines(questions: list[str]) -> tuple[str, ...]:
    return tuple(q.strip() for q in questions if q.strip())


def _block_keys(keys: list[str]) -> list[str]:
    """Each block's key as the loader accepts it, unique; valid keys stay as they are."""
    result: list[str] = []
    for number, key in enumerate(keys, start=1):
        candidate = key if KEY_PATTERN.match(key) else (slug(key) or f"block-{number}")
        base, suffix = candidate, 2
        while candidate in result:
            candidate = f"{base}-{suffix}"
            suffix += 1
        result.append(candidate)
    return result


# --------------------------------------------------------------------------- TOML
def template_toml(template: Template) -> str:
    """The template as TOML in the layout of the bundled files (UTF-8, one block per table)."""
    lines = [
        f"key = {_string(template.key)}",
        f"title_en = {_string(template.title_en)}",
        f"title_zh = {_string(template.title_zh)}",
        f"description_en = {_string(template.description_en)}",
        f"description_zh = {_string(template.description_zh)}",
        f"order = {int(template.order)}",
    ]
    if template.scored:
        lines.append("scored = true")
    if not template.blocks:
        lines.append("blocks = []")
    for block in template.blocks:
        lines.extend(["", "[[blocks]]", *_block_lines(block)])
    return "\n".join(lines) + "\n"


def _block_lines(block: BlockTemplate) -> list[str]:
    lines = [
        f"key = {_string(block.key)}",
        f"title_en = {_string(block.title_en)}",
        f"title_zh = {_string(block.title_zh)}",
        f"colour = {_string(block.colour)}",
        *(f"{name} = {_number(getattr(block, name))}" for name in ("x", "y", "w", "h")),
    ]
    if block.scored:
        lines.append("scored = true")
    if block.links_to:
        lines.append(f"links_to = [{', '.join(_string(k) for k in block.links_to)}]")
    for name in ("guidance_en", "guidance_zh"):
        lines.extend(_string_array(name, getattr(block, name)))
    return lines


def _string_array(name: str, values: tuple[str, ...]) -> list[str]:
    if not values:
        return [f"{name} = []"]
    return [f"{name} = [", *(f"  {_string(v)}," for v in values), "]"]


def _number(value: float) -> str:
    if not math.isfinite(value):
        raise ValueError(f"not a finite number: {value!r}")
    return str(int(value)) if float(value).is_integer() else repr(float(value))


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f",
            "\r": "\\r"}  # fmt: skip


def _string(text: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped."""
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'
