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


@pytest.mark.parametrize(
    "argv", [[], ["--read-only"], ["--workshop"], ["--workshop", "--read-only", "--workshop"]]
)
def test_the_app_options_are_read_as_the_full_parser_reads_them(argv):
    """Starting the app skips building every command's parser (start-up time); the options it
    reads are the same as the full parser's."""
    from ecanvas.cli import _gui_arguments, build_parser

    fast, full = _gui_arguments(argv), build_parser().parse_args(argv)
    assert fast is not None
    for name in ("run", "path", "read_only", "workshop"):
        assert getattr(fast, name) == getattr(full, name)


@pytest.mark.parametrize("argv", [["--read"], ["-h"], ["--version"], ["--bogus"], ["templates"]])
def test_anything_else_goes_to_the_full_parser(argv):
    """Abbreviations, help, the version, unknown options and commands keep argparse's answers."""
    from ecanvas.cli import _gui_arguments

    assert _gui_arguments(argv) is None


def test_an_abbreviated_option_still_starts_the_app(run, app_calls, small_workspace):
    assert run("--read", small_workspace).code == 7
    assert app_calls == [(small_workspace, True)]
