"""The piece-at-a-time JSON reader agrees with `json.loads` on every document, good or broken.

Whatever the size of the pieces it reads, and however deep it walks member by member instead of
parsing whole values, it gives the same values, or the same message at the same line and column.
"""

from __future__ import annotations

import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ecanvas.store import json_stream
from ecanvas.store.errors import InterchangeError
from ecanvas.store.json_stream import JsonReader

BASE = (
    json.dumps(
        {
            "a": [1, 2.5, {"b": 'xé中\\"', "c": [True, None, False]}],
            "d": {"e": [], "f": {}},
            "g": -12e3,
            "h": "SURROGATES 😀",
        },
        ensure_ascii=False,
        indent=1,
    )
    .replace("SURROGATES", "\\ud83d\\ude00 \\ud800")
    .encode()
)
PIECES = [b",", b":", b"{", b"}", b"[", b"]", b'"', b"1", b" ", b"\n", b"x", b"\\", b"e", b".",
          b"-", b"\xe4", b"NaN", b"-Infinity", b'"a": 1,', b'"d"', b"\\u00", b"\t", b"\x01",
          b"tru", b"1e"]  # fmt: skip


def by_json(data: bytes) -> tuple[str, object]:
    """What `json.loads` makes of the bytes, in the words an import uses."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return ("error", "not UTF-8")
    try:
        return ("value", json.loads(text, object_pairs_hook=json_stream.no_duplicate_keys,
                                    parse_constant=json_stream.refuse_constant))  # fmt: skip
    except json.JSONDecodeError as error:
        return (
            "error",
            f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}",
        )
    except json_stream.DuplicateKeyError as error:
        return ("error", f"not valid JSON: an object repeats the key {json.dumps(str(error))}")
    except ValueError as error:
        return ("error", f"not valid JSON: {error}")


def by_reader(data: bytes, depth: int, whole_items: bool = False) -> tuple[str, object]:
    """The reader's result, walking objects and lists member by member `depth` levels down
    (lists at the last level through `values`, with `whole_items`)."""

    def build(level: int) -> object:
        found = reader.peek()
        if level < depth and found == "{":
            return {key: build(level + 1) for key in reader.members()}
        if level < depth and found == "[":
            if whole_items and level == depth - 1:
                return list(reader.values())
            return [build(level + 1) for _ in reader.items()]
        return reader.value()

    reader = JsonReader(io.BytesIO(data), "f")
    try:
        value = build(0)
        reader.finish()
    except InterchangeError as error:
        return ("error", "not UTF-8" if "not UTF-8" in error.problem else error.problem)
    return ("value", value)


mutation = st.tuples(st.sampled_from(["delete", "insert", "cut"]), st.floats(0, 1),
                     st.sampled_from(PIECES))  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(
    mutations=st.lists(mutation, max_size=3),
    chunk=st.sampled_from([1, 2, 3, 5, 64, 1 << 20]),
    depth=st.sampled_from([0, 1, 2, 3, 5]),
    whole_items=st.booleans(),
)
def test_the_reader_agrees_with_json_loads(mutations, chunk, depth, whole_items):
    data = bytearray(BASE)
    for operation, where, piece in mutations:
        at = int(where * len(data))
        if operation == "delete":
            del data[at : at + 1]
        elif operation == "insert":
            data[at:at] = piece
        else:
            del data[at:]
    expected = by_json(bytes(data))
    original, json_stream.CHUNK = json_stream.CHUNK, chunk
    try:
        found = by_reader(bytes(data), depth, whole_items)
    finally:
        json_stream.CHUNK = original
    if expected == ("error", "not UTF-8") and found[0] == "error":
        # All bytes are decoded before json.loads parses; the reader stops at whichever problem
        # comes first in the file.
        assert found[1] == "not UTF-8" or found[1].startswith("not valid JSON")
    else:
        assert found == expected


def test_the_byte_that_is_not_utf8_is_named_with_its_offset_in_the_file():
    data = '\ufeff{"title": "云间"}'.encode() + b'{"x": "\xd4"}'
    reader = JsonReader(io.BytesIO(data), "f")
    with pytest.raises(InterchangeError) as refused:
        reader.value()
        reader.finish()
    offset = data.index(b"\xd4")
    assert refused.value.problem == (
        f"the file is not UTF-8 text (byte 0xD4 at offset {offset}); save it as UTF-8"
    )


def test_a_repeated_key_of_a_walked_object_is_refused_once_the_object_is_complete():
    reader = JsonReader(io.BytesIO(b'{"a": 1, "a": 2, "b": [}'), "f")
    with pytest.raises(InterchangeError, match="Expecting value at line 1, column 24"):
        for _key in reader.members():  # the syntax error comes first, as in json.loads
            reader.value()
    reader = JsonReader(io.BytesIO(b'{"a": 1, "a": 2}'), "f")
    with pytest.raises(InterchangeError, match='repeats the key "a"'):
        for _key in reader.members():
            reader.value()
