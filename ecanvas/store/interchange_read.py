"""Reading an interchange document in two passes, so that a large one is never held whole.

The first pass (`read_outline`) parses the whole file and keeps its outline: every member
except the long lists (each canvas's cards, links and snapshots, and the workshop's dots), which
it only counts. JSON-level problems (syntax, encoding, repeated keys, NaN, nesting) are all
found there, before anything is written, and the outline gives what a check needs first (the
version, each canvas's id and blocks), wherever the file puts it. The second pass (`walk_file`)
reads the file again and hands out the long lists' items one at a time, in file order; it
refuses a file that changed in between. A document already in memory is walked the same way
(`dict_outline`, `walk_dict`), so it passes exactly the same checks.
"""

from __future__ import annotations

import hmac
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ecanvas.store import interchange_validate as rules
from ecanvas.store.errors import InterchangeError
from ecanvas.store.json_stream import JsonReader

# The long lists: a member streamed item by item, and for items that are objects themselves,
# their own long lists (None: each item is parsed whole).
STREAMED: dict[str, dict | None] = {
    "canvases": {"cards": None, "links": None, "snapshots": None},
    "dots": None,
}

# Events of the walk: an item of a long list, and the start and end of an item that is walked.
ITEM, START, END = "item", "start", "end"


class Streamed:
    """A long list in the outline: how many items it has and, when they are walked, the
    outline of each (a canvas's members but its long lists)."""

    __slots__ = ("count", "outlines")

    def __init__(self) -> None:
        self.count = 0
        self.outlines: list[object] = []

    def __len__(self) -> int:
        return self.count


@dataclass(frozen=True)
class Outline:
    document: object  # the document with each long list as a `Streamed`
    digest: bytes  # of the file's bytes (empty for a document in memory)


# ----------------------------------------------------------------- a file
def _open(source: Path):
    name = str(source)
    try:
        size = Path(source).stat().st_size
        most = rules.MAX_DOCUMENT_BYTES
        if size > most:
            raise InterchangeError(name, "", "too-large", size=size, most=most)
        return Path(source).open("rb")
    except OSError as error:
        raise InterchangeError(
            name, "", "unreadable", reason=error.strerror, errno=error.errno
        ) from None


def read_outline(source: Path) -> Outline:
    """First pass: the document's outline; any JSON-level problem is an `InterchangeError`."""
    with _open(source) as handle:
        reader = JsonReader(handle, str(source))
        document = _outline(reader, STREAMED)
        reader.finish()
    return Outline(document, reader.digest.digest())


def _outline(reader: JsonReader, spec: dict | None) -> object:
    if spec is None or reader.peek() != "{":
        return reader.value()
    result = {}
    for key in reader.members():
        if key in spec and reader.peek() == "[":
            streamed = result[key] = Streamed()
            if spec[key] is None:
                for _item in reader.values():  # checked as JSON now, as fields on the second pass
                    streamed.count += 1
                continue
            for _ in reader.items():
                streamed.outlines.append(_outline(reader, spec[key]))
                streamed.count += 1
        else:
            result[key] = reader.value()
    return result


def walk_file(source: Path, outline: Outline) -> Iterator[tuple]:
    """Second pass: the long lists' items as (ITEM, list, index, item), a walked item (a canvas)
    between (START, list, index) and (END, list, index); in file order."""
    with _open(source) as handle:
        reader = JsonReader(handle, str(source), checked=True)
        if isinstance(outline.document, dict):
            if reader.peek() != "{":
                _changed(source)
            yield from _walk(reader, outline.document, STREAMED, source)
        else:
            reader.value()
        reader.finish()
    if not hmac.compare_digest(reader.digest.digest(), outline.digest):
        _changed(source)


def _walk(reader: JsonReader, outline: dict, spec: dict, source: Path) -> Iterator[tuple]:
    for key in reader.members():
        known = outline.get(key)
        if not isinstance(known, Streamed):
            reader.value()  # in the outline already
            continue
        if reader.peek() != "[":
            _changed(source)
        count = 0
        if spec[key] is None:
            for count, item in enumerate(reader.values(), 1):
                yield ITEM, key, count - 1, item
        else:
            for index in reader.items():
                if index >= known.count:
                    _changed(source)
                yield START, key, index
                inner = known.outlines[index]
                if isinstance(inner, dict) and reader.peek() == "{":
                    yield from _walk(reader, inner, spec[key], source)
                else:
                    reader.value()
                yield END, key, index
                count = index + 1
        if count != known.count:
            _changed(source)


def _changed(source: Path) -> None:
    raise InterchangeError(str(source), "", "file-changed")


# ----------------------------------------------------------------- a document in memory
def dict_outline(document: object) -> Outline:
    """The outline of a parsed document (its long lists as `Streamed`, items left in place)."""
    return Outline(_dict_outline(document, STREAMED), b"")


def _dict_outline(value: object, spec: dict | None) -> object:
    if spec is None or not isinstance(value, dict):
        return value
    result = {}
    for key, member in value.items():
        if key in spec and isinstance(member, list):
            streamed = result[key] = Streamed()
            streamed.count = len(member)
            if spec[key] is not None:
                streamed.outlines = [_dict_outline(item, spec[key]) for item in member]
        else:
            result[key] = member
    return result


def walk_dict(document: object) -> Iterator[tuple]:
    """The events `walk_file` gives for the same document, from memory."""
    if isinstance(document, dict):
        yield from _walk_dict(document, STREAMED)


def _walk_dict(value: dict, spec: dict) -> Iterator[tuple]:
    for key, member in value.items():
        if key not in spec or not isinstance(member, list):
            continue
        for index, item in enumerate(member):
            if spec[key] is None:
                yield ITEM, key, index, item
                continue
            yield START, key, index
            if isinstance(item, dict):
                yield from _walk_dict(item, spec[key])
            yield END, key, index
