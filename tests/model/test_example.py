"""The worked example fits the bundled templates and shows off what a workspace can hold."""

from __future__ import annotations

import dataclasses
import re
from datetime import date

import pytest

from ecanvas.model import example
from ecanvas.model.catalog import builtin_templates
from ecanvas.model.checks.framework import GOALS_BLOCK, is_dimension
from ecanvas.model.entities import CARD_STATUSES, SCORE_RANGE
from ecanvas.model.example import (
    EXAMPLE_AUTHOR,
    EXAMPLE_CLIENT,
    EXAMPLE_TITLE,
    ExampleCanvas,
    ExampleCard,
    example_canvases,
)

CJK = re.compile(r"[\u4e00-\u9fff]")
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
MAX_CARD_TEXT = 40

CANVASES = example_canvases()


def _cards(canvas: ExampleCanvas):
    for block_key, cards in canvas.cards.items():
        for card in cards:
            yield block_key, card


def _all_cards():
    for canvas in CANVASES:
        for _, card in _cards(canvas):
            yield card


def test_workspace_metadata() -> None:
    for text in (EXAMPLE_TITLE, EXAMPLE_CLIENT, EXAMPLE_AUTHOR):
        assert text.strip()
    assert CJK.search(EXAMPLE_TITLE)
    assert LATIN_WORD.search(EXAMPLE_TITLE)


def test_example_is_deterministic() -> None:
    assert example_canvases() == CANVASES


def test_cards_are_frozen() -> None:
    card = CANVASES[0].cards[next(iter(CANVASES[0].cards))][0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        card.text = "changed"  # type: ignore[misc]


def test_covers_the_essay_canvases() -> None:
    keys = [c.template_key for c in CANVASES]
    assert len(keys) == len(set(keys)), "one canvas per template"
    assert {
        "ecommerce-dimensions",
        "business-model-design",
        "strategic-paths",
        "core-goals",
    } <= set(keys)
    assert len(keys) >= 5


def test_canvas_titles_are_unique_and_not_empty() -> None:
    titles = [c.title for c in CANVASES]
    assert all(t.strip() for t in titles)
    assert len(set(titles)) == len(titles)


@pytest.mark.parametrize("canvas", CANVASES, ids=lambda c: c.template_key)
def test_template_and_block_keys_exist(canvas: ExampleCanvas) -> None:
    templates = builtin_templates()
    assert canvas.template_key in templates
    block_keys = {b.key for b in templates[canvas.template_key].blocks}
    assert set(canvas.cards) <= block_keys
    assert set(canvas.scores) <= block_keys


@pytest.mark.parametrize("canvas", CANVASES, ids=lambda c: c.template_key)
def test_every_block_gets_cards(canvas: ExampleCanvas) -> None:
    template = builtin_templates()[canvas.template_key]
    assert set(canvas.cards) == {b.key for b in template.blocks}
    assert all(canvas.cards.values()), "no empty block in the example"


def test_most_blocks_have_three_to_five_cards() -> None:
    sizes = [len(cards) for canvas in CANVASES for cards in canvas.cards.values()]
    assert all(1 <= n <= 5 for n in sizes)
    assert sum(3 <= n <= 5 for n in sizes) > len(sizes) / 2


def _expected_link(template_key: str, source_block: str, target_block: str) -> bool:
    """Along a template link, or from one of the four dimensions to the goals it serves."""
    template = builtin_templates()[template_key]
    if target_block in template.block(source_block).links_to:
        return True
    return is_dimension(template_key, source_block) and target_block == GOALS_BLOCK


@pytest.mark.parametrize("canvas", CANVASES, ids=lambda c: c.template_key)
def test_links_point_at_existing_cards_along_expected_links(canvas: ExampleCanvas) -> None:
    for (source_block, source_index), (target_block, target_index) in canvas.links:
        assert 0 <= source_index < len(canvas.cards[source_block])
        assert 0 <= target_index < len(canvas.cards[target_block])
        assert _expected_link(canvas.template_key, source_block, target_block)
    assert len(set(canvas.links)) == len(canvas.links)


def test_links_tie_the_story_together_without_a_web() -> None:
    assert 6 <= sum(len(c.links) for c in CANVASES) <= 16


def test_scores() -> None:
    templates = builtin_templates()
    for canvas in CANVASES:
        template = templates[canvas.template_key]
        for block_key, score in canvas.scores.items():
            assert template.block(block_key).scored
            assert isinstance(score, int)
            assert score in SCORE_RANGE
    paths = next(c for c in CANVASES if c.template_key == "strategic-paths")
    assert set(paths.scores) == {b.key for b in templates["strategic-paths"].blocks}
    best = max(paths.scores.values())
    assert [k for k, v in paths.scores.items() if v == best] == ["differentiation"]


def test_contains_chinese_and_english_cards() -> None:
    texts = [card.text for card in _all_cards()]
    chinese = [t for t in texts if CJK.search(t)]
    english = [t for t in texts if not CJK.search(t) and LATIN_WORD.search(t)]
    assert len(chinese) >= 10
    assert len(english) >= 10
    notes = [card.note for card in _all_cards()]
    assert any(CJK.search(n) for n in notes)
    assert any(LATIN_WORD.search(n) for n in notes)


def test_card_texts_are_short_sticky_notes() -> None:
    for card in _all_cards():
        assert card.text.strip() == card.text
        assert 0 < len(card.text) <= MAX_CARD_TEXT, card.text


def test_card_fields_are_valid() -> None:
    for card in _all_cards():
        assert isinstance(card, ExampleCard)
        assert COLOUR.match(card.colour), card.colour
        assert card.status in CARD_STATUSES
        assert card.votes >= 0
        assert all(isinstance(t, str) and t.strip() for t in card.tags)
        assert isinstance(card.tags, tuple)
        if card.due is not None:
            assert type(card.due) is date
            assert card.due.year == 2027


def test_uses_a_small_pastel_palette() -> None:
    colours = {card.colour for card in _all_cards()}
    assert 3 <= len(colours) <= 8
    assert colours <= set(example.NOTE_COLOURS)


def test_has_tags_votes_and_action_items() -> None:
    cards = list(_all_cards())
    tags = {tag for card in cards for tag in card.tags}
    assert {"2027", "数据", "quick win"} <= tags
    assert sum(1 for c in cards if c.votes) >= 5
    actions = [c for c in cards if c.owner and c.due and c.status]
    assert len(actions) >= 5
    assert {c.status for c in actions} >= {"todo", "doing", "done"}
    assert len({c.owner for c in actions}) >= 2


def test_module_is_pure_python() -> None:
    source = example.__loader__.get_source(example.__name__)  # type: ignore[union-attr]
    imports = set(re.findall(r"^(?:from|import) ([\w.]+)", source, re.MULTILINE))
    assert imports <= {"__future__", "dataclasses", "datetime"}
