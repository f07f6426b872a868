"""Fixtures for UI tests: a fresh workspace file per test and an undo stack."""

from __future__ import annotations

import pytest

from ecanvas.store import create_workspace


@pytest.fixture
def store(tmp_path):
    """A workspace with one Business model design canvas and no cards."""
    ws = create_workspace(tmp_path / "ui.ecanvas", title="UI test")
    ws.add_canvas("business-model-design")
    yield ws
    ws.close()


@pytest.fixture
def canvas(store):
    return store.workspace.canvases[0]


@pytest.fixture
def undo_stack(qtbot):
    from PySide6.QtGui import QUndoStack

    return QUndoStack()
