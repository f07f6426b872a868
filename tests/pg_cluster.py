"""The PostgreSQL server the server tests run against.

`ECANVAS_TEST_PG_DIR` names a cluster started by `tools/pg-test-cluster start DIR` (as `.ci/run`
does); without it, a cluster is started for the test session when PostgreSQL is installed, and
stopped at the end. Where there is none, server tests are skipped on a developer's machine, but
fail under CI (`CI=true`), so CI can never pass by skipping them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "tools" / "pg-test-cluster"
DIR_VARIABLE = "ECANVAS_TEST_PG_DIR"


@dataclass
class Cluster:
    folder: Path
    url: str  # postgresql://postgres@127.0.0.1:PORT/postgres (superuser, trust)
    owned: bool

    def workspace_url(self, name: str | None = None, user: str = "postgres") -> str:
        base = self.url.replace("postgres@", f"{user}@", 1)
        return f"{base}?workspace={name or fresh_name()}"

    def restart(self) -> None:
        subprocess.run([str(SCRIPT), "restart", str(self.folder)], check=True, timeout=60)

    def psql(self, *commands: str) -> None:
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as connection:
            for command in commands:
                connection.execute(command)


def fresh_name() -> str:
    return "t_" + uuid.uuid4().hex[:10]


def _unavailable(reason: str):
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"server tests need PostgreSQL under CI: {reason}", pytrace=False)
    pytest.skip(f"no PostgreSQL server for the server tests: {reason}")


def start_cluster() -> Cluster:
    given = os.environ.get(DIR_VARIABLE, "").strip()
    if given:
        url_file = Path(given) / "url"
        if not url_file.is_file():
            _unavailable(f"{DIR_VARIABLE}={given} holds no running cluster")
        return Cluster(Path(given), url_file.read_text().strip(), owned=False)
    if shutil.which("initdb") is None and not list(
        Path("/usr/lib/postgresql").glob("*/bin/initdb")
    ):
        _unavailable("PostgreSQL is not installed (see README: Development)")
    base = Path("/dev/shm") if Path("/dev/shm").is_dir() else Path(tempfile.gettempdir())
    folder = base / f"ecanvas-pg-{uuid.uuid4().hex[:8]}"
    result = subprocess.run([str(SCRIPT), "start", str(folder)], capture_output=True, text=True,
                            timeout=120)  # fmt: skip
    if result.returncode != 0:
        _unavailable(f"tools/pg-test-cluster failed: {result.stderr.strip()[-300:]}")
    return Cluster(folder, result.stdout.strip().splitlines()[-1], owned=True)


def stop_cluster(cluster: Cluster) -> None:
    if cluster.owned:
        subprocess.run([str(SCRIPT), "stop", str(cluster.folder)], timeout=60, check=False)
