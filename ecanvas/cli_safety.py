"""``ecanvas repair``, ``ecanvas backups`` and ``ecanvas restore``: getting work back.

- ``repair DAMAGED -o NEW.ecanvas`` saves every readable row of a damaged (or tampered)
  workspace into a new file and lists what was repaired and what could not be saved;
- ``backups WORKSPACE [--json]`` lists the automatic backups of a workspace (time, canvases,
  cards), newest first; it works even when the workspace itself is gone;
- ``restore BACKUP -o NEW.ecanvas`` makes a new workspace from one of them.

None of them writes over an existing file or changes the file it reads.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

EXIT_OK = 0


def add_safety_commands(commands) -> None:
    repair = commands.add_parser(
        "repair",
        help="save every readable row of a damaged workspace into a new file",
        description="Read DAMAGED (only read: it is never changed) and write every readable "
        "canvas, block, card and link into NEW.ecanvas; then list what was repaired and what "
        "could not be saved. Exit status 0 when the new file was written.",
    )
    repair.add_argument("path", type=Path, metavar="DAMAGED", help="the damaged .ecanvas file")
    repair.add_argument("-o", "--output", type=Path, required=True, metavar="NEW.ecanvas",
                        help="the new workspace to write (must not exist)")  # fmt: skip
    repair.add_argument("--json", action="store_true", help="print the result as JSON")
    repair.set_defaults(run=run_repair)

    backups = commands.add_parser(
        "backups",
        help="list the automatic backups of a workspace",
        description="List the backups ecanvas made of WORKSPACE (when it was opened, every few "
        "minutes while it changed, and when it was closed), newest first.",
    )
    backups.add_argument("path", type=Path, metavar="WORKSPACE", help="an .ecanvas file")
    backups.add_argument("--json", action="store_true", help="print JSON instead of a table")
    backups.set_defaults(run=run_backups)

    restore = commands.add_parser(
        "restore",
        help="make a new workspace from a backup",
        description="Copy BACKUP (a path from 'ecanvas backups') into a new workspace file.",
    )
    restore.add_argument("path", type=Path, metavar="BACKUP", help="a backup .ecanvas file")
    restore.add_argument("-o", "--output", type=Path, required=True, metavar="NEW.ecanvas",
                         help="the new workspace to write (must not exist)")  # fmt: skip
    restore.set_defaults(run=run_restore)


def damage_lines(damage) -> list[str]:
    """One line per damaged row, left-out rows first."""
    ordered = sorted(damage, key=lambda d: d.kept)
    return [d.describe() for d in ordered]


def warn_about_damage(path, damage, doing: str) -> None:
    """A warning line on stderr when a command works on a workspace with damaged rows."""
    if not damage:
        return
    left_out = sum(1 for d in damage if not d.kept)
    print(
        f"ecanvas: warning: {path}: {len(damage)} damaged rows ({left_out} left out of "
        f"{doing}); see 'ecanvas info {path}', and 'ecanvas repair' to save a repaired copy",
        file=sys.stderr,
    )


def run_repair(args: argparse.Namespace) -> int:
    from ecanvas.outputs import check_output
    from ecanvas.store.repair import repair_workspace

    check_output(args.output, replace=False)
    result = repair_workspace(args.path, args.output)
    if args.json:
        print(json.dumps({
            "source": str(args.path),
            "output": str(result.target),
            "canvases": len(result.workspace.canvases),
            "cards": result.workspace.card_count,
            "repaired": [damage_json(d) for d in result.repaired],
            "left_out": [damage_json(d) for d in result.left_out],
        }, ensure_ascii=False, indent=2))  # fmt: skip
        return EXIT_OK
    ws = result.workspace
    print(f"wrote {result.target}: {len(ws.canvases)} canvases, {ws.card_count} cards")
    if not result.damage:
        print("nothing was damaged")
    if result.repaired:
        print(f"repaired and kept ({len(result.repaired)}):")
        for line in damage_lines(result.repaired):
            print(f"  {line}")
    if result.left_out:
        print(f"could not be saved ({len(result.left_out)}):")
        for line in damage_lines(result.left_out):
            print(f"  {line}")
    return EXIT_OK


def damage_json(damage) -> dict:
    return {
        "table": damage.table,
        "id": damage.row_id,
        "canvas": damage.canvas,
        "label": damage.label,
        "column": damage.column,
        "problem": damage.problem,
        "kept": damage.kept,
    }


def run_backups(args: argparse.Namespace) -> int:
    from ecanvas.store.backups import backup_folder_for, describe_backups

    found = describe_backups(args.path)
    if args.json:
        print(json.dumps([b.as_json() for b in found], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not found:
        print(f"no backups of {args.path} (they would be in {backup_folder_for(args.path)})")
        return EXIT_OK
    print(f"{len(found)} backups of {args.path}, newest first:")
    for info in found:
        made = info.made.strftime("%Y-%m-%d %H:%M:%S") if info.made else "?"
        holds = (
            f"{info.canvases} canvases, {info.cards} cards"
            if info.canvases is not None else "cannot be read"
        )  # fmt: skip
        print(f"  {made}  {holds:<28} {info.path}")
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    from ecanvas.outputs import check_output
    from ecanvas.store.backups import restore_backup

    check_output(args.output, replace=False)
    written = restore_backup(args.path, args.output)
    print(f"restored {args.path} into {written}")
    return EXIT_OK
