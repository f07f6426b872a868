"""What a user meets in the menus, in either language: each entry has its text, each menu gives
each entry a mnemonic of its own, tooltips show no mnemonic marks, and no key does two things
where both could answer it."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget
from window_helpers import add_cards, close_window, make_window
from workshop_helpers import open_workshop

from ecanvas.ui.literal import plain_text

LANGUAGES = ("en", "zh")
# Menu entries named after what they are, the same in every language.
UNTRANSLATED = {"English", "简体中文"}


@pytest.fixture(params=LANGUAGES)
def window(request, qtbot, store, tmp_path):
    win = make_window(qtbot, store, tmp_path, request.param)
    yield win
    close_window(win)


def menus_of(window) -> list[QMenu]:
    """The menu bar's menus and their sub-menus."""
    found, waiting = [], [a.menu() for a in window.menuBar().actions()]
    while waiting:
        menu = waiting.pop()
        found.append(menu)
        waiting += [a.menu() for a in menu.actions() if a.menu() is not None]
    return found


def entries(menu: QMenu) -> list[QAction]:
    return [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def test_each_menu_gives_each_entry_a_mnemonic_of_its_own(window):
    for menu in [window.menuBar(), *menus_of(window)]:
        keys = [(mnemonic(a.text()), a.text()) for a in entries(menu)]
        keys = [(key, text) for key, text in keys if text not in UNTRANSLATED]
        assert all(key for key, _ in keys), (menu.title(), keys)
        letters = [key for key, _ in keys]
        assert len(letters) == len(set(letters)), (menu.title(), keys)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_workshop_menu_gives_each_entry_a_mnemonic_of_its_own(qtbot, store, tmp_path,
                                                                    language):  # fmt: skip
    window, workshop = open_workshop(qtbot, store, tmp_path, language)
    try:
        for silent in (False, True):  # "Start Silent Brainstorm" becomes "Reveal Cards"
            workshop.actions.set_silent_text(silent)
            keys = [(mnemonic(a.text()), a.text()) for a in entries(workshop.menu)]
            letters = [key for key, _ in keys if key]
            assert len(letters) >= 15 and len(letters) == len(set(letters)), keys
    finally:
        close_window(window)


def test_every_menu_entry_has_a_text_in_the_window_language(window):
    english = re.compile(r"[A-Za-z]{3,}")
    for menu in menus_of(window):
        for entry in entries(menu):
            text = plain_text(entry.text())
            assert text.strip(), (menu.title(), entry.objectName())
            if window.language == "zh" and text not in UNTRANSLATED:
                words = english.sub("", text.replace("PDF", "").replace("JSON", ""))
                assert re.search(r"[\u4e00-\u9fff]", words), (menu.title(), text)


def test_tooltips_carry_no_mnemonic_marks(window):
    """The tool bar shows them: "Add Canvas (Ctrl+T)", "添加画布 (Ctrl+T)", never "添加画布(A)"."""
    for entry in window.findChildren(QAction, options=Qt.FindChildOption.FindChildrenRecursively):
        if not entry.objectName().startswith("action_"):
            continue
        tip = entry.toolTip()
        assert "&" not in tip.replace("&&", ""), (entry.objectName(), tip)
        assert not re.search(r"\S\([A-Z]\)", tip), (entry.objectName(), tip)  # "画布(A)"


def test_the_export_dialog_title_has_no_mnemonic_mark(window, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    titles = []

    def cancel(_parent, title, *_args, **_kwargs):
        titles.append(title)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancel)
    window.findChild(QAction, "action_export_pptx").trigger()
    assert titles and "&" not in titles[0] and not re.search(r"\S\([A-Z]\)", titles[0]), titles


def test_the_view_menu_holds_the_workshop(window):
    names = [a.objectName() for a in window.menus.view.actions()]
    assert "action_workshop" in names


def test_no_key_does_two_things_in_the_main_window(window):
    """Two actions may share a key only when each answers it in a widget of its own (Delete
    deletes cards on the canvas and canvases in the canvas list)."""
    by_key: dict[str, set[QAction]] = {}
    for entry in window.findChildren(QAction):
        for sequence in entry.shortcuts():
            by_key.setdefault(sequence.toString(), set()).add(entry)
    for key, sharing in by_key.items():
        if len(sharing) > 1:
            scopes = sorted(str(a.property("scope")) for a in sharing)
            names = sorted(a.objectName() for a in sharing)
            assert "window" not in scopes and "None" not in scopes, (key, names)
            assert len(set(scopes)) == len(scopes), (key, names)


def test_no_key_does_two_things_in_the_workshop(qtbot, store, tmp_path):
    window, workshop = open_workshop(qtbot, store, tmp_path)
    try:
        # The keys that work: those of actions added to the window or a widget in it (the
        # window's own `actions` attribute is its WorkshopActions, hence QWidget.actions).
        widgets = [workshop, *workshop.findChildren(QWidget)]
        live = {a for w in widgets if not isinstance(w, QMenu) for a in QWidget.actions(w)}
        owners: dict[str, list[str]] = {}
        for entry in live:
            for sequence in entry.shortcuts():
                owners.setdefault(sequence.toString(), []).append(entry.objectName())
        assert {k: v for k, v in owners.items() if len(v) > 1} == {}
    finally:
        close_window(window)


def test_the_card_menu_lists_cut_copy_and_duplicate_as_the_edit_menu_does(
    qtbot, store, canvas, tmp_path
):
    window = make_window(qtbot, store, tmp_path)
    try:
        card = add_cards(store, canvas.id, "value-proposition", "Fresh tea")[0]
        scene = window.tabs.current_view().canvas_scene
        menu = scene.menus.menu_for(QPointF(scene.card_items[card.id].sceneBoundingRect().center()))
        shared = {"action_cut", "action_copy", "action_paste", "action_duplicate", "action_delete"}
        order = [a.objectName() for a in menu.actions() if a.objectName() in shared]
        edit = [a.objectName() for a in window.menus.edit.actions()]
        assert order == sorted(order, key=edit.index)
        assert order == ["action_cut", "action_copy", "action_duplicate", "action_delete"]
    finally:
        close_window(window)


@pytest.mark.parametrize(
    ("text", "plain"),
    [("&Export PDF…", "Export PDF…"), ("导出 PDF(&E)…", "导出 PDF…"), ("R&&D &Notes", "R&D Notes"),
     ("撤销(&U)“移动卡片”", "撤销“移动卡片”"), ("Canvas as P&NG Image…", "Canvas as PNG Image…")],
)  # fmt: skip
def test_plain_text_drops_the_mnemonic_in_either_style(text, plain):
    assert plain_text(text) == plain


def test_user_text_shows_as_typed_on_buttons(qtbot, store, tmp_path):
    """A button, radio button or check box takes "&" as a mnemonic: "R&D" would show "RD" with
    an underlined D, and the template block "Market & customers" as "Market _customers"."""
    from ecanvas.ui.versions.snapshot_dialogs import TakeSnapshotDialog
    from ecanvas.ui.workshop.dialogs import RoundDialog

    snapshot = TakeSnapshotDialog("R&D plan", 2, "Monday")
    qtbot.addWidget(snapshot)
    assert "R&&D plan" in snapshot.this_canvas.text()
    round_dialog = RoundDialog("Market & customers", "R&D plan")
    qtbot.addWidget(round_dialog)
    texts = [button.text() for button in round_dialog.scopes.buttons()]
    assert "Market && customers" in texts[0] and "R&&D plan" in texts[1]
    person = store.add_participant("Tom & Jerry")
    window, workshop = open_workshop(qtbot, store, tmp_path)
    try:
        # The bar follows the store once the canvas has painted.
        qtbot.waitUntil(lambda: person.id in workshop.participants.chips)
        assert "Tom && Jerry" in workshop.participants.chips[person.id].text()
    finally:
        close_window(window)
