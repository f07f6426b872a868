"""JSON import reads a document a piece at a time and still checks all of it.

The reader's window stays a few pieces wide however long the document; a problem late in a long
document is named by its JSON path and leaves nothing behind; the document's key order does not
matter (ids may come before what they name); a file that changes between the two readings is
refused; a merge from JSON reads the same way. Peak memory itself is measured by
benchmarks/import_memory.py, not here.
"""

from __future__ import annotations

import json
import os
import random
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ecanvas.model import Block, Canvas, Card, Link, Snapshot, Workspace
from ecanvas.model.entities import Dot, Participant, VotingRound
from ecanvas.store import InterchangeError, json_stream, open_workspace
from ecanvas.store import interchange as interchange_module
from ecanvas.store.interchange import document_bytes, export_document, import_json
from ecanvas.store.merge_source import read_merge_source
from ecanvas.store.snapshot_format import snapshot_content

STAMP = datetime(2024, 5, 1, 9, 30, tzinfo=UTC)
CANVASES, CARDS = 3, 400  # cards per canvas


def long_workspace() -> Workspace:
    """Three canvases of 400 cards (Chinese and Latin text), links, a snapshot, a workshop."""
    workspace = Workspace(title="长 · long", created=STAMP, updated=STAMP)
    card_id = link_id = 1
    for number in range(1, CANVASES + 1):
        canvas = Canvas(id=number, title=f"画布 {number}", template_key="swot", position=number,
                        created=STAMP, updated=STAMP)  # fmt: skip
        canvas.blocks = [
            Block(
                id=10 * number + b,
                canvas_id=number,
                key=f"b{b}",
                title_en="B",
                title_zh="乙",
                position=b,
            )
            for b in range(3)
        ]
        canvas.snapshots = [Snapshot(id=number, canvas_id=number, name="empty", created=STAMP,
                                     content=snapshot_content(canvas))]  # fmt: skip
        for index in range(CARDS):
            text = f"卡片 {card_id} · card text 中英混合 " * (1 + index % 5)
            canvas.cards.append(Card(id=card_id, canvas_id=number,
                                     block_id=canvas.blocks[index % 3].id, text=text,
                                     tags=[f"t{index % 7}"], position=index // 3,
                                     author_id=1 + index % 2, created=STAMP,
                                     updated=STAMP))  # fmt: skip
            if index % 2:
                canvas.links.append(Link(id=link_id, canvas_id=number, source_id=card_id - 1,
                                         target_id=card_id, label="因为"))  # fmt: skip
                link_id += 1
            card_id += 1
        workspace.canvases.append(canvas)
    workspace.participants = [Participant(1, "Li Na"), Participant(2, "Emma", position=1)]
    workspace.rounds = [VotingRound(1, "canvas", 1, None, 3, 3, "closed", STAMP, STAMP)]
    workspace.dots = [Dot(n, 1, 1 + n % 2, n) for n in range(1, 200)]
    workspace.settings = {"checks.disabled": ["swot-unused"]}
    return workspace


@pytest.fixture(scope="module")
def document() -> dict:
    return export_document(long_workspace())


@pytest.fixture
def small_window(monkeypatch) -> list[int]:
    """Read 4 KB at a time; the list receives the window's length after each read."""
    monkeypatch.setattr(json_stream, "CHUNK", 4096)
    windows: list[int] = []
    more = json_stream.JsonReader._more

    def recording(reader):
        grew = more(reader)
        windows.append(len(reader.text))
        return grew

    monkeypatch.setattr(json_stream.JsonReader, "_more", recording)
    return windows


def write(path: Path, document: dict) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def exported(path: Path) -> bytes:
    with open_workspace(path, read_only=True) as store:
        return document_bytes(store.workspace)


def test_a_long_document_is_read_through_a_small_window(tmp_path, document, small_window):
    source = tmp_path / "long.json"
    source.write_bytes(document_bytes(long_workspace()))
    assert source.stat().st_size > 500_000

    import_json(source, tmp_path / "long.ecanvas")

    assert exported(tmp_path / "long.ecanvas") == source.read_bytes()
    assert len(small_window) > 200  # read twice, piece by piece
    assert max(small_window) < 20_000  # a piece or two (the longest card has 230 characters)


def test_a_problem_in_the_last_card_is_named_and_leaves_nothing(tmp_path, document, small_window):
    last = f"$.canvases[{CANVASES - 1}].cards[{CARDS - 1}]"
    changed = json.loads(json.dumps(document))
    changed["canvases"][-1]["cards"][-1]["votes"] = -1
    source = write(tmp_path / "late.json", changed)

    with pytest.raises(InterchangeError) as refused:
        import_json(source, tmp_path / "late.ecanvas")

    assert str(refused.value) == f"{source}: votes must be an integer ≥ 0 at {last}.votes"
    assert sorted(os.listdir(tmp_path)) == ["late.json"]


def test_a_broken_json_near_the_end_is_refused_before_anything_is_written(
    tmp_path, document, small_window, monkeypatch
):
    text = json.dumps(document, ensure_ascii=False, indent=2)
    cut = text.rindex('"text"')
    source = tmp_path / "broken.json"
    source.write_text(text[:cut] + text[cut:].replace(":", "", 1), encoding="utf-8")
    monkeypatch.setattr(interchange_module, "_create_schema", None)  # never reached

    with pytest.raises(InterchangeError) as refused:
        import_json(source, tmp_path / "broken.ecanvas")

    line = text[:cut].count("\n") + 1
    column = cut - text.rfind("\n", 0, cut) + len('"text" ')
    assert refused.value.problem == (
        f"not valid JSON: Expecting ':' delimiter at line {line}, column {column}"
    )
    assert sorted(os.listdir(tmp_path)) == ["broken.json"]


def test_shapes_are_checked_before_references(tmp_path, document):
    changed = json.loads(json.dumps(document))
    changed["canvases"][0]["links"][0]["target"] = 99_999  # a broken reference, first
    changed["canvases"][-1]["cards"][-1]["colour"] = "yellow"  # a wrong shape, last
    source = write(tmp_path / "two.json", changed)

    with pytest.raises(InterchangeError) as refused:
        import_json(source, tmp_path / "two.ecanvas")
    assert refused.value.field_path == f"$.canvases[{CANVASES - 1}].cards[{CARDS - 1}].colour"

    changed["canvases"][-1]["cards"][-1]["colour"] = "#FFE680"
    write(source, changed)
    with pytest.raises(InterchangeError) as refused:
        import_json(source, tmp_path / "two.ecanvas")
    assert str(refused.value) == (
        f"{source}: target 99999 is not a card of this canvas (there is no card 99999) "
        "at $.canvases[0].links[0].target"
    )
    assert sorted(os.listdir(tmp_path)) == ["two.json"]


def reordered(value: object, order) -> object:
    """The same JSON with every object's keys put in another order."""
    if isinstance(value, dict):
        keys = order(list(value))
        return {key: reordered(value[key], order) for key in keys}
    if isinstance(value, list):
        return [reordered(item, order) for item in value]
    return value


def shuffled(seed: int):
    rng = random.Random(seed)
    return lambda keys: rng.sample(keys, len(keys))


@pytest.mark.parametrize("order", [lambda keys: keys[::-1], shuffled(1), shuffled(2)],
                         ids=["reversed", "shuffled 1", "shuffled 2"])  # fmt: skip
def test_key_order_does_not_matter(tmp_path, document, small_window, order):
    # Reversed: the workspace and version first, dots before the canvases, a canvas's links
    # before its cards and its cards before its blocks, its id after them all.
    source = write(tmp_path / "any.json", reordered(document, order))
    import_json(source, tmp_path / "any.ecanvas")
    assert exported(tmp_path / "any.ecanvas") == document_bytes(long_workspace())


def test_a_dot_read_before_the_cards_must_still_name_a_card(tmp_path, document):
    changed = reordered(document, lambda keys: keys[::-1])  # dots come before the canvases
    changed["dots"][5]["card"] = 99_999
    source = write(tmp_path / "dots.json", changed)
    with pytest.raises(InterchangeError) as refused:
        import_json(source, tmp_path / "dots.ecanvas")
    assert str(refused.value) == f"{source}: card 99999: there is no card 99999 at $.dots[5].card"


def test_an_old_document_in_any_key_order_is_upgraded(tmp_path, document):
    old = json.loads(json.dumps(document))
    old["version"] = 3
    for name in ("participants", "rounds", "dots"):
        del old[name]
    for canvas in old["canvases"]:
        del canvas["density"], canvas["snapshots"]
        for block in canvas["blocks"]:
            del block["silent"]
        for card in canvas["cards"]:
            del card["position"], card["author"], card["face_down"]
            card["x"], card["y"] = 10.0, 200.0 * (2000 - card["id"])  # the last is the highest
    source = write(tmp_path / "old.json", reordered(old, lambda keys: keys[::-1]))

    import_json(source, tmp_path / "old.ecanvas")

    with open_workspace(tmp_path / "old.ecanvas", read_only=True) as store:
        canvas = store.workspace.canvases[0]
        ids = [card.id for card in canvas.cards_in(canvas.blocks[0].id)]
        assert ids == sorted(ids, reverse=True)  # in reading order: from the top down


def test_a_file_changed_between_the_readings_is_refused(tmp_path, document, monkeypatch):
    source = write(tmp_path / "moving.json", document)
    first_reading = interchange_module.read_outline

    def then_changed(path):
        outline = first_reading(path)
        changed = json.loads(json.dumps(document))
        changed["canvases"][1]["cards"][7]["text"] = "someone else's edit"
        write(source, changed)
        return outline

    monkeypatch.setattr(interchange_module, "read_outline", then_changed)
    with pytest.raises(InterchangeError) as refused:
        import_json(source, tmp_path / "moving.ecanvas")
    assert refused.value.problem == "the file changed while it was being imported; import it again"
    assert sorted(os.listdir(tmp_path)) == ["moving.json"]


def test_merging_from_json_reads_the_same_way(tmp_path, document, small_window):
    source = write(tmp_path / "long.json", document)
    workspace = read_merge_source(source)
    assert document_bytes(workspace) == document_bytes(long_workspace())

    changed = json.loads(json.dumps(document))
    changed["canvases"][-1]["cards"][-1]["block"] = 10  # a block of the first canvas
    write(source, changed)
    with pytest.raises(InterchangeError) as refused:
        read_merge_source(source)
    assert refused.value.problem == (
        "block 10 is not a block of this canvas (it belongs to $.canvases[0].blocks[0])"
    )
