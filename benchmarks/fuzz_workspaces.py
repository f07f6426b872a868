"""Fuzz the opening of workspace files: flipped bytes, truncations and schema tampering.

Every variant of a valid workspace must end in a clean refusal (one of the store's own error
types) or a clean open (possibly with damaged rows listed), never in another exception, never
in a traceback from the command line, and the file's sha256 must be unchanged by anything but a
writable open that upgrades or rolls back (neither happens to these variants).

Run from the repository root (thousands of variants; prints counts as JSON):

    .venv/bin/python benchmarks/fuzz_workspaces.py [--variants 3000] [--seed 1]

`tests/store/test_fuzz_open.py` runs the same check on a few dozen variants with hypothesis.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import itertools
import json
import random
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from ecanvas.store import WorkspaceError, create_workspace, open_workspace

TAMPERINGS = (
    "CREATE TRIGGER t{n} AFTER UPDATE ON card BEGIN DELETE FROM card; END",
    "CREATE VIEW v{n} AS SELECT * FROM card",
    "CREATE INDEX i{n} ON card (note)",
    "CREATE TABLE extra{n} (x)",
    "DROP INDEX card_by_canvas",
    "ALTER TABLE card ADD COLUMN c{n} TEXT",
    "ALTER TABLE block RENAME COLUMN colour TO color",
    "DROP TABLE link",
    "UPDATE card SET votes = 'many' WHERE id % 3 = 0",
    "UPDATE card SET text = CAST(x'ff00fe' AS TEXT) WHERE id % 4 = 1",
    "UPDATE block SET guidance_en = '[broken' WHERE id % 2 = 0",
    "UPDATE card SET created = 'never' WHERE id % 5 = 0",
    "UPDATE card SET block_id = block_id + 1000 WHERE id % 7 = 0",
    "UPDATE workspace SET logo = 'not an image', language = 3",
    "PRAGMA user_version = {small}",
    "DELETE FROM workspace",
)


def make_sample(folder: Path) -> Path:
    """A small workspace with every kind of row (CJK text, tags, links, a score, a setting)."""
    path = folder / "sample.ecanvas"
    with create_workspace(path, title="模糊测试 Fuzz", language="zh") as store:
        store.set_properties(client="客户", author="作者")
        canvas = store.add_canvas("business-model-design", title="商业模式")
        blocks = [b.id for b in canvas.blocks]
        cards = store.add_cards(canvas.id, [
            {"block_id": blocks[i % len(blocks)], "text": f"卡片 {i} card", "tags": ["价值", "b2b"],
             "note": "备注\nnote", "votes": i % 4, "status": "todo" if i % 2 else ""}
            for i in range(24)
        ])  # fmt: skip
        for a, b in itertools.pairwise(cards[:6]):
            store.add_link(a.id, b.id, "链接")
        paths = store.add_canvas("strategic-paths")
        store.set_block_score(paths.blocks[0].id, 3)
        store.set_setting("report.options", {"paper": "letter", "sections": ["cover"]})
    return path


def flip_bytes(data: bytes, rng: random.Random, count: int) -> bytes:
    buffer = bytearray(data)
    for _ in range(count):
        where = rng.randrange(len(buffer))
        buffer[where] ^= 1 << rng.randrange(8)
    return bytes(buffer)


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data))]


def tamper(sample: Path, target: Path, statements: list[str]) -> None:
    target.write_bytes(sample.read_bytes())
    connection = sqlite3.connect(target)
    try:
        for statement in statements:
            with contextlib.suppress(sqlite3.Error):  # a statement that does not apply is skipped
                connection.execute(statement)
        connection.commit()
    finally:
        connection.close()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def check_variant(path: Path) -> str:
    """Open a variant every way a user can; the outcome's name. Raises AssertionError for an
    unexpected exception, a traceback from the command line or a changed file."""
    from ecanvas.cli import main

    digest = sha256(path)
    outcomes = []
    for read_only in (True, False):
        try:
            with open_workspace(path, read_only=read_only) as store:
                workspace = store.workspace
                _ = [(c.title, len(c.cards), len(c.links)) for c in workspace.canvases]
                store.integrity_check()
                outcomes.append("open-damaged" if store.damage else "open")
        except WorkspaceError as error:
            outcomes.append(type(error).__name__)
        except Exception as error:  # the one thing that must never happen
            raise AssertionError(f"{path}: {type(error).__name__}: {error}") from error
        assert sha256(path) == digest, f"{path}: changed by opening (read_only={read_only})"
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        status = main(["info", str(path)])
    assert status in (0, 1, 3), f"{path}: ecanvas info exited {status}: {err.getvalue()}"
    assert "Traceback" not in err.getvalue() and err.getvalue().count("\n") <= 1, err.getvalue()
    assert sha256(path) == digest, f"{path}: changed by ecanvas info"
    if outcomes[0] in REPAIRABLE:
        outcomes[0] += check_repair(path)
    assert sha256(path) == digest, f"{path}: changed by the repair"
    return outcomes[0] if outcomes[0] == outcomes[1] else f"{outcomes[0]}/{outcomes[1]}"


REPAIRABLE = ("open-damaged", "DamagedWorkspaceError", "TamperedWorkspaceError")


def check_repair(path: Path) -> str:
    """Repair into a copy: the copy opens clean (" +repaired"), or a clean refusal."""
    from ecanvas.store.repair import repair_workspace

    target = path.with_name(path.name + ".repaired.ecanvas")
    try:
        repair_workspace(path, target)
    except WorkspaceError:
        return " +repair refused"
    except Exception as error:
        raise AssertionError(f"{path}: repair: {type(error).__name__}: {error}") from error
    with open_workspace(target) as repaired:
        assert not repaired.read_only and not repaired.damage, f"{path}: repaired copy damaged"
    return " +repaired"


def variants(sample: Path, folder: Path, count: int, seed: int):
    """(kind, path) for `count` variants of the sample."""
    rng = random.Random(seed)
    data = sample.read_bytes()
    for number in range(count):
        target = folder / f"variant-{number}.ecanvas"
        kind = rng.choice(("flip", "flip-many", "truncate", "tamper"))
        if kind == "flip":
            target.write_bytes(flip_bytes(data, rng, 1))
        elif kind == "flip-many":
            target.write_bytes(flip_bytes(data, rng, rng.randrange(2, 40)))
        elif kind == "truncate":
            target.write_bytes(truncate(data, rng))
        else:
            chosen = rng.sample(TAMPERINGS, rng.randrange(1, 3))
            small = rng.randrange(0, 7)
            tamper(sample, target, [s.format(n=number, small=small) for s in chosen])
        yield kind, target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variants", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    outcomes: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    failures: list[str] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="ecanvas-fuzz-") as temporary:
        folder = Path(temporary)
        sample = make_sample(folder)
        for kind, path in variants(sample, folder, args.variants, args.seed):
            kinds[kind] += 1
            try:
                outcomes[check_variant(path)] += 1
            except AssertionError as failure:
                failures.append(str(failure).splitlines()[0])
            for leftover in path.parent.glob(path.name + "*"):
                leftover.unlink()
    print(json.dumps({
        "variants": args.variants,
        "seed": args.seed,
        "seconds": round(time.perf_counter() - started, 1),
        "kinds": dict(sorted(kinds.items())),
        "outcomes": dict(outcomes.most_common()),
        "unexpected": len(failures),
        "first_unexpected": failures[:10],
    }, indent=2))  # fmt: skip
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
