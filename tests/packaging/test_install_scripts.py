"""install.sh and uninstall.sh from the release archive, on a stand-in program folder: what they
put into a user's home, what they leave alone, and that they undo each other."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from bundle_contents import APP_ID
from desktop_files import write_desktop_files
from packaging_helpers import PACKAGING

SYSTEM_PATH = "/usr/local/bin:/usr/bin:/bin"
PROGRAM = "#!/bin/sh\necho 'ecanvas 0.1.0'\n"
OTHER_DEFAULTS = "[Default Applications]\ntext/plain=editor.desktop\n"


@pytest.fixture(scope="module")
def release_template(tmp_path_factory, qapp) -> Path:
    """A release folder as packaging/build lays it out, with a shell script as the program."""
    release = tmp_path_factory.mktemp("release") / "ecanvas-0.1.0-linux-x86_64"
    program = release / "ecanvas"
    (program / "_internal").mkdir(parents=True)
    (program / "ecanvas").write_text(PROGRAM)
    (program / "ecanvas").chmod(0o755)
    write_desktop_files(program / "share")
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(PACKAGING / script, release / script)
    return release


@pytest.fixture
def release(release_template, tmp_path) -> Path:
    return Path(shutil.copytree(release_template, tmp_path / release_template.name, symlinks=True))


@pytest.fixture
def home(tmp_path) -> Path:
    """A home folder whose path has a space, as many do."""
    folder = tmp_path / "home of Lin"
    folder.mkdir()
    return folder


def run_script(script: Path, home: Path, **env: str) -> subprocess.CompletedProcess:
    environment = {"HOME": str(home), "PATH": SYSTEM_PATH, "LANG": "C.UTF-8", **env}
    return subprocess.run(
        [str(script)], env=environment, cwd=home, capture_output=True, text=True, timeout=60
    )


def installed_files(home: Path, data: Path | None = None) -> list[Path]:
    data = data or home / ".local/share"
    return [
        home / ".local/lib/ecanvas/ecanvas",
        home / ".local/lib/ecanvas/uninstall.sh",
        data / "applications/ecanvas.desktop",
        data / f"metainfo/{APP_ID}.metainfo.xml",
        data / "mime/packages/ecanvas.xml",
        data / "icons/hicolor/scalable/apps/ecanvas.svg",
        data / "icons/hicolor/256x256/apps/ecanvas.png",
        data / "icons/hicolor/48x48/mimetypes/application-x-ecanvas.png",
    ]


def test_install_puts_program_entry_icons_type_and_metadata_in_the_home(release, home):
    result = run_script(release / "install.sh", home)
    assert result.returncode == 0, result.stderr
    assert "Installed ecanvas 0.1.0" in result.stdout
    for path in installed_files(home):
        assert path.is_file(), path
    command = home / ".local/bin/ecanvas"
    assert command.is_symlink() and os.readlink(command) == str(home / ".local/lib/ecanvas/ecanvas")
    assert (
        subprocess.run([str(command)], capture_output=True, text=True).stdout == "ecanvas 0.1.0\n"
    )
    entry = (home / ".local/share/applications/ecanvas.desktop").read_text(encoding="utf-8")
    assert f'Exec="{home}/.local/lib/ecanvas/ecanvas" %f' in entry
    assert f"TryExec={home}/.local/lib/ecanvas/ecanvas" in entry
    mimeapps = (home / ".config/mimeapps.list").read_text(encoding="utf-8")
    assert "[Default Applications]\napplication/x-ecanvas=ecanvas.desktop\n" in mimeapps


@pytest.mark.skipif(not shutil.which("update-mime-database"), reason="needs shared-mime-info")
def test_install_registers_the_file_type_with_the_mime_database(release, home):
    assert run_script(release / "install.sh", home).returncode == 0
    registered = home / ".local/share/mime/application/x-ecanvas.xml"
    assert "ecanvas" in registered.read_text(encoding="utf-8")
    assert "application/x-ecanvas" in (home / ".local/share/mime/globs2").read_text()


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="needs desktop-file-utils")
def test_the_installed_desktop_entry_is_valid_with_a_quoted_path(release, home):
    assert run_script(release / "install.sh", home).returncode == 0
    entry = home / ".local/share/applications/ecanvas.desktop"
    result = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout == "", result.stdout


def test_install_keeps_other_associations_and_replaces_an_old_ecanvas_one(release, home):
    config = home / ".config"
    config.mkdir()
    (config / "mimeapps.list").write_text(
        "[Added Associations]\nimage/png=viewer.desktop;\n\n"
        "[Default Applications]\ntext/plain=editor.desktop\napplication/x-ecanvas=old.desktop\n"
    )
    assert run_script(release / "install.sh", home).returncode == 0
    assert run_script(release / "install.sh", home).returncode == 0  # a second run changes nothing
    text = (config / "mimeapps.list").read_text()
    assert text.count("application/x-ecanvas=") == 1
    assert "application/x-ecanvas=ecanvas.desktop" in text
    assert "image/png=viewer.desktop;" in text and "text/plain=editor.desktop" in text


def test_installing_again_replaces_the_previous_program_folder(release, home):
    assert run_script(release / "install.sh", home).returncode == 0
    stale = home / ".local/lib/ecanvas/_internal/from-the-old-version.so"
    stale.write_text("old")
    assert run_script(release / "install.sh", home).returncode == 0
    assert not stale.exists()
    assert not list((home / ".local/lib").glob("ecanvas.*")), "staging folders left behind"


def test_install_follows_xdg_data_home(release, home, tmp_path):
    data = tmp_path / "xdg data"
    assert run_script(release / "install.sh", home, XDG_DATA_HOME=str(data)).returncode == 0
    for path in installed_files(home, data):
        assert path.is_file(), path
    assert not (home / ".local/share/applications").exists()


def test_install_refuses_to_replace_a_folder_that_is_not_ecanvas(release, home):
    foreign = home / ".local/lib/ecanvas"
    foreign.mkdir(parents=True)
    (foreign / "notes.txt").write_text("mine")
    result = run_script(release / "install.sh", home)
    assert result.returncode == 1
    assert "is not an ecanvas installation" in result.stderr
    assert (foreign / "notes.txt").read_text() == "mine"
    assert not (home / ".local/share/applications/ecanvas.desktop").exists()


def test_install_leaves_another_ecanvas_command_alone(release, home):
    bin_folder = home / ".local/bin"
    bin_folder.mkdir(parents=True)
    (bin_folder / "ecanvas").write_text("#!/bin/sh\necho pip-installed\n")
    result = run_script(release / "install.sh", home)
    assert result.returncode == 0
    assert "was left as it is" in result.stdout
    assert (bin_folder / "ecanvas").read_text() == "#!/bin/sh\necho pip-installed\n"
    assert run_script(home / ".local/lib/ecanvas/uninstall.sh", home).returncode == 0
    assert (bin_folder / "ecanvas").exists(), "uninstall removed a command it did not install"


def test_install_changes_nothing_when_the_program_cannot_run_here(release, home):
    (release / "ecanvas" / "ecanvas").write_text(
        "#!/bin/sh\necho 'missing libEGL.so.1' >&2\nexit 127\n"
    )
    result = run_script(release / "install.sh", home)
    assert result.returncode == 1
    assert "does not run on this computer" in result.stderr and "libEGL" in result.stderr
    assert not (home / ".local").exists()


def test_uninstall_removes_everything_and_keeps_workspaces_and_other_settings(release, home):
    config = home / ".config"
    config.mkdir()
    (config / "mimeapps.list").write_text(OTHER_DEFAULTS)
    assert run_script(release / "install.sh", home).returncode == 0
    workspace = home / ".local/share/ecanvas/default.ecanvas"
    workspace.parent.mkdir(parents=True)
    workspace.write_bytes(b"the user's work")
    result = run_script(home / ".local/lib/ecanvas/uninstall.sh", home)
    assert result.returncode == 0, result.stderr
    for path in installed_files(home):
        assert not path.exists(), path
    assert not (home / ".local/lib/ecanvas").exists()
    assert not (home / ".local/bin/ecanvas").is_symlink()
    assert not list((home / ".local/share/icons").rglob("*ecanvas*"))
    assert workspace.read_bytes() == b"the user's work"
    assert (config / "mimeapps.list").read_text() == OTHER_DEFAULTS
    assert "workspaces" in result.stdout
