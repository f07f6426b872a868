"""swot-unused: strengths and opportunities that no other canvas takes up.

Links stay on one canvas, so across canvases a card is taken up when a card of another canvas
shares one of its tags or repeats its text (a copy). Each canvas is reduced to its set of such
references; a counter of how many canvases hold each reference keeps the rule cheap to re-run
after an edit on any canvas.
"""

from __future__ import annotations

from collections import Counter

from ecanvas.model.checks import framework
from ecanvas.model.checks.canvas_index import CanvasIndex
from ecanvas.model.checks.findings import Finding, finding, quoted
from ecanvas.model.entities import Canvas, Card


def card_references(card: Card) -> set[str]:
    """What another canvas can share with this card: its tags and its text, normalised."""
    references = {"#" + tag.strip().casefold() for tag in card.tags if tag.strip()}
    text = " ".join(card.text.split()).casefold()
    if text:
        references.add("=" + text)
    return references


def canvas_references(canvas: Canvas) -> frozenset[str]:
    references: set[str] = set()
    for card in canvas.cards:
        references |= card_references(card)
    return frozenset(references)


def swot_unused(index: CanvasIndex, own: frozenset[str], counts: Counter) -> list[Finding]:
    """Findings for one SWOT canvas, given its own references and, for every reference, how
    many canvases of the workspace hold it."""
    canvas = index.canvas
    if canvas.template_key != framework.SWOT_TEMPLATE:
        return []
    findings = []
    for key in framework.SWOT_ASSETS:
        block = index.blocks_by_key.get(key)
        for card in index.cards_in(block) if block is not None else []:
            used = any(counts[ref] - (ref in own) > 0 for ref in card_references(card))
            if not used:
                english = (
                    f"{quoted(card.text)} ({block.title_en}) is not taken up on any other canvas."
                )
                chinese = f"{quoted(card.text)}（{block.title_zh}）没有在其他画布上被用到。"
                findings.append(finding("swot-unused", canvas.id, block, card, english, chinese))
    return findings
