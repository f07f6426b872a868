"""Property test of the canvas layout over random editing: whatever sequence of adds, moves,
reorders, deletes, block moves and resizes and density changes the store goes through, no two
cards overlap, every card lies inside its block (below the header), no two blocks overlap, every
card is laid out, links attach to their cards' edges with their heads clear of every card's
text, labels clear of every card, and the layout is the same when computed twice or from the
file read back."""

from __future__ import annotations

import itertools
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from ecanvas.model.layout import Rect, compute_layout
from ecanvas.store import CardMove, create_workspace, open_workspace

TEMPLATES = ("business-model-canvas", "swot", "ecommerce-dimensions", "blank")


def _on_an_edge(point: tuple[float, float], rect: Rect) -> bool:
    x, y = point
    on_x = abs(x - rect.x) < 1e-6 or abs(x - rect.right) < 1e-6
    on_y = abs(y - rect.y) < 1e-6 or abs(y - rect.bottom) < 1e-6
    return (on_x and rect.y <= y <= rect.bottom) or (on_y and rect.x <= x <= rect.right)


def _bounding(points) -> Rect:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def assert_sound(canvas) -> None:
    layout = compute_layout(canvas)
    assert layout == compute_layout(canvas)  # deterministic
    blocks = list(layout.blocks.values())
    for a, b in itertools.combinations(blocks, 2):
        assert not a.rect.intersects(b.rect), (a.block_id, b.block_id)
    assert set(layout.cards) == {c.id for c in canvas.cards}
    cards = list(layout.cards.values())
    for a, b in itertools.combinations(cards, 2):
        assert not a.rect.intersects(b.rect), (a.card_id, b.card_id)
    header = layout.metrics.header
    for card in cards:
        block = layout.blocks[card.block_id].rect
        assert block.contains(card.rect), card.card_id
        assert card.rect.y >= block.y + header - 1e-6
    for route in layout.links.values():
        assert _on_an_edge(route.points[0], layout.cards[route.source_id].rect)
        assert _on_an_edge(route.points[-1], layout.cards[route.target_id].rect)
        head = _bounding(route.head).inset(0.01)
        for card in cards:
            assert not head.intersects(card.text), (route.link_id, card.card_id)
            if route.label is not None:
                assert not route.label.intersects(card.rect), (route.link_id, card.card_id)


class EditingACanvas(RuleBasedStateMachine):
    """One canvas of a real workspace file, edited at random through the store."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="ecanvas-layout-", dir=_scratch()))
        self.store = create_workspace(self.folder / "w.ecanvas")
        self.canvas = None

    def teardown(self) -> None:
        self.store.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # ------------------------------------------------------------------ helpers
    def _blocks(self):
        return self.canvas.blocks

    def _cards(self):
        return self.canvas.cards

    # ------------------------------------------------------------------ rules
    @precondition(lambda self: self.canvas is None)
    @rule(template=st.sampled_from(TEMPLATES))
    def make_canvas(self, template: str) -> None:
        self.canvas = self.store.add_canvas(template)
        if not self.canvas.blocks:  # a blank canvas: give it blocks of its own
            from ecanvas.model import Block

            for number, (x, y, w, h) in enumerate([(0, 0, 300, 200), (320, 0, 250, 400)]):
                self.store.add_block(self.canvas.id, Block(
                    id=0, canvas_id=self.canvas.id, key=f"b{number}", title_en="B",
                    title_zh="乙", x=x, y=y, w=w, h=h, position=number,
                ))  # fmt: skip
        self.canvas = self.store.workspace.canvas(self.canvas.id)

    @precondition(lambda self: self.canvas is not None)
    @rule(data=st.data(), count=st.integers(1, 25), at=st.integers(-3, 60))
    def add_cards(self, data, count: int, at: int) -> None:
        block = data.draw(st.sampled_from(self._blocks()))
        drafts = [{"block_id": block.id, "text": f"card {n}", "index": at + n if at >= 0 else None}
                  for n in range(count)]  # fmt: skip
        self.store.add_cards(self.canvas.id, drafts)

    @precondition(lambda self: self.canvas is not None and self.canvas.cards)
    @rule(data=st.data(), index=st.integers(0, 80))
    def move_cards(self, data, index: int) -> None:
        cards = data.draw(st.lists(st.sampled_from(self._cards()), min_size=1, max_size=4,
                                   unique_by=lambda c: c.id))  # fmt: skip
        block = data.draw(st.sampled_from(self._blocks()))
        moves = [CardMove(c.id, self.canvas.id, block.id, index + n) for n, c in enumerate(cards)]
        self.store.move_cards(moves)

    @precondition(lambda self: self.canvas is not None and self.canvas.cards)
    @rule(data=st.data(), index=st.integers(0, 80))
    def reorder_in_block(self, data, index: int) -> None:
        card = data.draw(st.sampled_from(self._cards()))
        self.store.move_cards([CardMove(card.id, self.canvas.id, card.block_id, index)])

    @precondition(lambda self: self.canvas is not None and self.canvas.cards)
    @rule(data=st.data())
    def delete_cards(self, data) -> None:
        cards = data.draw(st.lists(st.sampled_from(self._cards()), min_size=1, max_size=5,
                                   unique_by=lambda c: c.id))  # fmt: skip
        self.store.delete_cards([c.id for c in cards])

    @precondition(lambda self: self.canvas is not None and len(self.canvas.cards) >= 2)
    @rule(data=st.data(), label=st.sampled_from(["", "serves", "长标签：服务于年轻茶客"]))
    def link_cards(self, data, label: str) -> None:
        source, target = data.draw(st.lists(st.sampled_from(self._cards()), min_size=2,
                                            max_size=2, unique_by=lambda c: c.id))  # fmt: skip
        if not any(lk.source_id == source.id and lk.target_id == target.id
                   for lk in self.canvas.links):  # fmt: skip
            self.store.add_link(source.id, target.id, label)

    @precondition(lambda self: self.canvas is not None)
    @rule(data=st.data(), w=st.floats(50, 900), h=st.floats(40, 700))
    def resize_block(self, data, w: float, h: float) -> None:
        block = data.draw(st.sampled_from(self._blocks()))
        self.store.update_block(block.id, w=w, h=h)

    @precondition(lambda self: self.canvas is not None)
    @rule(data=st.data(), x=st.floats(-500, 2500), y=st.floats(-500, 1500))
    def move_block(self, data, x: float, y: float) -> None:
        block = data.draw(st.sampled_from(self._blocks()))
        self.store.update_block(block.id, x=x, y=y)  # may land on top of another block

    @precondition(lambda self: self.canvas is not None)
    @rule(density=st.sampled_from(["normal", "compact"]))
    def set_density(self, density: str) -> None:
        self.store.set_canvas_density(self.canvas.id, density)

    # ------------------------------------------------------------------ what must hold
    @invariant()
    def layout_is_sound(self) -> None:
        if self.canvas is not None:
            assert_sound(self.canvas)

    @invariant()
    def the_file_gives_the_same_layout(self) -> None:
        if self.canvas is None:
            return
        with open_workspace(self.store.path, read_only=True) as reader:
            again = reader.workspace.canvas(self.canvas.id)
            assert compute_layout(again) == compute_layout(self.canvas)


def _scratch() -> str | None:
    shm = Path("/dev/shm")
    return str(shm) if shm.is_dir() else None


EditingACanvas.TestCase.settings = settings(
    max_examples=25,
    stateful_step_count=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestEditingACanvas = EditingACanvas.TestCase
