"""One OpenSSL in the bundle instead of two (Linux): 5.4 MB.

Python's `_ssl` and `_hashlib` link the build machine's OpenSSL (`libssl.so.3`,
`libcrypto.so.3`); psycopg_binary brings its own, newer OpenSSL 3 for libpq
(`psycopg_binary.libs/libcrypto-<hash>.so.3`), and imports `ssl` itself, so both were bundled.
OpenSSL keeps its ABI across 3.x and versions every symbol (OPENSSL_3.0.0, ...): a module built
against 3.0 runs on 3.5. `share_openssl` replaces the build machine's two libraries by links to
psycopg's when those define every versioned symbol that the bundle's binaries need from them,
and leaves everything as it was otherwise. The dynamic loader then maps one OpenSSL for Python's
modules and libpq (the bundle's folder is on the library path; a file reached by two names is
loaded once). cryptography's Rust module (the keyring) carries OpenSSL statically, untouched.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

OPENSSL = ("libssl.so.3", "libcrypto.so.3")
# auditwheel's renamed copies inside a wheel's .libs folder: libcrypto-3a0647ea.so.3.
RENAMED = re.compile(r"^(libssl|libcrypto)-[0-9a-f]{8}\.so\.3$")


def _nm(path: str, *options: str) -> set[str]:
    out = subprocess.run(
        ["nm", "-D", *options, path], check=True, capture_output=True, text=True
    ).stdout
    return {line.split()[-1].replace("@@", "@") for line in out.splitlines() if line.strip()}


def _needed(path: str) -> set[str]:
    out = subprocess.run(["readelf", "-dW", path], check=True, capture_output=True, text=True)
    return set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out.stdout))


def share_openssl(binaries: list[tuple[str, str, str]]) -> tuple[list[tuple[str, str, str]], str]:
    """`binaries` (PyInstaller's TOC: destination, source, type) with the build machine's
    OpenSSL linked to the wheel's, and a line saying what was done."""
    ours = {Path(dest).name: (dest, src) for dest, src, kind in binaries if dest in OPENSSL}
    theirs = {
        Path(dest).name.partition("-")[0]: dest
        for dest, _, kind in binaries
        if kind == "BINARY" and RENAMED.match(Path(dest).name) and len(Path(dest).parts) == 2
    }
    if set(ours) != set(OPENSSL) or set(theirs) != {"libssl", "libcrypto"}:
        return binaries, "OpenSSL: nothing to share"
    users = [
        src
        for dest, src, kind in binaries
        if kind in ("BINARY", "EXTENSION") and dest not in OPENSSL and _needed(src) & set(OPENSSL)
    ]
    wanted = set().union(*(_nm(src, "--undefined-only") for src in users))
    wanted = {symbol for symbol in wanted if "@OPENSSL_" in symbol}
    provided = set()
    sources = {dest: src for dest, src, _ in binaries}
    for dest in theirs.values():
        provided |= _nm(sources[dest], "--defined-only")
    missing = sorted(wanted - provided)
    if missing:
        return binaries, f"OpenSSL: two copies kept, {theirs['libcrypto']} lacks {missing[:3]}"
    links = {name: theirs[name.partition(".")[0]] for name in OPENSSL}
    shared = [
        (dest, os.path.relpath(links[dest], Path(dest).parent), "SYMLINK")
        if dest in links
        else (dest, src, kind)
        for dest, src, kind in binaries
    ]
    users_named = ", ".join(sorted(Path(src).name.split(".")[0] for src in users))
    return shared, (
        f"OpenSSL: {' and '.join(OPENSSL)} link to {Path(theirs['libcrypto']).parent}/ "
        f"({len(wanted)} symbols {users_named} need, all there)"
    )
