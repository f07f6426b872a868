"""Opening a workspace stays off SQLAlchemy (start-up speed); the first write loads it."""

from __future__ import annotations

import subprocess
import sys

from ecanvas.store import create_workspace

PROBE = """
import sys
from ecanvas.store import open_workspace
store = open_workspace(sys.argv[1])
print("after-open", "sqlalchemy" in sys.modules, "sqlmodel" in sys.modules)
store.rename_canvas(store.workspace.canvases[0].id, "renamed")
print("after-write", "sqlalchemy" in sys.modules)
store.close()
"""


def test_open_reads_without_sqlalchemy_and_first_write_loads_it(tmp_path):
    path = tmp_path / "lazy.ecanvas"
    with create_workspace(path) as store:
        store.add_canvas("swot")
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(path)], capture_output=True, text=True, check=True
    )
    assert result.stdout.split("\n")[:2] == ["after-open False False", "after-write True"]
    from ecanvas.store import open_workspace

    with open_workspace(path, read_only=True) as reopened:
        assert reopened.workspace.canvases[0].title == "renamed"


def test_warm_up_prepares_the_writer_and_is_harmless_read_only(tmp_path):
    path = tmp_path / "warm.ecanvas"
    create_workspace(path).close()
    from ecanvas.store import open_workspace

    with open_workspace(path) as store:
        store.warm_up()
        store.set_properties(title="warm")
    with open_workspace(path, read_only=True) as store:
        store.warm_up()
        assert store.workspace.title == "warm"
