"""Helpers shared by the CLI tests (a uniquely named module: `conftest` is ambiguous)."""

from __future__ import annotations

import hashlib
from pathlib import Path


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
