"""The Markdown subset of the summary and recommendations: blocks, emphasis, nothing else."""

from __future__ import annotations

from ecanvas.model.richtext import Span, TextBlock, parse_rich_text, plain_text


def test_paragraphs_lists_and_headings():
    text = "## Goals\n\nFirst line\nsecond line\n\n- one\n  more\n* two\n1. alpha\n2) beta\nafter"
    assert [(b.kind, b.text, b.number) for b in parse_rich_text(text)] == [
        ("heading", "Goals", 2),
        ("paragraph", "First line\nsecond line", 0),
        ("bullet", "one\nmore", 0),
        ("bullet", "two", 0),
        ("number", "alpha", 1),
        ("number", "beta\nafter", 2),
    ]


def test_bold_italic_and_escapes():
    [block] = parse_rich_text(r"目标 **¥18M *2027*** and _soon_, not \*this\* or snake_case")
    assert block.spans == (
        Span("目标 "),
        Span("¥18M ", bold=True),
        Span("2027", bold=True, italic=True),
        Span(" and "),
        Span("soon", italic=True),
        Span(", not *this* or snake_case"),
    )


def test_nothing_else_is_markup():
    text = '<img src="/etc/passwd"> [link](http://x) ![i](y) <b>&amp;</b>'
    assert parse_rich_text(text) == [TextBlock("paragraph", (Span(text),))]


def test_empty_text_has_no_blocks_and_plain_text_drops_markup():
    assert parse_rich_text("  \n\n ") == []
    assert plain_text("- **a**\n1. b\n\nc *d*") == "• a\n1. b\nc d"
