"""The bundle's libraries made smaller without changing what they do: Qt's ICU data without the
parts Qt cannot reach (icu_data.py), one OpenSSL for Python's ssl and libpq (shared_openssl.py).
Both work on the real libraries of this environment, with binutils as the build does."""

from __future__ import annotations

import shutil
import ssl  # noqa: F401 - maps the OpenSSL that Python's _ssl links
import sys
from pathlib import Path

import icu_data
import psycopg
import PySide6
import pytest
from shared_openssl import share_openssl

pytestmark = [
    pytest.mark.skipif(sys.platform != "linux", reason="ELF libraries"),
    pytest.mark.skipif(not shutil.which("objcopy"), reason="binutils is missing"),
]
QT_LIB = Path(PySide6.__file__).parent / "Qt" / "lib"


@pytest.fixture(scope="module")
def icu_library() -> Path:
    found = sorted(QT_LIB.glob("libicudata.so.*"))
    if not found:
        pytest.skip("this PySide6 has no ICU data library")
    return found[0]


def qt_libraries() -> list[Path]:
    """The Qt libraries ecanvas loads (the build looks at every one it bundles)."""
    return [QT_LIB / f"libQt6{name}.so.6" for name in ("Core", "Gui", "Widgets", "Svg", "DBus")]


def test_the_icu_package_is_read_and_written_back_byte_for_byte(icu_library):
    version = icu_data.ICU_LIBRARY.search(icu_library.name).group(1)
    offset, size = icu_data._symbol_range(icu_library, f"icudt{version}_dat")
    with icu_library.open("rb") as file:
        file.seek(offset)
        package = file.read(size)
    header, items = icu_data.read_package(package)
    assert len(items) > 1000 and items[0][0].startswith(f"icudt{version}l/")
    assert icu_data.write_package(header, items) == package


def test_only_data_qt_cannot_reach_is_left_out():
    unreached = [
        "icudt73l/brkitr/thaidict.dict",
        "icudt73l/curr/zh.res",
        "icudt73l/unames.icu",
        "icudt73l/rbnf/en.res",
        "icudt73l/unit/de.res",
        "icudt73l/rfc3491.spp",
    ]
    needed = [
        "icudt73l/coll/zh.res",
        "icudt73l/zone/zh.res",
        "icudt73l/lang/zh.res",
        "icudt73l/region/zh.res",
        "icudt73l/zh.res",
        "icudt73l/gb18030.cnv",
        "icudt73l/cnvalias.icu",
        "icudt73l/ucadata.icu",
        "icudt73l/zoneinfo64.res",
        "icudt73l/nfkc.nrm",
        "icudt73l/supplementalData.res",
    ]
    assert all(icu_data.unreached(name) for name in unreached)
    assert not any(icu_data.unreached(name) for name in needed)


def test_qt_calls_only_the_icu_functions_the_trimming_allows(icu_library):
    version = icu_data.ICU_LIBRARY.search(icu_library.name).group(1)
    calls = icu_data.qt_icu_calls(qt_libraries(), version)
    assert {f"ucol_open_{version}", f"ucal_getTimeZoneDisplayName_{version}"} <= calls
    assert all(icu_data.QT_ICU_CALLS.match(call) for call in calls)


def test_no_trimming_when_qt_calls_more_of_icu(icu_library, tmp_path):
    # ICU's own i18n library calls break iterators, currencies, ...: as if Qt did.
    more = [*qt_libraries(), *QT_LIB.glob("libicui18n.so.*")]
    assert icu_data.trimmed_library(icu_library, more, tmp_path) is None


def test_the_probe_tells_when_qt_loses_data(icu_library, tmp_path, monkeypatch):
    """Collation data is needed: a library without it makes Qt answer differently."""
    monkeypatch.setitem(icu_data.UNREACHED_FOLDERS, "coll", "(as if it were not needed)")
    trimmed = icu_data.trimmed_library(icu_library, qt_libraries(), tmp_path)
    assert trimmed.stat().st_size < icu_library.stat().st_size - 10_000_000
    same, _ = icu_data.same_answers(icu_library, trimmed)
    assert not same


def _mapped(prefix: str) -> str:
    """The file of a library this process has mapped."""
    for line in Path("/proc/self/maps").read_text().splitlines():
        path = line.split(maxsplit=5)[-1]
        if Path(path).name.startswith(prefix):
            return path
    raise AssertionError(f"{prefix} is not mapped")


def test_openssl_is_shared_when_the_newer_copy_has_every_symbol(tmp_path):
    psycopg.pq.version()
    libs = Path(psycopg.__file__).parents[1] / "psycopg_binary.libs"
    theirs = {p.name.partition("-")[0]: p for p in libs.glob("lib*-*.so.3")}
    if set(theirs) != {"libcrypto", "libssl"}:
        pytest.skip("psycopg-binary brings no OpenSSL 3 here")
    ssl_module = Path(sys.modules["_ssl"].__file__)
    toc = [
        ("libcrypto.so.3", _mapped("libcrypto.so.3"), "BINARY"),
        ("libssl.so.3", _mapped("libssl.so.3"), "BINARY"),
        (f"python3/lib-dynload/{ssl_module.name}", str(ssl_module), "EXTENSION"),
        (f"psycopg_binary.libs/{theirs['libcrypto'].name}", str(theirs["libcrypto"]), "BINARY"),
        (f"psycopg_binary.libs/{theirs['libssl'].name}", str(theirs["libssl"]), "BINARY"),
    ]
    shared, said = share_openssl(toc)
    links = {dest: src for dest, src, kind in shared if kind == "SYMLINK"}
    assert links == {
        "libcrypto.so.3": f"psycopg_binary.libs/{theirs['libcrypto'].name}",
        "libssl.so.3": f"psycopg_binary.libs/{theirs['libssl'].name}",
    }
    assert "all there" in said

    # A "newer copy" without OpenSSL's symbols (here: zlib under its name) is not used.
    toc[3] = (toc[3][0], _mapped("libz.so"), "BINARY")
    kept, said = share_openssl(toc)
    assert kept == toc and "two copies kept" in said
