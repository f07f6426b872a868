"""The bundle's self-check reports, by name, every expected module it cannot import and every
excluded one it finds, and resources or translations found outside the bundle."""

from __future__ import annotations

import json
import sys

import bundle_check
import pytest


@pytest.fixture
def fake_bundle(tmp_path, monkeypatch, qapp):
    """A folder standing in for the bundle's _internal; this test runs from the checkout."""
    manifest = tmp_path / bundle_check.MANIFEST_FOLDER
    manifest.mkdir()
    monkeypatch.setattr(bundle_check, "bundle_folder", lambda: tmp_path)
    return manifest


def write(folder, name, modules):
    (folder / name).write_text("\n".join(modules) + "\n", encoding="utf-8")


def test_missing_and_unwanted_modules_are_named(fake_bundle, capsys):
    write(fake_bundle, "expected-modules.txt", ["json", "ecanvas.report", "ecanvas_no_such_module"])
    write(fake_bundle, "excluded-modules.txt", ["xml.dom", "no_such_excluded_module"])
    assert bundle_check.main() == 1
    report = json.loads(capsys.readouterr().out)
    failures = "\n".join(report["failures"])
    assert "ecanvas_no_such_module: ModuleNotFoundError" in failures
    assert "xml.dom: excluded from the bundle but present" in failures
    assert "no_such_excluded_module" not in failures
    assert not [f for f in report["failures"] if f.startswith(("json:", "ecanvas.report:"))]
    assert report["modules"] == 3 and report["excluded"] == 2


def test_resources_and_translations_outside_the_bundle_are_failures(fake_bundle, capsys):
    write(fake_bundle, "expected-modules.txt", ["ecanvas"])
    write(fake_bundle, "excluded-modules.txt", [])
    assert bundle_check.main() == 1
    report = json.loads(capsys.readouterr().out)
    failures = "\n".join(report["failures"])
    assert "resources: found outside the bundle" in failures
    assert "Qt translations: looked for outside the bundle" in failures
    # Found they are (in the checkout and the virtual environment): only their place is wrong.
    assert report["templates"] == 11
    assert report["languages"] == ["zh_CN"]
    assert "not found" not in failures and "not loaded" not in failures


def test_psycopg_without_its_bundled_libpq_is_a_failure(fake_bundle, capsys, monkeypatch):
    """psycopg imports without psycopg-binary and would then need the system's libpq."""
    import psycopg

    write(fake_bundle, "expected-modules.txt", ["psycopg"])
    write(fake_bundle, "excluded-modules.txt", [])
    bundle_check.main()
    report = json.loads(capsys.readouterr().out)
    assert report["psycopg"].startswith("binary implementation")
    assert not [f for f in report["failures"] if f.startswith("psycopg")]

    monkeypatch.setattr(psycopg.pq, "__impl__", "python")
    bundle_check.main()
    failures = json.loads(capsys.readouterr().out)["failures"]
    assert "psycopg: its bundled libpq (psycopg-binary) is missing" in failures


def test_keyring_without_secretstorage_is_a_failure(fake_bundle, capsys, monkeypatch):
    """keyring's Secret Service backend imports without SecretStorage and then never works."""
    monkeypatch.setitem(sys.modules, "secretstorage", None)  # as if it were not bundled
    write(fake_bundle, "expected-modules.txt", ["keyring"])
    write(fake_bundle, "excluded-modules.txt", [])
    assert bundle_check.main() == 1
    failures = json.loads(capsys.readouterr().out)["failures"]
    assert [f for f in failures if f.startswith("keyring: SecretStorage is missing")]


def test_two_openssl_libraries_in_one_process_are_a_failure(fake_bundle, capsys, monkeypatch):
    """Run from the virtual environment, Python's ssl maps the system's OpenSSL and psycopg's
    libpq its own: the check, which the bundle passes with one, names both copies."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    write(fake_bundle, "expected-modules.txt", ["psycopg"])
    write(fake_bundle, "excluded-modules.txt", [])
    bundle_check.main()
    report = json.loads(capsys.readouterr().out)
    assert report["openssl"].startswith("OpenSSL 3.")
    copies = [f for f in report["failures"] if f.startswith("OpenSSL: 2 copies of libcrypto")]
    assert copies, report["failures"]


def test_logo_formats_and_the_keyring_cipher_work(fake_bundle, capsys):
    pytest.importorskip("secretstorage", reason="the keyring extra is not installed")
    write(fake_bundle, "expected-modules.txt", ["PIL.Image", "keyring"])
    write(fake_bundle, "excluded-modules.txt", [])
    bundle_check.main()
    report = json.loads(capsys.readouterr().out)
    assert report["logo formats"] == "PNG, JPEG"
    assert report["keyring"].endswith("(AES round trip)")
    assert not [f for f in report["failures"] if f.startswith(("Pillow", "keyring"))]
