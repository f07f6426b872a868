"""The PowerPoint export read back with python-pptx: native shapes from the canvas layout."""

from __future__ import annotations

import io
from datetime import date

from pptx import Presentation
from pptx.oxml.ns import qn

from ecanvas.model.layout import compute_layout
from ecanvas.report.options import ExportOptions
from ecanvas.report.slides import write_slides


def _deck(workspace, **options) -> Presentation:
    stream = io.BytesIO()
    write_slides(workspace, stream, ExportOptions(**options))
    stream.seek(0)
    return Presentation(stream)


def _texts(slide) -> list[str]:
    return [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]


def _title(slide) -> str:
    return next(shape.text_frame.text for shape in slide.shapes if shape.name == "Title")


def test_title_canvas_and_action_slides_with_every_card(english_store):
    workspace = english_store.workspace
    english_store.set_properties(summary="We grow **members** first.\n\n- Tmall")
    deck = _deck(workspace, language="en")
    slides = list(deck.slides)
    # title, summary, one per canvas, action items (no recommendations written)
    assert len(slides) == 1 + 1 + len(workspace.canvases) + 1
    assert "Cloud Tea strategy" in " ".join(_texts(slides[0]))
    assert "Cloud Tea House" in " ".join(_texts(slides[0]))
    assert "We grow members first." in _texts(slides[1])[-1]
    for canvas, slide in zip(workspace.canvases, slides[2:-1], strict=True):
        names = {shape.name: shape for shape in slide.shapes}
        assert _title(slide).startswith(canvas.title)
        for card in canvas.cards:
            assert names[f"Card {card.id}"].text_frame.text.startswith(card.text)
        for block in canvas.blocks:
            assert names[f"Block title {block.key}"].text_frame.text == block.title_en
    actions = slides[-1]
    table = next(shape for shape in actions.shapes if shape.has_table).table
    assert table.cell(0, 0).text == "Due"
    assert table.cell(1, 1).text == "Traceable single origin"
    assert table.cell(1, 2).text == "Wang Qiang"


def test_cards_sit_where_the_layout_puts_them_and_links_are_glued_connectors(english_store):
    canvas = english_store.workspace.canvases[0]
    deck = _deck(english_store.workspace)
    slide = list(deck.slides)[1]
    shapes = {shape.name: shape for shape in slide.shapes}
    layout = compute_layout(canvas)
    first, second = sorted(layout.cards.values(), key=lambda box: box.rect.x)[:2]
    a, b = shapes[f"Card {first.card_id}"], shapes[f"Card {second.card_id}"]
    # The same arrangement, scaled: left to right as in the layout, equal card sizes.
    assert a.left < b.left and a.width == b.width and a.height == b.height
    [link] = canvas.links
    connector = shapes[f"Link {link.id}"]
    ends = connector._element.find(qn("p:nvCxnSpPr")).find(qn("p:cNvCxnSpPr"))
    glued = {ends.find(qn("a:stCxn")).get("id"), ends.find(qn("a:endCxn")).get("id")}
    card_ids = {str(shapes[f"Card {link.source_id}"].shape_id),
                str(shapes[f"Card {link.target_id}"].shape_id)}  # fmt: skip
    assert glued == card_ids
    assert connector.line._get_or_add_ln().find(qn("a:tailEnd")).get("type") == "triangle"


def test_many_action_items_continue_over_slides_in_chinese(make_store):
    store = make_store(title="行动", language="zh")
    canvas = store.add_canvas("swot")
    for n in range(30):
        store.add_card(canvas.id, canvas.blocks[n % 4].id, f"行动 {n} 🍵", owner="王强",
                       due=date(2027, 1, 1 + n % 28), status="todo")  # fmt: skip
    slides = list(_deck(store.workspace, language="zh").slides)
    titles = [_title(slide) for slide in slides[2:]]
    assert titles == ["行动计划 (1/3)", "行动计划 (2/3)", "行动计划 (3/3)"]
    cards = [shape for shape in slides[1].shapes if shape.name.startswith("Card ")]
    assert len(cards) == 30
