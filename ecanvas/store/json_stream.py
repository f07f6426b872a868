"""Reading a JSON file a piece at a time, each piece parsed by the standard library's own parser.

A large interchange document is never held whole. The reader keeps a window of decoded text,
walks the objects and lists its caller chooses one member or item at a time, and parses every
other value (a card, a snapshot) with `json`'s C scanner, so each piece follows the rules and
gives the error messages of `json.loads`: strict strings, no repeated key in an object, no NaN
or Infinity, a bounded nesting depth. Every refusal is an `InterchangeError` naming the file,
with the line and column counted over the whole file.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
from collections.abc import Iterator
from typing import BinaryIO

from ecanvas.store.errors import InterchangeError

CHUNK = 1 << 20  # bytes read at a time (more while one value is longer than the window)
MARGIN = 16  # a parse error this close to the window's end may only mean the text goes on
WHITESPACE = re.compile(r"[ \t\n\r]*")
BOM = "\ufeff"


class DuplicateKeyError(ValueError):
    """An object repeats a key (raised by the parser's object hook)."""


def no_duplicate_keys(pairs: list[tuple[str, object]]) -> dict:
    result: dict = {}
    for key, value in pairs:
        if key in result:
            raise DuplicateKeyError(key)
        result[key] = value
    return result


def refuse_constant(name: str) -> object:
    raise ValueError(f"{name} is not a JSON number")


def _probe(text: str) -> tuple[str, bool]:
    """What this Python's `json` says of a trailing comma, and whether it points at the comma."""
    try:
        json.loads(text)
    except json.JSONDecodeError as error:
        return error.msg, error.pos == text.index(",")
    raise AssertionError(text)


TRAILING_COMMA = {"]": _probe("[1,]"), "}": _probe('{"a":1,}')}


class JsonReader:
    """A pull parser over a binary file: `members()` and `items()` walk one object or list,
    `value()` parses one whole value, `finish()` checks nothing follows the document."""

    def __init__(self, handle: BinaryIO, name: str, *, checked: bool = False) -> None:
        """`checked`: a first reading of the same bytes found no repeated key, so objects are
        built without looking for one (faster); the caller compares the digests."""
        self.handle = handle
        self.name = name
        self.text = ""  # the window: decoded text not dropped yet
        self.pos = 0  # where the next token starts in the window
        self.eof = False
        self.undecoded = b""  # the start of a character split between two reads
        self.offset = 0  # bytes of the file decoded so far
        self.lines = 0  # newlines in the text dropped from the window
        self.column = 0  # characters after the last of them
        self.started = False
        self.comma = None  # where the last comma of a list or object is (kept in the window)
        self.digest = hashlib.sha256()  # of every byte read: a second reading must match
        hook = None if checked else no_duplicate_keys
        decoder = json.JSONDecoder(object_pairs_hook=hook, parse_constant=refuse_constant)
        self.scan = decoder.scan_once

    # ----------------------------------------------------------------- the window
    def _more(self) -> bool:
        """Drop what was read and append the next piece of the file; False at its end."""
        if self.eof:
            return False
        self._drop_read()
        try:
            raw = self.handle.read(max(CHUNK, 2 * len(self.text)))
        except OSError as error:
            raise InterchangeError(
                self.name, "", "unreadable", reason=error.strerror, errno=error.errno
            ) from None
        self.digest.update(raw)
        data = self.undecoded + raw
        try:
            text, used = codecs.utf_8_decode(data, "strict", not raw)
        except UnicodeDecodeError as error:
            raise InterchangeError(
                self.name, "", "not-utf8", byte=data[error.start], offset=self.offset + error.start
            ) from None
        self.offset += used
        self.undecoded = data[used:]
        if not self.started and (text or not raw):
            self.started = True
            text = text.removeprefix(BOM)  # one byte-order mark is tolerated, as utf-8-sig does
            if text.startswith(BOM):
                self.text = text
                self._fail("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0)
        self.text += text
        self.eof = not raw
        return True

    def _drop_read(self) -> None:
        cut = self.pos if self.comma is None else min(self.pos, self.comma)
        read, self.text = self.text[:cut], self.text[cut:]
        self.pos -= cut
        if self.comma is not None:
            self.comma -= cut
        newlines = read.count("\n")
        if newlines:
            self.lines += newlines
            self.column = len(read) - read.rfind("\n") - 1
        else:
            self.column += len(read)

    def _space(self) -> str:
        """Skip white space; the next character, or "" at the end of the file."""
        if self.pos < len(self.text) and self.text[self.pos] > " ":  # JSON's spaces are below
            return self.text[self.pos]
        while True:
            self.pos = WHITESPACE.match(self.text, self.pos).end()
            if self.pos < len(self.text):
                return self.text[self.pos]
            if not self._more():
                return ""

    def _near_end(self, pos: int, margin: int = MARGIN) -> bool:
        """Whether a problem at `pos` may only be the window ending early (then read on)."""
        return pos >= len(self.text) - margin and self._more()

    # ----------------------------------------------------------------- errors
    def _fail(self, message: str, pos: int) -> None:
        newline = self.text.rfind("\n", 0, pos)
        line = self.lines + self.text.count("\n", 0, pos) + 1
        column = pos - newline if newline >= 0 else self.column + pos + 1
        raise InterchangeError(self.name, "", "bad-json", message=message, line=line, column=column)

    def _refuse(self, error: Exception) -> None:
        if isinstance(error, RecursionError):
            raise InterchangeError(self.name, "", "json-too-deep") from None
        if isinstance(error, DuplicateKeyError):
            key = json.dumps(str(error), ensure_ascii=False)
            raise InterchangeError(self.name, "", "repeated-key", key=key) from None
        raise InterchangeError(self.name, "", "bad-json-value", message=str(error)) from None

    # ----------------------------------------------------------------- reading
    def peek(self) -> str:
        """The first character of the next value ("" at the end of the file)."""
        return self._space()

    def value(self) -> object:
        """Parse the next value whole."""
        self._space()
        while True:
            try:
                found, end = self.scan(self.text, self.pos)
            except StopIteration as stop:  # nothing that starts a value (or a cut literal)
                if self._near_end(stop.value, 9):
                    continue
                self._fail("Expecting value", stop.value)
            except json.JSONDecodeError as error:
                cut = error.msg.startswith("Unterminated string") and self._more()
                if cut or self._near_end(error.pos):
                    continue
                self._fail(error.msg, error.pos)
            except (RecursionError, ValueError) as error:
                self._refuse(error)
            else:
                if self._near_end(end):  # a number may go on ("2" of "2.5")
                    continue
                self.pos = end
                return found

    def members(self) -> Iterator[str]:
        """The keys of the object that starts here, in order; the caller reads each value."""
        assert self._space() == "{"
        self.pos += 1
        seen: set[str] = set()
        repeated = None  # reported when the object is complete, as json's object hook does
        if self._space() == "}":
            self.pos += 1
            return
        while True:
            if self.text[self.pos : self.pos + 1] != '"':
                self._fail("Expecting property name enclosed in double quotes", self.pos)
            key = self.value()
            if key in seen and repeated is None:
                repeated = key
            seen.add(key)
            if self._space() != ":":
                self._fail("Expecting ':' delimiter", self.pos)
            self.pos += 1
            self._space()
            yield key
            if self._after_item("}"):
                break
            if self._space() != '"':
                self._trailing_comma("}")
            self.comma = None
        if repeated is not None:
            self._refuse(DuplicateKeyError(repeated))

    def items(self) -> Iterator[int]:
        """The indexes of the list that starts here, in order; the caller reads each item."""
        assert self._space() == "["
        self.pos += 1
        if self._space() == "]":
            self.pos += 1
            return
        index = 0
        while True:
            yield index
            if self._after_item("]"):
                return
            if self._space() == "]":
                self._trailing_comma("]")
            self.comma = None
            index += 1

    def values(self) -> Iterator[object]:
        """The items of the list that starts here, each parsed whole: `items` and `value` in
        one loop for the long lists (a million dots), taking the general steps only where an
        item, or the space after it, reaches the window's end, or something is wrong."""
        assert self._space() == "["
        self.pos += 1
        if self._space() == "]":
            self.pos += 1
            return
        scan, space = self.scan, WHITESPACE.match
        while True:
            text = self.text
            try:
                found, end = scan(text, self.pos)
            except (StopIteration, RecursionError, ValueError):
                found = self.value()  # says what is wrong, or reads on
            else:
                if end < len(text) - MARGIN or self.eof:
                    self.pos = end
                else:
                    found = self.value()  # a number may go on: read on
            yield found
            text = self.text
            after = space(text, self.pos).end()
            if after < len(text) and text[after] == ",":
                start = space(text, after + 1).end()
                if start < len(text) - MARGIN and text[start] != "]":
                    self.pos = start
                    continue
            if self._after_item("]"):
                return
            if self._space() == "]":
                self._trailing_comma("]")
            self.comma = None

    def _after_item(self, closer: str) -> bool:
        """Past the comma after a member or item; True at the end of the object or list."""
        found = self._space()
        if found == closer:
            self.pos += 1
            return True
        if found != ",":
            self._fail("Expecting ',' delimiter", self.pos)
        self.comma = self.pos
        self.pos += 1
        return False

    def _trailing_comma(self, closer: str) -> None:
        """After a comma, the next member or item must come (json's own words if not)."""
        message, at_comma = TRAILING_COMMA[closer]
        found = self.text[self.pos : self.pos + 1]
        if found == closer:
            self._fail(message, self.comma if at_comma else self.pos)
        if closer == "}":
            self._fail("Expecting property name enclosed in double quotes", self.pos)

    def finish(self) -> None:
        """Nothing but white space may follow the document."""
        if self._space():
            self._fail("Extra data", self.pos)
