"""Every character prints: emoji, Arabic, Hebrew, Thai and Devanagari come out of the PDF, in
fonts embedded in it; right-to-left paragraphs are wrapped first and each line then put into
visual order, set flush right; complex scripts are shaped; a character no font has is replaced
visibly and reported in one warning line."""

from __future__ import annotations

import re
import unicodedata

import pytest
from report_helpers import needs_poppler, pdf_fonts, pdf_text, pdf_words

from ecanvas.report import ReportOptions, build_report
from ecanvas.report.context import PAGE_MARGIN
from ecanvas.report.glyphs import missing_warning, registered
from ecanvas.report.runs import line_runs
from ecanvas.report.shaping import _harfbuzz_font, shape
from ecanvas.report.text import wrap_lines

CARDS = {
    "emoji": ("Tea 🍵 gift 🎁", "Thumbs up 👍🏽 and a flag ✓"),
    "arabic": ("مرحبا بالعالم", "متجر إلكتروني للشاي"),
    "hebrew": ("שלום עולם 2027", "חנות תה מקוונת"),
    "thai": ("สวัสดี ชาไทย", "น้ำชาไทย"),
    "devanagari": ("नमस्ते चाय", "क्षत्रिय श्री"),
    "unknown": ("Adlam 𞤀𞤁 here", ""),
}
# Distinct Hebrew words: a long paragraph of them shows the order of lines and of words.
HEBREW = [
    "אבן",
    "גשר",
    "דלת",
    "הר",
    "ורד",
    "זית",
    "חלב",
    "טל",
    "ים",
    "כוכב",
    "לחם",
    "מים",
    "נר",
    "סוס",
    "עץ",
    "פרח",
    "צבע",
    "קיר",
    "רוח",
    "שמש",
    "תפוח",
]
A4_WIDTH = 595.2756


def _readable(text: str) -> str:
    """pdftotext's text without the direction marks it adds around right-to-left text."""
    text = unicodedata.normalize("NFC", text)
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
    # Shaped runs carry their actual text: conjuncts and joined letters read back as typed.
    for word in ("🍵", "🎁", "👍", "مرحبا", "بالعالم", "إلكتروني", "שלום", "עולם", "ישראל",
                 "สวัสดี", "น้ำชาไทย", "नमस्ते", "क्षत्रिय", "श्री", "茶"):  # fmt: skip
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


def _glyph_names(text: str, font: str, rtl: bool = False) -> list[str]:
    from reportlab.pdfbase import pdfmetrics

    registered(font)
    face = pdfmetrics.getFont(font).face
    glyphs = shape(text, font, rtl).glyphs
    return [_harfbuzz_font(font).glyph_to_string(face.charToGlyph[ord(c)]) for c in glyphs]


def test_complex_scripts_are_shaped():
    # क + ् + ष is one conjunct glyph; the i-sign is drawn before the consonant it follows.
    assert _glyph_names("क्षत्रिय", "ECanvasDevanagari") == [
        "kassadeva", "ivowelsign03deva", "taradeva", "yadeva",
    ]  # fmt: skip
    # Sara am is split, and the tone mark above it takes its small form.
    assert _glyph_names("น้ำ", "ECanvasThai") == ["uni0E19", "uni0E4D", "uni0E49.small", "uni0E32"]
    # Arabic letters join: initial meem (drawn last, at the right), medial beh, final alef.
    assert _glyph_names("مرحبا", "ECanvasArabic", rtl=True) == [
        "uniFE8E", "uniFE92", "uniFEA3", "uniFEAE", "uniFEE3",
    ]  # fmt: skip
    # Shaped runs that do not read back as their letters carry them as actual text.
    (devanagari,) = line_runs("क्षत्रिय")
    assert devanagari.actual == "क्षत्रिय"
    (hebrew,) = line_runs("שלום")
    assert hebrew.actual == "" and hebrew.text == "םולש"


def test_lines_are_put_in_visual_order_after_wrapping():
    # Hebrew reads right to left: its first word is drawn last, the number keeps its digits.
    drawn = line_runs("שלום עולם 2027")
    assert "".join(run.text for run in drawn) == "2027 םלוע םולש"
    # A left-to-right line with Chinese, English and Arabic: only the Arabic is reversed.
    mixed = line_runs("中文 English العربية 中文")
    assert [run.font for run in mixed if run.text.strip()] == [
        "ECanvasSans", "ECanvasArabic", "ECanvasSans",
    ]  # fmt: skip
    assert mixed[0].text == "中文 English " and mixed[-1].text == "中文"
    assert mixed[1].actual == "العربية"[::-1]
    # Wrapping happens in logical order: the first line holds the first words.
    lines = wrap_lines(" ".join(HEBREW), 10, 120)
    assert len(lines) > 3 and all(line.rtl for line in lines)
    assert " ".join(lines).split() == HEBREW


def test_words_never_split_inside_a_right_to_left_word():
    title = "云间茶舍 شاي الغيوم 云间茶舍 شاي الغيوم Strategy"
    not_chinese = re.compile(r"[^\s\u4e00-\u9fff]+")
    for width in range(100, 400, 7):  # every word fits a line of 100 pt
        lines = wrap_lines(title, 24, width)
        words = [word for line in lines for word in not_chinese.findall(line)]
        assert words == not_chinese.findall(title), width  # Chinese breaks anywhere, words not


def _hebrew_lines(path, page) -> list[list]:
    """The Hebrew words of a page grouped into lines, top to bottom."""
    words = [w for w in pdf_words(path, page) if re.fullmatch(r"[\u05d0-\u05ea]+", w.text)]
    lines: list[list] = []
    for word in sorted(words, key=lambda w: (round(w.top), -w.right)):
        if lines and abs(lines[-1][0].top - word.top) < 2:
            lines[-1].append(word)
        else:
            lines.append([word])
    return lines


@needs_poppler
@pytest.mark.parametrize("where", ["note", "summary"])
def test_right_to_left_paragraphs_read_in_order_and_are_set_flush_right(make_store, tmp_path,
                                                                         where):  # fmt: skip
    paragraph = " ".join(HEBREW * 3)
    store = make_store(title="RTL")
    canvas = store.add_canvas("business-model-design")
    if where == "note":
        store.add_card(canvas.id, canvas.blocks[0].id, "Card", note=paragraph)
        sections = ("cards",)
    else:
        store.set_properties(summary=paragraph)
        sections = ("summary",)
    output = build_report(store.workspace, tmp_path / "rtl.pdf", ReportOptions(sections=sections))
    lines = _hebrew_lines(output, 1)
    assert len(lines) >= 3
    # Read top to bottom, each line right to left (glyphs of a word are drawn reversed).
    read = [word.text[::-1] for line in lines for word in line]
    assert read == paragraph.split()
    # Flush right: every line ends at the right edge of the frame; the last one is short.
    right_edge = A4_WIDTH - PAGE_MARGIN
    assert all(abs(line[0].right - right_edge) < 1.5 for line in lines)
    assert lines[-1][-1].left > min(line[-1].left for line in lines[:-1]) + 20


def test_no_warning_when_every_character_has_a_font(english_store, tmp_path):
    warnings = []
    build_report(english_store.workspace, tmp_path / "plain.pdf", ReportOptions(),
                 warn=warnings.append)  # fmt: skip
    assert warnings == []
    assert missing_warning({}) == ""


@needs_poppler
def test_chart_labels_print_every_script(make_store, tmp_path):
    store = make_store(title="Charts")
    canvas = store.add_canvas("strategic-paths")
    names = ["Tea 🍵", "شاي أخضر", "תה ירוק", "चाय"]
    for index, (block, name) in enumerate(zip(canvas.blocks, names, strict=False)):
        store.update_block(block.id, title_en=name)
        store.set_block_score(block.id, index + 2)
    output = build_report(
        store.workspace, tmp_path / "chart.pdf", ReportOptions(sections=("scores",))
    )
    text = _readable(pdf_text(output))
    # Each name is on a radar spoke and in the score table (the leader in the sentence too).
    for name in names[:3]:
        assert text.count(name) == 2, name
    assert text.count("चाय") == 3


def test_bold_and_italic_chinese_are_simulated(make_store, tmp_path):
    from pypdf import PdfReader

    store = make_store(title="Bold")
    store.add_canvas("swot")
    store.set_properties(summary="**粗体中文** and *斜体中文*")
    output = build_report(store.workspace, tmp_path / "bold.pdf",
                          ReportOptions(sections=("summary",)))  # fmt: skip
    content = PdfReader(output).pages[0].get_contents().get_data().decode("latin-1")
    assert " 2 Tr" in content  # fill and stroke: the outline thickens the regular face
    assert re.search(r"1 0 \.2 1 [\d.]+ [\d.]+ Tm", content)  # the shear slants it
