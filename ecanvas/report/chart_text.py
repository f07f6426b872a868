"""Charts whose words go through the fallback chain.

reportlab's chart labels are `String` shapes drawn in one font, so an emoji or Arabic in a
block's title would be lost on a radar spoke. A `LabelledDrawing` draws its shapes as usual and
then its labels with `ecanvas.report.runs`, like every other text of the report.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing

from ecanvas.report.runs import draw_string
from ecanvas.report.theme import colour

ANCHORS = {"start": "left", "middle": "centre", "end": "right"}
CAP = 0.72  # of the font size: the height of capitals above the baseline


@dataclass(frozen=True)
class Label:
    """Lines of text around (x, y): `box` says which side of the text block touches the point
    ("n" top, "s" bottom, "" centred), `anchor` how lines align ("start", "middle", "end")."""

    x: float
    y: float
    lines: tuple[str, ...]
    size: float
    ink: str
    anchor: str = "start"
    box: str = ""
    leading: float = 0.0


class LabelledDrawing(Drawing):
    """A Drawing with labels drawn in the report's fonts after its shapes."""

    def __init__(self, width: float, height: float, **kwargs) -> None:
        super().__init__(width, height, **kwargs)
        self.__dict__["labels"] = []  # reportlab checks attributes against a fixed map

    def add_label(self, label: Label) -> None:
        self.labels.append(label)

    def draw(self, showBoundary=None) -> None:  # noqa: N803 - reportlab's parameter name
        if showBoundary is None:
            super().draw()
        else:
            super().draw(showBoundary)
        canvas = self.canv
        canvas.saveState()
        for label in self.labels:
            leading = label.leading or label.size * 1.25
            height = CAP * label.size + (len(label.lines) - 1) * leading
            top = label.y if "n" in label.box else label.y + height
            if "n" not in label.box and "s" not in label.box:
                top = label.y + height / 2
            canvas.setFillColor(colour(label.ink))
            for index, line in enumerate(label.lines):
                baseline = top - CAP * label.size - index * leading
                draw_string(canvas, label.x, baseline, line, label.size, ANCHORS[label.anchor])
        canvas.restoreState()
