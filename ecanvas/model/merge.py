"""Merging a canvas from another workspace (another laptop of the same workshop) into this one.

Into a canvas of the same template: blocks are matched by key (a block the target lacks is added
beside it), the source's cards are appended to their blocks, and its links are kept between the
cards they join. A source card whose text is already in the same block of the target is a
duplicate: it is offered for skipping, and a skipped duplicate's links attach to the target's
card, so merging the same source twice adds nothing the second time. Or the source becomes a new
canvas of its own.

The result is a plain `Canvas`: what the target will hold. New rows have negative ids, which
stand for "a new row" and let the new cards and links refer to each other until the store gives
them real ids.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field, replace

from ecanvas.model.diff import normalised
from ecanvas.model.entities import Canvas, Card, Link, Workspace, copy_canvas, copy_entity
from ecanvas.model.refusals import RuleError

BLOCK_GAP = 40.0  # between the target's blocks and the blocks a merge adds beside them


@dataclass(frozen=True)
class Duplicate:
    """A source card whose text the target already has in the block with the same key."""

    source_card_id: int
    target_card_id: int
    text: str
    block_key: str


@dataclass
class MergePlan:
    """What merging `source` into `target` would do, before the user decides on duplicates."""

    source: Canvas
    target: Canvas
    duplicates: list[Duplicate] = field(default_factory=list)
    new_block_keys: list[str] = field(default_factory=list)

    @property
    def card_count(self) -> int:
        return len(self.source.cards)

    def duplicate_ids(self) -> set[int]:
        return {d.source_card_id for d in self.duplicates}


def can_merge_into(source: Canvas, target: Canvas) -> bool:
    """Only canvases made from the same template merge block by block."""
    return source.template_key == target.template_key


def plan_merge(source: Canvas, target: Canvas) -> MergePlan:
    """Find the duplicates and the blocks the target lacks."""
    if not can_merge_into(source, target):
        raise RuleError("merge-templates", source=source.title, target=target.title,
                        source_template=source.template_key,
                        target_template=target.template_key)  # fmt: skip
    target_keys = {block.id: block.key for block in target.blocks}
    existing: dict[tuple[str, str], int] = {}
    for card in target.cards:
        existing.setdefault((target_keys[card.block_id], normalised(card.text)), card.id)
    source_keys = {block.id: block.key for block in source.blocks}
    plan = MergePlan(source=source, target=target)
    plan.new_block_keys = [b.key for b in source.blocks if b.key not in set(target_keys.values())]
    for card in _cards_in_order(source):
        key = source_keys[card.block_id]
        twin = existing.get((key, normalised(card.text)))
        if twin is not None:
            plan.duplicates.append(Duplicate(card.id, twin, card.text, key))
    return plan


def merged_canvas(plan: MergePlan, keep: Collection[int] = (),
                  authors: Mapping[int, int | None] | None = None) -> Canvas:  # fmt: skip
    """The target after the merge. Duplicates are left out, except the source cards named in
    `keep` (the user chose to add them all the same). `authors` maps the source workspace's
    participants to this one's (see `author_map`); without it authors are kept as they are."""
    skip = plan.duplicate_ids() - set(keep)
    twins = {d.source_card_id: d.target_card_id for d in plan.duplicates}
    result = copy_canvas(plan.target)
    result.snapshots = []  # a merge does not touch the snapshots
    placeholders = _placeholders(result)
    block_ids = _merge_blocks(plan, result, placeholders)
    card_ids: dict[int, int] = {}
    # Appended after each block's last card, in the source's order.
    places = {block.id: len(result.cards_in(block.id)) for block in result.blocks}
    for card in result.cards:
        places[card.block_id] = max(places[card.block_id], card.position + 1)
    for card in _cards_in_order(plan.source):
        if card.id in skip:
            card_ids[card.id] = twins[card.id]
            continue
        block_id = block_ids[card.block_id]
        new = replace(copy_entity(card), id=next(placeholders), canvas_id=result.id,
                      block_id=block_id, position=places[block_id])  # fmt: skip
        _map_author(new, authors)
        places[block_id] += 1
        card_ids[card.id] = new.id
        result.cards.append(new)
    _merge_links(plan, result, card_ids, placeholders)
    return result


def _placeholders(canvas: Canvas | None = None) -> Iterator[int]:
    """Negative ids below any the canvas holds (a target merged into twice has some already)."""
    ids = [0]
    if canvas is not None:
        ids += [item.id for name in ("blocks", "cards", "links") for item in getattr(canvas, name)]
    return itertools.count(min(ids) - 1, -1)


def _cards_in_order(canvas: Canvas) -> list[Card]:
    return [card for block in canvas.blocks for card in canvas.cards_in(block.id)]


def _merge_blocks(plan: MergePlan, result: Canvas, placeholders: Iterator[int]) -> dict[int, int]:
    """source block id -> target block id; the blocks the target lacks are added to its right,
    kept in their own arrangement."""
    by_key = {block.key: block.id for block in result.blocks}
    mapping = {b.id: by_key[b.key] for b in plan.source.blocks if b.key in by_key}
    missing = [b for b in plan.source.blocks if b.key not in by_key]
    if not missing:
        return mapping
    left, top, width, _height = result.bounds() if result.blocks else (0.0, 0.0, -BLOCK_GAP, 0.0)
    dx = left + width + BLOCK_GAP - min(b.x for b in missing)
    dy = top - min(b.y for b in missing)
    position = max((b.position for b in result.blocks), default=-1) + 1
    for offset, block in enumerate(missing):
        new = replace(copy_entity(block), id=next(placeholders), canvas_id=result.id,
                      x=block.x + dx, y=block.y + dy, position=position + offset)  # fmt: skip
        mapping[block.id] = new.id
        result.blocks.append(new)
    return mapping


def _merge_links(plan: MergePlan, result: Canvas, card_ids: dict[int, int],
                 placeholders: Iterator[int]) -> None:  # fmt: skip
    joined = {(link.source_id, link.target_id) for link in result.links}
    for link in sorted(plan.source.links, key=lambda lk: lk.id):
        source, target = card_ids.get(link.source_id), card_ids.get(link.target_id)
        if source is None or target is None or source == target or (source, target) in joined:
            continue
        joined.add((source, target))
        result.links.append(
            Link(id=next(placeholders), canvas_id=result.id, source_id=source, target_id=target,
                 label=link.label)
        )  # fmt: skip


def canvas_as_new(source: Canvas, title: str | None = None,
                  authors: Mapping[int, int | None] | None = None) -> Canvas:  # fmt: skip
    """A copy of `source` to add as a new canvas: every id a placeholder, no snapshots (and,
    from another workspace, its authors mapped by `authors`)."""
    placeholders = _placeholders()
    result = copy_canvas(source)
    result.id, result.snapshots = 0, []
    if title:
        result.title = title
    block_ids = {block.id: next(placeholders) for block in result.blocks}
    card_ids = {card.id: next(placeholders) for card in result.cards}
    for block in result.blocks:
        block.id, block.canvas_id = block_ids[block.id], 0
    for card in result.cards:
        card.id, card.canvas_id, card.block_id = card_ids[card.id], 0, block_ids[card.block_id]
        _map_author(card, authors)
    for link in result.links:
        link.id, link.canvas_id = next(placeholders), 0
        link.source_id, link.target_id = card_ids[link.source_id], card_ids[link.target_id]
    return result


@dataclass
class CanvasChoice:
    """What to do with one canvas of the source: merge it `into` a canvas (by id) of the same
    template, or add it as a new canvas (`into` None). Duplicates are skipped unless kept."""

    source: Canvas
    into: int | None = None
    keep: set[int] = field(default_factory=set)  # source card ids of duplicates to add anyway


def default_target(source: Canvas, canvases: list[Canvas]) -> int | None:
    """The canvas a source canvas merges into unless the user says otherwise: one of the same
    template and title, else the first of the same template; None (add as new) when none."""
    same = [c for c in canvases if can_merge_into(source, c)]
    titled = [c for c in same if c.title.strip() == source.title.strip()]
    chosen = (titled or same or [None])[0]
    return None if chosen is None else chosen.id


def merge_result(canvases: list[Canvas], choices: list[CanvasChoice],
                 authors: Mapping[int, int | None] | None = None,
                 ) -> tuple[dict[int, Canvas], list[Canvas]]:  # fmt: skip
    """The states of the canvases merged into (id -> canvas) and the canvases to add, for
    `rewrite_canvases`. Several sources may merge into one canvas: each sees the ones before.
    `authors`: the source's participants as this workspace's (see `author_map`)."""
    by_id = {canvas.id: canvas for canvas in canvases}
    states: dict[int, Canvas] = {}
    added: list[Canvas] = []
    for choice in choices:
        if choice.into is None:
            added.append(canvas_as_new(choice.source, authors=authors))
            continue
        target = states.get(choice.into) or by_id[choice.into]
        states[choice.into] = merged_canvas(plan_merge(choice.source, target), choice.keep,
                                            authors)  # fmt: skip
    return states, added


def author_map(source: Workspace, target: Workspace) -> dict[int, int | None]:
    """Who captured a card, from another workspace into this one: a participant of the source
    is the participant of this workspace with the same name, else nobody (its cards stay, with
    no author)."""
    here = {" ".join(p.name.casefold().split()): p.id for p in target.participants}
    return {p.id: here.get(" ".join(p.name.casefold().split())) for p in source.participants}


def _map_author(card: Card, authors: Mapping[int, int | None] | None) -> None:
    if authors is not None and getattr(card, "author_id", None) is not None:
        card.author_id = authors.get(card.author_id)
