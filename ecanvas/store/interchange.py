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
from datetime import UTC, datetime
from pathlib import Path

from ecanvas import __version__
from ecanvas.model import Block, Canvas, Card, Link, Snapshot, Workspace, card_fields
from ecanvas.model.workshop import live_dots
from ecanvas.outputs import output_path, write_output
from ecanvas.store.errors import WorkspaceExistsError, WorkspaceNotFoundError
from ecanvas.store.failures import storage_errors
from ecanvas.store.fileguard import check_workspace_file
from ecanvas.store.interchange_build import ModelSink, RowSink, canvas_from_document, snapshot_text
from ecanvas.store.interchange_check import DocumentCheck, check_document
from ecanvas.store.interchange_read import read_outline, walk_file
from ecanvas.store.interchange_validate import FORMAT_NAME, FORMAT_VERSION, validate_document
from ecanvas.store.lazy import sql
from ecanvas.store.migrations import migrate

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "canvas_from_document",
    "document_bytes",
    "document_to_workspace",
    "export_document",
    "export_json",
    "import_json",
    "snapshot_text",
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
def import_json(source: Path, target: Path) -> Path:
    """Make a new workspace file at `target` holding exactly the document in `source`.

    Refuses an existing target. On any error nothing is left at the target path, nor beside it.
    The document is read twice and never held whole (see `interchange_read`): first for its
    outline, then item by item, each checked and written into the new file's one transaction.
    """
    source, target = Path(source), Path(target)
    _check_target(target)
    outline = read_outline(source)
    check = DocumentCheck(str(source))
    check.check_outline(outline.document)  # the header and the small parts, before any file
    with (
        storage_errors(target, "the workspace was not created"),
        output_path(target, replace=False) as partial,
    ):
        _create_schema(partial)
        engine = sql.make_engine(partial, read_only=False)
        try:
            with engine.begin() as connection:
                # Rows come in the document's order; the check has proven every reference.
                connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
                check.check_items(walk_file(source, outline), RowSink(connection))
        finally:
            engine.dispose()
        check_workspace_file(partial)
    return target


def document_to_workspace(data: object, source: str = "document") -> Workspace:
    """The model of a parsed document, checked as an import checks it (`InterchangeError`)."""
    sink = ModelSink()
    check_document(data, source, sink)
    return sink.workspace


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
    engine = sql.make_engine(path, read_only=False)
    try:
        with engine.begin() as connection:
            sql.insert_rows(connection, workspace)
    finally:
        engine.dispose()
