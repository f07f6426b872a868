"""Translations: the Chinese .ts is complete, the committed .qm matches it, every translatable
string in the UI code is in it, and switching language at runtime re-translates the window."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontInfo, QFontMetrics
from window_helpers import close_window, make_window

from ecanvas.assets import resource_path
from ecanvas.ui.fonts import apply_app_font, bundled_cjk_families
from ecanvas.ui.i18n import default_language
from ecanvas.ui.settings import AppSettings

UI_SOURCES = Path(__file__).resolve().parents[2] / "ecanvas" / "ui"
TS_FILE = resource_path("i18n", "ecanvas_zh_CN.ts")
QM_FILE = resource_path("i18n", "ecanvas_zh_CN.qm")
WRAPPER_NAMES = {"tr", "_tr", "_"}  # helpers that lupdate cannot see through


def ts_messages() -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(TS_FILE).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def translation_texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def test_every_translation_is_finished_and_filled_in():
    messages = ts_messages()
    assert len(messages) > 100
    problems = []
    for context, source, message in messages:
        kind = message.find("translation").get("type")
        texts = translation_texts(message)
        if kind is not None or not all(t.strip() for t in texts):
            problems.append(f"{context}: {source!r} ({kind or 'empty'})")
    assert problems == []


def test_placeholders_survive_translation():
    for context, source, message in ts_messages():
        for text in translation_texts(message):
            for marker in ("{", "%1", "%2", "%n", "&"):
                if marker == "&" and "&" in source:
                    assert "&" in text, (context, source, text)  # keep the menu mnemonic
                elif marker != "&":
                    assert source.count(marker) == text.count(marker), (context, source, text)


def _lrelease() -> str | None:
    beside_python = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside_python) if beside_python.exists() else shutil.which("pyside6-lrelease")


def test_committed_qm_is_compiled_from_the_current_ts(tmp_path):
    lrelease = _lrelease()
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed with PySide6")
    fresh = tmp_path / "fresh.qm"
    subprocess.run([lrelease, "-silent", str(TS_FILE), "-qm", str(fresh)], check=True)
    assert QM_FILE.read_bytes() == fresh.read_bytes(), "run pyside6-lrelease on the .ts again"


class TranslatableStrings(ast.NodeVisitor):
    """Collects (context, source) of tr()/translate() calls with literal strings; wrappers
    such as ``_tr("…")`` are collected with the context None (lupdate cannot extract them)."""

    def __init__(self) -> None:
        self.found: list[tuple[str | None, str, int]] = []
        self.classes: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        function = node.func
        name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
        literals = [a.value for a in node.args[:2] if isinstance(a, ast.Constant)]
        strings = [value for value in literals if isinstance(value, str)]
        if name == "translate" and len(strings) == 2 and len(node.args) >= 2:
            self.found.append((strings[0], strings[1], node.lineno))
        elif name == "tr" and isinstance(function, ast.Attribute) and strings:
            self.found.append((self.classes[-1] if self.classes else None, strings[0], node.lineno))
        elif name in WRAPPER_NAMES and isinstance(function, ast.Name) and strings:
            self.found.append((None, strings[0], node.lineno))
        self.generic_visit(node)


def test_every_translatable_string_in_the_ui_code_is_in_the_ts():
    known = {(context, source) for context, source, _ in ts_messages()}
    missing = []
    for path in sorted(UI_SOURCES.rglob("*.py")):
        collector = TranslatableStrings()
        collector.visit(ast.parse(path.read_text(encoding="utf-8")))
        for context, source, line in collector.found:
            if (context, source) not in known:
                where = f"{path.relative_to(UI_SOURCES)}:{line}"
                why = "a wrapper lupdate cannot read" if context is None else context
                missing.append(f"{where} {source!r} ({why})")
    assert missing == [], "run pyside6-lupdate (see test_i18n.py) and translate the new strings"


# --------------------------------------------------------------------- switching at runtime
@pytest.fixture
def window(qtbot, store, tmp_path):
    win = make_window(qtbot, store, tmp_path)
    yield win
    close_window(win)


def test_switching_language_retranslates_menus_panels_and_canvas(window, store, canvas):
    view = window.tabs.current_view()
    block = canvas.block_by_key("value-proposition")
    window.guidance.show_block(canvas.id, block.id)
    assert window.menus.file.title() == "&File"
    window.actions.language_action("zh").trigger()
    assert window.menus.file.title() == "文件(&F)"
    assert window.menus.edit.title() == "编辑(&E)"
    assert window.actions["find"].text() == "查找(&F)…"
    assert window.inspector.title.text() == "卡片"
    assert window.status.saved_label.text() == "所有更改已保存"
    assert view.canvas_scene.block_items[block.id].title == "价值主张"
    assert "价值主张" in window.guidance.heading.text()
    assert window.settings.language() == "zh"
    window.actions.language_action("en").trigger()
    assert window.menus.file.title() == "&File"
    assert window.inspector.title.text() == "Card"
    assert view.canvas_scene.block_items[block.id].title == "Value proposition"
    assert AppSettings(Path(window.settings.file_name)).language() == "en"


def test_views_opened_later_use_the_current_language(window, store):
    swot = store.add_canvas("swot")
    window.set_language("zh")
    window.tabs.select_canvas(swot.id)
    titles = {item.title for item in window.tabs.current_view().canvas_scene.block_items.values()}
    assert "优势" in titles


def test_default_language_prefers_the_saved_choice_then_the_workspace():
    assert default_language("zh", "en") == "zh"
    assert default_language("en", "zh") == "en"
    if default_language(None, "en") == "en":  # on a non-Chinese system locale
        assert default_language(None, "zh") == "zh"


def test_the_bundled_font_renders_chinese_as_a_fallback_of_the_app_font(qapp):
    families = bundled_cjk_families()
    assert families, "resources/fonts/wqy-microhei.ttf did not register"
    bundled = QFont(families[0])
    assert QFontInfo(bundled).family() == families[0]
    assert QFontMetrics(bundled).inFontUcs4(ord("画"))
    before = qapp.font()
    try:
        font = apply_app_font(qapp)
        assert families[0] in font.families()[1:]
        assert font.families()[-1] == "Symbola"
        # Latin text keeps the system face; the CJK font is only the fallback.
        assert QFontInfo(font).family() == font.families()[0]
        assert qapp.font().families() == font.families()
        assert font.pointSizeF() >= 10
    finally:
        qapp.setFont(before)


def test_the_canvas_font_chain_has_a_glyph_for_every_script(qapp):
    """Emoji, Arabic, Hebrew, Thai and Devanagari render from the bundled fallback chain."""
    from ecanvas.ui.canvas import style
    from ecanvas.ui.fonts import bundled_fallback_families

    assert set(style.SCRIPT_FAMILIES) <= set(bundled_fallback_families())
    families = style.font(14).families()
    for char in "画🍵مשกन":
        assert any(QFontMetrics(QFont(family)).inFontUcs4(ord(char)) for family in families), char
