"""Shared by the packaging tests: where the checkout and its packaging/ folder are."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
