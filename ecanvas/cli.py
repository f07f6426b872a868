"""The ``ecanvas`` command: start the app, or run a headless job on a workspace file.

Everything heavy (Qt, reportlab, SQLAlchemy) is imported inside the command that needs it, so
``ecanvas --version`` and ``ecanvas templates`` answer at once.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from ecanvas import __version__
from ecanvas.cli_check import add_check_parser
from ecanvas.cli_safety import add_safety_commands, warn_about_damage
from ecanvas.model.colours import is_hex_colour
from ecanvas.model.entities import LANGUAGES

PROG = "ecanvas"
PAPERS = ("a4", "letter")
GUI_FLAGS = ("--read-only", "--workshop")  # the options of the app itself (see build_parser)
COMMANDS = ("new", "templates", "info", "export", "import", "report", "check", "push", "pull",
            "snapshot", "snapshots", "diff", "merge", "template", "repair", "backups",
            "restore")  # fmt: skip
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_STORAGE, EXIT_INTERNAL, EXIT_INTERRUPTED = (
    0,
    1,
    2,
    3,
    70,
    130,
)

# Errors that mean "the user's file or option cannot be used", checked by name so that catching
# them does not import the store or the report package.
USER_ERRORS = (
    ("ecanvas.store.errors", "WorkspaceError"),
    ("ecanvas.store.errors", "InterchangeError"),
    ("ecanvas.model.templates", "TemplateError"),
    ("ecanvas.report.options", "ReportError"),
    ("ecanvas.store.server.address", "ServerAddressError"),
    ("ecanvas.outputs", "OutputError"),
)

DESCRIPTION = """\
Plan an e-commerce strategy on canvases, offline, in one local .ecanvas file, or with a team in a
shared workspace on a PostgreSQL server. Without a command, ecanvas opens the app on PATH (a file
or a postgresql:// URL), or on your default workspace."""

EPILOG = """\
examples:
  ecanvas                                  open the app on the default workspace
  ecanvas plan.ecanvas                     open the app on plan.ecanvas
  ecanvas "postgresql://team1@db.local/workshops?workspace=acme"
                                           open the app on a shared workspace
  ecanvas templates --lang zh              list the canvas templates in Chinese
  ecanvas new plan.ecanvas --template swot --title "SWOT 2027" --client "ACME" \\
      --author "Li Na" --logo logo.png --lang zh
  ecanvas info plan.ecanvas --json
  ecanvas export plan.ecanvas -o plan.json    (or plan.md, plan.csv, ...)
  ecanvas export plan.ecanvas -o canvas.svg --canvas 2    one canvas as an image
  ecanvas export plan.ecanvas -o canvas.png --canvas 2 --scale 3
  ecanvas import plan.json -o copy.ecanvas
  ecanvas push plan.ecanvas postgresql://team1@db.local/workshops --workspace acme
  ecanvas pull postgresql://team1@db.local/workshops --workspace acme -o acme.ecanvas
  ecanvas report plan.ecanvas -o plan.pdf --lang zh --paper letter --canvas 1 2 \\
      --sections cover canvases cards --brand-colour #1F4E79 --logo logo.png
  ecanvas report clients/*.ecanvas --out-dir reports/     one PDF per workspace
  ecanvas check plan.ecanvas --lang zh --strict
  ecanvas snapshot plan.ecanvas --canvas 1 --name "Workshop 1"
  ecanvas diff plan.ecanvas --canvas 1 --snapshot "Workshop 1" --json
  ecanvas merge laptop2.ecanvas --into plan.ecanvas
  ecanvas template save plan.ecanvas --canvas 3 --key our-canvas
  ecanvas repair damaged.ecanvas -o repaired.ecanvas
  ecanvas backups plan.ecanvas --json
  ecanvas restore ~/.local/share/ecanvas/backups/plan-…/plan-20270101-093000.ecanvas -o old.ecanvas

exit status:
  0  done              1  a file or option cannot be used (one line on stderr says why)
  2  bad usage         3  the storage failed: disk full, I/O error, read-only disk, lost lock
  70 an internal error (details written to a crash report)      130  interrupted

run 'ecanvas COMMAND --help' for the options of one command."""


class UsageError(Exception):
    """A bad argument found after parsing (exit 2, like argparse's own errors)."""


class CommandError(Exception):
    """A file or data problem found by the command line itself (exit 1)."""


class OneLineParser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line instead of usage plus message."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see '{self.prog} --help')")


# --------------------------------------------------------------------------- parsers
def _language(text: str) -> str:
    if text not in LANGUAGES:
        raise argparse.ArgumentTypeError(f"unsupported language {text!r} (use en or zh)")
    return text


def _colour(text: str) -> str:
    if not is_hex_colour(text):
        raise argparse.ArgumentTypeError(f"colour {text!r} must look like #RRGGBB")
    return text.upper()


def _where(text: str) -> Path | str:
    from ecanvas.cli_server import path_or_url

    return path_or_url(text)


def _open_for_reading(where: Path | str):
    from ecanvas.cli_server import open_for_reading

    return open_for_reading(where, CommandError)


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog=PROG,
        usage="%(prog)s [-h] [--version] [--read-only] [--workshop] [PATH]\n"
        "       %(prog)s COMMAND ...",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--read-only", action="store_true", help="open the workspace without changing it"
    )
    parser.add_argument(
        "--workshop", action="store_true",
        help="start in workshop mode: full screen, one block at a time, for a projector",
    )  # fmt: skip
    parser.set_defaults(run=_run_gui, path=None)
    commands = parser.add_subparsers(
        title="commands", metavar="COMMAND", prog=PROG, parser_class=OneLineParser
    )
    _add_new(commands)
    _add_templates(commands)
    _add_info(commands)
    _add_exchange(commands)
    _add_report(commands)
    add_check_parser(commands, _language, _where, _open_for_reading)
    add_safety_commands(commands)
    from ecanvas import cli_server
    from ecanvas.cli_versions import add_version_commands

    cli_server.add_commands(commands, CommandError)
    add_version_commands(commands, _language, CommandError, UsageError, OneLineParser)
    return parser


def _add_new(commands) -> None:
    new = commands.add_parser("new", help="create a workspace with one canvas from a template")
    new.add_argument("path", type=Path, metavar="PATH", help="the .ecanvas file to create")
    new.add_argument("--template", required=True, metavar="KEY", help="see 'ecanvas templates'")
    new.add_argument("--title", help="workspace and canvas title (default: the template title)")
    new.add_argument("--client", default="", help="the client or company, on the report cover")
    new.add_argument("--author", default="", help="who prepared it, on the report cover")
    new.add_argument("--logo", type=Path, metavar="FILE", help="a PNG or JPEG for the report cover")
    new.add_argument("--lang", type=_language, default="en", help="en or zh (default: en)")
    new.set_defaults(run=_run_new)


def _add_templates(commands) -> None:
    templates = commands.add_parser("templates", help="list the canvas templates")
    templates.add_argument("--lang", type=_language, default="en", help="en or zh (default: en)")
    templates.add_argument("--json", action="store_true", help="print JSON instead of a table")
    templates.set_defaults(run=_run_templates)


def _add_info(commands) -> None:
    info = commands.add_parser("info", help="describe a workspace (read-only)")
    info.add_argument("path", type=_where, metavar="PATH", help="an .ecanvas file or a URL")
    info.add_argument("--json", action="store_true", help="print JSON instead of text")
    info.set_defaults(run=_run_info)


def _add_exchange(commands) -> None:
    from ecanvas.exports import FORMATS

    suffixes = ", ".join(f.suffix for f in FORMATS)
    export = commands.add_parser(
        "export",
        help="write a workspace as JSON, Markdown, CSV, ... (by the output's extension)",
        description=f"Write WORKSPACE to FILE in the format its extension names ({suffixes}). "
        "The PDF report is written by 'ecanvas report'.",
    )
    export.add_argument("path", type=_where, metavar="WORKSPACE", help="an .ecanvas file or URL")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE",
                        help=f"the file to write ({suffixes})")  # fmt: skip
    export.add_argument("--format", choices=[f.key for f in FORMATS], metavar="FORMAT",
                        help=f"write this format whatever the extension "
                        f"({', '.join(f.key for f in FORMATS)})")  # fmt: skip
    export.add_argument(
        "--lang",
        type=_language,
        help="en or zh, for headings and block names (default: the workspace's)",
    )
    export.add_argument(
        "--canvas", type=int, nargs="+", action="extend", metavar="ID",
        help="only these canvases (ids from 'ecanvas info'; default: all); an image (.svg, .png) "
        "shows one canvas",
    )  # fmt: skip
    export.add_argument("--scale", type=_scale, metavar="S",
                        help="pixels per canvas unit of a .png image (default: 2, sharp on slides "
                        "and in print)")  # fmt: skip
    _add_force(export)
    export.set_defaults(run=_run_export)
    imp = commands.add_parser("import", help="make a new workspace from interchange JSON")
    imp.add_argument("path", type=Path, metavar="FILE.json", help="an exported JSON file")
    imp.add_argument("-o", "--output", type=Path, required=True, metavar="WORKSPACE.ecanvas")
    imp.set_defaults(run=_run_import)


def _add_report(commands) -> None:
    report = commands.add_parser(
        "report",
        help="write the PDF strategy document (of one workspace, or of several into a folder)",
        description="Write the PDF report of WORKSPACE to -o OUT.pdf, or of each WORKSPACE into "
        "--out-dir DIR as NAME.pdf (one line per workspace; the exit status is 1 if any failed).",
    )
    report.add_argument("paths", type=_where, nargs="+", metavar="WORKSPACE",
                        help=".ecanvas files or server URLs")  # fmt: skip
    where = report.add_mutually_exclusive_group(required=True)
    where.add_argument("-o", "--output", type=Path, metavar="OUT.pdf", help="the PDF to write")
    where.add_argument(
        "--out-dir",
        type=Path,
        metavar="DIR",
        help="write one PDF per workspace into this folder (created if missing)",
    )
    report.add_argument(
        "--lang",
        type=_language,
        help="en or zh (default: as last exported in the app, else the workspace's)",
    )
    report.add_argument(
        "--paper",
        choices=PAPERS,
        help="a4 or letter (default: as last exported in the app, else a4)",
    )
    report.add_argument(
        "--canvas", type=int, nargs="+", action="extend", metavar="ID",
        help="only these canvases (ids from 'ecanvas info'; one workspace only; default: all)",
    )  # fmt: skip
    report.add_argument(
        "--sections", nargs="+", action="extend", metavar="S",
        help="only these sections: cover contents summary recommendations canvases cards changes "
        "scores actions voting checks appendix (default: all but changes and checks)",
    )  # fmt: skip
    report.add_argument(
        "--changes-since", metavar="SNAPSHOT",
        help="for the changes section: compare each canvas with its snapshot of this name "
        "(default: its newest snapshot)",
    )  # fmt: skip
    report.add_argument(
        "--brand-colour", type=_colour, metavar="#RRGGBB", help="accent colour of the report"
    )
    report.add_argument("--logo", type=Path, metavar="FILE", help="a PNG or JPEG for the cover")
    _add_force(report)
    report.set_defaults(run=_run_report)


def _add_force(command) -> None:
    command.add_argument(
        "-f", "--force", action="store_true",
        help="replace an existing output file (never a workspace)",
    )  # fmt: skip


def _split_gui_path(argv: list[str]) -> tuple[list[str], str]:
    """Take out the PATH of ``ecanvas [options] PATH``; subcommand lines are left as they are."""
    positionals = [i for i, arg in enumerate(argv) if not arg.startswith("-")]
    if not positionals or argv[positionals[0]] in COMMANDS:
        return argv, ""
    index = positionals[0]
    return argv[:index] + argv[index + 1 :], argv[index]


# --------------------------------------------------------------------------- commands
def _run_gui(args: argparse.Namespace) -> int:
    if args.path is None:
        path = None  # the app makes the default workspace, in the language of its UI
    elif "://" in args.path:
        from ecanvas.cli_server import address_of

        address_of(args.path, None, CommandError)  # a bad URL is refused before Qt starts
        path = args.path
    else:
        path = Path(args.path)
        if not path.exists():
            raise CommandError(f"{path}: no such workspace file{_did_you_mean(args.path)}")
    try:
        from ecanvas.ui.app import run_app
    except ModuleNotFoundError as error:
        if not (error.name or "").startswith("PySide6"):
            raise
        raise CommandError(f"the app needs PySide6, which is not installed ({error})") from None
    return run_app(path, read_only=args.read_only, workshop=args.workshop)


def _did_you_mean(word: str) -> str:
    import difflib

    close = difflib.get_close_matches(word, COMMANDS, n=1)
    return f"; did you mean 'ecanvas {close[0]}'?" if close else ""


def _run_new(args: argparse.Namespace) -> int:
    from ecanvas.store import create_workspace

    template = _template(args.template)
    title = args.title or template.title(args.lang)
    logo, logo_mime = _read_logo(args.logo) if args.logo is not None else (None, "")
    _check_output(args.path, new_workspace=True)
    properties = {"client": args.client.strip(), "author": args.author.strip()}
    with create_workspace(
        args.path, title=title, language=args.lang, logo=logo, logo_mime=logo_mime, **properties
    ) as store:
        store.add_canvas(template.key, title=title)
    print(f"created {args.path} with the canvas '{title}' ({template.key})")
    return EXIT_OK


def _read_logo(path: Path) -> tuple[bytes, str]:
    """A logo file's bytes (scaled down to what a workspace keeps) and media type; refused
    unless it is a PNG or JPEG within the logo limits (ecanvas.model.logo)."""
    from ecanvas.model.logo import MAX_LOGO_BYTES, TOO_LARGE_FILE, LogoError
    from ecanvas.report.logo import stored_logo

    try:
        if path.stat().st_size > MAX_LOGO_BYTES:  # never read a huge file into memory
            raise LogoError(str(path), TOO_LARGE_FILE)
        return stored_logo(path.read_bytes(), str(path))
    except FileNotFoundError:
        raise CommandError(f"{path}: no such logo file") from None
    except LogoError as error:
        raise CommandError(str(error)) from None


def _template(key: str):
    from ecanvas.user_templates import all_templates

    templates = all_templates()
    if key not in templates:
        raise UsageError(f"unknown template {key!r} (known: {', '.join(templates)})")
    return templates[key]


def _run_templates(args: argparse.Namespace) -> int:
    from ecanvas.model.catalog import builtin_templates
    from ecanvas.user_templates import load_user_templates

    own = load_user_templates()
    rows = [
        {
            "key": t.key,
            "title": t.title(args.lang),
            "blocks": len(t.blocks),
            "description": t.description(args.lang),
            "user": user,
        }
        for user, templates in ((False, builtin_templates()), (True, own.templates))
        for t in templates.values()
    ]
    for problem in own.problems:
        print(f"{PROG}: skipped a template of yours: {problem}", file=sys.stderr)
    if args.json:
        _print_json(rows)
        return EXIT_OK
    key_width = max(_width(r["key"]) for r in rows)
    title_width = max(_width(r["title"]) for r in rows)
    for row in rows:
        blocks = "blocks" if args.lang == "en" else "个模块"
        mine = ("  (yours)" if args.lang == "en" else "  （自定义）") if row["user"] else ""
        print(f"{_pad(row['key'], key_width)}  {_pad(row['title'], title_width)}  "
              f"{row['blocks']:>2} {blocks}{mine}")  # fmt: skip
        print(f"    {row['description']}")
    return EXIT_OK


def _run_info(args: argparse.Namespace) -> int:
    from ecanvas.store.fileguard import read_header
    from ecanvas.store.migrations import SCHEMA_VERSION

    with _open_for_reading(args.path) as store:
        ws = store.workspace
        info = {
            "path": str(args.path),
            "title": ws.title,
            "client": ws.client,
            "author": ws.author,
            "language": ws.language,
            "schema_version": (
                read_header(args.path).user_version if store.path else SCHEMA_VERSION
            ),
            "integrity": store.integrity_check(),
            "canvases": [_canvas_summary(canvas) for canvas in ws.canvases],
            "total_cards": ws.card_count,
            "read_from": READ_FROM.get(getattr(store, "read_only_reason", ""), "the file"),
            "damage": [_damage_json(d) for d in getattr(store, "damage", ())],
        }
    if args.json:
        _print_json(info)
    else:
        _print_info(info)
    return EXIT_OK


READ_FROM = {
    "recovered": "a private copy with a change interrupted by a crash rolled back "
    "(the file itself is unchanged until the app opens it)",
    "upgrade": "a private copy upgraded to this version's schema (the file itself is unchanged)",
}


def _canvas_summary(canvas) -> dict[str, object]:
    return {
        "id": canvas.id,
        "title": canvas.title,
        "template": canvas.template_key,
        "cards": len(canvas.cards),
        "links": len(canvas.links),
    }


def _counted(count: int, noun: str) -> str:
    """'1 card', '0 cards', '2 links'."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _print_info(info: dict) -> None:
    labels = ("path", "title", "client", "author", "language", "schema_version", "integrity")
    for name in labels:
        print(f"{name.replace('_', ' ').capitalize() + ':':<16}{info[name]}")
    total = _counted(info["total_cards"], "card")
    print(f"{'Canvases:':<16}{len(info['canvases'])} ({total} in total)")
    for canvas in info["canvases"]:
        counts = f"{_counted(canvas['cards'], 'card')}, {_counted(canvas['links'], 'link')}"
        print(f"  [{canvas['id']}] {canvas['title']}  ({canvas['template']}): {counts}")
    if info["read_from"] != "the file":
        print(f"{'Read from:':<16}{info['read_from']}")
    if info["damage"]:
        print(f"{'Damaged rows:':<16}{len(info['damage'])} (repair with "
              f"'ecanvas repair {info['path']} -o NEW.ecanvas')")  # fmt: skip
        for damage in info["damage"]:
            print(f"  {damage['line']}")


def _run_export(args: argparse.Namespace) -> int:
    from ecanvas.exports import UnknownFormatError, export_workspace, format_for
    from ecanvas.report.options import ExportOptions

    _check_output(args.output, force=args.force, protect=args.path)
    try:
        export_format = format_for(args.output, args.format)
    except UnknownFormatError as error:
        raise UsageError(str(error)) from None
    if args.scale is not None and export_format.key != "png":
        raise UsageError("--scale is for .png images")
    with _open_for_reading(args.path) as store:
        workspace = store.workspace
        warn_about_damage(args.path, getattr(store, "damage", ()), "the export")
    _check_canvas_ids(args.path, workspace, args.canvas)
    canvas_ids = tuple(args.canvas) if args.canvas else None
    if export_format.per_canvas:
        canvas_ids = (_one_canvas(args.path, workspace, canvas_ids),)
    options = ExportOptions(
        language=args.lang or workspace.language,
        canvas_ids=canvas_ids,
        scale=ExportOptions.scale if args.scale is None else args.scale,
    )
    export_workspace(
        workspace, args.output, export_format, options, force=args.force, protect=_inputs(args.path)
    )
    print(f"exported {args.path} to {args.output} ({export_format.name})")
    return EXIT_OK


def _run_import(args: argparse.Namespace) -> int:
    from ecanvas.store.interchange import import_json

    _check_output(args.output, new_workspace=True)
    target = import_json(args.path, args.output)
    print(f"imported {args.path} into {target}")
    return EXIT_OK


def _run_report(args: argparse.Namespace) -> int:
    if args.output is not None and len(args.paths) == 1:
        _check_output(args.output, force=args.force, protect=args.paths[0])
    if args.output is not None and len(args.paths) > 1:
        raise UsageError("-o names one PDF; for several workspaces use --out-dir DIR")
    if args.canvas and len(args.paths) > 1:
        raise UsageError("--canvas ids belong to one workspace; give one WORKSPACE with it")
    if args.output is not None and args.output.suffix.lower() != ".pdf":
        raise UsageError(
            f"{args.output}: the report is a PDF; name the output .pdf "
            f"(other formats: 'ecanvas export WORKSPACE -o FILE')"
        )
    unknown = [s for s in args.sections or () if s not in _sections()]
    if unknown:
        raise UsageError(f"unknown report section {unknown[0]!r} (known: {', '.join(_sections())})")
    if args.logo is not None and not args.logo.is_file():
        raise CommandError(f"{args.logo}: no such logo file")
    if args.output is not None:
        print(f"wrote {_report_one(args, args.paths[0], args.output)}")
        return EXIT_OK
    return _report_batch(args)


def _report_batch(args: argparse.Namespace) -> int:
    """One PDF per workspace into --out-dir; a failure is reported and the others still run."""
    folder = args.out_dir
    if folder.exists() and not folder.is_dir():
        raise CommandError(f"{folder}: is a file, not a folder")
    folder.mkdir(parents=True, exist_ok=True)
    failed = 0
    for path, output in zip(args.paths, _batch_outputs(args.paths, folder), strict=True):
        try:
            written = _report_one(args, path, output)
        except Exception as error:
            if not isinstance(error, _user_error_types()):
                raise
            failed += 1
            message = _describe(error)
            message = message if str(path) in message else f"{path}: {message}"
            print(f"{PROG}: failed: {message}", file=sys.stderr)
        else:
            print(f"wrote {written}  (from {path})")
        sys.stdout.flush()
    return EXIT_FAILED if failed else EXIT_OK


def _batch_outputs(paths: Sequence[Path], folder: Path) -> list[Path]:
    """NAME.pdf for each workspace; a name that repeats in the batch gets -2, -3, ..."""
    outputs, used = [], set()
    for path in paths:
        stem, number = _stem(path) or "report", 1
        name = f"{stem}.pdf"
        while name.lower() in used:
            number += 1
            name = f"{stem}-{number}.pdf"
        used.add(name.lower())
        outputs.append(folder / name)
    return outputs


def _stem(where: Path | str) -> str:
    """A file's stem, or a server workspace's name."""
    if isinstance(where, Path):
        return where.stem
    from ecanvas.cli_server import address_of

    return address_of(where, None, CommandError).workspace


def _report_one(args: argparse.Namespace, path: Path, output: Path) -> Path:
    with _open_for_reading(path) as store:
        workspace = store.workspace
        warn_about_damage(path, getattr(store, "damage", ()), "the report")
        _check_canvas_ids(path, workspace, args.canvas)
        options = _report_options(args, workspace)
        if options.wants("changes"):
            options = _with_changes(store, options)
    from ecanvas.report import build_report  # reportlab: only once the inputs are known good

    return build_report(
        workspace, output, options, warn=_warn_about(path), force=args.force, protect=_inputs(path)
    )


def _warn_about(path: Path):
    def warn(line: str) -> None:
        print(f"{PROG}: warning: {path}: {line}", file=sys.stderr)

    return warn


def _sections() -> tuple[str, ...]:
    from ecanvas.report.options import SECTIONS

    return SECTIONS


def _report_options(args: argparse.Namespace, workspace):
    """The options given, else the ones last used for this workspace in the app, else the
    defaults."""
    from ecanvas.report.options import REPORT_SETTING, ReportOptions

    saved = ReportOptions.from_setting(workspace.settings.get(REPORT_SETTING), workspace.language)
    known = {canvas.id for canvas in workspace.canvases}
    saved_ids = tuple(i for i in saved.canvas_ids or () if i in known) or None
    return ReportOptions(
        paper=args.paper or saved.paper,
        language=args.lang or saved.language,
        canvas_ids=tuple(args.canvas) if args.canvas else saved_ids,
        sections=tuple(args.sections) if args.sections else saved.sections,
        brand_colour=args.brand_colour or saved.brand_colour,
        logo_path=args.logo,
        changes_since=getattr(args, "changes_since", None) or saved.changes_since,
    )


def _with_changes(store, options):
    """The options with what changed since the snapshots (the report reads no snapshots)."""
    from dataclasses import replace

    from ecanvas.store.changes import changes_since

    found = changes_since(store, options.canvas_ids, options.changes_since)
    return replace(options, changes=found)


def _one_canvas(path: Path, workspace, wanted: Sequence[int] | None) -> int:
    """The canvas an image shows: the one named with --canvas, else the only canvas."""
    if wanted and len(set(wanted)) == 1:
        return wanted[0]
    listed = ", ".join(f"{c.id} ({c.title})" for c in workspace.canvases) or "none"
    if not wanted and len(workspace.canvases) == 1:
        return workspace.canvases[0].id
    if wanted:
        raise UsageError(f"an image shows one canvas: give one --canvas ID (canvases: {listed})")
    raise CommandError(f"{path}: an image shows one canvas: name it with --canvas ID "
                       f"(canvases: {listed})")  # fmt: skip


def _scale(text: str) -> float:
    """--scale: a number above 0 and at most 8."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not (0 < value <= 8):
        raise argparse.ArgumentTypeError(f"must be above 0 and at most 8, not {text}")
    return value


def _check_canvas_ids(path: Path, workspace, wanted: Sequence[int] | None) -> None:
    known = [c.id for c in workspace.canvases]
    missing = [i for i in wanted or () if i not in known]
    if missing:
        listed = ", ".join(map(str, known)) or "none"
        raise CommandError(f"{path}: no canvas with id {missing[0]} (ids: {listed})")


# --------------------------------------------------------------------------- helpers
def _check_output(
    path: Path, *, force: bool = False, protect: Path | str | None = None,
    new_workspace: bool = False,
) -> None:  # fmt: skip
    """Refuse an output that must not be written before any work is done (see ecanvas.outputs):
    a workspace, the input, a folder, a device; an existing file without --force; for a new
    workspace, any existing file."""
    from ecanvas.outputs import check_output

    check_output(path, force=force, protect=_inputs(protect), replace=not new_workspace)


def _inputs(where: Path | str | None) -> tuple[Path, ...]:
    """The input files an output must never be written over (a server URL is no file)."""
    return (where,) if isinstance(where, Path) else ()


def _damage_json(damage) -> dict:
    from ecanvas.cli_safety import damage_json as as_json

    return {**as_json(damage), "line": damage.describe()}


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _width(text: str) -> int:
    """Columns a string takes in a terminal: CJK characters count twice."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def _describe(error: BaseException) -> str:
    """One line for a user-facing error; OS errors name the path they are about."""
    if isinstance(error, OSError) and error.filename is not None:
        reason = error.strerror or str(error)
        return f"{error.filename}: {reason}"
    return str(error).splitlines()[0] if str(error) else type(error).__name__


def _user_error_types() -> tuple[type[BaseException], ...]:
    types: list[type[BaseException]] = [CommandError, OSError]
    for module_name, name in USER_ERRORS:
        error_type = getattr(sys.modules.get(module_name), name, None)
        if error_type is not None:
            types.append(error_type)
    return tuple(types)


def _fail(message: str, code: int) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status instead of exiting (tests call it)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        argv, gui_path = _split_gui_path(argv)
        args = _gui_arguments(argv) or build_parser().parse_args(argv)
        if gui_path:
            args.path = gui_path
        status = args.run(args)
        sys.stdout.flush()  # a closed pipe shows up here, inside the handlers below
        return status
    except SystemExit as exit_request:  # --help and --version
        return exit_request.code if isinstance(exit_request.code, int) else EXIT_OK
    except UsageError as error:
        return _fail(str(error), EXIT_USAGE)
    except KeyboardInterrupt:
        return _fail("interrupted", EXIT_INTERRUPTED)
    except BrokenPipeError:
        # `ecanvas templates | head`: the reader left; stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as error:
        if isinstance(error, _user_error_types()):
            return _fail(_describe(error), _exit_status(error))
        return _internal_error(error)


def _gui_arguments(argv: list[str]) -> argparse.Namespace | None:
    """The arguments of ``ecanvas [--read-only] [--workshop]`` (PATH already taken out), without
    building every command's parser, which is a noticeable share of the app's start-up; None
    for anything else (help, a command, a misspelt option), which the full parser handles."""
    if any(arg not in GUI_FLAGS for arg in argv):
        return None
    return argparse.Namespace(run=_run_gui, path=None, read_only="--read-only" in argv,
                              workshop="--workshop" in argv)  # fmt: skip


def _exit_status(error: BaseException) -> int:
    """EXIT_STORAGE for a failing disk (full, read-only, I/O error, lost lock), else EXIT_FAILED."""
    import errno

    storage = getattr(sys.modules.get("ecanvas.store.errors"), "StorageError", None)
    if storage is not None and isinstance(error, storage):
        return EXIT_STORAGE
    code = getattr(error, "errno", None)
    failing = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS, errno.EIO)
    return EXIT_STORAGE if code in failing else EXIT_FAILED


def _internal_error(error: BaseException) -> int:
    """The last resort: one line and a crash report, never a traceback."""
    from ecanvas.crash import one_line, write_crash_report

    try:
        from ecanvas.store.defaults import data_dir

        folder = data_dir() / "crash-reports"
    except Exception:
        folder = None
    report = write_crash_report(error, folder)
    where = f"; details in {report}" if report else ""
    return _fail(f"internal error ({one_line(error)}){where}", EXIT_INTERNAL)
