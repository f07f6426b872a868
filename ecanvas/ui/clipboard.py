"""Copy and paste of cards: all fields as JSON in a private MIME type, plus plain text lines so
other programs get the card texts, and plain text from other programs pastes as one card per
line. Pasted data is checked field by field; anything odd falls back to a safe default.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QApplication

from ecanvas.model import CARD_STATUSES, DEFAULT_CARD_COLOUR, Card, card_fields
from ecanvas.model.colours import is_hex_colour

CARD_LIST_MIME = "application/x-ecanvas-card-list"
FORMAT_VERSION = 1


def text_lines(text: str) -> list[str]:
    """The non-empty lines of `text`, trimmed."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def drafts_from_text(text: str) -> list[dict]:
    """One card draft (text only) per non-empty line."""
    return [{"text": line} for line in text_lines(text)]


def cards_to_mime(cards: Sequence[Card]) -> QMimeData:
    """Clipboard data for cards: full fields for ecanvas, one line per card for anything else."""
    body = {"version": FORMAT_VERSION, "cards": [_card_fields(card) for card in cards]}
    data = QMimeData()
    data.setData(CARD_LIST_MIME, json.dumps(body, ensure_ascii=False).encode("utf-8"))
    data.setText("\n".join(" ".join(card.text.split()) for card in cards))
    return data


def _card_fields(card: Card) -> dict:
    return {**card_fields(card), "due": card.due.isoformat() if card.due else None}


def drafts_from_mime(data: QMimeData | None) -> list[dict]:
    """Card drafts (without block or position) from clipboard or drop data; [] for none."""
    if data is None:
        return []
    if data.hasFormat(CARD_LIST_MIME):
        drafts = _drafts_from_json(bytes(data.data(CARD_LIST_MIME)))
        if drafts:
            return drafts
    if data.hasText():
        return drafts_from_text(data.text())
    return []


def _drafts_from_json(raw: bytes) -> list[dict]:
    try:
        body = json.loads(raw.decode("utf-8"))
        cards = body["cards"]
    except (ValueError, KeyError, TypeError):
        return []
    if not isinstance(cards, list):
        return []
    return [draft for draft in (_clean_draft(c) for c in cards) if draft is not None]


def _clean_draft(raw: object) -> dict | None:
    """A draft with only valid fields, or None when there is no usable text."""
    if not isinstance(raw, dict) or not isinstance(raw.get("text"), str):
        return None
    colour, tags, votes, status = (raw.get(k) for k in ("colour", "tags", "votes", "status"))
    good_colour = is_hex_colour(colour)
    good_votes = isinstance(votes, int) and not isinstance(votes, bool) and votes >= 0
    return {
        "text": raw["text"],
        "note": raw["note"] if isinstance(raw.get("note"), str) else "",
        "colour": colour if good_colour else DEFAULT_CARD_COLOUR,
        "tags": [t for t in tags if isinstance(t, str)] if isinstance(tags, list) else [],
        "votes": votes if good_votes else 0,
        "owner": raw["owner"] if isinstance(raw.get("owner"), str) else "",
        "due": _parse_date(raw.get("due")),
        "status": status if status in CARD_STATUSES else "",
    }  # fmt: skip


def _parse_date(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def copy_cards(cards: Sequence[Card]) -> None:
    """Put cards on the system clipboard."""
    QApplication.clipboard().setMimeData(cards_to_mime(cards))


def clipboard_drafts() -> list[dict]:
    """Card drafts from whatever the clipboard holds (our cards, or text from elsewhere)."""
    return drafts_from_mime(QApplication.clipboard().mimeData())


def release_clipboard() -> None:
    """Before the application quits, swap card data we put on the clipboard for its plain text.

    PySide6 6.11 crashes at interpreter exit when the clipboard still owns a QMimeData made in
    Python; plain text is owned by Qt alone, and stays pasteable in other programs.
    """
    clipboard = QApplication.clipboard()
    data = clipboard.mimeData()
    if data is not None and data.hasFormat(CARD_LIST_MIME):
        clipboard.setText(data.text())
