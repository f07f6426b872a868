"""Constants and small helpers that used to be copied have one source each: the colour rule,
the list of languages, the same-file check and the "open it read-only instead?" question."""

from __future__ import annotations

from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "ecanvas"

# (what, a text that only its one home may contain, that home)
ONE_HOME = [
    ("the colour rule", "0-9A-Fa-f]{6}", "model/colours.py"),
    ("the language list", '("en", "zh")', "model/entities.py"),
    ("the same-file check", "samestat(", "outputs.py"),
    ("the same-file check", "samefile(", None),
    ("the read-only offer", "Open it read-only instead?", "ui/workspace_files.py"),
]


@pytest.mark.parametrize(("what", "text", "home"), ONE_HOME)
def test_each_has_one_home(what, text, home):
    found = sorted(
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if text in path.read_text(encoding="utf-8")
    )
    assert found == ([home] if home else []), f"{what} is written in {found}"


def test_the_ui_listens_to_the_store_only_through_store_binding():
    ui = PACKAGE / "ui"
    found = sorted(
        str(path.relative_to(PACKAGE))
        for path in ui.rglob("*.py")
        if ".subscribe(" in path.read_text(encoding="utf-8")
    )
    assert found == ["ui/store_binding.py"], f"hand-written subscriptions in {found}"
