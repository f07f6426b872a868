"""The report survives hostile, huge and empty input, and refuses what it cannot do clearly."""

from __future__ import annotations

from datetime import date

import pytest
from report_helpers import (
    needs_poppler,
    page_sizes,
    pdf_fonts,
    pdf_outline,
    pdf_text,
    png_bytes,
    squeezed,
)

from ecanvas.model import Workspace
from ecanvas.outputs import OutputError
from ecanvas.report import ReportError, ReportOptions, build_report
from ecanvas.report import builder as report_builder

pytestmark = needs_poppler

PAYLOADS = [
    "<b>x</b>",
    "a & b",
    '<img src="/etc/passwd"/>',
    "<font color=red>red?</font>",
    "<para",
    "<i>never closed",
    "&amp; stays &amp;",
    "]]> <![CDATA[",
]


def test_markup_in_cards_prints_literally_and_reads_no_file(make_store, tmp_path, monkeypatch):
    store = make_store(title="<b>Title</b> & co", language="en")
    store.set_properties(client="<i>Client", author="A & B")
    canvas = store.add_canvas("business-model-design", title="<font size=40>Canvas</font>")
    block = canvas.blocks[0]
    for payload in PAYLOADS:
        store.add_card(canvas.id, block.id, payload, note=f"note {payload}", tags=[payload],
                       owner=payload, status="todo")  # fmt: skip
    opened: list[str] = []
    real_open = open

    def watching_open(file, *args, **kwargs):
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", watching_open)
    output = build_report(store.workspace, tmp_path / "payload.pdf")
    monkeypatch.undo()
    assert "/etc/passwd" not in opened
    text = squeezed(pdf_text(output))
    for payload in PAYLOADS:
        assert squeezed(payload) in text, payload
        assert squeezed(f"note {payload}") in text, payload
    assert squeezed("<b>Title</b> & co") in text
    assert squeezed("<font size=40>Canvas</font>") in text


def test_a_note_of_100000_characters_flows_over_many_pages(make_store, tmp_path):
    store = make_store()
    canvas = store.add_canvas("swot")
    line = "战略 strategy 渠道 omnichannel " * 4
    note = "\n".join(f"{i:05d} {line}" for i in range(1_000))[:100_000]
    unbroken = "x" * 20_000  # a single word far wider than a page
    store.add_card(canvas.id, canvas.blocks[0].id, "Long note", note=note + "\n" + unbroken)
    store.add_card(canvas.id, canvas.blocks[1].id, "After the long note")
    output = build_report(
        store.workspace, tmp_path / "long.pdf", ReportOptions(sections=("cards",))
    )
    text = pdf_text(output)
    assert len(page_sizes(output)) > 20
    last_number = note.rsplit("\n", 1)[-1][:5]
    assert "00000" in text and last_number in text
    # The end of the note is all there, once the running header and footer (which a page break
    # puts between two of its lines) are taken out.
    furniture = {"Untitled workspace", "Cards"}
    body = [row for row in text.splitlines() if row not in furniture and not row.isdigit()]
    assert squeezed(note[-3000:]) in squeezed("\n".join(body))
    assert "After the long note" in text
    assert text.count("x") == 20_000


def test_oversized_titles_tags_and_owners_still_export(make_store, tmp_path):
    store = make_store(title="T" * 50_000)
    canvas = store.add_canvas("swot", title="Canvas " + "很长的标题" * 20_000)
    block = canvas.blocks[0]
    store.update_block(block.id, title_en="Block " * 5_000)
    store.add_card(canvas.id, block.id, "Tagged", tags=[f"tag{i}" * 20 for i in range(200)],
                   owner="O" * 10_000, due=date(2027, 1, 1), status="todo", votes=99)  # fmt: skip
    output = build_report(store.workspace, tmp_path / "big.pdf")
    text = squeezed(pdf_text(output))
    assert "Tagged" in text and "+188" in text


def test_a_canvas_of_500_cards(make_store, tmp_path):
    store = make_store()
    canvas = store.add_canvas("lean-canvas")
    drafts = [
        {"block_id": canvas.blocks[i % len(canvas.blocks)].id, "text": f"Card number {i}",
         "tags": [f"t{i % 7}"], "votes": i % 6}
        for i in range(500)
    ]  # fmt: skip
    store.add_cards(canvas.id, drafts)
    output = build_report(store.workspace, tmp_path / "many.pdf")
    text = squeezed(pdf_text(output))
    for i in (0, 137, 499):
        assert f"Cardnumber{i}" in text


def test_an_empty_workspace_still_makes_a_document(tmp_path):
    output = build_report(Workspace(title="Nothing yet"), tmp_path / "empty.pdf")
    text = pdf_text(output)
    assert "This workspace has no canvases yet." in text
    assert [e.title for e in pdf_outline(output) if e.level == 0][:3] == [
        "Cover", "Contents", "Executive summary",
    ]  # fmt: skip
    assert all(font["emb"] == "yes" for font in pdf_fonts(output))


def test_an_empty_workspace_with_only_canvas_sections(tmp_path):
    options = ReportOptions(sections=("canvases",))
    output = build_report(Workspace(), tmp_path / "nothing.pdf", options)
    assert "no canvases" in pdf_text(output)


def test_a_blank_canvas_and_empty_blocks(make_store, tmp_path):
    store = make_store()
    store.add_canvas("blank", title="Nothing here")
    store.add_canvas("swot", title="Empty SWOT")
    output = build_report(store.workspace, tmp_path / "blank.pdf")
    text = pdf_text(output)
    assert "This canvas has no blocks yet." in text
    # Empty sections are left out: no listing of cardless blocks, no empty scores or actions.
    assert "No cards in this block." not in text
    assert "No action items yet" not in text and "Action plan" not in text
    assert "Strengths" in text  # the SWOT drawing still shows its empty blocks
    assert [e.title for e in pdf_outline(output) if e.level == 1][:2] == [
        "Nothing here",
        "Empty SWOT",
    ]


def test_the_logo_from_the_workspace_or_a_file_is_on_the_cover(make_store, tmp_path):
    from pypdf import PdfReader

    store = make_store()
    store.set_properties(logo=png_bytes(), logo_mime="image/png")
    output = build_report(store.workspace, tmp_path / "logo.pdf")
    assert len(PdfReader(output).pages[0].images) == 1
    logo = tmp_path / "other.png"
    logo.write_bytes(png_bytes((10, 90, 200), (40, 40)))
    options = ReportOptions(logo_path=logo, sections=("cover",))
    assert (
        len(PdfReader(build_report(store.workspace, tmp_path / "o.pdf", options)).pages[0].images)
        == 1
    )


def test_a_missing_logo_is_named(make_store, tmp_path):
    store = make_store()
    logo = tmp_path / "absent.png"
    with pytest.raises(ReportError, match=str(logo)):
        build_report(store.workspace, tmp_path / "r.pdf", ReportOptions(logo_path=logo))
    assert not (tmp_path / "r.pdf").exists()


def test_a_logo_that_is_not_an_image_is_named(make_store, tmp_path):
    store = make_store()
    logo = tmp_path / "logo.png"
    logo.write_text("not a picture")
    with pytest.raises(ReportError, match=str(logo)):
        build_report(store.workspace, tmp_path / "r.pdf", ReportOptions(logo_path=logo))
    store.set_properties(logo=b"\x89PNG broken")
    with pytest.raises(ReportError, match="workspace logo"):
        build_report(store.workspace, tmp_path / "r.pdf")


@pytest.mark.parametrize("where", ["missing-folder", "under-a-file", "a-folder"])
def test_an_unwritable_output_is_named(make_store, tmp_path, where):
    store = make_store()
    (tmp_path / "file.txt").write_text("x")
    (tmp_path / "folder.pdf").mkdir()
    output = {
        "missing-folder": tmp_path / "absent" / "r.pdf",
        "under-a-file": tmp_path / "file.txt" / "r.pdf",
        "a-folder": tmp_path / "folder.pdf",
    }[where]
    with pytest.raises(OutputError) as caught:
        build_report(store.workspace, output)
    message = str(caught.value)
    assert str(output) in message
    assert "\n" not in message


def test_a_failed_build_leaves_no_half_pdf(make_store, tmp_path, monkeypatch):
    store = make_store()
    canvas = store.add_canvas("swot")
    store.add_card(canvas.id, canvas.blocks[0].id, "card")
    output = tmp_path / "report.pdf"
    output.write_bytes(b"%PDF previous report")

    def broken(self, flowable):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(report_builder.ReportDocument, "afterFlowable", broken)
    with pytest.raises(RuntimeError):
        build_report(store.workspace, output, force=True)
    assert output.read_bytes() == b"%PDF previous report"
    assert [p.name for p in tmp_path.iterdir() if "pdf" in p.name] == ["report.pdf"]


@pytest.mark.parametrize(
    ("options", "named"),
    [
        (ReportOptions(canvas_ids=(999,)), "999"),
        (ReportOptions(brand_colour="red"), "red"),
        (ReportOptions(sections=("cover", "preface")), "preface"),
        (ReportOptions(sections=()), "section"),
        (ReportOptions(paper="a5"), "a5"),
        (ReportOptions(language="fr"), "fr"),
    ],
)
def test_bad_options_are_named(make_store, tmp_path, options, named):
    store = make_store()
    store.add_canvas("swot")
    with pytest.raises(ReportError, match=named):
        build_report(store.workspace, tmp_path / "r.pdf", options)
    assert not (tmp_path / "r.pdf").exists()
