"""What every smoke check shares: the record of outcomes, a clean environment, running a program."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Sequence
from pathlib import Path

APP_ID = "org.ecanvas.ecanvas"
MIME_TYPE = "application/x-ecanvas"
SYSTEM_PATH = "/usr/local/bin:/usr/bin:/bin"  # what install.sh gets: no virtual environment


class Checks:
    """Records each check's outcome, prints it at once, and keeps the figures for the report."""

    def __init__(self) -> None:
        self.results: list[dict] = []
        self.figures: dict[str, object] = {}

    def record(self, name: str, ok: bool, detail: str = "") -> bool:
        self.results.append({"check": name, "ok": ok, "detail": detail})
        print(f"{'ok  ' if ok else 'FAIL'} {name}{': ' + detail if detail else ''}", flush=True)
        return ok

    def run(self, name: str, check: Callable[[], str]) -> bool:
        """Run a check that returns a detail line or raises AssertionError with the reason."""
        try:
            return self.record(name, True, check())
        except AssertionError as error:
            return self.record(name, False, str(error))
        except Exception as error:  # a broken check is a failed check, not a crash
            return self.record(name, False, f"{type(error).__name__}: {error}")

    @property
    def failed(self) -> list[dict]:
        return [r for r in self.results if not r["ok"]]


def clean_environment(home: Path, **extra: str) -> dict[str, str]:
    """A user's environment without PATH, PYTHON* or a virtual environment: a home folder (where
    settings, data and the installation go), a language and a runtime folder, as a session has."""
    runtime = home / ".runtime"
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    env = {"HOME": str(home), "LANG": "en_US.UTF-8", "XDG_RUNTIME_DIR": str(runtime), **extra}
    assert not any(k.startswith("PYTHON") for k in env), "PYTHON* variables reach the program"
    return env


def run(
    command: Sequence[object], env: dict[str, str], cwd: Path, timeout: float = 120
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(c) for c in command],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def tail(text: str, lines: int = 6) -> str:
    return " | ".join(text.strip().splitlines()[-lines:])


def expect_success(result: subprocess.CompletedProcess, what: str) -> str:
    assert result.returncode == 0, f"{what} exited {result.returncode}: {tail(result.stderr)}"
    return result.stdout
