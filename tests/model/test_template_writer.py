"""A canvas's layout as a template: written as TOML, read back by the bundled templates' loader."""

from __future__ import annotations

import tomllib

import pytest

from ecanvas.model import Block, Canvas
from ecanvas.model.catalog import builtin_template
from ecanvas.model.template_writer import retitled, template_from_canvas, template_toml
from ecanvas.model.templates import TemplateError, parse_template


def _designed() -> Canvas:
    """A canvas a team designed on the blank template: guidance on one block only, a score."""
    canvas = Canvas(id=3, title="Our growth canvas", template_key="blank")
    canvas.blocks = [
        Block(id=1, canvas_id=3, key="block-1", title_en="Channels", title_zh="渠道",
              guidance_en=["Which channel brings repeat buyers?", "What does it cost?"],
              guidance_zh=["哪个渠道带来复购？", "成本是多少？"], colour="#2e6da4",
              x=0, y=0, w=480, h=360, scored=True, score=3, links_to=["Block 2"], position=0),
        Block(id=2, canvas_id=3, key="Block 2", title_en="", title_zh="“引号” \\ 和 \"quotes\"",
              colour="#3C8D5A", x=500.5, y=0, w=300, h=200, position=1),
    ]  # fmt: skip
    return canvas


def test_the_layout_becomes_a_template_that_loads_like_the_bundled_ones():
    template = template_from_canvas(_designed(), "growth-canvas", title_zh="增长画布")
    assert (template.key, template.title_en, template.title_zh) == (
        "growth-canvas", "Our growth canvas", "增长画布",
    )  # fmt: skip
    first, second = template.blocks
    assert (first.key, first.colour, first.scored, first.links_to) == (
        "block-1", "#2E6DA4", True, ("block-2",),
    )  # fmt: skip
    assert first.guidance_zh == ("哪个渠道带来复购？", "成本是多少？")
    assert (second.key, second.title_en, second.x, second.guidance_en) == (
        "block-2", "“引号” \\ 和 \"quotes\"", 500.5, (),
    )  # fmt: skip
    again = parse_template(tomllib.loads(template_toml(template)), "growth-canvas.toml", user=True)
    assert again == template
    assert template.description_en == "Saved from the canvas “Our growth canvas”."


def test_a_bundled_template_round_trips_through_the_writer():
    swot = builtin_template("swot")
    assert parse_template(tomllib.loads(template_toml(swot)), "swot.toml") == swot


def test_a_bad_key_and_overlapping_blocks_are_refused_naming_the_field():
    with pytest.raises(TemplateError, match="key: 'Growth Canvas' must be lower-case"):
        template_from_canvas(_designed(), "Growth Canvas")
    canvas = _designed()
    canvas.blocks[1].x = 100
    with pytest.raises(TemplateError, match=r"ours\.toml: blocks\[1\]: overlaps blocks\[0\]"):
        template_from_canvas(canvas, "ours")


def test_a_user_template_needs_no_guidance_but_a_bundled_one_does():
    data = tomllib.loads(template_toml(template_from_canvas(_designed(), "growth")))
    parse_template(data, "growth.toml", user=True)
    with pytest.raises(TemplateError, match=r"growth\.toml: blocks\[1\]\.guidance_en: needs 2–4"):
        parse_template(data, "growth.toml")


def test_a_rename_keeps_key_and_blocks():
    template = template_from_canvas(_designed(), "growth")
    renamed = retitled(template, "Growth 2027", "")
    assert (renamed.key, renamed.title_en, renamed.title_zh) == ("growth", "Growth 2027",
                                                                 "Growth 2027")  # fmt: skip
    assert renamed.blocks == template.blocks
