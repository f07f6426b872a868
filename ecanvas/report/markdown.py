"""The workspace as a Markdown document: canvases, blocks and cards with all their facts, links.

Written for people who paste a strategy into a wiki, a chat or an e-mail. User text is escaped
so that a card saying `# 1` or `**` stays literal text and never becomes a heading or emphasis.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import BinaryIO

from ecanvas.model import Canvas, Card, Workspace
from ecanvas.model.workshop import with_round_votes
from ecanvas.report.labels import label, long_date, short_date, status_label, template_title
from ecanvas.report.options import ExportOptions

# CommonMark lets any ASCII punctuation be escaped; these are the ones that can start markup.
_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~]|&(?=#?\w+;))")
_LINE_START = re.compile(r"^(\s*)(\d*)([-+=.)])")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


_MAY_NEED_ESCAPE = re.compile(r"[\\`*_\[\]<>#|~&\x00-\x1f\x7f]|^\s*\d*[-+=.)]")


def inline(text: str) -> str:
    """One line of user text that Markdown shows literally."""
    if not _MAY_NEED_ESCAPE.search(text):
        return text  # the common case: nothing to escape
    text = _CONTROL.sub("", text).replace("\r", "")
    # A line starting like a list item ("- ", "2. ") or a heading underline ("=") stays text.
    return _LINE_START.sub(r"\1\2\\\3", _SPECIAL.sub(r"\\\1", text))


def lines_of(text: str) -> list[str]:
    """User text split into escaped lines, trailing blank lines dropped."""
    lines = [inline(line).rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def card_facts(card: Card, lang: str) -> list[str]:
    """Tags, votes, owner, due date and status of a card, each already escaped."""
    facts = []
    if card.tags:
        facts.append(inline(label("tags", lang, tags=", ".join(card.tags))))
    if card.votes:
        facts.append(label("votes", lang, n=card.votes))
    if card.owner:
        facts.append(inline(label("owner", lang, name=card.owner)))
    if card.due:
        facts.append(label("due", lang, date=short_date(card.due)))
    if card.status:
        facts.append(status_label(card.status, lang))
    return facts


def card_lines(card: Card, lang: str) -> Iterator[str]:
    """A list item: the text in bold, its facts on the next line, then its note as a quote."""
    shown = [f"**{line}**" if line else "" for line in lines_of(card.text)] or ["**—**"]
    facts = card_facts(card, lang)
    if facts:
        shown.append(" · ".join(facts))
    for index, line in enumerate(shown):
        hard_break = "  " if index < len(shown) - 1 else ""  # a line break inside the item
        yield ("- " if index == 0 else "  ") + line + hard_break
    note = lines_of(card.note)
    if note:
        yield ""
        for line in note:
            yield f"  > {line}".rstrip()
    yield ""


def canvas_lines(canvas: Canvas, lang: str) -> Iterator[str]:
    yield f"## {inline(canvas.title)}"
    yield ""
    facts = [
        template_title(canvas.template_key, lang),
        label("card_count", lang, n=len(canvas.cards)),
    ]
    if canvas.links:
        facts.append(label("link_count", lang, n=len(canvas.links)))
    yield "*" + inline(" · ".join(facts)) + "*"
    yield ""
    placed = set()
    for block in canvas.blocks:
        cards = canvas.cards_in(block.id)
        count = label("card_count", lang, n=len(cards))
        yield f"### {inline(block.title(lang))} ({count})"
        yield ""
        if not cards:
            yield f"*{label('empty_block', lang)}*"
            yield ""
        for card in cards:
            placed.add(card.id)
            yield from card_lines(card, lang)
    for card in canvas.cards:  # cards whose block is gone are still the user's words
        if card.id not in placed:
            yield from card_lines(card, lang)
    yield from link_lines(canvas, lang)


def link_lines(canvas: Canvas, lang: str) -> Iterator[str]:
    if not canvas.links:
        return
    cards = {card.id: card for card in canvas.cards}
    yield f"### {label('links', lang)}"
    yield ""
    for link in canvas.links:
        source, target = cards.get(link.source_id), cards.get(link.target_id)
        if source is None or target is None:
            continue
        line = f"- {_one_line(source.text)} → {_one_line(target.text)}"
        yield line + (f" ({_one_line(link.label)})" if link.label else "")
    yield ""


def _one_line(text: str) -> str:
    return inline(" ".join(text.split())) or "—"


def rich_lines(text: str) -> Iterator[str]:
    """The user's summary or recommendations, re-written from its parsed blocks (so only the
    markup ecanvas understands survives, escaped like every other user text)."""
    from ecanvas.model.richtext import parse_rich_text

    previous = ""
    for block in parse_rich_text(text):
        listed = block.kind in ("bullet", "number")
        if previous and not (listed and previous == block.kind):
            yield ""  # a blank line between blocks, none between items of one list
        runs = "".join(_span(span) for span in block.spans)
        lines = runs.split("\n")
        first = {"bullet": "- ", "number": f"{block.number}. ", "heading": "#### "}.get(
            block.kind, ""
        )
        for index, line in enumerate(lines):
            hard_break = "  " if index < len(lines) - 1 else ""
            yield (first if index == 0 else "  " if listed else "") + line + hard_break
        previous = block.kind
    yield ""


def _span(span) -> str:
    text = "\n".join(inline(line) for line in span.text.split("\n"))
    if not text.strip():
        return text
    mark = "***" if span.bold and span.italic else "**" if span.bold else "*" if span.italic else ""
    return f"{mark}{text}{mark}"


def workspace_lines(workspace: Workspace, options: ExportOptions, today: date) -> Iterator[str]:
    lang = options.language
    yield f"# {inline(workspace.title)}"
    yield ""
    details = [
        (label("client", lang), workspace.client),
        (label("author", lang), workspace.author),
        (label("date", lang), long_date(today, lang)),
    ]
    shown = [(name, value) for name, value in details if value]
    for index, (name, value) in enumerate(shown):
        colon = "：" if lang == "zh" else ":"
        yield f"**{name}{colon}** {inline(value)}" + ("  " if index < len(shown) - 1 else "")
    yield ""
    for key, text in (
        ("summary", workspace.summary),
        ("recommendations", workspace.recommendations),
    ):
        if text.strip():
            yield f"## {label(key, lang)}"
            yield ""
            yield from rich_lines(text)
    canvases = options.canvases(workspace)
    if not canvases:
        yield f"*{label('no_canvases', lang)}*"
        yield ""
    for canvas in canvases:
        yield from canvas_lines(canvas, lang)


def markdown_text(workspace: Workspace, options: ExportOptions, today: date | None = None) -> str:
    workspace = with_round_votes(workspace)  # a card's votes count its voting-round dots
    lines = list(workspace_lines(workspace, options, today or date.today()))
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n"


def write_markdown(workspace: Workspace, stream: BinaryIO, options: ExportOptions) -> None:
    """Write the Markdown document (UTF-8, no byte-order mark) to a binary stream."""
    stream.write(markdown_text(workspace, options).encode("utf-8"))
