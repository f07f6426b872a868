"""Every workspace operation commits before it returns, says what changed, and can be undone.

Each case in CASES is (do, undo, expected changes). The test applies it, reads the file back in
a second read-only store, applies the inverse built from what the operation returned, and
compares the file and the model with the state before.
"""

from __future__ import annotations

import signal
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest
import sqlalchemy.exc

from ecanvas.model import Block, Card, Link
from ecanvas.outputs import OutputIsOpenWorkspaceError
from ecanvas.store import (
    CardMove,
    Change,
    ReadOnlyWorkspaceError,
    open_workspace,
)
from ecanvas.store import ChangeKind as K


@dataclass(frozen=True)
class Case:
    do: Callable
    undo: Callable
    changes: Callable


def _undo_move(f, result) -> None:
    reverse, broken = result
    f.store.move_cards(reverse)
    f.store.restore_links(broken)


NEW_BLOCK = Block(
    id=0, canvas_id=0, key="extra", title_en="Extra", title_zh="额外", x=0, y=900, w=400, h=300
)

CASES: dict[str, Case] = {
    "set_properties": Case(
        lambda f: f.store.set_properties(title="新标题", client="客户", brand_colour="#336699"),
        lambda f, r: f.store.set_properties(**r),
        lambda f, r: [Change(K.WORKSPACE)],
    ),
    "add_canvas": Case(
        lambda f: f.store.add_canvas("swot", index=1),
        lambda f, r: f.store.delete_canvas(r.id),
        lambda f, r: [Change(K.CANVAS_ADDED, r.id)],
    ),
    "rename_canvas": Case(
        lambda f: f.store.rename_canvas(f.a, "  新名字 "),
        lambda f, r: f.store.rename_canvas(f.a, r),
        lambda f, r: [Change(K.CANVAS_CHANGED, f.a)],
    ),
    "set_canvas_density": Case(
        lambda f: f.store.set_canvas_density(f.a, "compact"),
        lambda f, r: f.store.set_canvas_density(f.a, r),
        lambda f, r: [Change(K.CANVAS_CHANGED, f.a)],
    ),
    "add_card_in_front": Case(
        lambda f: f.store.add_card(f.a, f.a_blocks[0], "最前", index=0),
        lambda f, r: f.store.delete_cards([r.id]),
        lambda f, r: [
            Change(K.CARDS_ADDED, f.a, (r.id,)),
            Change(K.CARDS_CHANGED, f.a, (f.a_cards[0], f.a_cards[1])),  # they move along
        ],
    ),
    "move_canvas": Case(
        lambda f: f.store.move_canvas(f.a, 5),
        lambda f, r: f.store.move_canvas(f.a, r),
        lambda f, r: [Change(K.CANVASES_REORDERED)],
    ),
    "delete_canvas": Case(
        lambda f: f.store.delete_canvas(f.a),
        lambda f, r: f.store.restore_canvas(*r),
        lambda f, r: [Change(K.CANVAS_REMOVED, f.a)],
    ),
    "add_block": Case(
        lambda f: f.store.add_block(f.a, NEW_BLOCK),
        lambda f, r: f.store.remove_block(r.id),
        lambda f, r: [Change(K.BLOCKS_ADDED, f.a, (r.id,))],
    ),
    "update_block": Case(
        lambda f: f.store.update_block(
            f.a_blocks[0], title_zh="新标题", x=5.5, guidance_en=["Why?"], links_to=[]
        ),
        lambda f, r: f.store.update_block(f.a_blocks[0], **r),
        lambda f, r: [Change(K.BLOCKS_CHANGED, f.a, (f.a_blocks[0],))],
    ),
    "set_block_score": Case(
        lambda f: f.store.set_block_score(f.b_blocks[0], 5),
        lambda f, r: f.store.set_block_score(f.b_blocks[0], r),
        lambda f, r: [Change(K.BLOCKS_CHANGED, f.b, (f.b_blocks[0],))],
    ),
    "clear_block_score": Case(
        lambda f: f.store.set_block_score(f.b_blocks[1], None),
        lambda f, r: f.store.set_block_score(f.b_blocks[1], r),
        lambda f, r: [Change(K.BLOCKS_CHANGED, f.b, (f.b_blocks[1],))],
    ),
    "remove_block": Case(
        lambda f: f.store.remove_block(f.a_blocks[0]),
        lambda f, r: f.store.restore_block(*r),
        lambda f, r: [Change(K.BLOCKS_REMOVED, f.a, (f.a_blocks[0],))],
    ),
    "add_card": Case(
        lambda f: f.store.add_card(f.a, f.a_blocks[3], "新卡片 🎯", tags=[" 标签 ", "标签"]),
        lambda f, r: f.store.delete_cards([r.id]),
        lambda f, r: [Change(K.CARDS_ADDED, f.a, (r.id,))],
    ),
    "add_cards": Case(
        lambda f: f.store.add_cards(
            f.a,
            [dict(block_id=f.a_blocks[3], text="一"), dict(block_id=f.a_blocks[1], text="二")],
        ),
        lambda f, r: f.store.delete_cards([c.id for c in r]),
        lambda f, r: [Change(K.CARDS_ADDED, f.a, tuple(c.id for c in r))],
    ),
    "update_card": Case(
        lambda f: f.store.update_card(
            f.a_cards[0], text="改过", tags=["新"], due=date(2026, 1, 2), status="done"
        ),
        lambda f, r: f.store.update_card(f.a_cards[0], **r),
        lambda f, r: [Change(K.CARDS_CHANGED, f.a, (f.a_cards[0],))],
    ),
    "update_cards": Case(
        lambda f: f.store.update_cards(
            {f.a_cards[3]: {"votes": 0, "due": None}, f.b_cards[0]: {"owner": "李雷"}}
        ),
        lambda f, r: f.store.update_cards(r),
        lambda f, r: [
            Change(K.CARDS_CHANGED, f.a, (f.a_cards[3],)),
            Change(K.CARDS_CHANGED, f.b, (f.b_cards[0],)),
        ],
    ),
    "move_within_block": Case(
        lambda f: f.store.move_cards([CardMove(f.a_cards[0], f.a, f.a_blocks[0], 1)]),
        _undo_move,
        lambda f, r: [Change(K.CARDS_CHANGED, f.a, (f.a_cards[0], f.a_cards[1]))],
    ),
    "move_between_blocks": Case(
        lambda f: f.store.move_cards(
            [
                CardMove(f.a_cards[0], f.a, f.a_blocks[3], 0),
                CardMove(f.a_cards[1], f.a, f.a_blocks[3], 1),
            ]
        ),
        _undo_move,
        lambda f, r: [Change(K.CARDS_CHANGED, f.a, (f.a_cards[0], f.a_cards[1]))],
    ),
    "move_to_other_canvas": Case(
        lambda f: f.store.move_cards([CardMove(f.a_cards[0], f.b, f.b_blocks[2], 0)]),
        _undo_move,
        lambda f, r: [
            Change(K.LINKS_REMOVED, f.a, (f.a_links[0], f.a_links[1])),
            Change(K.CARDS_REMOVED, f.a, (f.a_cards[0],)),
            Change(K.CARDS_ADDED, f.b, (f.a_cards[0],)),
            Change(K.CARDS_CHANGED, f.a, (f.a_cards[1],)),  # it closes up the gap
        ],
    ),
    "move_linked_pair_to_other_canvas": Case(
        lambda f: f.store.move_cards(
            [
                CardMove(f.a_cards[1], f.b, f.b_blocks[3], 0),
                CardMove(f.a_cards[3], f.b, f.b_blocks[3], 1),
            ]
        ),
        _undo_move,
        lambda f, r: [
            Change(K.LINKS_REMOVED, f.a, (f.a_links[0],)),
            Change(K.LINKS_REMOVED, f.a, (f.a_links[2],)),
            Change(K.CARDS_REMOVED, f.a, (f.a_cards[1], f.a_cards[3])),  # one change per canvas
            Change(K.CARDS_ADDED, f.b, (f.a_cards[1], f.a_cards[3])),
            Change(K.LINKS_ADDED, f.b, (f.a_links[2],)),
        ],
    ),
    "delete_cards": Case(
        lambda f: f.store.delete_cards([f.a_cards[0], f.b_cards[1]]),
        lambda f, r: f.store.restore_cards(*r),
        lambda f, r: [
            Change(K.LINKS_REMOVED, f.a, (f.a_links[0], f.a_links[1])),
            Change(K.LINKS_REMOVED, f.b, (f.b_links[0],)),
            Change(K.CARDS_REMOVED, f.a, (f.a_cards[0],)),
            Change(K.CARDS_REMOVED, f.b, (f.b_cards[1],)),
            Change(K.CARDS_CHANGED, f.a, (f.a_cards[1],)),  # it closes up the gap
        ],
    ),
    "add_link": Case(
        lambda f: f.store.add_link(f.a_cards[0], f.a_cards[3], "依赖"),
        lambda f, r: f.store.delete_links([r.id]),
        lambda f, r: [Change(K.LINKS_ADDED, f.a, (r.id,))],
    ),
    "update_link": Case(
        lambda f: f.store.update_link(f.a_links[1], "新标签"),
        lambda f, r: f.store.update_link(f.a_links[1], r),
        lambda f, r: [Change(K.LINKS_CHANGED, f.a, (f.a_links[1],))],
    ),
    "delete_links": Case(
        lambda f: f.store.delete_links([f.a_links[0], f.b_links[0]]),
        lambda f, r: f.store.restore_links(r),
        lambda f, r: [
            Change(K.LINKS_REMOVED, f.a, (f.a_links[0],)),
            Change(K.LINKS_REMOVED, f.b, (f.b_links[0],)),
        ],
    ),
    "set_setting": Case(
        lambda f: f.store.set_setting("checks.disabled", ["empty-block", "规则"]),
        lambda f, r: f.store.set_setting("checks.disabled", r),
        lambda f, r: [Change(K.SETTINGS, key="checks.disabled")],
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_operation_commits_emits_and_undoes_exactly(name, filled, on_disk, content):
    case = CASES[name]
    before = content(on_disk(filled.path))
    assert content(filled.store.workspace) == before

    result = case.do(filled)

    assert filled.changes == case.changes(filled, result)
    after = content(on_disk(filled.path))
    assert after != before
    assert after == content(filled.store.workspace)

    case.undo(filled, result)

    assert content(on_disk(filled.path)) == before
    assert content(filled.store.workspace) == before


def test_moved_card_is_in_the_new_block_in_the_file(filled, on_disk):
    card_id = filled.a_cards[0]
    filled.store.move_cards([CardMove(card_id, filled.a, filled.a_blocks[2], 0)])
    saved = on_disk(filled.path).canvas(filled.a)
    card = saved.card(card_id)
    assert (card.canvas_id, card.block_id) == (filled.a, filled.a_blocks[2])
    assert [c.id for c in saved.cards_in(filled.a_blocks[2])] == [card_id, filled.a_cards[3]]
    assert [c.id for c in saved.cards_in(filled.a_blocks[0])] == [filled.a_cards[1]]


def _order(workspace, canvas_id: int, block_id: int) -> list[str]:
    return [c.text for c in workspace.canvas(canvas_id).cards_in(block_id)]


def test_cards_are_added_at_their_index_and_the_others_make_room(filled, on_disk):
    block = filled.a_blocks[0]
    filled.store.add_cards(filled.a, [dict(block_id=block, text="前", index=0),
                                      dict(block_id=block, text="中", index=2),
                                      dict(block_id=block, text="末")])  # fmt: skip
    expected = ["前", "一站式采购", "中", "Same-day delivery", "末"]
    assert _order(filled.store.workspace, filled.a, block) == expected
    assert _order(on_disk(filled.path), filled.a, block) == expected
    positions = [c.position for c in on_disk(filled.path).canvas(filled.a).cards_in(block)]
    assert positions == [0, 1, 2, 3, 4]


def test_reordering_inside_a_block_and_its_undo(filled, on_disk):
    block = filled.a_blocks[0]
    more = filled.store.add_cards(filled.a, [dict(block_id=block, text=t) for t in "三四"])
    before = _order(on_disk(filled.path), filled.a, block)
    moves = [CardMove(more[1].id, filled.a, block, 0), CardMove(filled.a_cards[0], filled.a,
                                                                  block, 1)]  # fmt: skip
    reverse, _ = filled.store.move_cards(moves)
    assert _order(on_disk(filled.path), filled.a, block) == [
        "四", "一站式采购", "Same-day delivery", "三",
    ]  # fmt: skip
    filled.store.move_cards(reverse)
    assert _order(on_disk(filled.path), filled.a, block) == before


def test_set_canvas_density(filled, on_disk):
    assert filled.store.set_canvas_density(filled.a, "compact") == "normal"
    assert on_disk(filled.path).canvas(filled.a).density == "compact"
    assert filled.changes == [Change(K.CANVAS_CHANGED, filled.a)]
    with pytest.raises(ValueError, match="unknown card density"):
        filled.store.set_canvas_density(filled.a, "tiny")


def test_move_to_another_canvas_drops_links_that_would_cross_canvases(filled, on_disk):
    card_id = filled.a_cards[0]
    _, broken = filled.store.move_cards([CardMove(card_id, filled.b, filled.b_blocks[2], 0)])
    assert sorted(link.id for link in broken) == filled.a_links[:2]
    saved = on_disk(filled.path)
    assert saved.find_card(card_id).canvas_id == filled.b
    assert card_id not in [c.id for c in saved.canvas(filled.a).cards]
    assert [lk.id for lk in saved.canvas(filled.a).links] == [filled.a_links[2]]


def test_move_carries_a_link_whose_two_cards_move_together(filled, on_disk):
    moves = [
        CardMove(filled.a_cards[1], filled.b, filled.b_blocks[3], 0),
        CardMove(filled.a_cards[3], filled.b, filled.b_blocks[3], 1),
    ]
    _, broken = filled.store.move_cards(moves)
    assert [link.id for link in broken] == [filled.a_links[0]]
    saved = on_disk(filled.path)
    carried = [lk for lk in saved.canvas(filled.b).links if lk.id == filled.a_links[2]]
    assert [(lk.source_id, lk.target_id) for lk in carried] == [
        (filled.a_cards[3], filled.a_cards[1])
    ]
    assert filled.a_links[2] not in [lk.id for lk in saved.canvas(filled.a).links]


def test_delete_canvas_removes_its_blocks_cards_and_links_from_the_file(filled, on_disk):
    filled.store.delete_canvas(filled.a)
    saved = on_disk(filled.path)
    assert [c.id for c in saved.canvases] == [filled.b]
    assert saved.card_count == len(filled.b_cards)


def test_undo_of_canvas_delete_keeps_ids_and_order(filled, on_disk):
    third = filled.store.add_canvas("blank", title="第三")
    removed = filled.store.delete_canvas(filled.b)
    filled.store.restore_canvas(*removed)
    saved = on_disk(filled.path)
    assert [(c.id, c.position) for c in saved.canvases] == [
        (filled.a, 0), (filled.b, 1), (third.id, 2),
    ]  # fmt: skip
    assert sorted(c.id for c in saved.canvas(filled.b).cards) == filled.b_cards


FAILURES: dict[str, tuple[Callable, type[Exception]]] = {
    "card in a missing block": (lambda f: f.store.add_card(f.a, 9999, "x"), KeyError),
    "card in another canvas's block": (
        lambda f: f.store.add_card(f.a, f.b_blocks[0], "x"),
        KeyError,
    ),
    "card on a missing canvas": (lambda f: f.store.add_card(9999, f.a_blocks[0], "x"), KeyError),
    "bad status": (lambda f: f.store.add_card(f.a, f.a_blocks[0], "x", status="late"), ValueError),
    "bad draft late in a batch": (
        lambda f: f.store.add_cards(
            f.a,
            [
                dict(block_id=f.a_blocks[0], text="ok"),
                dict(block_id=f.a_blocks[0], text="x", votes=-1),
            ],
        ),
        ValueError,
    ),
    "score 7": (lambda f: f.store.set_block_score(f.b_blocks[0], 7), ValueError),
    "score -1": (lambda f: f.store.update_block(f.b_blocks[0], score=-1), ValueError),
    "unknown block field": (lambda f: f.store.update_block(f.a_blocks[0], key="k"), ValueError),
    "unknown card field": (lambda f: f.store.update_card(f.a_cards[0], block_id=1), ValueError),
    "due not a date": (lambda f: f.store.update_card(f.a_cards[0], due="2025-01-01"), ValueError),
    "update of a missing card in a batch": (
        lambda f: f.store.update_cards({f.a_cards[0]: {"text": "y"}, 9999: {"text": "z"}}),
        KeyError,
    ),
    "delete of a missing card": (
        lambda f: f.store.delete_cards([f.a_cards[0], 9999]),
        KeyError,
    ),
    "link to itself": (lambda f: f.store.add_link(f.a_cards[0], f.a_cards[0]), ValueError),
    "link across canvases": (lambda f: f.store.add_link(f.a_cards[0], f.b_cards[0]), ValueError),
    "duplicate link": (lambda f: f.store.add_link(f.a_cards[1], f.a_cards[0]), ValueError),
    "empty canvas title": (lambda f: f.store.rename_canvas(f.a, "  "), ValueError),
    "unknown template": (lambda f: f.store.add_canvas("no-such-template"), KeyError),
    "duplicate block key": (
        lambda f: f.store.add_block(f.a, Block(0, 0, "value-proposition", "V", "价值")),
        ValueError,
    ),
    "move into a block of another canvas": (
        lambda f: f.store.move_cards([CardMove(f.a_cards[0], f.a, f.b_blocks[0], 0)]),
        KeyError,
    ),
    "unknown property": (lambda f: f.store.set_properties(colour="#000000"), ValueError),
    "unsupported language": (lambda f: f.store.set_properties(language="fr"), ValueError),
    "restore over an existing card id": (
        lambda f: f.store.restore_cards(
            [Card(0, f.a, f.a_blocks[0], "new"), Card(f.a_cards[0], f.a, f.a_blocks[0], "dup")],
            [],
        ),
        sqlalchemy.exc.IntegrityError,
    ),
    "restore a link to a missing card": (
        lambda f: f.store.restore_links([Link(0, f.a, f.a_cards[0], 9999)]),
        sqlalchemy.exc.IntegrityError,
    ),
}


@pytest.mark.parametrize("name", FAILURES)
def test_failing_operation_changes_neither_file_nor_model(
    name, filled, sha256, files_beside, content
):
    action, error = FAILURES[name]
    digest, model, folder = (
        sha256(filled.path),
        content(filled.store.workspace),
        files_beside(filled.path),
    )
    with pytest.raises(error):
        action(filled)
    assert sha256(filled.path) == digest
    assert content(filled.store.workspace) == model
    assert files_beside(filled.path) == folder
    assert filled.changes == []
    assert filled.store.integrity_check() == "ok"


def test_read_only_store_refuses_every_operation(filled, sha256, files_beside, content):
    filled.store.close()
    digest, folder = sha256(filled.path), files_beside(filled.path)
    with open_workspace(filled.path, read_only=True) as reader:
        filled.store = reader
        model = content(reader.workspace)
        assert reader.read_only
        for name, case in CASES.items():
            with pytest.raises(ReadOnlyWorkspaceError, match="read-only") as caught:
                case.do(filled)
            assert str(filled.path) in str(caught.value), name
            assert content(reader.workspace) == model, name
    assert sha256(filled.path) == digest
    assert files_beside(filled.path) == folder


EDIT_THEN_DIE = """
import os, signal, sys
from ecanvas.store import open_workspace
store = open_workspace(sys.argv[1])
canvas = store.workspace.canvases[0]
store.add_card(canvas.id, canvas.blocks[0].id, "崩溃前的卡片 ✅", note="保存了吗？")
store.update_card(canvas.cards[0].id, text="改过了")
{ending}
"""


@pytest.mark.durability
@pytest.mark.parametrize(
    "ending", ["os._exit(0)", "os.kill(os.getpid(), signal.SIGKILL)"], ids=["exit", "sigkill"]
)
def test_edit_survives_the_process_dying_right_after(filled, run_python, ending):
    first_card = filled.store.workspace.canvases[0].cards[0].id
    filled.store.close()
    code = textwrap.dedent(EDIT_THEN_DIE.format(ending=ending))
    finished = run_python(code, str(filled.path))
    expected_code = 0 if ending.startswith("os._exit") else -signal.SIGKILL
    assert finished.returncode == expected_code, finished.stderr
    with open_workspace(filled.path) as reopened:  # the dead process's lock is gone
        canvas = reopened.workspace.canvases[0]
        assert canvas.card(first_card).text == "改过了"
        added = [c for c in canvas.cards if c.text == "崩溃前的卡片 ✅"]
        assert [c.note for c in added] == ["保存了吗？"]


def test_restore_block_is_one_transaction(filled, sha256, content):
    block, cards, links = filled.store.remove_block(filled.a_blocks[0])
    digest, model = sha256(filled.path), content(filled.store.workspace)
    bad_link = Link(0, filled.a, filled.a_cards[0], 9999)
    with pytest.raises(sqlalchemy.exc.IntegrityError):
        filled.store.restore_block(block, cards, [*links, bad_link])
    assert sha256(filled.path) == digest
    assert content(filled.store.workspace) == model


def test_save_copy_is_a_verified_copy_and_the_original_keeps_working(
    filled, on_disk, content, files_beside
):
    target = filled.path.with_name("副本.ecanvas")
    assert filled.store.save_copy(target) == target
    assert content(on_disk(target)) == content(filled.store.workspace)
    assert files_beside(filled.path) == sorted(
        [filled.path.name, filled.path.name + ".lock", target.name]
    )
    filled.store.update_card(filled.a_cards[0], text="只改原件")
    assert on_disk(filled.path).find_card(filled.a_cards[0]).text == "只改原件"
    assert on_disk(target).find_card(filled.a_cards[0]).text == "一站式采购"
    assert filled.store.integrity_check() == "ok"


def test_save_copy_over_the_open_file_is_refused(filled, sha256, on_disk):
    digest = sha256(filled.path)
    with pytest.raises(OutputIsOpenWorkspaceError, match="this is the open workspace") as caught:
        filled.store.save_copy(filled.path)
    assert str(caught.value).startswith(f"{filled.path}: ")
    assert sha256(filled.path) == digest
    filled.store.update_card(filled.a_cards[0], text="仍在原文件里")
    assert on_disk(filled.path).find_card(filled.a_cards[0]).text == "仍在原文件里"


def test_votes_given_as_text_are_kept_as_a_number_in_model_and_file(tmp_path):
    from ecanvas.store import create_workspace, open_workspace

    path = tmp_path / "votes.ecanvas"
    with create_workspace(path) as store:
        canvas = store.add_canvas("swot")
        card = store.add_card(canvas.id, canvas.blocks[0].id, "Vote me")
        store.update_card(card.id, votes="3")
        assert store.workspace.find_card(card.id).votes == 3
    with open_workspace(path, read_only=True) as reopened:
        assert reopened.workspace.find_card(card.id).votes == 3


def test_settings_are_json_values_replaced_and_removed_in_the_file(store, workspace_path, on_disk):
    assert store.set_setting("canvas.3.view", {"zoom": 1.25, "x": 10, "y": -4}) is None
    assert store.set_setting("canvas.3.view", {"zoom": 0.5}) == {"zoom": 1.25, "x": 10, "y": -4}
    store.set_setting("report.options", {"lang": "zh"})
    assert on_disk(workspace_path).settings == {
        "canvas.3.view": {"zoom": 0.5},
        "report.options": {"lang": "zh"},
    }
    assert store.set_setting("canvas.3.view", None) == {"zoom": 0.5}
    assert on_disk(workspace_path).settings == {"report.options": {"lang": "zh"}}
    assert store.workspace.settings == {"report.options": {"lang": "zh"}}


@pytest.mark.parametrize(
    ("key", "value"),
    [("", 1), (" spaced", 1), ("ok", {1, 2}), ("ok", float("nan")), ("ok", object())],
)
def test_a_bad_setting_is_refused_and_changes_nothing(store, workspace_path, on_disk, key, value):
    with pytest.raises(ValueError):
        store.set_setting(key, value)
    assert on_disk(workspace_path).settings == {} == store.workspace.settings
