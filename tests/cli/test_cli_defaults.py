"""The default workspace: created once with the worked example, atomically, where it belongs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from cli_helpers import sha256

from ecanvas.model.example import EXAMPLE_TITLE, example_canvases
from ecanvas.store import defaults, open_workspace
from ecanvas.store.defaults import data_dir, default_workspace_path, ensure_default_workspace

CJK = re.compile(r"[\u4e00-\u9fff]")


def test_data_dir_honours_the_environment_and_is_created(tmp_path, monkeypatch):
    target = tmp_path / "nested" / "data"
    monkeypatch.setenv("ECANVAS_DATA_DIR", str(target))
    assert data_dir() == target
    assert target.is_dir()
    assert default_workspace_path() == target / "default.ecanvas"


def test_data_dir_falls_back_to_the_platform_folder(tmp_path, monkeypatch):
    import platformdirs

    monkeypatch.delenv("ECANVAS_DATA_DIR")
    asked = []

    def fake_user_data_dir(name, appauthor=None):
        asked.append(name)
        return str(tmp_path / "platform" / name)

    monkeypatch.setattr(platformdirs, "user_data_dir", fake_user_data_dir)
    assert data_dir() == tmp_path / "platform" / "ecanvas"
    assert asked == ["ecanvas"]


def test_first_start_creates_the_example_in_the_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("ECANVAS_DATA_DIR", str(tmp_path / "mine"))
    path = ensure_default_workspace()
    assert path == tmp_path / "mine" / "default.ecanvas"
    assert sorted(p.name for p in path.parent.iterdir()) == ["default.ecanvas"]
    with open_workspace(path, read_only=True) as store:
        ws = store.workspace
        assert (ws.title, ws.language) == (EXAMPLE_TITLE, "en")
        assert [c.template_key for c in ws.canvases] == [e.template_key for e in example_canvases()]
        texts = [card.text for canvas in ws.canvases for card in canvas.cards]
        scores = [b.score for c in ws.canvases for b in c.blocks if b.score is not None]
        links = sum(len(c.links) for c in ws.canvases)
    expected_cards = sum(len(v) for e in example_canvases() for v in e.cards.values())
    assert len(texts) == expected_cards > 0
    assert any(CJK.search(t) for t in texts), "no Chinese card"
    assert any(t.isascii() and re.search("[A-Za-z]", t) for t in texts), "no English card"
    assert scores and links > 0


def test_example_cards_sit_in_their_blocks_with_their_fields(example_workspace):
    by_title = {e.title: e for e in example_canvases()}
    with open_workspace(example_workspace, read_only=True) as store:
        for canvas in store.workspace.canvases:
            example = by_title[canvas.title]
            for block_key, cards in example.cards.items():
                block = canvas.block_by_key(block_key)
                stored = {c.text: c for c in canvas.cards_in(block.id)}
                for card in cards:
                    assert stored[card.text].tags == list(card.tags)
                    assert (stored[card.text].owner, stored[card.text].due) == (
                        card.owner,
                        card.due,
                    )
            for (src_key, src_index), (dst_key, dst_index) in example.links:
                source = example.cards[src_key][src_index].text
                target = example.cards[dst_key][dst_index].text
                pairs = {
                    (canvas.card(lk.source_id).text, canvas.card(lk.target_id).text)
                    for lk in canvas.links
                }
                assert (source, target) in pairs


def test_second_start_keeps_the_existing_file():
    path = ensure_default_workspace()
    before = sha256(path)
    assert ensure_default_workspace() == path
    assert sha256(path) == before


def test_an_interrupted_first_start_leaves_no_half_example(monkeypatch):
    real_populate = defaults.populate_example

    def interrupted(store, language="en"):
        store.add_canvas("swot")
        raise KeyboardInterrupt

    monkeypatch.setattr(defaults, "populate_example", interrupted)
    with pytest.raises(KeyboardInterrupt):
        ensure_default_workspace()
    assert list(data_dir().iterdir()) == []

    monkeypatch.setattr(defaults, "populate_example", real_populate)
    with open_workspace(ensure_default_workspace(), read_only=True) as store:
        assert len(store.workspace.canvases) == len(example_canvases())


def test_a_file_published_meanwhile_by_another_start_is_not_overwritten(monkeypatch):
    real_populate = defaults.populate_example
    target: Path = default_workspace_path()

    def racing(store, language="en"):
        real_populate(store, language)
        target.write_bytes(b"the other process's workspace")

    monkeypatch.setattr(defaults, "populate_example", racing)
    assert ensure_default_workspace() == target
    assert target.read_bytes() == b"the other process's workspace"
    assert sorted(p.name for p in data_dir().iterdir()) == ["default.ecanvas"]


def test_the_first_start_in_chinese_makes_a_chinese_example(tmp_path, monkeypatch):
    """The worked example, and so its report, follow the UI language of the first start."""
    from ecanvas.model.example import EXAMPLE_SUMMARY
    from ecanvas.report import ReportOptions, build_report

    monkeypatch.setenv("ECANVAS_DATA_DIR", str(tmp_path / "zh"))
    with open_workspace(ensure_default_workspace("zh"), read_only=True) as store:
        ws = store.workspace
        assert ws.language == "zh" and ws.summary == EXAMPLE_SUMMARY["zh"]
        assert ws.recommendations.startswith("1. 在中秋")
        report = build_report(ws, tmp_path / "example.pdf", ReportOptions(language=ws.language))
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(report).pages[:4])
    assert "执行摘要" in text and "建议" in text and "会员计划" in text
