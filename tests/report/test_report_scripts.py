"""Every character prints: emoji, Arabic, Hebrew, Thai and Devanagari come out of the PDF, in
fonts embedded in it, right-to-left text in visual order; a character no font has is replaced
visibly and reported in one warning line."""

from __future__ import annotations

import re
import unicodedata

from report_helpers import needs_poppler, pdf_fonts, pdf_text

from ecanvas.report import ReportOptions, build_report
from ecanvas.report.glyphs import missing_warning, runs
from ecanvas.report.text import clean

CARDS = {
    "emoji": ("Tea 🍵 gift 🎁", "Thumbs up 👍🏽 and a flag ✓"),
    "arabic": ("مرحبا بالعالم", "متجر إلكتروني للشاي"),
    "hebrew": ("שלום עולם 2027", "חנות תה מקוונת"),
    "thai": ("สวัสดี ชาไทย", ""),
    "devanagari": ("नमस्ते चाय", ""),
    "unknown": ("Adlam 𞤀𞤁 here", ""),
}


def _readable(text: str) -> str:
    """pdftotext's text with Arabic presentation forms and bidi marks normalised away."""
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"[\u200e\u200f\u202a-\u202e]", "", text)


@needs_poppler
def test_every_script_prints_in_embedded_fonts(make_store, tmp_path):
    store = make_store(title="Scripts 🍵 مرحبا שלום")
    store.set_properties(client="عميل العربية", author="דוד כהן")
    canvas = store.add_canvas("business-model-design")
    block = canvas.blocks[0]
    for text, note in CARDS.values():
        store.add_card(canvas.id, block.id, text, note=note, tags=["🍵 茶"], owner="ישראל")
    warnings = []
    output = build_report(store.workspace, tmp_path / "scripts.pdf", warn=warnings.append)
    text = _readable(pdf_text(output))
    for word in (
        "🍵",
        "🎁",
        "👍",
        "مرحبا",
        "بالعالم",
        "שלום",
        "עולם",
        "ישראל",
        "สวัสดี",
        "नमस",
        "茶",
    ):
        assert word in text, word
    assert "\ufffd\ufffd" in text, "the missing Adlam letters are drawn as replacements"
    assert warnings == [
        "2 characters that no bundled font can draw were printed as \ufffd (U+1E900, U+1E901)"
    ]
    fonts = pdf_fonts(output)
    names = " ".join(f["name"] for f in fonts)
    for family in ("Symbola", "NotoSansArabic", "NotoSansHebrew", "NotoSansThai", "Devanagari"):
        assert family in names
    assert all(f["emb"] == "yes" for f in fonts)


def test_right_to_left_runs_come_in_visual_order():
    # Hebrew reads right to left: its first word is drawn last, the number keeps its digits.
    hebrew = runs("שלום עולם 2027")
    assert hebrew[-1] == ("ECanvasHebrew", "םלוע םולש")
    assert "".join(text for _, text in hebrew) == "2027 םלוע םולש"
    mixed = runs(clean("Tea مرحبا"))
    assert [font for font, _ in mixed] == ["ECanvasSans", "ECanvasArabic"]
    joined = mixed[1][1]
    assert all(0xFE70 <= ord(c) <= 0xFEFF for c in joined if not c.isspace())


def test_no_warning_when_every_character_has_a_font(english_store, tmp_path):
    warnings = []
    build_report(english_store.workspace, tmp_path / "plain.pdf", ReportOptions(),
                 warn=warnings.append)  # fmt: skip
    assert warnings == []
    assert missing_warning({}) == ""
