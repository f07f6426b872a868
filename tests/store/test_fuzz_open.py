"""Flipped bytes, truncations and schema tampering of a valid workspace: always a clean refusal
or a clean open, never another exception, and the file's sha256 unchanged.

A few dozen variants here (a few seconds); `benchmarks/fuzz_workspaces.py` runs thousands.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from fuzz_workspaces import TAMPERINGS, check_variant, make_sample, tamper

QUICK = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    return make_sample(tmp_path_factory.mktemp("fuzz"))


def _variant(tmp_path: Path, data: bytes, number: int) -> Path:
    path = tmp_path / f"variant-{number}.ecanvas"
    path.write_bytes(data)
    return path


_counter = iter(range(10**9))


@QUICK
@given(flips=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 7)),
                      min_size=1, max_size=30))  # fmt: skip
def test_flipped_bits(sample, tmp_path, flips):
    data = bytearray(sample.read_bytes())
    for where, bit in flips:
        data[int(where * len(data))] ^= 1 << bit
    check_variant(_variant(tmp_path, bytes(data), next(_counter)))


@QUICK
@given(keep=st.floats(0, 1, exclude_max=True))
def test_truncated(sample, tmp_path, keep):
    data = sample.read_bytes()
    check_variant(_variant(tmp_path, data[: int(keep * len(data))], next(_counter)))


@QUICK
@given(statements=st.lists(st.sampled_from(TAMPERINGS), min_size=1, max_size=3),
       small=st.integers(0, 6))  # fmt: skip
def test_tampered_schema(sample, tmp_path, statements, small):
    number = next(_counter)
    target = tmp_path / f"tampered-{number}.ecanvas"
    tamper(sample, target, [s.format(n=number, small=small) for s in statements])
    check_variant(target)
