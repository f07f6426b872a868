"""The look of the report: colours derived from the brand colour, and the paragraph styles.

One accent colour drives everything; tints of it fill bands and table heads, and a darkened
variant is used for text so that even a pale brand colour stays readable on white paper.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ecanvas.model.colours import is_hex_colour
from ecanvas.report.fonts import register_fonts

INK = "#1F2933"
BODY = "#323F4B"
MUTED = "#6B7785"
RULE = "#D5DAE1"
OVERDUE = "#B42318"
STATUS_COLOURS = {"todo": "#52606D", "doing": "#1D63B8", "done": "#2F7D32", "blocked": OVERDUE}
VOTE_COLOUR = "#C8372D"


@cache
def colour(hex_colour: str):
    """A reportlab colour for #RRGGBB, parsed once; drawing code asks for the same few often."""
    from reportlab.lib.colors import HexColor

    return HexColor(hex_colour)


def rgb(hex_colour: str) -> tuple[float, float, float]:
    value = hex_colour.lstrip("#")
    return tuple(int(value[i : i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def to_hex(colour: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02X}" for c in colour)


def valid_colour(value: str, fallback: str) -> str:
    """The colour when it is a proper #RRGGBB, else the fallback (old files, hand edits)."""
    return value if is_hex_colour(value) else fallback


@cache
def mix(hex_colour: str, other: str, amount: float) -> str:
    """`amount` of `other` blended into `hex_colour` (0 keeps it, 1 gives `other`)."""
    a, b = rgb(hex_colour), rgb(other)
    return to_hex(tuple(x + (y - x) * amount for x, y in zip(a, b, strict=True)))  # type: ignore[arg-type]


def luminance(hex_colour: str) -> float:
    """Relative luminance as WCAG defines it, for contrast decisions."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb(hex_colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable_on_white(hex_colour: str, ratio: float = 4.5) -> str:
    """The colour, darkened just enough to be read as text on white paper."""
    colour = hex_colour
    for step in range(1, 21):
        if contrast(colour, "#FFFFFF") >= ratio:
            return colour
        colour = mix(hex_colour, INK, step / 20)
    return INK


def text_on(hex_colour: str) -> str:
    """White or ink, whichever reads better on a filled area of this colour."""
    return "#FFFFFF" if contrast(hex_colour, "#FFFFFF") >= contrast(hex_colour, INK) else INK


@dataclass(frozen=True)
class Theme:
    """Colours of one report, all as #RRGGBB strings."""

    brand: str
    accent_text: str
    on_brand: str
    tint: str
    tint_strong: str

    @classmethod
    def from_brand(cls, brand: str) -> Theme:
        brand = brand.upper()
        return cls(
            brand=brand,
            accent_text=readable_on_white(brand),
            on_brand=text_on(brand),
            tint=mix(brand, "#FFFFFF", 0.92),
            tint_strong=mix(brand, "#FFFFFF", 0.78),
        )


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of one report (keyed by theme, built once)."""

    body: object
    muted: object
    title: object
    section: object
    subsection: object
    block: object
    card: object
    note: object
    cell: object
    cell_muted: object
    head: object
    figure: object
    figure_label: object


@cache
def styles_for(theme: Theme) -> Styles:
    """Paragraph styles in the report font, CJK-aware wrapping everywhere."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle

    font = register_fonts()

    def style(name: str, size: float, leading: float, colour: str, **extra) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=font,
            fontSize=size,
            leading=leading,
            textColor=HexColor(colour),
            wordWrap="CJK",
            **extra,
        )

    return Styles(
        body=style("body", 10, 15.5, BODY, spaceAfter=6),
        muted=style("muted", 9.5, 14, MUTED, spaceAfter=4),
        title=style("title", 30, 38, theme.on_brand),
        section=style("section", 22, 28, theme.accent_text, spaceAfter=4),
        subsection=style("subsection", 13, 18, INK, spaceBefore=14, spaceAfter=6),
        block=style("block", 12, 16, INK, spaceBefore=12, spaceAfter=4),
        card=style("card", 10.5, 14.5, INK),
        note=style("note", 9, 13.5, BODY, spaceBefore=1),
        cell=style("cell", 8.8, 12, BODY),
        cell_muted=style("cell_muted", 8, 11, MUTED),
        head=style("head", 8, 10.5, theme.on_brand),
        figure=style("figure", 24, 28, theme.accent_text, alignment=TA_CENTER),
        figure_label=style("figure_label", 8.5, 11, MUTED, alignment=TA_CENTER),
    )
