"""MIME types for drags and the clipboard, shared by the canvas, the palette and the tab bar."""

from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import QMimeData

CARDS_MIME = "application/x-ecanvas-cards"
COLOUR_MIME = "application/x-ecanvas-colour"


@dataclass(frozen=True)
class CardsPayload:
    """Cards being dragged out of a canvas (to another canvas tab): where from and which."""

    workspace: str
    canvas_id: int
    card_ids: tuple[int, ...]


def cards_mime(payload: CardsPayload, plain_text: str = "") -> QMimeData:
    data = QMimeData()
    body = {"workspace": payload.workspace, "canvas_id": payload.canvas_id,
            "card_ids": list(payload.card_ids)}  # fmt: skip
    data.setData(CARDS_MIME, json.dumps(body).encode())
    if plain_text:
        data.setText(plain_text)
    return data


def read_cards_mime(data: QMimeData) -> CardsPayload | None:
    """The payload of a card drag, or None when the data is not (valid) ecanvas cards."""
    if not data.hasFormat(CARDS_MIME):
        return None
    try:
        body = json.loads(bytes(data.data(CARDS_MIME)).decode())
        return CardsPayload(str(body["workspace"]), int(body["canvas_id"]),
                            tuple(int(i) for i in body["card_ids"]))  # fmt: skip
    except (ValueError, KeyError, TypeError):
        return None


def colour_mime(colour: str) -> QMimeData:
    data = QMimeData()
    data.setData(COLOUR_MIME, colour.encode())
    return data


def read_colour_mime(data: QMimeData) -> str | None:
    if not data.hasFormat(COLOUR_MIME):
        return None
    colour = bytes(data.data(COLOUR_MIME)).decode(errors="replace")
    return colour if len(colour) == 7 and colour.startswith("#") else None
