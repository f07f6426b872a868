"""Where pages break: nothing is left alone at the foot of a page, and no page holds a mere tail.

Two zero-height markers placed in the story do it:

- `RoomFor` moves what follows to the next page unless some flowables fit here: a block heading
  with its first card entry (and the start of its note), a card with the start of its note.
- `TailGuard`, put between the entries of a part that is followed by a new page (a canvas'
  listing before the next canvas' landscape drawing, the last part of the report), breaks early
  when the rest of the part would not fit here and would leave the next page holding a few
  entries only: the last page of the part then carries a fair share (about a third of a page)
  instead of two entries on an otherwise empty page. A long text that runs into that last page
  (a card's note) is given a `tail_room` and splits so as to carry that share itself.

Both are cheaper than reportlab's keepWithNext grouping, and a guard measures only the last
third of a page of its part, once.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.platypus import CondPageBreak, Flowable

TAIL_SHARE = 0.35  # of the frame height: the least a part's last page should hold
# Guards go only among a part's last flowables: a tail's share of a page holds at most a few
# dozen (a card entry is at least a line high), and every marker costs some layout time.
GUARDED_FLOWABLES = 48


class RoomFor(CondPageBreak):
    """A page break unless `flowables` and the start of the text `then` (its first lines, as
    many as it keeps together at a page break) fit in what is left here."""

    # The space after the flowable before still meets the space before the one after (the
    # frame keeps the larger), as if the marker were not there. Not _ZEROSIZE: the frame
    # would then ask it where no room is left, and the break it asks for would come twice.
    _SPACETRANSFER = True

    def __init__(self, flowables: Sequence[Flowable], then: Flowable | None = None,
                 lines: int = 2) -> None:  # fmt: skip
        super().__init__(0)
        self.flowables, self.then, self.lines = list(flowables), then, lines

    def wrap(self, avail_width, avail_height):
        needed = 0.0
        for index, flowable in enumerate(self.flowables):
            needed += flowable.wrap(avail_width, avail_height)[1]
            if index + 1 < len(self.flowables) or self.then is not None:
                needed += flowable.getSpaceAfter()
        if self.then is not None:
            start = self.then.wrap(avail_width, 1e6)[1]
            needed += min(start, self.lines * self.then.leading)
        self.height = needed
        return super().wrap(avail_width, avail_height)


class Tail:
    """The end of a run of parts that share pages (a new page follows the last): how much of
    the run is left after each of its flowables, measured from the end and only as far back
    as a tail could reach (to the first guard before which more than a tail's share is
    left)."""

    def __init__(self, flowables: list[Flowable], frame_height: float) -> None:
        self.flowables = flowables
        self.frame_height = frame_height
        self.limit = frame_height * TAIL_SHARE
        self.ends_page = False  # set when the next part starts on a new page
        self._left: dict[int, float] = {}
        self._width: float | None = None

    def left_from(self, index: int, width: float) -> float | None:
        """The height of flowables[index:], or None when it was not measured (far more
        than a tail's share)."""
        if self._width != width:
            self._measure(width)
        return self._left.get(index)

    def _measure(self, width: float) -> None:
        """Heights from the end, with the space between two flowables counted as the frame
        does (the larger of the one's space after and the next one's space before)."""
        self._width, self._left = width, {}
        used, before_next = 0.0, 0.0
        for index in range(len(self.flowables) - 1, -1, -1):
            flowable = self.flowables[index]
            if isinstance(flowable, CondPageBreak):  # guards and other markers take no room
                self._left[index] = used + before_next
                if used + before_next > self.limit and isinstance(flowable, TailGuard):
                    return
                continue
            if used + before_next > self.limit:
                continue  # only the guard before the flowable that crossed the limit is left
            height = flowable.wrap(width, 1e6)[1]
            after = used + before_next
            used = after + height + (max(flowable.getSpaceAfter() - before_next, 0)
                                     if index + 1 < len(self.flowables) else 0.0)  # fmt: skip
            before_next = flowable.getSpaceBefore()
            if (
                used + before_next > self.limit
                and self.ends_page
                and hasattr(flowable, "tail_room")
            ):
                # The text that reaches into the part's last page takes enough lines there to
                # give that page its share (see `must_split`).
                flowable.tail_after = after
                flowable.tail_room = self.limit - after
            self._left[index] = used + before_next


class TailGuard(CondPageBreak):
    """Breaks the page here when the rest of its part will not fit on it and would make a
    nearly empty last page, provided this page already holds its own share; nothing
    otherwise."""

    _SPACETRANSFER = True

    def __init__(self, tail: Tail, index: int) -> None:
        super().__init__(0)
        self.tail, self.index = tail, index

    def wrap(self, avail_width, avail_height):
        self.height = 0.0
        tail = self.tail
        if tail.ends_page and avail_height <= tail.frame_height - tail.limit:
            left = tail.left_from(self.index, avail_width)
            if left is not None and left > avail_height:
                self.height = left
        return super().wrap(avail_width, avail_height)


def tail_lines(flowable, lines: int, avail_height: float, min_lines: int) -> int:
    """How many of a text's `lines` to set here, keeping `min_lines` at either side and, for the
    text reaching into its part's last page, enough for that page (0: move it all on)."""
    last = max(min_lines, math.ceil(flowable.tail_room / flowable.leading))
    fit = min(int(avail_height // flowable.leading), lines - last)
    return fit if fit >= min_lines else 0


def must_split(flowable, height: float, avail_height: float, lines: int, min_lines: int) -> bool:
    """True when a text that fits here must still split: it reaches into its part's last
    page, and what follows it in the part would not fit here after it."""
    return (
        flowable.tail_room > 0
        and height <= avail_height < height + flowable.tail_after
        and tail_lines(flowable, lines, avail_height, min_lines) > 0
    )


def guarded(flowables: list[Flowable], tail: Tail) -> list[Flowable]:
    """The flowables of a part with a TailGuard before each of the last ones that may start a
    page: not after a heading kept with what follows, nor between a card and its note
    (`binds_next`), nor next to another page-break marker. They are added to `tail`, which
    holds every part that shares its pages."""
    result: list[Flowable] = []
    for index, flowable in enumerate(flowables):
        previous = flowables[index - 1] if index else None
        if (
            index >= max(2, len(flowables) - GUARDED_FLOWABLES)
            and not getattr(previous, "keepWithNext", False)
            and not getattr(previous, "binds_next", False)
            and not isinstance(previous, CondPageBreak)
        ):
            result.append(TailGuard(tail, len(tail.flowables) + len(result)))
        result.append(flowable)
    tail.flowables.extend(result)
    return result
