"""The desktop entry, MIME type and AppStream metainfo are valid and agree with each other and
with the app (Debian's validators: desktop-file-utils, appstream)."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from bundle_contents import APP_ID
from packaging_helpers import PACKAGING, ROOT

import ecanvas

METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
DESKTOP = PACKAGING / "ecanvas.desktop"
MIME = PACKAGING / "ecanvas-mime.xml"


def desktop_keys() -> dict[str, str]:
    lines = DESKTOP.read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line)


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="needs desktop-file-utils")
def test_desktop_entry_is_valid():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout == "", result.stdout


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="needs appstream")
def test_metainfo_is_valid():
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout


def test_metainfo_names_this_version_the_desktop_entry_and_the_file_type():
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    newest = component.find("releases/release")
    assert newest is not None and newest.get("version") == ecanvas.__version__
    assert component.findtext("launchable") == DESKTOP.name
    mime_type = ET.parse(MIME).getroot()[0].get("type")
    assert component.findtext("provides/mediatype") == mime_type
    assert desktop_keys()["MimeType"] == f"{mime_type};"


def test_scripts_and_smoke_check_use_the_same_ids():
    for script in ("install.sh", "uninstall.sh"):
        text = (PACKAGING / script).read_text(encoding="utf-8")
        assert f"APP_ID={APP_ID}\n" in text, script
        assert "DESKTOP_ID=ecanvas.desktop\n" in text, script
    common = (PACKAGING / "smoke_checks" / "common.py").read_text(encoding="utf-8")
    assert f'APP_ID = "{APP_ID}"' in common


def test_the_app_names_its_desktop_entry():
    """Wayland and task bars match the window to the entry by this name (and find its icon)."""
    app_source = (ROOT / "ecanvas" / "ui" / "app.py").read_text(encoding="utf-8")
    desktop_file_name = re.search(r'setDesktopFileName\("([^"]+)"\)', app_source).group(1)
    assert f"{desktop_file_name}.desktop" == DESKTOP.name
    assert desktop_keys()["Icon"] == "ecanvas"
