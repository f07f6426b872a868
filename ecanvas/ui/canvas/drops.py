"""What a drop onto the canvas carries: a palette colour, cards from an ecanvas view, or text
(typed text or local text files) to turn into one card per line.

Files are read as UTF-8 and refused, with a message naming the file, when they are larger than
1 MB, binary or not UTF-8; so a stray drop of an image or an archive never creates junk cards.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData

from ecanvas.ui.clipboard import text_lines
from ecanvas.ui.mime import (
    CARDS_MIME,
    COLOUR_MIME,
    CardsPayload,
    read_cards_mime,
    read_colour_mime,
)
from ecanvas.ui.os_reasons import os_reason

translate = QCoreApplication.translate

MAX_FILE_BYTES = 1024 * 1024
MAX_DROPPED_CARDS = 500


class DropError(Exception):
    """A drop that cannot become cards; the message is for the user."""


@dataclass(frozen=True)
class Drop:
    colour: str | None = None
    cards: CardsPayload | None = None
    lines: list[str] = field(default_factory=list)


def can_accept(data: QMimeData) -> bool:
    return (
        data.hasFormat(COLOUR_MIME)
        or data.hasFormat(CARDS_MIME)
        or data.hasUrls()
        or data.hasText()
    )


def read_drop(data: QMimeData) -> Drop:
    """Decode a drop; raises DropError with a user message when it cannot be used."""
    if data.hasFormat(COLOUR_MIME):
        colour = read_colour_mime(data)
        if colour is None:
            raise DropError(translate("CanvasDrop", "The dropped colour is not valid."))
        return Drop(colour=colour)
    if data.hasFormat(CARDS_MIME):
        payload = read_cards_mime(data)
        if payload is None:
            raise DropError(translate("CanvasDrop", "The dropped cards could not be read."))
        return Drop(cards=payload)
    if data.hasUrls():
        return Drop(lines=_checked(_lines_from_urls(data)))
    if data.hasText():
        return Drop(lines=_checked(text_lines(data.text())))
    raise DropError(
        translate("CanvasDrop", "Only text, text files and palette colours can be dropped here.")
    )


def _checked(lines: list[str]) -> list[str]:
    if not lines:
        raise DropError(
            translate("CanvasDrop", "The dropped text has no lines to turn into cards.")
        )
    if len(lines) > MAX_DROPPED_CARDS:
        message = translate(
            "CanvasDrop", "The dropped text has %1 lines; at most %2 cards can be added at once."
        )
        raise DropError(
            message.replace("%1", str(len(lines))).replace("%2", str(MAX_DROPPED_CARDS))
        )
    return lines


def _lines_from_urls(data: QMimeData) -> list[str]:
    lines: list[str] = []
    for url in data.urls():
        if not url.isLocalFile():
            raise DropError(translate("CanvasDrop", "Only files on this computer can be dropped."))
        lines += text_lines(read_text_file(Path(url.toLocalFile())))
    return lines


def read_text_file(path: Path) -> str:
    """The content of a small UTF-8 text file; DropError naming the file otherwise."""
    name = path.name
    try:
        if path.is_dir():
            raise DropError(
                translate("CanvasDrop", "“%1” is a folder, not a text file.").replace("%1", name)
            )
        if path.stat().st_size > MAX_FILE_BYTES:
            raise DropError(
                translate("CanvasDrop", "“%1” is larger than 1 MB.").replace("%1", name)
            )
        raw = path.read_bytes()
    except OSError as error:
        message = translate("CanvasDrop", "“%1” cannot be read: %2").replace("%1", name)
        reason = os_reason(error.errno, error.strerror or str(error))
        raise DropError(message.replace("%2", reason)) from None
    if b"\x00" in raw:
        raise DropError(translate("CanvasDrop", "“%1” is not a text file.").replace("%1", name))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DropError(
            translate("CanvasDrop", "“%1” is not UTF-8 text.").replace("%1", name)
        ) from None
