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


@pytest.fixture(autouse=True)
def widgets_live_until_teardown(qtbot, monkeypatch):
    """Keep every widget a test shows alive until its teardown, then delete it there.

    pytest-qt holds widgets weakly: once a test returns, a view kept only by reference cycles
    (signal connections) could be collected by Python's garbage collector in the middle of
    later event processing, while it is still on screen; that crashed the run now and then.
    """
    import shiboken6

    kept = []
    add_widget = qtbot.addWidget

    def keep_and_add(widget, *args, **kwargs):
        kept.append(widget)
        return add_widget(widget, *args, **kwargs)

    monkeypatch.setattr(qtbot, "addWidget", keep_and_add)
    yield
    for widget in reversed(kept):
        if shiboken6.isValid(widget):
            scene = getattr(widget, "canvas_scene", None)
            if scene is not None and shiboken6.isValid(scene):
                scene.detach()
            widget.close()
            shiboken6.delete(widget)
    kept.clear()


@pytest.fixture
def zh_ui(qapp):
    """The UI in Simplified Chinese for one test, English again afterwards."""
    from ecanvas.ui.i18n import UiLanguage

    language = UiLanguage(qapp)
    language.apply("zh")
    yield language
    language.apply("en")
