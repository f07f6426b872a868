"""A refused JSON document (File → Import Canvases From…, a damaged snapshot) reads in Chinese in
the Chinese UI: every reason code of the validator has a translated sentence, and a set of bad
documents gives messages with no English sentence, naming the file and the JSON path as they are."""

from __future__ import annotations

import ast
import json
import re
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from english_check import english_sentences
from PySide6.QtWidgets import QMessageBox

from ecanvas.assets import resource_path
from ecanvas.store import InterchangeError, create_workspace
from ecanvas.store import interchange_validate as rules
from ecanvas.store.interchange import export_document
from ecanvas.store.interchange_reasons import KINDS, REASONS, english
from ecanvas.store.merge_source import read_merge_source
from ecanvas.ui.errors import describe_error
from ecanvas.ui.interchange_errors import JSON_PROBLEMS, KIND_TEXTS, REASON_TEXTS

STORE = Path(__file__).resolve().parents[2] / "ecanvas" / "store"


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _translations(context: str) -> dict[str, str]:
    root = ET.parse(resource_path("i18n", "ecanvas_zh_CN.ts")).getroot()
    return {
        m.findtext("source"): m.findtext("translation")
        for c in root.iter("context")
        if c.findtext("name") == context
        for m in c.iter("message")
        if m.find("translation").get("type") is None
    }


# ----------------------------------------------------------------- every code is translated
def test_every_reason_code_has_a_translated_sentence_with_the_same_parameters():
    zh = _translations("InterchangeErrors")
    assert set(REASON_TEXTS) == set(REASONS)
    for code, english_text in REASONS.items():
        source = REASON_TEXTS[code]
        fields = _fields(english_text) - {"reason", "message"}  # the app words those itself
        assert _fields(source) - {"reason", "message"} == fields, code
        assert source in zh, f"{code}: no Chinese translation of {source!r}"
        assert _fields(zh[source]) == _fields(source), code
        assert not english_sentences(re.sub(r"\{[^}]*\}", "0", zh[source])), (code, zh[source])
    for texts in (KIND_TEXTS, JSON_PROBLEMS):
        assert all(text in zh for text in texts.values())
    assert set(KIND_TEXTS) == set(KINDS)


def test_every_rule_of_the_validator_names_a_known_code():
    found = [v for v in vars(rules).values() if isinstance(v, rules.Rule)]
    assert len(found) > 15
    assert {rule.code for rule in found} <= set(REASONS)


def test_every_code_the_store_raises_is_in_the_table():
    """Literal codes passed to `fail(path, code)` or `InterchangeError(source, path, code)`."""
    used = set()
    for path in STORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            position = {"fail": 1, "InterchangeError": 2}.get(name)
            if position is not None and len(node.args) > position:
                code = node.args[position]
                if isinstance(code, ast.Constant) and isinstance(code.value, str):
                    used.add(code.value)
                elif isinstance(code, ast.IfExp):
                    used |= {code.body.value, code.orelse.value}
    assert len(used) > 30
    assert used <= set(REASONS), used - set(REASONS)


def test_the_english_of_the_command_line_is_unchanged():
    error = InterchangeError("in.json", "$.canvases[0].cards[1].colour", "must-be-colour",
                             name="colour")  # fmt: skip
    assert str(error) == (
        "in.json: colour must be a colour written #RRGGBB at $.canvases[0].cards[1].colour"
    )
    assert english("too-long", {"name": "text", "length": 20_000_000, "most": 16_777_216}) == (
        "text is too long (20,000,000 characters; at most 16,777,216)"
    )


# ----------------------------------------------------------------- bad documents, in Chinese
@pytest.fixture(scope="module")
def document(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("source")
    with create_workspace(folder / "source.ecanvas", title="Source") as store:
        canvas = store.add_canvas("swot")
        first = store.add_card(canvas.id, canvas.blocks[0].id, "a card")
        second = store.add_card(canvas.id, canvas.blocks[0].id, "another")
        store.add_link(first.id, second.id, "")
        return export_document(store.workspace)


def _card(doc):
    return doc["canvases"][0]["cards"][0]


def _set(change):
    def apply(doc):
        change(doc)
        return doc

    return apply


BAD = {
    "cut JSON": (b'{"format": "ecanvas-interchange", "version": 6', ""),
    "empty file": (b"", ""),
    "trailing comma": (b'{"format": "ecanvas-interchange",}', ""),
    "not UTF-8": (b'{"format": "\xff"}', ""),
    "repeated key": (b'{"format": 1, "format": 2}', ""),
    "NaN": (b'{"format": NaN}', ""),
    "an array": (b"[1, 2]", ""),
    "no format": (b'{"version": 1}', ""),
    "another format": (b'{"format": "something-else", "version": 1}', "$.format"),
    "newer version": (b'{"format": "ecanvas-interchange", "version": 99}', "$.version"),
    "missing field": (_set(lambda d: d["workspace"].pop("title")), "$.workspace.title"),
    "unknown field": (_set(lambda d: d["workspace"].update(colour=1)), "$.workspace.colour"),
    "bad colour": (_set(lambda d: _card(d).update(colour="red")), ".cards[0].colour"),
    "bad status": (_set(lambda d: _card(d).update(status="later")), ".cards[0].status"),
    "bad votes": (_set(lambda d: _card(d).update(votes=-1)), ".cards[0].votes"),
    "bad time": (_set(lambda d: _card(d).update(created="yesterday")), ".cards[0].created"),
    "bad date": (_set(lambda d: _card(d).update(due="1.5.2027")), ".cards[0].due"),
    "repeated tag": (_set(lambda d: _card(d).update(tags=["a", "a"])), ".cards[0].tags[1]"),
    "bad logo": (_set(lambda d: d["workspace"].update(logo="***")), "$.workspace.logo"),
    "duplicate id": (
        _set(lambda d: _card(d).update(id=d["canvases"][0]["cards"][1]["id"])),
        ".cards[1].id",
    ),
    "no such block": (_set(lambda d: _card(d).update(block=999)), ".cards[0].block"),
    "self link": (
        _set(
            lambda d: d["canvases"][0]["links"][0].update(
                target=d["canvases"][0]["links"][0]["source"]
            )
        ),
        ".links[0].target",
    ),
    "bad setting key": (_set(lambda d: d["settings"].update({" x": 1})), "$.settings"),
    "no list": (_set(lambda d: d.update(canvases={})), "$.canvases"),
}


def _write(tmp_path, content, document) -> Path:
    path = tmp_path / "客户 export.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(json.dumps(content(json.loads(json.dumps(document)))), encoding="utf-8")
    return path


@pytest.mark.parametrize("case", list(BAD))
def test_a_bad_document_is_refused_in_chinese_naming_the_file_and_path(
    case, tmp_path, document, zh_ui
):
    content, json_path = BAD[case]
    path = _write(tmp_path, content, document)
    with pytest.raises(InterchangeError) as caught:
        read_merge_source(path)
    assert json_path in caught.value.field_path
    message = describe_error(caught.value)
    assert str(path) in message
    if caught.value.field_path:
        assert f"（位置：{caught.value.field_path}）" in message
    assert re.search("[\u4e00-\u9fff]", message), message
    assert english_sentences(message, str(path)) == [], message


def test_the_same_refusal_reads_in_english_in_the_english_ui(tmp_path, document):
    path = _write(tmp_path, BAD["bad colour"][0], document)
    with pytest.raises(InterchangeError) as caught:
        read_merge_source(path)
    assert describe_error(caught.value) == str(caught.value)


def test_import_canvases_shows_the_chinese_refusal(tmp_path, monkeypatch, zh_ui, qtbot, store):
    from window_helpers import close_window, make_window

    window = make_window(qtbot, store, tmp_path, language="zh")
    try:
        junk = tmp_path / "notes.json"
        junk.write_text('{"format": "ecanvas-interchange", "version": 6,}', encoding="utf-8")
        shown = []
        monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text: shown.append(
            (title, text)))  # fmt: skip
        assert not window.versions.import_canvases(junk)
        title, text = shown[0]
        assert title == "无法导入画布"
        assert text.startswith(f"{junk}：不是有效的 JSON：第 1 行第 ")
        assert english_sentences(text, str(junk)) == []
    finally:
        close_window(window)
