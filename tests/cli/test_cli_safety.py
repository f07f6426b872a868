"""The command line on damaged, tampered, interrupted and full-disk workspaces: one line, a
documented exit status, never a traceback; and repair, backups, restore."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import textwrap

import pytest
from cli_helpers import sha256

from ecanvas.store import create_workspace, open_workspace

INTERRUPTED_COMMIT = """
import os, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA cache_size = 2")  # spill changed pages into the file early
connection.execute("BEGIN")
connection.execute("UPDATE card SET text = 'half-written ' || id")
connection.execute("DELETE FROM card")
os._exit(0)  # dies mid-transaction, leaving a hot journal
"""


@pytest.fixture
def interrupted(tmp_path):
    """A workspace of many cards whose writer died mid-transaction (a hot journal beside it)."""
    path = tmp_path / "interrupted.ecanvas"
    with create_workspace(path, title="Interrupted") as store:
        canvas = store.add_canvas("swot")
        drafts = [{"block_id": canvas.blocks[0].id, "text": f"card {i} " + "x" * 400}
                  for i in range(200)]  # fmt: skip
        store.add_cards(canvas.id, drafts)
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(INTERRUPTED_COMMIT), str(path)])
    assert done.returncode == 0
    journal = path.with_name(path.name + "-journal")
    assert journal.stat().st_size > 0
    return path


def test_read_only_commands_read_a_recovered_copy_of_an_interrupted_file(
    run, interrupted, tmp_path
):
    journal = interrupted.with_name(interrupted.name + "-journal")
    digests = sha256(interrupted), sha256(journal)
    info = run("info", interrupted, "--json")
    assert info.code == 0, info.err
    data = json.loads(info.out)
    assert data["total_cards"] == 200 and "private copy" in data["read_from"]
    assert run("info", interrupted).out.count("Read from:") == 1
    exported = run("export", interrupted, "-o", tmp_path / "out.json")
    assert exported.code == 0, exported.err
    document = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert len(document["canvases"][0]["cards"]) == 200
    reported = run("report", interrupted, "-o", tmp_path / "out.pdf", "--sections", "cards")
    assert reported.code == 0, reported.err
    assert (sha256(interrupted), sha256(journal)) == digests  # the original is only read


def damaged(small_workspace, tmp_path):
    target = tmp_path / "damaged.ecanvas"
    shutil.copy2(small_workspace, target)
    connection = sqlite3.connect(target)
    connection.execute("UPDATE card SET text = CAST(x'ff41' AS TEXT) WHERE id = 1")
    connection.execute("UPDATE card SET block_id = 999 WHERE id = 2")
    connection.commit()
    connection.close()
    return target


def test_info_names_the_damaged_rows(run, small_workspace, tmp_path):
    target = damaged(small_workspace, tmp_path)
    result = run("info", target)
    assert result.code == 0 and result.err == ""
    assert "Damaged rows:   2 (repair with 'ecanvas repair" in result.out
    assert 'canvas "Design", card 2 “产地直供”: what it belongs to is missing' in result.out
    data = json.loads(run("info", target, "--json").out)
    assert [(d["table"], d["id"], d["kept"]) for d in data["damage"]] == [
        ("card", 1, True),
        ("card", 2, False),
    ]


def test_export_and_report_of_a_damaged_workspace_warn_in_one_line(run, small_workspace,
                                                                   tmp_path):  # fmt: skip
    target = damaged(small_workspace, tmp_path)
    result = run("export", target, "-o", tmp_path / "out.json")
    assert result.code == 0
    [warning] = result.err.splitlines()
    assert warning.startswith(f"ecanvas: warning: {target}: 2 damaged rows (1 left out")


def test_repair_writes_a_new_file_and_lists_what_could_not_be_saved(run, small_workspace,
                                                                    tmp_path):  # fmt: skip
    target = damaged(small_workspace, tmp_path)
    digest = sha256(target)
    result = run("repair", target, "-o", tmp_path / "fixed.ecanvas")
    assert result.code == 0, result.err
    assert result.out.splitlines()[0] == f"wrote {tmp_path / 'fixed.ecanvas'}: 2 canvases, 2 cards"
    assert "repaired and kept (1):" in result.out and "could not be saved (1):" in result.out
    assert sha256(target) == digest
    with open_workspace(tmp_path / "fixed.ecanvas") as store:
        assert not store.read_only and store.damage == []
    again = run("repair", target, "-o", tmp_path / "fixed.ecanvas")
    assert again.code == 1 and "already exists" in again.error_line


def test_tampered_file_one_line_and_repair(run, small_workspace, tmp_path):
    connection = sqlite3.connect(small_workspace)
    connection.execute("CREATE TRIGGER t AFTER UPDATE ON card BEGIN DELETE FROM card; END")
    connection.commit()
    connection.close()
    digest = sha256(small_workspace)
    for command in (("info",), ("export", "-o", tmp_path / "x.json")):
        result = run(command[0], small_workspace, *command[1:])
        assert result.code == 1
        assert "another program changed the structure" in result.error_line
        assert "ecanvas repair" in result.error_line
    fixed = run("repair", small_workspace, "-o", tmp_path / "fixed.ecanvas", "--json")
    assert json.loads(fixed.out)["cards"] == 3
    assert sha256(small_workspace) == digest


def test_backups_and_restore(run, small_workspace, tmp_path):
    from ecanvas.store.backups import make_backup

    assert "no backups of" in run("backups", small_workspace).out
    with open_workspace(small_workspace) as store:
        first = make_backup(store)
    listed = run("backups", small_workspace)
    assert listed.code == 0 and "1 backups of" in listed.out and "2 canvases, 3 cards" in listed.out
    [entry] = json.loads(run("backups", small_workspace, "--json").out)
    assert (entry["path"], entry["canvases"], entry["cards"]) == (str(first), 2, 3)
    restored = run("restore", first, "-o", tmp_path / "restored.ecanvas")
    assert restored.code == 0, restored.err
    with open_workspace(tmp_path / "restored.ecanvas") as store:
        assert store.workspace.title == "Small plan" and store.workspace.card_count == 3
    refused = run("restore", first, "-o", small_workspace)
    assert refused.code == 1 and "already exists" in refused.error_line


def test_an_internal_error_is_one_line_with_a_crash_report(run, small_workspace, monkeypatch,
                                                           isolated_user_files):  # fmt: skip
    import ecanvas.cli as cli

    def broken(args):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(cli, "_run_info", broken)
    parser = cli.build_parser
    monkeypatch.setattr(
        cli, "build_parser",
        lambda: _with_info(parser(), broken),
    )  # fmt: skip
    result = run("info", small_workspace)
    assert result.code == 70
    line = result.error_line
    assert line.startswith("ecanvas: internal error (ZeroDivisionError: a bug); details in ")
    report = line.rsplit("details in ", 1)[1]
    with open(report, encoding="utf-8") as stream:
        assert "Traceback" in stream.read()
    assert "Traceback" not in result.err


def _with_info(parser, run_info):
    for action in parser._subparsers._group_actions:
        action.choices["info"].set_defaults(run=run_info)
    return parser


def test_exit_statuses_are_documented(run):
    help_text = run("--help").out
    assert "3  the storage failed: disk full, I/O error, read-only disk, lost lock" in help_text
    assert "70 an internal error" in help_text


# ---------------------------------------------------------------- a full disk
@pytest.fixture
def on_small_disk(small_disk, small_workspace, tmp_path):
    """The small workspace and a JSON export of it on a small disk, then the disk filled."""
    workspace = small_disk.folder / "small.ecanvas"
    shutil.copy2(small_workspace, workspace)
    document = small_disk.folder / "small.json"
    subprocess.run([sys.executable, "-m", "ecanvas", "export", str(workspace), "-o",
                    str(document)], check=True, capture_output=True)  # fmt: skip
    small_disk.fill()
    return small_disk, workspace, document


@pytest.mark.parametrize("command", ["new", "import", "export", "report"])
def test_a_full_disk_is_one_line_exit_3_and_leaves_nothing(run, on_small_disk, command):
    disk, workspace, document = on_small_disk
    folder = disk.folder
    before = sorted(p.name for p in folder.iterdir())
    digest = sha256(workspace)
    args = {
        "new": ("new", folder / "new.ecanvas", "--template", "business-model-canvas"),
        "import": ("import", document, "-o", folder / "imported.ecanvas"),
        "export": ("export", workspace, "-o", folder / "out.md"),
        "report": ("report", workspace, "-o", folder / "out.pdf"),
    }[command]
    result = run(*args)
    assert result.code == 3, result.err
    assert "disk is full" in result.error_line
    assert sorted(p.name for p in folder.iterdir()) == before
    assert sha256(workspace) == digest


# ---------------------------------------------------------------- logos
def test_logo_limits_on_the_command_line_and_at_import(run, small_workspace, tmp_path):
    import base64

    from test_logo_limits_data import big_photo, pixel_bomb

    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(pixel_bomb())
    result = run("new", tmp_path / "n.ecanvas", "--template", "swot", "--logo", bomb)
    assert result.code == 1
    assert result.error_line.endswith("the logo has more than 40 million pixels (100000 × 100000)")
    result = run("report", small_workspace, "-o", tmp_path / "r.pdf", "--logo", bomb)
    assert result.code == 1 and "more than 40 million pixels" in result.error_line
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(big_photo())
    assert run("new", tmp_path / "p.ecanvas", "--template", "swot", "--logo", photo).code == 0
    with open_workspace(tmp_path / "p.ecanvas") as store:
        assert len(store.workspace.logo) < len(photo.read_bytes()) // 4  # kept at 1024 px
    document = tmp_path / "doc.json"
    assert run("export", small_workspace, "-o", document).code == 0
    data = json.loads(document.read_text(encoding="utf-8"))
    data["workspace"]["logo"] = base64.b64encode(pixel_bomb()).decode()
    document.write_text(json.dumps(data), encoding="utf-8")
    result = run("import", document, "-o", tmp_path / "i.ecanvas")
    assert result.code == 1
    assert "more than 40 million pixels" in result.error_line
    assert result.error_line.endswith("at $.workspace.logo")


@pytest.mark.parametrize("command", ["new", "import", "export", "report"])
def test_a_file_size_limit_is_one_line_exit_3_without_root(small_workspace, tmp_path, command):
    """Where no small file system can be mounted: a child whose files may not grow past a few
    kilobytes meets the same failure as on a full disk, and says so in one line."""
    from small_disk import limited_run

    document = tmp_path / "small.json"
    subprocess.run([sys.executable, "-m", "ecanvas", "export", str(small_workspace), "-o",
                    str(document)], check=True, capture_output=True)  # fmt: skip
    before = sorted(p.name for p in tmp_path.iterdir())
    args = {
        "new": ["new", str(tmp_path / "n.ecanvas"), "--template", "business-model-canvas"],
        "import": ["import", str(document), "-o", str(tmp_path / "i.ecanvas")],
        "export": ["export", str(small_workspace), "-o", str(tmp_path / "o.md")],
        "report": ["report", str(small_workspace), "-o", str(tmp_path / "o.pdf")],
    }[command]
    done = limited_run(args, {"export": 256, "report": 4096}.get(command, 16384))
    assert done.returncode == 3, done.stderr
    [line] = done.stderr.splitlines()
    assert line.startswith("ecanvas: ") and "Traceback" not in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == before
