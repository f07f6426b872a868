"""Reading the workspace to merge canvases from: another `.ecanvas` file or an interchange JSON.

The source is only read, never changed: a workspace file is opened read-only (an older one is
upgraded in a private copy, so the user's file stays as it is), a JSON document is validated
like an import. Every refusal names the file.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from ecanvas.model import Workspace
from ecanvas.outputs import same_file
from ecanvas.store.errors import (
    InterchangeError,
    ReadOnlyWorkspaceError,
    SameWorkspaceError,
    UnreadableFileError,
)

SQLITE_MAGIC = b"SQLite format 3\x00"
WORKSPACE_SUFFIX = ".ecanvas"


def read_merge_source(path: Path | str, *, open_workspace_path: Path | None = None) -> Workspace:
    """The workspace held by `path`; `open_workspace_path` (the workspace being merged into) is
    refused, since merging a workspace into itself would only double it."""
    path = Path(path)
    if open_workspace_path is not None and same_file(path, open_workspace_path):
        raise SameWorkspaceError(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise UnreadableFileError(path, error) from None
    if head == SQLITE_MAGIC or path.suffix.lower() == WORKSPACE_SUFFIX:
        # A damaged .ecanvas is refused as a workspace ("not an ecanvas workspace"), never
        # as a JSON document with a hint to save it as UTF-8.
        return _read_workspace_file(path)
    return _read_document(path)


def _read_workspace_file(path: Path) -> Workspace:
    from ecanvas.store.workspace import open_workspace

    try:
        with open_workspace(path, read_only=True) as store:
            return store.workspace
    except ReadOnlyWorkspaceError:
        pass  # an older schema: upgrade a private copy, never the user's file
    folder = Path(tempfile.mkdtemp(prefix="ecanvas-merge-"))
    try:
        copy = folder / path.name
        shutil.copyfile(path, copy)
        with open_workspace(copy) as store:
            return store.workspace
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _read_document(path: Path) -> Workspace:
    """Read like an import (in two passes, never whole), into the model instead of a file."""
    from ecanvas.store.interchange_build import ModelSink
    from ecanvas.store.interchange_check import check_file
    from ecanvas.store.interchange_read import read_outline, walk_file

    outline = read_outline(path)
    if not isinstance(outline.document, dict) or "format" not in outline.document:
        raise InterchangeError(str(path), "", "not-a-source")
    sink = ModelSink()
    check_file(outline, walk_file(path, outline), str(path), sink)
    return sink.workspace
