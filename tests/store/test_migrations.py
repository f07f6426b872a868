"""Schema upgrades at open: backup first, one transaction, data intact, failures leave no trace.

The committed `fixtures/schema1.ecanvas` (made by `fixtures/make_schema1.py`) is a workspace as
schema 1 stored it.
"""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
import textwrap
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    Integer,
    LargeBinary,
    String,
    TypeDecorator,
)
from sqlmodel import SQLModel

from ecanvas.store import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    ReadOnlyWorkspaceError,
    UpgradeFailedError,
    migrations,
    open_workspace,
    schema,
)
from ecanvas.store.fileguard import read_header
from ecanvas.store.workspace import backup_path_for_upgrade

FIXTURES = Path(__file__).parent / "fixtures"
SCHEMA_1 = FIXTURES / "schema1.ecanvas"


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "client" / "华东电商.ecanvas"
    path.parent.mkdir()
    shutil.copyfile(SCHEMA_1, path)
    return path


def _schema(path: Path | str) -> set[tuple]:
    """Tables, indexes and their SQL as SQLite records them."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return set(connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))
    finally:
        connection.close()


def _new_file_schema(tmp_path: Path) -> set[tuple]:
    path = tmp_path / "fresh" / "new.db"
    path.parent.mkdir()
    connection = sqlite3.connect(path, isolation_level=None)
    migrations.migrate(connection, 0)
    connection.close()
    return _schema(path)


def test_fixture_is_a_schema_1_workspace():
    header = read_header(SCHEMA_1)
    assert (header.user_version, header.application_id) == (1, APPLICATION_ID)
    assert "snapshot" not in {name for _, name, _, _ in _schema(SCHEMA_1)}


def test_fixture_is_what_its_script_makes(tmp_path):
    spec = importlib.util.spec_from_file_location("make_schema1", FIXTURES / "make_schema1.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    made = script.make(tmp_path / "again.ecanvas")

    def dump(path):
        connection = sqlite3.connect(path)
        try:
            return list(connection.iterdump())
        finally:
            connection.close()

    assert dump(made) == dump(SCHEMA_1)


def test_upgrade_backs_up_first_and_keeps_every_thing(old_file, files_beside, tmp_path):
    original = old_file.read_bytes()

    with open_workspace(old_file) as store:
        workspace = store.workspace

    backup = backup_path_for_upgrade(old_file, 1)
    assert backup.read_bytes() == original
    assert files_beside(old_file) == sorted([old_file.name, backup.name])
    header = read_header(old_file)
    assert (header.user_version, header.application_id) == (SCHEMA_VERSION, APPLICATION_ID)
    assert _schema(old_file) == _new_file_schema(tmp_path)

    assert (workspace.title, workspace.client, workspace.author) == (
        "客户：华东电商 2024", "华东电商", "张伟",
    )  # fmt: skip
    assert (workspace.language, workspace.brand_colour) == ("zh", "#8E44AD")
    assert workspace.updated == datetime(2024, 5, 2, 9, 15, 30, 250000, tzinfo=UTC)
    first, second = workspace.canvases
    assert [(c.id, c.title, c.template_key) for c in workspace.canvases] == [
        (1, "电子商务战略四维画布", "ecommerce-dimensions"),
        (2, "Strategic paths", "strategic-paths"),
    ]
    assert [b.key for b in first.blocks] == ["market-customer", "product-service"]
    assert first.blocks[0].guidance_zh == ["哪些细分市场？"]
    assert first.blocks[1].links_to == ["market-customer"]
    assert [(b.scored, b.score) for b in second.blocks] == [(True, 4), (True, None)]

    card = first.card(1)
    assert (card.text, card.note, card.tags) == (
        "直播带货 📦",
        "每周三场\n第二行：复盘",
        ["直播", "社交电商"],
    )
    assert (card.votes, card.owner, card.due, card.status) == (
        2,
        "李娜",
        date(2024, 6, 30),
        "doing",
    )
    assert card.created == datetime(2024, 5, 1, 8, 30, tzinfo=UTC)
    assert [c.text for c in first.cards] == ["直播带货 📦", "Gen-Z 消费者", "自有品牌"]
    assert [(c.text, c.owner, c.status) for c in second.cards] == [
        ("集中采购降低成本", "王芳", "todo")
    ]
    assert [(lk.source_id, lk.target_id, lk.label) for lk in first.links] == [
        (3, 2, "服务"), (1, 2, ""),
    ]  # fmt: skip


def test_upgraded_workspace_takes_edits_and_opens_without_a_second_upgrade(
    old_file, on_disk, files_beside
):
    with open_workspace(old_file) as store:
        store.add_card(2, 4, "新：差异化卡片")
        store.set_block_score(4, 2)
    backup = backup_path_for_upgrade(old_file, 1)
    backup_bytes = backup.read_bytes()
    with open_workspace(old_file) as store:
        assert store.workspace.canvas(2).block(4).score == 2
    assert "新：差异化卡片" in [c.text for c in on_disk(old_file).canvas(2).cards]
    assert backup.read_bytes() == backup_bytes
    assert files_beside(old_file) == sorted([old_file.name, backup.name])


def test_old_schema_opened_read_only_reads_an_upgraded_private_copy(old_file, sha256, files_beside):
    digest, folder = sha256(old_file), files_beside(old_file)
    with open_workspace(old_file, read_only=True) as store:
        assert (store.read_only, store.read_only_reason) == (True, "upgrade")
        assert store.workspace.title == "客户：华东电商 2024"
        with pytest.raises(ReadOnlyWorkspaceError):
            store.set_properties(title="changed")
    assert (sha256(old_file), files_beside(old_file)) == (digest, folder)


def _fail_midway(error: BaseException):
    real = migrations.MIGRATIONS[2]

    def migration(connection: sqlite3.Connection) -> None:
        real(connection)  # the snapshot table and indexes exist inside the transaction …
        raise error  # … when the step fails

    return migration


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (sqlite3.OperationalError("disk I/O error"), UpgradeFailedError),
        (RuntimeError("bug in a migration"), RuntimeError),
    ],
    ids=["sqlite-error", "python-error"],
)
def test_failed_migration_leaves_the_file_unchanged(
    error, expected, old_file, monkeypatch, sha256, files_beside
):
    digest = sha256(old_file)
    monkeypatch.setitem(migrations.MIGRATIONS, 2, _fail_midway(error))

    with pytest.raises(expected) as caught:
        open_workspace(old_file)

    if expected is UpgradeFailedError:
        assert str(caught.value) == (
            f"{old_file}: the workspace could not be upgraded to this version of ecanvas; "
            f"it is unchanged (schema 1: disk I/O error; a copy of the file is at "
            f"{old_file.name}.schema1.bak)"
        )
    assert sha256(old_file) == digest
    backup = backup_path_for_upgrade(old_file, 1)
    assert files_beside(old_file) == sorted([old_file.name, backup.name])  # no lock, no journal
    assert sha256(backup) == digest
    monkeypatch.undo()
    with open_workspace(old_file) as store:  # the real migration still works afterwards
        assert store.workspace.card_count == 4


DIE_DURING_UPGRADE = """
import os, sys
from ecanvas.store import migrations, open_workspace
real = migrations.MIGRATIONS[2]
def dying(connection):
    real(connection)
    os._exit(0)
migrations.MIGRATIONS[2] = dying
open_workspace(sys.argv[1])
"""


@pytest.mark.durability
def test_upgrade_interrupted_by_a_crash_is_redone_at_next_open(
    old_file, run_python, files_beside, tmp_path
):
    original = old_file.read_bytes()
    finished = run_python(textwrap.dedent(DIE_DURING_UPGRADE), str(old_file))
    assert finished.returncode == 0, finished.stderr
    assert read_header(old_file).user_version == 1
    assert old_file.with_name(old_file.name + "-journal").exists()  # a hot journal was left

    with open_workspace(old_file) as store:
        assert store.workspace.card_count == 4

    assert read_header(old_file).user_version == SCHEMA_VERSION
    assert _schema(old_file) == _new_file_schema(tmp_path)
    assert backup_path_for_upgrade(old_file, 1).read_bytes() == original
    assert files_beside(old_file) == sorted([old_file.name, f"{old_file.name}.schema1.bak"])


# ---------------------------------------------------------------- SQLModel classes vs the DDL
STORAGE_CLASS = [
    (Boolean, "INTEGER"),
    (Integer, "INTEGER"),
    (Float, "REAL"),
    (LargeBinary, "BLOB"),
    (JSON, "TEXT"),
    (DateTime, "TEXT"),
    (Date, "TEXT"),
    (String, "TEXT"),
]


def _storage_class(column_type) -> str:
    if isinstance(column_type, TypeDecorator):
        column_type = column_type.impl_instance
    for sa_type, declared in STORAGE_CLASS:
        if isinstance(column_type, sa_type):
            return declared
    raise AssertionError(f"no storage class for {column_type!r}")


def _model_tables() -> dict[str, object]:
    classes = [
        value
        for value in vars(schema).values()
        if isinstance(value, type) and issubclass(value, SQLModel) and hasattr(value, "__table__")
    ]
    return {cls.__table__.name: cls.__table__ for cls in classes}


def _ddl_tables(tmp_path: Path) -> dict[str, dict]:
    connection = sqlite3.connect(":memory:", isolation_level=None)
    migrations.migrate(connection, 0)
    names = [
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    tables = {}
    for name in names:
        columns = {
            row[1]: (row[2], bool(row[3]) and not row[5], bool(row[5]))
            for row in connection.execute(f"PRAGMA table_info({name})")
        }
        keys = {
            (row[3], f"{row[2]}.{row[4]}")
            for row in connection.execute(f"PRAGMA foreign_key_list({name})")
        }
        tables[name] = {"columns": columns, "foreign_keys": keys}
    connection.close()
    return tables


def test_table_classes_agree_with_the_migrated_ddl(tmp_path):
    ddl = _ddl_tables(tmp_path)
    models = _model_tables()
    assert set(models) == set(ddl)
    for name, table in models.items():
        columns = {
            column.name: (
                _storage_class(column.type),
                not column.nullable and not column.primary_key,
                column.primary_key,
            )
            for column in table.columns
        }
        assert columns == ddl[name]["columns"], name
        keys = {
            (column.name, key.target_fullname)
            for column in table.columns
            for key in column.foreign_keys
        }
        assert keys == ddl[name]["foreign_keys"], name


def test_a_schema_3_workspace_upgrades_with_an_empty_summary(tmp_path):
    """Schema 4 adds the summary and recommendations; a file of schema 3 keeps everything else."""
    path = tmp_path / "three.ecanvas"
    connection = sqlite3.connect(path, isolation_level=None)
    migrations.migrate(connection, 0, target=3)
    connection.execute(
        "INSERT INTO workspace (id, title, client, created, updated) VALUES "
        "(1, '三号', 'Client', '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
    )
    connection.execute("INSERT INTO setting (key, value) VALUES ('report.options', '{}')")
    connection.close()
    assert read_header(path).user_version == 3
    with open_workspace(path) as store:
        workspace = store.workspace
        assert (workspace.title, workspace.client) == ("三号", "Client")
        assert (workspace.summary, workspace.recommendations) == ("", "")
        assert workspace.settings == {"report.options": {}}
        store.set_properties(summary="- one\n- two")
    assert backup_path_for_upgrade(path, 3).exists()
    with open_workspace(path, read_only=True) as store:
        assert store.workspace.summary == "- one\n- two"
    assert read_header(path).user_version == SCHEMA_VERSION


def test_a_schema_4_file_gains_row_versions_and_keeps_its_rows(tmp_path):
    """Schema 5 gives every row a version (1 for rows written before it)."""
    path = tmp_path / "four.ecanvas"
    connection = sqlite3.connect(path, isolation_level=None)
    migrations.migrate(connection, 0, target=4)
    connection.execute(
        "INSERT INTO workspace (id, title, summary, created, updated) VALUES (1, 'Four', 'S', "
        "'2025-01-01 00:00:00.000000', '2025-01-01 00:00:00.000000')"
    )
    connection.execute("INSERT INTO setting (key, value) VALUES ('checks.disabled', '[]')")
    connection.close()
    assert read_header(path).user_version == 4
    with open_workspace(path) as store:
        assert (store.workspace.title, store.workspace.summary) == ("Four", "S")
        assert store.workspace.settings == {"checks.disabled": []}
        store.set_properties(title="Five")
    assert read_header(path).user_version == SCHEMA_VERSION
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("SELECT title, version FROM workspace").fetchall() == [
            ("Five", 2)
        ]
        assert connection.execute("SELECT version FROM setting").fetchall() == [(1,)]
    finally:
        connection.close()


def test_the_postgresql_words_fill_every_placeholder():
    class Context:
        dialect = "postgresql"

        def __init__(self):
            self.recorded = []

        def execute(self, statement, params=()):
            self.recorded.append(statement)
            return []

    for version in migrations.MIGRATIONS:
        context = Context()
        migrations.MIGRATIONS[version](context)
        recorded = context.recorded
        assert recorded and not any("{" in s or "AUTOINCREMENT" in s for s in recorded)


# ---------------------------------------------------------------- schema 6: cards in order
def _schema_5_file(path: Path, cards: list[tuple[int, int, float, float]]) -> Path:
    """A workspace as schema 5 stored it: cards placed freely at (x, y) in their block."""
    connection = sqlite3.connect(path, isolation_level=None)
    migrations.migrate(connection, 0, target=5)
    stamp = "2024-05-01 08:30:00.000000"
    connection.execute("BEGIN")
    connection.execute("INSERT INTO workspace (id, title, created, updated) VALUES (1, 'v5', ?, ?)",
                       (stamp, stamp))  # fmt: skip
    connection.execute("INSERT INTO canvas (id, title, template_key, position, created, updated)"
                       " VALUES (1, 'SWOT', 'swot', 0, ?, ?)", (stamp, stamp))  # fmt: skip
    for block_id, key in ((1, "strengths"), (2, "weaknesses")):
        connection.execute(
            "INSERT INTO block (id, canvas_id, key, title_en, title_zh, colour, x, y, w, h,"
            " position) VALUES (?, 1, ?, ?, ?, '#2E6DA4', ?, 0, 480, 360, ?)",
            (block_id, key, key, key, 500.0 * (block_id - 1), block_id - 1),
        )
    for card_id, block_id, x, y in cards:
        connection.execute(
            "INSERT INTO card (id, canvas_id, block_id, text, colour, x, y, created, updated)"
            " VALUES (?, 1, ?, ?, '#FFE680', ?, ?, ?, ?)",
            (card_id, block_id, f"card {card_id}", x, y, stamp, stamp),
        )
    connection.execute("COMMIT")
    connection.close()
    return path


def test_schema_5_cards_get_the_order_they_were_read_in(tmp_path):
    # Block 1: a row of two (card 3 left of card 1), a cascaded card 2 a little lower in the
    # first row, and card 4 on the second row; block 2: one card.
    path = _schema_5_file(tmp_path / "v5.ecanvas", [
        (1, 1, 182.0, 56.0), (2, 1, 30.0, 74.0), (3, 1, 12.0, 56.0), (4, 1, 12.0, 166.0),
        (5, 2, 300.0, 200.0),
    ])  # fmt: skip
    with open_workspace(path) as store:
        canvas = store.workspace.canvas(1)
        assert [c.id for c in canvas.cards_in(1)] == [3, 2, 1, 4]
        assert [c.position for c in canvas.cards_in(1)] == [0, 1, 2, 3]
        assert [c.id for c in canvas.cards_in(2)] == [5]
        assert canvas.density == "normal"
    assert read_header(path).user_version == SCHEMA_VERSION
    assert _schema(path) == _new_file_schema(tmp_path)
    connection = sqlite3.connect(path)
    columns = [row[1] for row in connection.execute("PRAGMA table_info(card)")]
    connection.close()
    assert "x" not in columns and "position" in columns
