"""What a checked interchange document becomes: model objects, or rows of a new workspace file.

`DocumentCheck` hands on each part that passed (the workspace, a canvas with its blocks, each
card, link, snapshot and dot, the workshop), and one of the sinks here turns it into the model
(`ModelSink`: a merge, a document in memory) or writes it straight into the tables of a new file
(`RowSink`: an import), so a large import never holds the document nor its model whole. Both
convert each part the same way; older versions are upgraded here (cards of versions 1–3 are
numbered in each block's reading order).
"""

from __future__ import annotations

import base64
import json
from datetime import UTC, date, datetime

from ecanvas.model import Block, Canvas, Card, Link, Snapshot, Workspace
from ecanvas.model.entities import Dot, Participant, VotingRound
from ecanvas.model.layout import reading_order
from ecanvas.store.interchange_validate import FORMAT_VERSION, ORDER_VERSION
from ecanvas.store.lazy import sql


# ----------------------------------------------------------------- one part at a time
def workspace_from(data: dict) -> Workspace:
    """The workspace's properties and settings (no canvases, no workshop)."""
    props = data["workspace"]
    logo = props["logo"]
    return Workspace(
        title=props["title"],
        client=props["client"],
        author=props["author"],
        language=props["language"],
        brand_colour=props["brand_colour"],
        logo=None if logo is None else base64.b64decode(logo),
        logo_mime=props["logo_mime"],
        created=parse_timestamp(props["created"]),
        updated=parse_timestamp(props["updated"]),
        summary=props.get("summary", ""),  # versions 1 and 2 have none
        recommendations=props.get("recommendations", ""),
        settings=dict(data.get("settings", {})),  # version 1 has none
    )


def canvas_from(data: dict, position: int) -> Canvas:
    """A canvas with its blocks (its cards, links and snapshots come one at a time)."""
    canvas = Canvas(
        id=data["id"],
        title=data["title"],
        template_key=data["template_key"],
        position=position,
        density=data.get("density", "normal"),
        created=parse_timestamp(data["created"]),
        updated=parse_timestamp(data["updated"]),
    )
    canvas.blocks = [block_from(item, canvas.id) for item in data["blocks"]]
    return canvas


def block_from(data: dict, canvas_id: int) -> Block:
    values = {name: data[name] for name in ("id", "key", "title_en", "title_zh", "colour")}
    values.update({name: float(data[name]) for name in ("x", "y", "w", "h")})
    return Block(
        canvas_id=canvas_id,
        guidance_en=list(data["guidance_en"]),
        guidance_zh=list(data["guidance_zh"]),
        scored=data["scored"],
        score=data["score"],
        links_to=list(data["links_to"]),
        position=data["position"],
        silent=data.get("silent", False),
        **values,
    )


def card_from(data: dict, canvas_id: int) -> Card:
    values = {name: data[name] for name in ("id", "text", "note", "colour", "votes", "owner")}
    return Card(
        canvas_id=canvas_id,
        block_id=data["block"],
        tags=list(data["tags"]),
        due=None if data["due"] is None else date.fromisoformat(data["due"]),
        status=data["status"],
        position=data.get("position", 0),  # versions 1 to 3: numbered at the canvas's end
        created=parse_timestamp(data["created"]),
        updated=parse_timestamp(data["updated"]),
        author_id=data.get("author"),  # versions 1 to 5 have no workshops
        face_down=data.get("face_down", False),
        **values,
    )


def link_from(data: dict, canvas_id: int) -> Link:
    return Link(id=data["id"], canvas_id=canvas_id, source_id=data["source"],
                target_id=data["target"], label=data["label"])  # fmt: skip


def snapshot_from(data: dict, canvas_id: int) -> Snapshot:
    return Snapshot(id=data["id"], canvas_id=canvas_id, name=data["name"],
                    created=parse_timestamp(data["created"]),
                    content=snapshot_text(data["content"]))  # fmt: skip


def participant_from(data: dict) -> Participant:
    return Participant(data["id"], data["name"], data["colour"], data["position"])


def round_from(data: dict) -> VotingRound:
    closed = data["closed"]
    return VotingRound(
        data["id"], data["scope"], data["canvas"], data["block"], data["dots_per_participant"],
        data["highlight"], data["status"], parse_timestamp(data["created"]),
        None if closed is None else parse_timestamp(closed),
    )  # fmt: skip


def dot_from(data: dict) -> Dot:
    return Dot(data["id"], data["round"], data["participant"], data["card"])


def snapshot_text(content: dict) -> str:
    """A snapshot's content as stored: compact JSON with sorted keys (the same bytes each time)."""
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False)  # fmt: skip


def parse_timestamp(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


class ReadingOrder:
    """Versions 1–3 placed cards freely: each block's cards are numbered in reading order."""

    def __init__(self) -> None:
        self.placed: dict[int, list[tuple[int, float, float]]] = {}

    def add(self, data: dict) -> None:
        self.placed.setdefault(data["block"], []).append((data["id"], data["x"], data["y"]))

    def positions(self) -> dict[int, int]:
        return {
            card_id: position
            for block_cards in self.placed.values()
            for position, card_id in enumerate(reading_order(block_cards))
        }


def canvas_from_document(data: dict, position: int, version: int = FORMAT_VERSION) -> Canvas:
    """The model of one whole canvas of a valid document of `version` (snapshots included);
    the canvas inside a snapshot is read the same way, by the version it was written in."""
    canvas = canvas_from(data, position)
    canvas.cards = [card_from(item, canvas.id) for item in data["cards"]]
    canvas.links = [link_from(item, canvas.id) for item in data["links"]]
    if version < ORDER_VERSION:
        order = ReadingOrder()
        for item in data["cards"]:
            order.add(item)
        _renumber(canvas.cards, order.positions())
    canvas.snapshots = [snapshot_from(item, canvas.id) for item in data.get("snapshots", ())]
    return canvas


def _renumber(cards: list[Card], positions: dict[int, int]) -> None:
    for card in cards:
        card.position = positions[card.id]


# ----------------------------------------------------------------- sinks
class ModelSink:
    """Builds the model of the document (`workspace` once `finish` was called)."""

    def begin(self, document: dict) -> None:
        self.version = document["version"]
        self.workspace = workspace_from(document)

    def canvas(self, position: int, data: dict) -> None:
        self.current = canvas_from(data, position)
        self.order = ReadingOrder() if self.version < ORDER_VERSION else None

    def card(self, data: dict) -> None:
        self.current.cards.append(card_from(data, self.current.id))
        if self.order is not None:
            self.order.add(data)

    def link(self, data: dict) -> None:
        self.current.links.append(link_from(data, self.current.id))

    def snapshot(self, data: dict) -> None:
        self.current.snapshots.append(snapshot_from(data, self.current.id))

    def canvas_done(self) -> None:
        if self.order is not None:
            _renumber(self.current.cards, self.order.positions())
        self.workspace.canvases.append(self.current)

    def workshop(self, participants: list[dict], rounds: list[dict]) -> None:
        self.workspace.participants = sorted(
            map(participant_from, participants), key=lambda p: (p.position, p.id)
        )
        self.workspace.rounds = sorted(map(round_from, rounds), key=lambda r: r.id)

    def dot(self, data: dict) -> None:
        self.workspace.dots.append(dot_from(data))

    def finish(self) -> None:
        self.workspace.dots.sort(key=lambda d: d.id)


class RowSink:
    """Writes each part as rows of a new workspace file, inside the caller's transaction."""

    def __init__(self, connection) -> None:
        self.connection = connection
        self.rows = sql.RowWriter(connection)

    def begin(self, document: dict) -> None:
        self.version = document["version"]
        sql.insert_workspace_row(self.connection, workspace_from(document))

    def canvas(self, position: int, data: dict) -> None:
        canvas = canvas_from(data, position)
        self.canvas_id = canvas.id
        self.rows.add(sql.CanvasRow, canvas)
        for block in canvas.blocks:
            self.rows.add(sql.BlockRow, block)
        self.order = ReadingOrder() if self.version < ORDER_VERSION else None

    def card(self, data: dict) -> None:
        self.rows.add(sql.CardRow, card_from(data, self.canvas_id))
        if self.order is not None:
            self.order.add(data)

    def link(self, data: dict) -> None:
        self.rows.add(sql.LinkRow, link_from(data, self.canvas_id))

    def snapshot(self, data: dict) -> None:
        self.rows.add(sql.SnapshotRow, snapshot_from(data, self.canvas_id))

    def canvas_done(self) -> None:
        if self.order is not None:
            self.rows.flush()
            sql.write_positions(self.connection, self.order.positions())

    def workshop(self, participants: list[dict], rounds: list[dict]) -> None:
        for item in participants:
            self.rows.add(sql.ParticipantRow, participant_from(item))
        for item in rounds:
            self.rows.add(sql.VotingRoundRow, round_from(item))

    def dot(self, data: dict) -> None:
        self.rows.add(sql.DotRow, dot_from(data))

    def finish(self) -> None:
        self.rows.flush()
