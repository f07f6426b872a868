"""Every card as one row of a CSV file, for spreadsheets and scripts.

UTF-8 with a byte-order mark (so Excel reads Chinese), standard quoting, CRLF line ends (RFC 4180).
A cell that a spreadsheet would run as a formula (`=`, `@`, or `+`/`-` not followed by a plain
number) gets a leading apostrophe, as OWASP advises: a workshop card must not execute code on the
consultant's machine.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, datetime
from typing import BinaryIO

from ecanvas.model import Card, Workspace
from ecanvas.model.workshop import with_round_votes
from ecanvas.report.options import ExportOptions

COLUMNS = (
    "canvas", "block", "text", "note", "tags", "votes", "owner", "due", "status", "created",
    "updated",
)  # fmt: skip
TAG_SEPARATOR = ", "
_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)*%?$")


def safe_cell(text: str) -> str:
    """The text, with an apostrophe in front when a spreadsheet would take it for a formula."""
    if not text:
        return text
    if text[0] in "=@\t\r" or (text[0] in "+-" and not _NUMBER.match(text)):
        return "'" + text
    return text


def _timestamp(value: datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def card_row(canvas_title: str, block_title: str, card: Card) -> list[str]:
    return [
        safe_cell(canvas_title),
        safe_cell(block_title),
        safe_cell(card.text),
        safe_cell(card.note),
        safe_cell(TAG_SEPARATOR.join(card.tags)),
        str(card.votes),
        safe_cell(card.owner),
        card.due.isoformat() if card.due else "",
        card.status,
        _timestamp(card.created),
        _timestamp(card.updated),
    ]


def card_rows(workspace: Workspace, options: ExportOptions) -> list[list[str]]:
    """The rows in canvas order, then block order, then reading order in the block."""
    lang = options.language
    rows = []
    for canvas in options.canvases(workspace):
        placed = set()
        for block in canvas.blocks:
            block_title = block.title(lang)
            for card in canvas.cards_in(block.id):
                placed.add(card.id)
                rows.append(card_row(canvas.title, block_title, card))
        rows.extend(card_row(canvas.title, "", c) for c in canvas.cards if c.id not in placed)
    return rows


def write_cards_csv(workspace: Workspace, stream: BinaryIO, options: ExportOptions) -> None:
    """Write the header and one row per card to a binary stream."""
    text = io.StringIO(newline="")
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(card_rows(with_round_votes(workspace), options))  # votes with round dots
    stream.write(text.getvalue().encode("utf-8-sig"))
