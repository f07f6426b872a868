"""The canvas layout in the outputs: the SVG's structure and coordinates, the PDF canvas page of a
40-card block, a tall canvas continued over pages without cutting a card, tag chips of 6 pt or
more however small the canvas is printed."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET

import pytest
from report_helpers import needs_poppler, pdf_text, squeezed

from ecanvas.model.layout import Rect, compute_layout
from ecanvas.report import ReportOptions, build_report
from ecanvas.report.canvas_drawing import MIN_SCALE, page_break
from ecanvas.report.sticky import MIN_CHIP_PT, MIN_TEXT_PT, PrintSizes
from ecanvas.report.svg import ExportError, canvas_svg, canvas_to_draw

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def forty(make_store):
    """A Business Model Canvas with 40 cards in its value propositions and a linked pair."""
    store = make_store(title="Forty", language="en")
    canvas = store.add_canvas("business-model-canvas")
    block = canvas.block_by_key("value-propositions")
    drafts = [{"block_id": block.id, "text": f"Offer number {n:02d}", "tags": ["tea"]}
              for n in range(40)]  # fmt: skip
    cards = store.add_cards(canvas.id, drafts)
    segment = store.add_card(canvas.id, canvas.block_by_key("customer-segments").id, "Students")
    store.add_link(cards[5].id, segment.id, "serves <b>&")
    return store, store.workspace.canvas(canvas.id), block


def _rect(element) -> Rect:
    return Rect(*(float(element.get(name)) for name in ("x", "y", "width", "height")))


def test_the_svg_of_a_40_card_block(forty):
    _store, canvas, block = forty
    root = ET.fromstring(canvas_svg(canvas, "en"))
    layout = compute_layout(canvas)
    groups = {g.get("data-block-id"): g for g in root.iter(f"{SVG}g") if g.get("class") == "block"}
    assert set(groups) == {str(b.id) for b in canvas.blocks}
    block_rect = _rect(groups[str(block.id)].find(f"{SVG}rect"))
    assert block_rect == layout.blocks[block.id].rect  # the layout's own coordinates
    cards = [g for g in root.iter(f"{SVG}g") if g.get("class") == "card"
             and g.get("data-block-id") == str(block.id)]  # fmt: skip
    assert len(cards) == 40
    rects = [_rect(next(r for r in g.findall(f"{SVG}rect") if r.get("class") is None))
             for g in cards]  # fmt: skip
    for rect in rects:
        assert block_rect.contains(rect)
    for a, b in itertools.combinations(rects, 2):
        assert not a.intersects(b)
    texts = ["".join(t.itertext()) for g in cards for t in g.findall(f"{SVG}text")
             if t.get("class") == "card-text"]  # fmt: skip
    assert sorted(texts) == sorted(f"Offer number {n:02d}" for n in range(40))


def test_links_come_before_the_cards_and_user_text_stays_text(forty):
    _, canvas, _ = forty
    text = canvas_svg(canvas, "en")
    root = ET.fromstring(text)
    order = [g.get("class") for g in root if g.tag == f"{SVG}g"]
    assert "link" in order and order.index("link") < order.index("card")
    (link,) = [g for g in root if g.get("class") == "link"]
    assert link.find(f"{SVG}polyline") is not None and link.find(f"{SVG}polygon") is not None
    label = next(iter(link.iter(f"{SVG}text")))
    assert "".join(label.itertext()) == "serves <b>&"  # escaped in the file, text when read
    assert "<b>" not in text


def test_an_image_shows_one_canvas(forty, make_store):
    store, canvas, _ = forty
    assert canvas_to_draw(store.workspace, None) is canvas  # the only one
    store.add_canvas("swot")
    with pytest.raises(ExportError, match="name it with its id"):
        canvas_to_draw(store.workspace, None)
    with pytest.raises(ExportError, match="no canvas 999"):
        canvas_to_draw(store.workspace, [999])


@needs_poppler
def test_the_pdf_page_of_the_40_card_canvas_has_every_text(forty, tmp_path):
    store, _, _ = forty
    output = build_report(store.workspace, tmp_path / "forty.pdf",
                          ReportOptions(sections=("canvases",)))  # fmt: skip
    text = squeezed(pdf_text(output))
    for n in range(40):
        assert f"Offernumber{n:02d}" in text
    assert "serves<b>&" in text


def test_print_sizes_keep_text_and_chips_legible_at_any_scale():
    for scale in (0.2, 0.39, MIN_SCALE, 0.8, 1.0, 2.0):
        sizes = PrintSizes.at_scale(scale)
        assert sizes.chip * scale >= MIN_CHIP_PT - 1e-9 >= 6 - 1e-9
        assert sizes.text * scale >= MIN_TEXT_PT - 1e-9


@pytest.fixture
def tall(make_store):
    """A three-level canvas whose first level holds 180 cards: far taller than a page."""
    store = make_store(title="Tall", language="en")
    canvas = store.add_canvas("strategy-levels")
    macro = canvas.block_by_key("macro")
    drafts = [{"block_id": macro.id, "text": f"Tall card {n:03d}", "tags": ["t"]}
              for n in range(180)]  # fmt: skip
    store.add_cards(canvas.id, drafts)
    return store, store.workspace.canvas(canvas.id)


@needs_poppler
def test_a_tall_canvas_continues_on_the_next_pages_without_cutting_a_card(tall, tmp_path):
    from pypdf import PdfReader

    store, canvas = tall
    output = build_report(store.workspace, tmp_path / "tall.pdf",
                          ReportOptions(sections=("canvases",)))  # fmt: skip
    pages = len(PdfReader(output).pages)
    assert pages >= 3
    seen: dict[str, int] = {}
    for page in range(1, pages + 1):
        text = squeezed(pdf_text(output, page))
        for n in range(180):
            if f"Tallcard{n:03d}" in text:
                seen.setdefault(f"{n:03d}", 0)
                seen[f"{n:03d}"] += 1
    assert len(seen) == 180 and set(seen.values()) == {1}  # every card once, none cut in two
    assert f"{canvas.title} (continued)" in pdf_text(output, 2)


def test_page_breaks_fall_between_cards(tall):
    _, canvas = tall
    layout = compute_layout(canvas)
    top = layout.bounds.y
    for room in (300.0, 555.5, 800.0, 1234.0):
        cut = page_break(layout, top, top + room)
        assert top < cut <= top + room
        for box in layout.cards.values():
            assert not box.rect.y < cut < box.rect.bottom


@needs_poppler
def test_chip_text_is_printed_at_6_pt_or_more(forty, tmp_path):
    from pypdf import PdfReader

    store, _, _ = forty
    output = build_report(store.workspace, tmp_path / "chips.pdf",
                          ReportOptions(sections=("canvases",)))  # fmt: skip
    sizes: list[float] = []

    def visit(text, cm, tm, font, size):
        if text.strip() == "tea":
            sizes.append(abs(size * tm[0] * cm[0]))

    for page in PdfReader(output).pages:
        page.extract_text(visitor_text=visit)
    assert len(sizes) >= 40
    assert min(sizes) >= 6 - 0.05


def test_svg_sizes_match_the_layout_in_compact_density(forty):
    store, canvas, _block = forty
    store.set_canvas_density(canvas.id, "compact")
    root = ET.fromstring(canvas_svg(canvas, "en"))
    assert root.get("data-density") == "compact"
    card = next(g for g in root.iter(f"{SVG}g") if g.get("class") == "card")
    body = next(r for r in card.findall(f"{SVG}rect") if r.get("class") is None)
    assert float(body.get("height")) < 40
    assert len([t for t in card.findall(f"{SVG}text") if t.get("class") == "card-text"]) == 1
