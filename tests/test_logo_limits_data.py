"""Images for the logo tests: a detailed photo, and a tiny PNG claiming huge dimensions."""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image


def big_photo(width: int = 3000, height: int = 3000) -> bytes:
    """A detailed JPEG (gradients and noise) of the given size, under the file-size limit."""
    image = Image.effect_noise((width, height), 40).convert("RGB")
    gradient = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    out = io.BytesIO()
    Image.blend(image, gradient, 0.5).save(out, "JPEG", quality=70)
    return out.getvalue()


def pixel_bomb(width: int = 100_000, height: int = 100_000) -> bytes:
    """A tiny PNG that claims huge dimensions (its pixel data is a few bytes of nothing)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\0" * 1000)) + chunk(b"IEND", b""))  # fmt: skip
