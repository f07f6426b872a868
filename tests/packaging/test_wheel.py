"""A non-editable install carries the resources: templates, fonts, translations, schema."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(out), str(ROOT)],
        check=True,
    )  # fmt: skip
    (built,) = out.glob("ecanvas-*.whl")
    return built


def test_wheel_contains_resources(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "ecanvas/resources/templates/business-model-design.toml" in names
    assert "ecanvas/resources/fonts/wqy-microhei.ttf" in names
    assert "ecanvas/resources/fonts/LICENSE-Apache-2.0.txt" in names
    assert any(n.startswith("ecanvas/resources/i18n/") and n.endswith(".qm") for n in names)
    assert any(n.startswith("ecanvas/resources/schema/") for n in names)


def test_installed_wheel_finds_resources_from_another_folder(wheel, tmp_path):
    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site),
         str(wheel)],
        check=True,
    )  # fmt: skip
    probe = (
        "import ecanvas, ecanvas.assets as a;"
        "from ecanvas.model.catalog import builtin_templates;"
        "print(ecanvas.__file__);print(a.resources_root());print(len(builtin_templates()))"
    )
    env = dict(os.environ, PYTHONPATH=str(site))
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, env=env, capture_output=True, text=True,
        check=True,
    )  # fmt: skip
    module_file, root, count = result.stdout.split()
    assert module_file.startswith(str(site))
    assert root == str(site / "ecanvas" / "resources")
    assert int(count) == 11
