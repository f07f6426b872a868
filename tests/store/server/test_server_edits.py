"""The hot path of an edit on a shared workspace: the version check is the UPDATE's own
condition, the NOTIFY travels with the UPDATE (so it is delivered on commit, once, and never for
a rolled-back edit), and the transaction id comes back with the rows for the outcome check of a
commit cut off by a disconnect."""

from __future__ import annotations

import time

import psycopg
import pytest

from ecanvas.store import ChangeKind
from ecanvas.store.errors import ChangeNotSavedError, EditConflictError
from ecanvas.store.server import live
from ecanvas.store.server.address import parse_server_url
from ecanvas.store.server.opening import open_server_workspace


@pytest.fixture
def ear(pg_cluster, shared):
    """A plain LISTEN connection on the workspace's channel, as another laptop has."""
    connection = psycopg.connect(pg_cluster.url, autocommit=True)
    connection.execute(f'LISTEN "{shared.address.channel}"')
    yield connection
    connection.close()


def heard(ear, wait: float = 0.3) -> list[tuple[str, object]]:
    """The (origin, change) of every notification that arrives within `wait` seconds."""
    return [live.decode(notice.payload) for notice in ear.notifies(timeout=wait)]


def wait_for(store, predicate, timeout: float = 5.0) -> None:
    """Poll `store` until `predicate()` holds (the other laptop's changes arrived)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "the other laptop's change did not arrive"
        store.poll(timeout=0.1)


def version_of(pg_cluster, store, card_id: int) -> int:
    name = parse_server_url(store.location).workspace
    with psycopg.connect(pg_cluster.url) as connection:
        row = connection.execute(f"SELECT version FROM {name}.card WHERE id = %s", (card_id,))
        return row.fetchone()[0]


def _cards(store, count: int = 2):
    canvas = store.workspace.canvases[0]
    return [store.add_card(canvas.id, canvas.blocks[0].id, f"card {n}") for n in range(count)]


def test_an_edit_is_one_statement_between_begin_and_commit(monkeypatch, shared, second):
    """No claim, no separate transaction id, no NOTIFY after the commit: the UPDATE does it."""
    card = _cards(shared, 1)[0]
    sent = []
    real = psycopg.Cursor.execute

    def execute(cursor, query, *args, **kwargs):
        sent.append((cursor.connection, str(query)))
        return real(cursor, query, *args, **kwargs)

    monkeypatch.setattr(psycopg.Cursor, "execute", execute)
    shared.update_card(card.id, text="one statement")
    assert [query.split()[0] for connection, query in sent] == ["UPDATE"]
    assert sent[0][0] is shared._writer_pg
    wait_for(second, lambda: [c.text for c in second.workspace.canvases[0].cards]
             == ["one statement"])  # fmt: skip


def test_an_edit_is_heard_exactly_once(shared, ear):
    card = _cards(shared, 1)[0]
    heard(ear)  # the card's arrival
    shared.update_card(card.id, text="once")
    assert heard(ear) == [
        (shared.origin, live.Change(ChangeKind.CARDS_CHANGED, card.canvas_id, (card.id,)))
    ]


def test_an_edit_of_cards_on_two_canvases_is_heard_once_per_canvas(shared, ear):
    first = _cards(shared, 1)[0]
    other = shared.add_canvas("swot", title="Other")
    second = shared.add_card(other.id, other.blocks[0].id, "elsewhere")
    heard(ear)
    shared.update_cards({first.id: {"text": "a"}, second.id: {"votes": 2}})
    changes = sorted((change.canvas_id, change.ids) for _, change in heard(ear))
    assert changes == sorted([(first.canvas_id, (first.id,)), (other.id, (second.id,))])


def test_nothing_is_heard_before_the_commit(shared, ear):
    card = _cards(shared, 1)[0]
    heard(ear)
    with shared.batch():
        shared.update_card(card.id, text="inside the batch")
        assert heard(ear, 0.2) == []  # not committed yet: nobody may see it
        shared.update_card(card.id, note="still inside")
    assert [change.ids for _, change in heard(ear)] == [(card.id,)]  # the same twice: once


def test_a_refused_edit_is_never_heard_and_changes_nothing(pg_cluster, shared, second, ear):
    mine, theirs = _cards(shared)
    wait_for(second, lambda: second.workspace.card_count == 2)
    shared.update_card(theirs.id, text="the first laptop's")
    heard(ear)
    before = version_of(pg_cluster, shared, mine.id)
    with pytest.raises(EditConflictError) as caught:
        second.update_cards({mine.id: {"text": "Bob 1"}, theirs.id: {"text": "Bob 2"}})
    # The UPDATE of `theirs` found no row of the version Bob had: only that row is named.
    assert (caught.value.table, caught.value.ids, caught.value.removed) == (
        "card", (theirs.id,), ())  # fmt: skip
    assert heard(ear) == []
    assert version_of(pg_cluster, shared, mine.id) == before  # his first UPDATE rolled back
    assert second.workspace.find_card(theirs.id).text == "the first laptop's"
    second.update_card(mine.id, text="Bob, after seeing it")  # the versions it knows are right
    assert [origin for origin, _ in heard(ear)] == [second.origin]


def test_an_update_of_a_removed_card_names_it_removed(shared, second):
    card = _cards(shared, 1)[0]
    wait_for(second, lambda: second.workspace.card_count == 1)
    shared.delete_cards([card.id])
    with pytest.raises(EditConflictError) as caught:
        second.update_cards({card.id: {"text": "gone already"}})
    assert caught.value.removed == (card.id,)


def test_versions_follow_the_updates(pg_cluster, shared, second):
    card = _cards(shared, 1)[0]
    for number in range(3):
        shared.update_card(card.id, text=f"v{number}", tags=["标签", str(number)])
    assert version_of(pg_cluster, shared, card.id) == 4
    with open_server_workspace(shared.location) as again:
        stored = again.workspace.find_card(card.id)
        assert (stored.text, stored.tags, stored.updated) == ("v2", ["标签", "2"],
                                                              shared.workspace.find_card(
                                                                  card.id).updated)  # fmt: skip


def test_every_card_field_is_written_as_the_file_writes_it(shared):
    from datetime import date

    card = _cards(shared, 1)[0]
    values = dict(text="全部 all", note="备注\nline 2", colour="#FFD966", tags=["a", "标签"],
                  votes=3, owner="李雷", due=date(2027, 3, 1), status="doing", author_id=None,
                  face_down=True)  # fmt: skip
    shared.update_card(card.id, **values)
    shared.update_card(card.id, due=None, tags=[], face_down=False)
    with open_server_workspace(shared.location) as again:
        stored = again.workspace.find_card(card.id)
    assert stored == shared.workspace.find_card(card.id)
    assert (stored.due, stored.tags, stored.face_down, stored.owner) == (None, [], False, "李雷")


def _cut_off(monkeypatch, store, *, committed: bool) -> None:
    """The next commit's answer never arrives: the connection drops right before the COMMIT
    is sent, or right after the server did it."""
    writer = store._writer_pg
    real = writer.commit

    def commit():
        if committed:
            real()
        writer.close()
        raise psycopg.OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(writer, "commit", commit)


EDITS = {
    "update": lambda store, card: store.update_card(card.id, text="cut off"),  # txid: UPDATE
    "delete": lambda store, card: store.delete_cards([card.id]),  # txid: the claim
    "add": lambda store, card: store.add_card(card.canvas_id, card.block_id, "cut off"),  # asked
}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_a_commit_cut_off_after_the_server_did_it_is_kept(monkeypatch, shared, edit):
    card = _cards(shared, 1)[0]
    _cut_off(monkeypatch, shared, committed=True)
    EDITS[edit](shared, card)  # no error: the server says the transaction committed
    assert not shared.connected
    deadline = 100
    while not shared.connected and deadline:
        shared.poll(timeout=0.1)
        deadline -= 1
    assert shared.connected
    with open_server_workspace(shared.location) as again:
        assert again.workspace == shared.workspace


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_a_commit_cut_off_before_the_server_got_it_is_reported(monkeypatch, shared, edit):
    card = _cards(shared, 1)[0]
    before = open_server_workspace(shared.location)
    before.close()
    _cut_off(monkeypatch, shared, committed=False)
    with pytest.raises(ChangeNotSavedError):
        EDITS[edit](shared, card)
    with open_server_workspace(shared.location) as again:
        assert again.workspace == before.workspace
