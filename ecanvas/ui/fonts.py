"""The bundled CJK font, so Chinese renders on a machine that has no Chinese font installed.

WenQuanYi Micro Hei is registered with Qt at start (before any window exists) and put into the
application font's family list as a fallback after the system UI font: Latin text keeps the
platform look, and every CJK character falls through to the bundled glyphs instead of tofu.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication

from ecanvas.assets import resource_path

BUNDLED_FONT_FILE = "wqy-microhei.ttf"
UI_POINT_SIZE = 10.0  # a touch larger than Qt's default, for a laptop on a projector


@cache
def bundled_cjk_families() -> tuple[str, ...]:
    """Register the bundled font once per process; its family names (empty if it failed)."""
    font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", BUNDLED_FONT_FILE)))
    if font_id < 0:
        return ()
    return tuple(QFontDatabase.applicationFontFamilies(font_id))


def with_cjk_fallback(font: QFont) -> QFont:
    """A copy of `font` whose family list ends with the bundled CJK font.

    The first family is the one Qt actually resolves: a generic name such as "Sans Serif" in a
    family list is skipped by Qt, which would leave Latin text in the CJK font.
    """
    resolved = QFontInfo(font).family()
    fallback = [f for f in bundled_cjk_families() if f != resolved]
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
