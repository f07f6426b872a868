"""Files ecanvas must refuse, and files it must open read-only or recover.

A refused file raises a typed error whose message names the file and the problem, and the file
and its folder are left exactly as they were: same sha256, no lock, journal or backup beside it.
"""

from __future__ import annotations

import json
import os
import pwd
import shutil
import sqlite3
import tempfile
import textwrap
from pathlib import Path

import pytest

from ecanvas.store import (
    SCHEMA_VERSION,
    DamagedWorkspaceError,
    EmptyFileError,
    ForeignDatabaseError,
    NewerVersionError,
    NotAWorkspaceError,
    WorkspaceExistsError,
    WorkspaceNotFoundError,
    create_workspace,
    open_workspace,
)
from ecanvas.store.fileguard import read_header

FOSSIL_APPLICATION_ID = 0x0F055112  # another program's marker


@pytest.fixture(scope="module")
def real_workspace(tmp_path_factory) -> Path:
    """A closed workspace of a few dozen pages, the raw material of the damaged files."""
    path = tmp_path_factory.mktemp("source") / "real.ecanvas"
    with create_workspace(path, title="真实的工作区") as store:
        canvas = store.add_canvas("swot")
        drafts = [
            dict(block_id=canvas.blocks[i % 4].id, text=f"卡片 {i} " * 20) for i in range(300)
        ]
        store.add_cards(canvas.id, drafts)
    return path


def _pages(path: Path) -> tuple[int, int]:
    header = read_header(path)
    return header.page_size, header.page_count


def _sqlite_file(path: Path, application_id: int) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE contact (name TEXT, phone TEXT)")
    connection.execute("INSERT INTO contact VALUES ('王芳', '123')")
    connection.execute(f"PRAGMA application_id = {application_id}")
    connection.commit()
    connection.close()


def _cut_in_half(path: Path, real: Path) -> None:
    data = real.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])


def _cut_at_page_boundary(path: Path, real: Path) -> None:
    page_size, page_count = _pages(real)
    path.write_bytes(real.read_bytes()[: page_size * (page_count // 2)])


def _damaged_page(path: Path, real: Path) -> None:
    page_size, page_count = _pages(real)
    data = bytearray(real.read_bytes())
    start = page_size * (page_count // 2)
    data[start : start + page_size] = b"\xa5" * page_size
    path.write_bytes(bytes(data))


def _newer(path: Path, real: Path) -> None:
    shutil.copyfile(real, path)
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()


def _folder(path: Path, real: Path) -> None:
    path.mkdir()
    (path / "inside.txt").write_text("不是工作区", encoding="utf-8")


BAD_FILES = {
    "empty": (lambda p, r: p.write_bytes(b""), EmptyFileError, "the file is empty"),
    "garbage": (
        lambda p, r: p.write_bytes(bytes(range(256)) * 64),
        NotAWorkspaceError,
        "not an SQLite database",
    ),
    "text": (
        lambda p, r: p.write_text("战略笔记\nNot a workspace.\n", encoding="utf-8"),
        NotAWorkspaceError,
        "not an SQLite database",
    ),
    "cut in half": (_cut_in_half, DamagedWorkspaceError, "truncated or damaged"),
    "cut at a page boundary": (_cut_at_page_boundary, DamagedWorkspaceError, "truncated"),
    "damaged page": (_damaged_page, DamagedWorkspaceError, "malformed"),
    "foreign, no application id": (
        lambda p, r: _sqlite_file(p, 0),
        ForeignDatabaseError,
        "an SQLite database of another program",
    ),
    "foreign, other application id": (
        lambda p, r: _sqlite_file(p, FOSSIL_APPLICATION_ID),
        ForeignDatabaseError,
        "an SQLite database of another program",
    ),
    "newer version": (_newer, NewerVersionError, "update ecanvas to open it"),
    "folder": (_folder, NotAWorkspaceError, "it is a folder"),
    "missing": (lambda p, r: None, WorkspaceNotFoundError, "no such workspace file"),
}


def _fingerprint(path: Path) -> object:
    if path.is_dir():
        return sorted(os.listdir(path))
    return path.read_bytes() if path.exists() else None


@pytest.mark.parametrize("read_only", [False, True], ids=["for-writing", "read-only"])
@pytest.mark.parametrize("name", BAD_FILES)
def test_bad_file_is_refused_with_a_message_and_left_untouched(
    name, read_only, real_workspace, tmp_path, sha256, files_beside
):
    make, error, problem = BAD_FILES[name]
    path = tmp_path / "客户 A.ecanvas"
    make(path, real_workspace)
    before, folder = _fingerprint(path), files_beside(path)
    digest = sha256(path) if path.is_file() else None

    with pytest.raises(error) as caught:
        open_workspace(path, read_only=read_only)

    assert str(caught.value).startswith(f"{path}: ")
    assert problem in str(caught.value)
    assert caught.value.path == path
    assert _fingerprint(path) == before
    assert (sha256(path) if path.is_file() else None) == digest
    assert files_beside(path) == folder


def test_newer_version_message_names_both_schemas(real_workspace, tmp_path):
    path = tmp_path / "newer.ecanvas"
    _newer(path, real_workspace)
    with pytest.raises(NewerVersionError) as caught:
        open_workspace(path)
    expected = f"file schema {SCHEMA_VERSION + 1}, this version reads up to {SCHEMA_VERSION}"
    assert expected in str(caught.value)


def test_create_refuses_an_existing_file_untouched(tmp_path, sha256, files_beside):
    path = tmp_path / "contacts.db"
    _sqlite_file(path, 0)
    digest, folder = sha256(path), files_beside(path)
    with pytest.raises(WorkspaceExistsError, match="a file already exists") as caught:
        create_workspace(path, title="x")
    assert str(path) in str(caught.value)
    assert (sha256(path), files_beside(path)) == (digest, folder)


def test_create_in_a_missing_folder_creates_nothing(tmp_path):
    path = tmp_path / "没有" / "plan.ecanvas"
    with pytest.raises(WorkspaceNotFoundError, match="does not exist") as caught:
        create_workspace(path)
    assert str(path) in str(caught.value)
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize(
    ("options", "error"),
    [({"language": "fr"}, ValueError), ({"colour": "#000000"}, TypeError)],
    ids=["unsupported language", "unknown property"],
)
def test_create_with_bad_options_leaves_no_file_behind(options, error, tmp_path):
    with pytest.raises(error):
        create_workspace(tmp_path / "plan.ecanvas", **options)
    assert os.listdir(tmp_path) == []


# ---------------------------------------------------------------- interrupted change (crash)
INTERRUPTED_COMMIT = """
import os, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA cache_size = 2")  # spill changed pages into the file early
connection.execute("BEGIN")
connection.execute("UPDATE card SET text = 'half-written ' || id")
connection.execute("DELETE FROM card WHERE id > 100")
os._exit(0)  # dies mid-transaction, leaving a hot journal
"""


@pytest.fixture
def interrupted(real_workspace, tmp_path, run_python) -> tuple[Path, list[str]]:
    """A copy of the real workspace whose writer died mid-transaction; and the card texts."""
    path = tmp_path / "interrupted.ecanvas"
    shutil.copyfile(real_workspace, path)
    with open_workspace(path, read_only=True) as reader:
        texts = [card.text for card in reader.workspace.canvases[0].cards]
    finished = run_python(textwrap.dedent(INTERRUPTED_COMMIT), str(path))
    assert finished.returncode == 0, finished.stderr
    assert (tmp_path / "interrupted.ecanvas-journal").stat().st_size > 0
    return path, texts


def test_interrupted_change_is_rolled_back_at_open_not_refused(interrupted, files_beside):
    path, texts = interrupted
    with open_workspace(path) as store:
        assert [card.text for card in store.workspace.canvases[0].cards] == texts
        assert store.integrity_check() == "ok"
    assert files_beside(path) == [path.name]


def test_interrupted_change_is_read_from_a_recovered_private_copy(
    interrupted, sha256, files_beside
):
    path, texts = interrupted
    journal = path.with_name(path.name + "-journal")
    digests, folder = (sha256(path), sha256(journal)), files_beside(path)
    with open_workspace(path, read_only=True) as store:
        assert (store.read_only, store.read_only_reason) == (True, "recovered")
        assert [card.text for card in store.workspace.canvases[0].cards] == texts
        assert store.integrity_check() == "ok"
    assert (sha256(path), sha256(journal)) == digests
    assert files_beside(path) == folder


# ---------------------------------------------------------------- read-only by permissions
READ_ONLY_PROBE = """
import json, sys
from ecanvas.store import CardMove, ReadOnlyWorkspaceError, open_workspace
store = open_workspace(sys.argv[1])
canvas = store.workspace.canvases[0]
block, card = canvas.blocks[0], canvas.cards[0]
attempts = {
    "set_properties": lambda: store.set_properties(title="x"),
    "add_canvas": lambda: store.add_canvas("swot"),
    "rename_canvas": lambda: store.rename_canvas(canvas.id, "y"),
    "delete_canvas": lambda: store.delete_canvas(canvas.id),
    "set_block_score": lambda: store.set_block_score(block.id, 3),
    "add_card": lambda: store.add_card(canvas.id, block.id, "新"),
    "update_card": lambda: store.update_card(card.id, text="改"),
    "move_cards": lambda: store.move_cards([CardMove(card.id, canvas.id, block.id, 0)]),
    "delete_cards": lambda: store.delete_cards([card.id]),
}
outcome = {}
for name, attempt in attempts.items():
    try:
        attempt()
        outcome[name] = "changed"
    except ReadOnlyWorkspaceError as error:
        outcome[name] = str(error)
print(json.dumps({"read_only": store.read_only, "outcome": outcome}))
"""

PERMISSIONS = {
    # name: (file mode, folder mode, a stale lock file that anyone may open)
    "file 0444": (0o444, 0o777, False),
    "folder not writable": (0o666, 0o555, False),
    "folder not writable, stale lock": (0o666, 0o555, True),
}


def _unprivileged() -> list[str]:
    """Root writes anything, so as root the probe runs as `nobody`, for whom modes count.

    setpriv (util-linux) can start an interpreter that lives under root's private home;
    Python's own `user=` cannot.
    """
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    try:
        nobody = pwd.getpwnam("nobody")
    except KeyError:
        nobody = None
    if not setpriv or not nobody:
        pytest.skip("as root, file modes mean nothing without setpriv and a 'nobody' user")
    uid, gid = nobody.pw_uid, nobody.pw_gid
    return [setpriv, f"--reuid={uid}", f"--regid={gid}", "--clear-groups"]


@pytest.fixture
def shared_folder():
    """A folder outside pytest's private (0700) temporary tree, so `nobody` can reach it."""
    folder = Path(tempfile.mkdtemp(prefix="ecanvas-perm-"))
    yield folder
    folder.chmod(0o700)
    shutil.rmtree(folder)


@pytest.mark.parametrize("name", PERMISSIONS)
def test_unwritable_file_opens_read_only_and_refuses_changes(
    name, real_workspace, shared_folder, run_python, sha256, files_beside
):
    file_mode, folder_mode, stale_lock = PERMISSIONS[name]
    path = shared_folder / "只读.ecanvas"
    shutil.copyfile(real_workspace, path)
    path.chmod(file_mode)
    if stale_lock:
        lock = path.with_name(path.name + ".lock")
        lock.write_text("")
        lock.chmod(0o666)
    shared_folder.chmod(folder_mode)
    digest, folder = sha256(path), files_beside(path)

    finished = run_python(
        textwrap.dedent(READ_ONLY_PROBE), str(path), prefix=_unprivileged(), env={}
    )

    assert finished.returncode == 0, finished.stderr
    report = json.loads(finished.stdout)
    assert report["read_only"] is True
    for operation, message in report["outcome"].items():
        assert message.startswith(f"{path}: the workspace is open read-only"), operation
    assert (sha256(path), files_beside(path)) == (digest, folder)
