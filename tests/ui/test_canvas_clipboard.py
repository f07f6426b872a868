"""Clipboard data for cards: a lossless round trip, and untrusted data cleaned field by field."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import QMimeData

from ecanvas.model import DEFAULT_CARD_COLOUR, Card
from ecanvas.ui.clipboard import CARD_LIST_MIME, cards_to_mime, drafts_from_mime


def test_cards_round_trip_with_all_fields_and_plain_text_lines(qapp):
    cards = [
        Card(id=1, canvas_id=1, block_id=1, text="Two\nlines", note="n", colour="#B9DDF5",
             tags=["a", "b"], votes=3, owner="Li Na", due=date(2026, 5, 1), status="todo"),
        Card(id=2, canvas_id=1, block_id=1, text="茶"),
    ]  # fmt: skip
    data = cards_to_mime(cards)
    assert data.text() == "Two lines\n茶"
    drafts = drafts_from_mime(data)
    assert drafts[0] == {
        "text": "Two\nlines", "note": "n", "colour": "#B9DDF5", "tags": ["a", "b"], "votes": 3,
        "owner": "Li Na", "due": date(2026, 5, 1), "status": "todo",
    }  # fmt: skip
    assert drafts[1]["text"] == "茶"


def test_bad_fields_fall_back_to_safe_values(qapp):
    body = {"cards": [
        {"text": "ok", "colour": "red;drop", "tags": ["x", 3], "votes": -2, "due": "soon",
         "status": "exploded", "owner": 7},
        {"text": 42},
        "not a card",
    ]}  # fmt: skip
    data = QMimeData()
    data.setData(CARD_LIST_MIME, json.dumps(body).encode())
    (draft,) = drafts_from_mime(data)
    assert draft == {"text": "ok", "note": "", "colour": DEFAULT_CARD_COLOUR, "tags": ["x"],
                     "votes": 0, "owner": "", "due": None, "status": ""}  # fmt: skip


def test_garbage_card_data_falls_back_to_the_plain_text(qapp):
    data = QMimeData()
    data.setData(CARD_LIST_MIME, b"\xff not json")
    data.setText("first\n\nsecond")
    assert drafts_from_mime(data) == [{"text": "first"}, {"text": "second"}]
    assert drafts_from_mime(QMimeData()) == []
