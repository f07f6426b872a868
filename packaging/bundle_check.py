"""The bundle's self-check, run by `packaging/smoke` as ``ECANVAS_CHECK_BUNDLE=1 ecanvas``.

A frozen application only holds the modules its build found, and a module that ecanvas imports
late (inside a function, or by name) fails only when a user reaches that code. This check imports
every module the build expected (the list `ecanvas.spec` writes from the source, see
`bundle_contents.py`), makes sure the excluded ones (tkinter, test tools, unused Qt modules) are
really absent, then finds the resources, the templates and both Chinese translations (ecanvas's
and Qt's own), and prints one JSON object. Exit status 0 only when everything holds.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import sys
import traceback
from functools import partial
from pathlib import Path

MANIFEST_FOLDER = "ecanvas_bundle"


def bundle_folder() -> Path:
    """The folder holding the bundle's modules and data (PyInstaller's ``_internal``)."""
    return Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent))


def _import_all(names: list[str]) -> list[str]:
    failures = []
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as error:  # any failure to import is what this check reports
            failures.append(f"{name}: {type(error).__name__}: {error}")
    return failures


def _find_excluded(names: list[str]) -> list[str]:
    found = []
    for name in names:
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):  # its parent package is absent: so is it
            spec = None
        if spec is not None:
            found.append(f"{name}: excluded from the bundle but present ({spec.origin})")
    return found


def _manifest(name: str) -> list[str]:
    return bundle_folder().joinpath(MANIFEST_FOLDER, name).read_text(encoding="utf-8").split()


def _inside_bundle(path: Path) -> bool:
    return path.resolve().is_relative_to(bundle_folder().resolve())


def _check_resources(report: dict, failures: list[str]) -> None:
    from ecanvas.assets import resources_root
    from ecanvas.model.catalog import builtin_templates

    root = resources_root()
    report["resources"] = str(root)
    if not _inside_bundle(root):
        failures.append(f"resources: found outside the bundle at {root}")
    report["templates"] = len(builtin_templates())


def _check_translations(report: dict, failures: list[str]) -> None:
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

    from ecanvas.ui.i18n import QT_LOCALES, ecanvas_translation_file

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    report["qt_translations"] = qt_folder
    if not _inside_bundle(Path(qt_folder)):
        failures.append(f"Qt translations: looked for outside the bundle, in {qt_folder}")
    loaded = []
    for locale in QT_LOCALES.values():
        qtbase, ours = QTranslator(app), QTranslator(app)
        if not qtbase.load(f"qtbase_{locale}", qt_folder):
            failures.append(f"Qt translations: qtbase_{locale}.qm not found in {qt_folder}")
        if not ours.load(str(ecanvas_translation_file(locale.partition("_")[0]))):
            failures.append(f"ecanvas translations: ecanvas_{locale}.qm not loaded")
        loaded.append(locale)
    report["languages"] = loaded


def _check_quiet_fallbacks(expected: list[str], report: dict, failures: list[str]) -> None:
    """Dependencies that still import when their compiled or optional part is missing, and then
    quietly do less: each is checked when ecanvas uses it."""
    if "psycopg" in expected:
        import psycopg

        # Without psycopg-binary, psycopg looks for the system's libpq, which most desktops lack.
        report["psycopg"] = f"{psycopg.pq.__impl__} implementation, libpq {psycopg.pq.version()}"
        if psycopg.pq.__impl__ != "binary":
            failures.append("psycopg: its bundled libpq (psycopg-binary) is missing")
    if "keyring" in expected and sys.platform == "linux":
        # keyring's Secret Service backend imports without SecretStorage, and then never works.
        try:
            importlib.import_module("secretstorage")
        except ImportError as error:
            failures.append(f"keyring: SecretStorage is missing ({error})")
        else:
            _check_secret_service_cipher(report, failures)
    if "PIL.Image" in expected:
        _check_logo_formats(report, failures)


def _check_secret_service_cipher(report: dict, failures: list[str]) -> None:
    """SecretStorage sends secrets AES-encrypted with cryptography's compiled module: encrypt
    and decrypt once as it does, so a missing or broken cryptography fails here."""
    import os

    from cryptography.hazmat.primitives import padding
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    key, iv, secret = os.urandom(16), os.urandom(16), "pässwörd 密码".encode()
    padder = padding.PKCS7(128).padder()
    padded = padder.update(secret) + padder.finalize()
    cipher = Cipher(algorithms.AES(key), modes.CBC(iv))
    encrypted = cipher.encryptor().update(padded)
    decrypted = cipher.decryptor().update(encrypted)
    if encrypted == padded or decrypted != padded:
        failures.append("keyring: cryptography's AES does not round-trip a secret")
    else:
        report["keyring"] = "Secret Service backend with SecretStorage (AES round trip)"


def _check_logo_formats(report: dict, failures: list[str]) -> None:
    """A logo is PNG or JPEG (the report scales it with Pillow): both are written and read."""
    import io

    from PIL import Image

    image = Image.new("RGB", (32, 16), (200, 40, 60))
    for kind in ("PNG", "JPEG"):
        data = io.BytesIO()
        image.save(data, kind, optimize=True)
        with Image.open(io.BytesIO(data.getvalue())) as read:
            if read.format != kind or read.size != image.size:
                failures.append(f"Pillow: {kind} does not round-trip")
            read.resize((8, 4), Image.Resampling.LANCZOS)
    report["logo formats"] = "PNG, JPEG"


def _check_one_openssl(report: dict, failures: list[str]) -> None:
    """Python's ssl and psycopg's libpq share one OpenSSL (packaging/shared_openssl.py): after
    both are loaded, the process maps one libcrypto and one libssl file. (Outside the bundle
    they are two: the system's and psycopg-binary's.)"""
    maps = Path("/proc/self/maps")
    if not getattr(sys, "frozen", False) or not maps.exists() or "psycopg" not in sys.modules:
        return
    import ssl

    import psycopg

    psycopg.pq.version()  # libpq, and with it its OpenSSL, is loaded
    mapped: dict[str, set[str]] = {"libcrypto": set(), "libssl": set()}
    for line in maps.read_text().splitlines():
        path = line.split(maxsplit=5)[-1] if line.count(" ") >= 5 else ""
        name = Path(path).name
        for library, files in mapped.items():
            if name.startswith((f"{library}.so", f"{library}-")):
                files.add(str(Path(path).resolve()))
    report["openssl"] = f"{ssl.OPENSSL_VERSION}; mapped: " + ", ".join(
        sorted(Path(f).name for files in mapped.values() for f in files)
    )
    for library, files in mapped.items():
        if len(files) > 1:
            failures.append(f"OpenSSL: {len(files)} copies of {library} loaded: {sorted(files)}")


def main() -> int:
    expected, excluded = _manifest("expected-modules.txt"), _manifest("excluded-modules.txt")
    failures = _import_all(expected) + _find_excluded(excluded)
    report: dict[str, object] = {"modules": len(expected), "excluded": len(excluded)}
    steps = {
        "resources": _check_resources,
        "translations": _check_translations,
        "fallbacks": partial(_check_quiet_fallbacks, expected),
        "one OpenSSL": _check_one_openssl,
    }
    for name, step in steps.items():
        try:
            step(report, failures)
        except Exception:
            failures.append(f"{name}: {traceback.format_exc(limit=3)}")
    report["failures"] = failures
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 1 if failures else 0
