"""The ids an import has seen, kept small: a long document holds hundreds of thousands of them.

ecanvas writes each list sorted by id, so ids mostly come in increasing order: while they do, an
`IdSet` is a plain array of 8-byte integers searched by bisection; the first id out of order
turns it into an array and a set. `Claims` adds where each id was, spelled as a JSON path only
when a message needs it (a repeated id, a reference to another canvas).
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable


class IdSet:
    """Distinct integer ids in the order they were added."""

    __slots__ = ("ids", "lookup")

    def __init__(self) -> None:
        self.ids = array("q")
        self.lookup: set[int] | None = None  # made once an id comes out of order

    def add(self, value: int) -> bool:
        """Add `value`; False (and nothing added) when it is there already."""
        if self.lookup is None:
            if not self.ids or value > self.ids[-1]:
                self.ids.append(value)
                return True
            self.lookup = set(self.ids)
        if value in self.lookup:
            return False
        self.lookup.add(value)
        self.ids.append(value)
        return True

    def __contains__(self, value: object) -> bool:
        if self.lookup is not None:
            return value in self.lookup
        if type(value) is not int:
            return False
        place = bisect_left(self.ids, value)
        return place < len(self.ids) and self.ids[place] == value

    def __len__(self) -> int:
        return len(self.ids)

    def place(self, value: int) -> int:
        """The order in which `value` was added (it must be there)."""
        return self.ids.index(value)


class Claims(IdSet):
    """The ids of one kind, in parts (one per canvas for a canvas's items): an id's path is
    its part's path and its place in that part."""

    __slots__ = ("parts", "spell")

    def __init__(self, spell: Callable[[int, int], str]) -> None:
        super().__init__()
        self.parts = [(0, 0)]  # (first place, part): the part of each stretch of places
        self.spell = spell

    def new_part(self, part: int) -> None:
        self.parts.append((len(self.ids), part))

    def path(self, value: int) -> str | None:
        if value not in self:
            return None
        place = self.place(value)
        start, part = self.parts[bisect_right(self.parts, (place, float("inf"))) - 1]
        return self.spell(part, place - start)
