"""Workshop operations on a workspace file: participants, voting rounds, dots, silent brainstorms.

Each operation is one committed transaction (checked by reading the file again) and returns what
its undo needs; the undo puts the file back exactly as it was.
"""

from __future__ import annotations

import sqlite3

import pytest

from ecanvas.model import workshop
from ecanvas.store import ChangeKind, open_workspace


@pytest.fixture
def session(filled):
    """The filled workspace with two participants and a block round open on canvas A's first
    block (two dots each)."""
    store = filled.store
    ana = store.add_participant("Ana 安娜")
    ben = store.add_participant("Ben", "#64b5f6")
    block = filled.a_blocks[0]
    voting = store.start_round("block", canvas_id=filled.a, block_id=block, dots=2)
    filled.changes.clear()
    return filled, ana, ben, voting


def test_participants_are_stored_with_their_colours(filled, on_disk):
    store = filled.store
    ana = store.add_participant("  Ana   Li ")
    ben = store.add_participant("Ben", "#64b5f6")
    assert (ana.name, ana.colour, ana.position) == ("Ana Li", workshop.PARTICIPANT_COLOURS[0], 0)
    assert (ben.colour, ben.position) == ("#64B5F6", 1)
    assert [(p.name, p.colour) for p in on_disk(filled.path).participants] == [
        ("Ana Li", workshop.PARTICIPANT_COLOURS[0]), ("Ben", "#64B5F6"),
    ]  # fmt: skip
    assert filled.changes[-1].kind == ChangeKind.PARTICIPANTS


@pytest.mark.parametrize(
    ("name", "colour", "problem"),
    [("", None, "needs a name"), ("ana", None, "already a participant"),
     ("x" * 41, None, "at most 40"), ("Cy", "red", "#RRGGBB")],
)  # fmt: skip
def test_a_bad_participant_is_refused_and_nothing_is_written(filled, on_disk, name, colour,
                                                             problem):  # fmt: skip
    filled.store.add_participant("Ana")
    with pytest.raises(ValueError, match=problem):
        filled.store.add_participant(name, colour)
    assert [p.name for p in on_disk(filled.path).participants] == ["Ana"]


def test_renaming_and_removing_a_participant_undo_exactly(filled, on_disk, content):
    store = filled.store
    ana = store.add_participant("Ana")
    card = store.add_card(filled.a, filled.a_blocks[0], "by Ana", author_id=ana.id)
    before = content(on_disk(filled.path))
    previous = store.update_participant(ana.id, name="Ana B", colour="#123456")
    assert previous == {"name": "Ana", "colour": workshop.PARTICIPANT_COLOURS[0]}
    store.update_participant(ana.id, **previous)
    removed = store.remove_participant(ana.id)
    assert workshop.author_of(store.workspace, store.workspace.find_card(card.id)) is None
    store.restore_participant(removed)
    assert workshop.author_of(store.workspace, store.workspace.find_card(card.id)).name == "Ana"
    assert content(on_disk(filled.path)) == before


def test_a_dot_is_one_row_and_a_participant_cannot_overspend(session, on_disk):
    filled, ana, ben, voting = session
    store, first, second = filled.store, filled.a_cards[0], filled.a_cards[1]
    store.add_dot(voting.id, ana.id, first)
    store.add_dot(voting.id, ana.id, first)  # two dots on one card are allowed
    with pytest.raises(ValueError, match="Ana 安娜 has no dots left"):
        store.add_dot(voting.id, ana.id, second)
    store.add_dot(voting.id, ben.id, second)
    saved = on_disk(filled.path)
    assert workshop.tally(saved, voting.id) == {first: 2, second: 1}
    assert workshop.dots_left(saved, saved.voting_round(voting.id), ana.id) == 0
    assert workshop.dots_left(saved, saved.voting_round(voting.id), ben.id) == 1
    assert [c.kind for c in filled.changes] == [ChangeKind.DOTS] * 3
    assert filled.changes[0].canvas_id == filled.a and filled.changes[0].ids == (first,)


def test_the_budget_is_counted_in_the_file_not_in_memory(session):
    """Another program's dots count: the limit is checked inside the transaction."""
    filled, ana, _ben, voting = session
    raw = sqlite3.connect(filled.path)
    raw.execute("INSERT INTO dot (round_id, participant_id, card_id) VALUES (?, ?, ?)",
                (voting.id, ana.id, filled.a_cards[0]))  # fmt: skip
    raw.execute("INSERT INTO dot (round_id, participant_id, card_id) VALUES (?, ?, ?)",
                (voting.id, ana.id, filled.a_cards[0]))  # fmt: skip
    raw.commit()
    raw.close()
    with pytest.raises(ValueError, match="no dots left"):
        filled.store.add_dot(voting.id, ana.id, filled.a_cards[1])


def test_a_card_outside_the_round_takes_no_dot(session):
    filled, ana, _ben, voting = session
    with pytest.raises(ValueError, match="not part of the voting round"):
        filled.store.add_dot(voting.id, ana.id, filled.a_cards[2])  # another block
    with pytest.raises(ValueError, match="not part of the voting round"):
        filled.store.add_dot(voting.id, ana.id, filled.b_cards[0])  # another canvas


def test_removing_dots_gives_them_back_and_restoring_keeps_their_ids(session, on_disk):
    filled, ana, _ben, voting = session
    store = filled.store
    dot = store.add_dot(voting.id, ana.id, filled.a_cards[0])
    assert workshop.last_dot(store.workspace, voting.id, ana.id, filled.a_cards[0]) == dot
    removed = store.remove_dots([dot.id])
    assert workshop.dots_left(store.workspace, voting, ana.id) == 2
    store.restore_dots(removed)
    assert [d.id for d in on_disk(filled.path).dots] == [dot.id]


def test_a_deleted_card_frees_its_dots_and_its_undo_brings_them_back(session):
    filled, ana, _ben, voting = session
    store, card = filled.store, filled.a_cards[0]
    store.add_dot(voting.id, ana.id, card)
    store.add_dot(voting.id, ana.id, card)
    removed = store.delete_cards([card])
    assert workshop.dots_left(store.workspace, voting, ana.id) == 2
    assert workshop.tally(store.workspace, voting.id) == {}
    store.restore_cards(*removed)
    assert workshop.tally(store.workspace, voting.id) == {card: 2}


def test_only_one_round_is_open_at_a_time(session):
    filled, *_ = session
    with pytest.raises(ValueError, match="close the open voting round"):
        filled.store.start_round("workspace")


@pytest.mark.parametrize(
    ("scope", "canvas", "block", "dots", "problem"),
    [("room", None, None, 3, "scope is one of"), ("block", 1, None, 3, "names its canvas and"),
     ("canvas", None, None, 3, "names its canvas"), ("workspace", None, None, 0, "1 to 50")],
)  # fmt: skip
def test_a_round_that_names_too_little_is_refused(filled, scope, canvas, block, dots, problem):
    with pytest.raises(ValueError, match=problem):
        filled.store.start_round(scope, canvas_id=canvas, block_id=block, dots=dots)
    assert filled.store.workspace.rounds == []


def test_closing_a_round_sorts_the_block_by_dots_and_reopening_puts_it_back(session, on_disk):
    filled, ana, ben, voting = session
    store, block = filled.store, filled.a_blocks[0]
    first, second = filled.a_cards[0], filled.a_cards[1]
    store.add_dot(voting.id, ana.id, second)
    store.add_dot(voting.id, ben.id, second)
    store.add_dot(voting.id, ben.id, first)
    assert [c.id for c in store.workspace.canvas(filled.a).cards_in(block)] == [first, second]
    previous = store.close_round(voting.id)
    saved = on_disk(filled.path)
    assert [c.id for c in saved.canvas(filled.a).cards_in(block)] == [second, first]
    assert saved.voting_round(voting.id).status == "closed"
    assert saved.voting_round(voting.id).closed is not None
    results = workshop.results(saved, saved.voting_round(voting.id))
    assert [(r.card.id, r.rank, r.dots) for r in results] == [(second, 1, 2), (first, 2, 1)]
    assert results[0].by_participant == ((ana.id, 1), (ben.id, 1))
    assert workshop.highlighted(saved, saved.voting_round(voting.id)) == {second: 1, first: 2}
    with pytest.raises(ValueError, match="closed"):
        store.add_dot(voting.id, ana.id, first)
    store.reopen_round(voting.id, previous)
    saved = on_disk(filled.path)
    assert [c.id for c in saved.canvas(filled.a).cards_in(block)] == [first, second]
    assert saved.voting_round(voting.id).is_open


def test_ties_share_a_rank_and_keep_their_order(filled):
    store = filled.store
    people = [store.add_participant(name) for name in ("A", "B", "C")]
    canvas = filled.a
    voting = store.start_round("canvas", canvas_id=canvas, dots=1, highlight=2)
    cards = filled.a_cards  # blocks 0, 0, 1, 2
    for person, card in zip(people, (cards[3], cards[0], cards[2]), strict=True):
        store.add_dot(voting.id, person.id, card)
    store.close_round(voting.id)
    ranked = workshop.results(store.workspace, voting)
    assert [(r.card.id, r.rank) for r in ranked] == [(cards[0], 1), (cards[2], 1), (cards[3], 1)]
    assert set(workshop.highlighted(store.workspace, voting)) == {cards[0], cards[2], cards[3]}


def test_deleting_a_round_takes_its_dots_and_restoring_brings_both(session, on_disk, content):
    filled, ana, _ben, voting = session
    store = filled.store
    store.add_dot(voting.id, ana.id, filled.a_cards[0])
    before = content(on_disk(filled.path))
    removed = store.delete_round(voting.id)
    saved = on_disk(filled.path)
    assert (saved.rounds, saved.dots) == ([], [])
    store.restore_round(*removed)
    assert content(on_disk(filled.path)) == before


def test_a_silent_brainstorm_hides_new_cards_until_the_reveal(filled, on_disk):
    store, block = filled.store, filled.a_blocks[1]
    ana = store.add_participant("Ana")
    before = store.workspace.find_card(filled.a_cards[2])
    store.start_silent(block)
    hidden = store.add_cards(filled.a, [
        dict(block_id=block, text="secret 1", author_id=ana.id),
        dict(block_id=block, text="secret 2"),
    ])  # fmt: skip
    saved = on_disk(filled.path)
    assert saved.canvas(filled.a).block(block).silent
    assert [c.face_down for c in saved.canvas(filled.a).cards_in(block)] == [False, True, True]
    assert workshop.face_down_counts(saved, filled.a, block) == {ana.id: 1, None: 1}
    assert not before.face_down  # cards from before the brainstorm stay face up
    turned = store.reveal_block(block)
    assert turned == [c.id for c in hidden]
    saved = on_disk(filled.path)
    assert not saved.canvas(filled.a).block(block).silent
    assert not any(c.face_down for c in saved.canvas(filled.a).cards)
    store.conceal_cards(block, turned)  # the undo of the reveal
    saved = on_disk(filled.path)
    assert saved.canvas(filled.a).block(block).silent
    assert [c.id for c in saved.canvas(filled.a).cards if c.face_down] == turned


def test_report_votes_count_the_dots_of_every_round(session):
    filled, ana, ben, voting = session
    store, card = filled.store, filled.a_cards[0]
    store.update_card(card, votes=2)
    store.add_dot(voting.id, ana.id, card)
    store.add_dot(voting.id, ben.id, card)
    counted = workshop.with_round_votes(store.workspace)
    assert counted.find_card(card).votes == 4
    assert store.workspace.find_card(card).votes == 2  # the workspace itself is untouched
    colours = workshop.dot_colours(store.workspace)[card]
    assert colours == (ana.colour, ben.colour)


def test_a_workshop_survives_closing_and_opening_the_file(session):
    filled, ana, _ben, voting = session
    store = filled.store
    store.add_dot(voting.id, ana.id, filled.a_cards[0])
    store.add_card(filled.a, filled.a_blocks[0], "mine", author_id=ana.id)
    expected = (store.workspace.participants, store.workspace.rounds, store.workspace.dots)
    store.close()
    with open_workspace(filled.path) as again:
        ws = again.workspace
        assert (ws.participants, ws.rounds, ws.dots) == expected
        assert [c.author_id for c in ws.canvas(filled.a).cards if c.text == "mine"] == [ana.id]


def test_a_schema_6_file_upgrades_to_an_empty_workshop(tmp_path):
    """Schema 7 adds the workshop; a file of schema 6 keeps its cards, face up, by nobody."""
    from ecanvas.store import SCHEMA_VERSION
    from ecanvas.store.fileguard import read_header
    from ecanvas.store.migrations import migrate
    from ecanvas.store.workspace import backup_path_for_upgrade

    path = tmp_path / "six.ecanvas"
    connection = sqlite3.connect(path, isolation_level=None)
    migrate(connection, 0, target=6)
    stamp = "2025-01-01 00:00:00.000000"
    connection.execute("INSERT INTO workspace (id, title, created, updated) VALUES (1, '六', ?, ?)",
                       (stamp, stamp))  # fmt: skip
    connection.execute("INSERT INTO canvas (id, title, template_key, position, created, updated)"
                       " VALUES (1, 'SWOT', 'swot', 0, ?, ?)", (stamp, stamp))  # fmt: skip
    connection.execute(
        "INSERT INTO block (id, canvas_id, key, title_en, title_zh, colour, x, y,"
        " w, h) VALUES (1, 1, 's', 'S', 'S', '#2E6DA4', 0, 0, 400, 300)"
    )
    connection.execute(
        "INSERT INTO card (id, canvas_id, block_id, text, colour, votes, created,"
        " updated) VALUES (1, 1, 1, '卡片', '#FFE680', 2, ?, ?)",
        (stamp, stamp),
    )
    connection.close()
    with open_workspace(path) as store:
        card = store.workspace.find_card(1)
        assert (card.text, card.votes, card.author_id, card.face_down) == ("卡片", 2, None, False)
        assert not store.workspace.canvas(1).block(1).silent
        assert (store.workspace.participants, store.workspace.rounds) == ([], [])
        store.add_participant("Ana")
    assert backup_path_for_upgrade(path, 6).exists()
    assert read_header(path).user_version == SCHEMA_VERSION
