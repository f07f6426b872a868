"""Versions on the command line: snapshots, comparing with one, merging canvases from another
workspace, and the user's own templates.

    ecanvas snapshot WORKSPACE --canvas ID --name NAME      (or --all)
    ecanvas snapshots WORKSPACE [--json]
    ecanvas diff WORKSPACE --canvas ID --snapshot NAME [--json]
    ecanvas merge SOURCE --into WORKSPACE [--canvas ID ...] [--as-new] [--keep-duplicates]
    ecanvas template save WORKSPACE --canvas ID --key KEY   (and import, export, rename, delete)

WORKSPACE is an .ecanvas file or a server URL. Errors are one line on stderr: exit status 1 for a
file or data problem, 2 for a bad option.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

MERGE_SNAPSHOT = {"en": "Before merging {file}", "zh": "合并 {file} 之前"}

DIFF_WORDS = {
    "en": {
        "title": "Changes of '{canvas}' [{id}] since {what}",
        "snapshot": "snapshot '{name}' ({time})",
        "canvas": "canvas '{name}' [{id}]",
        "none": "No changes.",
        "added": "Added", "removed": "Removed", "moved": "Moved to another block",
        "edited": "Edited", "links_added": "Links added", "links_removed": "Links removed",
        "counts": "{added} added, {removed} removed, {moved} moved, {edited} edited, "
                  "{links_added} links added, {links_removed} links removed",
    },
    "zh": {
        "title": "画布“{canvas}”[{id}] 自{what}以来的变化",
        "snapshot": "快照“{name}”（{time}）",
        "canvas": "画布“{name}”[{id}]",
        "none": "没有变化。",
        "added": "新增", "removed": "删除", "moved": "移到其他模块", "edited": "修改",
        "links_added": "新增连线", "links_removed": "删除连线",
        "counts": "新增 {added}，删除 {removed}，移动 {moved}，修改 {edited}，"
                  "新增连线 {links_added}，删除连线 {links_removed}",
    },
}  # fmt: skip


def add_version_commands(commands, language_type, command_error: type[Exception],
                         usage_error: type[Exception], parser_class: type) -> None:  # fmt: skip
    """The parsers of snapshot, snapshots, diff, merge and template."""
    run = _runner(command_error, usage_error)
    where = _where_type(command_error)
    snap = commands.add_parser("snapshot", help="take a named snapshot of canvases",
                               description="Freeze canvases as they are now under a name, to "
                               "compare with later ('ecanvas diff').")  # fmt: skip
    snap.add_argument("path", type=where, metavar="WORKSPACE", help="an .ecanvas file or a URL")
    which = snap.add_mutually_exclusive_group(required=True)
    which.add_argument("--canvas", type=int, nargs="+", action="extend", metavar="ID",
                       help="the canvases (ids from 'ecanvas info')")  # fmt: skip
    which.add_argument("--all", action="store_true", help="every canvas of the workspace")
    snap.add_argument("--name", required=True, help="the snapshot's name, new on each canvas")
    snap.set_defaults(run=run(_run_snapshot))

    listing = commands.add_parser("snapshots", help="list the snapshots of a workspace")
    listing.add_argument("path", type=where, metavar="WORKSPACE", help="an .ecanvas file or URL")
    listing.add_argument("--canvas", type=int, metavar="ID", help="only this canvas")
    listing.add_argument("--json", action="store_true", help="print JSON instead of text")
    listing.set_defaults(run=run(_run_snapshots))

    diff = commands.add_parser(
        "diff", help="what changed on a canvas since a snapshot (or against another canvas)",
        description="List the cards added, removed, moved between blocks and edited, and the "
        "links added and removed, since a snapshot of the canvas or against another canvas made "
        "from the same template.",
    )  # fmt: skip
    diff.add_argument("path", type=where, metavar="WORKSPACE", help="an .ecanvas file or URL")
    diff.add_argument("--canvas", type=int, required=True, metavar="ID", help="the canvas")
    against = diff.add_mutually_exclusive_group(required=True)
    against.add_argument("--snapshot", metavar="NAME", help="a snapshot of that canvas")
    against.add_argument("--with-canvas", type=int, metavar="ID",
                         help="another canvas (cards matched by their text)")  # fmt: skip
    diff.add_argument("--json", action="store_true", help="print JSON instead of text")
    diff.add_argument("--lang", type=language_type, help="en or zh (default: the workspace's)")
    diff.set_defaults(run=run(_run_diff))

    merge = commands.add_parser(
        "merge", help="merge the canvases of another workspace into this one",
        description="Merge each canvas of SOURCE (an .ecanvas file or interchange JSON) into the "
        "canvas of WORKSPACE made from the same template (the one of the same title first), or "
        "add it as a new canvas when there is none. Cards whose text the block already has are "
        "skipped as duplicates. A snapshot of each canvas merged into is taken first.",
    )  # fmt: skip
    merge.add_argument("source", type=Path, metavar="SOURCE", help="an .ecanvas or .json file")
    merge.add_argument("--into", type=where, required=True, metavar="WORKSPACE",
                       help="the workspace to merge into (a file or URL)")  # fmt: skip
    merge.add_argument("--canvas", type=int, nargs="+", action="extend", metavar="ID",
                       help="only these canvases of SOURCE (default: all)")  # fmt: skip
    merge.add_argument("--as-new", action="store_true", help="add every canvas as a new one")
    merge.add_argument("--keep-duplicates", action="store_true",
                       help="add cards whose text the block already has, too")  # fmt: skip
    merge.set_defaults(run=run(_run_merge))

    _add_template_commands(commands, run, where, parser_class)


def _add_template_commands(commands, run, where, parser_class) -> None:
    template = commands.add_parser("template", help="save, import, export, rename or delete "
                                   "your own canvas templates")  # fmt: skip
    actions = template.add_subparsers(title="actions", metavar="ACTION", required=True,
                                      parser_class=parser_class)  # fmt: skip
    save = actions.add_parser("save", help="save a canvas's layout as a template of your own")
    save.add_argument("path", type=where, metavar="WORKSPACE", help="an .ecanvas file or URL")
    save.add_argument("--canvas", type=int, required=True, metavar="ID", help="the canvas")
    save.add_argument("--key", required=True, help="lower-case words joined by '-'")
    save.add_argument("--title", default="", help="its title (default: the canvas's)")
    save.add_argument("--title-zh", default="", help="its Chinese title (default: the title)")
    save.add_argument("--replace", action="store_true", help="replace your template of that key")
    save.set_defaults(run=run(_run_template_save))
    imp = actions.add_parser("import", help="add a template file to your templates")
    imp.add_argument("file", type=Path, metavar="FILE.toml")
    imp.add_argument("--replace", action="store_true", help="replace your template of that key")
    imp.set_defaults(run=run(_run_template_import))
    exp = actions.add_parser("export", help="write a template to a TOML file")
    exp.add_argument("key", metavar="KEY")
    exp.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.toml")
    exp.add_argument("-f", "--force", action="store_true",
                     help="replace an existing output file (never a workspace)")  # fmt: skip
    exp.set_defaults(run=run(_run_template_export))
    rename = actions.add_parser("rename", help="give one of your templates new titles")
    rename.add_argument("key", metavar="KEY")
    rename.add_argument("--title", required=True)
    rename.add_argument("--title-zh", default="")
    rename.set_defaults(run=run(_run_template_rename))
    delete = actions.add_parser("delete", help="delete one of your templates")
    delete.add_argument("key", metavar="KEY")
    delete.set_defaults(run=run(_run_template_delete))


def _where_type(command_error):
    def where(text: str):
        from ecanvas.cli_server import path_or_url

        return path_or_url(text)

    return where


def _runner(command_error, usage_error) -> Callable:
    """Wrap a command so that a refusal of the store (a rule of the model) is one line, exit 1."""

    def wrap(command: Callable) -> Callable:
        def run(args: argparse.Namespace) -> int:
            args.command_error, args.usage_error = command_error, usage_error
            try:
                return command(args)
            except (ValueError, KeyError) as error:
                from ecanvas.model.templates import TemplateError
                from ecanvas.store.errors import InterchangeError

                if isinstance(error, InterchangeError | TemplateError):
                    raise
                raise command_error(_one_line(error)) from None

        return run

    return wrap


def _one_line(error: Exception) -> str:
    """A refusal's message (a KeyError's own text, not its repr)."""
    first = error.args[0] if error.args else ""
    text = first if isinstance(first, str) else str(error)
    return text.splitlines()[0] if text else type(error).__name__


# --------------------------------------------------------------------------- opening
def _open(where, command_error, *, write: bool):
    from ecanvas.cli_server import address_of, is_url, with_password_retry

    if isinstance(where, str) and is_url(where):
        from ecanvas.store.server.opening import open_server_workspace

        store = with_password_retry(open_server_workspace, address_of(where, None, command_error))
        if write and store.read_only:
            store.close()
            raise command_error(f"{where}: this role may only read the workspace")
        return store
    from ecanvas.store import open_workspace

    if not Path(where).exists():
        raise command_error(f"{where}: no such workspace file")
    store = open_workspace(where, read_only=not write)
    if write and store.read_only:
        store.close()
        raise command_error(f"{where}: the workspace is read-only or open in another window")
    return store


def _canvas(store, canvas_id: int, where, command_error):
    try:
        return store.workspace.canvas(canvas_id)
    except KeyError:
        known = ", ".join(str(c.id) for c in store.workspace.canvases) or "none"
        raise command_error(f"{where}: no canvas with id {canvas_id} (ids: {known})") from None


def _time(value) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def _stamp(value) -> str:
    from ecanvas.store.interchange import _timestamp

    return _timestamp(value)


# --------------------------------------------------------------------------- snapshots
def _run_snapshot(args: argparse.Namespace) -> int:
    with _open(args.path, args.command_error, write=True) as store:
        ids = [c.id for c in store.workspace.canvases] if args.all else args.canvas
        for canvas_id in ids:
            _canvas(store, canvas_id, args.path, args.command_error)
        if not ids:
            raise args.command_error(f"{args.path}: the workspace has no canvases")
        taken = store.take_snapshots(ids, args.name)
        for snapshot in taken:
            canvas = store.workspace.canvas(snapshot.canvas_id)
            print(f"took snapshot '{snapshot.name}' of '{canvas.title}' [{canvas.id}] "
                  f"({len(canvas.cards)} cards)")  # fmt: skip
    return 0


def _run_snapshots(args: argparse.Namespace) -> int:
    with _open(args.path, args.command_error, write=False) as store:
        canvases = store.workspace.canvases
        if args.canvas is not None:
            canvases = [_canvas(store, args.canvas, args.path, args.command_error)]
        rows = [
            {
                "canvas_id": canvas.id,
                "canvas": canvas.title,
                "id": snapshot.id,
                "name": snapshot.name,
                "created": _stamp(snapshot.created),
                "cards": _card_count(store, snapshot),
                "_time": _time(snapshot.created),
            }
            for canvas in canvases
            for snapshot in canvas.snapshots
        ]
    if args.json:
        print(json.dumps([{k: v for k, v in r.items() if k != "_time"} for r in rows],
                         ensure_ascii=False, indent=2))  # fmt: skip
        return 0
    if not rows:
        print("No snapshots.")
        return 0
    current = None
    for row in rows:
        if row["canvas_id"] != current:
            current = row["canvas_id"]
            print(f"[{row['canvas_id']}] {row['canvas']}")
        cards = "damaged" if row["cards"] is None else f"{row['cards']} cards"
        print(f"    {row['_time']}  {row['name']}  ({cards})")
    return 0


def _card_count(store, snapshot) -> int | None:
    from ecanvas.store.errors import InterchangeError

    try:
        return len(store.snapshot_canvas(snapshot.id).cards)
    except InterchangeError:
        return None


def _run_diff(args: argparse.Namespace) -> int:
    from ecanvas.model.diff import diff_canvases

    with _open(args.path, args.command_error, write=False) as store:
        canvas = _canvas(store, args.canvas, args.path, args.command_error)
        lang = args.lang or (store.workspace.language if store.workspace.language == "zh" else "en")
        words = DIFF_WORDS[lang]
        if args.snapshot is not None:
            snapshot = store.snapshot_named(canvas.id, args.snapshot)
            if snapshot is None:
                names = ", ".join(f"'{s.name}'" for s in canvas.snapshots) or "none"
                raise args.command_error(
                    f"{args.path}: canvas {canvas.id} has no snapshot named '{args.snapshot}' "
                    f"(snapshots: {names})"
                )
            before = store.snapshot_canvas(snapshot.id)
            what = words["snapshot"].format(name=snapshot.name, time=_time(snapshot.created))
            against = {"snapshot": {"id": snapshot.id, "name": snapshot.name,
                                    "created": _stamp(snapshot.created)}}  # fmt: skip
        else:
            before = _canvas(store, args.with_canvas, args.path, args.command_error)
            what = words["canvas"].format(name=before.title, id=before.id)
            against = {"with_canvas": {"id": before.id, "title": before.title}}
        changes = diff_canvases(before, canvas)
    if args.json:
        data = {"canvas": {"id": canvas.id, "title": canvas.title}, **against,
                **changes.as_json()}  # fmt: skip
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(words["title"].format(canvas=canvas.title, id=canvas.id, what=what))
    print(words["counts"].format(**{name: len(getattr(changes, name)) for name in LISTS}))
    if changes.is_empty:
        print(words["none"])
    for line in diff_lines(changes, lang, words):
        print(line)
    return 0


LISTS = ("added", "removed", "moved", "edited", "links_added", "links_removed")
MARKS = {"added": "+", "removed": "-", "moved": ">", "edited": "~", "links_added": "+",
         "links_removed": "-"}  # fmt: skip


def diff_lines(changes, lang: str, words: dict) -> list[str]:
    """The changes as indented lines under a heading per kind."""
    lines: list[str] = []
    for name in LISTS:
        entries = getattr(changes, name)
        if not entries:
            continue
        lines.append(f"{words[name]}:")
        for entry in entries:
            lines.append(f"  {MARKS[name]} {_entry_text(changes, name, entry, lang)}")
    return lines


def _entry_text(changes, name: str, entry, lang: str) -> str:
    if name.startswith("links"):
        label = f'  "{entry.label}"' if entry.label else ""
        return (f"[{entry.source_id}] {entry.source_text} → [{entry.target_id}] "
                f"{entry.target_text}{label}")  # fmt: skip
    text = f"[{entry.card_id}] {entry.text}"
    if name == "moved":
        before = changes.block_title(entry.before_block, lang)
        after = changes.block_title(entry.after_block, lang)
        return f"{text}  ({before} → {after})"
    if name == "edited":
        return f"{text}  ({', '.join(entry.field_names)})"
    block = entry.after_block if name == "added" else entry.before_block
    return f"{text}  ({changes.block_title(block, lang)})"


# --------------------------------------------------------------------------- merging
def _run_merge(args: argparse.Namespace) -> int:
    from ecanvas.model.merge import (
        CanvasChoice,
        author_map,
        default_target,
        merge_result,
        plan_merge,
    )
    from ecanvas.store.merge_source import read_merge_source

    if not args.source.exists():
        raise args.command_error(f"{args.source}: no such file")
    with _open(args.into, args.command_error, write=True) as store:
        into_path = store.path
        source = read_merge_source(args.source, open_workspace_path=into_path)
        canvases = source.canvases
        if args.canvas:
            known = {c.id for c in canvases}
            missing = [i for i in args.canvas if i not in known]
            if missing:
                listed = ", ".join(str(i) for i in sorted(known)) or "none"
                raise args.command_error(
                    f"{args.source}: no canvas with id {missing[0]} (ids: {listed})"
                )
            canvases = [c for c in canvases if c.id in set(args.canvas)]
        if not canvases:
            raise args.command_error(f"{args.source}: there are no canvases to merge")
        targets = store.workspace.canvases
        choices = []
        for canvas in canvases:
            into = None if args.as_new else default_target(canvas, targets)
            keep = set()
            if into is not None and args.keep_duplicates:
                keep = plan_merge(canvas, store.workspace.canvas(into)).duplicate_ids()
            choices.append(CanvasChoice(canvas, into, keep))
        states, added = merge_result(targets, choices, author_map(source, store.workspace))
        lang = "zh" if store.workspace.language == "zh" else "en"
        name = MERGE_SNAPSHOT[lang].format(file=args.source.name)
        snapshot = store.unique_snapshot_name(states, name) if states else None
        before = {cid: len(store.workspace.canvas(cid).cards) for cid in states}
        done = store.rewrite_canvases(replace=states, add=added, snapshot_name=snapshot)
        _report_merge(store, choices, done, before)
    return 0


def _report_merge(store, choices, done, before) -> None:
    new = iter(done.added)
    for choice in choices:
        source = choice.source
        if choice.into is None:
            canvas = next(new)
            print(f"added '{source.title}' as a new canvas [{canvas.id}] "
                  f"({len(canvas.cards)} cards)")  # fmt: skip
            continue
        target = store.workspace.canvas(choice.into)
        print(f"merged '{source.title}' into '{target.title}' [{target.id}]")
    for canvas_id, count in before.items():
        canvas = store.workspace.canvas(canvas_id)
        print(f"  '{canvas.title}' [{canvas.id}]: {count} → {len(canvas.cards)} cards")
    for snapshot in done.snapshots:
        print(f"  snapshot '{snapshot.name}' taken of [{snapshot.canvas_id}] first")


# --------------------------------------------------------------------------- templates
def _run_template_save(args: argparse.Namespace) -> int:
    from ecanvas.model.template_writer import template_from_canvas
    from ecanvas.user_templates import save_user_template

    with _open(args.path, args.command_error, write=False) as store:
        canvas = _canvas(store, args.canvas, args.path, args.command_error)
        template = template_from_canvas(canvas, args.key, title_en=args.title or canvas.title,
                                        title_zh=args.title_zh)  # fmt: skip
    written = save_user_template(template, replace=args.replace)
    print(f"saved the layout of '{canvas.title}' as the template '{template.key}' "
          f"({len(template.blocks)} blocks) in {written}")  # fmt: skip
    return 0


def _run_template_import(args: argparse.Namespace) -> int:
    from ecanvas.user_templates import import_template_file

    if not args.file.is_file():
        raise args.command_error(f"{args.file}: no such template file")
    template = import_template_file(args.file, replace=args.replace)
    print(f"imported the template '{template.key}' ({template.title_en}) from {args.file}")
    return 0


def _run_template_export(args: argparse.Namespace) -> int:
    from ecanvas.user_templates import export_user_template

    written = export_user_template(args.key, args.output, replace=args.force)
    print(f"exported the template '{args.key}' to {written}")
    return 0


def _run_template_rename(args: argparse.Namespace) -> int:
    from ecanvas.user_templates import rename_user_template

    template = rename_user_template(args.key, args.title, args.title_zh)
    print(f"renamed the template '{template.key}' to '{template.title_en}' / "
          f"'{template.title_zh}'")  # fmt: skip
    return 0


def _run_template_delete(args: argparse.Namespace) -> int:
    from ecanvas.user_templates import delete_user_template

    template = delete_user_template(args.key)
    print(f"deleted the template '{template.key}' ({template.title_en})")
    return 0
