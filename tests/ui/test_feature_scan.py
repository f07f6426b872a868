"""ecanvas tells PySide6 up front that its modules use no __feature__ switch (start-up time):
that must stay true, and the table must hold "no switch" for every module."""

from __future__ import annotations

import sys
from pathlib import Path

import ecanvas
from ecanvas.ui.feature_scan import NO_PYSIDE, USES_PYSIDE, enter_own_modules

PACKAGE = Path(ecanvas.__file__).parent


def test_no_ecanvas_module_selects_a_pyside_feature():
    """A module with ``from __feature__ import ...`` would need PySide6 to read it."""
    selecting = [
        path.relative_to(PACKAGE)
        for path in PACKAGE.rglob("*.py")
        if path.name != "feature_scan.py" and "__feature__" in path.read_text(encoding="utf-8")
    ]
    assert selecting == []


def test_every_module_is_entered_without_a_switch():
    import ecanvas.store
    import ecanvas.ui.app  # noqa: F401

    enter_own_modules()
    table = sys.modules["shibokensupport.feature"].pyside_feature_dict
    names = {
        ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__")
        for path in PACKAGE.rglob("*.py")
    }
    assert {"ecanvas.ui.app", "ecanvas.store.workspace", "ecanvas.model.entities"} <= names
    assert all(table[name] in (USES_PYSIDE, NO_PYSIDE) for name in names)
    assert table["ecanvas.ui.main_window"] == USES_PYSIDE
    assert table["ecanvas.store.workspace"] == NO_PYSIDE
    assert table["json"] == NO_PYSIDE
    assert enter_own_modules() == 0  # a second call changes nothing
