"""Every file format a workspace can be exported to, chosen by the output's extension.

One registry shared by `ecanvas export` and the app's File → Export: adding a format is one entry
naming its writer. Writers live in their own modules (the report package for the deliverables,
the store for the interchange JSON), read the model only and write to a binary stream; they are
imported when used, so listing the formats costs nothing. The PDF report is not here: it has its
own options and its own command (`ecanvas report`, File → Export PDF Report).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from ecanvas.outputs import open_output

if TYPE_CHECKING:
    from ecanvas.model import Workspace
    from ecanvas.report.options import ExportOptions


@dataclass(frozen=True)
class ExportFormat:
    """A format: its key (for --format), its file suffixes, a name, and its writer."""

    key: str
    suffixes: tuple[str, ...]
    name: str
    writer: str  # "module:function" taking (workspace, binary stream, ExportOptions)
    per_canvas: bool = False  # draws one canvas (images) rather than the whole workspace

    @property
    def suffix(self) -> str:
        return self.suffixes[0]

    def load_writer(self) -> Callable[[Workspace, BinaryIO, ExportOptions], None]:
        module, _, function = self.writer.partition(":")
        return getattr(importlib.import_module(module), function)


FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat(
        "json", (".json",), "JSON interchange", "ecanvas.store.interchange:write_document"
    ),
    ExportFormat("md", (".md", ".markdown"), "Markdown", "ecanvas.report.markdown:write_markdown"),
    ExportFormat("csv", (".csv",), "CSV of cards", "ecanvas.report.cards_csv:write_cards_csv"),
    ExportFormat("pptx", (".pptx",), "PowerPoint", "ecanvas.report.slides:write_slides"),
    ExportFormat(
        "svg", (".svg",), "SVG image of a canvas", "ecanvas.report.svg:write_svg", per_canvas=True
    ),
    # Drawn by Qt from the canvas's SVG (no other rasteriser is at hand).
    ExportFormat(
        "png",
        (".png",),
        "PNG image of a canvas",
        "ecanvas.ui.canvas_image:write_png",
        per_canvas=True,
    ),
)
REPORT_SUFFIX = ".pdf"


class UnknownFormatError(ValueError):
    """An output whose format cannot be told or is not one ecanvas writes; says what is."""


def format_keys() -> tuple[str, ...]:
    return tuple(f.key for f in FORMATS)


def by_key(key: str) -> ExportFormat:
    for export_format in FORMATS:
        if export_format.key == key:
            return export_format
    raise UnknownFormatError(f"unknown format {key!r} (formats: {', '.join(format_keys())})")


def _known_suffixes() -> str:
    return ", ".join(f.suffix for f in FORMATS)


def format_for(path: Path, override: str | None = None) -> ExportFormat:
    """The format to write `path` in: `override` (a format key) if given, else its extension."""
    if override:
        return by_key(override)
    suffix = Path(path).suffix.lower()
    for export_format in FORMATS:
        if suffix in export_format.suffixes:
            return export_format
    for_pdf = "; the PDF report is written by 'ecanvas report'"
    if suffix == REPORT_SUFFIX:
        raise UnknownFormatError(f"{path}: export does not write PDF files{for_pdf}")
    what = f"'{suffix}' files" if suffix else "a file without an extension"
    raise UnknownFormatError(
        f"{path}: cannot export {what} (formats: {_known_suffixes()}, or --format"
        f" {'|'.join(format_keys())}){for_pdf}"
    )


def export_workspace(
    workspace: Workspace,
    path: Path,
    export_format: ExportFormat,
    options: ExportOptions,
    *,
    force: bool = False,
    protect: tuple[Path, ...] = (),
) -> Path:
    """Write `workspace` to `path` in `export_format`; returns the path written.

    Written through the safe output writer (`ecanvas.outputs`): never over a workspace or a file
    in `protect` (the open workspace), over another existing file only with `force`, and nothing
    appears at `path` unless the whole file was produced.
    """
    writer = export_format.load_writer()
    with open_output(path, force=force, protect=protect) as stream:
        writer(workspace, stream, options)
    return Path(path)
