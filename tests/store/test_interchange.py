"""The JSON interchange format: lossless export/import, the schema, and refusals by field path."""

from __future__ import annotations

import base64
import copy
import json
import re
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ecanvas
from ecanvas.assets import resource_path
from ecanvas.model import Block, Canvas, Card, Link, Workspace
from ecanvas.outputs import OutputWriteError
from ecanvas.store import (
    InterchangeError,
    WorkspaceExistsError,
    WorkspaceNotFoundError,
    create_workspace,
    open_workspace,
)
from ecanvas.store.interchange import (
    FORMAT_VERSION,
    export_document,
    export_json,
    import_json,
    validate_document,
)

LOGO = bytes(range(256)) * 8  # every byte value, as a binary image would have
LONG_NOTE = ("长文本 long note · " * 7000)[:100_000]
DOCS = Path(__file__).resolve().parents[2] / "docs" / "interchange.md"
STAMP = datetime(2024, 5, 1, 9, 30, 0, 250000, tzinfo=UTC)


@pytest.fixture
def rich_workspace(tmp_path: Path) -> Workspace:
    """A stored workspace: CJK, emoji, right-to-left text, a long note, a logo, gaps in ids."""
    path = tmp_path / "source.ecanvas"
    with create_workspace(path, title="云间茶舍 · Cloud Tea House", language="zh") as store:
        store.set_properties(
            client="云间茶舍", author="李娜 Li Na", brand_colour="#AA3300",
            logo=LOGO, logo_mime="image/png",
        )  # fmt: skip
        design = store.add_canvas("business-model-design")
        paths = store.add_canvas("strategic-paths")
        blank = store.add_canvas("blank", title="空白 · blank")
        store.add_block(blank.id, Block(
            id=0, canvas_id=0, key="ideas", title_en="Ideas", title_zh="想法",
            guidance_en=["Why?"], guidance_zh=["为什么？"], x=10.5, y=-20.25, w=300.0, h=200.0,
        ))  # fmt: skip
        value, revenue = design.blocks[0], design.blocks[1]
        first = store.add_card(
            design.id, value.id, "古树普洱 🍵 礼盒", note=LONG_NOTE, tags=["直播", "gift 🎁"],
            votes=3, owner="周婷", due=date(2024, 6, 30), status="todo",
        )  # fmt: skip
        gone = store.add_card(design.id, value.id, "deleted, leaving a gap in the ids")
        second = store.add_card(
            design.id, revenue.id, "مرحبا بالعالم — שלום", colour="#B9DDF5", index=0
        )
        store.delete_cards([gone.id])
        store.add_link(first.id, second.id, "serves 服务")
        store.set_block_score(paths.blocks[0].id, 4)
        store.add_card(paths.id, paths.blocks[1].id, "Differentiation", status="done")
    with open_workspace(path, read_only=True) as store:
        return store.workspace


def small_workspace() -> Workspace:
    """Canvas 1 (blocks 1, 2; cards 1–4; link 1) and canvas 2 (block 3; card 5), built directly."""
    first = Canvas(id=1, title="SWOT", template_key="swot", created=STAMP, updated=STAMP)
    first.blocks = [
        Block(id=1, canvas_id=1, key="strengths", title_en="Strengths", title_zh="优势"),
        Block(id=2, canvas_id=1, key="threats", title_en="Threats", title_zh="威胁", position=1),
    ]
    first.cards = [
        Card(id=n, canvas_id=1, block_id=1 + n % 2, text=f"card {n}", created=STAMP, updated=STAMP)
        for n in range(1, 5)
    ]
    first.links = [Link(id=1, canvas_id=1, source_id=1, target_id=2, label="why")]
    second = Canvas(id=2, title="Blank", template_key="blank", created=STAMP, updated=STAMP)
    second.blocks = [Block(id=3, canvas_id=2, key="ideas", title_en="Ideas", title_zh="想法")]
    second.cards = [Card(id=5, canvas_id=2, block_id=3, text="idea", created=STAMP, updated=STAMP)]
    return Workspace(title="Small", canvases=[first, second], created=STAMP, updated=STAMP)


def schema_validator(version: int = FORMAT_VERSION) -> jsonschema.Draft202012Validator:
    schema = json.loads(
        resource_path("schema", f"ecanvas-interchange-{version}.schema.json").read_text()
    )
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def docs_example() -> dict:
    return json.loads(re.search(r"```json\n(.*?)```", DOCS.read_text("utf-8"), re.S).group(1))


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# ----------------------------------------------------------------- export
def test_export_document_holds_every_field(rich_workspace: Workspace):
    document = export_document(rich_workspace)
    design = rich_workspace.canvases[0]
    first, second = design.cards

    assert (document["format"], document["version"]) == ("ecanvas-interchange", FORMAT_VERSION)
    assert document["ecanvas_version"] == ecanvas.__version__
    assert document["workspace"] == {
        "title": "云间茶舍 · Cloud Tea House", "client": "云间茶舍", "author": "李娜 Li Na",
        "language": "zh", "brand_colour": "#AA3300", "logo": base64.b64encode(LOGO).decode(),
        "logo_mime": "image/png",
        "created": rich_workspace.created.isoformat().replace("+00:00", "Z"),
        "updated": rich_workspace.updated.isoformat().replace("+00:00", "Z"),
        "summary": "", "recommendations": "",
    }  # fmt: skip
    assert [c["title"] for c in document["canvases"]] == [
        "商业模式设计",
        "战略路径选择",
        "空白 · blank",
    ]
    card = document["canvases"][0]["cards"][0]
    assert card == {
        "id": first.id, "block": design.blocks[0].id, "text": "古树普洱 🍵 礼盒", "note": LONG_NOTE,
        "colour": "#FFE680", "tags": ["直播", "gift 🎁"], "votes": 3, "owner": "周婷",
        "due": "2024-06-30", "status": "todo", "position": 0,
        "created": card["created"], "updated": card["updated"], "author": None,
        "face_down": False,
    }  # fmt: skip
    assert datetime.fromisoformat(card["created"]) == first.created
    assert document["canvases"][0]["links"] == [
        {"id": 1, "source": first.id, "target": second.id, "label": "serves 服务"}
    ]
    assert document["canvases"][1]["blocks"][0]["score"] == 4
    ideas = document["canvases"][2]["blocks"][0]
    assert (ideas["key"], ideas["x"], ideas["y"], ideas["guidance_zh"]) == (
        "ideas",
        10.5,
        -20.25,
        ["为什么？"],
    )


def test_export_json_writes_sorted_utf8_text_with_a_final_newline(tmp_path, rich_workspace):
    target = tmp_path / "out.json"
    export_json(rich_workspace, target)

    raw = target.read_bytes()
    assert "古树普洱 🍵 礼盒".encode() in raw and "مرحبا".encode() in raw
    assert b"\\u" not in raw
    text = raw.decode("utf-8")
    assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    assert files_in(tmp_path) == ["out.json", "source.ecanvas"]


def test_a_failed_export_keeps_the_previous_file_and_leaves_no_temp_file(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("previous export\n", encoding="utf-8")
    broken = small_workspace()
    broken.canvases[0].blocks[0].x = float("nan")

    with pytest.raises(ValueError):
        export_json(broken, target, force=True)

    assert target.read_text(encoding="utf-8") == "previous export\n"
    assert files_in(tmp_path) == ["out.json"]
    export_json(small_workspace(), target, force=True)
    assert json.loads(target.read_text(encoding="utf-8"))["workspace"]["title"] == "Small"


# ----------------------------------------------------------------- round trip
def test_export_import_export_is_byte_identical(tmp_path, rich_workspace):
    export_json(rich_workspace, tmp_path / "first.json")
    assert (
        import_json(tmp_path / "first.json", tmp_path / "copy.ecanvas") == tmp_path / "copy.ecanvas"
    )
    with open_workspace(tmp_path / "copy.ecanvas", read_only=True) as store:
        imported = store.workspace
    export_json(imported, tmp_path / "second.json")

    assert (tmp_path / "second.json").read_bytes() == (tmp_path / "first.json").read_bytes()
    assert imported == rich_workspace  # ids, timestamps, logo and the 100,000-character note
    assert files_in(tmp_path) == ["copy.ecanvas", "first.json", "second.json", "source.ecanvas"]


def test_an_imported_workspace_is_a_working_workspace(tmp_path):
    export_json(small_workspace(), tmp_path / "in.json")
    import_json(tmp_path / "in.json", tmp_path / "w.ecanvas")

    with open_workspace(tmp_path / "w.ecanvas") as store:
        card = store.add_card(2, 3, "added after import")
        assert store.integrity_check() == "ok"
    assert card.id == 6
    with open_workspace(tmp_path / "w.ecanvas", read_only=True) as store:
        assert [c.text for c in store.workspace.canvas(2).cards] == ["idea", "added after import"]


def without_workshop(document: dict) -> dict:
    """The document as versions 1–5 wrote it: no participants, rounds, dots, authors, face-down
    cards or silent blocks (the version number is left to the caller)."""
    document = copy.deepcopy(document)
    for name in ("participants", "rounds", "dots"):
        del document[name]
    for canvas in document["canvases"]:
        for block in canvas["blocks"]:
            del block["silent"]
        for card in canvas["cards"]:
            del card["author"], card["face_down"]
    return document


def without_snapshots(document: dict) -> dict:
    """The document as versions 1–4 wrote it: canvases without snapshots (and no workshop)."""
    document = without_workshop(document)
    for canvas in document["canvases"]:
        del canvas["snapshots"]
    return document


def test_a_version_4_document_imports_with_no_snapshots(tmp_path):
    document = without_snapshots(export_document(small_workspace()))
    document["version"] = 4
    schema_validator(4).validate(document)
    (tmp_path / "v4.json").write_text(json.dumps(document), encoding="utf-8")
    import_json(tmp_path / "v4.json", tmp_path / "w.ecanvas")
    with open_workspace(tmp_path / "w.ecanvas", read_only=True) as store:
        assert [c.snapshots for c in store.workspace.canvases] == [[], []]
        assert [c.title for c in store.workspace.canvases] == ["SWOT", "Blank"]


def placed_freely(document: dict, places: dict[int, tuple[float, float]] | None = None) -> dict:
    """The document's cards as versions 1–3 wrote them: at a free (x, y) in their block, with no
    density (nor snapshots) on the canvases (the version number is left to the caller)."""
    places = places or {}
    document = without_snapshots(document)
    for canvas in document["canvases"]:
        del canvas["density"]
        for card in canvas["cards"]:
            del card["position"]
            card["x"], card["y"] = places.get(card["id"], (12.0, 56.0))
    return document


def test_a_version_3_document_imports_in_reading_order(tmp_path):
    # Cards 1 and 3 sit in block 2: card 3 above card 1, so it reads first.
    places = {1: (12.0, 200.0), 3: (180.0, 60.0)}
    document = placed_freely(export_document(small_workspace()), places)
    document["version"] = 3
    schema_validator(3).validate(document)
    (tmp_path / "old.json").write_text(json.dumps(document), encoding="utf-8")
    import_json(tmp_path / "old.json", tmp_path / "w.ecanvas")

    with open_workspace(tmp_path / "w.ecanvas", read_only=True) as store:
        canvas = store.workspace.canvas(1)
        assert [c.id for c in canvas.cards_in(2)] == [3, 1]
        assert canvas.density == "normal"
        assert export_document(store.workspace)["version"] == FORMAT_VERSION


def test_a_version_4_document_may_not_carry_free_positions():
    document = export_document(small_workspace())
    document["canvases"][0]["cards"][0]["x"] = 1.0
    with pytest.raises(InterchangeError, match='unknown field "x"'):
        validate_document(document, "data.json")


def test_timestamps_with_an_offset_are_stored_in_utc(tmp_path):
    document = export_document(small_workspace())
    document["canvases"][1]["cards"][0]["created"] = "2024-05-01T17:30:00+08:00"
    (tmp_path / "in.json").write_text(json.dumps(document), encoding="utf-8")
    import_json(tmp_path / "in.json", tmp_path / "w.ecanvas")

    with open_workspace(tmp_path / "w.ecanvas", read_only=True) as store:
        exported = export_document(store.workspace)
    assert exported["canvases"][1]["cards"][0]["created"] == "2024-05-01T09:30:00Z"


card_tags = st.lists(
    st.text(min_size=1, max_size=12).map(str.strip).filter(bool), max_size=4, unique=True
)


@settings(max_examples=40, deadline=None)
@given(cards=st.lists(st.tuples(st.text(max_size=80), card_tags), min_size=1, max_size=4))
def test_any_card_text_and_tags_survive_a_round_trip(cards):
    workspace = small_workspace()
    canvas = workspace.canvases[1]
    canvas.cards = [
        Card(id=10 + n, canvas_id=2, block_id=3, text=text, tags=tags, created=STAMP)
        for n, (text, tags) in enumerate(cards)
    ]
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        export_json(workspace, folder / "a.json")
        import_json(folder / "a.json", folder / "w.ecanvas")
        with open_workspace(folder / "w.ecanvas", read_only=True) as store:
            imported = store.workspace
        export_json(imported, folder / "b.json")

        assert (folder / "b.json").read_bytes() == (folder / "a.json").read_bytes()
    assert [(c.text, c.tags) for c in imported.canvas(2).cards] == [(t, g) for t, g in cards]


# ----------------------------------------------------------------- schema and docs
def test_exported_documents_match_the_json_schema(rich_workspace):
    validator = schema_validator()
    for workspace in (rich_workspace, small_workspace(), Workspace(created=STAMP, updated=STAMP)):
        validator.validate(export_document(workspace))


def test_the_documented_example_is_accepted_by_the_schema_and_by_import(tmp_path):
    schema_validator().validate(docs_example())
    validate_document(docs_example(), "docs")
    (tmp_path / "example.json").write_text(json.dumps(docs_example()), encoding="utf-8")
    import_json(tmp_path / "example.json", tmp_path / "example.ecanvas")

    with open_workspace(tmp_path / "example.ecanvas", read_only=True) as store:
        canvas = store.workspace.canvases[0]
    assert canvas.card(1).text == "云南古树普洱礼盒 🍵"
    assert canvas.block(2).score == 4


def _set(path: str, value: object):
    """A change to a document: set the field at a `$.a[0].b` path (or delete it for DELETE)."""

    def change(document: dict) -> None:
        *parents, last = re.findall(r"\.(\w+)|\[(\d+)\]", path)
        node = document
        for name, index in parents:
            node = node[name] if name else node[int(index)]
        key = last[0] or int(last[1])
        if value is DELETE:
            del node[key]
        else:
            node[key] = value

    return change


DELETE = object()
SOURCE_CARD = "$.canvases[0].cards[3]"

# (change, JSON path, problem): each is refused by import with exactly this path and problem.
REFUSALS = {
    "wrong format marker": (
        _set("$.format", "trello-board"), "$.format",
        'format must be "ecanvas-interchange", found "trello-board"',
    ),
    "newer version": (
        _set("$.version", FORMAT_VERSION + 1), "$.version",
        f"the document uses interchange format version {FORMAT_VERSION + 1}, newer than ecanvas "
        f"{ecanvas.__version__} reads (up to version {FORMAT_VERSION}); "
        "update ecanvas to import it",
    ),
    "missing field": (
        _set(f"{SOURCE_CARD}.votes", DELETE), f"{SOURCE_CARD}.votes",
        'missing required field "votes"',
    ),
    "unknown field": (
        _set("$.canvases[0].cards[1].colour_name", "yellow"), "$.canvases[0].cards[1].colour_name",
        'unknown field "colour_name"',
    ),
    "wrong type": (
        _set(f"{SOURCE_CARD}.votes", "3"), f"{SOURCE_CARD}.votes", "votes must be an integer ≥ 0"
    ),
    "negative votes": (
        _set(f"{SOURCE_CARD}.votes", -1), f"{SOURCE_CARD}.votes", "votes must be an integer ≥ 0"
    ),
    "bad status": (
        _set(f"{SOURCE_CARD}.status", "finished"), f"{SOURCE_CARD}.status",
        'status must be one of "", "todo", "doing", "done", "blocked"',
    ),
    "bad language": (
        _set("$.workspace.language", "fr"), "$.workspace.language",
        'language must be one of "en", "zh"',
    ),
    "bad colour": (
        _set("$.canvases[1].cards[0].colour", "yellow"), "$.canvases[1].cards[0].colour",
        "colour must be a colour written #RRGGBB",
    ),
    "score above 5": (
        _set("$.canvases[0].blocks[1].score", 6), "$.canvases[0].blocks[1].score",
        "score must be an integer from 0 to 5, or null",
    ),
    "impossible due date": (
        _set(f"{SOURCE_CARD}.due", "2024-02-30"), f"{SOURCE_CARD}.due",
        "due must be a date written YYYY-MM-DD, or null",
    ),
    "time without a zone": (
        _set("$.canvases[0].updated", "2024-05-01T09:30:00"), "$.canvases[0].updated",
        "updated must be an ISO-8601 date-time with a time zone, like 2024-05-01T09:30:00Z",
    ),
    "card in a block of another canvas": (
        _set("$.canvases[0].cards[0].block", 3), "$.canvases[0].cards[0].block",
        "block 3 is not a block of this canvas (it belongs to $.canvases[1].blocks[0])",
    ),
    "dangling link": (
        _set("$.canvases[0].links[0].target", 999), "$.canvases[0].links[0].target",
        "target 999 is not a card of this canvas (there is no card 999)",
    ),
    "duplicate id": (
        _set("$.canvases[0].cards[2].id", 1), "$.canvases[0].cards[2].id",
        "duplicate card id 1 (also used by $.canvases[0].cards[0])",
    ),
    "duplicate tag": (
        _set(f"{SOURCE_CARD}.tags", ["a", "b", "a"]), f"{SOURCE_CARD}.tags[2]",
        'tags[2] repeats "a" from tags[0]',
    ),
    "duplicate block key": (
        _set("$.canvases[0].blocks[1].key", "strengths"), "$.canvases[0].blocks[1].key",
        'key "strengths" is already used by blocks[0] of this canvas',
    ),
    "self link": (
        _set("$.canvases[0].links[0].target", 1), "$.canvases[0].links[0].target",
        "target is the source card: a card cannot link to itself",
    ),
    "logo not base64": (
        _set("$.workspace.logo", "not base64!"), "$.workspace.logo",
        "logo must be base64 text of an image of at most 10 MB, or null",
    ),
    "boolean as a number": (
        _set("$.canvases[0].blocks[0].x", True), "$.canvases[0].blocks[0].x",
        "x must be a finite number",
    ),
}  # fmt: skip

SCHEMA_ALSO_REFUSES = [
    "wrong format marker", "newer version", "missing field", "unknown field", "wrong type",
    "negative votes", "bad status", "bad language", "bad colour", "score above 5",
    "time without a zone", "logo not base64", "boolean as a number",
]  # fmt: skip


@pytest.mark.parametrize("case", SCHEMA_ALSO_REFUSES)
def test_invalid_documents_are_refused_by_the_schema_and_the_validator(case):
    change, path, problem = REFUSALS[case]
    document = export_document(small_workspace())
    change(document)

    assert not schema_validator().is_valid(document)
    with pytest.raises(InterchangeError) as refused:
        validate_document(document, "data.json")
    assert str(refused.value) == f"data.json: {problem} at {path}"
    assert refused.value.field_path == path


@pytest.mark.parametrize("case", REFUSALS)
def test_import_refuses_an_invalid_document_and_writes_nothing(tmp_path, case):
    change, path, problem = REFUSALS[case]
    document = export_document(small_workspace())
    change(document)
    source = tmp_path / "data.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")

    with pytest.raises(InterchangeError) as refused:
        import_json(source, tmp_path / "out.ecanvas")

    assert str(refused.value) == f"{source}: {problem} at {path}"
    assert files_in(tmp_path) == ["data.json"]


def test_an_unchanged_document_is_accepted():
    validate_document(copy.deepcopy(export_document(small_workspace())), "data.json")


# ----------------------------------------------------------------- unreadable files and targets
def _refused_file(tmp_path: Path, content: bytes) -> str:
    source = tmp_path / "data.json"
    source.write_bytes(content)
    with pytest.raises(InterchangeError) as refused:
        import_json(source, tmp_path / "out.ecanvas")
    assert files_in(tmp_path) == ["data.json"]
    assert refused.value.source == str(source)
    return refused.value.problem


def test_invalid_json_is_refused_with_line_and_column(tmp_path):
    content = b'{\n  "format": "ecanvas-interchange",\n  "version": 1\n  "workspace": {}\n}\n'
    assert _refused_file(tmp_path, content) == (
        "not valid JSON: Expecting ',' delimiter at line 4, column 3"
    )


def test_a_file_that_is_not_utf8_is_refused(tmp_path):
    content = '{"workspace": {"title": "云间茶舍"}}'.encode("gbk")
    offset = content.index(b'"\xd4') + 1
    assert _refused_file(tmp_path, content) == (
        f"the file is not UTF-8 text (byte 0x{content[offset]:02X} at offset {offset}); "
        "save it as UTF-8"
    )


def test_repeated_keys_and_nan_are_refused(tmp_path):
    assert _refused_file(tmp_path, b'{"format": 1, "format": 2}') == (
        'not valid JSON: an object repeats the key "format"'
    )
    assert _refused_file(tmp_path, b'{"x": NaN}') == "not valid JSON: NaN is not a JSON number"


def test_json_that_is_not_an_object_is_refused(tmp_path):
    assert _refused_file(tmp_path, b"[]") == "the document must be a JSON object"


def test_a_missing_source_file_is_refused(tmp_path):
    with pytest.raises(InterchangeError) as refused:
        import_json(tmp_path / "missing.json", tmp_path / "out.ecanvas")
    assert (
        str(refused.value)
        == f"{tmp_path / 'missing.json'}: cannot read the file (No such file or directory)"
    )
    assert files_in(tmp_path) == []


def test_import_never_overwrites_an_existing_file(tmp_path):
    export_json(small_workspace(), tmp_path / "in.json")
    target = tmp_path / "precious.ecanvas"
    target.write_bytes(b"someone's work")

    with pytest.raises(WorkspaceExistsError) as refused:
        import_json(tmp_path / "in.json", target)

    assert str(refused.value) == f"{target}: a file already exists at this path"

    assert target.read_bytes() == b"someone's work"
    assert files_in(tmp_path) == ["in.json", "precious.ecanvas"]


def test_import_into_a_missing_folder_is_refused(tmp_path):
    export_json(small_workspace(), tmp_path / "in.json")
    with pytest.raises(WorkspaceNotFoundError, match="does not exist"):
        import_json(tmp_path / "in.json", tmp_path / "nowhere" / "out.ecanvas")
    assert files_in(tmp_path) == ["in.json"]


def test_a_failure_while_writing_leaves_no_file(tmp_path, monkeypatch):
    export_json(small_workspace(), tmp_path / "in.json")
    from ecanvas.store import sql

    write_rows = sql.RowWriter.flush

    def write_then_fail(self):
        write_rows(self)
        raise OSError("disk full")

    monkeypatch.setattr(sql.RowWriter, "flush", write_then_fail)
    with pytest.raises(OutputWriteError, match="disk full"):
        import_json(tmp_path / "in.json", tmp_path / "out.ecanvas")
    assert files_in(tmp_path) == ["in.json"]


# ----------------------------------------------------------------- settings (version 2)
def test_settings_travel_through_export_and_import(tmp_path: Path):
    source = tmp_path / "source.ecanvas"
    with create_workspace(source, title="Settings") as store:
        store.set_setting("checks.disabled", ["swot-unused", "empty-block"])
        store.set_setting("report.options", {"paper": "a4", "lang": "zh", "scale": 1.5})
        document = export_document(store.workspace)
    assert document["settings"] == {
        "checks.disabled": ["swot-unused", "empty-block"],
        "report.options": {"lang": "zh", "paper": "a4", "scale": 1.5},
    }
    first = tmp_path / "first.json"
    export_json_from(source, first)
    copy_path = import_json(first, tmp_path / "copy.ecanvas")
    with open_workspace(copy_path, read_only=True) as copied:
        assert copied.workspace.settings == document["settings"]
    second = tmp_path / "second.json"
    export_json_from(copy_path, second)
    assert first.read_bytes() == second.read_bytes()


def export_json_from(workspace_path: Path, target: Path) -> None:
    with open_workspace(workspace_path, read_only=True) as store:
        export_json(store.workspace, target)


def test_a_version_1_document_still_imports_without_settings(tmp_path: Path):
    document = placed_freely(export_document(small_workspace()))
    document["version"] = 1
    del document["settings"]
    for name in ("summary", "recommendations"):
        del document["workspace"][name]
    source = tmp_path / "old.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    target = import_json(source, tmp_path / "old.ecanvas")
    with open_workspace(target, read_only=True) as store:
        assert store.workspace.settings == {}
        assert [c.title for c in store.workspace.canvases] == ["SWOT", "Blank"]


def test_a_version_1_document_with_settings_is_refused():
    document = placed_freely(export_document(small_workspace()))
    document["version"] = 1
    with pytest.raises(InterchangeError, match=r'unknown field "settings"'):
        validate_document(document, "old.json")


@pytest.mark.parametrize("key", ["", " padded", "trailing "])
def test_a_setting_key_must_be_trimmed_and_non_empty(key):
    document = export_document(small_workspace())
    document["settings"] = {key: True}
    with pytest.raises(InterchangeError, match="key must be non-empty"):
        validate_document(document, "bad.json")
    with pytest.raises(jsonschema.ValidationError):
        schema_validator().validate(document)


# ----------------------------------------------------------------- summary (version 3)
SUMMARY = "云间茶舍 2027 年目标。\n\n- **私域**复购 ≥ 45%\n- 出海 🍵"


def test_summary_and_recommendations_travel_through_export_and_import(tmp_path: Path):
    source = tmp_path / "source.ecanvas"
    with create_workspace(source, title="Summary") as store:
        store.set_properties(summary=SUMMARY, recommendations="1. First\n2. Second")
        document = export_document(store.workspace)
    assert document["workspace"]["summary"] == SUMMARY
    schema_validator().validate(document)
    exported = tmp_path / "doc.json"
    export_json_from(source, exported)
    copy_path = import_json(exported, tmp_path / "copy.ecanvas")
    with open_workspace(copy_path, read_only=True) as copied:
        assert copied.workspace.summary == SUMMARY
        assert copied.workspace.recommendations == "1. First\n2. Second"


def test_a_version_2_document_imports_with_an_empty_summary(tmp_path: Path):
    document = placed_freely(export_document(small_workspace()))
    document["version"] = 2
    for name in ("summary", "recommendations"):
        del document["workspace"][name]
    source = tmp_path / "v2.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    target = import_json(source, tmp_path / "v2.ecanvas")
    with open_workspace(target, read_only=True) as store:
        assert (store.workspace.summary, store.workspace.recommendations) == ("", "")


def test_a_version_2_document_with_a_summary_is_refused():
    document = placed_freely(export_document(small_workspace()))
    document["version"] = 2
    with pytest.raises(InterchangeError, match=r'unknown field "summary"'):
        validate_document(document, "v2.json")
