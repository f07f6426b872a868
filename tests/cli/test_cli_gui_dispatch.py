"""Without a command, ecanvas starts the app: on the default workspace, or on the PATH given."""

from __future__ import annotations

import sys
import types

import pytest

from ecanvas.store.defaults import default_workspace_path


@pytest.fixture
def app_calls(monkeypatch):
    """Stand in for ecanvas.ui.app so the dispatch is checked without starting Qt."""
    calls = []

    def run_app(path, *, read_only=False, workshop=False):
        calls.append((path, read_only) + (("workshop",) if workshop else ()))
        return 7

    module = types.ModuleType("ecanvas.ui.app")
    module.run_app = run_app
    monkeypatch.setitem(sys.modules, "ecanvas.ui.app", module)
    return calls


def test_no_arguments_leaves_the_default_workspace_to_the_app(run, app_calls):
    """The app makes the default workspace itself, so the worked example is in its UI language
    (tests/ui/test_app_start.py); the command line only hands over."""
    result = run()
    assert result.code == 7
    assert app_calls == [(None, False)]


def test_a_path_opens_that_workspace(run, app_calls, small_workspace):
    assert run(small_workspace).code == 7
    assert run("--read-only", small_workspace).code == 7
    assert app_calls == [(small_workspace, False), (small_workspace, True)]
    assert not default_workspace_path().exists()


def test_workshop_starts_the_app_in_workshop_mode(run, app_calls, small_workspace):
    assert run(small_workspace, "--workshop").code == 7
    assert run("--workshop", small_workspace).code == 7
    assert app_calls == [(small_workspace, False, "workshop")] * 2


def test_a_missing_path_is_refused_before_the_app_starts(run, app_calls, tmp_path):
    result = run(tmp_path / "nothing.ecanvas")
    assert result.code == 1
    assert str(tmp_path / "nothing.ecanvas") in result.error_line
    assert app_calls == []


def test_a_mistyped_command_gets_a_hint(run, app_calls):
    result = run("tempaltes")
    assert result.code == 1
    assert "did you mean 'ecanvas templates'" in result.error_line
    assert app_calls == []
