"""Typed errors for workspace files; each message names the file and the problem."""

from __future__ import annotations

from pathlib import Path


class WorkspaceError(Exception):
    """Base class: a workspace file that cannot be used as asked. The file is left untouched."""

    problem = "cannot be opened"

    def __init__(self, path: Path | str, detail: str = "") -> None:
        # A server workspace is named by its address (a URL without password), not a path.
        self.location = str(path)
        self.path = Path(path) if "://" not in self.location else None
        self.detail = detail
        message = f"{self.location}: {self.problem}"
        if detail:
            message += f" ({detail})"
        super().__init__(message)


class UnreadableFileError(WorkspaceError):
    """The system refused to read the file; `errno` says why (the detail is its English)."""

    def __init__(self, path: Path | str, error: OSError) -> None:
        super().__init__(path, error.strerror or str(error))
        self.errno = error.errno


class SameWorkspaceError(WorkspaceError):
    """Canvases were to be imported from the workspace they would go into."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(path, "this is the open workspace; choose another file to merge")


class WorkspaceNotFoundError(WorkspaceError):
    problem = "no such workspace file"


class EmptyFileError(WorkspaceError):
    problem = "the file is empty, not an ecanvas workspace"


class NotAWorkspaceError(WorkspaceError):
    problem = "not an ecanvas workspace (the file is not an SQLite database)"


class ForeignDatabaseError(WorkspaceError):
    problem = "not an ecanvas workspace (an SQLite database of another program)"


class DamagedWorkspaceError(WorkspaceError):
    """`cause` says what is damaged (one of DAMAGE_CAUSES) with `params`, for the app's own
    words; `detail` is the English (SQLite's own message for "sqlite")."""

    problem = "the workspace file is truncated or damaged"

    def __init__(self, path: Path | str, detail: str = "", cause: str = "", **params) -> None:
        super().__init__(path, detail)
        self.cause = cause
        self.params = params


# What a DamagedWorkspaceError's cause can be -> the parameters it carries.
DAMAGE_CAUSES = {
    "header-cut-short": (),
    "bad-page-size": (),
    "wrong-size": ("size", "expected"),
    "unreadable": ("errno",),
    "schema-text": (),
    "unreadable-text": (),
    "nothing-readable": (),  # a repair found nothing it could read
    "sqlite": (),  # SQLite refused it or its integrity check failed (the detail says how)
}


class TamperedWorkspaceError(WorkspaceError):
    """The file's schema is not what ecanvas creates: another program changed its structure."""

    problem = "another program changed the structure of this workspace, so ecanvas does not open it"


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
    holder = None  # who holds it (fileguard.LockHolder), when its lock file says


class ReadOnlyWorkspaceError(WorkspaceError):
    problem = "the workspace is open read-only; changes cannot be saved"


class WorkspaceExistsError(WorkspaceError):
    problem = "a file already exists at this path"


class StorageError(WorkspaceError):
    """The storage under a workspace failed (whatever the backend): the disk is full, an
    input/output error, the medium became read-only, the lock or the connection was lost.

    Whatever was being done was not saved and the workspace is as it was before; the message
    says why. The command line exits with its own status for these (see `ecanvas --help`).
    """

    problem = "the storage failed"


class DiskFullError(StorageError):
    problem = "the disk is full"


class StorageIOError(StorageError):
    problem = "the disk reported an input/output error (it may be failing or was removed)"


class ReadOnlyMediumError(StorageError):
    problem = "the disk or the file has become read-only"


class LockLostError(StorageError):
    """The file this store holds is no longer the one at its path (moved, replaced, removed)."""

    problem = "the workspace file was moved, replaced or removed by another program"


class ServerUnavailableError(StorageError):
    """The server cannot be reached (or went away)."""

    problem = "the server cannot be reached"


class ChangeNotSavedError(ServerUnavailableError):
    """The server went away before it confirmed a change: the change is refused, not half-done."""

    problem = "the server went away; this change was not saved"


class ServerLoginError(WorkspaceError):
    """The server refused the connection: no password, a wrong one, or no such role."""

    problem = "the server refused the login"

    def __init__(self, path: Path | str, detail: str = "", *, needs_password: bool = False):
        super().__init__(path, detail)
        self.needs_password = needs_password


class ServerWorkspaceNotFoundError(WorkspaceNotFoundError):
    problem = "no such workspace on the server"


class EditConflictError(WorkspaceError):
    """Another writer changed (or removed) rows this change was about, after we last read them.

    Nothing was written; the store has already brought the rows up to date and shown them, so
    the caller can tell the user and keep what they typed (see `conflicts` in the UI).
    """

    problem = "someone else changed this at the same time; their change is kept"

    def __init__(self, path: Path | str, table: str, ids, *, removed=()) -> None:
        self.table = table
        self.ids = tuple(ids)
        self.removed = tuple(removed)  # of those, the rows that no longer exist
        noun = {"card": "card", "link": "link", "block": "block", "canvas": "canvas"}.get(
            table, table
        )
        super().__init__(path, f"{noun} {', '.join(map(str, self.ids))}")


class InterchangeError(ValueError):
    """A JSON interchange document that cannot be imported; names the offending field path.

    `code` is one of `interchange_reasons.REASONS` and `params` fills it in: the message is
    their English (for the command line), the app words them in its language. `snapshot` is
    the name of the workspace's snapshot whose content this is, if it is one.
    """

    def __init__(self, source: str, field_path: str, code: str, *,
                 snapshot: str | None = None, **params: object) -> None:  # fmt: skip
        from ecanvas.store.interchange_reasons import english

        problem = english(code, params)
        where = f" at {field_path}" if field_path else ""
        super().__init__(f"{source}: {problem}{where}")
        self.source = source
        self.field_path = field_path
        self.problem = problem
        self.code = code
        self.params = params
        self.snapshot = snapshot
