"""A workspace on a PostgreSQL server works like a file: the same operations, schema and ids."""

from __future__ import annotations

import json

import psycopg
import pytest
from sqlmodel import SQLModel

from ecanvas.store import (
    SCHEMA_VERSION,
    ChangeKind,
    ForeignDatabaseError,
    NewerVersionError,
    ReadOnlyWorkspaceError,
    WorkspaceExistsError,
    schema,
)
from ecanvas.store.errors import EditConflictError, ServerWorkspaceNotFoundError
from ecanvas.store.server.address import parse_server_url
from ecanvas.store.server.opening import create_server_workspace, open_server_workspace


def test_a_new_shared_workspace_takes_every_kind_of_edit_and_reopens_the_same(shared):
    canvas = shared.workspace.canvases[0]
    strengths, weaknesses = canvas.blocks[0], canvas.blocks[1]
    first = shared.add_card(canvas.id, strengths.id, "直播带货 live commerce", tags=["渠道"])
    second = shared.add_card(canvas.id, weaknesses.id, "Thin margins", votes=3)
    shared.update_card(first.id, note="每周两场", colour="#FFD966")
    shared.add_link(first.id, second.id, "hurts")
    shared.update_block(strengths.id, title_en="Strengths!", score=None)
    other = shared.add_canvas("business-model-design")
    shared.rename_canvas(other.id, "BMD 2027")
    shared.move_canvas(other.id, 0)
    shared.set_properties(client="华东电商")
    shared.set_setting("checks.disabled", ["empty-block"])
    shared.delete_cards([second.id])
    with open_server_workspace(shared.location) as again:
        assert again.workspace == shared.workspace
        assert again.workspace.settings == {"checks.disabled": ["empty-block"]}
        assert [c.title for c in again.workspace.canvases] == ["BMD 2027", "SWOT"]


def test_the_url_names_the_workspace_and_never_keeps_the_password(pg_cluster):
    url = pg_cluster.workspace_url("pw_test", user="ecanvas_pw").replace(
        "ecanvas_pw@", "ecanvas_pw:secret@"
    )
    with create_server_workspace(url, title="Passwords") as store:
        assert "secret" not in store.location
        assert store.location.startswith("postgresql://ecanvas_pw@127.0.0.1:")
        assert store.location.endswith("?workspace=pw_test")
        assert not store.read_only


def test_a_missing_workspace_and_a_wrong_password_are_named(pg_cluster):
    from ecanvas.store.errors import ServerLoginError

    with pytest.raises(ServerWorkspaceNotFoundError, match="no such workspace on the server"):
        open_server_workspace(pg_cluster.workspace_url("nobody_here"))
    url = pg_cluster.workspace_url("x", user="ecanvas_pw")
    with pytest.raises(ServerLoginError) as caught:
        open_server_workspace(url)
    assert caught.value.needs_password
    with pytest.raises(ServerLoginError, match="password authentication failed"):
        open_server_workspace(url.replace("ecanvas_pw@", "ecanvas_pw:wrong@"))


def test_creating_a_workspace_twice_is_refused(shared):
    with pytest.raises(WorkspaceExistsError):
        create_server_workspace(shared.location)


def test_sslmode_and_other_libpq_settings_pass_through(pg_cluster):
    address = parse_server_url(pg_cluster.workspace_url("tls") + "&sslmode=disable")
    assert "sslmode=disable" in address.conninfo()
    assert "workspace" not in address.conninfo()
    with create_server_workspace(address) as store:
        assert "sslmode=disable" in store.location
    bad = parse_server_url(pg_cluster.workspace_url("tls") + "&sslmode=require")
    with pytest.raises(Exception, match="SSL"):
        open_server_workspace(bad)


def test_a_schema_of_another_program_or_a_newer_ecanvas_is_refused(pg_cluster, shared):
    pg_cluster.psql("CREATE SCHEMA other_app", "CREATE TABLE other_app.things (id int)")
    with pytest.raises(ForeignDatabaseError, match="not an ecanvas workspace"):
        open_server_workspace(pg_cluster.workspace_url("other_app"))
    name = parse_server_url(shared.location).workspace
    pg_cluster.psql(f"UPDATE {name}.ecanvas_meta SET schema_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(NewerVersionError, match="newer version of ecanvas"):
        open_server_workspace(shared.location)


def test_an_older_workspace_on_the_server_is_upgraded_once(pg_cluster, server_url):
    from ecanvas.store import migrations
    from ecanvas.store.server.connection import connect
    from ecanvas.store.server.migrate import PostgresMigration

    address = parse_server_url(server_url)
    name = address.workspace
    with connect(address, autocommit=True) as connection, connection.transaction():
        connection.execute(f"CREATE SCHEMA {name}")
        connection.execute(
            f"CREATE TABLE {name}.ecanvas_meta (application_id INTEGER NOT NULL, "
            "schema_version INTEGER NOT NULL)"
        )
        connection.execute(f"INSERT INTO {name}.ecanvas_meta VALUES (%s, 3)",
                           (migrations.APPLICATION_ID,))  # fmt: skip
        context = PostgresMigration(connection)
        for version in (1, 2, 3):
            migrations.MIGRATIONS[version](context)
        connection.execute(
            "INSERT INTO workspace (id, title, created, updated) VALUES (1, 'Old', now(), now())"
        )
    with open_server_workspace(server_url) as store:
        assert store.workspace.title == "Old"
        store.set_properties(title="New")
    with psycopg.connect(pg_cluster.url) as connection:
        row = connection.execute(f"SELECT title, version FROM {name}.workspace").fetchone()
        meta = connection.execute(f"SELECT schema_version FROM {name}.ecanvas_meta").fetchone()
    assert row == ("New", 2)
    assert meta == (SCHEMA_VERSION,)


def test_the_sqlmodel_tables_are_the_server_tables(pg_cluster, shared):
    """One declaration for both backends: every column SQLModel declares is on the server with
    the type the PostgreSQL dialect gives it, and nothing else is."""
    from sqlalchemy.dialects import postgresql

    name = parse_server_url(shared.location).workspace
    with psycopg.connect(pg_cluster.url) as connection:
        rows = connection.execute(
            "SELECT table_name, column_name, data_type, is_nullable FROM "
            "information_schema.columns WHERE table_schema = %s AND table_name <> 'ecanvas_meta'",
            (name,),
        ).fetchall()
    server = {(t, c): (d, n == "YES") for t, c, d, n in rows}
    dialect = postgresql.dialect()
    declared = {}
    for value in vars(schema).values():
        if isinstance(value, type) and issubclass(value, SQLModel) and hasattr(value, "__table__"):
            for column in value.__table__.columns:
                compiled = column.type.compile(dialect=dialect).lower()
                declared[(value.__table__.name, column.name)] = (compiled, column.nullable)
    assert set(declared) == set(server)
    aliases = {"varchar": "text", "float": "double precision", "timestamp without time zone":
               "timestamp"}  # fmt: skip
    for key, (compiled, nullable) in declared.items():
        data_type, server_nullable = server[key]
        assert aliases.get(data_type, data_type) == aliases.get(compiled, compiled), key
        assert server_nullable == (nullable and key[1] != "id"), key


def test_an_observer_role_gets_a_read_only_workspace(pg_cluster, shared):
    name = parse_server_url(shared.location).workspace
    pg_cluster.psql(
        "DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'observer_t') THEN "
        "CREATE ROLE observer_t LOGIN; END IF; END$$",
        f"GRANT USAGE ON SCHEMA {name} TO observer_t",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {name} TO observer_t",
    )
    canvas = shared.workspace.canvases[0]
    shared.add_card(canvas.id, canvas.blocks[0].id, "visible to observers")
    url = shared.location.replace("postgres@", "observer_t@", 1)
    with open_server_workspace(url) as observer:
        assert observer.read_only
        assert observer.workspace.card_count == 1
        with pytest.raises(ReadOnlyWorkspaceError, match="may only read"):
            observer.add_card(canvas.id, canvas.blocks[0].id, "no")
        shared.add_card(canvas.id, canvas.blocks[0].id, "live for observers too")
        observer.poll(timeout=1)
        assert observer.workspace.card_count == 2


def test_every_change_bumps_the_row_version(pg_cluster, shared):
    canvas = shared.workspace.canvases[0]
    card = shared.add_card(canvas.id, canvas.blocks[0].id, "v")
    shared.update_card(card.id, text="v2")
    shared.update_card(card.id, votes=2)
    name = parse_server_url(shared.location).workspace
    with psycopg.connect(pg_cluster.url) as connection:
        version = connection.execute(
            f"SELECT version FROM {name}.card WHERE id = %s", (card.id,)
        ).fetchone()
    assert version == (3,)


def test_a_conflicting_edit_is_refused_shown_and_nothing_is_lost(shared, second):
    canvas = shared.workspace.canvases[0]
    card = shared.add_card(canvas.id, canvas.blocks[0].id, "Original")
    second.poll(timeout=1)
    seen = []
    second.subscribe(seen.append)
    shared.update_card(card.id, text="Alice's text")
    # Bob edits before his laptop heard of Alice's edit.
    with pytest.raises(EditConflictError) as caught:
        second.update_card(card.id, text="Bob's text")
    assert caught.value.table == "card" and caught.value.ids == (card.id,)
    assert second.workspace.find_card(card.id).text == "Alice's text"  # shown at once
    assert any(c.kind == ChangeKind.CARDS_CHANGED and card.id in c.ids for c in seen)
    # What the app offers: Bob's text as a second card beside Alice's (or in its note).
    kept = second.add_card(canvas.id, card.block_id, "Bob's text")
    assert kept.block_id == card.block_id
    with open_server_workspace(shared.location) as third:
        texts = sorted(c.text for c in third.workspace.canvases[0].cards)
    assert texts == ["Alice's text", "Bob's text"]


def test_a_card_removed_by_someone_else_conflicts_instead_of_failing(shared, second):
    canvas = shared.workspace.canvases[0]
    card = shared.add_card(canvas.id, canvas.blocks[0].id, "Soon gone")
    second.poll(timeout=1)
    shared.delete_cards([card.id])
    with pytest.raises(EditConflictError) as caught:
        second.update_card(card.id, text="Too late")
    assert caught.value.removed == (card.id,)
    assert second.workspace.canvases[0].cards == []


def test_undo_knows_when_someone_else_changed_the_item_since(shared, second):
    canvas = shared.workspace.canvases[0]
    card = shared.add_card(canvas.id, canvas.blocks[0].id, "Mine")
    second.poll(timeout=1)
    stamp = second.change_stamp()
    second.update_card(card.id, text="Bob edits")
    assert not second.changed_by_others_since([("card", card.id)], stamp)
    shared.poll(timeout=1)
    shared.update_card(card.id, text="Alice edits after")
    second.poll(timeout=1)
    assert second.changed_by_others_since([("card", card.id)], stamp)
    assert not second.changed_by_others_since([("card", card.id + 1000)], stamp)


def test_interchange_export_of_a_pushed_workspace_is_the_files(tmp_path, pg_cluster, filled_file):
    from ecanvas.store import open_workspace
    from ecanvas.store.interchange import export_document
    from ecanvas.store.server.address import parse_server_url
    from ecanvas.store.server.transfer import pull, push

    address = parse_server_url(pg_cluster.workspace_url())
    push(filled_file, address)
    pulled = pull(address, tmp_path / "pulled.ecanvas")
    with open_workspace(filled_file, read_only=True) as original:
        expected = json.dumps(export_document(original.workspace), sort_keys=True)
    with open_server_workspace(address) as server:
        assert json.dumps(export_document(server.workspace), sort_keys=True) == expected
        canvas = server.workspace.canvases[0]
        fresh = server.add_card(canvas.id, canvas.blocks[0].id, "after the push")
        assert fresh.id > max(c.id for cv in server.workspace.canvases for c in cv.cards
                              if c is not fresh)  # fmt: skip
    with open_workspace(pulled, read_only=True) as copy:
        assert json.dumps(export_document(copy.workspace), sort_keys=True) == expected
