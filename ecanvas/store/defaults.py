"""The user's data folder and the default workspace that holds the worked example.

On first start the app opens ``default.ecanvas`` in the user data folder, already filled with the
worked example, so a new user sees a real strategy instead of a blank page.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from ecanvas.data_folder import data_dir
from ecanvas.model import card_fields
from ecanvas.store.workspace import WorkspaceStore, create_workspace

if TYPE_CHECKING:
    from ecanvas.model.example import ExampleCanvas

# The worked example (ecanvas.model.example) is imported only when a workspace is filled with
# it: every later start opens the file and needs none of it.

DEFAULT_WORKSPACE_NAME = "default.ecanvas"


def default_workspace_path() -> Path:
    return data_dir() / DEFAULT_WORKSPACE_NAME


def ensure_default_workspace(language: str = "en") -> Path:
    """The default workspace, created with the worked example the first time only, in
    `language` (the UI language of that first start: block titles, report, summary).

    The example is built in a private temporary folder and published with a hard link (or a
    rename where links are unsupported), so an interrupted first start never leaves a half
    example behind and two first starts at once never overwrite each other's file.
    """
    target = default_workspace_path()
    if target.exists():
        return target
    from ecanvas.model.example import EXAMPLE_TITLE

    building = Path(tempfile.mkdtemp(prefix=".default-", dir=target.parent))
    try:
        draft = building / DEFAULT_WORKSPACE_NAME
        with create_workspace(draft, title=EXAMPLE_TITLE, language=language) as store:
            populate_example(store, language)
        _publish(draft, target)
    finally:
        shutil.rmtree(building, ignore_errors=True)
    return target


def _publish(draft: Path, target: Path) -> None:
    """Put the finished file in place unless another process got there first."""
    try:
        os.link(draft, target)
    except FileExistsError:
        return
    except OSError:
        if not target.exists():
            os.replace(draft, target)


def populate_example(store: WorkspaceStore, language: str = "en") -> None:
    """Fill an open, writable workspace with the worked example (properties and all canvases),
    its summary and recommendations in `language`."""
    from ecanvas.model.example import (
        EXAMPLE_AUTHOR,
        EXAMPLE_CLIENT,
        EXAMPLE_RECOMMENDATIONS,
        EXAMPLE_SUMMARY,
        EXAMPLE_TITLE,
        example_canvases,
    )

    store.set_properties(
        title=EXAMPLE_TITLE, client=EXAMPLE_CLIENT, author=EXAMPLE_AUTHOR, language=language,
        summary=EXAMPLE_SUMMARY[language], recommendations=EXAMPLE_RECOMMENDATIONS[language],
    )  # fmt: skip
    for example in example_canvases():
        _add_example_canvas(store, example)


def _add_example_canvas(store: WorkspaceStore, example: ExampleCanvas) -> None:
    canvas = store.add_canvas(example.template_key, title=example.title)
    drafts = [
        {"block_id": canvas.block_by_key(block_key).id, **card_fields(card)}
        for block_key, cards in example.cards.items()
        for card in cards
    ]
    added = store.add_cards(canvas.id, drafts) if drafts else []
    card_ids = _card_ids_by_place(example, [card.id for card in added])
    for block_key, score in example.scores.items():
        store.set_block_score(canvas.block_by_key(block_key).id, score)
    for source, target in example.links:
        store.add_link(card_ids[source], card_ids[target])


def _card_ids_by_place(example: ExampleCanvas, ids: list[int]) -> dict[tuple[str, int], int]:
    """Map (block key, index in block) to the stored card id, in the order the cards were added."""
    places = [
        (block_key, index)
        for block_key, cards in example.cards.items()
        for index in range(len(cards))
    ]
    return dict(zip(places, ids, strict=True))
