"""What the desktop bundle holds, derived from the ecanvas package and its installed dependencies.

`ecanvas.spec` asks this module instead of listing modules by hand, so a dependency or a lazily
imported module that someone adds later is bundled without editing the spec:

- the runtime distributions are ecanvas's dependencies and those of its optional features (every
  extra but the developers' test and package), followed recursively through their own
  requirements (extras named in a requirement included, their optional extras left out);
- the expected modules are every module the ecanvas source imports anywhere (inside functions
  too), resolved in the build environment and kept when they come from the standard library, from
  ecanvas or from a runtime distribution. The bundle's self-check imports each of them again, so a
  module missing from the bundle fails the smoke check by name instead of a user's click.
"""

from __future__ import annotations

import ast
import importlib.metadata as metadata
import importlib.util
import sys
import tomllib
from collections.abc import Iterable
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

PACKAGE = "ecanvas"
# The AppStream component id and macOS bundle identifier (reverse-DNS, as both require).
APP_ID = "org.ecanvas.ecanvas"

# Left out of the bundle unless ecanvas itself imports them: the standard library's GUI toolkit
# and test machinery, test and build tools, and what dependencies import only for debugging,
# self-tests or features ecanvas does not use.
EXCLUDED_MODULES = (
    "tkinter",
    "_tkinter",
    "turtle",
    "turtledemo",
    "idlelib",
    "lib2to3",
    "pydoc_data",
    "ensurepip",
    "venv",
    "test",
    "doctest",  # reportlab modules run their doctests when started as scripts
    "unittest",
    "pdb",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "pypdf",
    "jsonschema",
    "ruff",
    "importlinter",
    "grimp",
    "hatchling",
    "pip",
    "setuptools",
    "PyInstaller",
    "IPython",
    "rich",  # pydantic's debugging pretty-printer
    "pygments",  # reportlab's code-listing helper
    "sqlalchemy.testing",
    # SQLAlchemy's hook bundles every dialect; ecanvas speaks SQLite and PostgreSQL.
    "sqlalchemy.dialects.mssql",
    "sqlalchemy.dialects.mysql",
    "sqlalchemy.dialects.oracle",
    # Pillow reads the report's logo (PNG or JPEG); AVIF and WebP bring 6 MB of codecs.
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL.ImageTk",
    "PIL.ImageQt",
    # Pillow's text drawing (FreeType, HarfBuzz, Brotli, libpng: 3 MB) and colour management
    # (LittleCMS): the report draws text with reportlab and shapes it with uharfbuzz; python-pptx
    # imports ImageFont only for TextFrame.fit_text, which ecanvas does not call (ImageFont itself
    # imports without them and fails only when a font is loaded).
    "PIL._imagingft",
    "PIL._imagingcms",
    # lxml: python-pptx parses and writes with lxml.etree alone; objectify, the HTML tools (their
    # diff alone is 0.9 MB), SAX, the E-factory and Schematron are for other programs.
    "lxml.objectify",
    "lxml.html",
    "lxml.sax",
    "lxml.builder",
    "lxml.isoschematron",
    "lxml.cssselect",
    "lxml.doctestcompare",
    "lxml.usedoctest",
    # psycopg's pure-Python libpq binding, for when psycopg_binary is missing: it would look for
    # the system's libpq. The bundle always has psycopg_binary.
    "psycopg.pq.pq_ctypes",
    "psycopg.pq._pq_ctypes",
)

# Distributions whose files PyInstaller's own hooks collect selectively (Qt's plug-ins and
# translations); collecting all their data files would bundle every Qt module and language.
HOOK_COLLECTED = {"pyside6-essentials", "pyside6-addons", "pyside6", "shiboken6"}


# --------------------------------------------------------------------------- distributions
class MissingDistributionError(RuntimeError):
    """A runtime dependency of ecanvas is not installed where the bundle is built."""


# Optional dependency groups for developers; every other extra is an optional feature of the app,
# and the bundle carries it (a user cannot add one to a bundle later).
DEVELOPER_EXTRAS = ("test", "package")


def bundled_extras(pyproject: Path) -> list[str]:
    """The extras of this checkout that are features of the app (all but the developers')."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    extras = project.get("optional-dependencies", {})
    return sorted(name for name in extras if name not in DEVELOPER_EXTRAS)


def project_requirements(pyproject: Path) -> list[str]:
    """What the bundle needs from this checkout's pyproject.toml (not from whatever ecanvas is
    installed): ``[project] dependencies`` and the requirements of every bundled extra."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    extras = project.get("optional-dependencies", {})
    requirements = list(project["dependencies"])
    for name in bundled_extras(pyproject):
        requirements += extras[name]
    return requirements


def runtime_distributions(requirements: Iterable[str]) -> list[str]:
    """Canonical names of the distributions ecanvas needs at run time: its requirements and
    theirs, recursively, with the extras a requirement names and without optional extras."""
    found: dict[str, set[str]] = {}
    pending = [r for r in map(Requirement, requirements) if _applies(r, frozenset())]
    missing = []
    while pending:
        requirement = pending.pop()
        key, extras = canonicalize_name(requirement.name), set(requirement.extras)
        if key in found and extras <= found[key]:
            continue
        found.setdefault(key, set()).update(extras)
        try:
            declared = metadata.requires(requirement.name) or []
        except metadata.PackageNotFoundError:
            missing.append(str(requirement))
            continue
        wanted = frozenset(found[key])
        pending.extend(r for r in map(Requirement, declared) if _applies(r, wanted))
    if missing:
        raise MissingDistributionError(
            f"not installed in this environment: {', '.join(sorted(missing))} "
            "(install the build tools and ecanvas's dependencies: pip install -e '.[package]')"
        )
    return sorted(found)


def _applies(requirement: Requirement, extras: frozenset[str]) -> bool:
    if requirement.marker is None:
        return True
    return any(requirement.marker.evaluate({"extra": extra}) for extra in ["", *sorted(extras)])


def top_level_modules(distributions: Iterable[str]) -> dict[str, str]:
    """The importable top-level names each runtime distribution provides: name -> distribution."""
    wanted = {canonicalize_name(d) for d in distributions}
    names: dict[str, str] = {}
    for module, owners in metadata.packages_distributions().items():
        for owner in owners:
            if canonicalize_name(owner) in wanted:
                names[module] = canonicalize_name(owner)
    return names


# --------------------------------------------------------------------------- modules
def imported_names(source_folder: Path, package: str = PACKAGE) -> set[str]:
    """Every module name that an import statement anywhere in the package's source names.

    ``from a import b`` yields ``a`` and ``a.b`` (``b`` may be a module or an attribute; the
    caller keeps what resolves). Relative imports are made absolute.
    """
    names: set[str] = set()
    for path in sorted(source_folder.rglob("*.py")):
        module = _module_name(path, source_folder, package)
        is_package = path.name == "__init__.py"
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = _absolute(node, module, is_package)
                if base:
                    names.add(base)
                    names.update(
                        f"{base}.{alias.name}" for alias in node.names if alias.name != "*"
                    )
    return names


def _module_name(path: Path, source_folder: Path, package: str) -> str:
    parts = list(path.relative_to(source_folder).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join([package, *parts])


def _absolute(node: ast.ImportFrom, module: str, is_package: bool) -> str:
    if node.level == 0:
        return node.module or ""
    anchor = module.split(".")
    if not is_package:
        anchor.pop()
    anchor = anchor[: len(anchor) - (node.level - 1)]
    return ".".join([*anchor, node.module] if node.module else anchor)


def is_excluded(name: str) -> bool:
    return any(name == excluded or name.startswith(excluded + ".") for excluded in EXCLUDED_MODULES)


def _resolves(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):  # a parent that is a module, not a package, and the like
        return False


def expected_modules(source_folder: Path, distributions: Iterable[str]) -> list[str]:
    """The modules the bundle must be able to import: see the module docstring."""
    provided = top_level_modules(distributions)
    expected = []
    for name in sorted(imported_names(source_folder)):
        top = name.partition(".")[0]
        if name == "__future__":
            continue
        ours = top == PACKAGE or top in sys.stdlib_module_names or top in provided
        if ours and _resolves(name):
            expected.append(name)
    return expected


def unused_qt_modules(expected: Iterable[str]) -> list[str]:
    """Qt's Python modules that ecanvas never imports (PySide6 ships them all). Qt libraries that
    the used modules' plug-ins need are still found by PyInstaller's binary analysis."""
    import pkgutil

    import PySide6

    used = {name for name in expected if name.startswith("PySide6.")}
    available = (f"PySide6.{m.name}" for m in pkgutil.iter_modules(PySide6.__path__))
    return sorted(
        name for name in available if name.rpartition(".")[2].startswith("Qt") and name not in used
    )


def excluded_modules(expected: Iterable[str]) -> list[str]:
    """EXCLUDED_MODULES less any that ecanvas imports (or imports a part of), and the unused Qt
    modules: what ecanvas uses is never left out."""
    used = list(expected)

    def wanted(name: str) -> bool:
        return any(e == name or e.startswith(name + ".") for e in used)

    return [name for name in EXCLUDED_MODULES if not wanted(name)] + unused_qt_modules(used)


# Data files that no program reads at run time: C and Cython sources and headers (for compiling
# against a package: lxml's alone are 2.3 MB), type stubs, and the software bills of materials
# (CycloneDX, sboms/) that wheels carry beside their metadata; licences stay. And reportlab's own
# fonts (1.8 MB: the standard fonts' Type 1 outlines, demo and test faces): the report registers
# its TrueType fonts from ecanvas's resources and never embeds or rasterises a standard font.
UNREAD_DATA_SUFFIXES = (".pyi", ".pxd", ".pyx", ".pxi", ".h", ".c")
UNREAD_DATA_NAMES = ("py.typed",)
UNREAD_DATA_FOLDERS = ("reportlab/fonts",)


def keep_data_file(destination: str, excluded: Iterable[str] = ()) -> bool:
    """False for a data file the bundle does not need: one listed above, a bill of materials,
    or a file of an excluded package (lxml.isoschematron's stylesheets)."""
    path = Path(destination)
    if path.suffix in UNREAD_DATA_SUFFIXES or path.name in UNREAD_DATA_NAMES:
        return False
    parts = path.parts
    if len(parts) > 2 and parts[0].endswith(".dist-info") and parts[1] == "sboms":
        return False
    folders = [*UNREAD_DATA_FOLDERS, *(name.replace(".", "/") for name in excluded)]
    return not any(path.is_relative_to(folder) for folder in folders)


def data_collected_distributions(distributions: Iterable[str]) -> dict[str, list[str]]:
    """Top-level modules whose package data files are bundled, per runtime distribution."""
    result: dict[str, list[str]] = {}
    for module, owner in sorted(top_level_modules(distributions).items()):
        if owner in HOOK_COLLECTED or is_excluded(module) or module.startswith("_"):
            continue
        spec = importlib.util.find_spec(module)
        if spec is None or spec.submodule_search_locations is None:  # a module has no data
            continue
        result.setdefault(owner, []).append(module)
    return result


# --------------------------------------------------------------------------- Qt files
# Qt plug-ins a desktop app does not load: embedded-device platforms and input (EGLFS, Linux
# framebuffer, VNC, Vulkan display, evdev/tuio), the GTK platform theme, which would pull the
# build machine's GTK, Pango and Cairo into the bundle to mix with the user's own GTK, and image
# formats ecanvas never reads (it reads PNG and JPEG logos and SVG icons).
UNUSED_QT_PLUGIN_FOLDERS = ("egldeviceintegrations", "generic")
UNUSED_QT_PLUGINS = {
    "platforms": ("eglfs", "linuxfb", "vnc", "vkkhrdisplay", "minimal", "minimalegl"),
    "platformthemes": ("gtk3",),
    "imageformats": ("webp", "tiff", "icns", "tga", "wbmp"),
}


def offered_qt_locales(i18n_folder: Path) -> list[str]:
    """Locales ecanvas is translated into, from its compiled translations (ecanvas_zh_CN.qm)."""
    return sorted(path.stem.partition("_")[2] for path in i18n_folder.glob(f"{PACKAGE}_*.qm"))


def _plugin_name(file_name: str) -> str:
    """libqxcb.so / qwindows.dll / libqcocoa.dylib -> xcb / windows / cocoa."""
    stem = file_name.split(".")[0]
    stem = stem.removeprefix("lib")
    return stem.removeprefix("q")


def keep_qt_file(destination: str, locales: Iterable[str] | None) -> bool:
    """False for a Qt file the bundle does not need: a translation for a language ecanvas does
    not offer (None: keep translations), or a plug-in listed above."""
    parts = Path(destination).parts
    if parts[:3] == ("PySide6", "Qt", "translations") and locales is not None:
        stem = Path(destination).stem
        return any(stem.endswith(f"_{locale}") for locale in locales)
    if parts[:3] == ("PySide6", "Qt", "plugins") and len(parts) == 5:
        folder, file_name = parts[3], parts[4]
        if folder in UNUSED_QT_PLUGIN_FOLDERS:
            return False
        return _plugin_name(file_name) not in UNUSED_QT_PLUGINS.get(folder, ())
    return True
