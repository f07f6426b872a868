"""Damage SQLite's own check cannot see never crashes anything: the workspace opens read-only
with the damage named (canvas, card), and every readable row can be saved into a new file."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from ecanvas.store import (
    DamagedWorkspaceError,
    ForeignDatabaseError,
    ReadOnlyWorkspaceError,
    open_workspace,
)
from ecanvas.store.repair import repair_workspace
from ecanvas.store.rowcheck import (
    BAD_DATE,
    BAD_JSON,
    MISSING_PARENT,
    OUT_OF_RANGE,
    UNREADABLE_TEXT,
    WRONG_TYPE,
)

# (what, SQL that damages the first card of canvas a, the column named, the problem, kept)
DAMAGES = {
    "flipped bit in text": ("UPDATE card SET text = CAST(x'e4b8ade696ff87' AS TEXT) WHERE id = ?",
                            "text", UNREADABLE_TEXT, True),
    "text where a number belongs": ("UPDATE card SET votes = 'many' WHERE id = ?", "votes",
                                    WRONG_TYPE, True),
    "negative votes": ("UPDATE card SET votes = -3 WHERE id = ?", "votes", OUT_OF_RANGE, True),
    "broken tags JSON": ("UPDATE card SET tags = '[\"价值\", ' WHERE id = ?", "tags", BAD_JSON,
                         True),
    "tags that are no list": ("UPDATE card SET tags = '{\"a\": 1}' WHERE id = ?", "tags",
                              WRONG_TYPE, True),
    "unreadable date": ("UPDATE card SET due = '2025-02-31' WHERE id = ?", "due", BAD_DATE, True),
    "unreadable time stamp": ("UPDATE card SET created = 'yesterday' WHERE id = ?", "created",
                              BAD_DATE, True),
    "blob in a text column": ("UPDATE card SET owner = x'00ff' WHERE id = ?", "owner",
                              UNREADABLE_TEXT, True),
    "bad colour": ("UPDATE card SET colour = 'red' WHERE id = ?", "colour", OUT_OF_RANGE, True),
    "unknown status": ("UPDATE card SET status = 'maybe' WHERE id = ?", "status", OUT_OF_RANGE,
                       True),
    "card in a missing block": ("UPDATE card SET block_id = 9999 WHERE id = ?", "",
                                MISSING_PARENT, False),
    "card in another canvas's block": (
        "UPDATE card SET block_id = (SELECT max(id) FROM block) WHERE id = ?", "", MISSING_PARENT,
        False),
}  # fmt: skip


def damaged_copy(filled, tmp_path, statement: str, *params) -> object:
    filled.store.close()
    target = tmp_path / "damaged.ecanvas"
    shutil.copy2(filled.path, target)
    connection = sqlite3.connect(target)
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute("PRAGMA ignore_check_constraints = ON")
    connection.execute(statement, params)
    connection.commit()
    connection.close()
    return target


@pytest.mark.parametrize("kind", sorted(DAMAGES))
def test_a_damaged_row_opens_read_only_with_the_damage_named(filled, tmp_path, kind, sha256):
    statement, column, problem, kept = DAMAGES[kind]
    card_id = filled.a_cards[0]
    target = damaged_copy(filled, tmp_path, statement, card_id)
    digest = sha256(target)
    with open_workspace(target) as store:
        assert (store.read_only, store.read_only_reason) == (True, "damaged")
        # A card left out takes the links from and to it along (each listed too).
        [damage] = [d for d in store.damage if d.table == "card"]
        assert all(d.table == "link" and not d.kept for d in store.damage if d is not damage)
        assert (damage.table, damage.row_id, damage.column) == ("card", card_id, column)
        assert (damage.problem, damage.kept) == (problem, kept)
        assert damage.canvas == "商业模式 A"
        assert "card" in damage.describe() and "商业模式 A" in damage.describe()
        ids = [card.id for canvas in store.workspace.canvases for card in canvas.cards]
        assert (card_id in ids) is kept
        with pytest.raises(ReadOnlyWorkspaceError):
            store.set_properties(title="never written")
    assert sha256(target) == digest  # only read


@pytest.mark.parametrize("kind", sorted(DAMAGES))
def test_repair_saves_every_readable_row_into_a_new_file(filled, tmp_path, kind, on_disk, sha256):
    statement, _column, _problem, kept = DAMAGES[kind]
    card_id = filled.a_cards[0]
    others = set(filled.a_cards[1:] + filled.b_cards)
    target = damaged_copy(filled, tmp_path, statement, card_id)
    digest = sha256(target)
    result = repair_workspace(target, tmp_path / "repaired.ecanvas")
    assert len([d for d in result.damage if d.table == "card"]) == 1
    assert (result.left_out == []) is kept
    with open_workspace(tmp_path / "repaired.ecanvas") as repaired:
        assert not repaired.read_only and repaired.damage == []
        assert repaired.integrity_check() == "ok"
        ids = {card.id for canvas in repaired.workspace.canvases for card in canvas.cards}
        assert others <= ids and (card_id in ids) is kept
        repaired.set_properties(title="修复后可编辑")
    assert on_disk(tmp_path / "repaired.ecanvas").title == "修复后可编辑"
    assert sha256(target) == digest


def test_a_link_to_a_card_left_out_is_left_out_too(filled, tmp_path):
    source = filled.a_cards[1]  # the source of the first link of canvas a
    target = damaged_copy(filled, tmp_path, DAMAGES["card in a missing block"][0], source)
    with open_workspace(target) as store:
        left_out = sorted((d.table, d.row_id) for d in store.damage if not d.kept)
        assert ("card", source) in left_out
        assert ("link", filled.a_links[0]) in left_out


def test_a_damaged_setting_and_workspace_row(filled, tmp_path):
    filled.store.set_setting("report.options", {"paper": "letter"})
    target = damaged_copy(filled, tmp_path, "UPDATE setting SET value = '{broken'")
    connection = sqlite3.connect(target)
    connection.execute("UPDATE workspace SET language = 'klingon', brand_colour = 12")
    connection.commit()
    connection.close()
    with open_workspace(target) as store:
        found = {(d.table, d.column, d.problem) for d in store.damage}
        assert ("setting", "value", BAD_JSON) in found
        assert ("workspace", "language", OUT_OF_RANGE) in found
        assert ("workspace", "brand_colour", OUT_OF_RANGE) in found  # stored as the text "12"
        assert store.workspace.language == "en" and store.workspace.settings == {}


def test_repair_salvages_rows_around_a_damaged_page(tmp_path, content):
    from ecanvas.store import create_workspace

    path = tmp_path / "big.ecanvas"
    with create_workspace(path, title="大") as store:
        canvas = store.add_canvas("swot")
        block = canvas.blocks[0].id
        store.add_cards(canvas.id, [{"block_id": block, "text": f"卡片 {i} " + "字" * 300}
                                    for i in range(300)])  # fmt: skip
    data = bytearray(path.read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page
    data[middle : middle + page] = b"\xa5" * page  # one page of cards overwritten
    damaged = tmp_path / "damaged.ecanvas"
    damaged.write_bytes(bytes(data))
    with pytest.raises(DamagedWorkspaceError):
        open_workspace(damaged)
    result = repair_workspace(damaged, tmp_path / "saved.ecanvas")
    saved = result.workspace.card_count
    assert 200 < saved < 300
    assert result.left_out  # the rows of the broken page are listed
    with open_workspace(tmp_path / "saved.ecanvas") as store:
        assert store.workspace.card_count == saved and store.integrity_check() == "ok"


def test_repair_refuses_what_is_not_a_workspace_and_an_existing_target(filled, tmp_path):
    from ecanvas.outputs import OutputError

    foreign = tmp_path / "foreign.db"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(ForeignDatabaseError):
        repair_workspace(foreign, tmp_path / "new.ecanvas")
    existing = tmp_path / "existing.ecanvas"
    existing.write_text("mine")
    with pytest.raises(OutputError):
        repair_workspace(filled.path, existing)
    assert existing.read_text() == "mine"


def test_every_stored_field_has_a_rule():
    """A field added to an entity needs a rule in ecanvas.store.rowcheck, or its damage would
    go unnoticed."""
    from dataclasses import fields

    from ecanvas.store.database import TABLES
    from ecanvas.store.rowcheck import RULES

    for cls, table in TABLES.items():
        stored = {f.name for f in fields(cls) if f.type not in ("list", "dict")}
        stored -= {"blocks", "cards", "links", "snapshots", "canvases", "settings",
                   "participants", "rounds", "dots"}  # fmt: skip
        assert stored <= set(RULES[table]), (table, stored - set(RULES[table]))
