"""The workspace as a PowerPoint deck (python-pptx) that a client can edit: native shapes only.

A title slide; the user's summary and recommendations when there are any; one slide per canvas
drawn from the canvas layout (`ecanvas.model.layout`, the one every picture of a canvas uses):
blocks as rectangles with a coloured header, cards as filled text boxes, links as elbow
connectors glued to their cards (so they follow a card the client moves) with an arrowhead;
then the action items as a table, continued over as many slides as they need.
"""

from __future__ import annotations

import contextlib
import re
from datetime import date
from typing import BinaryIO
from xml.sax.saxutils import escape

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml import parse_xml
from pptx.oxml.ns import qn
from pptx.util import Emu, Pt

from ecanvas.model import DEFAULT_CARD_COLOUR, Canvas, Card, Workspace
from ecanvas.model.layout import CanvasLayout, Rect, compute_layout
from ecanvas.model.richtext import parse_rich_text
from ecanvas.report.labels import label, long_date, short_date, status_label, template_title
from ecanvas.report.options import ExportOptions
from ecanvas.report.text import shorten, wrap_text
from ecanvas.report.theme import INK, MUTED, mix, text_on, valid_colour

SLIDE_W, SLIDE_H = Emu(12_192_000), Emu(6_858_000)  # 16:9, 13.33 × 7.5 in
MARGIN = Emu(457_200)  # 0.5 in
TITLE_TOP, TITLE_H = Emu(300_000), Emu(640_000)
AREA_TOP = Emu(1_050_000)  # where a canvas drawing starts, below its title
CARD_TEXT = 13.0  # canvas units, as on screen
MIN_CARD_PT = 5.0
LINK_COLOUR = "3E4A56"
DEFAULT_BLOCK_COLOUR = "#4F81BD"
ACTION_ROWS = 12  # per slide
SIDES = {"top": 0, "left": 1, "bottom": 2, "right": 3}  # a rectangle's connection sites
EAST_ASIAN_FONT = "Microsoft YaHei"  # on every Windows and Office for Mac; others substitute
COMPLEX_SCRIPT_FONT = "Arial"  # Arabic and Hebrew in every Office


def rgb(colour: str) -> RGBColor:
    return RGBColor.from_string(colour.lstrip("#").upper())


class Deck:
    """One presentation being written, with its language and brand."""

    def __init__(self, workspace: Workspace, options: ExportOptions) -> None:
        self.workspace, self.options, self.lang = workspace, options, options.language
        self.brand = valid_colour(workspace.brand_colour, "#1F4E79")
        self.prs = Presentation()
        self.prs.slide_width, self.prs.slide_height = SLIDE_W, SLIDE_H
        self.blank = self.prs.slide_layouts[6]

    def label(self, key: str, **values: object) -> str:
        return label(key, self.lang, **values)

    # ----------------------------------------------------------------- building blocks
    def new_slide(self, title: str, subtitle: str = ""):
        slide = self.prs.slides.add_slide(self.blank)
        band = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, SLIDE_W, Emu(90_000))
        _fill(band, self.brand)
        box = slide.shapes.add_textbox(MARGIN, TITLE_TOP, SLIDE_W - 2 * MARGIN, TITLE_H)
        box.name = "Title"
        box.text_frame.word_wrap = True
        _text(box.text_frame, title, 26, INK, bold=True, align=PP_ALIGN.LEFT)
        if subtitle:
            _paragraph(box.text_frame, subtitle, 12, MUTED)
        return slide

    # ----------------------------------------------------------------- slides
    def title_slide(self) -> None:
        ws = self.workspace
        slide = self.prs.slides.add_slide(self.blank)
        band = slide.shapes.add_shape(
            MSO_SHAPE.RECTANGLE, 0, Emu(2_100_000), SLIDE_W, Emu(2_300_000)
        )
        _fill(band, self.brand)
        band.name = "Title band"
        frame = band.text_frame
        frame.margin_left = frame.margin_right = MARGIN
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        on_brand = text_on(self.brand)
        _text(frame, self.label("report").upper(), 12, on_brand, align=PP_ALIGN.LEFT)
        _paragraph(frame, ws.title or "—", 36, on_brand, bold=True)
        details = [ws.client, ws.author, long_date(date.today(), self.lang)]
        box = slide.shapes.add_textbox(MARGIN, Emu(4_700_000), SLIDE_W - 2 * MARGIN, Emu(1_200_000))
        box.name = "Details"
        _text(box.text_frame, "  ·  ".join(d for d in details if d), 16, INK, align=PP_ALIGN.LEFT)

    def text_slide(self, title_key: str, text: str) -> None:
        """The user's own words: one paragraph per line of the plain text."""
        if not text.strip():
            return
        slide = self.new_slide(self.label(title_key))
        box = slide.shapes.add_textbox(
            MARGIN, AREA_TOP, SLIDE_W - 2 * MARGIN, SLIDE_H - AREA_TOP - MARGIN
        )
        box.name = title_key.capitalize()
        frame = box.text_frame
        frame.word_wrap = True
        frame.auto_size = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE
        for index, block in enumerate(parse_rich_text(text)):
            paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
            paragraph.alignment = PP_ALIGN.LEFT
            paragraph.space_after = Pt(4 if block.kind in ("bullet", "number") else 10)
            prefix = {"bullet": "•  ", "number": f"{block.number}.  "}.get(block.kind, "")
            if prefix:
                _run(paragraph, prefix, 18, self.brand, bold=True)
            for span in block.spans:
                _run(paragraph, span.text, 20 if block.kind == "heading" else 18, INK,
                     bold=span.bold or block.kind == "heading", italic=span.italic)  # fmt: skip

    def canvas_slide(self, canvas: Canvas) -> None:
        facts = [template_title(canvas.template_key, self.lang),
                 self.label("card_count", n=len(canvas.cards))]  # fmt: skip
        slide = self.new_slide(canvas.title, "  ·  ".join(facts))
        layout = compute_layout(canvas)
        CanvasPainter(slide, canvas, layout, self.lang).paint()

    def action_slides(self) -> None:
        items = [
            (card, canvas)
            for canvas in self.options.canvases(self.workspace)
            for card in canvas.cards
            if card.is_action_item
        ]
        items.sort(key=lambda pair: (pair[0].due or date.max, pair[0].id))
        pages = [items[i : i + ACTION_ROWS] for i in range(0, len(items), ACTION_ROWS)]
        for number, page in enumerate(pages, start=1):
            title = self.label("actions")
            if len(pages) > 1:
                title = f"{title} ({number}/{len(pages)})"
            self._action_table(self.new_slide(title), page)

    def _action_table(self, slide, page: list[tuple[Card, Canvas]]) -> None:
        heads = [self.label(k) for k in ("col_due", "col_action", "col_owner", "col_status",
                                         "col_where")]  # fmt: skip
        widths = (0.13, 0.37, 0.16, 0.12, 0.22)
        width = SLIDE_W - 2 * MARGIN
        shape = slide.shapes.add_table(len(page) + 1, len(heads), MARGIN, AREA_TOP, width,
                                       Emu(370_000 * (len(page) + 1)))  # fmt: skip
        shape.name = "Action items"
        table = shape.table
        for column, share in enumerate(widths):
            table.columns[column].width = Emu(int(width * share))
        for column, head in enumerate(heads):
            _cell(table.cell(0, column), head, 11, text_on(self.brand), bold=True,
                  fill=self.brand)  # fmt: skip
        for row, (card, canvas) in enumerate(page, start=1):
            where = canvas.title
            with contextlib.suppress(KeyError):
                where = f"{canvas.title} › {canvas.block(card.block_id).title(self.lang)}"
            values = (short_date(card.due), shorten(card.text, 160), card.owner,
                      status_label(card.status, self.lang), shorten(where, 80))  # fmt: skip
            for column, value in enumerate(values):
                _cell(table.cell(row, column), value, 11, INK)

    def write(self, stream: BinaryIO) -> None:
        self.title_slide()
        self.text_slide("summary", self.workspace.summary)
        self.text_slide("recommendations", self.workspace.recommendations)
        for canvas in self.options.canvases(self.workspace):
            self.canvas_slide(canvas)
        self.action_slides()
        self.prs.save(stream)


class CanvasPainter:
    """Draws one canvas layout onto a slide, scaled to the area below the title."""

    def __init__(self, slide, canvas: Canvas, layout: CanvasLayout, lang: str) -> None:
        self.slide, self.canvas, self.layout, self.lang = slide, canvas, layout, lang
        bounds = layout.bounds
        area_w, area_h = SLIDE_W - 2 * MARGIN, SLIDE_H - AREA_TOP - MARGIN
        self.scale = min(area_w / max(bounds.w, 1.0), area_h / max(bounds.h, 1.0))
        self.left = MARGIN + (area_w - bounds.w * self.scale) / 2 - bounds.x * self.scale
        self.top = AREA_TOP - bounds.y * self.scale
        self.card_ids: dict[int, int] = {}  # card id -> its shape's id on the slide
        self.last_id: int | None = None

    def x(self, value: float) -> Emu:
        return Emu(int(self.left + value * self.scale))

    def y(self, value: float) -> Emu:
        return Emu(int(self.top + value * self.scale))

    def size(self, value: float) -> Emu:
        return Emu(max(1, int(value * self.scale)))

    def points(self, units: float) -> float:
        return units * self.scale / 12_700

    def paint(self) -> None:
        blocks = {block.id: block for block in self.canvas.blocks}
        cards = {card.id: card for card in self.canvas.cards}
        header = self.layout.metrics.header
        for block_id, box in self.layout.blocks.items():
            self.block(blocks[block_id], box.rect, header)
        notes = [self.card(cards[card_id], box.rect, box.padding)
                 for card_id, box in self.layout.cards.items()]  # fmt: skip
        for route in self.layout.links.values():  # beneath the cards, as in every picture
            self.link(route)
        for element in notes:
            self.slide.shapes._spTree.append(element)

    def rectangle(self, rect: Rect, shape_type=MSO_SHAPE.RECTANGLE):
        return self.slide.shapes.add_shape(shape_type, self.x(rect.x), self.y(rect.y),
                                           self.size(rect.w), self.size(rect.h))  # fmt: skip

    def block(self, block, rect: Rect, header: float) -> None:
        colour = valid_colour(block.colour, DEFAULT_BLOCK_COLOUR)
        body = self.rectangle(rect)
        body.name = f"Block {block.key}"
        _fill(body, mix(colour, "#FFFFFF", 0.9), line=mix(colour, "#FFFFFF", 0.55))
        title = self.rectangle(Rect(rect.x, rect.y, rect.w, min(header, rect.h)))
        title.name = f"Block title {block.key}"
        _fill(title, colour)
        frame = title.text_frame
        frame.margin_left = frame.margin_right = self.size(12)
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        frame.word_wrap = True
        _text(frame, block.title(self.lang), max(6.0, self.points(17)), text_on(colour))

    def card(self, card: Card, rect: Rect, padding: float):
        """A filled text box: written as XML directly, since python-pptx's shape API takes
        a few milliseconds a card and a workshop canvas holds hundreds."""
        paper = valid_colour(card.colour, DEFAULT_CARD_COLOUR)
        size = max(MIN_CARD_PT, self.points(CARD_TEXT))
        dots, tags = _facts(card)
        lines = (rect.h - 2 * padding - (16 if dots or tags else 0)) // (CARD_TEXT * 1.2)
        text = fitting(card.text or "—", rect.w - 2 * padding, max(1, int(lines)))
        paragraphs = [[(line, size, INK) for line in text.split("\n")]]
        if dots or tags:
            small = max(MIN_CARD_PT - 1, self.points(9))
            paragraphs.append([(dots + ("  " if dots and tags else ""), small, "#C8372D"),
                               (tags, small, MUTED)])  # fmt: skip
        shape_id = self.next_id()
        element = text_box_xml(
            shape_id, f"Card {card.id}", (self.x(rect.x), self.y(rect.y), self.size(rect.w),
            self.size(rect.h)), paper, mix(paper, INK, 0.22), self.size(padding), paragraphs,
        )  # fmt: skip
        self.card_ids[card.id] = shape_id
        return element

    def next_id(self) -> int:
        if self.last_id is None:
            self.last_id = max(
                (int(e.get("id")) for e in self.slide.shapes._spTree.iter(qn("p:cNvPr"))),
                default=1,
            )
        self.last_id += 1
        return self.last_id

    def link(self, route) -> None:
        source = self.layout.cards.get(route.source_id)
        target = self.layout.cards.get(route.target_id)
        if source is None or target is None or len(route.points) < 2:
            return
        start_side = self._side(route.source_id, route.points[0])
        end_side = self._side(route.target_id, route.points[-1])
        begin = self.site(source.rect, start_side)
        end = self.site(target.rect, end_side)
        width = max(6_350, int(1.6 * self.scale))
        ends = ((self.card_ids[route.source_id], start_side),
                (self.card_ids[route.target_id], end_side))  # fmt: skip
        element = connector_xml(self.next_id(), f"Link {route.link_id}", begin, end, *ends, width)
        self.slide.shapes._spTree.append(element)
        if route.label is not None and route.label_text:
            self._link_label(route.label, route.label_text)

    def site(self, rect: Rect, side: int) -> tuple[int, int]:
        """Where a connection site of a card is on the slide (top, left, bottom, right)."""
        x, y, w, h = self.x(rect.x), self.y(rect.y), self.size(rect.w), self.size(rect.h)
        return [(x + w // 2, y), (x, y + h // 2), (x + w // 2, y + h), (x + w, y + h // 2)][side]

    def _side(self, card_id: int, point: tuple[float, float]) -> int:
        """The connection site of a card nearest to where the route leaves or meets it."""
        rect = self.layout.cards[card_id].rect
        distances = {
            "top": abs(point[1] - rect.y), "bottom": abs(point[1] - rect.bottom),
            "left": abs(point[0] - rect.x), "right": abs(point[0] - rect.right),
        }  # fmt: skip
        return SIDES[min(distances, key=distances.get)]

    def _link_label(self, rect: Rect, text: str) -> None:
        box = self.slide.shapes.add_textbox(self.x(rect.x), self.y(rect.y), self.size(rect.w),
                                            self.size(rect.h))  # fmt: skip
        box.name = "Link label"
        _fill(box, "#FFFFFF", line="#" + LINK_COLOUR)
        frame = box.text_frame
        frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        _text(frame, text, max(MIN_CARD_PT - 1, self.points(9)), "#" + LINK_COLOUR,
              align=PP_ALIGN.CENTER)  # fmt: skip


# ----------------------------------------------------------------- small helpers
def _facts(card: Card) -> tuple[str, str]:
    """Vote dots and the first tags, the bottom line of a card as on screen."""
    dots = "●" * min(card.votes, 5) + (f" {card.votes}" if card.votes > 5 else "")
    return dots, "  ".join(f"#{tag}" for tag in card.tags[:3])


def fitting(text: str, width: float, max_lines: int) -> str:
    """The card text as far as it fits the card (measured as the PDF does), ending in an
    ellipsis when cut; the slide program wraps it itself, so no line breaks are added."""
    shown = wrap_text(text, CARD_TEXT, width, max_lines)
    kept = "".join("".join(line.split()) for line in shown)
    whole = "".join(text.split())
    if kept == whole:
        return text
    ellipsis = shown[-1][-1:] if shown and shown[-1].endswith(("…", "...")) else ""
    count = len(kept) - (3 if ellipsis == "." else len(ellipsis))
    seen = 0
    for index, char in enumerate(text):
        seen += not char.isspace()
        if seen >= count:
            return text[: index + 1].rstrip() + "…"
    return text


def _fill(shape, colour: str, line: str | None = None) -> None:
    shape.fill.solid()
    shape.fill.fore_color.rgb = rgb(colour)
    if line is None:
        shape.line.fill.background()
    else:
        shape.line.color.rgb = rgb(line)
        shape.line.width = Pt(0.75)
    shape.shadow.inherit = False


def _run(paragraph, text: str, size: float, colour: str, bold: bool = False,
         italic: bool = False) -> None:  # fmt: skip
    run = paragraph.add_run()
    run.text = text
    font = run.font
    font.size = Pt(round(size, 1))
    font.bold = bold
    font.italic = italic or None
    font.color.rgb = rgb(colour)
    _script_fonts(run)


def _script_fonts(run) -> None:
    """Name the faces for Chinese and for right-to-left scripts, which the default theme leaves
    to the viewer's guess (and a guess without a CJK face shows nothing)."""
    properties = run._r.get_or_add_rPr()
    for tag, face in (("a:ea", EAST_ASIAN_FONT), ("a:cs", COMPLEX_SCRIPT_FONT)):
        properties.append(properties.makeelement(qn(tag), {"typeface": face}))


def _text(frame, text: str, size: float, colour: str, bold: bool = False,
          align=None) -> None:  # fmt: skip
    """Replace the frame's text with one paragraph (line breaks kept as breaks)."""
    paragraph = frame.paragraphs[0]
    for index, line in enumerate(text.split("\n")):
        if index:
            paragraph.add_line_break()
        _run(paragraph, line, size, colour, bold)
    if align is not None:
        paragraph.alignment = align


def _paragraph(frame, text: str, size: float, colour: str, bold: bool = False) -> None:
    paragraph = frame.add_paragraph()
    paragraph.alignment = frame.paragraphs[0].alignment
    _run(paragraph, text, size, colour, bold)


def _cell(cell, text: str, size: float, colour: str, bold: bool = False,
          fill: str | None = None) -> None:  # fmt: skip
    cell.text = ""
    _run(cell.text_frame.paragraphs[0], text, size, colour, bold)
    if fill:
        cell.fill.solid()
        cell.fill.fore_color.rgb = rgb(fill)


def _arrowhead(line) -> None:
    """An arrowhead at the connector's end (python-pptx has no setting for it)."""
    outline = line._get_or_add_ln()
    for old in outline.findall(qn("a:tailEnd")):
        outline.remove(old)
    tail = outline.makeelement(qn("a:tailEnd"), {"type": "triangle", "w": "med", "len": "med"})
    outline.append(tail)


_NS = (
    'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def _x(text: str) -> str:
    """Text for an XML attribute or element (characters XML cannot hold are dropped)."""
    return escape(_CONTROL.sub("", text), {'"': "&quot;"})


def _runs_xml(runs: list[tuple[str, float, str]]) -> str:
    parts = []
    for text, size, colour in runs:
        if not text:
            continue
        parts.append(
            f'<a:r><a:rPr lang="en-US" sz="{round(size * 100)}" dirty="0">'
            f'<a:solidFill><a:srgbClr val="{colour.lstrip("#").upper()}"/></a:solidFill>'
            f'<a:ea typeface="{EAST_ASIAN_FONT}"/><a:cs typeface="{COMPLEX_SCRIPT_FONT}"/>'
            f"</a:rPr><a:t>{_x(text)}</a:t></a:r>"
        )
    return "".join(parts)


def text_box_xml(shape_id: int, name: str, box: tuple[int, int, int, int], fill: str,
                 line: str, inset: int, paragraphs) -> object:  # fmt: skip
    """A text box (`txBox`) with a solid fill and outline; each paragraph a list of runs."""
    x, y, w, h = box
    body = "".join(f"<a:p>{_runs_xml(runs)}</a:p>" for runs in paragraphs)
    return parse_xml(
        f'<p:sp {_NS}><p:nvSpPr><p:cNvPr id="{shape_id}" name="{_x(name)}"/>'
        f'<p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>'
        f'<p:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        f'<a:solidFill><a:srgbClr val="{fill.lstrip("#").upper()}"/></a:solidFill>'
        f'<a:ln w="9525"><a:solidFill><a:srgbClr val="{line.lstrip("#").upper()}"/>'
        f"</a:solidFill></a:ln></p:spPr>"
        f'<p:txBody><a:bodyPr wrap="square" lIns="{inset}" tIns="{inset}" rIns="{inset}" '
        f'bIns="{inset // 2}" anchor="t"><a:noAutofit/></a:bodyPr><a:lstStyle/>{body}'
        f"</p:txBody></p:sp>"
    )


def connector_xml(
    shape_id: int, name: str, begin: tuple[int, int], end: tuple[int, int],
    start: tuple[int, int], finish: tuple[int, int], width: int,
) -> object:  # fmt: skip
    """An elbow connector glued to two shapes' connection sites, with an arrowhead at its end."""
    (x1, y1), (x2, y2) = begin, end
    flips = (' flipH="1"' if x2 < x1 else "") + (' flipV="1"' if y2 < y1 else "")
    return parse_xml(
        f'<p:cxnSp {_NS}><p:nvCxnSpPr><p:cNvPr id="{shape_id}" name="{_x(name)}"/>'
        f'<p:cNvCxnSpPr><a:stCxn id="{start[0]}" idx="{start[1]}"/>'
        f'<a:endCxn id="{finish[0]}" idx="{finish[1]}"/></p:cNvCxnSpPr><p:nvPr/></p:nvCxnSpPr>'
        f'<p:spPr><a:xfrm{flips}><a:off x="{min(x1, x2)}" y="{min(y1, y2)}"/>'
        f'<a:ext cx="{abs(x2 - x1)}" cy="{abs(y2 - y1)}"/></a:xfrm>'
        f'<a:prstGeom prst="bentConnector3"><a:avLst/></a:prstGeom>'
        f'<a:ln w="{width}"><a:solidFill><a:srgbClr val="{LINK_COLOUR}"/></a:solidFill>'
        f'<a:tailEnd type="triangle" w="med" len="med"/></a:ln></p:spPr></p:cxnSp>'
    )


def write_slides(workspace: Workspace, stream: BinaryIO, options: ExportOptions) -> None:
    """Write the PowerPoint deck (.pptx) of the workspace to a binary stream."""
    Deck(workspace, options).write(stream)
