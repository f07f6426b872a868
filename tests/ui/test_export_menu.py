"""File → Export As: one action per export format, each writing its file and offering to open it."""

from __future__ import annotations

import csv
import re

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from window_helpers import action, close_window, make_window

from ecanvas.exports import FORMATS
from ecanvas.ui import export_files


@pytest.fixture
def window(qtbot, store, tmp_path):
    first = store.workspace.canvases[0]
    store.add_card(first.id, first.blocks[0].id, "Fresh tea delivered weekly", tags=["茶"])
    win = make_window(qtbot, store, tmp_path)
    yield win
    close_window(win)


@pytest.fixture
def opened(monkeypatch):
    urls: list[str] = []
    monkeypatch.setattr(export_files, "open_url", lambda url: urls.append(url.toLocalFile()))
    return urls


def _save_as(monkeypatch, path, seen=None):
    def answer(parent, title, suggestion, file_filter, *args, **kwargs):
        if seen is not None:
            seen.append((title, suggestion, file_filter))
        return (str(path), "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))


def _wait_for_box(qtbot, window) -> QMessageBox:
    qtbot.waitUntil(lambda: window.exports.done_box is not None, timeout=30_000)
    return window.exports.done_box


def test_every_format_has_a_translated_menu_entry(window):
    menu = window.menus.export
    names = [a.objectName() for a in menu.actions()]
    assert names == [f"action_export_{f.key}" for f in FORMATS]
    assert set(window.exports.names()) >= {f.key for f in FORMATS}
    assert menu.title() == "Export &As"


@pytest.mark.parametrize("language", ["en", "zh"])
def test_each_save_dialog_has_a_whole_title_in_the_ui_language(window, monkeypatch, language):
    # Chinese puts a space between Chinese and Latin words ("导出 PowerPoint 幻灯片", not
    # "导出PowerPoint"): each title is one translated phrase, not "Export" glued to a menu name.
    window.ui_language.apply(language)
    titles = {}
    for export_format in FORMATS:
        seen = []

        def cancel(_parent, title, *args, seen=seen):
            seen.append(title)
            return ("", "")

        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(cancel))
        window.exports.actions[export_format.key].trigger()
        titles[export_format.key] = seen[0]
    assert set(titles) == {f.key for f in FORMATS}
    for title in titles.values():
        assert not re.search(r"[\u4e00-\u9fff][A-Za-z]|[A-Za-z][\u4e00-\u9fff]", title), title
        assert "&" not in title and "…" not in title
    if language == "zh":
        assert titles["pptx"] == "导出 PowerPoint 幻灯片" and titles["csv"] == "导出卡片 CSV 表格"
    else:
        assert titles["pptx"] == "Export PowerPoint Slides"


def test_csv_export_writes_every_card_and_offers_to_open(qtbot, window, tmp_path, monkeypatch,
                                                         opened):  # fmt: skip
    seen = []
    _save_as(monkeypatch, tmp_path / "cards", seen)
    action(window, "export_csv").trigger()
    box = _wait_for_box(qtbot, window)
    written = tmp_path / "cards.csv"
    rows = list(csv.DictReader(written.read_text(encoding="utf-8-sig").splitlines()))
    assert [r["text"] for r in rows] == ["Fresh tea delivered weekly"]
    _title, suggestion, file_filter = seen[0]
    assert suggestion.endswith("UI test.csv") and "*.csv" in file_filter
    assert "cards.csv" in box.text()
    box.findChild(type(box.defaultButton()), "exportOpen").click()
    assert opened == [str(written)]
    assert "cards.csv" in window.statusBar().currentMessage()


def test_markdown_export_into_a_missing_folder_says_why(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "absent" / "plan.md"
    _save_as(monkeypatch, target)
    warned = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _title, text, *a: warned.append(text))
    )
    action(window, "export_md").trigger()
    assert warned == [f"The folder {target.parent} does not exist."]
    assert window.exports.thread is None  # refused before anything was started
    assert not target.parent.exists()


def test_canvas_export_as_image_writes_png_or_svg_by_the_name_chosen(
    qtbot, window, tmp_path, monkeypatch, opened
):
    from PIL import Image

    image_action = action(window, "export_image")
    assert image_action in window.menus.canvas.actions()
    seen = []
    _save_as(monkeypatch, tmp_path / "canvas", seen)  # no extension: the PNG filter's
    image_action.trigger()
    _wait_for_box(qtbot, window)
    _title, suggestion, file_filter = seen[0]
    canvas = window.store.workspace.canvases[0]
    assert suggestion.endswith(f"{canvas.title}.png")
    assert "*.png" in file_filter and "*.svg" in file_filter
    with Image.open(tmp_path / "canvas.png") as image:
        assert image.format == "PNG" and image.width > 1000  # scale 2
    window.exports.done_box = None
    _save_as(monkeypatch, tmp_path / "canvas.svg")
    image_action.trigger()
    _wait_for_box(qtbot, window)
    svg = (tmp_path / "canvas.svg").read_text(encoding="utf-8")
    assert 'class="card"' in svg and ">Fresh tea delivered<" in svg
