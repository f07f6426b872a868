"""The plain data of a workspace: canvases, blocks, cards and links.

Geometry is plain floats in canvas units (1 unit = 1 px at 100 % zoom); no Qt types here, so the
store, the report and the UI can all share these objects.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

DEFAULT_CARD_COLOUR = "#FFE680"
CARD_STATUSES = ("", "todo", "doing", "done", "blocked")
SCORE_RANGE = range(0, 6)
LANGUAGES = ("en", "zh")
CARD_FIELDS = ("text", "note", "colour", "tags", "votes", "owner", "due", "status")
# Who captured a card in a workshop (a participant's id) and whether it lies face down (a silent
# brainstorm): facts of the session, not of the card's content, so a copy does not take them.
WORKSHOP_CARD_FIELDS = ("author_id", "face_down")
ROUND_SCOPES = ("block", "canvas", "workspace")


def utc_now() -> datetime:
    """Current time, timezone-aware and truncated to whole microseconds for stable round trips."""
    return datetime.now(UTC)


@dataclass
class Block:
    """A region of a canvas with guidance; cards live inside blocks."""

    id: int
    canvas_id: int
    key: str
    title_en: str
    title_zh: str
    guidance_en: list[str] = field(default_factory=list)
    guidance_zh: list[str] = field(default_factory=list)
    colour: str = "#4F81BD"
    x: float = 0.0
    y: float = 0.0
    w: float = 400.0
    h: float = 300.0
    scored: bool = False
    score: int | None = None
    links_to: list[str] = field(default_factory=list)
    position: int = 0
    # A silent brainstorm runs here: cards added now lie face down until they are revealed.
    silent: bool = False

    def title(self, lang: str) -> str:
        return self.title_zh if lang == "zh" else self.title_en

    def guidance(self, lang: str) -> list[str]:
        return self.guidance_zh if lang == "zh" else self.guidance_en

    def contains(self, x: float, y: float) -> bool:
        """True when the canvas point (x, y) lies inside this block."""
        return self.x <= x < self.x + self.w and self.y <= y < self.y + self.h


@dataclass
class Card:
    """A sticky note. `position` orders the cards of a block (reading order); where a card is
    drawn follows from that order (`ecanvas.model.layout`), so cards never overlap."""

    id: int
    canvas_id: int
    block_id: int
    text: str
    note: str = ""
    colour: str = DEFAULT_CARD_COLOUR
    tags: list[str] = field(default_factory=list)
    votes: int = 0
    owner: str = ""
    due: date | None = None
    status: str = ""
    position: int = 0
    created: datetime = field(default_factory=utc_now)
    updated: datetime = field(default_factory=utc_now)
    # The participant who captured it in a workshop (None: nobody in particular). A soft
    # reference: a participant removed and brought back by an undo finds their cards again.
    author_id: int | None = None
    face_down: bool = False  # captured in a silent brainstorm and not revealed yet

    @property
    def is_action_item(self) -> bool:
        """Cards with an owner, a due date or a status are tracked in the action plan."""
        return bool(self.owner or self.due or self.status)


def card_fields(card: Card) -> dict:
    """A card's own fields (`CARD_FIELDS`, tags as a new list): a draft for a copy of it.

    Anything with those attributes will do, such as the worked example's cards.
    """
    values = {name: getattr(card, name) for name in CARD_FIELDS}
    values["tags"] = list(card.tags)
    return values


@dataclass
class Link:
    """An arrow from one card to another on the same canvas."""

    id: int
    canvas_id: int
    source_id: int
    target_id: int
    label: str = ""


@dataclass
class Snapshot:
    """A frozen, named copy of one canvas at a moment, to compare with or go back to later.

    `content` is the canvas as versioned JSON text (written and read by
    `ecanvas.store.snapshot_format`), so a snapshot never changes when the schema does.
    """

    id: int
    canvas_id: int
    name: str
    created: datetime = field(default_factory=utc_now)
    content: str = ""


@dataclass
class Participant:
    """A person in a workshop: the cards they capture take their colour and name them."""

    id: int
    name: str
    colour: str = DEFAULT_CARD_COLOUR
    position: int = 0


@dataclass
class VotingRound:
    """A round of dot voting: each participant may place `dots_per_participant` dots on the
    cards in scope (a block, a canvas or the whole workspace); closing it ranks the cards and
    highlights the top `highlight`."""

    id: int
    scope: str  # one of ROUND_SCOPES
    canvas_id: int | None = None  # for a block or canvas round
    block_id: int | None = None  # for a block round
    dots_per_participant: int = 3
    highlight: int = 3
    status: str = "open"  # "open" or "closed"
    created: datetime = field(default_factory=utc_now)
    closed: datetime | None = None

    @property
    def is_open(self) -> bool:
        return self.status == "open"


@dataclass
class Dot:
    """One dot a participant placed on a card in a voting round (one row per dot, so two
    laptops voting at once never touch the same row)."""

    id: int
    round_id: int
    participant_id: int
    card_id: int


@dataclass
class Canvas:
    """One strategy canvas made from a template; holds its blocks, cards and links."""

    id: int
    title: str
    template_key: str
    position: int = 0
    density: str = "normal"  # "normal" or "compact" (one-line cards), see ecanvas.model.layout
    blocks: list[Block] = field(default_factory=list)
    cards: list[Card] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    created: datetime = field(default_factory=utc_now)
    updated: datetime = field(default_factory=utc_now)
    # Its snapshots, oldest first; they go with the canvas (deleted and restored with it).
    snapshots: list[Snapshot] = field(default_factory=list)

    def block(self, block_id: int) -> Block:
        for block in self.blocks:
            if block.id == block_id:
                return block
        raise KeyError(block_id)

    def block_by_key(self, key: str) -> Block:
        for block in self.blocks:
            if block.key == key:
                return block
        raise KeyError(key)

    def card(self, card_id: int) -> Card:
        for card in self.cards:
            if card.id == card_id:
                return card
        raise KeyError(card_id)

    def snapshot(self, snapshot_id: int) -> Snapshot:
        for snapshot in self.snapshots:
            if snapshot.id == snapshot_id:
                return snapshot
        raise KeyError(snapshot_id)

    def cards_in(self, block_id: int) -> list[Card]:
        """Cards of one block in their order (reading order: along rows, then down)."""
        return sorted(
            (c for c in self.cards if c.block_id == block_id), key=lambda c: (c.position, c.id)
        )

    def block_at(self, x: float, y: float) -> Block | None:
        """The block under a canvas point, or None when the point is outside every block."""
        for block in reversed(self.blocks):
            if block.contains(x, y):
                return block
        return None

    def bounds(self) -> tuple[float, float, float, float]:
        """(x, y, w, h) enclosing the blocks' stored rectangles (before they grow to hold their
        cards: see `ecanvas.model.layout` for where things are drawn); a default for none."""
        if not self.blocks:
            return (0.0, 0.0, 1200.0, 800.0)
        left = min(b.x for b in self.blocks)
        top = min(b.y for b in self.blocks)
        right = max(b.x + b.w for b in self.blocks)
        bottom = max(b.y + b.h for b in self.blocks)
        return (left, top, right - left, bottom - top)


def copy_entity(entity):
    """A copy of a block, card, link or snapshot that shares nothing mutable with it (faster
    than `copy.deepcopy`: the other fields are numbers, text, dates)."""
    duplicate = copy.copy(entity)
    for name in ("tags", "guidance_en", "guidance_zh", "links_to"):
        value = getattr(entity, name, None)
        if value is not None:
            setattr(duplicate, name, list(value))
    return duplicate


def copy_canvas(canvas: Canvas) -> Canvas:
    """A copy of a canvas and everything on it, as `copy.deepcopy` would make, several times
    faster (a 2,000-card canvas is copied for an undo)."""
    duplicate = copy.copy(canvas)
    for name in ("blocks", "cards", "links", "snapshots"):
        setattr(duplicate, name, [copy_entity(item) for item in getattr(canvas, name)])
    return duplicate


@dataclass
class Workspace:
    """The whole content of one .ecanvas file."""

    title: str = "Untitled workspace"
    client: str = ""
    author: str = ""
    language: str = "en"
    brand_colour: str = "#1F4E79"
    logo: bytes | None = None
    logo_mime: str = ""
    # The user's executive summary and recommendations (a small Markdown subset, see
    # ecanvas.model.richtext): they open the report.
    summary: str = ""
    recommendations: str = ""
    canvases: list[Canvas] = field(default_factory=list)
    created: datetime = field(default_factory=utc_now)
    updated: datetime = field(default_factory=utc_now)
    # Per-workspace preferences by namespaced key ("checks.disabled", "canvas.12.view", ...),
    # each a JSON value; kept in the file so they travel with the workspace.
    settings: dict[str, object] = field(default_factory=dict)
    # A workshop's people, voting rounds (oldest first) and the dots placed in them.
    participants: list[Participant] = field(default_factory=list)
    rounds: list[VotingRound] = field(default_factory=list)
    dots: list[Dot] = field(default_factory=list)

    def canvas(self, canvas_id: int) -> Canvas:
        for canvas in self.canvases:
            if canvas.id == canvas_id:
                return canvas
        raise KeyError(canvas_id)

    def find_card(self, card_id: int) -> Card:
        for canvas in self.canvases:
            for card in canvas.cards:
                if card.id == card_id:
                    return card
        raise KeyError(card_id)

    def participant(self, participant_id: int) -> Participant:
        for participant in self.participants:
            if participant.id == participant_id:
                return participant
        raise KeyError(participant_id)

    def voting_round(self, round_id: int) -> VotingRound:
        for item in self.rounds:
            if item.id == round_id:
                return item
        raise KeyError(round_id)

    def find_snapshot(self, snapshot_id: int) -> Snapshot:
        for canvas in self.canvases:
            for snapshot in canvas.snapshots:
                if snapshot.id == snapshot_id:
                    return snapshot
        raise KeyError(snapshot_id)

    @property
    def card_count(self) -> int:
        return sum(len(c.cards) for c in self.canvases)
