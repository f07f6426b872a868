"""Interchange version 6 carries a workshop: participants, rounds, dots, authors, face-down cards
and silent blocks; version 5 documents still import (with no workshop)."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import jsonschema
import pytest

from ecanvas.assets import resource_path
from ecanvas.model import workshop
from ecanvas.store import InterchangeError, create_workspace, open_workspace
from ecanvas.store.interchange import (
    FORMAT_VERSION,
    export_document,
    export_json,
    import_json,
    validate_document,
)


def schema(version: int = FORMAT_VERSION) -> jsonschema.Draft202012Validator:
    text = resource_path("schema", f"ecanvas-interchange-{version}.schema.json").read_text()
    return jsonschema.Draft202012Validator(json.loads(text))


@pytest.fixture
def workshop_file(tmp_path: Path) -> Path:
    """A workspace after a workshop: two participants (one removed and the other kept), a closed
    round, an open one, authors, a silent block with a face-down card, a dot on a deleted card."""
    path = tmp_path / "workshop.ecanvas"
    with create_workspace(path, title="工作坊", language="zh") as store:
        canvas = store.add_canvas("swot")
        strengths, weaknesses = canvas.blocks[0].id, canvas.blocks[1].id
        ana, ben = store.add_participant("Ana 安娜"), store.add_participant("Ben")
        gone = store.add_participant("Gone")
        cards = store.add_cards(canvas.id, [
            dict(block_id=strengths, text=f"idea {n}", author_id=ana.id) for n in range(3)
        ])  # fmt: skip
        first = store.start_round("block", canvas_id=canvas.id, block_id=strengths, dots=2)
        store.add_dot(first.id, ana.id, cards[2].id)
        store.add_dot(first.id, ben.id, cards[2].id)
        store.add_dot(first.id, gone.id, cards[1].id)
        store.add_dot(first.id, ben.id, cards[0].id)
        store.close_round(first.id)
        store.start_round("workspace", dots=1, highlight=1)
        store.start_silent(weaknesses)
        store.add_card(canvas.id, weaknesses, "hidden", author_id=gone.id)
        store.remove_participant(gone.id)
        store.delete_cards([cards[0].id])
    return path


def read(path: Path):
    with open_workspace(path, read_only=True) as store:
        return store.workspace


def test_a_workshop_goes_through_export_and_import_unchanged(tmp_path, workshop_file):
    export_json(read(workshop_file), tmp_path / "one.json")
    import_json(tmp_path / "one.json", tmp_path / "copy.ecanvas")
    export_json(read(tmp_path / "copy.ecanvas"), tmp_path / "two.json")
    assert (tmp_path / "two.json").read_bytes() == (tmp_path / "one.json").read_bytes()
    original, copied = read(workshop_file), read(tmp_path / "copy.ecanvas")
    assert copied.participants == original.participants
    assert copied.rounds == original.rounds
    assert copied.dots == workshop.live_dots(original)  # dots that count, and only those
    for voting in original.rounds:
        assert workshop.results(copied, voting) == workshop.results(original, voting)
    hidden = next(c for c in copied.canvases[0].cards if c.text == "hidden")
    assert (hidden.face_down, hidden.author_id) == (True, None)  # its author was removed
    assert copied.canvases[0].blocks[1].silent


def test_the_document_names_only_what_still_exists(workshop_file):
    document = export_document(read(workshop_file))
    schema().validate(document)
    assert [p["name"] for p in document["participants"]] == ["Ana 安娜", "Ben"]
    assert [(r["scope"], r["status"], r["dots_per_participant"]) for r in document["rounds"]] == [
        ("block", "closed", 2), ("workspace", "open", 1),
    ]  # fmt: skip
    assert len(document["dots"]) == 2  # the deleted card's and the removed participant's are out
    cards = document["canvases"][0]["cards"]
    assert {c["author"] for c in cards} == {1, None}


REFUSED = {
    "unknown author": ("$.canvases[0].cards[0].author", 99,
                       "author 99: there is no participant 99"),
    "dot on no card": ("$.dots[0].card", 999, "card 999: there is no card 999"),
    "round on no block": ("$.rounds[0].block", 999, "block 999: there is no block 999"),
    "two open rounds": ("$.rounds[0].status", "open",
                        "rounds[0] is open already: one round is open at most"),
    "bad scope": ("$.rounds[0].scope", "room",
                  'scope must be one of "block", "canvas", "workspace"'),
    "same name twice": ("$.participants[1].name", "ana 安娜",
                        'name "ana 安娜" is already used by participants[0]'),
    "no dots": ("$.rounds[1].dots_per_participant", 0,
                "dots_per_participant must be an integer ≥ 1"),
}  # fmt: skip
WHERE = {"two open rounds": "$.rounds[1].status"}


@pytest.mark.parametrize("case", REFUSED)
def test_a_broken_workshop_is_refused_by_its_path(workshop_file, case):
    path, value, problem = REFUSED[case]
    document = export_document(read(workshop_file))
    node = document
    parts = path[2:].replace("[", ".").replace("]", "").split(".")
    for part in parts[:-1]:
        node = node[int(part)] if part.isdigit() else node[part]
    node[parts[-1]] = value
    with pytest.raises(InterchangeError) as refused:
        validate_document(document, "w.json")
    assert refused.value.problem == problem
    assert refused.value.field_path == WHERE.get(case, path)


def test_a_version_5_document_imports_without_a_workshop(tmp_path, workshop_file):
    document = export_document(read(workshop_file))
    old = copy.deepcopy(document)
    old["version"] = 5
    for name in ("participants", "rounds", "dots"):
        del old[name]
    for canvas in old["canvases"]:
        for block in canvas["blocks"]:
            del block["silent"]
        for card in canvas["cards"]:
            del card["author"], card["face_down"]
    schema(5).validate(old)
    (tmp_path / "v5.json").write_text(json.dumps(old), encoding="utf-8")
    import_json(tmp_path / "v5.json", tmp_path / "v5.ecanvas")
    imported = read(tmp_path / "v5.ecanvas")
    assert (imported.participants, imported.rounds, imported.dots) == ([], [], [])
    assert not any(c.face_down or c.author_id for c in imported.canvases[0].cards)
    with pytest.raises(InterchangeError, match='unknown field "participants"'):
        validate_document({**old, "participants": []}, "v5.json")
