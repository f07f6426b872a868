"""What changed between two states of a canvas: cards added, removed, moved between blocks and
edited (field by field), links added and removed.

Two ways to tell which card is which. A snapshot of the same canvas shares its card ids, so cards
are matched by id: exact, whatever their text became. Another canvas (made from the same template,
or restored from a snapshot as a new canvas) has other ids, so cards are matched by content:
the same text in the block with the same key, then the same text in another block (moved), then
a similar text in the same block (edited). Blocks are always told apart by their keys.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from ecanvas.model.entities import Canvas, Card

COMPARED_FIELDS = ("text", "note", "colour", "tags", "votes", "owner", "due", "status")
MATCH_MODES = ("id", "content")
SIMILAR_TEXT = 0.6  # how alike two texts in one block must be to count as one edited card
MAX_SIMILARITY_PAIRS = 4000  # per block; beyond that, unmatched cards stay added and removed


@dataclass(frozen=True)
class FieldChange:
    """One field of a card, before and after."""

    name: str
    before: object
    after: object


@dataclass(frozen=True)
class CardChange:
    """One card that differs. Ids on each side (None where the card is not there), its text (as
    it is now, or as it was for a removed card), the keys of its block before and after."""

    before_id: int | None
    after_id: int | None
    text: str
    before_block: str | None
    after_block: str | None
    fields: tuple[FieldChange, ...] = ()

    @property
    def card_id(self) -> int:
        """The card's id where it is now; a removed card's id where it was."""
        return self.after_id if self.after_id is not None else self.before_id

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(change.name for change in self.fields)


@dataclass(frozen=True)
class LinkChange:
    """An arrow that appeared or went: its cards (ids and texts on its own side) and label."""

    source_id: int
    target_id: int
    source_text: str
    target_text: str
    label: str = ""


@dataclass
class CanvasDiff:
    """Everything that differs between `before` and `after`, in the after canvas's order."""

    matched_by: str
    added: list[CardChange] = field(default_factory=list)
    removed: list[CardChange] = field(default_factory=list)
    moved: list[CardChange] = field(default_factory=list)
    edited: list[CardChange] = field(default_factory=list)
    links_added: list[LinkChange] = field(default_factory=list)
    links_removed: list[LinkChange] = field(default_factory=list)
    # Block key -> (English title, Chinese title), from both sides, for showing block names.
    block_titles: dict[str, tuple[str, str]] = field(default_factory=dict)
    # Before card id -> after card id, for every card found on both sides.
    matches: dict[int, int] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return not self.change_count

    @property
    def change_count(self) -> int:
        return sum(len(getattr(self, name)) for name in LISTS)

    def block_title(self, key: str | None, lang: str) -> str:
        if key is None:
            return ""
        english, chinese = self.block_titles.get(key, (key, key))
        return (chinese or english) if lang == "zh" else (english or chinese)

    def as_json(self) -> dict[str, object]:
        """Plain JSON data: each list's entries name the card id and its text."""
        return {
            "matched_by": self.matched_by,
            "added": [_card_json(c, block=c.after_block) for c in self.added],
            "removed": [_card_json(c, block=c.before_block) for c in self.removed],
            "moved": [
                _card_json(c, from_block=c.before_block, to_block=c.after_block) for c in self.moved
            ],
            "edited": [
                _card_json(c, block=c.after_block, changes=_field_changes(c)) for c in self.edited
            ],
            "links_added": [_link_json(link) for link in self.links_added],
            "links_removed": [_link_json(link) for link in self.links_removed],
        }


LISTS = ("added", "removed", "moved", "edited", "links_added", "links_removed")


def _card_json(change: CardChange, **extra: object) -> dict[str, object]:
    data: dict[str, object] = {"card_id": change.card_id, "text": change.text}
    if change.before_id is not None and change.after_id not in (None, change.before_id):
        data["was_card_id"] = change.before_id
    data.update(extra)
    return data


def _field_changes(change: CardChange) -> dict[str, object]:
    return {
        f.name: {"before": _json_value(f.before), "after": _json_value(f.after)}
        for f in change.fields
    }


def _link_json(link: LinkChange) -> dict[str, object]:
    return {
        "source_id": link.source_id,
        "source_text": link.source_text,
        "target_id": link.target_id,
        "target_text": link.target_text,
        "label": link.label,
    }


def _json_value(value: object) -> object:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


# --------------------------------------------------------------------------- comparing
def diff_canvases(before: Canvas, after: Canvas, match: str | None = None) -> CanvasDiff:
    """What changed from `before` to `after`.

    `match` is "id" or "content"; by default "id" when both are the same canvas (a snapshot of
    it and now), else "content".
    """
    mode = match or ("id" if before.id == after.id else "content")
    if mode not in MATCH_MODES:
        raise ValueError(f"unknown way to match cards {mode!r} (use id or content)")
    before_keys = {block.id: block.key for block in before.blocks}
    after_keys = {block.id: block.key for block in after.blocks}
    before_cards = _in_block_order(before)
    after_cards = _in_block_order(after)
    if mode == "id":
        pairs = _match_by_id(before_cards, after_cards)
    else:
        pairs = _match_by_content(before_cards, after_cards, before_keys, after_keys)
    result = CanvasDiff(matched_by=mode, block_titles=_block_titles(before, after))
    result.matches = {old.id: new_id for new_id, old in pairs.items()}
    matched_before = set(result.matches)
    for card in after_cards:
        old = pairs.get(card.id)
        if old is None:
            result.added.append(CardChange(None, card.id, card.text, None,
                                           after_keys.get(card.block_id)))  # fmt: skip
            continue
        _compare_pair(result, old, card, before_keys, after_keys)
    for card in before_cards:
        if card.id not in matched_before:
            result.removed.append(CardChange(card.id, None, card.text,
                                             before_keys.get(card.block_id), None))  # fmt: skip
    _compare_links(result, before, after, pairs)
    return result


def _in_block_order(canvas: Canvas) -> list[Card]:
    """Cards block by block (in the blocks' order), each block's cards in their order."""
    rank = {block.id: index for index, block in enumerate(canvas.blocks)}
    ordered: list[Card] = []
    for block_id in sorted({c.block_id for c in canvas.cards}, key=lambda b: rank.get(b, 1 << 30)):
        ordered.extend(canvas.cards_in(block_id))
    return ordered


def _block_titles(*canvases: Canvas) -> dict[str, tuple[str, str]]:
    titles: dict[str, tuple[str, str]] = {}
    for canvas in canvases:  # the later canvas's titles win
        for block in canvas.blocks:
            titles[block.key] = (block.title_en, block.title_zh)
    return titles


def _compare_pair(result: CanvasDiff, old: Card, new: Card, before_keys, after_keys) -> None:
    old_block, new_block = before_keys.get(old.block_id), after_keys.get(new.block_id)
    if old_block != new_block:
        result.moved.append(CardChange(old.id, new.id, new.text, old_block, new_block))
    changes = tuple(
        FieldChange(name, _comparable(getattr(old, name)), _comparable(getattr(new, name)))
        for name in COMPARED_FIELDS
        if _comparable(getattr(old, name)) != _comparable(getattr(new, name))
    )
    if changes:
        result.edited.append(CardChange(old.id, new.id, new.text, old_block, new_block, changes))


def _comparable(value: object) -> object:
    return tuple(value) if isinstance(value, list) else value


# --------------------------------------------------------------------------- matching
def _match_by_id(before: list[Card], after: list[Card]) -> dict[int, Card]:
    """after card id -> the before card with the same id."""
    by_id = {card.id: card for card in before}
    return {card.id: by_id[card.id] for card in after if card.id in by_id}


def normalised(text: str) -> str:
    """Text as compared across canvases: case and runs of spaces do not count."""
    return " ".join(text.casefold().split())


def _match_by_content(before: list[Card], after: list[Card], before_keys: dict[int, str],
                      after_keys: dict[int, str]) -> dict[int, Card]:  # fmt: skip
    """after card id -> before card: same text in the same block, then same text anywhere,
    then a similar text in the same block."""
    pairs: dict[int, Card] = {}
    waiting: dict[tuple[str | None, str], list[Card]] = {}
    for card in before:
        waiting.setdefault((before_keys.get(card.block_id), normalised(card.text)), []).append(card)
    unmatched: list[Card] = []
    for card in after:
        same_place = waiting.get((after_keys.get(card.block_id), normalised(card.text)))
        if same_place:
            pairs[card.id] = same_place.pop(0)
        else:
            unmatched.append(card)
    anywhere: dict[str, list[Card]] = {}
    for (_key, text), cards in waiting.items():
        anywhere.setdefault(text, []).extend(cards)
    still: list[Card] = []
    for card in unmatched:
        elsewhere = anywhere.get(normalised(card.text))
        if elsewhere:
            pairs[card.id] = elsewhere.pop(0)
        else:
            still.append(card)
    left = [card for cards in anywhere.values() for card in cards]
    pairs.update(_similar_in_block(left, still, before_keys, after_keys))
    return pairs


def _similar_in_block(before: Iterable[Card], after: Iterable[Card], before_keys: dict[int, str],
                      after_keys: dict[int, str]) -> dict[int, Card]:  # fmt: skip
    """Pair the remaining cards of each block whose texts are most alike (an edited text)."""
    old_by_block: dict[str | None, list[Card]] = {}
    for card in before:
        old_by_block.setdefault(before_keys.get(card.block_id), []).append(card)
    new_by_block: dict[str | None, list[Card]] = {}
    for card in after:
        new_by_block.setdefault(after_keys.get(card.block_id), []).append(card)
    pairs: dict[int, Card] = {}
    for key, new_cards in new_by_block.items():
        old_cards = old_by_block.get(key, [])
        if not old_cards or len(old_cards) * len(new_cards) > MAX_SIMILARITY_PAIRS:
            continue
        scored = []
        for new in new_cards:
            matcher = difflib.SequenceMatcher(None, b=normalised(new.text))
            for old in old_cards:
                matcher.set_seq1(normalised(old.text))
                if matcher.real_quick_ratio() >= SIMILAR_TEXT and matcher.quick_ratio() >= (
                    SIMILAR_TEXT
                ):
                    ratio = matcher.ratio()
                    if ratio >= SIMILAR_TEXT:
                        scored.append((-ratio, new.id, old.id, new, old))
        taken: set[int] = set()
        for _ratio, new_id, old_id, _new, old in sorted(scored, key=lambda s: s[:3]):
            if new_id not in pairs and old_id not in taken:
                pairs[new_id] = old
                taken.add(old_id)
    return pairs


# --------------------------------------------------------------------------- links
def _compare_links(result: CanvasDiff, before: Canvas, after: Canvas,
                   pairs: dict[int, Card]) -> None:  # fmt: skip
    """Links are the same when they join the same (matched) cards in the same direction."""
    to_before = {new_id: old.id for new_id, old in pairs.items()}
    old_texts = {card.id: card.text for card in before.cards}
    new_texts = {card.id: card.text for card in after.cards}
    old_pairs = {(link.source_id, link.target_id) for link in before.links}
    new_pairs = {
        (to_before.get(link.source_id), to_before.get(link.target_id)) for link in after.links
    }
    for link in after.links:
        if (to_before.get(link.source_id), to_before.get(link.target_id)) not in old_pairs:
            result.links_added.append(_link_change(link, new_texts))
    for link in before.links:
        if (link.source_id, link.target_id) not in new_pairs:
            result.links_removed.append(_link_change(link, old_texts))


def _link_change(link, texts: dict[int, str]) -> LinkChange:
    return LinkChange(link.source_id, link.target_id, texts.get(link.source_id, ""),
                      texts.get(link.target_id, ""), link.label)  # fmt: skip


@dataclass(frozen=True)
class ChangesSince:
    """A canvas compared with one of its snapshots: what the report's "Changes since" shows."""

    canvas_id: int
    snapshot_name: str
    snapshot_created: datetime
    diff: CanvasDiff
