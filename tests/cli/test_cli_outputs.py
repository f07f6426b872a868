"""No command writes onto a workspace, a folder, a device or a pipe; an existing output is
replaced only with --force; a planted link at a temporary name is never followed."""

from __future__ import annotations

import os
import shutil

import pytest
from cli_helpers import sha256

WRITERS = {
    "report": lambda ws, out, *more: ("report", ws, "-o", out, "--sections", "summary", *more),
    "export": lambda ws, out, *more: ("export", ws, "-o", out, "--format", "json", *more),
}


@pytest.mark.parametrize("command", sorted(WRITERS))
def test_the_workspace_itself_is_refused_even_with_force(run, small_workspace, command):
    before = sha256(small_workspace)
    for force in ((), ("--force",)):
        result = run(*WRITERS[command](small_workspace, small_workspace, *force))
        assert result.code == 1
        assert "this is the open workspace" in result.error_line
        assert str(small_workspace) in result.error_line
    assert sha256(small_workspace) == before


@pytest.mark.parametrize("command", sorted(WRITERS))
def test_another_workspace_is_refused_by_content_whatever_its_name(
    run, small_workspace, tmp_path, command
):
    other = tmp_path / "other.pdf"
    shutil.copy2(small_workspace, other)
    before = sha256(other)
    result = run(*WRITERS[command](small_workspace, other, "--force"))
    assert result.code == 1
    assert "an ecanvas workspace already exists here" in result.error_line
    assert sha256(other) == before


@pytest.mark.parametrize("command", sorted(WRITERS))
def test_a_link_to_the_workspace_is_refused(run, small_workspace, tmp_path, command):
    link = tmp_path / "link.json"
    link.symlink_to(small_workspace)
    before = sha256(small_workspace)
    result = run(*WRITERS[command](small_workspace, link, "--force"))
    assert result.code == 1 and "open workspace" in result.error_line
    assert sha256(small_workspace) == before


@pytest.mark.parametrize("command", sorted(WRITERS))
def test_an_existing_output_is_replaced_only_with_force(run, small_workspace, tmp_path, command):
    output = tmp_path / ("out.pdf" if command == "report" else "out.file")
    output.write_bytes(b"keep me")
    result = run(*WRITERS[command](small_workspace, output))
    assert result.code == 1
    assert result.error_line.endswith("the file already exists; use --force to replace it")
    assert output.read_bytes() == b"keep me"
    result = run(*WRITERS[command](small_workspace, output, "--force"))
    assert result.code == 0, result.err
    assert output.read_bytes() != b"keep me"


@pytest.mark.parametrize("command", sorted(WRITERS))
def test_a_folder_a_device_and_a_fifo_are_refused(run, small_workspace, tmp_path, command):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    expected = {
        tmp_path: "this is a folder",
        fifo: "this is a device or a pipe",
        "/dev/null": "this is a device or a pipe",
    }
    for target, words in expected.items():
        result = run(*WRITERS[command](small_workspace, target, "--force"))
        assert result.code == 1
        assert words in result.error_line


def test_a_link_planted_at_a_temporary_name_is_not_followed(run, small_workspace, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    for pid in range(os.getpid() - 5, os.getpid() + 5):
        (tmp_path / f".plan.pdf.{pid}.partial").symlink_to(victim)
    (tmp_path / "plan.pdf.partial").symlink_to(victim)
    result = run(*WRITERS["report"](small_workspace, tmp_path / "plan.pdf"))
    assert result.code == 0, result.err
    assert victim.read_text() == "precious"


@pytest.mark.parametrize("command", ["new", "import"])
def test_new_workspaces_never_replace_a_file(run, small_workspace, tmp_path, command):
    source = tmp_path / "in.json"
    assert run("export", small_workspace, "-o", source).code == 0
    existing = tmp_path / "existing.ecanvas"
    existing.write_bytes(b"notes")
    args = (
        ("new", existing, "--template", "swot")
        if command == "new"
        else ("import", source, "-o", existing)
    )
    result = run(*args)
    assert result.code == 1
    assert "a file already exists at this path; choose another name" in result.error_line
    assert existing.read_bytes() == b"notes"


def test_force_is_documented(run):
    for command in WRITERS:
        result = run(command, "--help")
        assert "--force" in result.out and "never a workspace" in result.out


def test_a_batch_replaces_earlier_reports_only_with_force(run, small_workspace, tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    earlier = folder / "small.pdf"
    earlier.write_bytes(b"%PDF earlier")
    result = run("report", small_workspace, "--out-dir", folder)
    assert result.code == 1
    assert "already exists; use --force" in result.err
    assert earlier.read_bytes() == b"%PDF earlier"
    result = run("report", small_workspace, "--out-dir", folder, "--force")
    assert result.code == 0, result.err
    assert earlier.read_bytes() != b"%PDF earlier"
