"""Arrows between cards: a link drawn along its layout route with an arrowhead and an optional
label, and the rubber line that follows the mouse while the user drags out a new link."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem

from ecanvas.model import Link
from ecanvas.model.layout import Rect
from ecanvas.model.routing import HEAD_HALF_WIDTH, HEAD_LENGTH, shaft
from ecanvas.ui.canvas import style
from ecanvas.ui.canvas.card_text import elide

HEAD_WIDTH = 2 * HEAD_HALF_WIDTH
LABEL_PX = 11


def arrow_head(line: QLineF) -> QPolygonF:
    """The arrowhead triangle at the end of `line` (the rubber line while a link is drawn)."""
    if line.length() < 1e-6:
        return QPolygonF()
    unit = QPointF(line.dx() / line.length(), line.dy() / line.length())
    normal = QPointF(-unit.y(), unit.x())
    tip = line.p2()
    base = tip - unit * HEAD_LENGTH
    return QPolygonF([tip, base + normal * (HEAD_WIDTH / 2), base - normal * (HEAD_WIDTH / 2)])


class LinkItem(QGraphicsItem):
    """One link, drawn along the route the canvas layout gives it: the line beneath the cards
    (it never crosses a card's text), the label where the layout put it (clear of cards), and
    the head as a separate item (`head`) above the cards, in the gap before the target."""

    Type = QGraphicsItem.UserType + 3

    def __init__(self, link: Link, theme: style.CanvasTheme) -> None:
        super().__init__()
        self.link_id = link.id
        self.source_id = link.source_id
        self.target_id = link.target_id
        self.label = link.label
        self.theme = theme
        self._label_hidden = False
        self._points: list[QPointF] = []
        self._label_rect: QRectF | None = None
        self._bounds = QRectF()
        self._shape = QPainterPath()
        self.head = LinkHead(self)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(style.Z_LINK)
        self.setToolTip(link.label)

    def type(self) -> int:
        return LinkItem.Type

    @property
    def line(self) -> QLineF:
        """From the route's start to its end (the arrow's ends on the two cards)."""
        if not self._points:
            return QLineF()
        return QLineF(self._points[0], self._points[-1])

    @property
    def points(self) -> list[QPointF]:
        return list(self._points)

    def label_anchor(self) -> QPointF:
        """Where a label editor goes: the label's centre, else the route's middle."""
        if self._label_rect is not None:
            return self._label_rect.center()
        return _middle(self._points) if self._points else QPointF()

    def set_label(self, label: str) -> None:
        self.label = label
        self.setToolTip(label)
        self.update()

    def set_label_hidden(self, hidden: bool) -> None:
        """Hide the label while its editor stands in for it."""
        if hidden != self._label_hidden:
            self._label_hidden = hidden
            self.update()

    def label_rect(self) -> QRectF | None:
        """The label's rounded background (None: no label)."""
        return QRectF(self._label_rect) if self.label and self._label_rect is not None else None

    def set_route(self, points, head, label: Rect | None) -> None:
        """Follow a route of the layout: points and head as (x, y) pairs, the label box."""
        new_points = [QPointF(x, y) for x, y in points]
        new_label = None if label is None else QRectF(label.x, label.y, label.w, label.h)
        if new_points == self._points and new_label == self._label_rect:
            return
        self.prepareGeometryChange()
        self._points, self._label_rect = new_points, new_label
        self.head.set_polygon(QPolygonF([QPointF(x, y) for x, y in head]))
        self._recompute()

    def _recompute(self) -> None:
        path = QPainterPath()
        if self._points:
            path.moveTo(self._points[0])
            for point in self._points[1:]:
                path.lineTo(point)
        stroker = QPainterPathStroker()
        stroker.setWidth(10.0)
        shape = stroker.createStroke(path)
        shape.addPolygon(self.head.polygon())
        if self._label_rect is not None:
            shape.addRect(self._label_rect)
        self._shape = shape
        self._bounds = shape.boundingRect().adjusted(-4, -4, 4, 4)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._shape

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.head.update()
        elif change == QGraphicsItem.GraphicsItemChange.ItemSceneHasChanged:
            scene = self.scene()
            if scene is not None and self.head.scene() is not scene:
                scene.addItem(self.head)
            elif scene is None and self.head.scene() is not None:
                self.head.scene().removeItem(self.head)
        return super().itemChange(change, value)

    def colour(self):
        return self.theme.accent if self.isSelected() else self.theme.link

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if len(self._points) < 2:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = self.colour()
        width = 3.0 if self.isSelected() else 2.0
        shaft_points = shaft([(p.x(), p.y()) for p in self._points])
        path = QPainterPath(QPointF(*shaft_points[0]))
        for x, y in shaft_points[1:]:
            path.lineTo(x, y)
        pen = QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)  # fmt: skip
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        rect = self.label_rect()
        if rect is not None and not self._label_hidden:
            self._paint_label(painter, rect, colour)

    def _paint_label(self, painter: QPainter, rect: QRectF, colour) -> None:
        painter.setPen(QPen(colour, 1.0))
        painter.setBrush(self.theme.label_background)
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        label_font = style.font(LABEL_PX)
        painter.setFont(label_font)
        painter.setPen(self.theme.link if not self.isSelected() else colour)
        text = elide(self.label, label_font, rect.width() - 8)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


class LinkHead(QGraphicsItem):
    """A link's arrowhead, above the cards (it lies in the gap in front of its target card)."""

    def __init__(self, link: LinkItem) -> None:
        super().__init__()
        self.link = link
        self._polygon = QPolygonF()
        self.setZValue(style.Z_LINK_HEAD)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # a click goes to the link below

    def polygon(self) -> QPolygonF:
        return QPolygonF(self._polygon)

    def set_polygon(self, polygon: QPolygonF) -> None:
        self.prepareGeometryChange()
        self._polygon = polygon

    def boundingRect(self) -> QRectF:
        return self._polygon.boundingRect().adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self._polygon.isEmpty():
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = self.link.colour()
        painter.setPen(QPen(colour, 1.0))
        painter.setBrush(colour)
        painter.drawPolygon(self._polygon)


def _middle(points: list[QPointF]) -> QPointF:
    path = QPainterPath(points[0])
    for point in points[1:]:
        path.lineTo(point)
    return path.pointAtPercent(0.5)


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
