"""The canvas look in one place: sizes, fonts and colours, light or dark after the app palette.

Sizes are in canvas units (1 unit = 1 px at 100 % zoom). Card text is 17 px (about 13 pt) so a
room can read it from a projector; fonts list a Latin face first and the bundled CJK face
(WenQuanYi Micro Hei, registered by the app at start) as the fallback for Chinese.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

translate = QCoreApplication.translate

LATIN_FAMILIES = ("Inter", "Segoe UI", "Helvetica Neue", "Noto Sans", "DejaVu Sans", "Arial")
CJK_FAMILIES = ("PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei")
# The bundled fallback chain (ecanvas.ui.fonts registers the files): other scripts and emoji.
SCRIPT_FAMILIES = ("Noto Sans Arabic", "Noto Sans Hebrew", "Noto Sans Thai", "Noto Sans Devanagari",
                   "Symbola")  # fmt: skip

# Cards
CARD_PADDING = 9.0
CARD_RADIUS = 4.0
CARD_TEXT_SIZES = (17, 15)  # the largest size at which the whole text fits wins
FOOTER_HEIGHT = 20.0
CHIP_HEIGHT = 16.0
CHIP_FONT_PX = 11
CHIP_MAX_WIDTH = 64.0
BADGE_FONT_PX = 11
BADGE_HEIGHT = 17.0
BADGE_MAX_WIDTH = 100.0  # beside the first line of text
BADGE_WIDE_MAX_WIDTH = 132.0  # alone in the top row (the text starts below it)
BADGE_TOP = 7.0  # inside the note, level with the first line of text
BADGE_RIGHT = 6.0
BADGE_GAP = 4.0  # between the badge and the first line of text
VOTE_DOT_RADIUS = 3.5
VOTE_DOTS_MAX = 5
RANK_RADIUS = 11.0  # the disc holding a top card's rank after a voting round
HANDLE_RADIUS = 6.5
HINT_RADIUS = 8.0
CARD_MARGIN = 11.0  # room around a card for its shadow, hint badge and link handle

# Blocks
BLOCK_RADIUS = 8.0
TITLE_FONT_PX = 18
HINT_FONT_PX = 12
STAR_SIZE = 15.0
STAR_GAP = 3.0
GRIP_SIZE = 16.0  # the resize grip in a block's bottom-right corner
# Header colours of the bundled templates, offered in turn to blocks the user adds.
BLOCK_COLOURS = (
    "#2E6DA4", "#3C8D5A", "#7B4FA0", "#B5651D", "#C0392B", "#1F7A8C", "#1F4E79", "#A0446B",
)  # fmt: skip

# Stacking order
Z_BLOCK = 0.0
Z_LINK = 1.0  # beneath cards: an arrow never crosses a card's text …
Z_CARD = 2.0
Z_LINK_HEAD = 3.0  # … and its head, which lies in the gap before its card, shows on top
Z_MARKER = 4.0  # where dragged cards will go
Z_DRAGGED = 5.0
Z_EDITOR = 10.0

# Colours
CARD_TEXT_DARK = QColor("#1F2328")
CARD_TEXT_LIGHT = QColor("#FFFFFF")
VOTE_COLOUR = QColor("#C62F3B")
RANK_COLOUR = QColor("#F2B705")
HINT_COLOUR = QColor("#E8A317")
FIND_COLOUR = QColor("#FF8C1A")
STAR_COLOUR = QColor("#FFD54A")
STATUS_COLOURS = {
    "": QColor("#4B5563"),
    "todo": QColor("#4B5563"),
    "doing": QColor("#2F6FB2"),
    "done": QColor("#2E7D4F"),
    "blocked": QColor("#B3261E"),
}

# The palette's sticky-note colours: (colour, name for the tooltip).
CARD_COLOURS = (
    ("#FFE680", "Yellow"),
    ("#FFC4D6", "Pink"),
    ("#C5E8B7", "Green"),
    ("#B9DDF5", "Blue"),
    ("#FFD4A3", "Orange"),
    ("#DCCBF2", "Lilac"),
    ("#E4E7EB", "Grey"),
)


def colour_name(name: str) -> str:
    """The translated name of a palette colour (names are listed for lupdate here)."""
    names = {
        "Yellow": translate("CardColour", "Yellow"),
        "Pink": translate("CardColour", "Pink"),
        "Green": translate("CardColour", "Green"),
        "Blue": translate("CardColour", "Blue"),
        "Orange": translate("CardColour", "Orange"),
        "Lilac": translate("CardColour", "Lilac"),
        "Grey": translate("CardColour", "Grey"),
    }
    return names.get(name, name)


@cache
def font(pixel_size: int, bold: bool = False, italic: bool = False) -> QFont:
    """A canvas font at a pixel size, Latin face first with CJK fallbacks (cached per size)."""
    result = QFont()
    result.setFamilies([*LATIN_FAMILIES, *CJK_FAMILIES, *SCRIPT_FAMILIES])
    result.setPixelSize(pixel_size)
    result.setBold(bold)
    result.setItalic(italic)
    result.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return result


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """`a` moved `amount` (0–1) of the way towards `b`."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
        a.alphaF() + (b.alphaF() - a.alphaF()) * amount,
    )


def with_alpha(colour: QColor, alpha: int) -> QColor:
    result = QColor(colour)
    result.setAlpha(alpha)
    return result


def is_dark(colour: QColor) -> bool:
    """True for colours on which white text reads better than black."""
    r, g, b = colour.redF(), colour.greenF(), colour.blueF()
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5


def text_colour_on(colour: QColor) -> QColor:
    return CARD_TEXT_LIGHT if is_dark(colour) else CARD_TEXT_DARK


class CanvasTheme:
    """Colours that follow the application palette (light or dark)."""

    def __init__(self, palette: QPalette | None = None) -> None:
        self.reload(palette)

    def reload(self, palette: QPalette | None = None) -> None:
        """Read the colours again (after the application palette changed)."""
        palette = palette or QGuiApplication.palette()
        base = palette.color(QPalette.ColorRole.Base)
        self.dark = base.lightness() < 128
        self.background = base.lighter(118) if self.dark else QColor("#EEF0F3")
        self.base = base
        self.accent = palette.color(QPalette.ColorRole.Highlight)
        self.link = QColor("#AEB6C2") if self.dark else QColor("#55606E")
        self.shadow = QColor(0, 0, 0, 90 if self.dark else 38)
        self.label_background = base

    def block_body(self, block_colour: QColor) -> QColor:
        """The tinted body of a block: mostly the base colour, a touch of the block's own."""
        return mix(self.base, block_colour, 0.16 if self.dark else 0.07)

    def block_border(self, block_colour: QColor) -> QColor:
        return with_alpha(block_colour, 150 if self.dark else 110)
