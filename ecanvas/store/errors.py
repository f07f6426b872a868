"""Typed errors for workspace files; each message names the file and the problem."""

from __future__ import annotations

from pathlib import Path


class WorkspaceError(Exception):
    """Base class: a workspace file that cannot be used as asked. The file is left untouched."""

    problem = "cannot be opened"

    def __init__(self, path: Path | str, detail: str = "") -> None:
        self.path = Path(path)
        self.detail = detail
        message = f"{self.path}: {self.problem}"
        if detail:
            message += f" ({detail})"
        super().__init__(message)


class WorkspaceNotFoundError(WorkspaceError):
    problem = "no such workspace file"


class EmptyFileError(WorkspaceError):
    problem = "the file is empty, not an ecanvas workspace"


class NotAWorkspaceError(WorkspaceError):
    problem = "not an ecanvas workspace (the file is not an SQLite database)"


class ForeignDatabaseError(WorkspaceError):
    problem = "not an ecanvas workspace (an SQLite database of another program)"


class DamagedWorkspaceError(WorkspaceError):
    problem = "the workspace file is truncated or damaged"


class NewerVersionError(WorkspaceError):
    problem = "the workspace was written by a newer version of ecanvas; update ecanvas to open it"

    def __init__(self, path: Path | str, found: int, supported: int) -> None:
        super().__init__(path, f"file schema {found}, this version reads up to {supported}")
        self.found = found
        self.supported = supported


class UpgradeFailedError(WorkspaceError):
    problem = "the workspace could not be upgraded to this version of ecanvas; it is unchanged"


class WorkspaceLockedError(WorkspaceError):
    problem = "the workspace is already open in another ecanvas window"


class ReadOnlyWorkspaceError(WorkspaceError):
    problem = "the workspace is open read-only; changes cannot be saved"


class WorkspaceExistsError(WorkspaceError):
    problem = "a file already exists at this path"


class InterchangeError(ValueError):
    """A JSON interchange document that cannot be imported; names the offending field path."""

    def __init__(self, source: str, field_path: str, problem: str) -> None:
        where = f" at {field_path}" if field_path else ""
        super().__init__(f"{source}: {problem}{where}")
        self.source = source
        self.field_path = field_path
        self.problem = problem
