"""What a user types comes back exactly after the workspace is closed and opened again.

No normalisation, no trimming of card text, no lost time zone instants, no length limits.
"""

from __future__ import annotations

import tempfile
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ecanvas.model import Card
from ecanvas.store import create_workspace, open_workspace

TEXTS = {
    "chinese": "提升复购率：会员体系与私域运营",
    "japanese and korean": "顧客体験の向上 · 고객 경험",
    "emoji": "🚀 增长 👩‍👩‍👧‍👦 🇨🇳 👍🏽",
    "arabic": "مرحبا بالعالم — استراتيجية التجارة الإلكترونية",
    "hebrew": "שלום עולם",
    "mixed direction": "Price \u202bמחיר 100₪\u202c and \u200fعربي\u200e 中文",
    "combining, decomposed": "Cafe\u0301 n\u0303 a\u0308\u0301",
    "combining, composed": "Café ñ",
    "zero width and controls": "a\u200bb\u200dc\x00d\te\r\nf",
    "markup-like": "<b>bold</b> & <img src='x.png'/> {{ eval }}",
    "only spaces": "   ",
    "empty": "",
}


@pytest.fixture
def canvas_store(workspace_path):
    with create_workspace(workspace_path, title="往返") as store:
        canvas = store.add_canvas("swot")
        yield store, canvas.id, canvas.blocks[0].id


def _reopened_card(path: Path, card_id: int) -> Card:
    with open_workspace(path) as store:
        return store.workspace.find_card(card_id)


@pytest.mark.parametrize("name", TEXTS)
def test_card_text_note_tags_and_owner_come_back_exactly(name, canvas_store, workspace_path):
    store, canvas_id, block_id = canvas_store
    text = TEXTS[name]
    card = store.add_card(
        canvas_id, block_id, text, note=text * 3, owner=text, tags=[text + "#", "固定"]
    )
    store.close()
    back = _reopened_card(workspace_path, card.id)
    assert (back.text, back.note, back.owner) == (text, text * 3, text)
    assert back.tags == [(text + "#").strip(), "固定"]
    assert back == card


def test_decomposed_and_composed_text_stay_distinct(canvas_store, workspace_path):
    store, canvas_id, block_id = canvas_store
    nfd = store.add_card(canvas_id, block_id, "Cafe\u0301")
    nfc = store.add_card(canvas_id, block_id, "Caf\u00e9")
    store.close()
    assert _reopened_card(workspace_path, nfd.id).text == "Cafe\u0301"
    assert _reopened_card(workspace_path, nfc.id).text == "Caf\u00e9"


def test_hundred_thousand_character_note(canvas_store, workspace_path):
    store, canvas_id, block_id = canvas_store
    note = ("战略" * 49_999) + "🎯👍"  # 100,000 characters, four-byte ones at the very end
    assert len(note) == 100_000
    card = store.add_card(canvas_id, block_id, "长笔记", note=note)
    store.update_card(card.id, note=note[::-1])
    store.close()
    assert _reopened_card(workspace_path, card.id).note == note[::-1]


def test_dates_and_time_zones_keep_their_instant(canvas_store, workspace_path):
    store, canvas_id, block_id = canvas_store
    shanghai = timezone(timedelta(hours=8))
    india = timezone(timedelta(hours=-5, minutes=-30))
    created = datetime(2024, 2, 29, 23, 59, 59, 999999, tzinfo=shanghai)
    updated = datetime(2024, 3, 1, 0, 0, 0, 1, tzinfo=india)
    draft = Card(0, canvas_id, block_id, "时区", due=date(2100, 12, 31))
    draft.created, draft.updated = created, updated
    (card,) = store.restore_cards([draft], [])
    store.update_card(card.id, due=date(1999, 1, 1))
    store.close()
    back = _reopened_card(workspace_path, card.id)
    assert back.due == date(1999, 1, 1)
    assert back.created == created
    assert back.created.utcoffset() == timedelta(0)
    assert back.created.astimezone(shanghai).isoformat() == "2024-02-29T23:59:59.999999+08:00"
    assert back.updated > updated  # the edit stamped it again, as an aware UTC time
    assert back.updated.tzinfo is not None


def test_workspace_properties_block_texts_and_link_labels(canvas_store, workspace_path):
    store, canvas_id, block_id = canvas_store
    logo = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    store.set_properties(
        title="華東電商 · خطة",
        client="שלום 客户",
        author="Zoë 张",
        logo=logo,
        logo_mime="image/png",
    )
    store.update_block(
        block_id, title_zh="优势 💪", title_en="نقاط القوة", guidance_zh=["哪些？", "为什么？"]
    )
    first = store.add_card(canvas_id, block_id, "甲")
    second = store.add_card(canvas_id, block_id, "乙")
    link = store.add_link(first.id, second.id, "支持 ➡️ يدعم")
    store.rename_canvas(canvas_id, "SWOT 分析 — تحليل")
    store.close()
    with open_workspace(workspace_path) as reopened:
        ws = reopened.workspace
        assert (ws.title, ws.client, ws.author) == ("華東電商 · خطة", "שלום 客户", "Zoë 张")
        assert (ws.logo, ws.logo_mime) == (logo, "image/png")
        canvas = ws.canvas(canvas_id)
        assert canvas.title == "SWOT 分析 — تحليل"
        block = canvas.block(block_id)
        assert (block.title_zh, block.title_en) == ("优势 💪", "نقاط القوة")
        assert block.guidance_zh == ["哪些？", "为什么？"]
        assert [lk.label for lk in canvas.links if lk.id == link.id] == ["支持 ➡️ يدعم"]


def _cleaned(tags: list[str]) -> list[str]:
    """The documented tag rule: trimmed, empty ones dropped, duplicates dropped, order kept."""
    return list(dict.fromkeys(tag.strip() for tag in tags if tag.strip()))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.text(max_size=200),
    note=st.text(max_size=2000),
    tags=st.lists(st.text(max_size=20), max_size=8),
)
def test_any_card_text_note_and_tags_survive_reopening(text, note, tags):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "property.ecanvas"
        with create_workspace(path) as store:
            canvas = store.add_canvas("swot")
            block_id = canvas.blocks[0].id
            added = store.add_card(canvas.id, block_id, text, note=note, tags=tags)
            edited = store.add_card(canvas.id, block_id, "")
            store.update_card(edited.id, text=note, note=text, tags=list(reversed(tags)))
        with open_workspace(path) as reopened:
            first = reopened.workspace.find_card(added.id)
            second = reopened.workspace.find_card(edited.id)
    assert (first.text, first.note, first.tags) == (text, note, _cleaned(tags))
    assert (second.text, second.note, second.tags) == (note, text, _cleaned(tags[::-1]))


def test_timestamps_are_stored_as_utc(canvas_store, workspace_path):
    store, canvas_id, block_id = canvas_store
    card = store.add_card(canvas_id, block_id, "now")
    store.close()
    back = _reopened_card(workspace_path, card.id)
    assert back.created.tzinfo == UTC
    assert back.created == card.created
