"""The JSON interchange format: a whole workspace as one documented, versioned JSON file.

Export writes every field with its id and timestamps, so export → import → export gives the
same bytes. Import validates the document, writes it into a new workspace file beside the target
in one transaction, and renames it into place only when everything succeeded. The format is
documented in docs/interchange.md and described by resources/schema/ (JSON Schema).
"""

from __future__ import annotations

import base64
import json
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

from ecanvas import __version__
from ecanvas.model import Block, Canvas, Card, Link, Snapshot, Workspace, card_fields
from ecanvas.model.entities import Dot, Participant, VotingRound
from ecanvas.model.layout import reading_order
from ecanvas.model.workshop import live_dots
from ecanvas.outputs import output_path, write_output
from ecanvas.store.errors import InterchangeError, WorkspaceExistsError, WorkspaceNotFoundError
from ecanvas.store.failures import storage_errors
from ecanvas.store.fileguard import check_workspace_file
from ecanvas.store.interchange_validate import (
    FORMAT_NAME,
    FORMAT_VERSION,
    MAX_DOCUMENT_BYTES,
    ORDER_VERSION,
    WORKSHOP_VERSION,
    validate_document,
)
from ecanvas.store.migrations import migrate

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "document_bytes",
    "document_to_workspace",
    "export_document",
    "export_json",
    "import_json",
    "read_document",
    "validate_document",
]


# ----------------------------------------------------------------- export
def export_document(workspace: Workspace) -> dict:
    """The interchange document of a workspace, ready for `json.dumps`."""
    people = {p.id for p in workspace.participants}
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "ecanvas_version": __version__,
        "workspace": {
            "title": workspace.title,
            "client": workspace.client,
            "author": workspace.author,
            "language": workspace.language,
            "brand_colour": workspace.brand_colour,
            "logo": None if workspace.logo is None else base64.b64encode(workspace.logo).decode(),
            "logo_mime": workspace.logo_mime,
            "created": _timestamp(workspace.created),
            "updated": _timestamp(workspace.updated),
            "summary": workspace.summary,
            "recommendations": workspace.recommendations,
        },
        "canvases": [canvas_document(canvas, people=people) for canvas in workspace.canvases],
        "settings": dict(sorted(workspace.settings.items())),
        **_workshop_document(workspace),
    }


def _workshop_document(workspace: Workspace) -> dict:
    """Participants, voting rounds and dots. The store's references between them are soft
    (see ecanvas.model.workshop); the document keeps only what they still name: dots that
    count, and a round's canvas or block when it is still there."""
    blocks = {block.id for canvas in workspace.canvases for block in canvas.blocks}
    canvases = {canvas.id for canvas in workspace.canvases}
    return {
        "participants": [
            {"id": p.id, "name": p.name, "colour": p.colour, "position": p.position}
            for p in sorted(workspace.participants, key=lambda p: p.id)
        ],
        "rounds": [
            {
                "id": r.id,
                "scope": r.scope,
                "canvas": r.canvas_id if r.canvas_id in canvases else None,
                "block": r.block_id if r.block_id in blocks else None,
                "dots_per_participant": r.dots_per_participant,
                "highlight": r.highlight,
                "status": r.status,
                "created": _timestamp(r.created),
                "closed": None if r.closed is None else _timestamp(r.closed),
            }
            for r in sorted(workspace.rounds, key=lambda r: r.id)
        ],
        "dots": [
            {"id": d.id, "round": d.round_id, "participant": d.participant_id, "card": d.card_id}
            for d in sorted(live_dots(workspace), key=lambda d: d.id)
        ],
    }


def canvas_document(canvas: Canvas, *, with_snapshots: bool = True,
                    people: set[int] | None = None) -> dict:  # fmt: skip
    """One canvas of the document; without its snapshots, it is what a snapshot holds.
    `people` are the workspace's participant ids: a card's author who is not one of them is
    written as null (a snapshot keeps its authors as they were)."""
    # Blocks in the order the store loads them, cards and links by id: a stable order.
    document = {
        "id": canvas.id,
        "title": canvas.title,
        "template_key": canvas.template_key,
        "density": canvas.density,
        "created": _timestamp(canvas.created),
        "updated": _timestamp(canvas.updated),
        "blocks": [_block_document(b) for b in sorted(canvas.blocks, key=_block_order)],
        "cards": [_card_document(c, people) for c in sorted(canvas.cards, key=lambda c: c.id)],
        "links": [_link_document(lk) for lk in sorted(canvas.links, key=lambda lk: lk.id)],
    }
    if with_snapshots:
        document["snapshots"] = [
            item
            for item in (_snapshot_document(s) for s in sorted(canvas.snapshots, key=_by_id))
            if item is not None
        ]
    return document


def _by_id(item) -> int:
    return item.id


def _snapshot_document(snapshot: Snapshot) -> dict | None:
    """A snapshot with its content as JSON; None for a damaged one (content not JSON)."""
    try:
        content = json.loads(snapshot.content)
    except (ValueError, RecursionError):
        return None
    return {
        "id": snapshot.id,
        "name": snapshot.name,
        "created": _timestamp(snapshot.created),
        "content": content,
    }


def _block_order(block: Block) -> tuple[int, int]:
    return (block.position, block.id)


def _block_document(block: Block) -> dict:
    return {
        "id": block.id,
        "key": block.key,
        "title_en": block.title_en,
        "title_zh": block.title_zh,
        "guidance_en": list(block.guidance_en),
        "guidance_zh": list(block.guidance_zh),
        "colour": block.colour,
        "x": float(block.x),
        "y": float(block.y),
        "w": float(block.w),
        "h": float(block.h),
        "scored": bool(block.scored),
        "score": block.score,
        "links_to": list(block.links_to),
        "position": block.position,
        "silent": bool(block.silent),
    }


def _card_document(card: Card, people: set[int] | None) -> dict:
    author = card.author_id if people is None or card.author_id in people else None
    return {
        "id": card.id,
        "block": card.block_id,
        **card_fields(card),
        "due": None if card.due is None else card.due.isoformat(),
        "position": card.position,
        "created": _timestamp(card.created),
        "updated": _timestamp(card.updated),
        "author": author,
        "face_down": bool(card.face_down),
    }


def _link_document(link: Link) -> dict:
    return {"id": link.id, "source": link.source_id, "target": link.target_id, "label": link.label}


def _timestamp(value: datetime) -> str:
    """ISO-8601 in UTC with a Z; a naive datetime is taken to be UTC already."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def document_bytes(workspace: Workspace) -> bytes:
    """The document as ecanvas writes it: UTF-8 JSON, sorted keys, indent 2, final newline."""
    text = json.dumps(
        export_document(workspace), ensure_ascii=False, indent=2, sort_keys=True, allow_nan=False
    )
    return (text + "\n").encode("utf-8")


def write_document(workspace: Workspace, stream, options: object = None) -> None:
    """Write the document to a binary stream (the export registry's signature)."""
    stream.write(document_bytes(workspace))


def export_json(
    workspace: Workspace, path: Path, *, force: bool = False, protect: tuple[Path, ...] = ()
) -> Path:
    """Write the document as UTF-8 JSON (sorted keys, indent 2) through the safe output writer:
    never over a workspace or a file in `protect`, over another file only with `force`."""
    return write_output(path, document_bytes(workspace), force=force, protect=protect)


# ----------------------------------------------------------------- import
class _DuplicateKeyError(ValueError):
    pass


def _no_duplicate_keys(pairs: list[tuple[str, object]]) -> dict:
    result: dict = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKeyError(key)
        result[key] = value
    return result


def _refuse_constant(name: str) -> object:
    raise ValueError(f"{name} is not a JSON number")


def read_document(source: Path) -> object:
    """Parse a JSON file; unreadable, non-UTF-8 or malformed files raise `InterchangeError`."""
    name = str(source)
    try:
        size = Path(source).stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            raise InterchangeError(name, "", f"the file is too large to import ({size:,} bytes; "
                                   f"at most {MAX_DOCUMENT_BYTES:,})")  # fmt: skip
        text = _utf8_text(Path(source).read_bytes(), name)  # the bytes go before parsing
    except OSError as error:
        raise InterchangeError(name, "", f"cannot read the file ({error.strerror})") from None
    try:
        return json.loads(
            text, object_pairs_hook=_no_duplicate_keys, parse_constant=_refuse_constant
        )
    except json.JSONDecodeError as error:
        raise InterchangeError(
            name, "", f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        ) from None
    except RecursionError:
        raise InterchangeError(name, "", "not valid for import: the JSON is nested too deeply "
                               "(ecanvas documents nest a few levels)") from None  # fmt: skip
    except _DuplicateKeyError as error:
        key = json.dumps(str(error), ensure_ascii=False)
        raise InterchangeError(
            name, "", f"not valid JSON: an object repeats the key {key}"
        ) from None
    except ValueError as error:
        raise InterchangeError(name, "", f"not valid JSON: {error}") from None


def _utf8_text(raw: bytes, name: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InterchangeError(
            name, "", f"the file is not UTF-8 text (byte 0x{raw[error.start]:02X} at offset "
            f"{error.start}); save it as UTF-8"
        ) from None  # fmt: skip


def document_to_workspace(data: dict, *, consume: bool = False) -> Workspace:
    """The model of a document that `validate_document` accepted. With `consume`, each canvas
    of the document is dropped from it once converted, so a large import does not hold the
    document and its model in full at once."""
    props = data["workspace"]
    logo = props["logo"]
    workspace = Workspace(
        title=props["title"],
        client=props["client"],
        author=props["author"],
        language=props["language"],
        brand_colour=props["brand_colour"],
        logo=None if logo is None else base64.b64decode(logo),
        logo_mime=props["logo_mime"],
        created=_parse_timestamp(props["created"]),
        updated=_parse_timestamp(props["updated"]),
        summary=props.get("summary", ""),  # versions 1 and 2 have none
        recommendations=props.get("recommendations", ""),
    )
    version = data["version"]
    canvases = data["canvases"]
    workspace.canvases = []
    for index in range(len(canvases)):
        item = canvases[index]
        if consume:
            canvases[index] = None
        workspace.canvases.append(canvas_from_document(item, index, version))
        del item
    workspace.settings = dict(data.get("settings", {}))  # version 1 has none
    if version >= WORKSHOP_VERSION:
        _workshop(workspace, data)
    return workspace


def _workshop(workspace: Workspace, data: dict) -> None:
    workspace.participants = [
        Participant(p["id"], p["name"], p["colour"], p["position"]) for p in data["participants"]
    ]
    workspace.participants.sort(key=lambda p: (p.position, p.id))
    workspace.rounds = [
        VotingRound(
            r["id"], r["scope"], r["canvas"], r["block"], r["dots_per_participant"],
            r["highlight"], r["status"], _parse_timestamp(r["created"]),
            None if r["closed"] is None else _parse_timestamp(r["closed"]),
        )
        for r in sorted(data["rounds"], key=lambda r: r["id"])
    ]  # fmt: skip
    workspace.dots = [
        Dot(d["id"], d["round"], d["participant"], d["card"])
        for d in sorted(data["dots"], key=lambda d: d["id"])
    ]


def _order_from_positions(canvas: Canvas, cards: list[dict]) -> None:
    """Versions 1–3 placed cards freely: number each block's cards in their reading order."""
    placed: dict[int, list[tuple[int, float, float]]] = {}
    for item in cards:
        placed.setdefault(item["block"], []).append((item["id"], item["x"], item["y"]))
    positions = {
        card_id: position
        for block_cards in placed.values()
        for position, card_id in enumerate(reading_order(block_cards))
    }
    for card in canvas.cards:
        card.position = positions[card.id]


def canvas_from_document(data: dict, position: int, version: int = FORMAT_VERSION) -> Canvas:
    """The model of one canvas of a valid document of `version` (snapshots included); the
    canvas inside a snapshot is read the same way, by the version it was written in."""
    canvas = Canvas(
        id=data["id"],
        title=data["title"],
        template_key=data["template_key"],
        position=position,
        density=data.get("density", "normal"),
        created=_parse_timestamp(data["created"]),
        updated=_parse_timestamp(data["updated"]),
    )
    canvas.blocks = [_block(item, canvas.id) for item in data["blocks"]]
    canvas.cards = [_card(item, canvas.id) for item in data["cards"]]
    canvas.links = [
        Link(id=lk["id"], canvas_id=canvas.id, source_id=lk["source"], target_id=lk["target"],
             label=lk["label"])
        for lk in data["links"]
    ]  # fmt: skip
    if version < ORDER_VERSION:
        _order_from_positions(canvas, data["cards"])
    canvas.snapshots = [
        Snapshot(id=item["id"], canvas_id=canvas.id, name=item["name"],
                 created=_parse_timestamp(item["created"]),
                 content=snapshot_text(item["content"]))
        for item in data.get("snapshots", ())  # none before version 5, nor inside a snapshot
    ]  # fmt: skip
    return canvas


def snapshot_text(content: dict) -> str:
    """A snapshot's content as stored: compact JSON with sorted keys (the same bytes each time)."""
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False)  # fmt: skip


def _block(data: dict, canvas_id: int) -> Block:
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


def _card(data: dict, canvas_id: int) -> Card:
    values = {name: data[name] for name in ("id", "text", "note", "colour", "votes", "owner")}
    return Card(
        canvas_id=canvas_id,
        block_id=data["block"],
        tags=list(data["tags"]),
        due=None if data["due"] is None else date.fromisoformat(data["due"]),
        status=data["status"],
        position=data.get("position", 0),
        created=_parse_timestamp(data["created"]),
        updated=_parse_timestamp(data["updated"]),
        author_id=data.get("author"),  # versions 1 to 5 have no workshops
        face_down=data.get("face_down", False),
        **values,
    )


def _parse_timestamp(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def import_json(source: Path, target: Path) -> Path:
    """Make a new workspace file at `target` holding exactly the document in `source`.

    Refuses an existing target. On any error nothing is left at the target path, nor beside it.
    """
    source, target = Path(source), Path(target)
    _check_target(target)
    data = read_document(source)
    validate_document(data, str(source))
    workspace = document_to_workspace(data, consume=True)
    del data
    return write_workspace_file(workspace, target)


def write_workspace_file(workspace: Workspace, target: Path) -> Path:
    """A new workspace file at `target` holding exactly `workspace` (ids and stamps included),
    written through the safe output writer: verified, then put in place; never over a file."""
    target = Path(target)
    with (
        storage_errors(target, "the workspace was not created"),
        output_path(target, replace=False) as partial,
    ):
        _create_schema(partial)
        _write_workspace(partial, workspace)
        check_workspace_file(partial)
    return target


def _check_target(target: Path) -> None:
    if target.exists():
        raise WorkspaceExistsError(target)
    if not target.parent.is_dir():
        raise WorkspaceNotFoundError(target, f"the folder {target.parent} does not exist")


def _create_schema(path: Path) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        migrate(connection, 0)
    finally:
        connection.close()


def _write_workspace(path: Path, workspace: Workspace) -> None:
    """Every row, with its id and timestamps, in one transaction through the SQLModel tables."""
    from ecanvas.store import sql  # SQLAlchemy: only once there is something to write

    engine = sql.make_engine(path, read_only=False)
    try:
        with engine.begin() as connection:
            sql.insert_rows(connection, workspace)
    finally:
        engine.dispose()
