"""Link routes on a laid-out canvas: orthogonal arrows from card edge to card edge, and labels
placed clear of every card.

A route leaves the side of the source card that faces the target and enters the facing side of
the target; between them it runs as a Z (or a straight line) whose middle leg is put in the gap
(a gutter between card columns or rows, or the space between blocks) that keeps most of the
arrow out from under other cards; when that still runs under cards, it steps out into the gap
beside the source, runs along a free channel across and steps into the gap beside the target.
Arrows whose inner legs share a line run side by side in lanes across their gap.
Renderers draw the shaft beneath the cards, so an arrow never crosses a card's text, and the
arrowhead above them: the head lies in the gap in front of the target (it is shorter than that
gap), clear of every card's text. Labels go where the route runs
over no card, else at the nearest free spot around its middle.
"""

from __future__ import annotations

import bisect
import itertools
import math
import unicodedata
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ecanvas.model.entities import Link
from ecanvas.model.layout import BLOCK_GAP, LinkRoute, Rect

if TYPE_CHECKING:
    from ecanvas.model.layout import CanvasLayout

HEAD_LENGTH = 9.0  # shorter than the gap between cards, so the head never reaches a neighbour
HEAD_HALF_WIDTH = 4.5
LABEL_FONT_SIZE = 11.0
LABEL_HEIGHT = 16.0
LABEL_PADDING = 6.0
LABEL_MAX_TEXT_WIDTH = 150.0
LABEL_CLEARANCE = 1.5  # kept free between a label and any card
_CANDIDATES = 6  # middle legs tried per route (the ones nearest the middle)
BEND_COST = 12.0  # a bend is worth this much arrow hidden under cards
LANE_STEP = 3.0  # between arrows running side by side along one gap
Point = tuple[float, float]


def text_width_estimate(text: str, size: float) -> float:
    """A font-independent width estimate: wide (CJK) characters one em, others about half."""
    width = 0.0
    for char in text:
        if unicodedata.east_asian_width(char) in ("W", "F"):
            width += size
        elif unicodedata.combining(char):
            continue
        else:
            width += size * (0.3 if char in " .,:;'|!il" else 0.58)
    return width


def label_size(text: str, scale: float = 1.0) -> tuple[float, float]:
    """The label's box for `text`: its estimated width (capped; renderers elide) and height;
    `scale` times larger for a picture printed so small that labels need bigger type."""
    width = min(text_width_estimate(text, LABEL_FONT_SIZE), LABEL_MAX_TEXT_WIDTH)
    return ((width + 2 * LABEL_PADDING) * scale, LABEL_HEIGHT * scale)


def label_font_size(label: Rect) -> float:
    """The type size of a label drawn in its box (boxes of enlarged labels are larger)."""
    return LABEL_FONT_SIZE * 0.85 * label.h / LABEL_HEIGHT


class Obstacles:
    """The cards of a layout as obstacles, asked block by block: cards fill their block's grid
    from the first cell, so whether a line or a box meets a card is arithmetic, not a search."""

    def __init__(self, layout: CanvasLayout) -> None:
        self.layout = layout
        self._gutters: dict[bool, list[float]] = {}
        self._lines: dict[tuple[bool, float], Line] = {}
        m = layout.metrics
        self.card_w, self.card_h = m.card_w, m.card_h
        self.pitch_x, self.pitch_y = m.card_w + m.gap, m.card_h + m.gap
        # (left, top, right, bottom, cards, columns) of each block's grid that holds cards
        self.grids = [
            (box.grid.x, box.grid.y, box.grid.right, box.grid.bottom, len(box.card_ids),
             box.columns)
            for box in layout.blocks.values() if box.card_ids
        ]  # fmt: skip

    def gutters(self, horizontal: bool) -> list[float]:
        """The free lines of the layout across one axis, sorted (see `_all_gutters`)."""
        if horizontal not in self._gutters:
            self._gutters[horizontal] = _all_gutters(self.layout, horizontal)
        return self._gutters[horizontal]

    def hidden(self, horizontal: bool, at: float, a: float, b: float) -> float:
        """How much of the line (y = at from x = a to b, or x = at from y = a to b) runs under
        cards."""
        return self.line(horizontal, at).hidden(a, b)

    def line(self, horizontal: bool, at: float) -> Line:
        """The line y = at (or x = at) with the rows (or columns) of cards it runs through, to
        ask about many stretches of it (routes share gaps, so lines are kept)."""
        key = (horizontal, at)
        found = self._lines.get(key)
        if found is None:
            found = self._lines[key] = self._line(horizontal, at)
        return found

    def _line(self, horizontal: bool, at: float) -> Line:
        runs = []
        for left, top, right, bottom, count, columns in self.grids:
            if horizontal:
                if top < at < bottom:
                    row = _line_through(at - top, self.pitch_y, self.card_h)
                    if row is not None:
                        cells = min(columns, count - row * columns)
                        runs.append((left, right, cells, self.pitch_x, self.card_w))
            elif left < at < right:
                column = _line_through(at - left, self.pitch_x, self.card_w)
                if column is not None and count > column:
                    cells = -(-(count - column) // columns)
                    runs.append((top, bottom, cells, self.pitch_y, self.card_h))
        return Line(runs)

    def any_hit(self, rect: Rect, margin: float = 0.0) -> bool:
        """True when `rect`, grown by `margin`, overlaps any card."""
        x0, y0 = rect.x - margin, rect.y - margin
        x1, y1 = rect.x + rect.w + margin, rect.y + rect.h + margin
        eps = 1e-9
        for left, top, right, bottom, count, columns in self.grids:
            if x1 <= left or x0 >= right or y1 <= top or y0 >= bottom:
                continue
            c_lo = max(0, math.floor((x0 - left - self.card_w) / self.pitch_x + eps) + 1)
            c_hi = min(columns - 1, math.ceil((x1 - left) / self.pitch_x - eps) - 1)
            rows = -(-count // columns)
            r_lo = max(0, math.floor((y0 - top - self.card_h) / self.pitch_y + eps) + 1)
            r_hi = min(rows - 1, math.ceil((y1 - top) / self.pitch_y - eps) - 1)
            if c_lo <= c_hi and r_lo <= r_hi and r_lo * columns + c_lo < count:
                return True
        return False


class Line:
    """A horizontal or vertical line across the canvas and the rows of cards it crosses."""

    def __init__(self, runs: list[tuple[float, float, int, float, float]]) -> None:
        self.runs = runs  # (start, end, cells, pitch, size) along the line

    def hidden(self, a: float, b: float) -> float:
        """How much of the line between a and b runs under cards."""
        low, high = (a, b) if a <= b else (b, a)
        total = 0.0
        for start, end, cells, pitch, size in self.runs:
            if start < high and end > low:
                total += _run(low - start, high - start, cells, pitch, size)
        return total


def _line_through(offset: float, pitch: float, size: float) -> int | None:
    """The row (or column) of cells whose inside a line at `offset` into a grid runs through."""
    index = math.floor(offset / pitch)
    inside = offset - index * pitch
    return index if 0.0 < inside < size else None


def _run(a: float, b: float, cells: int, pitch: float, size: float) -> float:
    """The length of [a, b] covered by `cells` segments of `size` every `pitch` from 0."""
    if cells <= 0 or b <= 0:
        return 0.0
    first = max(0, math.floor(a / pitch))
    last = min(cells - 1, math.floor(b / pitch))
    total = 0.0
    if last - first > 1:
        total += (last - first - 1) * size
        middle = (first, last)
    else:
        middle = tuple(range(first, last + 1))
    for index in dict.fromkeys(middle):
        start = index * pitch
        total += max(0.0, min(b, start + size) - max(a, start))
    return total


def route_links(layout: CanvasLayout, links: Iterable[Link],
                label_scale: float = 1.0) -> dict[int, LinkRoute]:  # fmt: skip
    """Routes for the links whose two cards are laid out, by link id (in id order)."""
    obstacles = Obstacles(layout)
    chosen = sorted(links, key=lambda lk: lk.id)
    paths: dict[int, tuple[Point, ...]] = {}
    for link in chosen:
        source, target = layout.cards.get(link.source_id), layout.cards.get(link.target_id)
        if source is not None and target is not None and source is not target:
            paths[link.id] = route_between(source.rect, target.rect, layout, obstacles)
    paths = separate_lanes(paths, layout.metrics.gap)
    labels: list[Rect] = []
    routes: dict[int, LinkRoute] = {}
    for link in chosen:
        points = paths.get(link.id)
        if points is None:
            continue
        label = None
        if link.label:
            size = label_size(link.label, label_scale)
            label = place_label(points, size, obstacles, labels, layout)
            labels.append(label)
        head = arrow_head(points[-2], points[-1])
        routes[link.id] = LinkRoute(
            link.id, link.source_id, link.target_id, points, head, label, link.label
        )
    return routes


def separate_lanes(paths: dict[int, tuple[Point, ...]],
                   gap: float) -> dict[int, tuple[Point, ...]]:  # fmt: skip
    """Inner legs of different arrows that run along the same line and overlap are spread side
    by side across the gap they run in (at most LANE_STEP apart, all within the gap), so each
    arrow can be followed. The legs that touch a card never move."""
    legs: dict[tuple[bool, float], list[tuple[float, float, int, int]]] = {}
    for link_id, points in paths.items():
        for index in range(1, len(points) - 2):
            (x0, y0), (x1, y1) = points[index], points[index + 1]
            horizontal = abs(y0 - y1) < 1e-9
            if horizontal:
                at, low, high = y0, min(x0, x1), max(x0, x1)
            else:
                at, low, high = x0, min(y0, y1), max(y0, y1)
            legs.setdefault((horizontal, round(at, 3)), []).append((low, high, link_id, index))
    shifted = {link_id: list(points) for link_id, points in paths.items()}
    room = gap / 2 - 1.0
    for (horizontal, _at), group in legs.items():
        lanes = _lanes(group)
        count = max(lanes.values(), default=0) + 1
        if count < 2:
            continue
        step = min(LANE_STEP, 2 * room / (count - 1))
        for (_low, _high, link_id, index), lane in lanes.items():
            offset = (lane - (count - 1) / 2) * step
            points = shifted[link_id]
            for corner in (index, index + 1):
                x, y = points[corner]
                points[corner] = (x, y + offset) if horizontal else (x + offset, y)
    return {link_id: tuple(points) for link_id, points in shifted.items()}


def _lanes(group: list[tuple[float, float, int, int]]) -> dict[tuple, int]:
    """A lane for each leg so that legs overlapping (or touching) along the line get different
    lanes (the fewest lanes, the first free one in order along the line)."""
    ends: list[float] = []  # where each lane is free again
    found: dict[tuple, int] = {}
    for leg in sorted(group):
        low, high = leg[0], leg[1]
        # legs that merely touch end to end get lanes of their own too: once the legs across
        # them are spread, they would overlap a little
        lane = next((n for n, end in enumerate(ends) if end < low - 1e-6), len(ends))
        if lane == len(ends):
            ends.append(high)
        else:
            ends[lane] = high
        found[leg] = lane
    return found


def route_between(source: Rect, target: Rect, layout: CanvasLayout,
                  obstacles: Obstacles) -> tuple[Point, ...]:  # fmt: skip
    """The polyline of an arrow from `source`'s edge to `target`'s edge (see the module doc)."""
    h_gap, h_dir = _separation(source.x, source.right, target.x, target.right)
    v_gap, v_dir = _separation(source.y, source.bottom, target.y, target.bottom)
    horizontal = h_dir != 0 and (v_dir == 0 or h_gap >= v_gap)
    if horizontal:
        start = (source.right if h_dir > 0 else source.x, source.centre[1])
        end = (target.x if h_dir > 0 else target.right, target.centre[1])
    elif v_dir != 0:
        start = (source.centre[0], source.bottom if v_dir > 0 else source.y)
        end = (target.centre[0], target.y if v_dir > 0 else target.bottom)
    else:  # overlapping cards cannot happen in a layout; draw centre to centre
        return (source.centre, target.centre)
    across = 1 if horizontal else 0
    if abs(start[across] - end[across]) < 0.5:
        hidden = obstacles.hidden(horizontal, start[across], start[1 - across], end[1 - across])
        best: tuple[float, tuple[Point, ...]] = (hidden, (start, end))
    else:
        middle, hidden = _best_middle(start, end, horizontal, layout, obstacles)
        if horizontal:
            points = (start, (middle, start[1]), (middle, end[1]), end)
        else:
            points = (start, (start[0], middle), (end[0], middle), end)
        best = (hidden + 2 * BEND_COST, points)
    if best[0] > 2 * BEND_COST + 0.5:  # the arrow would run under cards: try going round them
        detour = _best_detour(start, end, horizontal, layout, obstacles)
        if detour is not None and detour[0] < best[0]:
            best = detour
    return best[1]


def _separation(a0: float, a1: float, b0: float, b1: float) -> tuple[float, int]:
    """(gap, direction) of interval b relative to interval a: +1 after it, -1 before, 0 overlap."""
    if b0 >= a1:
        return (b0 - a1, 1)
    if a0 >= b1:
        return (a0 - b1, -1)
    return (0.0, 0)


def _best_middle(start: Point, end: Point, horizontal: bool, layout: CanvasLayout,
                 obstacles: Obstacles) -> tuple[float, float]:  # fmt: skip
    """Where the middle leg of a Z runs: the candidate gap whose route hides least under cards
    (the one nearest the middle among equals); and how much of that route is hidden."""
    a, b = (0, 1) if horizontal else (1, 0)
    low, high = sorted((start[a], end[a]))
    mid = (low + high) / 2
    inside = _gutters(obstacles, horizontal, low + 0.5, high - 0.5, mid)
    candidates = ([mid] + [v for v in inside if v != mid])[:_CANDIDATES]
    first, last = obstacles.line(horizontal, start[b]), obstacles.line(horizontal, end[b])
    best, best_cost, best_hidden = mid, math.inf, 0.0
    for value in candidates:
        hidden = (
            first.hidden(start[a], value)
            + obstacles.hidden(not horizontal, value, start[b], end[b])
            + last.hidden(value, end[a])
        )
        cost = hidden + 0.01 * abs(value - mid)
        if cost < best_cost - 1e-9:
            best, best_cost, best_hidden = value, cost, hidden
    return best, best_hidden


def _best_detour(
    start: Point, end: Point, horizontal: bool, layout: CanvasLayout, obstacles: Obstacles
) -> tuple[float, tuple[Point, ...]] | None:
    """A route that steps out into the gap beside the source, runs along a free channel across
    (between rows of cards, or blocks), and steps into the gap beside the target: five legs,
    for when the plain route would run under other cards. (cost, points), or None."""
    a, b = (0, 1) if horizontal else (1, 0)
    step = layout.metrics.gap / 2
    direction = 1.0 if end[a] > start[a] else -1.0
    first, last = start[a] + direction * step, end[a] - direction * step
    if (last - first) * direction <= 0.5:  # the cards are neighbours: nothing to go round
        return None
    low, high = sorted((start[b], end[b]))
    mid = (low + high) / 2
    reach = 2 * (layout.metrics.card_h if horizontal else layout.metrics.card_w) + BLOCK_GAP
    candidates = _gutters(obstacles, not horizontal, low - reach, high + reach, mid)[:_CANDIDATES]
    out, back = obstacles.line(not horizontal, first), obstacles.line(not horizontal, last)
    best: tuple[float, tuple[Point, ...]] | None = None
    for value in candidates:
        hidden = (
            out.hidden(start[b], value)
            + obstacles.hidden(horizontal, value, first, last)
            + back.hidden(value, end[b])
        )
        detour = abs(value - start[b]) + abs(value - end[b]) - abs(end[b] - start[b])
        cost = hidden + 4 * BEND_COST + 0.05 * detour
        if best is None or cost < best[0] - 1e-9:
            corners = [(first, start[b]), (first, value), (last, value), (last, end[b])]
            if not horizontal:
                corners = [(y, x) for x, y in corners]
            best = (cost, (start, *corners, end))
    return best


def _gutters(obstacles: Obstacles, horizontal: bool, low: float, high: float,
             mid: float) -> list[float]:  # fmt: skip
    """Free lines within [low, high], the ones nearest `mid` first."""
    lines = obstacles.gutters(horizontal)
    start, stop = bisect.bisect_right(lines, low), bisect.bisect_left(lines, high)
    centre = bisect.bisect_left(lines, mid, start, stop)
    picked = lines[max(start, centre - _CANDIDATES) : min(stop, centre + _CANDIDATES)]
    return sorted(picked, key=lambda v: (abs(v - mid), v))


def _all_gutters(layout: CanvasLayout, horizontal: bool) -> list[float]:
    """Every free line across the canvas (x for vertical lines when `horizontal`, else y),
    sorted: between card columns (or rows) inside blocks, in a block's side (or bottom) margin,
    and halfway into the space between blocks."""
    m = layout.metrics
    pitch = (m.card_w if horizontal else m.card_h) + m.gap
    found: set[float] = set()
    for box in layout.blocks.values():
        rect, grid = box.rect, box.grid
        first, last = (rect.x, rect.right) if horizontal else (rect.y, rect.bottom)
        found.update((first - BLOCK_GAP / 2, last + BLOCK_GAP / 2))
        if horizontal:
            found.update(((rect.x + grid.x) / 2, (grid.right + rect.right) / 2))
            origin, count = grid.x, box.columns
        else:
            found.add((grid.bottom + rect.bottom) / 2)
            origin, count = grid.y, box.rows
        found.update(origin + cell * pitch - m.gap / 2 for cell in range(1, count))
    return sorted(found)


def arrow_head(before: Point, tip: Point) -> tuple[Point, Point, Point]:
    """The arrowhead triangle (tip, then the two base corners) pointing from `before` to `tip`."""
    dx, dy = tip[0] - before[0], tip[1] - before[1]
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    bx, by = tip[0] - ux * HEAD_LENGTH, tip[1] - uy * HEAD_LENGTH
    nx, ny = -uy * HEAD_HALF_WIDTH, ux * HEAD_HALF_WIDTH
    return (tip, (bx + nx, by + ny), (bx - nx, by - ny))


def shaft(points: Sequence[Point]) -> tuple[Point, ...]:
    """The route without the part the arrowhead covers (so a thick line ends under the head)."""
    (x0, y0), (x1, y1) = points[-2], points[-1]
    length = math.hypot(x1 - x0, y1 - y0)
    if length <= 1e-9:
        return tuple(points)
    cut = min(length, HEAD_LENGTH * 0.8) / length
    return (*points[:-1], (x1 - (x1 - x0) * cut, y1 - (y1 - y0) * cut))


def place_label(points: Sequence[Point], size: tuple[float, float], obstacles: Obstacles,
                taken: Sequence[Rect], layout: CanvasLayout) -> Rect:  # fmt: skip
    """A label box on the route where it covers no card and no other label; else the nearest
    such place around the route's middle; else the nearest free strip (after a block's last
    card, below its cards, between blocks, around the canvas)."""
    w, h = size

    def free(cx: float, cy: float) -> Rect | None:
        rect = Rect(cx - w / 2, cy - h / 2, w, h)
        if obstacles.any_hit(rect, LABEL_CLEARANCE) or any(rect.intersects(t) for t in taken):
            return None
        return rect

    for point in _along(points):
        found = free(*point)
        if found is not None:
            return found
    cx, cy = _point_at(points, 0.5)
    for ring in range(1, 7):
        radius = ring * 12.0
        steps = 8 + ring
        for step in range(steps):
            angle = 2 * math.pi * step / steps
            found = free(cx + radius * math.cos(angle), cy + radius * math.sin(angle))
            if found is not None:
                return found
    spots = sorted(_free_strips(layout, (cx, cy), w, h),
                   key=lambda p: (math.dist(p, (cx, cy)), p))  # fmt: skip
    for spot in spots:
        found = free(*spot)
        if found is not None:
            return found
    below = max([layout.bounds.bottom, *(t.bottom for t in taken)])
    return Rect(cx - w / 2, below + 8, w, h)


def _free_strips(layout: CanvasLayout, near: Point, w: float,
                 h: float) -> Iterable[Point]:  # fmt: skip
    """Label centres in places cards never take, nearest to `near` along each strip."""
    m = layout.metrics

    def along(left: float, right: float) -> float:
        return min(max(near[0], left + w / 2), max(left + w / 2, right - w / 2))

    for box in layout.blocks.values():
        rect, grid = box.rect, box.grid
        count = len(box.card_ids)
        if count % box.columns:  # the rest of the last row
            cell = layout.slot_rect(box.block_id, count)
            yield (along(cell.x, grid.right), cell.centre[1])
        bottom = grid.bottom if count else grid.y - m.gap
        if rect.bottom - bottom > h + 2 * LABEL_CLEARANCE:
            yield (along(rect.x, rect.right), (bottom + rect.bottom) / 2)
        yield (along(rect.x, rect.right), rect.bottom + BLOCK_GAP / 2)
        yield (along(rect.x, rect.right), rect.y - BLOCK_GAP / 2)
    bounds = layout.bounds
    yield (along(bounds.x, bounds.right), bounds.y - h / 2 - 6)
    yield (along(bounds.x, bounds.right), bounds.bottom + h / 2 + 6)


def _along(points: Sequence[Point]) -> Iterable[Point]:
    """Points on the route, from its middle outwards."""
    lengths = [math.dist(a, b) for a, b in itertools.pairwise(points)]
    for step in range(0, 10):
        for sign in (1, -1) if step else (1,):
            yield _point_at(points, 0.5 + sign * step * 0.045, lengths)


def _point_at(points: Sequence[Point], share: float,
              lengths: Sequence[float] | None = None) -> Point:  # fmt: skip
    """The point `share` of the way along the route."""
    if lengths is None:
        lengths = [math.dist(a, b) for a, b in itertools.pairwise(points)]
    remaining = sum(lengths) * share
    for (a, b), length in zip(itertools.pairwise(points), lengths, strict=True):
        if remaining <= length and length > 0:
            t = remaining / length
            return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)
        remaining -= length
    return points[-1]
