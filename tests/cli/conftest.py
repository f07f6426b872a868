"""Fixtures for command-line tests: run `main` in-process, and workspace files good and bad."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest

from ecanvas.cli import main
from ecanvas.store import SCHEMA_VERSION, create_workspace
from ecanvas.store.defaults import populate_example


@dataclass(frozen=True)
class Outcome:
    code: int
    out: str
    err: str

    @property
    def error_line(self) -> str:
        """The single stderr line of a refused command (fails when there is more than one)."""
        lines = self.err.splitlines()
        assert len(lines) == 1, self.err
        assert lines[0].startswith("ecanvas: "), self.err
        return lines[0]


@pytest.fixture
def run(capsys):
    """Call `ecanvas ARGS...` in this process and collect exit code, stdout and stderr."""

    def run_cli(*args: object) -> Outcome:
        code = main([str(arg) for arg in args])
        captured = capsys.readouterr()
        return Outcome(code, captured.out, captured.err)

    return run_cli


@pytest.fixture
def small_workspace(tmp_path) -> Path:
    """Two canvases with a few English and Chinese cards, a link and a block score."""
    path = tmp_path / "small.ecanvas"
    with create_workspace(path, title="Small plan", language="en") as store:
        store.set_properties(client="Acme Tea", author="Ann Author")
        design = store.add_canvas("business-model-design", title="Design")
        value = design.block_by_key("value-proposition").id
        revenue = design.block_by_key("revenue-model").id
        offer = store.add_card(design.id, value, "Fresh tea delivered weekly")
        store.add_card(design.id, value, "产地直供")
        price = store.add_card(design.id, revenue, "Subscription 99 yuan per month")
        store.add_link(price.id, offer.id)
        paths = store.add_canvas("strategic-paths", title="Paths")
        store.set_block_score(paths.blocks[0].id, 4)
    return path


@pytest.fixture(scope="session")
def example_master(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("example") / "example.ecanvas"
    with create_workspace(path, title="example") as store:
        populate_example(store)
    return path


@pytest.fixture
def example_workspace(example_master, tmp_path) -> Path:
    """A private copy of a workspace holding the whole worked example."""
    return Path(shutil.copy2(example_master, tmp_path / "example.ecanvas"))


@pytest.fixture
def bad_files(tmp_path, small_workspace) -> dict[str, Path]:
    """Files that are not usable workspaces, by kind."""
    folder = tmp_path / "bad"
    folder.mkdir()
    garbage = folder / "garbage.ecanvas"
    garbage.write_bytes(b"this is not a database \x00\xff" * 200)
    empty = folder / "empty.ecanvas"
    empty.write_bytes(b"")
    foreign = folder / "foreign.ecanvas"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE songs (title TEXT)")
    connection.commit()
    connection.close()
    newer = folder / "newer.ecanvas"
    shutil.copy2(small_workspace, newer)
    connection = sqlite3.connect(newer)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    return {
        "missing": folder / "missing.ecanvas",
        "garbage": garbage,
        "empty": empty,
        "foreign": foreign,
        "newer": newer,
    }
