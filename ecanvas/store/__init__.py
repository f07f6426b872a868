"""SQLite storage of workspaces: open/create/lock, operations, migrations, interchange."""

from ecanvas.store.card_ops import CardMove
from ecanvas.store.errors import (
    ChangeNotSavedError,
    DamagedWorkspaceError,
    EditConflictError,
    EmptyFileError,
    ForeignDatabaseError,
    InterchangeError,
    NewerVersionError,
    NotAWorkspaceError,
    ReadOnlyWorkspaceError,
    ServerLoginError,
    ServerUnavailableError,
    ServerWorkspaceNotFoundError,
    UpgradeFailedError,
    WorkspaceError,
    WorkspaceExistsError,
    WorkspaceLockedError,
    WorkspaceNotFoundError,
)
from ecanvas.store.events import Change, ChangeKind
from ecanvas.store.migrations import APPLICATION_ID, SCHEMA_VERSION
from ecanvas.store.workspace import WorkspaceStore, create_workspace, open_workspace

__all__ = [
    "APPLICATION_ID",
    "SCHEMA_VERSION",
    "CardMove",
    "Change",
    "ChangeKind",
    "ChangeNotSavedError",
    "DamagedWorkspaceError",
    "EditConflictError",
    "EmptyFileError",
    "ForeignDatabaseError",
    "InterchangeError",
    "NewerVersionError",
    "NotAWorkspaceError",
    "ReadOnlyWorkspaceError",
    "ServerLoginError",
    "ServerUnavailableError",
    "ServerWorkspaceNotFoundError",
    "UpgradeFailedError",
    "WorkspaceError",
    "WorkspaceExistsError",
    "WorkspaceLockedError",
    "WorkspaceNotFoundError",
    "WorkspaceStore",
    "create_workspace",
    "open_workspace",
]
