"""Hand-written validation of a JSON interchange document (no jsonschema at run time).

Every refusal is an `InterchangeError` naming the JSON path of the offending field, so a user or
an integrator can find it in the file. `resources/schema/ecanvas-interchange-N.schema.json`
describes the same shape (of version N) for other tools; the references between ids (a card's
block, a link's cards, unique ids) are checked only here.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from ecanvas import __version__
from ecanvas.model.colours import is_hex_colour
from ecanvas.model.entities import CARD_STATUSES, LANGUAGES, ROUND_SCOPES
from ecanvas.model.layout import DENSITIES
from ecanvas.model.logo import (
    MAX_LOGO_BYTES,
    MAX_LOGO_PIXELS,
    TOO_LARGE_FILE,
    TOO_MANY_PIXELS,
    LogoError,
    check_logo,
    image_size,
)
from ecanvas.store.errors import InterchangeError

FORMAT_NAME = "ecanvas-interchange"
# 2: per-workspace settings; 3: the summary and recommendations; 4: cards have a `position` in
# their block's order instead of a free x and y, canvases a card density; 5: canvases carry their
# snapshots; 6: workshops (participants, voting rounds and their dots, a card's author, silent
# brainstorms)
FORMAT_VERSION = 6
ORDER_VERSION = 4  # the first version whose cards are ordered
SNAPSHOT_VERSION = 5  # the first version whose canvases carry their snapshots
WORKSHOP_VERSION = 6  # the first version with workshops
SNAPSHOT_FORMAT = "ecanvas-snapshot"  # the content of a snapshot: one canvas document
MAX_INTEGER = 2**63 - 1  # SQLite's INTEGER range
# Bounds of what an import accepts, each refused with the JSON path of what passes it.
MAX_DOCUMENT_BYTES = 512 * 1024 * 1024
MAX_DEPTH = 32  # nesting of a setting's value (the document itself nests 6 deep)
MAX_TEXT = 16 * 1024 * 1024  # characters in one string (a card of 10 MB of text still fits)
MAX_LOGO_BASE64 = (10 * 1024 * 1024) * 4 // 3 + 4  # a logo of at most 10 MB (as the app's)
MAX_ITEMS = {
    "canvases": 10_000,
    "blocks": 1_000,
    "cards": 1_000_000,
    "links": 1_000_000,
    "snapshots": 10_000,
    "participants": 10_000,
    "rounds": 100_000,
    "dots": 10_000_000,
    "list": 10_000,  # any other list: tags, guidance, links_to
}

DATE_PATTERN = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
TIMESTAMP_PATTERN = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?(Z|[+-][0-9]{2}:[0-9]{2})"
)
IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@dataclass(frozen=True)
class Rule:
    """What a field's value must be: a test, the reason given when a value fails it (a code of
    `interchange_reasons`), and list items."""

    accepts: Callable[[object], bool]
    code: str
    items: Rule | None = None
    unique_items: bool = False
    stamp: bool = False  # a time stamp: it must also have a time in UTC
    choices: str = ""  # the values a `one_of` accepts, as the message shows them

    def reason(self, name: str) -> dict:
        """The parameters of this rule's refusal of the field `name`."""
        return {"name": name, "choices": self.choices} if self.choices else {"name": name}


def _is_integer(value: object) -> bool:
    return type(value) is int  # not a bool (a subclass of int)


def _is_number(value: object) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    try:
        return math.isfinite(float(value))
    except OverflowError:
        return False


def _is_date(value: object) -> bool:
    if not isinstance(value, str) or not DATE_PATTERN.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_timestamp(value: object) -> bool:
    if not isinstance(value, str) or not TIMESTAMP_PATTERN.fullmatch(value):
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def has_utc_time(value: str) -> bool:
    """Whether a well-formed time stamp has a time in UTC (not so year 9999 west of Greenwich)."""
    try:
        datetime.fromisoformat(value).astimezone(UTC)
    except (OverflowError, ValueError):
        return False
    return True


def _is_base64(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return False
    return True


def _is_tag(value: object) -> bool:
    return isinstance(value, str) and bool(value) and value == value.strip()


def one_of(values: tuple[str, ...]) -> Rule:
    shown = ", ".join(json.dumps(v) for v in values)
    return Rule(lambda v: isinstance(v, str) and v in values, "must-be-one-of", choices=shown)


TEXT = Rule(lambda v: isinstance(v, str), "must-be-string")
ID = Rule(lambda v: _is_integer(v) and 1 <= v <= MAX_INTEGER, "must-be-id")
COUNT = Rule(lambda v: _is_integer(v) and 0 <= v <= MAX_INTEGER, "must-be-count")
NUMBER = Rule(_is_number, "must-be-number")
SIZE = Rule(lambda v: _is_number(v) and v > 0, "must-be-size")
FLAG = Rule(lambda v: isinstance(v, bool), "must-be-flag")
OPTIONAL_ID = Rule(lambda v: v is None or ID.accepts(v), "must-be-id-or-null")
OPTIONAL_TIMESTAMP = Rule(
    lambda v: v is None or _is_timestamp(v),
    "must-be-time-or-null",
    stamp=True,
)
POSITIVE = Rule(lambda v: _is_integer(v) and 1 <= v <= MAX_INTEGER, "must-be-id")
SCORE = Rule(
    lambda v: v is None or (_is_integer(v) and 0 <= v <= 5),
    "must-be-score",
)
COLOUR = Rule(
    is_hex_colour,
    "must-be-colour",
)
TIMESTAMP = Rule(
    _is_timestamp,
    "must-be-time",
    stamp=True,
)
DUE = Rule(lambda v: v is None or _is_date(v), "must-be-date-or-null")
LOGO = Rule(
    lambda v: v is None or (isinstance(v, str) and len(v) <= MAX_LOGO_BASE64 and _is_base64(v)),
    "must-be-logo",
)
TEXT_LIST = Rule(lambda v: isinstance(v, list), "must-be-string-list", items=TEXT)
TAG = Rule(_is_tag, "must-be-tag")
TAGS = Rule(lambda v: isinstance(v, list), "must-be-string-list", items=TAG, unique_items=True)

# Field name -> rule; None marks a nested object or list that has its own checks.
DOCUMENT_FIELDS: dict[str, Rule | None] = {
    "format": TEXT,
    "version": ID,
    "ecanvas_version": TEXT,
    "workspace": None,
    "canvases": None,
    "settings": None,
    "participants": None,
    "rounds": None,
    "dots": None,
}
# Version 1 documents have no settings.
WORKSHOP_DOCUMENT_FIELDS = ("participants", "rounds", "dots")  # since version 6
DOCUMENT_FIELDS_5 = {k: v for k, v in DOCUMENT_FIELDS.items() if k not in WORKSHOP_DOCUMENT_FIELDS}
DOCUMENT_FIELDS_1 = {k: v for k, v in DOCUMENT_FIELDS_5.items() if k != "settings"}
WORKSPACE_FIELDS: dict[str, Rule | None] = {
    "title": TEXT,
    "client": TEXT,
    "author": TEXT,
    "language": one_of(LANGUAGES),
    "brand_colour": COLOUR,
    "logo": LOGO,
    "logo_mime": TEXT,
    "created": TIMESTAMP,
    "updated": TIMESTAMP,
    "summary": TEXT,
    "recommendations": TEXT,
}
# Versions 1 and 2 have no summary or recommendations.
WORKSPACE_FIELDS_2 = {
    k: v for k, v in WORKSPACE_FIELDS.items() if k not in ("summary", "recommendations")
}
CANVAS_FIELDS: dict[str, Rule | None] = {
    "id": ID,
    "title": TEXT,
    "template_key": TEXT,
    "density": one_of(DENSITIES),
    "created": TIMESTAMP,
    "updated": TIMESTAMP,
    "blocks": None,
    "cards": None,
    "links": None,
    "snapshots": None,
}
NAME = Rule(lambda v: isinstance(v, str) and bool(v.strip()), "must-be-name")
SNAPSHOT_FIELDS: dict[str, Rule | None] = {
    "id": ID,
    "name": NAME,
    "created": TIMESTAMP,
    "content": None,
}
SNAPSHOT_CONTENT_FIELDS: dict[str, Rule | None] = {"format": TEXT, "version": ID, "canvas": None}


def canvas_fields(version: int, *, nested: bool = False) -> dict[str, Rule | None]:
    """A canvas's fields in a document of `version`; `nested` for the canvas a snapshot holds."""
    fields = dict(CANVAS_FIELDS)
    if version < SNAPSHOT_VERSION or nested:
        del fields["snapshots"]
    if version < ORDER_VERSION:
        del fields["density"]
    return fields


BLOCK_FIELDS: dict[str, Rule | None] = {
    "id": ID,
    "key": NAME,
    "title_en": TEXT,
    "title_zh": TEXT,
    "guidance_en": TEXT_LIST,
    "guidance_zh": TEXT_LIST,
    "colour": COLOUR,
    "x": NUMBER,
    "y": NUMBER,
    "w": SIZE,
    "h": SIZE,
    "scored": FLAG,
    "score": SCORE,
    "links_to": TEXT_LIST,
    "position": COUNT,
    "silent": FLAG,
}
BLOCK_FIELDS_5 = {name: rule for name, rule in BLOCK_FIELDS.items() if name != "silent"}
CARD_FIELDS: dict[str, Rule | None] = {
    "id": ID,
    "block": ID,
    "text": TEXT,
    "note": TEXT,
    "colour": COLOUR,
    "tags": TAGS,
    "votes": COUNT,
    "owner": TEXT,
    "due": DUE,
    "status": one_of(CARD_STATUSES),
    "position": COUNT,
    "created": TIMESTAMP,
    "updated": TIMESTAMP,
    "author": OPTIONAL_ID,
    "face_down": FLAG,
}
CARD_FIELDS_5 = {n: rule for n, rule in CARD_FIELDS.items() if n not in ("author", "face_down")}
CARD_FIELDS_1 = {
    **{name: rule for name, rule in CARD_FIELDS_5.items() if name != "position"},
    "x": NUMBER,
    "y": NUMBER,
}
PARTICIPANT_FIELDS: dict[str, Rule | None] = {
    "id": ID, "name": NAME, "colour": COLOUR, "position": COUNT,
}  # fmt: skip
ROUND_FIELDS: dict[str, Rule | None] = {
    "id": ID,
    "scope": one_of(ROUND_SCOPES),
    "canvas": OPTIONAL_ID,
    "block": OPTIONAL_ID,
    "dots_per_participant": POSITIVE,
    "highlight": COUNT,
    "status": one_of(("open", "closed")),
    "created": TIMESTAMP,
    "closed": OPTIONAL_TIMESTAMP,
}
DOT_FIELDS: dict[str, Rule | None] = {"id": ID, "round": ID, "participant": ID, "card": ID}
WORKSHOP_PARTS = (("participants", "participant", PARTICIPANT_FIELDS),
                  ("rounds", "round", ROUND_FIELDS), ("dots", "dot", DOT_FIELDS))  # fmt: skip
LINK_FIELDS: dict[str, Rule | None] = {"id": ID, "source": ID, "target": ID, "label": TEXT}


def child(path: str, key: str | int) -> str:
    """The JSON path of a member (`$.a.b`, `$.a[3]`, `$.a["odd key"]`)."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    if IDENTIFIER.fullmatch(key):
        return f"{path}.{key}"
    return f"{path}[{json.dumps(key, ensure_ascii=False)}]"


def shown(value: object) -> str:
    """A short rendering of a found value for an error message."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 40 else text[:37] + "…"


def validate_document(data: object, source: str) -> None:
    """Refuse anything but a complete, consistent interchange document this version can read.

    Raises `InterchangeError` with the JSON path of the first offending field. The checks are
    those of an import (`interchange_check`), which reads a file without holding it whole.
    """
    from ecanvas.store.interchange_check import check_document

    check_document(data, source)


def validate_snapshot_content(data: object, source: str, path: str = "$") -> int:
    """Refuse a snapshot's content unless it is one consistent canvas document of a version
    this ecanvas reads; returns that version. Errors name the JSON path below `path`."""
    validator = _Validator(source)
    validator.check_snapshot_content(data, path)
    return data["version"]


class _Validator:
    """The rules applied to one object, list or value, and the checks of a snapshot's content
    (a whole canvas in memory); `interchange_check.DocumentCheck` builds on them."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.version = FORMAT_VERSION
        # kind -> id -> JSON path of the object holding it, for unique ids and references.
        self.seen: dict[str, dict[int, str]] = {
            kind: {} for kind in ("canvas", "block", "card", "link", "snapshot", "participant",
                                  "round", "dot")
        }  # fmt: skip

    def fail(self, path: str, code: str, **params: object) -> None:
        """Refuse the document: the reason's code (`interchange_reasons`) and parameters."""
        raise InterchangeError(self.source, path, code, **params)

    def check_header(self, data: dict, path: str = "$", name: str = FORMAT_NAME) -> None:
        """Format marker and version first: a newer document may have any other shape."""
        document = name == FORMAT_NAME
        if "format" not in data:
            self.fail(child(path, "format"), "not-interchange" if document else "not-snapshot")
        if data["format"] != name:
            self.fail(child(path, "format"), "wrong-format", expected=name,
                      found=shown(data["format"]))  # fmt: skip
        if "version" not in data:
            self.fail(child(path, "version"), "missing-field", field='"version"')
        version = data["version"]
        if not ID.accepts(version):
            self.fail(child(path, "version"), ID.code, **ID.reason("version"))
        if version > FORMAT_VERSION:
            self.fail(child(path, "version"), "newer-document" if document else "newer-snapshot",
                      version=version, app=__version__, supported=FORMAT_VERSION)  # fmt: skip

    def check_object(self, value: object, path: str, name: str, fields: dict) -> dict:
        if not isinstance(value, dict):
            self.fail(path, "not-object", name=name)
        if value.keys() != fields.keys():  # then say which field is missing or unknown
            for field in fields:
                if field not in value:
                    self.fail(child(path, field), "missing-field", field=json.dumps(field))
            for key in value:
                if key not in fields:
                    self.fail(child(path, key), "unknown-field",
                              field=json.dumps(key, ensure_ascii=False))  # fmt: skip
        for field, rule in fields.items():
            if rule is None:
                continue
            found = value[field]
            if rule.items is None and not isinstance(found, str) and rule.accepts(found):
                continue  # a number, a flag or a null that passes: nothing more to check
            self.check_value(found, (path, field), field, rule)
        return value

    def check_value(self, value: object, where: str | tuple, name: str, rule: Rule) -> None:
        """`where` is the value's path, or (parent path, key): the path is only spelled out for
        a refusal (a snapshot's thousands of fields pass by the millisecond)."""
        if isinstance(value, str):
            if not _is_unicode(value):
                self.fail(_spelled(where), "not-unicode", name=name)
            if len(value) > MAX_TEXT and rule is not LOGO:
                self.fail(_spelled(where), "too-long", name=name, length=len(value),
                          most=MAX_TEXT)  # fmt: skip
        if not rule.accepts(value):
            self.fail(_spelled(where), rule.code, **rule.reason(name))
        if rule.stamp and value is not None and not has_utc_time(value):
            self.fail(_spelled(where), "time-out-of-range", name=name, value=shown(value))
        if rule.items is None:
            return
        path = _spelled(where)
        if len(value) > MAX_ITEMS["list"]:
            self.fail(path, "too-many-items", name=name, count=len(value),
                      most=MAX_ITEMS["list"])  # fmt: skip
        first_at: dict[object, int] = {}
        for index, item in enumerate(value):
            self.check_value(item, (path, index), f"{name}[{index}]", rule.items)
            if rule.unique_items and item in first_at:
                self.fail(child(path, index), "repeated-item", name=name, index=index,
                          value=shown(item), first=first_at[item])  # fmt: skip
            first_at.setdefault(item, index)

    def check_logo(self, value: str | None, path: str) -> None:
        """The logo within the logo limits (file size, pixels), from its header alone."""
        if value is None:
            return
        data = base64.b64decode(value)
        if image_size(data) is None and len(data) <= MAX_LOGO_BYTES:
            return  # not an image ecanvas knows: kept as it is (the report says so)
        try:
            check_logo(data, "logo")
        except LogoError as error:
            self.fail(path, "logo-" + error.reason, **logo_limits(error))

    def check_settings(self, value: object, path: str) -> None:
        if not isinstance(value, dict):
            self.fail(path, "not-object", name="settings")
        for key in value:
            if not key.strip() or key != key.strip():
                self.fail(child(path, key), "setting-key-spaces")
            if not _is_unicode(key):
                self.fail(child(path, key), "setting-key-unicode")
            if _depth(value[key]) > MAX_DEPTH:
                self.fail(child(path, key), "setting-too-deep", most=MAX_DEPTH)

    def check_list(self, value: object, path: str, name: str) -> list:
        if not isinstance(value, list):
            self.fail(path, "not-list", name=name)
        most = MAX_ITEMS.get(name, MAX_ITEMS["list"])
        if len(value) > most:
            self.fail(path, "too-many-items", name=name, count=len(value), most=most)
        return value

    def check_canvas(self, canvas: object, path: str) -> None:
        """The canvas inside a snapshot (the document's own canvases are read one item at a
        time by `interchange_check.DocumentCheck`)."""
        fields = canvas_fields(self.version, nested=True)
        self.check_object(canvas, path, path.rpartition(".")[2], fields)
        self.claim_id("canvas", canvas["id"], path)
        placed = self.version < ORDER_VERSION  # cards placed at free x and y
        workshop = self.version >= WORKSHOP_VERSION
        cards = CARD_FIELDS_1 if placed else CARD_FIELDS if workshop else CARD_FIELDS_5
        blocks = BLOCK_FIELDS if workshop else BLOCK_FIELDS_5
        parts = (("blocks", "block", blocks), ("cards", "card", cards))
        for member, kind, fields in (*parts, ("links", "link", LINK_FIELDS)):
            items = self.check_list(canvas[member], child(path, member), member)
            for index, item in enumerate(items):
                item_path = child(child(path, member), index)
                self.check_object(item, item_path, f"{member}[{index}]", fields)
                self.claim_id(kind, item["id"], item_path)
        self.check_block_keys(canvas["blocks"], child(path, "blocks"))

    def check_snapshot_content(self, data: object, path: str) -> None:
        if not isinstance(data, dict):
            self.fail(path, "snapshot-not-object")
        self.check_header(data, path, SNAPSHOT_FORMAT)
        self.version = data["version"]
        self.check_object(data, path, "content", SNAPSHOT_CONTENT_FIELDS)
        canvas_path = child(path, "canvas")
        self.check_canvas(data["canvas"], canvas_path)
        self.check_references(data["canvas"], canvas_path)

    def check_known(self, item: dict, field: str, kind: str, path: str) -> None:
        value = item[field]
        if value not in self.seen[kind]:
            self.fail(child(path, field), "no-such", field=field, value=value, kind=kind)

    def claim_id(self, kind: str, value: int, path: str) -> None:
        seen = self.seen[kind]
        if value in seen:
            self.fail(child(path, "id"), "duplicate-id", kind=kind, value=value, other=seen[value])
        seen[value] = path

    def check_block_keys(self, blocks: list[dict], path: str) -> None:
        first_at: dict[str, int] = {}
        for index, block in enumerate(blocks):
            key = block["key"]
            if key in first_at:
                self.fail(child(child(path, index), "key"), "duplicate-block-key", key=shown(key),
                          first=first_at[key])  # fmt: skip
            first_at[key] = index

    def check_references(self, canvas: dict, path: str) -> None:
        """Cards sit in blocks of their own canvas; links join two cards of their own canvas."""
        block_ids = {block["id"] for block in canvas["blocks"]}
        card_ids = {card["id"] for card in canvas["cards"]}
        for index, card in enumerate(canvas["cards"]):
            card_path = child(child(path, "cards"), index)
            self.check_reference(card, "block", block_ids, card_path)
        pairs: dict[tuple[int, int], int] = {}
        for index, link in enumerate(canvas["links"]):
            link_path = child(child(path, "links"), index)
            self.check_reference(link, "source", card_ids, link_path)
            self.check_reference(link, "target", card_ids, link_path)
            if link["source"] == link["target"]:
                self.fail(child(link_path, "target"), "self-link")
            pair = (link["source"], link["target"])
            if pair in pairs:
                self.fail(link_path, "duplicate-link", index=index, first=pairs[pair])
            pairs[pair] = index

    def check_reference(self, item: dict, field: str, own: set[int], path: str) -> None:
        kind = "block" if field == "block" else "card"
        value = item[field]
        if value in own:
            return
        self.fail_reference(child(path, field), field, value, kind, self.seen[kind].get(value))

    def fail_reference(self, path: str, field: str, value: int, kind: str,
                       elsewhere: str | None) -> None:  # fmt: skip
        """A card's block or a link's card that is not of its own canvas."""
        if elsewhere:
            self.fail(path, "reference-elsewhere", field=field, value=value, kind=kind,
                      other=elsewhere)  # fmt: skip
        self.fail(path, "reference-missing", field=field, value=value, kind=kind)


def logo_limits(error: LogoError) -> dict:
    """The parameters of a refused logo's reason (`logo-…` in `interchange_reasons`)."""
    if error.reason == TOO_LARGE_FILE:
        return {"most": MAX_LOGO_BYTES // (1024 * 1024), "detail": error.detail}
    if error.reason == TOO_MANY_PIXELS:
        return {"most": MAX_LOGO_PIXELS // 1_000_000, "detail": error.detail}
    return {}


def _spelled(where: str | tuple) -> str:
    return child(*where) if isinstance(where, tuple) else where


def _depth(value: object) -> int:
    """How deeply a JSON value nests (without recursion: it may be very deep)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, level)
            if level > MAX_DEPTH:
                return level
            members = item.values() if isinstance(item, dict) else item
            stack.extend((member, level + 1) for member in members)
    return deepest


SURROGATE = re.compile("[\ud800-\udfff]")


def _is_unicode(text: str) -> bool:
    """No lone surrogate (which only a `\\ud800`-style escape can bring in)."""
    return text.isascii() or SURROGATE.search(text) is None
