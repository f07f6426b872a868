"""Every value is checked as it is read: a damaged row never crashes anything.

SQLite's integrity check cannot see a flipped bit inside a card's text, text where a number
belongs or broken JSON in a column. Each column of each table has a rule here; a value that
breaks it is either repaired (the row is kept with a stated replacement: a default colour, an
empty tag list, text with replacement marks) or, when the row cannot be placed at all (its id or
its canvas, block or card is unusable), the row is left out. Either way a `Damage` record names
the canvas and the row, so the app can say what is damaged and offer a repaired copy.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from ecanvas.model.colours import is_hex_colour
from ecanvas.model.entities import (
    CARD_STATUSES,
    DEFAULT_CARD_COLOUR,
    LANGUAGES,
    ROUND_SCOPES,
    utc_now,
)

DENSITIES = ("normal", "compact")

# What went wrong with a value (codes the app translates).
UNREADABLE_TEXT = "unreadable-text"  # bytes that are not UTF-8
WRONG_TYPE = "wrong-type"  # e.g. text where a number belongs
OUT_OF_RANGE = "out-of-range"  # a number or a choice outside what ecanvas writes
BAD_JSON = "bad-json"  # a list column whose JSON cannot be read
BAD_DATE = "bad-date"  # a date or time stamp that cannot be read
BAD_ID = "bad-id"  # the row's own id is unusable
MISSING_PARENT = "missing-parent"  # its canvas, block or card is missing or unusable
MISSING_ROW = "missing-row"  # the workspace's own row (title, client, ...) is missing
UNREADABLE_ROW = "unreadable-row"  # SQLite cannot read the row at all (a damaged page)


class UnreadableText(str):
    """Text read from bytes that are not UTF-8, shown with replacement marks (U+FFFD)."""


def lenient_text(data: bytes) -> str:
    """sqlite3 `text_factory`: undecodable text becomes UnreadableText instead of an error."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return UnreadableText(data.decode("utf-8", "replace"))


@dataclass(frozen=True)
class Damage:
    """One damaged row: where it is, what was wrong, and whether it was kept (repaired) or
    left out."""

    table: str  # workspace, canvas, block, card, link, setting
    row_id: object  # the id (or setting key) as found, or None
    canvas: str  # the canvas title ("" when unknown or not on a canvas)
    label: str  # a few words of the row's own text, to recognise it
    column: str  # the offending column ("" for the whole row)
    problem: str  # one of the codes above
    kept: bool  # True: repaired and kept; False: left out

    def describe(self) -> str:
        """One English line (the command line's; the app composes its own in its language)."""
        where = f'canvas "{self.canvas}", ' if self.canvas else ""
        what = f"{self.table} {self.row_id}" if self.row_id is not None else self.table
        label = f" “{self.label}”" if self.label else ""
        column = f"{self.column}: " if self.column else ""
        outcome = "repaired" if self.kept else "left out"
        return f"{where}{what}{label}: {column}{PROBLEM_WORDS[self.problem]} ({outcome})"


PROBLEM_WORDS = {
    UNREADABLE_TEXT: "the text is not readable UTF-8",
    WRONG_TYPE: "the value has the wrong type",
    OUT_OF_RANGE: "the value is out of range",
    BAD_JSON: "the list cannot be read",
    BAD_DATE: "the date cannot be read",
    BAD_ID: "the row's id is unusable",
    MISSING_PARENT: "what it belongs to is missing or damaged",
    MISSING_ROW: "the workspace properties are missing",
    UNREADABLE_ROW: "the row cannot be read at all",
}


class BadValueError(Exception):
    """A value that breaks its column's rule; `fallback` is what to use instead."""

    def __init__(self, problem: str, fallback: object = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.fallback = fallback


class BadRowError(Exception):
    """A row that cannot be kept at all."""

    def __init__(self, column: str, problem: str) -> None:
        super().__init__(problem)
        self.column = column
        self.problem = problem


Rule = Callable[[object], object]


# --------------------------------------------------------------------------- rules
def text(default: str = "") -> Rule:
    def check(value: object) -> str:
        if isinstance(value, UnreadableText):
            raise BadValueError(UNREADABLE_TEXT, str(value))
        if isinstance(value, str):
            return value
        if isinstance(value, bytes):
            raise BadValueError(UNREADABLE_TEXT, lenient_text(value))
        if isinstance(value, int | float) and not isinstance(value, bool):
            raise BadValueError(WRONG_TYPE, str(value))
        raise BadValueError(WRONG_TYPE, default)

    return check


def choice(values: tuple[str, ...], default: str) -> Rule:
    def check(value: object) -> str:
        if isinstance(value, str) and not isinstance(value, UnreadableText) and value in values:
            return value
        raise BadValueError(OUT_OF_RANGE if isinstance(value, str) else WRONG_TYPE, default)

    return check


def colour(default: str) -> Rule:
    def check(value: object) -> str:
        if is_hex_colour(value):
            return value
        raise BadValueError(OUT_OF_RANGE if isinstance(value, str) else WRONG_TYPE, default)

    return check


def integer(default: int | None, low: int | None = None, high: int | None = None) -> Rule:
    def check(value: object) -> int | None:
        if value is None and default is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise BadValueError(WRONG_TYPE, default)
        if (low is not None and value < low) or (high is not None and value > high):
            raise BadValueError(OUT_OF_RANGE, default)
        return value

    return check


def number(default: float, positive: bool = False) -> Rule:
    def check(value: object) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise BadValueError(WRONG_TYPE, default)
        if not math.isfinite(value) or abs(value) > 1e9 or (positive and value <= 0):
            raise BadValueError(OUT_OF_RANGE, default)
        return float(value)

    return check


def flag(value: object) -> bool:
    if isinstance(value, bool) or value in (0, 1):
        return bool(value)
    raise BadValueError(WRONG_TYPE, False)


def text_list(value: object) -> list[str]:
    if isinstance(value, str) and not isinstance(value, UnreadableText):
        try:
            value = json.loads(value)
        except (ValueError, RecursionError):
            raise BadValueError(BAD_JSON, []) from None
    if not isinstance(value, list):
        raise BadValueError(BAD_JSON if isinstance(value, str) else WRONG_TYPE, [])
    kept = [item for item in value if isinstance(item, str)]
    if len(kept) != len(value):
        raise BadValueError(WRONG_TYPE, kept)
    return kept


def stamp(value: object) -> datetime:
    """A stored UTC time stamp (SQLAlchemy's naive ISO text) as an aware datetime."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            raise BadValueError(BAD_DATE, utc_now()) from None
        return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
    raise BadValueError(WRONG_TYPE if value is not None else BAD_DATE, utc_now())


def optional_stamp(value: object) -> datetime | None:
    return None if value is None else stamp(value)


def unchecked(value: object) -> object:
    return value


def day(value: object) -> date | None:
    if value is None:
        return None
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise BadValueError(BAD_DATE, None) from None
    raise BadValueError(WRONG_TYPE, None)


def blob(value: object) -> bytes | None:
    if value is None or isinstance(value, bytes):
        return value
    if isinstance(value, memoryview | bytearray):
        return bytes(value)
    raise BadValueError(WRONG_TYPE, None)


def row_id(value: object) -> int:
    """An id the row cannot do without: a damaged one leaves the row out."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise BadRowError("id", BAD_ID)
    return value


def reference(value: object) -> int:
    """The id of what the row belongs to (its canvas, block or card): unusable, the row is out."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise BadRowError("", MISSING_PARENT)
    return value


# The rule of every column ecanvas reads, by table. A column missing here is not read.
WORKSPACE_RULES: dict[str, Rule] = {
    "title": text("Untitled workspace"),
    "client": text(),
    "author": text(),
    "language": choice(LANGUAGES, "en"),
    "brand_colour": colour("#1F4E79"),
    "logo": blob,
    "logo_mime": text(),
    "summary": text(),
    "recommendations": text(),
    "created": stamp,
    "updated": stamp,
}
CANVAS_RULES: dict[str, Rule] = {
    "id": row_id,
    "title": text(),
    "template_key": text("blank"),
    "position": integer(0),
    "density": choice(DENSITIES, "normal"),
    "created": stamp,
    "updated": stamp,
}
BLOCK_RULES: dict[str, Rule] = {
    "id": row_id,
    "canvas_id": reference,
    "key": text(),
    "title_en": text(),
    "title_zh": text(),
    "guidance_en": text_list,
    "guidance_zh": text_list,
    "colour": colour("#4F81BD"),
    "x": number(0.0),
    "y": number(0.0),
    "w": number(400.0, positive=True),
    "h": number(300.0, positive=True),
    "scored": flag,
    "score": integer(None, 0, 5),
    "links_to": text_list,
    "position": integer(0),
    "silent": flag,
}
CARD_RULES: dict[str, Rule] = {
    "id": row_id,
    "canvas_id": reference,
    "block_id": reference,
    "text": text(),
    "note": text(),
    "colour": colour(DEFAULT_CARD_COLOUR),
    "tags": text_list,
    "votes": integer(0, 0),
    "owner": text(),
    "due": day,
    "status": choice(CARD_STATUSES, ""),
    "position": integer(0),
    "created": stamp,
    "updated": stamp,
    "author_id": integer(None, 1),
    "face_down": flag,
}
LINK_RULES: dict[str, Rule] = {
    "id": row_id,
    "canvas_id": reference,
    "source_id": reference,
    "target_id": reference,
    "label": text(),
}


SNAPSHOT_RULES: dict[str, Rule] = {
    "id": row_id,
    "canvas_id": reference,
    "name": text(),
    "created": stamp,
    # Its JSON is checked when the snapshot is used (ecanvas.store.snapshot_format), so a damaged
    # one is still listed by name.
    "content": text(),
}
PARTICIPANT_RULES: dict[str, Rule] = {
    "id": row_id,
    "name": text(),
    "colour": colour(DEFAULT_CARD_COLOUR),
    "position": integer(0),
}
VOTING_ROUND_RULES: dict[str, Rule] = {
    "id": row_id,
    "scope": choice(ROUND_SCOPES, "workspace"),
    "canvas_id": integer(None, 1),
    "block_id": integer(None, 1),
    "dots_per_participant": integer(3, 1),
    "highlight": integer(3, 0),
    "status": choice(("open", "closed"), "closed"),
    "created": stamp,
    "closed": optional_stamp,
}
DOT_RULES: dict[str, Rule] = {
    "id": row_id,
    "round_id": reference,
    "participant_id": reference,
    "card_id": reference,
}
RULES = {
    "workspace": WORKSPACE_RULES,
    "canvas": CANVAS_RULES,
    "block": BLOCK_RULES,
    "card": CARD_RULES,
    "link": LINK_RULES,
    "snapshot": SNAPSHOT_RULES,
    "participant": PARTICIPANT_RULES,
    "voting_round": VOTING_ROUND_RULES,
    "dot": DOT_RULES,
}
