"""Qt's ICU data library without the data Qt cannot reach (Linux): 32 MB down to 20 MB.

PySide6's Qt links ICU (libicuuc, libicui18n) with all of ICU's data in `libicudata.so.NN`, the
largest file of the bundle. Qt calls ICU for collation, case mapping, time zones and codecs only
(QT_ICU_CALLS); ICU's data for break iterators and their dictionaries, units, currencies,
transliteration, spelled-out numbers, character names, StringPrep, IDNA, spoof detection and
text layout properties serves other ICU services, which nothing in the bundle calls. Each reason
below names what would need that data.

`trimmed_library` copies the data out of the library (an ICU "common data" package: a table of
contents and one item per file), leaves those items out and links a new library with the same
name and symbol, with binutils (objcopy, ld) which PyInstaller needs on Linux anyway. It refuses
(returns None, the build keeps the original) when Qt's libraries import an ICU function outside
QT_ICU_CALLS, so a Qt upgrade that starts using more of ICU keeps working. `packaging/build` then
runs `icu_probe.py` against both libraries and fails unless every answer is the same.
"""

from __future__ import annotations

import json
import re
import struct
import subprocess
from pathlib import Path

# The ICU functions Qt's libraries may import for the trimming to be safe (QtCore 6.11 imports
# exactly these): what each needs is kept (collation, locale data, time zone data and names,
# region and language names, converters, normalisation, case and property data).
QT_ICU_CALLS = re.compile(
    r"^(u_strToLower|u_strToUpper|ucal_(open|close|getCanonicalTimeZoneID|getTimeZoneDisplayName)"
    r"|ucnv_\w+|ucol_(open|close|getSortKey|setAttribute|strcoll))_\d+$"
)
# Items left out: folders of the package and single files, with what would read them.
UNREACHED_FOLDERS = {
    "brkitr": "BreakIterator (ubrk_*, u_strToTitle): Qt breaks text with its own tables",
    "unit": "MeasureFormat and unit display names",
    "curr": "currency names and symbols for NumberFormat (Qt formats with its own CLDR data)",
    "translit": "Transliterator (utrans_*)",
    "rbnf": "RuleBasedNumberFormat (spelled-out numbers)",
}
UNREACHED_FILES = {
    "unames.icu": "character names (u_charName)",
    "confusables.cfu": "spoof detection (uspoof_*)",
    "uts46.nrm": "IDNA (uidna_*): QUrl has its own",
    "ulayout.icu": "Indic layout properties, read by break iterators",
}
UNREACHED_SUFFIXES = {".spp": "StringPrep profiles (usprep_*)"}

ICU_LIBRARY = re.compile(r"libicudata\.so\.(\d+)$")
HEADER_MAGIC = b"\xda\x27"


class ICUDataError(RuntimeError):
    """The library is not what this module understands; the original is kept."""


def _run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def qt_icu_calls(qt_libraries: list[Path], version: str) -> set[str]:
    """The ICU functions (suffixed _NN) that the given Qt libraries import."""
    calls = set()
    for library in qt_libraries:
        for line in _run("nm", "-D", "--undefined-only", str(library)).splitlines():
            name = line.split()[-1].partition("@")[0]
            if name.endswith(f"_{version}") and re.match(r"^u[a-z]*_", name):
                calls.add(name)
    return calls


def _symbol_range(library: Path, symbol: str) -> tuple[int, int]:
    """File offset and size of a defined dynamic symbol."""
    address = size = None
    for line in _run("nm", "-D", "-S", "--defined-only", str(library)).splitlines():
        fields = line.split()
        if len(fields) == 4 and fields[3] == symbol:
            address, size = int(fields[0], 16), int(fields[1], 16)
    if address is None:
        raise ICUDataError(f"{library.name} has no symbol {symbol}")
    for line in _run("readelf", "-SW", str(library)).splitlines():
        match = re.match(
            r"\s*\[\s*\d+\]\s+(\S+)\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", line
        )
        if match:
            start, offset, length = (int(match.group(i), 16) for i in (2, 3, 4))
            if start <= address and address + size <= start + length:
                return offset + address - start, size
    raise ICUDataError(f"no section of {library.name} holds {symbol}")


def read_package(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """An ICU common data package: its header and its items (name, bytes) in order."""
    header_size = struct.unpack_from("<H", data)[0]
    if data[2:4] != HEADER_MAGIC or data[12:16] != b"CmnD":
        raise ICUDataError("not an ICU common data package (little-endian CmnD)")
    toc = data[header_size:]
    (count,) = struct.unpack_from("<I", toc)
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    items = []
    for index, (name_offset, data_offset) in enumerate(entries):
        name = toc[name_offset : toc.index(b"\0", name_offset)].decode("ascii")
        end = entries[index + 1][1] if index + 1 < count else len(toc)
        items.append((name, toc[data_offset:end]))
    return data[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The package again (items sorted by name, each 16-byte aligned, as ICU's icupkg writes)."""
    items = sorted(items)
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    table_size = 4 + 8 * len(items)
    data_start = _align(table_size + len(names))
    table, blob = [struct.pack("<I", len(items))], bytearray()
    name_offset = table_size
    for name, item in items:
        table.append(struct.pack("<II", name_offset, data_start + len(blob)))
        name_offset += len(name) + 1
        blob += item + b"\0" * (_align(len(item)) - len(item))
    head = b"".join(table) + names
    return header + head + b"\xaa" * (data_start - len(head)) + bytes(blob)  # as icupkg pads


def _align(size: int) -> int:
    return (size + 15) // 16 * 16


def unreached(name: str) -> bool:
    """Whether a package item (``icudt73l/brkitr/line.brk``) is one Qt cannot reach."""
    parts = name.split("/")[1:]
    if len(parts) > 1:
        return parts[0] in UNREACHED_FOLDERS
    return parts[0] in UNREACHED_FILES or Path(parts[0]).suffix in UNREACHED_SUFFIXES


def trimmed_library(library: Path, qt_libraries: list[Path], work: Path) -> Path | None:
    """A copy of `library` without the unreached data, or None when trimming is not safe."""
    match = ICU_LIBRARY.search(library.name)
    if not match:
        raise ICUDataError(f"not an ICU data library: {library.name}")
    version = match.group(1)
    outside = sorted(c for c in qt_icu_calls(qt_libraries, version) if not QT_ICU_CALLS.match(c))
    if outside:
        print(f"icu_data: Qt calls {', '.join(outside)}; keeping all of ICU's data")
        return None
    symbol = f"icudt{version}_dat"
    offset, size = _symbol_range(library, symbol)
    with library.open("rb") as file:
        file.seek(offset)
        package = file.read(size)
    header, items = read_package(package)
    kept = [(name, item) for name, item in items if not unreached(name)]
    work.mkdir(parents=True, exist_ok=True)
    data_file = work / f"{symbol}.bin"
    data_file.write_bytes(write_package(header, kept))
    return _link(library, data_file, symbol, work)


def _link(original: Path, data_file: Path, symbol: str, work: Path) -> Path:
    """A shared library named like `original`, exporting `symbol` at the start of the data."""
    described = _run("objdump", "-f", str(original))
    file_format = re.search(r"file format (\S+)", described).group(1)
    architecture = re.search(r"architecture: ([^,\s]+)", described).group(1)
    obj = work / f"{symbol}.o"
    binary_symbol = "_binary_" + re.sub(r"[^A-Za-z0-9]", "_", data_file.name)
    subprocess.run(
        ["objcopy", "-I", "binary", "-O", file_format, "-B", architecture,
         "--rename-section", ".data=.rodata,alloc,load,readonly,data,contents",
         "--set-section-alignment", ".rodata=16",
         "--add-symbol", f"{symbol}=.rodata:0,global,object",
         *(f"--strip-symbol={binary_symbol}_{end}" for end in ("start", "end", "size")),
         data_file.name, obj.name],
        cwd=work, check=True,
    )  # fmt: skip
    target = work / original.name
    soname = re.search(
        r"SONAME\)\s+Library soname: \[([^\]]+)\]", _run("readelf", "-dW", str(original))
    )
    subprocess.run(
        ["ld", "-shared", "-z", "noexecstack", "-z", "relro", "--hash-style=gnu",
         "-soname", soname.group(1) if soname else original.name, "-o", str(target), str(obj)],
        check=True,
    )  # fmt: skip
    return target


def same_answers(original: Path, trimmed: Path) -> tuple[bool, str]:
    """Run icu_probe.py with each library preloaded; whether Qt answered the same, and how."""
    import os
    import sys

    probe = Path(__file__).with_name("icu_probe.py")
    outputs = []
    for library in (original, trimmed):
        env = dict(os.environ, LD_PRELOAD=str(library), QT_QPA_PLATFORM="offscreen")
        result = subprocess.run(
            [sys.executable, str(probe)], env=env, capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            return False, f"icu_probe.py failed with {library}: {result.stderr[-800:]}"
        outputs.append(result.stdout)
    return outputs[0] == outputs[1], outputs[1]


def trim_in_toc(binaries: list[tuple[str, str, str]], work: Path) -> tuple[list, str]:
    """PyInstaller's binaries with Qt's ICU data library replaced by the trimmed one, once the
    probe has shown that Qt answers the same; a line saying what was done."""
    entries = [
        (d, s) for d, s, kind in binaries if ICU_LIBRARY.search(Path(d).name) and kind == "BINARY"
    ]
    if len(entries) != 1:
        return binaries, "ICU data: no single ICU data library to trim"
    dest, source = entries[0]
    # Everything of PySide6 that may call ICU: Qt's libraries and plug-ins, the Python modules.
    qt = [
        Path(s)
        for d, s, kind in binaries
        if d.startswith("PySide6/") and kind != "SYMLINK" and not Path(d).name.startswith("libicu")
    ]
    trimmed = trimmed_library(Path(source), qt, work)
    if trimmed is None:
        return binaries, "ICU data: kept whole (Qt calls more of ICU than QT_ICU_CALLS)"
    same, answers = same_answers(Path(source), trimmed)
    if not same:
        raise SystemExit(f"icu_data: Qt answers differently with the trimmed ICU data:\n{answers}")
    before, after = Path(source).stat().st_size, trimmed.stat().st_size
    replaced = [(d, str(trimmed) if d == dest else s, kind) for d, s, kind in binaries]
    counts = json.loads(answers)
    checked = sum(part["answers"] for part in counts.values() if isinstance(part, dict))
    return replaced, (
        f"ICU data: {before / 1e6:.1f} -> {after / 1e6:.1f} MB; Qt gives the same {checked} "
        f"answers ({counts['locales']} locales: collation, case, time zones, codecs)"
    )
