"""Checking an interchange document as it is read, and handing on what passed.

`DocumentCheck` applies the rules of `interchange_validate` to the document's outline first (the
header, the workspace, the settings, each canvas's own fields and blocks), then to each card,
link, snapshot and dot as the walk hands it out (see `interchange_read`), so a document is
checked without being held whole. It keeps only what later checks need: the ids seen, each with
where it was (for unique ids and for messages), the ids of the canvas being read, and the
workshop's references. As before, the shape of everything is checked before the references
between ids: a broken reference found on the way is reported once every shape has passed.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable

from ecanvas.store.interchange_ids import Claims, IdSet
from ecanvas.store.interchange_read import (
    END,
    ITEM,
    START,
    Outline,
    Streamed,
    dict_outline,
    walk_dict,
)
from ecanvas.store.interchange_validate import (
    BLOCK_FIELDS,
    BLOCK_FIELDS_5,
    CARD_FIELDS,
    CARD_FIELDS_1,
    CARD_FIELDS_5,
    DOCUMENT_FIELDS,
    DOCUMENT_FIELDS_1,
    DOCUMENT_FIELDS_5,
    DOT_FIELDS,
    LINK_FIELDS,
    MAX_ITEMS,
    ORDER_VERSION,
    SNAPSHOT_FIELDS,
    WORKSHOP_PARTS,
    WORKSHOP_VERSION,
    WORKSPACE_FIELDS,
    WORKSPACE_FIELDS_2,
    _Validator,
    canvas_fields,
    child,
    shown,
)

CANVAS_KINDS = ("block", "card", "link", "snapshot")


def _top(member: str) -> Callable[[int, int], str]:
    return lambda _part, index: f"$.{member}[{index}]"


def _in_canvas(member: str) -> Callable[[int, int], str]:
    return lambda canvas, index: f"$.canvases[{canvas}].{member}[{index}]"


class _Canvas:
    """What the check keeps of the canvas being read: its ids, and its links until its end."""

    def __init__(self, index: int, path: str, blocks: list[dict]) -> None:
        self.index = index
        self.path = path
        self.block_ids = {block["id"] for block in blocks}
        self.card_ids = IdSet()
        self.sources, self.targets = array("q"), array("q")
        self.bad_card: tuple[str, str, int] | None = None  # a card not in a block of its own


class NoSink:
    """Told nothing: a check alone."""

    def __getattr__(self, name: str) -> Callable[..., None]:
        return lambda *args: None


class DocumentCheck(_Validator):
    """`check_outline` first (nothing written yet), then `check_items` with the walk and a
    sink; every refusal is an `InterchangeError` naming the JSON path."""

    def __init__(self, source: str) -> None:
        super().__init__(source)
        self.seen = {
            "canvas": Claims(_top("canvases")), "block": Claims(_in_canvas("blocks")),
            "card": Claims(_in_canvas("cards")), "link": Claims(_in_canvas("links")),
            "snapshot": Claims(_in_canvas("snapshots")),
            "participant": Claims(_top("participants")), "round": Claims(_top("rounds")),
            "dot": Claims(_top("dots")),
        }  # fmt: skip
        self.sink: object = NoSink()
        self.here: _Canvas | None = None
        self.block_canvas: dict[int, int] = {}
        self.broken: tuple | None = None  # the first broken reference inside a canvas
        self.bad_author: tuple[str, int] | None = None
        self.bad_dot: tuple | None = None
        self.unresolved = array("q")  # dots (index, card) whose card was not read yet
        self.doomed = False  # a reference is broken: nothing more is handed on

    # ----------------------------------------------------------------- the outline
    def check_outline(self, data: object) -> None:
        """Everything that is not in a long list, and the long lists' lengths."""
        if not isinstance(data, dict):
            self.fail("$", "document-not-object")
        self.check_header(data)
        self.version = data["version"]
        self.workshop = self.version >= WORKSHOP_VERSION
        fields = (
            DOCUMENT_FIELDS if self.workshop else DOCUMENT_FIELDS_5 if self.version >= 2
            else DOCUMENT_FIELDS_1
        )  # fmt: skip
        self.check_object(data, "$", "the document", fields)
        if "settings" in fields:
            self.check_settings(data["settings"], "$.settings")
        workspace_fields = WORKSPACE_FIELDS if self.version >= 3 else WORKSPACE_FIELDS_2
        self.check_object(data["workspace"], "$.workspace", "workspace", workspace_fields)
        self.check_logo(data["workspace"]["logo"], "$.workspace.logo")
        self.canvases = self.check_list(data["canvases"], "$.canvases", "canvases")
        placed = self.version < ORDER_VERSION  # cards placed at free x and y
        self.card_fields = (
            CARD_FIELDS_1 if placed else CARD_FIELDS if self.workshop else CARD_FIELDS_5
        )
        self.block_fields = BLOCK_FIELDS if self.workshop else BLOCK_FIELDS_5
        self.participant_ids: set = set()
        self.round_ids: set = set()
        if self.workshop:
            for member, _kind, _fields in WORKSHOP_PARTS:
                self.check_list(data[member], child("$", member), member)
            self.participant_ids = _ids(data["participants"])
            self.round_ids = _ids(data["rounds"])
        self.document = data

    def check_list(self, value: object, path: str, name: str) -> list | Streamed:
        if not isinstance(value, list | Streamed):
            self.fail(path, "not-list", name=name)
        most = MAX_ITEMS.get(name, MAX_ITEMS["list"])
        if len(value) > most:
            self.fail(path, "too-many-items", name=name, count=len(value), most=most)
        return value

    # ----------------------------------------------------------------- the walk
    def check_items(self, events: Iterable[tuple], sink: object = None) -> None:
        """Check the walk's items (after `check_outline`), handing on each that passed."""
        if sink is not None:
            self.sink = sink
        self.sink.begin(self.document)
        for event in events:
            if event[0] == ITEM:
                if event[1] == "dots":
                    self.check_dot(event[2], event[3])
                else:
                    self.check_canvas_item(event[1], event[2], event[3])
            elif event[0] == START:
                self.start_canvas(event[2])
            elif event[0] == END:
                self.end_canvas()
        self.check_workshop_shapes()
        self.check_all_references()
        self.sink.finish()

    def start_canvas(self, index: int) -> None:
        canvas = self.canvases.outlines[index]
        path = child("$.canvases", index)
        fields = canvas_fields(self.version)
        self.check_object(canvas, path, path.rpartition(".")[2], fields)
        self.claim("canvas", canvas["id"], path)
        for kind in CANVAS_KINDS:
            self.seen[kind].new_part(index)
        blocks = self.check_list(canvas["blocks"], child(path, "blocks"), "blocks")
        for place, block in enumerate(blocks):
            block_path = child(child(path, "blocks"), place)
            self.check_object(block, block_path, f"blocks[{place}]", self.block_fields)
            self.claim("block", block["id"], block_path)
            self.block_canvas[block["id"]] = canvas["id"]
        for member in ("cards", "links", "snapshots"):
            if member in fields:
                self.check_list(canvas[member], child(path, member), member)
        self.check_block_keys(blocks, child(path, "blocks"))
        self.here = _Canvas(index, path, blocks)
        self.tell("canvas", index, canvas)

    def check_canvas_item(self, member: str, index: int, item: object) -> None:
        here = self.here
        path = f"{here.path}.{member}[{index}]"
        if member == "cards":
            self.check_object(item, path, f"cards[{index}]", self.card_fields)
            self.claim("card", item["id"], path)
            here.card_ids.add(item["id"])
            if item["block"] not in here.block_ids and here.bad_card is None:
                here.bad_card = (path, "block", item["block"])
                self.doomed = True
            author = item.get("author") if self.workshop else None
            if author is not None and author not in self.participant_ids and not self.bad_author:
                self.bad_author = (path, author)
                self.doomed = True
            if not self.doomed:
                self.sink.card(item)
        elif member == "links":
            self.check_object(item, path, f"links[{index}]", LINK_FIELDS)
            self.claim("link", item["id"], path)
            here.sources.append(item["source"])
            here.targets.append(item["target"])
            if not self.doomed:
                self.sink.link(item)
        else:
            self.check_object(item, path, f"snapshots[{index}]", SNAPSHOT_FIELDS)
            self.claim("snapshot", item["id"], path)
            # Its own ids: a snapshot's cards are the canvas's cards as they were.
            _Validator(self.source).check_snapshot_content(item["content"], child(path, "content"))
            if not self.doomed:
                self.sink.snapshot(item)

    def end_canvas(self) -> None:
        here, self.here = self.here, None
        if self.broken is None:
            self.broken = here.bad_card or self.broken_link(here)
            self.doomed = self.doomed or self.broken is not None
        self.tell("canvas_done")

    def broken_link(self, here: _Canvas) -> tuple | None:
        """The first link that does not join two different cards of its own canvas, or that
        joins the same two as an earlier one."""
        pairs: set[int] = set()  # source and target in one integer: a pair is 40 bytes
        for index, (source, target) in enumerate(zip(here.sources, here.targets, strict=True)):
            path = child(child(here.path, "links"), index)
            if source not in here.card_ids:
                return (path, "source", source)
            if target not in here.card_ids:
                return (path, "target", target)
            if source == target:
                return (child(path, "target"), "self-link", {})
            pair = source << 64 | target
            if pair in pairs:
                first = next(i for i, s in enumerate(here.sources)
                             if s == source and here.targets[i] == target)  # fmt: skip
                return (path, "duplicate-link", {"index": index, "first": first})
            pairs.add(pair)
        return None

    def check_dot(self, index: int, item: object) -> None:
        path = child("$.dots", index)
        self.check_object(item, path, f"dots[{index}]", DOT_FIELDS)
        self.claim("dot", item["id"], path)
        if self.bad_dot is None:
            if item["round"] not in self.round_ids:
                self.bad_dot = (index, 0, path, "round", item["round"])
            elif item["participant"] not in self.participant_ids:
                self.bad_dot = (index, 1, path, "participant", item["participant"])
            self.doomed = self.doomed or self.bad_dot is not None
        if item["card"] not in self.seen["card"]:
            self.unresolved.extend((index, item["card"]))  # its canvas may come later
        if not self.doomed:
            self.sink.dot(item)

    def claim(self, kind: str, value: int, path: str) -> None:
        claims = self.seen[kind]
        if not claims.add(value):
            self.fail(child(path, "id"), "duplicate-id", kind=kind, value=value,
                      other=claims.path(value))  # fmt: skip

    def tell(self, what: str, *args: object) -> None:
        if not self.doomed:
            getattr(self.sink, what)(*args)

    # ----------------------------------------------------------------- at the end
    def check_workshop_shapes(self) -> None:
        """Participants and rounds: their shapes, unique ids and distinct names."""
        if not self.workshop:
            return
        for member, kind, fields in WORKSHOP_PARTS[:2]:
            for index, item in enumerate(self.document[member]):
                item_path = child(child("$", member), index)
                self.check_object(item, item_path, f"{member}[{index}]", fields)
                self.claim(kind, item["id"], item_path)
        first_at: dict[str, int] = {}
        for index, participant in enumerate(self.document["participants"]):
            name = participant["name"].strip().casefold()
            if name in first_at:
                self.fail(child(child(child("$", "participants"), index), "name"),
                          "duplicate-participant", name=shown(participant["name"]),
                          first=first_at[name])  # fmt: skip
            first_at[name] = index
        self.tell("workshop", self.document["participants"], self.document["rounds"])

    def check_all_references(self) -> None:
        if self.broken is not None:
            if isinstance(self.broken[2], dict):
                path, code, params = self.broken
                self.fail(path, code, **params)
            path, field, value = self.broken
            kind = "block" if field == "block" else "card"
            self.fail_reference(child(path, field), field, value, kind, self.seen[kind].path(value))
        if not self.workshop:
            return
        if self.bad_author is not None:
            path, author = self.bad_author
            self.fail(child(path, "author"), "no-such", field="author", value=author,
                      kind="participant")  # fmt: skip
        self.check_round_references()
        self.check_dot_references()

    def check_round_references(self) -> None:
        """A round names a canvas and a block of that canvas (or null); one round is open."""
        open_at = None
        for index, voting_round in enumerate(self.document["rounds"]):
            path = child("$.rounds", index)
            if voting_round["canvas"] is not None:
                self.check_known(voting_round, "canvas", "canvas", path)
            block = voting_round["block"]
            if block is not None:
                self.check_known(voting_round, "block", "block", path)
                if self.block_canvas[block] != voting_round["canvas"]:
                    self.fail(child(path, "block"), "block-not-in-canvas", block=block,
                              canvas=voting_round["canvas"])  # fmt: skip
            if voting_round["status"] == "open":
                if open_at is not None:
                    self.fail(child(path, "status"), "second-open-round", first=open_at)
                open_at = index

    def check_dot_references(self) -> None:
        """A dot names a round, a participant and a card of the document."""
        first = self.bad_dot
        cards = self.seen["card"]
        for place in range(0, len(self.unresolved), 2):
            index, card = self.unresolved[place], self.unresolved[place + 1]
            if card not in cards:
                if first is None or (index, 2) < first[:2]:
                    first = (index, 2, child("$.dots", index), "card", card)
                break
        if first is not None:
            _index, _rank, path, field, value = first
            self.fail(child(path, field), "no-such", field=field, value=value, kind=field)


def _ids(items: object) -> set:
    """The ids of a list of the outline, before the list is checked (only to compare with)."""
    if not isinstance(items, list):
        return set()
    return {
        item["id"] for item in items if isinstance(item, dict) and isinstance(item.get("id"), int)
    }


def check_document(data: object, source: str, sink: object = None) -> None:
    """Check a document already in memory, exactly as an import checks a file."""
    check = DocumentCheck(source)
    outline = dict_outline(data)
    check.check_outline(outline.document)
    check.check_items(walk_dict(data), sink)


def check_file(outline: Outline, events: Iterable[tuple], source: str, sink: object) -> None:
    check = DocumentCheck(source)
    check.check_outline(outline.document)
    check.check_items(events, sink)
