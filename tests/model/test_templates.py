"""The bundled templates load and follow the product's rules; bad template files are refused."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ecanvas.model.catalog import builtin_template, builtin_templates
from ecanvas.model.layout import NORMAL
from ecanvas.model.templates import TemplateError, load_template, load_templates

CJK = re.compile(r"[\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]{2,}")

EXPECTED_KEYS = {
    "ecommerce-dimensions",
    "business-model-design",
    "strategy-modules",
    "strategy-levels",
    "core-goals",
    "strategic-paths",
    "outlook",
    "business-model-canvas",
    "lean-canvas",
    "swot",
    "blank",
}
DISPLAY_ORDER = [
    "ecommerce-dimensions",
    "strategy-levels",
    "business-model-design",
    "strategy-modules",
    "core-goals",
    "strategic-paths",
    "outlook",
    "business-model-canvas",
    "lean-canvas",
    "swot",
    "blank",
]
EXPECTED_BLOCKS = {
    "ecommerce-dimensions": {
        "market-customer",
        "product-service",
        "channel-platform",
        "operations-support",
        "strategic-goals",
    },
    "business-model-design": {
        "value-proposition",
        "revenue-model",
        "key-processes",
        "partner-network",
    },
    "strategic-paths": {"cost-leadership", "differentiation", "focus", "platform"},
    "strategy-levels": {"macro", "meso", "micro"},
    "swot": {"strengths", "weaknesses", "opportunities", "threats"},
    "business-model-canvas": {
        "key-partners",
        "key-activities",
        "key-resources",
        "value-propositions",
        "customer-relationships",
        "channels",
        "customer-segments",
        "cost-structure",
        "revenue-streams",
    },
    "lean-canvas": {
        "problem",
        "solution",
        "key-metrics",
        "unique-value-proposition",
        "unfair-advantage",
        "channels",
        "customer-segments",
        "cost-structure",
        "revenue-streams",
    },
}
EXPECTED_LINKS = {
    # A dimension serves the goals as a whole (the dimension-not-serving-goals check), so the
    # template asks no link of each of its cards.
    "ecommerce-dimensions": {
        "market-customer": set(),
        "product-service": set(),
        "channel-platform": set(),
        "operations-support": set(),
    },
    "business-model-design": {
        "revenue-model": {"value-proposition"},
        "key-processes": {"value-proposition"},
        "partner-network": {"key-processes"},
    },
    "business-model-canvas": {
        "value-propositions": {"customer-segments"},
        "channels": {"customer-segments"},
        "customer-relationships": {"customer-segments"},
        "revenue-streams": {"value-propositions"},
        "key-activities": {"value-propositions"},
        "key-resources": {"key-activities"},
        "key-partners": {"key-activities"},
    },
    "lean-canvas": {
        "solution": {"problem"},
        "unique-value-proposition": {"customer-segments"},
        "problem": {"customer-segments"},
    },
}

ALL_TEMPLATES = sorted(builtin_templates().values(), key=lambda t: t.key)
ALL_BLOCKS = [(t.key, b) for t in ALL_TEMPLATES for b in t.blocks]


def _ids(value: object) -> str:
    if isinstance(value, tuple):
        return f"{value[0]}:{value[1].key}"
    return getattr(value, "key", str(value))


# --- the bundled templates ---------------------------------------------------------------------


def test_all_eleven_templates_are_bundled() -> None:
    assert set(builtin_templates()) == EXPECTED_KEYS


def test_gallery_shows_the_essay_canvases_first() -> None:
    assert list(builtin_templates()) == DISPLAY_ORDER


def test_builtin_template_names_unknown_keys() -> None:
    assert builtin_template("swot").key == "swot"
    with pytest.raises(KeyError, match="no-such-template"):
        builtin_template("no-such-template")


@pytest.mark.parametrize("template", ALL_TEMPLATES, ids=_ids)
def test_template_has_bilingual_titles_and_descriptions(template) -> None:
    assert LATIN.search(template.title_en)
    assert CJK.search(template.title_zh)
    assert LATIN.search(template.description_en)
    assert CJK.search(template.description_zh)
    assert template.title("zh") == template.title_zh
    assert template.title("en") == template.title_en


@pytest.mark.parametrize("key", sorted(EXPECTED_BLOCKS))
def test_template_has_its_framework_blocks(key: str) -> None:
    assert {b.key for b in builtin_template(key).blocks} == EXPECTED_BLOCKS[key]


def test_block_counts() -> None:
    counts = {t.key: len(t.blocks) for t in ALL_TEMPLATES}
    assert counts["strategy-modules"] == 5
    assert counts["core-goals"] == 4
    assert counts["outlook"] == 5
    assert counts["blank"] == 0


@pytest.mark.parametrize(("template_key", "block"), ALL_BLOCKS, ids=_ids)
def test_block_titles_and_guidance_in_both_languages(template_key: str, block) -> None:
    assert LATIN.search(block.title_en)
    assert CJK.search(block.title_zh)
    assert 2 <= len(block.guidance_en) <= 4
    assert 2 <= len(block.guidance_zh) <= 4
    for question in block.guidance_en:
        assert LATIN.search(question)
        assert not CJK.search(question), question
        assert question.rstrip().endswith("?"), question
    for question in block.guidance_zh:
        assert CJK.search(question)
        assert question.rstrip().endswith("？"), question
    assert re.fullmatch(r"#[0-9A-F]{6}", block.colour)


@pytest.mark.parametrize(("template_key", "block"), ALL_BLOCKS, ids=_ids)
def test_block_holds_a_few_cards(template_key: str, block) -> None:
    assert block.x >= 0
    assert block.y >= 0
    assert block.w >= 2 * NORMAL.card_w + 40
    assert block.h >= 2 * NORMAL.card_h + 60


@pytest.mark.parametrize("template", ALL_TEMPLATES, ids=_ids)
def test_layout_is_tidy(template) -> None:
    blocks = template.blocks
    if not blocks:
        return
    assert min(b.x for b in blocks) == 0
    assert min(b.y for b in blocks) == 0
    for i, a in enumerate(blocks):
        for b in blocks[i + 1 :]:
            overlap = a.x < b.x + b.w and b.x < a.x + a.w and a.y < b.y + b.h and b.y < a.y + a.h
            assert not overlap, (a.key, b.key)
    assert len({b.colour for b in blocks}) == len(blocks), "block colours repeat"
    assert len({b.key for b in blocks}) == len(blocks)


@pytest.mark.parametrize("template", ALL_TEMPLATES, ids=_ids)
def test_links_name_other_blocks_of_the_same_template(template) -> None:
    keys = {b.key for b in template.blocks}
    for block in template.blocks:
        for target in block.links_to:
            assert target in keys
            assert target != block.key


@pytest.mark.parametrize("key", sorted(EXPECTED_LINKS))
def test_expected_links(key: str) -> None:
    template = builtin_template(key)
    for block_key, targets in EXPECTED_LINKS[key].items():
        assert set(template.block(block_key).links_to) == targets, block_key


def test_strategic_goals_sit_in_the_centre() -> None:
    template = builtin_template("ecommerce-dimensions")
    goals = template.block("strategic-goals")
    right = max(b.x + b.w for b in template.blocks)
    bottom = max(b.y + b.h for b in template.blocks)
    centre_x, centre_y = right / 2, bottom / 2
    assert goals.x < centre_x < goals.x + goals.w
    assert goals.y < centre_y < goals.y + goals.h


def test_strategy_levels_are_full_width_bands_in_order() -> None:
    template = builtin_template("strategy-levels")
    macro, meso, micro = (template.block(k) for k in ("macro", "meso", "micro"))
    assert macro.w == meso.w == micro.w
    assert macro.x == meso.x == micro.x == 0
    assert macro.y < meso.y < micro.y


def test_only_strategic_paths_are_scored() -> None:
    for template in ALL_TEMPLATES:
        if template.key == "strategic-paths":
            assert template.scored
            assert all(b.scored for b in template.blocks)
        else:
            assert not template.scored, template.key
            assert not any(b.scored for b in template.blocks), template.key


def test_load_templates_sorts_by_order_then_key(tmp_path: Path) -> None:
    (tmp_path / "zeta.toml").write_text(_template_text("zeta", order=1), encoding="utf-8")
    (tmp_path / "alpha.toml").write_text(_template_text("alpha", order=5), encoding="utf-8")
    (tmp_path / "beta.toml").write_text(_template_text("beta", order=5), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a template", encoding="utf-8")
    assert list(load_templates(tmp_path)) == ["zeta", "alpha", "beta"]


# --- bad template files ------------------------------------------------------------------------

GOOD_BLOCKS = """
[[blocks]]
key = "first"
title_en = "First"
title_zh = "第一"
colour = "#2E6DA4"
x = 0
y = 0
w = 400
h = 300
guidance_en = ["What?", "Why?"]
guidance_zh = ["什么？", "为什么？"]

[[blocks]]
key = "second"
title_en = "Second"
title_zh = "第二"
colour = "#3C8D5A"
x = 420
y = 0
w = 400
h = 300
links_to = ["first"]
guidance_en = ["Who?", "How?", "When?"]
guidance_zh = ["谁？", "怎样？", "何时？"]
"""


def _template_text(key: str = "sample", order: int | None = None, blocks: str = GOOD_BLOCKS) -> str:
    head = f'''key = "{key}"
title_en = "Sample"
title_zh = "示例"
description_en = "A sample template."
description_zh = "示例模板。"
'''
    if order is not None:
        head += f"order = {order}\n"
    return head + blocks


def _write(tmp_path: Path, text: str, name: str = "sample.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_good_sample_loads(tmp_path: Path) -> None:
    template = load_template(_write(tmp_path, _template_text()))
    assert [b.key for b in template.blocks] == ["first", "second"]
    assert template.block("second").links_to == ("first",)
    assert template.order == 100
    assert not template.scored


def test_template_scored_flag_is_inherited_and_can_be_overridden(tmp_path: Path) -> None:
    text = _template_text().replace(
        'description_zh = "示例模板。"\n', 'description_zh = "示例模板。"\nscored = true\n'
    )
    text = text.replace('key = "second"\n', 'key = "second"\nscored = false\n')
    template = load_template(_write(tmp_path, text))
    assert template.scored
    assert template.block("first").scored
    assert not template.block("second").scored


def _replace(old: str, new: str, count: int = 1):
    def mutate(text: str) -> str:
        assert old in text, old
        return text.replace(old, new, count)

    return mutate


BAD_CASES = {
    # name: (mutation, field named in the message)
    "missing top-level field": (_replace('title_zh = "示例"\n', ""), "title_zh"),
    "missing blocks": (lambda text: text.split("[[blocks]]")[0], "blocks"),
    "missing block field": (_replace("h = 300\n", ""), "blocks[0].h"),
    "missing guidance": (
        _replace('guidance_zh = ["什么？", "为什么？"]\n', ""),
        "blocks[0].guidance_zh",
    ),
    "unknown top-level key": (
        _replace('key = "sample"\n', 'key = "sample"\nauthor = "me"\n'),
        "author",
    ),
    "unknown block field": (_replace("x = 420\n", "x = 420\nz = 3\n"), "blocks[1].z"),
    "overlapping blocks": (_replace("x = 420\n", "x = 390\n"), "blocks[1]"),
    "block inside another": (
        _replace("x = 420\ny = 0\nw = 400\nh = 300", "x = 10\ny = 10\nw = 50\nh = 50"),
        "blocks[1]",
    ),
    "colour without hash": (_replace('"#2E6DA4"', '"2E6DA4"'), "blocks[0].colour"),
    "colour by name": (_replace('"#2E6DA4"', '"blue"'), "blocks[0].colour"),
    "short colour": (_replace('"#2E6DA4"', '"#2E6"'), "blocks[0].colour"),
    "title is a number": (_replace('title_en = "Sample"', "title_en = 7"), "title_en"),
    "width is a string": (_replace("w = 400\n", 'w = "400"\n'), "blocks[0].w"),
    "x is a boolean": (_replace("x = 0\n", "x = true\n"), "blocks[0].x"),
    "order is a float": (_replace('key = "sample"\n', 'key = "sample"\norder = 1.5\n'), "order"),
    "order is a boolean": (_replace('key = "sample"\n', 'key = "sample"\norder = true\n'), "order"),
    "scored is a string": (
        _replace('key = "sample"\n', 'key = "sample"\nscored = "yes"\n'),
        "scored",
    ),
    "blocks is a table": (
        lambda text: text.split("[[blocks]]")[0] + "[blocks]\nkey = 'x'\n",
        "blocks",
    ),
    "guidance is a string": (
        _replace('guidance_en = ["What?", "Why?"]', 'guidance_en = "What?"'),
        "blocks[0].guidance_en",
    ),
    "guidance holds a number": (
        _replace('guidance_en = ["What?", "Why?"]', 'guidance_en = ["What?", 2]'),
        "blocks[0].guidance_en",
    ),
    "too few guidance questions": (
        _replace('guidance_en = ["What?", "Why?"]', 'guidance_en = ["What?"]'),
        "blocks[0].guidance_en",
    ),
    "no guidance questions": (
        _replace('guidance_zh = ["什么？", "为什么？"]', "guidance_zh = []"),
        "blocks[0].guidance_zh",
    ),
    "too many guidance questions": (
        _replace(
            'guidance_zh = ["谁？", "怎样？", "何时？"]',
            'guidance_zh = ["一？", "二？", "三？", "四？", "五？"]',
        ),
        "blocks[1].guidance_zh",
    ),
    "empty guidance question": (
        _replace('guidance_en = ["What?", "Why?"]', 'guidance_en = ["What?", "  "]'),
        "blocks[0].guidance_en",
    ),
    "duplicate block key": (_replace('key = "second"', 'key = "first"'), "blocks[1].key"),
    "links_to an unknown block": (
        _replace('links_to = ["first"]', 'links_to = ["third"]'),
        "blocks[1].links_to",
    ),
    "links_to is a string": (
        _replace('links_to = ["first"]', 'links_to = "first"'),
        "blocks[1].links_to",
    ),
    "empty title": (_replace('title_zh = "第一"', 'title_zh = "  "'), "blocks[0].title_zh"),
    "empty English description": (
        _replace('description_en = "A sample template."', 'description_en = ""'),
        "description_en",
    ),
    "zero width": (_replace("w = 400\n", "w = 0\n"), "blocks[0].w"),
    "negative height": (_replace("h = 300\n", "h = -300\n"), "blocks[0].h"),
    "width is nan": (_replace("w = 400\n", "w = nan\n"), "blocks[0].w"),
    "height is infinite": (_replace("h = 300\n", "h = inf\n"), "blocks[0].h"),
    "x is infinite": (_replace("x = 420\n", "x = -inf\n"), "blocks[1].x"),
    "upper-case block key": (_replace('key = "first"', 'key = "First"'), "blocks[0].key"),
    "block key with spaces": (_replace('key = "first"', 'key = "first block"'), "blocks[0].key"),
    "block is not a table": (
        lambda text: text.split("[[blocks]]")[0] + 'blocks = ["first"]\n',
        "blocks[0]",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_CASES))
def test_bad_template_is_refused_naming_file_and_field(tmp_path: Path, case: str) -> None:
    mutate, field_path = BAD_CASES[case]
    path = _write(tmp_path, mutate(_template_text()))
    with pytest.raises(TemplateError) as caught:
        load_template(path)
    error = caught.value
    assert error.source == "sample.toml"
    assert error.field_path == field_path
    message = str(error)
    assert message.startswith("sample.toml: ")
    assert field_path in message


def test_invalid_toml_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, _template_text().replace('title_en = "Sample"', "title_en = Sample"))
    with pytest.raises(TemplateError, match=r"^sample\.toml: \(file\): is not valid TOML"):
        load_template(path)


def test_file_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "sample.toml"
    path.write_bytes(_template_text().encode("gb18030"))
    with pytest.raises(TemplateError, match=r"^sample\.toml: \(file\)"):
        load_template(path)


def test_key_must_match_the_file_name(tmp_path: Path) -> None:
    path = _write(tmp_path, _template_text("sample"), name="other.toml")
    with pytest.raises(TemplateError) as caught:
        load_template(path)
    assert caught.value.source == "other.toml"
    assert caught.value.field_path == "key"
    assert "does not match the file name" in str(caught.value)


def test_bad_template_key_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, _template_text("Sample_1"), name="Sample_1.toml")
    with pytest.raises(TemplateError, match=r"^Sample_1\.toml: key: "):
        load_template(path)


def test_one_bad_file_stops_the_folder_with_its_name(tmp_path: Path) -> None:
    _write(tmp_path, _template_text("good"), name="good.toml")
    _write(tmp_path, _template_text("broken").replace('"#2E6DA4"', '"red"'), name="broken.toml")
    with pytest.raises(TemplateError, match=r"^broken\.toml: blocks\[0\]\.colour: "):
        load_templates(tmp_path)


def test_touching_blocks_do_not_overlap(tmp_path: Path) -> None:
    text = _template_text().replace("x = 420\n", "x = 400\n")
    template = load_template(_write(tmp_path, text))
    assert template.block("second").x == 400


def test_empty_template_is_allowed(tmp_path: Path) -> None:
    text = _template_text(blocks="blocks = []\n")
    assert load_template(_write(tmp_path, text)).blocks == ()
