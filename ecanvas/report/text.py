"""User text made safe for paragraphs, and wrapped by hand for text drawn straight on a canvas.

reportlab's Paragraph reads its text as markup, so card text is escaped before it gets near one:
a card saying `<img src="/etc/passwd"/>` prints those characters and reads no file. Sticky notes
are drawn with plain drawString calls, so they get their own measured, cached wrapping: by word
for Latin text, by character for CJK, with closing punctuation kept off the start of a line.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ecanvas.report.fonts import char_width, text_width
from ecanvas.report.glyphs import shaped

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


def clean(text: str) -> str:
    """Text without control characters, which reportlab and PDF viewers mishandle, and with
    Arabic letters in their joined forms (measured and wrapped as they will be drawn)."""
    return shaped(_CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")))


def para_text(text: str) -> str:
    """User text as Paragraph markup that prints literally; newlines become line breaks; runs
    the main face lacks are set in a fallback font, right-to-left runs in visual order."""
    from ecanvas.report.runs import markup

    return markup(clean(text))


def _break_word(word: str, size: float, width: float) -> list[str]:
    """Cut one word that is wider than the line into pieces that fit, by character."""
    pieces: list[str] = []
    start, used = 0, 0.0
    for index, char in enumerate(word):
        advance = char_width(char) * size
        if index > start and used + advance > width:
            pieces.append(word[start:index])
            start, used = index, 0.0
        used += advance
    pieces.append(word[start:])
    return pieces


def _wrap_paragraph(paragraph: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    line, line_width = "", 0.0
    for token in _TOKEN.findall(paragraph):
        token_width = text_width(token, size)
        if token.isspace():
            if line:
                line, line_width = line + " ", line_width + text_width(" ", size)
            continue
        if line_width + token_width <= width or (line and token in _NO_LINE_START):
            line, line_width = line + token, line_width + token_width
            continue
        if line.strip():
            lines.append(line.rstrip())
        if token_width <= width:
            line, line_width = token, token_width
            continue
        *full, line = _break_word(token, size, width)
        lines.extend(full)
        line_width = text_width(line, size)
    lines.append(line.rstrip())
    return lines


@lru_cache(maxsize=8_192)
def wrap_lines(text: str, size: float, width: float) -> tuple[str, ...]:
    """Every line of a (possibly very long) text at this width; newlines start new lines."""
    lines: list[str] = []
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
    lines: list[str] = []
    for paragraph in text[:limit].split("\n"):
        lines.extend(_wrap_paragraph(paragraph, size, width))
        if len(lines) > max_lines:
            break
    while len(lines) > 1 and not lines[-1]:
        lines.pop()
    if len(lines) <= max_lines and not cut:
        return tuple(lines)
    kept = lines[:max_lines]
    kept[-1] = _cut_with_ellipsis(kept[-1], size, width)
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
