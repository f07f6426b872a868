"""The small, safe Markdown subset of the user's executive summary and recommendations.

What a consultant needs for a page of prose: paragraphs (separated by a blank line; a single
line break stays a line break), bullet items (`- ` or `* `), numbered items (`1. ` or `1) `),
sub-headings (`#`, `##` or `###`), and `**bold**` and `*italic*` (or `_italic_`) inside a line;
a backslash keeps the next character literal. Nothing else is markup: no links, images or HTML,
so the text reaches no file and no network, and every renderer (PDF, Markdown, slides) gets the
same tree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_BULLET = re.compile(r"^\s{0,3}[-*•]\s+(.*)$")
_NUMBER = re.compile(r"^\s{0,3}(\d{1,4})[.)]\s+(.*)$")
_HEADING = re.compile(r"^\s{0,3}(#{1,3})\s+(.*?)\s*#*\s*$")
_INLINE = re.compile(
    r"\\(.)|\*\*(?!\s)(.+?)(?<!\s)\*\*(?!\*)|\*(?!\s)(.+?)(?<!\s)\*|(?<!\w)_(?!\s)(.+?)(?<!\s)_(?!\w)"
)


@dataclass(frozen=True)
class Span:
    """A run of text with one emphasis."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class TextBlock:
    """A "paragraph", a "heading" (`number` is its level, 1–3), or one list item ("bullet", or
    "number" with its number)."""

    kind: str
    spans: tuple[Span, ...]
    number: int = 0

    @property
    def text(self) -> str:
        return "".join(span.text for span in self.spans)


def parse_spans(text: str, bold: bool = False, italic: bool = False) -> tuple[Span, ...]:
    """Inline emphasis of one paragraph or item; everything else is literal text."""
    spans: list[Span] = []
    plain: list[str] = []

    def flush() -> None:
        if plain:
            spans.append(Span("".join(plain), bold, italic))
            plain.clear()

    position = 0
    for match in _INLINE.finditer(text):
        plain.append(text[position : match.start()])
        escaped, strong, emphasis, underscored = match.groups()
        if escaped is not None:
            plain.append(escaped)
        else:
            flush()
            inner = strong if strong is not None else (emphasis or underscored)
            spans.extend(parse_spans(inner, bold or strong is not None, italic or strong is None))
        position = match.end()
    plain.append(text[position:])
    flush()
    return tuple(span for span in spans if span.text)


def _kind_of(line: str) -> tuple[str, str, int]:
    """(kind, content, number) of a line that starts a block; kind "" for a plain line."""
    if match := _HEADING.match(line):
        return ("heading", match.group(2), len(match.group(1)))
    if match := _BULLET.match(line):
        return ("bullet", match.group(1), 0)
    if match := _NUMBER.match(line):
        return ("number", match.group(2), int(match.group(1)))
    return ("", line.strip(), 0)


def parse_rich_text(text: str) -> list[TextBlock]:
    """The blocks of a text, in order; empty input gives no blocks."""
    blocks: list[TextBlock] = []
    kind, lines, number = "", [], 0

    def finish() -> None:
        if lines and any(line for line in lines):
            content = "\n".join(lines).strip("\n")
            shown = kind or "paragraph"
            blocks.append(
                TextBlock(shown, parse_spans(content), 0 if shown == "paragraph" else number)
            )
        lines.clear()

    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not raw.strip():
            finish()
            kind = ""
            continue
        line_kind, content, line_number = _kind_of(raw)
        if line_kind:
            finish()
            kind, number = line_kind, line_number
            lines.append(content)
            if line_kind == "heading":
                finish()
                kind = ""
        elif kind in ("bullet", "number"):
            lines.append(content)  # a continuation line of the item
        else:
            kind = kind or "paragraph"
            lines.append(content)
    finish()
    return blocks


def plain_text(text: str) -> str:
    """The text without its markup (for a slide or a one-line preview)."""
    prefixes = {"bullet": lambda b: "• ", "number": lambda b: f"{b.number}. "}
    return "\n".join(
        prefixes.get(block.kind, lambda b: "")(block) + block.text
        for block in parse_rich_text(text)
    )
