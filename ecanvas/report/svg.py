"""A canvas as an SVG image, drawn from its layout in the layout's own coordinates.

The structure is part of the interface (scripts and other tools read it): every block is a
`<g class="block" data-block-id="ID">` holding its `<rect>`, every card a
`<g class="card" data-card-id="ID">` holding its `<rect>` and its text as real `<text>`
elements (one per line), every link a `<g class="link">` holding its line, head and label.
Links come before the cards in the document, so the cards are painted over them and a link never
crosses a card's text; a head lies in the gap in front of its card and a label clear of every
card, so both show. Text is wrapped with the report font's measurements (the first family named)
and kept as text: it can be searched, selected and edited.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import BinaryIO
from xml.sax.saxutils import escape, quoteattr

from ecanvas.model import DEFAULT_CARD_COLOUR, Block, Canvas, Card, Workspace
from ecanvas.model.layout import CanvasLayout, LinkRoute, Rect, compute_layout
from ecanvas.model.routing import label_font_size, shaft
from ecanvas.report.canvas_picture import (
    HINT_SIZE,
    LINK_COLOUR,
    TITLE_SIZE,
    block_colour,
    block_tint,
)
from ecanvas.report.fonts import text_width
from ecanvas.report.sticky import CHIP_INK, DOT, DOT_COLOUR, PrintSizes, layout_chips
from ecanvas.report.text import clean, elide, wrap_text
from ecanvas.report.theme import INK, mix, text_on, valid_colour

MARGIN = 16.0  # around the laid-out canvas
BACKGROUND = "#FFFFFF"
FONT_FAMILY = (
    "'WenQuanYi Micro Hei', 'Noto Sans', 'Noto Sans CJK SC', 'PingFang SC', "
    "'Microsoft YaHei', 'DejaVu Sans', sans-serif"
)
SIZES = PrintSizes.at_scale(1.0)  # the report's sizes at 1 unit = 1 px


class ExportError(ValueError):
    """An image export that cannot be made (no canvas named, or one the workspace lacks).

    `code`: "several-canvases", "no-such-canvas" (`canvas_id`) or "choose-canvas"."""

    def __init__(self, message: str, code: str, **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


def canvas_to_draw(workspace: Workspace, canvas_ids: Iterable[int] | None) -> Canvas:
    """The one canvas an image shows: the one named, else the workspace's only canvas."""
    ids = list(canvas_ids or [])
    if len(ids) > 1:
        raise ExportError("an image shows one canvas: name one canvas id", "several-canvases")
    if ids:
        try:
            return workspace.canvas(ids[0])
        except KeyError:
            raise ExportError(
                f"the workspace has no canvas {ids[0]}", "no-such-canvas", canvas_id=ids[0]
            ) from None
    if len(workspace.canvases) == 1:
        return workspace.canvases[0]
    shown = ", ".join(f"{c.id} ({c.title})" for c in workspace.canvases) or "none"
    raise ExportError(
        f"an image shows one canvas: name it with its id (canvases: {shown})", "choose-canvas"
    )


def write_svg(workspace: Workspace, stream: BinaryIO, options) -> None:
    """The export writer (see `ecanvas.exports`): one canvas as UTF-8 SVG."""
    canvas = canvas_to_draw(workspace, options.canvas_ids)
    stream.write(canvas_svg(canvas, options.language).encode("utf-8"))


def canvas_svg(canvas: Canvas, lang: str = "en", layout: CanvasLayout | None = None) -> str:
    """The SVG document of one canvas."""
    layout = layout or compute_layout(canvas)
    b = layout.bounds
    box = Rect(b.x - MARGIN, b.y - MARGIN, b.w + 2 * MARGIN, b.h + 2 * MARGIN)
    out = _Svg()
    out.open(
        "svg", xmlns="http://www.w3.org/2000/svg", version="1.1",
        viewBox=f"{_n(box.x)} {_n(box.y)} {_n(box.w)} {_n(box.h)}",
        width=_n(box.w), height=_n(box.h), font_family=FONT_FAMILY,
        data_canvas_id=canvas.id, data_density=layout.metrics.density,
    )  # fmt: skip
    out.element("title", clean(canvas.title))
    out.empty("rect", class_="background", x=_n(box.x), y=_n(box.y), width=_n(box.w),
              height=_n(box.h), fill=BACKGROUND)  # fmt: skip
    blocks = {block.id: block for block in canvas.blocks}
    for block_id, block_box in layout.blocks.items():
        _block(out, blocks[block_id], block_box.rect, lang, layout, not block_box.card_ids)
    for route in layout.links.values():
        _link(out, route)
    cards = {card.id: card for card in canvas.cards}
    compact = layout.metrics.text_lines == 1
    for card_id, card_box in layout.cards.items():
        _card(out, cards[card_id], card_box.rect, blocks[card_box.block_id], layout, compact)
    out.close("svg")
    return out.text()


# --------------------------------------------------------------------------- blocks
def _block(out: _Svg, block: Block, rect: Rect, lang: str, layout: CanvasLayout,
           empty: bool) -> None:  # fmt: skip
    colour = block_colour(block)
    band = min(layout.metrics.header - 8, rect.h)
    out.open("g", class_="block", data_block_id=block.id, data_block_key=block.key)
    out.empty("rect", x=_n(rect.x), y=_n(rect.y), width=_n(rect.w), height=_n(rect.h), rx="10",
              fill=block_tint(block), stroke=mix(colour, "#FFFFFF", 0.55),
              stroke_width="1.2")  # fmt: skip
    out.empty("path", class_="header", fill=colour, d=_top_rounded(rect.x, rect.y, rect.w, band))
    score_room = 70.0 if block.scored else 0.0
    title = elide(block.title(lang), TITLE_SIZE, max(20.0, rect.w - 28 - score_room))
    out.element("text", title, class_="block-title", x=_n(rect.x + 14),
                y=_n(rect.y + band / 2 + TITLE_SIZE * 0.36), font_size=_n(TITLE_SIZE),
                font_weight="bold", fill=text_on(colour))  # fmt: skip
    if block.scored:
        _score(out, block, rect, band, text_on(colour))
    if empty:
        _block_hint(out, block, rect, lang, layout.metrics.header)
    out.close("g")


def _top_rounded(x: float, y: float, w: float, h: float, r: float = 10.0) -> str:
    """A rectangle whose top corners are rounded (a block's header band)."""
    r = min(r, h, w / 2)
    left, top, right, bottom = _n(x), _n(y), _n(x + w), _n(y + h)
    return (
        f"M{left} {bottom} V{_n(y + r)} Q{left} {top} {_n(x + r)} {top} "
        f"H{_n(x + w - r)} Q{right} {top} {right} {_n(y + r)} V{bottom} Z"
    )


def _score(out: _Svg, block: Block, rect: Rect, band: float, colour: str) -> None:
    score = block.score or 0
    out.open("g", class_="score", data_score="" if block.score is None else block.score)
    for index in range(5):
        cx = rect.right - 14 - 4.5 - (4 - index) * 12
        out.empty("circle", cx=_n(cx), cy=_n(rect.y + band / 2), r="4.5", stroke=colour,
                  fill=colour if index < score else "none")  # fmt: skip
    out.close("g")


def _block_hint(out: _Svg, block: Block, rect: Rect, lang: str, header: float) -> None:
    questions = block.guidance(lang)
    room = rect.h - header - 24
    if not questions or room < HINT_SIZE * 1.4:
        return
    max_lines = min(4, max(1, int(room // (HINT_SIZE * 1.35))))
    baseline = rect.y + header + 16 + HINT_SIZE
    fill = mix(block_colour(block), INK, 0.35)
    for line in wrap_text(questions[0], HINT_SIZE, rect.w - 32, max_lines):
        out.element("text", line, class_="block-hint", x=_n(rect.x + 16), y=_n(baseline),
                    font_size=_n(HINT_SIZE), fill=fill, fill_opacity="0.55")  # fmt: skip
        baseline += HINT_SIZE * 1.35


# --------------------------------------------------------------------------- links
def _link(out: _Svg, route: LinkRoute) -> None:
    out.open("g", class_="link", data_link_id=route.link_id, data_source_id=route.source_id,
             data_target_id=route.target_id)  # fmt: skip
    points = " ".join(f"{_n(x)},{_n(y)}" for x, y in shaft(route.points))
    out.empty("polyline", points=points, fill="none", stroke=LINK_COLOUR, stroke_width="1.6",
              stroke_linecap="round", stroke_linejoin="round")  # fmt: skip
    head = " ".join(f"{_n(x)},{_n(y)}" for x, y in route.head)
    out.empty("polygon", class_="head", points=head, fill=LINK_COLOUR)
    if route.label is not None:
        label = route.label
        size = label_font_size(label)
        out.empty("rect", class_="label", x=_n(label.x), y=_n(label.y), width=_n(label.w),
                  height=_n(label.h), rx=_n(label.h / 2), fill="#FFFFFF", stroke=LINK_COLOUR,
                  stroke_width="0.6")  # fmt: skip
        cx, cy = label.centre
        out.element("text", elide(route.label_text, size, label.w - 8), class_="label",
                    x=_n(cx), y=_n(cy + size * 0.36), font_size=_n(size), fill=LINK_COLOUR,
                    text_anchor="middle")  # fmt: skip
    out.close("g")


# --------------------------------------------------------------------------- cards
def _card(out: _Svg, card: Card, rect: Rect, block: Block, layout: CanvasLayout,
          compact: bool) -> None:  # fmt: skip
    pad = layout.metrics.card_padding
    paper = valid_colour(card.colour, DEFAULT_CARD_COLOUR)
    out.open("g", class_="card", data_card_id=card.id, data_block_id=card.block_id)
    out.empty("rect", class_="shadow", x=_n(rect.x + 1.5), y=_n(rect.y + 2.5), width=_n(rect.w),
              height=_n(rect.h), fill=mix(block_tint(block), INK, 0.16))  # fmt: skip
    out.empty("rect", x=_n(rect.x), y=_n(rect.y), width=_n(rect.w), height=_n(rect.h),
              fill=paper, stroke=mix(paper, INK, 0.22), stroke_width="0.6")  # fmt: skip
    votes = (DOT * card.votes if card.votes <= 5 else f"{DOT} {card.votes}") if card.votes else ""
    votes_width = text_width(votes, SIZES.dot) + 6 if votes else 0.0
    text_attrs = {"class_": "card-text", "font_size": _n(SIZES.text), "fill": INK}
    if compact:
        line = elide(card.text, SIZES.text, max(SIZES.text, rect.w - 2 * pad - votes_width))
        out.element("text", line, x=_n(rect.x + pad), y=_n(rect.y + rect.h / 2 + SIZES.text * 0.36),
                    **text_attrs)  # fmt: skip
        if votes:
            _votes(out, votes, rect.right - pad, rect.y + rect.h / 2 + SIZES.dot * 0.35)
        out.close("g")
        return
    footer = SIZES.chip_height + 4 if (card.tags or card.votes) else 0.0
    room = rect.h - 2 * pad - footer
    max_lines = max(1, int((room + SIZES.leading - SIZES.text) // SIZES.leading))
    baseline = rect.y + pad + SIZES.text * 0.92
    for line in wrap_text(card.text, SIZES.text, rect.w - 2 * pad, max_lines):
        out.element("text", line, x=_n(rect.x + pad), y=_n(baseline), **text_attrs)
        baseline += SIZES.leading
    chip_top = rect.bottom - pad * 0.66 - SIZES.chip_height
    for label, left, width in layout_chips(card.tags, rect.w - 2 * pad - votes_width, SIZES):
        x = rect.x + pad + left
        out.empty("rect", class_="tag", x=_n(x), y=_n(chip_top), width=_n(width),
                  height=_n(SIZES.chip_height), rx=_n(SIZES.chip_height / 2),
                  fill=mix(paper, "#FFFFFF", 0.6))  # fmt: skip
        baseline = chip_top + SIZES.chip_height - SIZES.chip * 0.45
        out.element("text", label, class_="tag", x=_n(x + SIZES.chip_pad), y=_n(baseline),
                    font_size=_n(SIZES.chip), fill=CHIP_INK)  # fmt: skip
    if votes:
        _votes(out, votes, rect.right - pad, chip_top + SIZES.chip_height - SIZES.chip * 0.38)
    out.close("g")


def _votes(out: _Svg, label: str, right: float, baseline: float) -> None:
    out.element("text", label, class_="votes", x=_n(right), y=_n(baseline),
                font_size=_n(SIZES.dot), fill=DOT_COLOUR, text_anchor="end")  # fmt: skip


# --------------------------------------------------------------------------- writing XML
def _n(value: float) -> str:
    """A coordinate, short: at most two decimals, no trailing zeros."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _attributes(values: dict[str, object]) -> str:
    """Keyword names become attribute names: `class_` → class, `font_size` → font-size,
    `data_card_id` → data-card-id."""
    parts = []
    for name, value in values.items():
        name = name.rstrip("_").replace("_", "-")
        parts.append(f" {name}={quoteattr(str(value))}")
    return "".join(parts)


class _Svg:
    """A tiny indenting XML writer (user text is always escaped)."""

    def __init__(self) -> None:
        self._lines = ['<?xml version="1.0" encoding="UTF-8"?>']
        self._depth = 0

    def _add(self, text: str) -> None:
        self._lines.append("  " * self._depth + text)

    def open(self, tag: str, **attributes: object) -> None:
        self._add(f"<{tag}{_attributes(attributes)}>")
        self._depth += 1

    def close(self, tag: str) -> None:
        self._depth -= 1
        self._add(f"</{tag}>")

    def empty(self, tag: str, **attributes: object) -> None:
        self._add(f"<{tag}{_attributes(attributes)}/>")

    def element(self, tag: str, text: str, **attributes: object) -> None:
        self._add(f"<{tag}{_attributes(attributes)}>{escape(clean(text))}</{tag}>")

    def text(self) -> str:
        return "\n".join(self._lines) + "\n"
