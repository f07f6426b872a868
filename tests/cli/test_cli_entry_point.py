"""The real entry point as a separate process, start-up imports, and exit codes."""

from __future__ import annotations

import subprocess
import sys

import pytest

from ecanvas import __version__
from ecanvas.model import catalog

HEAVY = (
    "PySide6",
    "reportlab",
    "sqlalchemy",
    "sqlmodel",
    "ecanvas.store",
    "ecanvas.report",
    "ecanvas.ui",
)
IMPORT_PROBE = """
import sys
from ecanvas.cli import main
code = main(sys.argv[1:])
heavy = sorted(m for m in sys.modules if m.startswith({heavy!r}))
print("HEAVY:", ",".join(heavy), file=sys.stderr)
sys.exit(code)
"""


def _ecanvas(*args, cwd) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ecanvas", *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", cwd=cwd, check=False,
    )  # fmt: skip


def test_version_through_python_dash_m(tmp_path):
    result = _ecanvas("--version", cwd=tmp_path)
    assert (result.returncode, result.stdout.strip(), result.stderr) == (
        0,
        f"ecanvas {__version__}",
        "",
    )


def test_a_garbage_file_exits_1_with_one_line(tmp_path):
    garbage = tmp_path / "garbage.ecanvas"
    garbage.write_bytes(b"\x00garbage" * 64)
    result = _ecanvas("info", garbage, cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"ecanvas: {garbage}: not an ecanvas workspace (the file is not an SQLite database)"
    ]


def test_a_usage_error_exits_2(tmp_path):
    result = _ecanvas("templates", "--lang", "fr", cwd=tmp_path)
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("argv", [["--version"], ["templates"], ["templates", "--json"]])
def test_light_commands_import_no_heavy_module(tmp_path, argv):
    probe = IMPORT_PROBE.format(heavy=HEAVY)
    result = subprocess.run(
        [sys.executable, "-c", probe, *argv],
        capture_output=True, text=True, encoding="utf-8", cwd=tmp_path, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout
    assert result.stderr.strip() == "HEAVY:"


def test_help_shows_examples(run):
    result = run("--help")
    assert result.code == 0
    assert "examples:" in result.out and "ecanvas report plan.ecanvas" in result.out


def test_ctrl_c_exits_130(run, monkeypatch):
    def interrupted():
        raise KeyboardInterrupt

    monkeypatch.setattr(catalog, "builtin_templates", interrupted)
    result = run("templates")
    assert result.code == 130
    assert result.error_line == "ecanvas: interrupted"


def test_internal_errors_are_not_hidden_but_never_a_traceback(run, monkeypatch):
    def broken():
        raise RuntimeError("a bug")

    monkeypatch.setattr(catalog, "builtin_templates", broken)
    result = run("templates")
    assert result.code == 70
    assert result.error_line.startswith("ecanvas: internal error (RuntimeError: a bug); details")


@pytest.mark.parametrize("command", ["new", "templates", "info", "export", "import", "report"])
def test_every_command_has_help(run, command):
    result = run(command, "--help")
    assert result.code == 0
    assert result.out.startswith(f"usage: ecanvas {command}")


def test_a_reader_that_leaves_early_ends_the_command_quietly():
    """`ecanvas templates | head -1`: no traceback, no error line, exit status 0."""
    import os
    import subprocess
    import sys

    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before ecanvas writes anything
    result = subprocess.run(
        [sys.executable, "-m", "ecanvas", "templates"],
        stdout=write_end,
        stderr=subprocess.PIPE,
        text=True,
        timeout=60,
    )
    os.close(write_end)
    assert (result.returncode, result.stderr) == (0, "")
