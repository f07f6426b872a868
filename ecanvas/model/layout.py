"""The one layout of a canvas: block rectangles, card rectangles, link routes and label places.

Every picture of a canvas (the scene on screen, the PDF page, the SVG and PNG images, slides)
draws this layout, so they all show the same thing. It is computed from the canvas's data alone,
deterministically, in plain floats (canvas units: 1 unit = 1 px at 100 % zoom, y pointing down):

- Cards flow inside their block in their stored order (reading order: left to right, then top to
  bottom) on a grid of equal cells; they never overlap, whatever their number.
- A block that needs more room grows. Blocks keep the template's arrangement while they grow:
  the canvas is cut into bands at every block edge, and a block's extra height goes into its last
  band, so blocks sharing a row grow together and everything below moves down (the same across).
- Links attach to card edges and are routed by `ecanvas.model.routing` (see there).

Use `compute_layout(canvas)`; it returns a `CanvasLayout`, whose parts are frozen dataclasses.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from ecanvas.model.entities import Block, Canvas, Card

DENSITIES = ("normal", "compact")
DEFAULT_DENSITY = "normal"
BLOCK_GAP = 20.0  # between blocks that had to be pushed apart
EMPTY_CANVAS = (0.0, 0.0, 1200.0, 800.0)
PLACEHOLDER_ID = 0  # the card id of the free slot `compute_layout(placeholder=...)` reserves


class Rect(NamedTuple):
    """An axis-aligned rectangle: top-left corner (x, y), width and height (a named tuple:
    a layout holds thousands, and tuples are quick to make)."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def centre(self) -> tuple[float, float]:
        return (self.x + self.w / 2, self.y + self.h / 2)

    def contains_point(self, x: float, y: float) -> bool:
        return self.x <= x < self.x + self.w and self.y <= y < self.y + self.h

    def contains(self, other: Rect, tolerance: float = 1e-6) -> bool:
        return (
            other.x >= self.x - tolerance
            and other.y >= self.y - tolerance
            and other.right <= self.right + tolerance
            and other.bottom <= self.bottom + tolerance
        )

    def intersects(self, other: Rect) -> bool:
        """True when the interiors overlap (rectangles that only touch do not)."""
        return (
            self.x < other.x + other.w
            and other.x < self.x + self.w
            and self.y < other.y + other.h
            and other.y < self.y + self.h
        )

    def inset(self, dx: float, dy: float | None = None) -> Rect:
        dy = dx if dy is None else dy
        return Rect(self.x + dx, self.y + dy, max(0.0, self.w - 2 * dx), max(0.0, self.h - 2 * dy))

    def united(self, other: Rect) -> Rect:
        left, top = min(self.x, other.x), min(self.y, other.y)
        return Rect(left, top, max(self.right, other.right) - left,
                    max(self.bottom, other.bottom) - top)  # fmt: skip

    def as_tuple(self) -> tuple[float, float, float, float]:
        return (self.x, self.y, self.w, self.h)


@dataclass(frozen=True, slots=True)
class Metrics:
    """Sizes of one density: card cell, gaps, the block header and the text inset of a card."""

    density: str
    card_w: float
    card_h: float
    gap: float  # between cards; link arrowheads fit into it
    padding: float  # between a block's edge and its cards
    header: float  # a block's header band, cards start below it
    card_padding: float  # between a card's edge and its text
    text_lines: int  # lines of card text a card of this density shows at least

    @property
    def min_block_w(self) -> float:
        return self.card_w + 2 * self.padding

    @property
    def min_block_h(self) -> float:
        return self.header + self.padding


NORMAL = Metrics("normal", 160.0, 100.0, 10.0, 12.0, 56.0, 9.0, 3)
COMPACT = Metrics("compact", 160.0, 32.0, 10.0, 12.0, 56.0, 7.0, 1)
METRICS = {"normal": NORMAL, "compact": COMPACT}


def metrics_for(density: str) -> Metrics:
    """The sizes of a density; an unknown density (a newer file) is laid out as normal."""
    return METRICS.get(density, NORMAL)


class CardBox(NamedTuple):
    """Where one card is drawn, and its place in its block's order."""

    card_id: int
    block_id: int
    index: int
    rect: Rect
    padding: float  # between the card's edge and its text

    @property
    def text(self) -> Rect:
        """The part of the card that holds its text (links never cross it)."""
        return self.rect.inset(self.padding)


@dataclass(frozen=True, slots=True)
class BlockBox:
    """Where one block is drawn, and the grid its cards flow in."""

    block_id: int
    rect: Rect
    grid: Rect  # the cells of its cards: `columns` wide, as many rows as the cards need
    columns: int
    card_ids: tuple[int, ...]  # in order (the placeholder, when there is one, as PLACEHOLDER_ID)

    @property
    def rows(self) -> int:
        return max(1, -(-len(self.card_ids) // self.columns))


@dataclass(frozen=True, slots=True)
class LinkRoute:
    """An arrow as a polyline from the source card's edge to the target card's edge.

    `head` is the arrowhead triangle (tip first) at the target's edge; it lies in the gap next to
    the target, clear of every card's text, so renderers draw it above the cards while they draw
    the shaft beneath them. `label` is where the label goes (clear of every card), or None.
    """

    link_id: int
    source_id: int
    target_id: int
    points: tuple[tuple[float, float], ...]
    head: tuple[tuple[float, float], ...]
    label: Rect | None = None
    label_text: str = ""


@dataclass(frozen=True, slots=True)
class Insertion:
    """A place in a block's order (`index`) and the bar that shows it: (x1, y1, x2, y2)."""

    block_id: int
    index: int
    marker: tuple[float, float, float, float]


@dataclass(frozen=True)
class CanvasLayout:
    """Everything a renderer needs to draw one canvas; see the module docstring."""

    canvas_id: int
    metrics: Metrics
    blocks: dict[int, BlockBox]
    cards: dict[int, CardBox]
    links: dict[int, LinkRoute] = field(default_factory=dict)
    bounds: Rect = field(default_factory=lambda: Rect(*EMPTY_CANVAS))
    placeholder: Rect | None = None
    # (stored, drawn) coordinates of the block edges, where the canvas was stretched
    edges_x: tuple[tuple[float, float], ...] = ()
    edges_y: tuple[tuple[float, float], ...] = ()

    def to_stored(self, x: float, y: float) -> tuple[float, float]:
        """The stored block coordinates that are drawn at canvas point (x, y): where a block
        must be put (or moved) to appear there."""
        return (_unstretch(self.edges_x, x), _unstretch(self.edges_y, y))

    def block_at(self, x: float, y: float) -> int | None:
        """The block under a canvas point (the last drawn wins), or None outside every block."""
        for block_id in reversed(list(self.blocks)):
            if self.blocks[block_id].rect.contains_point(x, y):
                return block_id
        return None

    def slot_rect(self, block_id: int, index: int) -> Rect:
        """The cell of the index-th card of a block (index may be one past the last card)."""
        return _cell(self.blocks[block_id], self.metrics, index)

    def insertion_at(self, block_id: int, x: float, y: float,
                     exclude: Iterable[int] = ()) -> Insertion:  # fmt: skip
        """Where a card dropped at (x, y) goes in the block's order.

        `exclude` names cards that are leaving their places (the ones being dragged): the index
        counts only the other cards, so it is the index to insert at once those are taken out.
        """
        box = self.blocks[block_id]
        m = self.metrics
        order = [cid for cid in box.card_ids if cid != PLACEHOLDER_ID]
        count, columns = len(order), box.columns
        row = math.floor((y - box.grid.y + m.gap / 2) / (m.card_h + m.gap))
        if row >= max(1, -(-count // columns)):
            gap, row_end = count, True
        else:
            column = min(columns, max(0, round((x - box.grid.x) / (m.card_w + m.gap))))
            gap = min(count, max(0, row) * columns + column)
            row_end = column == columns
        skip = set(exclude)
        index = sum(1 for cid in order[:gap] if cid not in skip)
        return Insertion(block_id, index, _marker(box, m, gap, count, row_end))


def _cell(box: BlockBox, m: Metrics, index: int) -> Rect:
    row, column = divmod(index, box.columns)
    return Rect(box.grid.x + column * (m.card_w + m.gap), box.grid.y + row * (m.card_h + m.gap),
                m.card_w, m.card_h)  # fmt: skip


def _marker(box: BlockBox, m: Metrics, gap: int, count: int,
            row_end: bool) -> tuple[float, float, float, float]:  # fmt: skip
    """A vertical bar in the gutter before the gap-th cell, or after the cell before it when
    the place is at the end of a row (or of the block)."""
    if count and (row_end or gap >= count):
        cell = _cell(box, m, gap - 1)
        x = cell.right + m.gap / 2
    else:
        cell = _cell(box, m, gap)
        x = cell.x - m.gap / 2
    return (x, cell.y, x, cell.bottom)


# --------------------------------------------------------------------------- computing it
READING_ROW = 50.0  # cards whose tops are this close read as one row (half a card's height)


def reading_order(placed: Iterable[tuple[int, float, float]]) -> list[int]:
    """Ids of cards placed freely at (id, x, y) in the order a person reads them: rows (tops
    within half a card of each other), each from left to right. Older files and documents
    stored positions; this turns them into an order."""
    return [card_id for card_id, _, _ in
            sorted(placed, key=lambda p: (round(p[2] / READING_ROW), p[1], p[0]))]  # fmt: skip


def card_order(cards: Iterable[Card]) -> list[Card]:
    """Cards in their stored order (position, then id for equal positions)."""
    return sorted(cards, key=lambda c: (c.position, c.id))


def compute_layout(
    canvas: Canvas,
    *,
    density: str | None = None,
    placeholder: tuple[int, int] | None = None,
    route_links: bool = True,
    label_scale: float = 1.0,
) -> CanvasLayout:
    """The layout of `canvas` (in its own density unless `density` is given).

    `placeholder=(block_id, index)` reserves a free cell at that place in the block's order (the
    cards after it move on), for a card that is being typed there. `label_scale` makes link
    labels that much larger (for a picture printed so small that labels need bigger type); the
    blocks and cards do not change.
    """
    with _no_collection():
        return _compute(canvas, metrics_for(density or canvas.density), placeholder,
                        route_links, label_scale)  # fmt: skip


@contextlib.contextmanager
def _no_collection() -> Iterator[None]:
    """No garbage collection while a layout is made: it makes thousands of small objects and
    no cycles, and a collection in the middle of a big application's heap would cost more
    than the whole layout."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _compute(canvas: Canvas, m: Metrics, placeholder: tuple[int, int] | None, route_links: bool,
             label_scale: float) -> CanvasLayout:  # fmt: skip
    orders = _orders(canvas, placeholder)
    blocks = list(canvas.blocks)
    rects, edges_x, edges_y = _block_rects(blocks, orders, m)
    boxes: dict[int, BlockBox] = {}
    cards: dict[int, CardBox] = {}
    holder: Rect | None = None
    for block, rect in zip(blocks, rects, strict=True):
        box = _block_box(block.id, rect, orders.get(block.id, ()), m)
        boxes[block.id] = box
        left, top, columns = box.grid.x, box.grid.y, box.columns
        w, h, pad = m.card_w, m.card_h, m.card_padding
        pitch_x, pitch_y = w + m.gap, h + m.gap
        for index, card_id in enumerate(box.card_ids):
            row, column = divmod(index, columns)
            x, y = left + column * pitch_x, top + row * pitch_y
            if card_id == PLACEHOLDER_ID:
                holder = Rect(x, y, w, h)
                continue
            cards[card_id] = CardBox(card_id, block.id, index, Rect(x, y, w, h), pad)
    bounds = _bounds(boxes.values())
    layout = CanvasLayout(canvas.id, m, boxes, cards, {}, bounds, holder, edges_x, edges_y)
    if route_links and canvas.links:
        from ecanvas.model.routing import route_links as route

        routes = route(layout, canvas.links, label_scale)
        layout = CanvasLayout(canvas.id, m, boxes, cards, routes,
                              _bounds_with_routes(bounds, routes.values()), holder, edges_x,
                              edges_y)  # fmt: skip
    return layout


def _orders(canvas: Canvas, placeholder: tuple[int, int] | None) -> dict[int, tuple[int, ...]]:
    """Card ids per block in order; cards whose block is missing are left out."""
    by_block: dict[int, list[Card]] = {block.id: [] for block in canvas.blocks}
    for card in canvas.cards:
        if card.block_id in by_block:
            by_block[card.block_id].append(card)
    orders = {bid: [c.id for c in card_order(cards)] for bid, cards in by_block.items()}
    if placeholder is not None and placeholder[0] in orders:
        order = orders[placeholder[0]]
        order.insert(max(0, min(placeholder[1], len(order))), PLACEHOLDER_ID)
    return {bid: tuple(order) for bid, order in orders.items()}


def columns_for(width: float, m: Metrics) -> int:
    """How many card columns fit across a block of `width` (at least one)."""
    return max(1, int((width - 2 * m.padding + m.gap) // (m.card_w + m.gap)))


def needed_height(width: float, count: int, m: Metrics) -> float:
    """The height a block of `width` needs for `count` cards below its header."""
    if count == 0:
        return m.min_block_h
    rows = -(-count // columns_for(width, m))
    return m.header + rows * (m.card_h + m.gap) - m.gap + m.padding


def _block_box(block_id: int, rect: Rect, order: Sequence[int], m: Metrics) -> BlockBox:
    columns = columns_for(rect.w, m)
    used = columns * m.card_w + (columns - 1) * m.gap
    left = rect.x + (rect.w - used) / 2  # the grid is centred across the block
    rows = max(1, -(-len(order) // columns))
    grid = Rect(left, rect.y + m.header, used, rows * (m.card_h + m.gap) - m.gap)
    return BlockBox(block_id, rect, grid, columns, tuple(order))


def _finite(value: float, default: float) -> float:
    return float(value) if isinstance(value, int | float) and math.isfinite(value) else default


Edges = tuple[tuple[float, float], ...]


def _block_rects(blocks: Sequence[Block], orders: dict[int, tuple[int, ...]],
                 m: Metrics) -> tuple[list[Rect], Edges, Edges]:  # fmt: skip
    """Each block's drawn rectangle: its stored one, pushed apart from overlapping blocks, then
    grown (with its row or column) until it holds its cards; and the edge maps of the growth."""
    base = [
        Rect(_finite(b.x, 0.0), _finite(b.y, 0.0), max(1.0, _finite(b.w, 0.0)),
             max(1.0, _finite(b.h, 0.0)))
        for b in blocks
    ]  # fmt: skip
    base = _separate(base)
    xs, edges_x = _stretch([(r.x, r.right) for r in base], [max(m.min_block_w, r.w) for r in base])
    heights = [
        needed_height(w, len(orders.get(b.id, ())), m) for b, (_, w) in zip(blocks, xs, strict=True)
    ]  # an empty block needs its header: `needed_height(w, 0)`
    ys, edges_y = _stretch([(r.y, r.bottom) for r in base], heights)
    rects = [Rect(x, y, w, h) for (x, w), (y, h) in zip(xs, ys, strict=True)]
    return rects, edges_x, edges_y


def _separate(rects: list[Rect]) -> list[Rect]:
    """Blocks stored on top of each other (a damaged or hand-made file) are pushed down until
    they overlap nothing; blocks that do not overlap keep their places."""
    if not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[:i]):
        return rects
    result = list(rects)
    placed: list[Rect] = []
    for index in sorted(range(len(rects)), key=lambda i: (rects[i].y, rects[i].x, i)):
        rect = rects[index]
        hit = next((p for p in placed if p.intersects(rect)), None)
        while hit is not None:
            rect = Rect(rect.x, hit.bottom + BLOCK_GAP, rect.w, rect.h)
            hit = next((p for p in placed if p.intersects(rect)), None)
        placed.append(rect)
        result[index] = rect
    return result


def _stretch(spans: list[tuple[float, float]],
             needs: list[float]) -> tuple[list[tuple[float, float]], Edges]:  # fmt: skip
    """New (start, size) along one axis so each span is at least its need, and the map of the
    edges (old, new).

    The axis is cut into bands at every span edge; a span that is too short gets the missing
    length in its last band, and every band keeps the length it gains. Spans sharing a band grow
    together, later bands move on, and the order of edges (so non-overlap) is kept.
    """
    edges = sorted({value for span in spans for value in span})
    at = {value: index for index, value in enumerate(edges)}
    extra = [0.0] * max(0, len(edges) - 1)
    order = sorted(range(len(spans)),
                   key=lambda i: (at[spans[i][1]] - at[spans[i][0]], spans[i][0], i))  # fmt: skip
    for i in order:
        start, end = at[spans[i][0]], at[spans[i][1]]
        size = spans[i][1] - spans[i][0] + sum(extra[start:end])
        if needs[i] > size + 1e-9 and end > start:
            extra[end - 1] += needs[i] - size
    moved = [edges[0]] if edges else []
    for index in range(1, len(edges)):
        moved.append(moved[-1] + edges[index] - edges[index - 1] + extra[index - 1])
    spans_after = [(moved[at[s]], moved[at[e]] - moved[at[s]]) for s, e in spans]
    return spans_after, tuple(zip(edges, moved, strict=True))


def _unstretch(edges: Edges, value: float) -> float:
    """The stored coordinate drawn at `value` (the inverse of the stretch; inside a band that
    grew, proportionally)."""
    if not edges or value <= edges[0][1]:
        return value - (edges[0][1] - edges[0][0] if edges else 0.0)
    for (old0, new0), (old1, new1) in itertools.pairwise(edges):
        if value <= new1:
            share = (value - new0) / (new1 - new0) if new1 > new0 else 0.0
            return old0 + share * (old1 - old0)
    old, new = edges[-1]
    return old + value - new


def _bounds(boxes: Iterable[BlockBox]) -> Rect:
    rects = [box.rect for box in boxes]
    if not rects:
        return Rect(*EMPTY_CANVAS)
    result = rects[0]
    for rect in rects[1:]:
        result = result.united(rect)
    return result


def _bounds_with_routes(bounds: Rect, routes: Iterable[LinkRoute]) -> Rect:
    for route in routes:
        if route.label is not None:
            bounds = bounds.united(route.label)
    return bounds
