"""Store fixtures: a fresh workspace per test, a filled one, and helpers that read the file back.

Every check of "what the user keeps" goes through `on_disk`, which opens the file again in a
second, read-only store, so a change only counts once it is committed to the file.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import subprocess
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest

from ecanvas.model import Workspace
from ecanvas.store import Change, WorkspaceStore, create_workspace, open_workspace

REPO = Path(__file__).resolve().parents[2]


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def files_beside(path: Path) -> list[str]:
    """Names in the workspace's folder, to prove nothing (lock, journal, backup) was left there."""
    return sorted(os.listdir(Path(path).parent))


def on_disk(path: Path) -> Workspace:
    """The workspace as a second, read-only store finds it in the file right now."""
    with open_workspace(path, read_only=True) as reader:
        return reader.workspace


def content(workspace: Workspace) -> dict:
    """The workspace as plain data without `updated` stamps (an undo is itself a change).

    Cards and links are sorted by id: the file keeps no order for them.
    """
    data = dataclasses.asdict(workspace)
    data.pop("updated")
    for canvas in data["canvases"]:
        canvas.pop("updated")
        for card in canvas["cards"]:
            card.pop("updated")
        canvas["cards"].sort(key=lambda card: card["id"])
        canvas["links"].sort(key=lambda link: link["id"])
    return data


def run_python(
    code: str, *args: str, prefix: Sequence[str] = (), timeout: float = 60, **kwargs
) -> subprocess.CompletedProcess:
    """Run code in a fresh interpreter of this virtualenv (another process, as a second app).

    `prefix` goes before the interpreter (e.g. a command that drops privileges). The timeout
    only guards against a hang; no test asserts how long anything takes.
    """
    return subprocess.run(
        [*prefix, sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=REPO,
        **kwargs,
    )


@dataclasses.dataclass
class Filled:
    """Ids in the `filled` workspace: canvases a and b, their blocks, cards and links."""

    store: WorkspaceStore
    path: Path
    a: int
    b: int
    a_blocks: list[int]
    b_blocks: list[int]
    a_cards: list[int]
    b_cards: list[int]
    a_links: list[int]
    b_links: list[int]
    changes: list[Change]


@pytest.fixture
def workspace_path(tmp_path: Path) -> Path:
    folder = tmp_path / "工作区"
    folder.mkdir()
    return folder / "plan 计划.ecanvas"


@pytest.fixture
def store(workspace_path: Path):
    opened = create_workspace(workspace_path, title="测试工作区", language="zh")
    yield opened
    opened.close()


def fill(store: WorkspaceStore) -> dict[str, list[int] | int]:
    """Two canvases with CJK cards in several blocks, links, tags, a due date and a score."""
    a = store.add_canvas("business-model-design", title="商业模式 A")
    b = store.add_canvas("strategic-paths", language="en")
    a_blocks = [block.id for block in a.blocks]
    b_blocks = [block.id for block in b.blocks]
    a_cards = store.add_cards(
        a.id,
        [
            dict(block_id=a_blocks[0], text="一站式采购", tags=["价值", "B2B"]),
            dict(block_id=a_blocks[0], text="Same-day delivery", note="城市仓\n第二行"),
            dict(block_id=a_blocks[1], text="会员订阅", owner="王芳", status="todo"),
            dict(block_id=a_blocks[2], text="供应链协同", due=date(2025, 3, 31), votes=3),
        ],
    )
    b_cards = store.add_cards(
        b.id,
        [
            dict(block_id=b_blocks[0], text="Lower fulfilment cost"),
            dict(block_id=b_blocks[1], text="Own brand 自有品牌", colour="#A0D8EF"),
        ],
    )
    ids = [card.id for card in a_cards]
    a_links = [
        store.add_link(ids[1], ids[0]).id,
        store.add_link(ids[2], ids[0], "收入来源").id,
        store.add_link(ids[3], ids[1]).id,
    ]
    b_links = [store.add_link(b_cards[0].id, b_cards[1].id, "supports").id]
    store.set_block_score(b_blocks[1], 4)
    return dict(
        a=a.id, b=b.id, a_blocks=a_blocks, b_blocks=b_blocks, a_cards=ids,
        b_cards=[card.id for card in b_cards], a_links=a_links, b_links=b_links,
    )  # fmt: skip


@pytest.fixture
def filled(store: WorkspaceStore, workspace_path: Path) -> Filled:
    ids = fill(store)
    changes: list[Change] = []
    store.subscribe(changes.append)
    return Filled(store=store, path=workspace_path, changes=changes, **ids)


# Helpers as fixtures, so test modules never import conftest by name.
@pytest.fixture(name="sha256")
def sha256_fixture():
    return sha256


@pytest.fixture(name="files_beside")
def files_beside_fixture():
    return files_beside


@pytest.fixture(name="on_disk")
def on_disk_fixture():
    return on_disk


@pytest.fixture(name="content")
def content_fixture():
    return content


@pytest.fixture(name="run_python")
def run_python_fixture():
    return run_python
