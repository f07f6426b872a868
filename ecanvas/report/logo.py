"""A logo scaled down to what it is shown at: the cover's box at print resolution (so a 3000 ×
3000 logo adds kilobytes, not megabytes, to the PDF), or the size a workspace keeps.

Pillow comes with reportlab; the pixel limits are checked from the header first
(`ecanvas.model.logo.check_logo`), so no huge image is ever decoded.
"""

from __future__ import annotations

import io

from ecanvas.model.logo import LOGO_MIMES, NOT_AN_IMAGE, LogoError, check_logo

PRINT_DPI = 300


def fitted_logo(data: bytes, source: str, box: tuple[float, float] | int) -> bytes:
    """The logo no larger than `box` (points at print resolution, or a longest side in pixels);
    the same bytes when it is already small enough. Raises LogoError for an unusable logo."""
    from PIL import Image, UnidentifiedImageError

    kind, width, height = check_logo(data, source)
    if isinstance(box, int):
        scale = min(1.0, box / max(width, height))
    else:
        scale = min(1.0, box[0] * PRINT_DPI / 72 / width, box[1] * PRINT_DPI / 72 / height)
    if scale >= 1.0:
        _verify(data, source)
        return data
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.draft("RGB", size) if kind == "JPEG" else None  # decode JPEG at a smaller scale
            smaller = image.convert("RGBA" if _has_alpha(image) else "RGB").resize(
                size, Image.Resampling.LANCZOS
            )
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise LogoError(source, NOT_AN_IMAGE) from None
    out = io.BytesIO()
    if smaller.mode == "RGBA" or kind == "PNG":
        smaller.save(out, "PNG", optimize=True)
    else:
        smaller.save(out, "JPEG", quality=90, optimize=True)
    return out.getvalue()


def stored_logo(data: bytes, source: str) -> tuple[bytes, str]:
    """A logo to keep in a workspace (at most STORED_LOGO_SIDE pixels) and its media type."""
    from ecanvas.model.logo import STORED_LOGO_SIDE

    fitted = fitted_logo(data, source, STORED_LOGO_SIDE)
    kind = "PNG" if fitted.startswith(b"\x89PNG") else "JPEG"
    return fitted, LOGO_MIMES[kind]


def _has_alpha(image) -> bool:
    return image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info


def _verify(data: bytes, source: str) -> None:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise LogoError(source, NOT_AN_IMAGE) from None
