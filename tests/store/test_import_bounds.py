"""JSON import is bounded: nesting, sizes and time stamps out of range are refused with one
clear line naming the JSON path, never with a traceback, and nothing is written."""

from __future__ import annotations

import json
import os

import pytest

from ecanvas.store import InterchangeError, create_workspace
from ecanvas.store.interchange import export_document, import_json


@pytest.fixture
def document(tmp_path) -> dict:
    with create_workspace(tmp_path / "source.ecanvas", title="Bounds") as store:
        canvas = store.add_canvas("swot")
        store.add_card(canvas.id, canvas.blocks[0].id, "a card")
        return export_document(store.workspace)


def refused(tmp_path, document, expected_path: str, words: str, text: str | None = None):
    source = tmp_path / "in.json"
    source.write_text(text if text is not None else json.dumps(document), encoding="utf-8")
    target = tmp_path / "out.ecanvas"
    with pytest.raises(InterchangeError) as caught:
        import_json(source, target)
    message = str(caught.value)
    assert "\n" not in message and words in message, message
    assert caught.value.field_path == expected_path
    assert not target.exists()
    assert sorted(os.listdir(tmp_path)) == ["in.json", "source.ecanvas"]
    return message


@pytest.mark.parametrize("stamp", ["9999-12-31T23:59:59-05:00", "0001-01-01T00:00:00+01:00"])
def test_a_time_stamp_without_a_utc_time_is_refused_with_its_path(tmp_path, document, stamp):
    document["canvases"][0]["cards"][0]["created"] = stamp
    message = refused(tmp_path, document, "$.canvases[0].cards[0].created", "out of range")
    assert stamp in message


def test_a_deeply_nested_document_is_refused_in_one_line(tmp_path, document):
    deep = "[" * 100_000 + "]" * 100_000
    refused(tmp_path, document, "", "nested too deeply", text=deep)


def test_a_deeply_nested_setting_is_refused_with_its_path(tmp_path, document):
    value: object = "bottom"
    for _ in range(40):
        value = {"x": value}
    document["settings"] = {"canvas.1.view": value}
    refused(tmp_path, document, '$.settings["canvas.1.view"]', "nested too deeply")


def test_too_long_a_text_is_refused_with_its_path(tmp_path, document, monkeypatch):
    monkeypatch.setattr("ecanvas.store.interchange_validate.MAX_TEXT", 1000)
    document["canvases"][0]["cards"][0]["note"] = "x" * 1001
    refused(tmp_path, document, "$.canvases[0].cards[0].note", "too long (1,001 characters")


def test_too_many_items_are_refused_with_their_path(tmp_path, document):
    document["canvases"][0]["cards"][0]["tags"] = [f"t{i}" for i in range(10_001)]
    refused(tmp_path, document, "$.canvases[0].cards[0].tags", "too many items (10,001")


def test_too_large_a_file_is_refused_before_it_is_read(tmp_path, document, monkeypatch):
    monkeypatch.setattr("ecanvas.store.interchange_validate.MAX_DOCUMENT_BYTES", 100)
    refused(tmp_path, document, "", "too large to import")


def test_a_huge_logo_is_refused(tmp_path, document, monkeypatch):
    monkeypatch.setattr("ecanvas.store.interchange_validate.MAX_LOGO_BASE64", 16)
    document["workspace"]["logo"] = "QUFB" * 8
    refused(tmp_path, document, "$.workspace.logo", "at most 10 MB")
