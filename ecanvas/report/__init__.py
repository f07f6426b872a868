"""PDF strategy reports of a workspace (reportlab), for the app and the command line.

Importing this package is cheap: reportlab and the page code load on the first `build_report`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ecanvas.report.options import SECTIONS, ReportError, ReportOptions

if TYPE_CHECKING:
    from ecanvas.model import Workspace

__all__ = ["SECTIONS", "ReportError", "ReportOptions", "build_report"]


def build_report(
    workspace: Workspace,
    output: Path,
    options: ReportOptions = ReportOptions(),  # noqa: B008 - frozen, so sharing it is safe
    progress: Callable[[int, int], None] | None = None,
    warn: Callable[[str], None] | None = None,
    *,
    force: bool = False,
    protect: tuple[Path, ...] = (),
) -> Path:
    """Write the report of `workspace` to `output` (a .pdf path) and return its absolute path.

    `progress(done, total)` is called as parts of the document are laid out. Every failure the
    user can fix (a missing logo, an unwritable folder, an unknown canvas id, a bad option) is
    raised as ReportError with one line naming the file or option; the output itself is checked
    and written by `ecanvas.outputs` (an `OutputError` for a workspace, a folder, a device, an
    existing file without `force`, a full disk). `protect` lists files never to be written (the
    workspace being reported on). `warn(line)` is called once when some characters could not be
    drawn by any bundled font (they print as a replacement).
    """
    from ecanvas.report.builder import build_report_file

    return build_report_file(
        workspace, Path(output), options, progress, warn=warn, force=force, protect=protect
    )
