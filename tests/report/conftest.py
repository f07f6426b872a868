"""Report test fixtures: workspaces built through the store in each test's tmp_path."""

from __future__ import annotations

from datetime import date

import pytest
from report_helpers import CHINESE_CARDS, ENGLISH_CARDS

from ecanvas.store import create_workspace


@pytest.fixture
def make_store(tmp_path):
    """A function creating a fresh workspace file in tmp_path; closes every store at the end."""
    stores = []

    def make(**props):
        store = create_workspace(tmp_path / f"ws{len(stores)}.ecanvas", **props)
        stores.append(store)
        return store

    yield make
    for store in stores:
        store.close()


@pytest.fixture
def english_store(make_store):
    """A business-model-design canvas and a strategic-paths canvas with English cards."""
    store = make_store(title="Cloud Tea strategy", language="en")
    store.set_properties(client="Cloud Tea House", author="Li Na")
    canvas = store.add_canvas("business-model-design", title="Business model")
    cards = []
    for key, entries in ENGLISH_CARDS.items():
        block = canvas.block_by_key(key)
        for text, note in entries:
            cards.append(
                store.add_card(canvas.id, block.id, text, note=note, tags=["tea"], votes=2)
            )
    store.add_link(cards[0].id, cards[2].id)
    paths = store.add_canvas("strategic-paths", title="Paths")
    store.add_card(
        paths.id,
        paths.block_by_key("differentiation").id,
        "Traceable single origin",
        owner="Wang Qiang",
        due=date(2027, 3, 1),
        status="doing",
    )
    for key, score in {
        "cost-leadership": 1,
        "differentiation": 5,
        "focus": 3,
        "platform": 2,
    }.items():
        store.set_block_score(paths.block_by_key(key).id, score)
    return store


@pytest.fixture
def chinese_store(make_store):
    store = make_store(title="云间茶舍战略", language="zh")
    store.set_properties(client="云间茶舍", author="李娜")
    canvas = store.add_canvas("business-model-design")
    for key, entries in CHINESE_CARDS.items():
        block = canvas.block_by_key(key)
        for text, note in entries:
            store.add_card(canvas.id, block.id, text, note=note, tags=["茶"], owner="王强")
    return store
