"""User text wrapped by hand into lines: measured, cached, in logical order.

Every text of the report is wrapped here (never by reportlab's Paragraph, which cannot keep
right-to-left lines in order nor draw shaped scripts): by word for Latin, Arabic, Hebrew and the
like, which never split inside a word unless it is wider than the line, by character for CJK,
with closing punctuation kept off the start of a line. A wrapped line remembers the base
direction of its paragraph; `ecanvas.report.runs` puts it into visual order when it is drawn.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from ecanvas.report.direction import is_right_to_left
from ecanvas.report.fonts import char_width, text_width

ELLIPSIS = "…"  # after Chinese text
LATIN_ELLIPSIS = "..."  # after Latin text, where the CJK glyph would float mid-line
ELLIPSES = (ELLIPSIS, LATIN_ELLIPSIS)
# CJK ideographs, kana, hangul, fullwidth forms and CJK punctuation break between any two chars.
_TOKEN = re.compile(
    r"[\u2e80-\u2fff\u3000-\u30ff\u3100-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]"
    r"|[^\s\u2e80-\u2fff\u3000-\u30ff\u3100-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]+"
    r"|\s+"
)
_NO_LINE_START = set("，。、；：？！）》」』】〕〉”’,.;:?!)]}…%·")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Characters a line must not end on: a virama or a joiner binds the next letter to this one.
_BINDS_NEXT = frozenset("\u094d\u09cd\u0a4d\u0acd\u0b4d\u0bcd\u0c4d\u0ccd\u0d4d\u0e3a\u200d")


class Line(str):
    """One wrapped line of text, knowing whether its paragraph reads right to left."""

    rtl: bool = False

    def __new__(cls, text: str, rtl: bool = False) -> Line:
        line = super().__new__(cls, text)
        line.rtl = rtl
        return line


def clean(text: str) -> str:
    """Text without control characters, which reportlab and PDF viewers mishandle."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def breakable_before(word: str, index: int) -> bool:
    """True when a word wider than a line may be cut before `word[index]`: never inside a
    cluster (before a combining mark, after a virama or a joiner)."""
    return unicodedata.category(word[index])[0] != "M" and word[index - 1] not in _BINDS_NEXT


def _break_word(start: int, end: int, width: float, text: str,
                measure: Callable[[int, int], float]) -> list[tuple[int, int]]:  # fmt: skip
    """Cut one word (text[start:end]) that is wider than the line into pieces that fit, by
    cluster; each piece holds at least one cluster."""
    pieces: list[tuple[int, int]] = []
    begin = cluster = start
    used = 0.0
    for index in range(start + 1, end + 1):
        if index < end and not breakable_before(text, index):
            continue
        advance = measure(cluster, index)
        if cluster > begin and used + advance > width:
            pieces.append((begin, cluster))
            begin, used = cluster, 0.0
        used += advance
        cluster = index
    pieces.append((begin, end))
    return pieces


def break_ranges(text: str, width: float,
                 measure: Callable[[int, int], float]) -> list[tuple[int, int]]:  # fmt: skip
    """Where one paragraph's lines start and end, filling each line greedily; `measure(start,
    end)` is the drawn width of text[start:end]. Spaces at a line's end are left out."""
    lines: list[tuple[int, int]] = []
    begin = end = 0  # the current line is text[begin:end], `used` wide
    used = 0.0
    for match in _TOKEN.finditer(text):
        start, stop = match.span()
        if text[start].isspace():
            if end > begin:
                end, used = stop, used + measure(start, stop)
            continue
        token_width = measure(start, stop)
        if used + token_width <= width or (end > begin and text[start] in _NO_LINE_START):
            if end == begin:
                begin = start
            end, used = stop, used + token_width
            continue
        if text[begin:end].strip():
            lines.append((begin, _without_trailing_space(text, begin, end)))
        if token_width <= width:
            begin, end, used = start, stop, token_width
            continue
        *full, (begin, end) = _break_word(start, stop, width, text, measure)
        lines.extend(full)
        used = measure(begin, end)
    lines.append((begin, _without_trailing_space(text, begin, end)))
    return lines


def _without_trailing_space(text: str, begin: int, end: int) -> int:
    while end > begin and text[end - 1].isspace():
        end -= 1
    return end


def _wrap_paragraph(paragraph: str, size: float, width: float) -> list[Line]:
    rtl = is_right_to_left(paragraph)
    ranges = break_ranges(paragraph, width, lambda s, e: text_width(paragraph[s:e], size))
    return [Line(paragraph[start:end], rtl) for start, end in ranges]


@lru_cache(maxsize=8_192)
def wrap_lines(text: str, size: float, width: float) -> tuple[Line, ...]:
    """Every line of a (possibly very long) text at this width; newlines start new lines."""
    lines: list[Line] = []
    for paragraph in clean(text).split("\n"):
        lines.extend(_wrap_paragraph(paragraph, size, width))
    return tuple(lines)


@lru_cache(maxsize=20_000)
def wrap_text(text: str, size: float, width: float, max_lines: int) -> tuple[str, ...]:
    """Lines of text that fit `width` at font `size`; an ellipsis ends the last when cut short."""
    text = clean(text)
    # No line holds more than width / (0.2 em) characters, so anything longer is cut anyway.
    limit = int(max_lines * width / (size * 0.2)) + 2
    cut = len(text) > limit
    lines: list[Line] = []
    for paragraph in text[:limit].split("\n"):
        lines.extend(_wrap_paragraph(paragraph, size, width))
        if len(lines) > max_lines:
            break
    while len(lines) > 1 and not lines[-1]:
        lines.pop()
    if len(lines) <= max_lines and not cut:
        return tuple(lines)
    kept = lines[:max_lines]
    kept[-1] = Line(_cut_with_ellipsis(kept[-1], size, width), kept[-1].rtl)
    return tuple(kept)


def _is_cjk(char: str) -> bool:
    return bool(char) and _TOKEN.fullmatch(char) is not None and not char.isascii()


def _ellipsis_after(text: str) -> str:
    return ELLIPSIS if _is_cjk(text[-1:]) else LATIN_ELLIPSIS


def _cut_with_ellipsis(text: str, size: float, width: float) -> str:
    """The longest start of `text` that fits `width` together with an ellipsis."""
    budget = width - text_width(ELLIPSIS, size)
    kept, used = [], 0.0
    for char in text:
        used += char_width(char) * size
        if used > budget:
            break
        kept.append(char)
    line = "".join(kept).rstrip()
    return line + _ellipsis_after(line)


def elide(text: str, size: float, width: float) -> str:
    """One line that fits `width`, ending in an ellipsis when characters had to go."""
    text = clean(text).replace("\n", " ")
    if text_width(text, size) <= width:
        return text
    return _cut_with_ellipsis(text, size, width)


def shorten(text: str, limit: int) -> str:
    """At most `limit` characters on one line, for table cells that must not grow a page tall."""
    text = " ".join(clean(text).split())
    if len(text) <= limit:
        return text
    kept = text[: limit - 1].rstrip()
    return kept + _ellipsis_after(kept)
