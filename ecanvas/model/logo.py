"""The limits of a logo, checked from the file's header before any image is decoded.

A small PNG can claim 100,000 × 100,000 pixels and cost gigabytes once decoded; a 200 MB logo
makes a 192 MB PDF. So a logo is refused above a file size and a pixel count (wherever it comes
from: the app, `ecanvas new --logo`, `ecanvas report --logo`, an imported document), and what is
kept or embedded is scaled down to what it is shown at (see `ecanvas.report.logo`).
"""

from __future__ import annotations

import struct

MAX_LOGO_BYTES = 5 * 1024 * 1024
MAX_LOGO_PIXELS = 40_000_000  # e.g. 8000 × 5000
STORED_LOGO_SIDE = 1024  # the longest side of a logo kept in a workspace (cover, slides)
LOGO_MIMES = {"PNG": "image/png", "JPEG": "image/jpeg"}

# Reasons a logo is refused (the app words them in its language).
TOO_LARGE_FILE = "too-large-file"
TOO_MANY_PIXELS = "too-many-pixels"
NOT_AN_IMAGE = "not-an-image"


class LogoError(ValueError):
    """A logo that cannot be used; `reason` is one of the codes above."""

    def __init__(self, source: str, reason: str, detail: str = "") -> None:
        words = {
            TOO_LARGE_FILE: f"the logo is larger than {MAX_LOGO_BYTES // (1024 * 1024)} MB",
            TOO_MANY_PIXELS: f"the logo has more than {MAX_LOGO_PIXELS // 1_000_000} million "
            "pixels",
            NOT_AN_IMAGE: "the logo must be a PNG or JPEG image",
        }[reason]
        super().__init__(f"{source}: {words}" + (f" ({detail})" if detail else ""))
        self.source = source
        self.reason = reason
        self.detail = detail


def image_size(data: bytes) -> tuple[str, int, int] | None:
    """(kind, width, height) of a PNG or JPEG from its header, or None."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and data[12:16] == b"IHDR" and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return "PNG", width, height
    if data.startswith(b"\xff\xd8"):
        return _jpeg_size(data)
    return None


def _jpeg_size(data: bytes) -> tuple[str, int, int] | None:
    """Walk the JPEG markers to the first start-of-frame, which holds the size."""
    at = 2
    while at + 9 < len(data):
        if data[at] != 0xFF:
            return None
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            at += 2
            continue
        length = struct.unpack(">H", data[at + 2 : at + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[at + 5 : at + 9])
            return "JPEG", width, height
        at += 2 + length
    return None


def check_logo(data: bytes, source: str) -> tuple[str, int, int]:
    """(kind, width, height) of a usable logo; LogoError for one that is too large or no image."""
    if len(data) > MAX_LOGO_BYTES:
        raise LogoError(source, TOO_LARGE_FILE, f"{len(data) / 1_048_576:.1f} MB")
    found = image_size(data)
    if found is None or found[1] < 1 or found[2] < 1:
        raise LogoError(source, NOT_AN_IMAGE)
    _kind, width, height = found
    if width * height > MAX_LOGO_PIXELS:
        raise LogoError(source, TOO_MANY_PIXELS, f"{width} × {height}")
    return found
