"""A file whose schema another program changed is refused before anything is written to it."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from ecanvas.store import TamperedWorkspaceError, open_workspace
from ecanvas.store.repair import repair_workspace

TAMPERINGS = {
    "extra trigger": ["CREATE TRIGGER wipe AFTER UPDATE ON card BEGIN DELETE FROM card; END"],
    "extra view": ["CREATE VIEW everything AS SELECT * FROM card"],
    "extra index": ["CREATE INDEX mine ON card (text)"],
    "extra table": ["CREATE TABLE notes (x)"],
    "dropped index": ["DROP INDEX card_by_canvas"],
    "extra column": ["ALTER TABLE card ADD COLUMN spy TEXT"],
    "changed column": [
        "PRAGMA writable_schema = ON",
        "UPDATE sqlite_master SET sql = replace(sql, 'votes INTEGER NOT NULL DEFAULT 0 CHECK "
        "(votes >= 0)', 'votes TEXT') WHERE name = 'card'",
    ],
    "dropped check": [
        "PRAGMA writable_schema = ON",
        "UPDATE sqlite_master SET sql = replace(sql, ' CHECK (votes >= 0)', '') "
        "WHERE name = 'card'",
    ],
}


def tamper(source, target, statements) -> None:
    shutil.copy2(source, target)
    connection = sqlite3.connect(target)
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()


@pytest.mark.parametrize("kind", sorted(TAMPERINGS))
def test_a_tampered_file_is_refused_untouched_in_every_mode(filled, tmp_path, kind, sha256,
                                                            files_beside):  # fmt: skip
    filled.store.close()
    target = tmp_path / "tampered.ecanvas"
    tamper(filled.path, target, TAMPERINGS[kind])
    digest, folder = sha256(target), files_beside(target)
    for read_only in (False, True):
        with pytest.raises(TamperedWorkspaceError) as caught:
            open_workspace(target, read_only=read_only)
        message = str(caught.value)
        assert message.startswith(f"{target}: another program changed the structure")
        assert "ecanvas repair" in message
    assert (sha256(target), files_beside(target)) == (digest, folder)


def test_the_message_names_what_changed(filled, tmp_path):
    filled.store.close()
    target = tmp_path / "tampered.ecanvas"
    tamper(filled.path, target, TAMPERINGS["extra trigger"])
    with pytest.raises(TamperedWorkspaceError, match="an extra trigger 'wipe'"):
        open_workspace(target)


def test_the_content_of_a_tampered_file_can_be_saved_into_a_new_workspace(
    filled, tmp_path, content, on_disk, sha256
):
    filled.store.close()
    expected = content(on_disk(filled.path))
    target = tmp_path / "tampered.ecanvas"
    tamper(filled.path, target, TAMPERINGS["extra trigger"])
    digest = sha256(target)
    result = repair_workspace(target, tmp_path / "saved.ecanvas")
    assert result.damage == []
    assert content(on_disk(tmp_path / "saved.ecanvas")) == expected
    assert sha256(target) == digest


def test_the_expected_schema_built_in_a_thread_is_the_one_the_check_uses(
    filled, tmp_path, monkeypatch
):
    """The app builds the expected schema in a thread while its window is made; the check
    waits for that build (one build, not two) and still refuses a tampered file."""
    from ecanvas.store import schema_check

    filled.store.close()
    from ecanvas.store.migrations import SCHEMA_VERSION

    monkeypatch.setattr(schema_check, "_shapes", {})
    builds = []
    real = schema_check._migrated_shape
    monkeypatch.setattr(
        schema_check, "_migrated_shape", lambda version: builds.append(version) or real(version)
    )
    thread = schema_check.prepare_in_background()
    shape = schema_check.expected_shape(SCHEMA_VERSION)  # waits for the thread when it is first
    thread.join(10)
    assert not thread.is_alive()
    assert builds == [SCHEMA_VERSION]
    assert schema_check.expected_shape(SCHEMA_VERSION) is shape
    assert shape == real(SCHEMA_VERSION)
    target = tmp_path / "tampered.ecanvas"
    tamper(filled.path, target, TAMPERINGS["extra trigger"])
    with pytest.raises(TamperedWorkspaceError):
        open_workspace(target)
    open_workspace(filled.path).close()
