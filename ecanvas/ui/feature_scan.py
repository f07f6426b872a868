"""Spare PySide6 reading the source of every ecanvas module at start-up.

PySide6 watches every import made after it is loaded, and reads the whole source of each newly
imported module (``inspect.getsource``) to learn whether the module uses PySide6, for its
optional ``from __feature__ import snake_case, true_property`` switches. For the app's ~150
modules that is a noticeable share of the start-up (benchmarks/ui.py). ecanvas uses none of
those switches (tests/ui/test_feature_scan.py keeps it so), so its modules are entered in
PySide6's table up front as "no switch": the UI's modules as using PySide6 (0), the other
layers, which import no Qt (the import-linter contracts in pyproject.toml), as not using it
(-1), and the standard library's top-level modules as not using it (-1). Either value means no
switch; PySide6 never reads those sources.

The table is PySide6's own (``shibokensupport.feature.pyside_feature_dict``); when a PySide6
version has no such table this does nothing and PySide6 reads the sources as before. A bundled
app has no source files to list, and PySide6's reading fails fast there anyway.
"""

from __future__ import annotations

import os
import sys

import PySide6  # noqa: F401 - loads shiboken's feature support, which owns the table

USES_PYSIDE, NO_PYSIDE = 0, -1


def enter_own_modules() -> int:
    """Enter every ecanvas module found beside this package, and the standard library's
    top-level modules, in PySide6's feature table (the ones already there are left as they
    are); returns how many were entered."""
    table = getattr(sys.modules.get("shibokensupport.feature"), "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return 0
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the ecanvas package
    entered = 0
    for name in _module_names(root):
        if name not in table:
            uses = name == "ecanvas.ui" or name.startswith("ecanvas.ui.")
            table[name] = USES_PYSIDE if uses else NO_PYSIDE
            entered += 1
    for name in sys.stdlib_module_names:
        if name not in table:
            table[name] = NO_PYSIDE
            entered += 1
    return entered


def _module_names(root: str) -> list[str]:
    names = []
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = [s for s in subfolders if s.isidentifier()]  # no __pycache__, data
        relative = os.path.relpath(folder, os.path.dirname(root)).replace(os.sep, ".")
        for file in files:
            if file.endswith(".py"):
                stem = file[:-3]
                names.append(relative if stem == "__init__" else f"{relative}.{stem}")
    return names
