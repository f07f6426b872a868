"""The release archive, its size and contents, and what install.sh and uninstall.sh do."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tarfile
from pathlib import Path

from smoke_checks.common import (
    APP_ID,
    MIME_TYPE,
    SYSTEM_PATH,
    clean_environment,
    expect_success,
    run,
    tail,
)

MAX_SIZE_BYTES = 200_000_000
UNUSED_PARTS = re.compile(r"(^|/)(_tcl_data|_tk_data|libtcl|libtk|tkinter|_pytest|pytest)")

INSTALLED = (
    ".local/lib/ecanvas/ecanvas",
    ".local/lib/ecanvas/uninstall.sh",
    ".local/bin/ecanvas",
    ".local/share/applications/ecanvas.desktop",
    f".local/share/metainfo/{APP_ID}.metainfo.xml",
    ".local/share/mime/packages/ecanvas.xml",
    ".local/share/icons/hicolor/scalable/apps/ecanvas.svg",
    ".local/share/icons/hicolor/48x48/apps/ecanvas.png",
    ".local/share/icons/hicolor/256x256/apps/ecanvas.png",
    ".local/share/icons/hicolor/scalable/mimetypes/application-x-ecanvas.svg",
)


def find_release(dist: Path) -> tuple[Path, str]:
    """The one release archive in `dist` and its name without the extension."""
    assert (dist / "ecanvas" / "ecanvas").is_file(), f"no program folder {dist / 'ecanvas'}"
    archives = sorted(dist.glob("ecanvas-*-linux-*.tar.gz"))
    assert len(archives) == 1, f"expected one release archive in {dist}, found {len(archives)}"
    return archives[0], archives[0].name.removesuffix(".tar.gz")


def unpack(archive: Path, target: Path, release: str) -> Path:
    """Unpack as a user would; the archive holds one folder named after the release."""
    with tarfile.open(archive) as tar:
        tops = {Path(member.name).parts[0] for member in tar.getmembers()}
        assert tops == {release}, f"the archive should hold one folder {release}/, holds {tops}"
        tar.extractall(target, filter="tar")
    folder = target / release
    dangling = [
        str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_symlink() and not p.exists()
    ]
    assert not dangling, f"broken links in the archive: {', '.join(dangling[:3])}"
    for script in ("install.sh", "uninstall.sh", "ecanvas/ecanvas"):
        assert os.access(folder / script, os.X_OK), f"{script} missing or not executable"
    return folder


def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir())


# A file this large is a part of its own in the size report; smaller ones add up per package.
OWN_PART_BYTES = 1_000_000
LAUNCHER_NOTE = " (launcher + every Python module, compressed)"


def _part(relative: Path, size: int) -> str:
    """Where a file's bytes are counted: the file itself when large, else its package folder
    (PySide6's split into Qt's libraries, plug-ins, translations and the Python modules)."""
    if size >= OWN_PART_BYTES:
        return str(relative) + (LAUNCHER_NOTE if relative == Path("ecanvas") else "")
    parts = relative.parts
    if parts[0] != "_internal" or len(parts) == 1:
        return f"{parts[0]}/" if len(parts) > 1 else "other files"
    if len(parts) == 2:
        return "_internal/ (other shared libraries)"
    if parts[1] == "PySide6" and len(parts) > 4 and parts[2] == "Qt":
        return "/".join(parts[:4]) + "/"
    return "/".join(parts[:2]) + "/"


def largest_parts(folder: Path, count: int = 20) -> list[tuple[str, int]]:
    """The program folder's size by part, largest first: every file of 1 MB or more on its own,
    the rest summed per package folder; the parts beyond `count` summed as the last row."""
    totals: dict[str, int] = {}
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        size = path.lstat().st_size
        part = _part(path.relative_to(folder), size)
        totals[part] = totals.get(part, 0) + size
    ranked = sorted(totals.items(), key=lambda item: (-item[1], item[0]))
    rest = ranked[count:]
    if rest:
        ranked = [*ranked[:count], (f"{len(rest)} smaller parts", sum(s for _, s in rest))]
    return ranked


def size_report(parts: list[tuple[str, int]]) -> str:
    return "\n".join(f"  {size / 1e6:6.1f} MB  {name}" for name, size in parts)


def check_no_unused_parts(folder: Path) -> str:
    names = (str(p.relative_to(folder)) for p in folder.rglob("*"))
    found = [name for name in names if UNUSED_PARTS.search(name)]
    assert not found, f"parts the app does not use: {', '.join(found[:5])}"
    return "no Tcl/Tk, tkinter or test tools"


def _installer_environment(home: Path) -> dict[str, str]:
    return dict(clean_environment(home), PATH=SYSTEM_PATH)


def install(folder: Path, home: Path) -> str:
    """install.sh into an empty home folder; everything it promises must be in place."""
    result = run([folder / "install.sh"], _installer_environment(home), folder)
    out = expect_success(result, "install.sh")
    missing = [name for name in INSTALLED if not (home / name).exists()]
    assert not missing, f"not installed: {', '.join(missing)}"
    mimeapps = (home / ".config" / "mimeapps.list").read_text(encoding="utf-8")
    assert f"{MIME_TYPE}=ecanvas.desktop" in mimeapps, "no .ecanvas association in mimeapps.list"
    if shutil.which("update-mime-database"):
        registered = home / ".local/share/mime" / f"{MIME_TYPE}.xml"
        assert registered.exists(), f"the MIME database does not know {MIME_TYPE}"
    desktop = (home / ".local/share/applications/ecanvas.desktop").read_text(encoding="utf-8")
    exec_line = f'Exec="{home}/.local/lib/ecanvas/ecanvas" %f'
    assert exec_line in desktop, f"the desktop entry lacks {exec_line!r}"
    return out.strip().splitlines()[0]


def validate_desktop_files(home: Path) -> str:
    """Debian's validators on the installed desktop entry and AppStream metainfo."""
    tools = {"desktop-file-validate": "desktop-file-utils", "appstreamcli": "appstream"}
    for tool, package in tools.items():
        assert shutil.which(tool), f"{tool} is missing (apt-get install {package})"
    entry = home / ".local/share/applications/ecanvas.desktop"
    result = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), f"desktop entry: {result.stdout}"
    metainfo = home / f".local/share/metainfo/{APP_ID}.metainfo.xml"
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(metainfo)], capture_output=True, text=True
    )
    assert result.returncode == 0, f"metainfo: {tail(result.stdout, 8)}"
    return "desktop-file-validate and appstreamcli validate pass"


def uninstall(home: Path, keep: Path) -> str:
    """The installed uninstall.sh removes all install.sh put in place and keeps `keep`."""
    script = home / ".local/lib/ecanvas/uninstall.sh"
    expect_success(run([script], _installer_environment(home), home), "uninstall.sh")
    left = [name for name in INSTALLED if (home / name).exists() or (home / name).is_symlink()]
    left += [".local/lib/ecanvas"] if (home / ".local/lib/ecanvas").exists() else []
    assert not left, f"left behind: {', '.join(left)}"
    mimeapps = (home / ".config" / "mimeapps.list").read_text(encoding="utf-8")
    assert MIME_TYPE not in mimeapps, "the association is still in mimeapps.list"
    assert keep.exists(), f"uninstall.sh removed the user's workspace {keep}"
    return "everything removed, the user's workspaces kept"
