"""What the bundle holds is derived from the package and its dependencies (bundle_contents.py)."""

from __future__ import annotations

import tomllib

import pytest
from bundle_contents import (
    MissingDistributionError,
    bundled_extras,
    data_collected_distributions,
    excluded_modules,
    expected_modules,
    imported_names,
    keep_data_file,
    keep_qt_file,
    offered_qt_locales,
    project_requirements,
    runtime_distributions,
)
from packaging_helpers import ROOT

USED_QT = {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg"}


PYPROJECT = ROOT / "pyproject.toml"


@pytest.fixture(scope="module")
def distributions() -> list[str]:
    """From the required dependencies only: the test environment lacks the optional ones."""
    return runtime_distributions(tomllib.loads(PYPROJECT.read_text())["project"]["dependencies"])


def test_the_bundle_carries_the_optional_features_but_not_the_developer_tools():
    extras = tomllib.loads(PYPROJECT.read_text())["project"]["optional-dependencies"]
    assert "keyring" in bundled_extras(PYPROJECT)
    assert not {"test", "package"} & set(bundled_extras(PYPROJECT))
    requirements = project_requirements(PYPROJECT)
    assert set(extras["keyring"]) <= set(requirements)
    assert not set(extras["test"]) & set(requirements)


@pytest.fixture(scope="module")
def expected(distributions) -> list[str]:
    return expected_modules(ROOT / "ecanvas", distributions)


def test_runtime_distributions_follow_requirements_and_leave_out_test_tools(distributions):
    # reportlab brings pillow, sqlmodel brings pydantic: followed recursively.
    assert {"reportlab", "pillow", "sqlmodel", "pydantic", "pyside6-essentials"} <= set(
        distributions
    )
    assert not {"ecanvas", "pytest", "hypothesis", "ruff", "pyinstaller"} & set(distributions)


def test_extras_named_in_a_requirement_are_followed_and_markers_respected():
    # reportlab[bidi] asks for rlbidi, which is not installed: the build must say so.
    with pytest.raises(MissingDistributionError, match="rlbidi"):
        runtime_distributions(["reportlab[bidi]"])
    # reportlab[accel], which ecanvas names, brings rl_accel along.
    assert "rl-accel" in runtime_distributions(["reportlab[accel]"])
    assert runtime_distributions(["reportlab; sys_platform == 'nowhere'"]) == []


def test_a_dependency_missing_from_the_build_environment_is_named():
    with pytest.raises(MissingDistributionError, match="no-such-distribution"):
        runtime_distributions(["platformdirs", "no-such-distribution>=1"])


def test_imported_names_see_nested_relative_and_from_imports(tmp_path):
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("from .a import b\n")
    (package / "a.py").write_text("def late():\n    from . import c\n    import json.decoder\n")
    (package / "sub" / "__init__.py").write_text("from ..a import late\n")
    names = imported_names(package, "pkg")
    assert {"pkg.a", "pkg.a.b", "pkg", "pkg.c", "json.decoder", "pkg.a.late"} <= names


def test_expected_modules_hold_what_ecanvas_imports_late(expected):
    # Each imported inside a function only (start-up stays light), so easy to miss in a bundle.
    lazily_imported = {"ecanvas.report", "ecanvas.store.interchange", "ecanvas.ui.app",
                       "reportlab.platypus", "PIL.Image", "platformdirs", "sqlite3"}  # fmt: skip
    assert lazily_imported <= set(expected)
    assert set(expected) >= USED_QT
    assert "__future__" not in expected
    assert not [name for name in expected if name.split(".")[0] in {"pytest", "tkinter"}]


def test_excluded_modules_are_unused_qt_modules_tkinter_and_test_tools(expected):
    excluded = set(excluded_modules(expected))
    assert {"tkinter", "pytest", "hypothesis", "PyInstaller", "PySide6.QtNetwork"} <= excluded
    assert {"PySide6.QtQml", "PySide6.QtOpenGL"} <= excluded
    assert not USED_QT & excluded
    assert not set(expected) & excluded


def test_an_exclusion_is_lifted_when_ecanvas_imports_the_module_or_a_part_of_it():
    excluded = set(excluded_modules(["unittest.mock", "PIL.WebPImagePlugin", "sqlalchemy"]))
    assert "unittest" not in excluded and "PIL.WebPImagePlugin" not in excluded
    assert {"sqlalchemy.testing", "PIL._avif", "doctest"} <= excluded


def test_data_files_come_from_python_packages_not_from_qt(distributions):
    collected = data_collected_distributions(distributions)
    assert collected["reportlab"] == ["reportlab"]
    assert "pyside6-essentials" not in collected and "shiboken6" not in collected
    assert "typing-extensions" not in collected  # a single module has no data files


def test_qt_translations_only_for_languages_ecanvas_offers():
    locales = offered_qt_locales(ROOT / "resources" / "i18n")
    assert locales == ["zh_CN"]
    folder = "PySide6/Qt/translations"
    assert keep_qt_file(f"{folder}/qtbase_zh_CN.qm", locales)
    assert not keep_qt_file(f"{folder}/qtbase_de.qm", locales)
    assert not keep_qt_file(f"{folder}/qtbase_zh_TW.qm", locales)
    assert keep_qt_file(f"{folder}/qtbase_de.qm", None)


@pytest.mark.parametrize(
    ("plugin", "kept"),
    [
        ("platforms/libqxcb.so", True),
        ("platforms/libqwayland.so", True),
        ("platforms/libqoffscreen.so", True),
        ("platforms/qwindows.dll", True),
        ("platforms/libqcocoa.dylib", True),
        ("platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("imageformats/libqjpeg.so", True),
        ("imageformats/libqsvg.so", True),
        ("imageformats/libqtiff.so", False),
        ("platforms/libqeglfs.so", False),
        ("platforms/libqvnc.so", False),
        ("platforms/libqlinuxfb.so", False),
        ("platformthemes/libqgtk3.so", False),
        ("generic/libqevdevmouseplugin.so", False),
        ("egldeviceintegrations/libqeglfs-kms-egldevice-integration.so", False),
    ],
)
def test_qt_plugins_a_desktop_app_does_not_load_are_left_out(plugin, kept):
    assert keep_qt_file(f"PySide6/Qt/plugins/{plugin}", ["zh_CN"]) is kept


def test_the_package_extra_installs_every_feature_the_bundle_carries():
    """packaging/build bundles every extra but test and package; `pip install -e '.[package]'`
    must install them all, or the build stops on a missing dependency."""
    from packaging.requirements import Requirement

    package = tomllib.loads(PYPROJECT.read_text())["project"]["optional-dependencies"]["package"]
    selves = [Requirement(r) for r in package if Requirement(r).name == "ecanvas"]
    installed_extras = {extra for requirement in selves for extra in requirement.extras}
    assert installed_extras == set(bundled_extras(PYPROJECT))


def test_data_files_no_code_reads_are_left_out():
    excluded = ["lxml.isoschematron", "lxml.html"]
    for unread in ("lxml/includes/tree.pxd", "lxml/etree.pyx", "lxml/includes/libxml/tree.h",
                   "lxml/isoschematron/resources/rng/iso-schematron.rng", "cffi/_embedding.h",
                   "platformdirs-4.1.dist-info/sboms/platformdirs.cdx.json", "pptx/py.typed",
                   "reportlab/fonts/Vera.ttf", "PIL/Image.pyi"):  # fmt: skip
        assert not keep_data_file(unread, excluded), unread
    for read in ("pptx/templates/default.pptx", "ecanvas/resources/fonts/wqy-microhei.ttf",
                 "pillow-12.0.dist-info/licenses/LICENSE", "keyring-25.dist-info/entry_points.txt",
                 "lxml/etree.abi3.so", "reportlab/license.txt"):  # fmt: skip
        assert keep_data_file(read, excluded), read


def test_what_the_bundle_leaves_out_of_pillow_lxml_and_psycopg_is_unused(expected):
    """Exclusions for size (see EXCLUDED_MODULES): ecanvas imports none of them."""
    excluded = set(excluded_modules(expected))
    assert {"PIL._imagingft", "PIL._imagingcms", "lxml.objectify", "lxml.html"} <= excluded
    assert {"psycopg.pq.pq_ctypes", "lxml.isoschematron"} <= excluded
    assert {"ssl", "_ssl", "_hashlib"}.isdisjoint(excluded)  # psycopg-binary imports ssl
