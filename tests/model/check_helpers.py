"""Build small in-memory workspaces for the strategy-check tests (pure model, no file)."""

from __future__ import annotations

import itertools
from datetime import date

from ecanvas.model import Block, Canvas, Card, Link, Workspace
from ecanvas.model.catalog import builtin_template

TODAY = date(2027, 3, 15)


class Plan:
    """A workspace under construction: canvases from the bundled templates, cards, links."""

    def __init__(self) -> None:
        self.workspace = Workspace(title="Checks test")
        self._ids = itertools.count(1)

    def canvas(self, template_key: str, title: str = "") -> Canvas:
        template = builtin_template(template_key)
        position = len(self.workspace.canvases)
        canvas = Canvas(next(self._ids), title or template.title_en, template_key, position)
        for place, spec in enumerate(template.blocks):
            block = Block(next(self._ids), canvas.id, spec.key, spec.title_en, spec.title_zh)
            block.x, block.y, block.w, block.h = spec.x, spec.y, spec.w, spec.h
            block.scored, block.links_to, block.position = spec.scored, list(spec.links_to), place
            canvas.blocks.append(block)
        self.workspace.canvases.append(canvas)
        return canvas

    def card(self, canvas: Canvas, block_key: str, text: str, **fields) -> Card:
        block = canvas.block_by_key(block_key)
        count = sum(1 for c in canvas.cards if c.block_id == block.id)
        card = Card(id=next(self._ids), canvas_id=canvas.id, block_id=block.id, text=text,
                    position=count, **fields)  # fmt: skip
        canvas.cards.append(card)
        return card

    def link(self, source: Card, target: Card) -> Link:
        canvas = self.workspace.canvas(source.canvas_id)
        link = Link(id=next(self._ids), canvas_id=canvas.id, source_id=source.id,
                    target_id=target.id)  # fmt: skip
        canvas.links.append(link)
        return link

    def fill(self, canvas: Canvas, text: str = "Something concrete for 2027") -> None:
        """One card in every empty block, so that only the rule under test speaks."""
        for block in canvas.blocks:
            if not any(c.block_id == block.id for c in canvas.cards):
                self.card(canvas, block.key, f"{text} ({block.key})")


def cards_of(canvas: Canvas, block_key: str) -> list[Card]:
    return canvas.cards_in(canvas.block_by_key(block_key).id)


def rules_found(workspace: Workspace, today: date = TODAY) -> list[tuple[str, str | None, str]]:
    """(rule, block key, card text or '') of every finding, in the checker's order."""
    from ecanvas.model.checks import check_workspace

    cards = {card.id: card.text for c in workspace.canvases for card in c.cards}
    return [
        (f.rule, f.block_key, cards.get(f.card_id, ""))
        for f in check_workspace(workspace, today=today)
    ]


def of_rule(workspace: Workspace, rule_id: str, today: date = TODAY):
    return [found for found in rules_found(workspace, today) if found[0] == rule_id]
