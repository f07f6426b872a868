"""The bundled fonts, so Chinese, emoji, Arabic, Hebrew, Thai and Devanagari render on a machine
that has no font for them installed.

WenQuanYi Micro Hei and the report's fallback chain (`resources/fonts/`, the same files the PDF
embeds) are registered with Qt at start (before any window exists) and put into the application
font's family list after the system UI font: Latin text keeps the platform look, and every other
character falls through to the bundled glyphs instead of tofu. Qt shapes and orders the text.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication

from ecanvas.assets import resource_path

BUNDLED_FONT_FILE = "wqy-microhei.ttf"
# The report's fallback chain (ecanvas.report.glyphs), in the same order.
FALLBACK_FONT_FILES = (
    "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf",
    "NotoSansArabic-Regular.ttf", "NotoSansHebrew-Regular.ttf", "NotoSansThai-Regular.ttf",
    "NotoSansDevanagari-Regular.ttf", "Symbola.ttf",
)  # fmt: skip
UI_POINT_SIZE = 10.0  # a touch larger than Qt's default, for a laptop on a projector


@cache
def bundled_cjk_families() -> tuple[str, ...]:
    """Register the bundled font once per process; its family names (empty if it failed)."""
    font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", BUNDLED_FONT_FILE)))
    if font_id < 0:
        return ()
    return tuple(QFontDatabase.applicationFontFamilies(font_id))


@cache
def bundled_fallback_families() -> tuple[str, ...]:
    """Register the fallback fonts once per process; their families in chain order."""
    families: list[str] = []
    for name in FALLBACK_FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return tuple(dict.fromkeys(families))


def fallback_families() -> tuple[str, ...]:
    """Every bundled family after the first choice: CJK first, then the other scripts."""
    return tuple(dict.fromkeys((*bundled_cjk_families(), *bundled_fallback_families())))


def with_cjk_fallback(font: QFont) -> QFont:
    """A copy of `font` whose family list ends with the bundled CJK font and fallback chain.

    The first family is the one Qt actually resolves: a generic name such as "Sans Serif" in a
    family list is skipped by Qt, which would leave Latin text in the CJK font.
    """
    resolved = QFontInfo(font).family()
    fallback = [f for f in fallback_families() if f != resolved]
    result = QFont(font)
    result.setFamilies([resolved, *fallback])
    return result


def apply_app_font(app: QGuiApplication) -> QFont:
    """Give the application its UI font: the system font, readable size, CJK fallback."""
    font = QFont(app.font())
    if font.pointSizeF() < UI_POINT_SIZE:
        font.setPointSizeF(UI_POINT_SIZE)
    font = with_cjk_fallback(font)
    app.setFont(font)
    return font
