"""The import contracts in pyproject.toml bite: each layering violation below, injected into a
copy of the tree, makes `lint-imports` fail with the contract that forbids it.

A contract that never fails is decoration; this test is what keeps every contract honest when
someone relaxes one (an `allow_indirect_imports`, a layer dropped, a module allowed).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which(
    "lint-imports"
)

# (what it is, the file, the line added to it, the contract that must break)
INJECTIONS = [
    ("the model imports platformdirs through assets.py", "ecanvas/assets.py",
     "import platformdirs", "standard library only"),
    ("the model imports Qt through assets.py", "ecanvas/assets.py",
     "import PySide6.QtCore", "standard library only"),
    ("the canvas scene imports the main window", "ecanvas/ui/canvas/scene.py",
     "import ecanvas.ui.main_window", "Inside the UI"),
    ("the UI imports SQLAlchemy", "ecanvas/ui/canvas/view.py",
     "import sqlalchemy", "SQLAlchemy and SQLModel only in the store's SQL modules"),
    ("the undo commands import the scene", "ecanvas/ui/commands.py",
     "import ecanvas.ui.canvas.scene", "Inside the UI"),
    ("the store imports reportlab", "ecanvas/store/events.py",
     "import reportlab", "reportlab only in the report"),
    ("the report imports SQLAlchemy", "ecanvas/report/text.py",
     "import sqlalchemy", "No database in the exports"),
    ("the UI imports the store's SQL module", "ecanvas/ui/panels/inspector.py",
     "import ecanvas.store.sql", "The store's SQL modules only inside the store"),
    ("psycopg outside the server backend", "ecanvas/store/card_ops.py",
     "import psycopg", "psycopg only in the server backend"),
    ("reportlab in the UI", "ecanvas/ui/export_files.py",
     "import reportlab.pdfgen", "reportlab only in the report"),
]  # fmt: skip


def _copy_tree(target: Path) -> None:
    shutil.copytree(ROOT / "ecanvas", target / "ecanvas",
                    ignore=shutil.ignore_patterns("__pycache__", "resources"))  # fmt: skip
    shutil.copy2(ROOT / "pyproject.toml", target / "pyproject.toml")


def _lint(folder: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(folder)}  # the copy shadows the installed package
    return subprocess.run([LINT_IMPORTS, "--no-cache"], cwd=folder, env=env,
                          capture_output=True, text=True, timeout=120)  # fmt: skip


def _inject(folder: Path, file: str, line: str) -> None:
    path = folder / file
    text = path.read_text(encoding="utf-8")
    # After the module docstring and `from __future__` (which must stay first).
    anchor = "from __future__ import annotations\n"
    assert anchor in text, f"{file} has no `from __future__` line to inject after"
    path.write_text(text.replace(anchor, f"{anchor}{line}\n", 1), encoding="utf-8")


@pytest.mark.skipif(LINT_IMPORTS is None, reason="import-linter is not installed")
def test_each_injected_violation_breaks_its_contract(tmp_path: Path):
    clean = tmp_path / "clean"
    _copy_tree(clean)
    folders = []
    for number, (_what, file, line, _contract) in enumerate(INJECTIONS):
        folder = tmp_path / f"injection{number}"
        shutil.copytree(clean, folder)
        _inject(folder, file, line)
        folders.append(folder)
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(_lint, [clean, *folders]))
    untouched, *injected = results
    assert untouched.returncode == 0, untouched.stdout + untouched.stderr
    for (what, _file, _line, contract), result in zip(INJECTIONS, injected, strict=True):
        output = " ".join(result.stdout.split())
        assert result.returncode != 0, f"{what}: lint-imports passed\n{result.stdout}"
        broken = output.split("Broken contracts", 1)[-1]
        assert contract in broken, f"{what}: not caught by “{contract}”\n{result.stdout}"
