"""A card on the canvas: a sticky note that shows one model card and never writes to it.

The scene creates one per card, places it where the canvas layout says (`place`) and calls
`update_from` when the store reports a change; text layout is computed lazily at the first
paint after the text changed, and the painted note is cached per device so dragging and
scrolling only blit it. Zoomed out too far to read, a note is drawn as its colour and bars.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ecanvas.model import Card
from ecanvas.model.layout import NORMAL, Rect
from ecanvas.ui.canvas import card_paint, style
from ecanvas.ui.canvas.card_text import TextLines, layout_card_text

_MARGIN = style.CARD_MARGIN
READABLE_DETAIL = 0.3  # below this zoom a note's text is too small to read: draw it plainly
COMPACT_TEXT_SIZES = (16,)


def _card_shape(size: QRectF) -> QPainterPath:
    path = QPainterPath()
    path.addRect(size)
    radius = style.HANDLE_RADIUS + 2
    path.addEllipse(QPointF(size.width(), size.height() / 2), radius, radius)
    return path.simplified()


class HintBadge(QGraphicsItem):
    """The "link me" badge on a card whose block expects a link it does not have yet."""

    def __init__(self, parent: QGraphicsItem) -> None:
        super().__init__()
        self.setParentItem(parent)
        self.setPos(10.0, 2.0)  # its top stays clear of the card above (cards are 10 apart)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        r = style.HINT_RADIUS + 1
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        r = style.HINT_RADIUS
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#FFFFFF"), 1.5))
        painter.setBrush(style.HINT_COLOUR)
        painter.drawEllipse(QPointF(0, 0), r, r)
        painter.setBrush(QColor(0, 0, 0, 0))
        painter.setPen(QPen(QColor("#FFFFFF"), 1.6))
        painter.drawPath(card_paint.hint_path(r))


class CardItem(QGraphicsItem):
    """One sticky note, at the place and of the size the canvas layout gives it."""

    Type = QGraphicsItem.UserType + 2

    def __init__(self, card: Card, rect: Rect, theme: style.CanvasTheme) -> None:
        super().__init__()
        self.card_id = card.id
        self.block_id = card.block_id
        self.theme = theme
        self._text = ""
        self._lines: TextLines | None = None
        self._colour = QColor(card.colour)
        self._tags: list[str] = []
        self._votes = 0  # shown: the card's own votes and its dots from voting rounds
        self._own_votes = 0
        self._dots: tuple[QColor, ...] = ()  # the colours of its dots' participants
        self._face_down = False
        self._rank: int | None = None
        self._badge = ""
        self._status = ""
        self._hovered = False
        self._find: bool | None = None
        self._link_target = False
        self._hint_text: str | None = None
        self._hints_shown = False
        self._hint: HintBadge | None = None
        self._size = QRectF(0, 0, NORMAL.card_w, NORMAL.card_h)
        self._compact = False
        self._bounds = QRectF()
        self._shape = QPainterPath()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(style.Z_CARD)
        self._resize(rect.w, rect.h)
        self.setPos(rect.x, rect.y)
        self.update_from(card)

    # ------------------------------------------------------------------ Qt overrides
    def type(self) -> int:
        return CardItem.Type

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._shape

    def hoverEnterEvent(self, event) -> None:
        self._hovered = True
        self._show_hint()
        self.update()

    def hoverMoveEvent(self, event) -> None:
        if self.handle_contains(event.scenePos()):
            self.setCursor(Qt.CursorShape.CrossCursor)
        else:
            self.unsetCursor()

    def hoverLeaveEvent(self, event) -> None:
        self._hovered = False
        self.unsetCursor()
        self._show_hint()
        self.update()

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self._show_hint()
        return super().itemChange(change, value)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:  # fmt: skip
        if option.levelOfDetailFromTransform(painter.worldTransform()) < READABLE_DETAIL:
            lines = 1 if self._compact else 3
            card_paint.paint_plain(painter, self._colour, self._size, lines)
            self._paint_state(painter)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        card_paint.paint_body(painter, self._colour, self.theme.shadow, self._size)
        if self._face_down:
            card_paint.paint_face_down(painter, self._colour, self._size)
            self._paint_state(painter)
            return
        ink = style.text_colour_on(self._colour)
        lines = self.text_lines()
        if self._compact:
            self._paint_compact(painter, lines, ink)
        else:
            card_paint.paint_text(painter, lines, ink)
            if self._tags or self._votes:
                card_paint.paint_footer(painter, self._tags, self._votes, ink, self._size,
                                        self._dots)  # fmt: skip
            if self._badge:
                card_paint.paint_badge(painter, self._badge, self._status, lines.below_badge)
        self._paint_state(painter)

    def _paint_compact(self, painter: QPainter, lines: TextLines, ink: QColor) -> None:
        """One line of text, vertically centred, and the votes at the right end."""
        ascent = lines.lines[0][0].y() if lines.lines else 0.0
        card_paint.paint_text(painter, lines, ink, top=self._size.height() / 2 - ascent * 0.64)
        if self._votes:
            right = self._size.width() - style.CARD_PADDING
            card_paint.paint_votes(painter, self._votes, right, self._size.height() / 2,
                                   self._dots)  # fmt: skip

    def _paint_state(self, painter: QPainter) -> None:
        if self._rank is not None:
            card_paint.paint_rank_ring(painter, self._size)
        if self._find:
            card_paint.paint_outline(painter, style.FIND_COLOUR, 3.0, self._size)
        if self.isSelected() or self._link_target:
            card_paint.paint_outline(painter, self.theme.accent, 2.5, self._size)
        if self._rank is not None:
            card_paint.paint_rank_disc(painter, self._rank)
        if self._hovered or self.isSelected():
            card_paint.paint_handle(painter, self._handle_centre(), self.theme.accent)

    # ------------------------------------------------------------------ geometry from the layout
    def place(self, rect: Rect, compact: bool) -> None:
        """Move and size the note as the layout says (nothing happens when nothing changed)."""
        if compact != self._compact:
            self._compact, self._lines = compact, None
            self.update()
        if rect.w != self._size.width() or rect.h != self._size.height():
            self._resize(rect.w, rect.h)
        if rect.x != self.x() or rect.y != self.y():
            self.setPos(rect.x, rect.y)

    def _resize(self, w: float, h: float) -> None:
        self.prepareGeometryChange()
        self._size = QRectF(0, 0, w, h)
        self._bounds = QRectF(-_MARGIN, -_MARGIN, w + 2 * _MARGIN, h + 2 * _MARGIN)
        self._shape = _card_shape(self._size)
        self._lines = None

    def _handle_centre(self) -> QPointF:
        return QPointF(self._size.width(), self._size.height() / 2)

    # ------------------------------------------------------------------ state from the model
    def update_from(self, card: Card) -> None:
        """Show `card`'s content; relayout its text only when what it depends on changed."""
        self.block_id = card.block_id
        self._own_votes = card.votes
        votes = card.votes + len(self._dots)
        tags, badge = list(card.tags), card_paint.badge_text(card.owner, card.due, card.status)
        footer_changed = bool(tags or votes) != bool(self._tags or self._votes)
        if card.text != self._text or footer_changed or badge != self._badge:
            self._text, self._lines = card.text, None
        visuals = (QColor(card.colour), tags, votes, badge, card.status, card.face_down)
        if visuals != (self._colour, self._tags, self._votes, self._badge, self._status,
                       self._face_down):  # fmt: skip
            (self._colour, self._tags, self._votes, self._badge, self._status,
             self._face_down) = visuals  # fmt: skip
            self.update()
        elif self._lines is None:
            self.update()
        tooltip = card.text if not card.note else f"{card.text}\n\n{card.note}"
        if card.face_down:
            tooltip = ""  # a silent brainstorm's card says nothing until it is revealed
        if tooltip != self.toolTip():
            self.setToolTip(tooltip)

    def set_dots(self, colours: tuple[str, ...]) -> None:
        """The colours of the participants whose voting-round dots the card carries; they show
        beside its own votes."""
        dots = tuple(QColor(c) for c in colours)
        if dots == self._dots:
            return
        footer_changed = bool(self._tags or self._votes) != bool(
            self._tags or self._own_votes + len(dots)
        )
        self._dots = dots
        self._votes = self._own_votes + len(dots)
        if footer_changed:
            self._lines = None
        self.update()

    def set_rank(self, rank: int | None) -> None:
        """Show a closed round's rank on a top card (None: no rank)."""
        if rank != self._rank:
            self._rank = rank
            self.update()

    @property
    def rank(self) -> int | None:
        return self._rank

    @property
    def face_down(self) -> bool:
        return self._face_down

    @property
    def votes_shown(self) -> int:
        return self._votes

    def text_lines(self) -> TextLines:
        """The laid-out text, computed once per text (and footer, badge and size)."""
        if self._lines is None:
            width = self._size.width() - 2 * style.CARD_PADDING
            if self._compact:
                reserve = _votes_room(self._votes)
                self._lines = layout_card_text(self._text, width - reserve, 1.0, 0.0,
                                               COMPACT_TEXT_SIZES)  # fmt: skip
            else:
                footer = style.FOOTER_HEIGHT if (self._tags or self._votes) else 0.0
                height = self._size.height() - 2 * style.CARD_PADDING - footer + 2
                reserve = card_paint.badge_reserve(self._badge)
                self._lines = layout_card_text(self._text, width, height, reserve)
        return self._lines

    @property
    def text(self) -> str:
        return self._text

    @property
    def colour(self) -> str:
        return self._colour.name().upper()

    @property
    def compact(self) -> bool:
        return self._compact

    # ------------------------------------------------------------------ scene-driven states
    def set_find_state(self, match: bool | None) -> None:
        """True outlines a find match, False dims a non-match, None shows the card normally."""
        if match == self._find:
            return
        self._find = match
        self.setOpacity(0.28 if match is False else 1.0)
        self.update()

    @property
    def find_state(self) -> bool | None:
        return self._find

    @property
    def is_link_target(self) -> bool:
        return self._link_target

    def set_link_target(self, on: bool) -> None:
        if on != self._link_target:
            self._link_target = on
            self.update()

    # ------------------------------------------------------------------ the missing-link hint
    def set_hint(self, tooltip: str | None) -> None:
        """What the missing-link badge says (None: the card lacks no link). Where the data comes
        from is the scene's business; whether the badge shows is `hint_visible`."""
        self._hint_text = tooltip
        self._show_hint()

    def set_hints_shown(self, on: bool) -> None:
        """Show the badge on this card even when it is neither selected nor hovered."""
        if on != self._hints_shown:
            self._hints_shown = on
            self._show_hint()

    @property
    def hint(self) -> str | None:
        """The hint this card carries, shown or not."""
        return self._hint_text

    @property
    def hint_visible(self) -> bool:
        wanted = self._hints_shown or self._hovered or self.isSelected()
        return self._hint_text is not None and wanted

    def _show_hint(self) -> None:
        if not self.hint_visible:
            if self._hint is not None:
                self._hint.setParentItem(None)
                if self._hint.scene() is not None:
                    self._hint.scene().removeItem(self._hint)
                self._hint = None
            return
        if self._hint is None:
            self._hint = HintBadge(self)
        if self._hint.toolTip() != self._hint_text:
            self._hint.setToolTip(self._hint_text)

    # ------------------------------------------------------------------ geometry helpers
    def handle_contains(self, scene_pos: QPointF) -> bool:
        """True when `scene_pos` is on the link handle (a little larger than drawn)."""
        offset = self.mapFromScene(scene_pos) - self._handle_centre()
        radius = style.HANDLE_RADIUS + 3
        return offset.x() ** 2 + offset.y() ** 2 <= radius**2

    def handle_scene_pos(self) -> QPointF:
        return self.mapToScene(self._handle_centre())

    def badge_rect(self) -> QRectF | None:
        """The owner/due badge in card coordinates, or None when the card has none (or is
        compact, which shows no badge)."""
        if not self._badge or self._compact:
            return None
        return card_paint.badge_geometry(self._badge, self.text_lines().below_badge)[0]

    def card_scene_rect(self) -> QRectF:
        """The note's own rectangle in scene coordinates (no shadow or badges)."""
        return QRectF(self.pos(), self._size.size())

    def card_rect(self) -> Rect:
        """The note's rectangle as the layout's plain type."""
        return Rect(self.x(), self.y(), self._size.width(), self._size.height())

    def centre(self) -> QPointF:
        return self.pos() + self._size.center()


def _votes_room(votes: int) -> float:
    """Width kept free at the right of a compact note for its vote dots."""
    if not votes:
        return 0.0
    dots = min(votes, 3) if votes > style.VOTE_DOTS_MAX else votes
    return dots * (style.VOTE_DOT_RADIUS * 2 + 2.5) + (18 if votes > style.VOTE_DOTS_MAX else 4)
