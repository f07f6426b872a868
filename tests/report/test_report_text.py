"""Hand wrapping of text drawn on sticky notes, and the escaping of text set as paragraphs."""

from __future__ import annotations

from datetime import date

from ecanvas.report.fonts import text_width
from ecanvas.report.labels import label, long_date
from ecanvas.report.text import ELLIPSES, clean, elide, wrap_lines, wrap_text

SIZE = 12.0
WIDTH = 140.0


def test_lines_fit_the_width_and_keep_every_word():
    text = "Fresh tea delivered weekly to office workers in tier-one cities"
    lines = wrap_lines(text, SIZE, WIDTH)
    assert len(lines) > 1
    assert all(text_width(line, SIZE) <= WIDTH for line in lines)
    assert " ".join(lines) == text


def test_chinese_breaks_between_characters_and_keeps_punctuation_off_line_starts():
    text = "行为画像：夜间刷抖音、囤货复购，一年回购三到四次，对冲泡视频反应最好。" * 2
    lines = wrap_lines(text, SIZE, WIDTH)
    assert "".join(lines) == text
    assert all(line[0] not in "，。、：" for line in lines[1:])
    assert all(text_width(line.rstrip("，。、：）"), SIZE) <= WIDTH for line in lines)


def test_mixed_lines_keep_english_words_whole():
    lines = wrap_lines("我们的 omnichannel 战略需要 seamless connection 与数据同步", SIZE, WIDTH)
    words = " ".join(lines).split()
    assert "omnichannel" in words and "seamless" in words


def test_a_word_wider_than_the_line_is_cut_by_character():
    lines = wrap_lines("x" * 200, SIZE, WIDTH)
    assert "".join(lines) == "x" * 200
    assert all(text_width(line, SIZE) <= WIDTH for line in lines)


def test_newlines_are_kept():
    assert wrap_lines("one\n\ntwo", SIZE, WIDTH) == ("one", "", "two")


def test_text_that_overflows_the_note_ends_in_an_ellipsis():
    lines = wrap_text("word " * 100, SIZE, WIDTH, 3)
    assert len(lines) == 3
    assert lines[-1].endswith("word...")
    assert text_width(lines[-1], SIZE) <= WIDTH
    assert wrap_text("short", SIZE, WIDTH, 3) == ("short",)


def test_a_huge_text_is_cut_without_wrapping_all_of_it():
    lines = wrap_text("战略" * 50_000, SIZE, WIDTH, 4)
    assert len(lines) == 4 and lines[-1].endswith("…")


def test_elide_fits_one_line():
    assert elide("short", SIZE, WIDTH) == "short"
    long = elide("A very long canvas title that cannot fit on one line", SIZE, WIDTH)
    assert long.endswith(ELLIPSES) and text_width(long, SIZE) <= WIDTH


def test_text_is_cleaned_of_control_characters_and_keeps_newlines():
    assert clean("one\ntwo\r\nthree\rfour") == "one\ntwo\nthree\nfour"
    assert clean("bell\x07") == "bell"


def test_labels_in_both_languages():
    assert label("card_count", "en", n=1) == "1 card"
    assert label("card_count", "en", n=3) == "3 cards"
    assert label("card_count", "zh", n=3) == "3 张卡片"
    assert long_date(date(2026, 3, 12), "en") == "12 March 2026"
    assert long_date(date(2026, 3, 12), "zh") == "2026年3月12日"


def test_a_long_word_is_cut_between_clusters_never_inside_one():
    import unicodedata

    for word in ("น้ำชาไทย" * 12, "क्षत्रिय" * 12):
        lines = wrap_lines(word, SIZE, 60)
        assert len(lines) > 2 and "".join(lines) == word
        for line in lines[1:]:
            assert unicodedata.category(line[0])[0] != "M", line  # no mark starts a line
        for line in lines[:-1]:
            assert line[-1] != "\u094d", line  # no virama ends one
