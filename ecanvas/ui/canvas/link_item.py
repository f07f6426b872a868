"""Arrows between cards: a link drawn edge to edge with an arrowhead and an optional label,
and the rubber line that follows the mouse while the user drags out a new link."""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem

from ecanvas.model import Link
from ecanvas.ui.canvas import style
from ecanvas.ui.canvas.card_text import elide, text_width

HEAD_LENGTH = 12.0
HEAD_WIDTH = 9.0
LABEL_PX = 12


def edge_point(rect: QRectF, towards: QPointF, margin: float = 3.0) -> QPointF:
    """Where the line from the centre of `rect` to `towards` crosses the (grown) rect edge."""
    centre = rect.center()
    dx, dy = towards.x() - centre.x(), towards.y() - centre.y()
    if dx == 0 and dy == 0:
        return centre
    half_w, half_h = rect.width() / 2 + margin, rect.height() / 2 + margin
    scale = min(half_w / abs(dx) if dx else math.inf, half_h / abs(dy) if dy else math.inf)
    return QPointF(centre.x() + dx * scale, centre.y() + dy * scale)


def arrow_head(line: QLineF) -> QPolygonF:
    """The arrowhead triangle at the end of `line`."""
    if line.length() < 1e-6:
        return QPolygonF()
    unit = QPointF(line.dx() / line.length(), line.dy() / line.length())
    normal = QPointF(-unit.y(), unit.x())
    tip = line.p2()
    base = tip - unit * HEAD_LENGTH
    return QPolygonF([tip, base + normal * (HEAD_WIDTH / 2), base - normal * (HEAD_WIDTH / 2)])


class LinkItem(QGraphicsItem):
    """One link; the scene calls `update_ends` whenever either card moves."""

    Type = QGraphicsItem.UserType + 3

    def __init__(self, link: Link, theme: style.CanvasTheme) -> None:
        super().__init__()
        self.link_id = link.id
        self.source_id = link.source_id
        self.target_id = link.target_id
        self.label = link.label
        self.theme = theme
        self._label_hidden = False
        self._line = QLineF()
        self._bounds = QRectF()
        self._shape = QPainterPath()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(style.Z_LINK)
        self.setToolTip(link.label)

    def type(self) -> int:
        return LinkItem.Type

    @property
    def line(self) -> QLineF:
        return QLineF(self._line)

    def set_label(self, label: str) -> None:
        self.prepareGeometryChange()
        self.label = label
        self.setToolTip(label)
        self._recompute()

    def set_label_hidden(self, hidden: bool) -> None:
        """Hide the label while its editor stands in for it."""
        if hidden != self._label_hidden:
            self._label_hidden = hidden
            self.update()

    def label_rect(self) -> QRectF | None:
        """The label's rounded background, centred on the arrow's midpoint (None: no label)."""
        return self._label_rect()

    def update_ends(self, source: QRectF, target: QRectF) -> None:
        """Redraw between two card rectangles (scene coordinates), edge to edge."""
        start = edge_point(source, target.center())
        end = edge_point(target, source.center())
        if QLineF(start, end) == self._line:
            return
        self.prepareGeometryChange()
        self._line = QLineF(start, end)
        self._recompute()

    def _recompute(self) -> None:
        path = QPainterPath(self._line.p1())
        path.lineTo(self._line.p2())
        stroker = QPainterPathStroker()
        stroker.setWidth(10.0)
        shape = stroker.createStroke(path)
        shape.addPolygon(arrow_head(self._line))
        label_rect = self._label_rect()
        if label_rect is not None:
            shape.addRect(label_rect)
        self._shape = shape
        self._bounds = shape.boundingRect().adjusted(-4, -4, 4, 4)
        self.update()

    def _label_rect(self) -> QRectF | None:
        if not self.label:
            return None
        width = min(text_width(self.label, style.font(LABEL_PX)), 160.0) + 12
        centre = self._line.center()
        return QRectF(centre.x() - width / 2, centre.y() - 10, width, 20)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._shape

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self._line.length() < 1:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = self.theme.accent if self.isSelected() else self.theme.link
        width = 3.0 if self.isSelected() else 2.0
        head = arrow_head(self._line)
        shaft_end = self._line.p2() - (self._line.p2() - self._line.p1()) * (
            HEAD_LENGTH * 0.8 / max(self._line.length(), 1e-6)
        )
        shaft = QLineF(self._line.p1(), shaft_end)
        halo = style.with_alpha(self.theme.base, 150)  # keeps the arrow apart from card text
        painter.setPen(QPen(halo, width + 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(shaft)
        painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(shaft)
        painter.setPen(QPen(colour, 1.0))
        painter.setBrush(colour)
        painter.drawPolygon(head)
        rect = self._label_rect()
        if rect is not None and not self._label_hidden:
            self._paint_label(painter, rect, colour)

    def _paint_label(self, painter: QPainter, rect: QRectF, colour) -> None:
        painter.setPen(QPen(colour, 1.0))
        painter.setBrush(self.theme.label_background)
        painter.drawRoundedRect(rect, 10, 10)
        label_font = style.font(LABEL_PX)
        painter.setFont(label_font)
        painter.setPen(self.theme.link if not self.isSelected() else colour)
        text = elide(self.label, label_font, rect.width() - 10)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


class RubberLink(QGraphicsItem):
    """The dashed arrow from a card's handle to the mouse while a link is being drawn."""

    def __init__(self, theme: style.CanvasTheme) -> None:
        super().__init__()
        self.theme = theme
        self._line = QLineF()
        self.setZValue(style.Z_DRAGGED)

    def set_line(self, start: QPointF, end: QPointF) -> None:
        self.prepareGeometryChange()
        self._line = QLineF(start, end)

    def boundingRect(self) -> QRectF:
        return QRectF(self._line.p1(), self._line.p2()).normalized().adjusted(-12, -12, 12, 12)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = self.theme.accent
        painter.setPen(QPen(colour, 2.0, Qt.PenStyle.DashLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(self._line)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(arrow_head(self._line))
