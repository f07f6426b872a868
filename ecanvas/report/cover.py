"""The cover: the logo, a band in the brand colour carrying the title, client, author and date."""

from __future__ import annotations

import io

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable

from ecanvas.report.context import ReportContext
from ecanvas.report.labels import long_date
from ecanvas.report.runs import draw_string
from ecanvas.report.text import elide
from ecanvas.report.text_flow import TextFlow, flow
from ecanvas.report.theme import INK, MUTED, rgb

EDGE = 64.0
BAND_BOTTOM = 0.40
BAND_TOP = 0.70
LOGO_BOX = (170.0, 64.0)
TITLE_SIZES = (32, 28, 24, 21, 18, 16, 14)


class CoverPage(Flowable):
    """Fills the whole cover frame and draws the cover with absolute positions."""

    def __init__(self, context: ReportContext, bookmark) -> None:
        super().__init__()
        self.context = context
        self.bookmark = bookmark
        self.milestone = True

    def wrap(self, avail_width, avail_height):
        self.width, self.height = avail_width, avail_height
        return (avail_width, avail_height)

    def draw(self) -> None:
        self._draw_band()
        self._draw_title()
        self._draw_details()
        self._draw_foot()
        if self.context.logo:
            self._draw_logo(self.context.logo)

    def _draw_band(self) -> None:
        canvas, theme = self.canv, self.context.theme
        bottom, top = self.height * BAND_BOTTOM, self.height * BAND_TOP
        canvas.setFillColor(HexColor(theme.brand))
        canvas.rect(0, bottom, self.width, top - bottom, stroke=0, fill=1)
        canvas.setFillColor(HexColor(theme.tint_strong))
        canvas.rect(0, bottom - 6, self.width, 6, stroke=0, fill=1)

    def _draw_title(self) -> None:
        canvas, theme, styles = self.canv, self.context.theme, self.context.styles
        bottom, top = self.height * BAND_BOTTOM, self.height * BAND_TOP
        width = self.width - 2 * EDGE
        kicker_y = top - 52
        canvas.setFillColor(Color(*rgb(theme.on_brand), alpha=0.78))
        draw_string(canvas, EDGE, kicker_y, self.context.label("report").upper(), 11)
        canvas.setFillColor(Color(*rgb(theme.on_brand), alpha=0.5))
        canvas.rect(EDGE, kicker_y - 14, 28, 1.6, stroke=0, fill=1)
        room = kicker_y - 34 - (bottom + 40)
        title = self._fitted_title(styles.title, width, room)
        _, height = title.wrap(width, room)
        title.drawOn(canvas, EDGE, kicker_y - 34 - height)

    def _fitted_title(self, style, width: float, room: float) -> TextFlow:
        """The largest title size whose wrapped lines fit in the band."""
        text = self.context.workspace.title or "—"
        for size in TITLE_SIZES:
            sized = style.clone("cover-title", fontSize=size, leading=size * 1.22)
            title = flow(text, sized)
            if title.wrap(width, room)[1] <= room:
                return title
        return flow(elide(text, 14, width * 3), sized)

    def _draw_details(self) -> None:
        workspace, lang = self.context.workspace, self.context.lang
        rows = [
            ("client", workspace.client),
            ("author", workspace.author),
            ("date", long_date(self.context.today, lang)),
        ]
        y = self.height * BAND_BOTTOM - 64
        for key, value in rows:
            if value:
                self._draw_detail(self.context.label(key), value, y)
                y -= 52

    def _draw_detail(self, name: str, value: str, y: float) -> None:
        canvas = self.canv
        width = self.width - 2 * EDGE
        canvas.setFillColor(HexColor(MUTED))
        draw_string(canvas, EDGE, y + 18, name.upper(), 8.5)
        canvas.setFillColor(HexColor(INK))
        draw_string(canvas, EDGE, y, elide(value, 14, width), 14)

    def _draw_foot(self) -> None:
        canvas = self.canv
        canvas.setFillColor(HexColor(self.context.theme.brand))
        canvas.rect(EDGE, 58, 28, 1.6, stroke=0, fill=1)
        canvas.setFillColor(HexColor(MUTED))
        draw_string(canvas, EDGE, 44, self.context.label("prepared_with"), 8)

    def _draw_logo(self, data: bytes) -> None:
        image = ImageReader(io.BytesIO(data))
        image_w, image_h = image.getSize()
        box_w, box_h = LOGO_BOX
        scale = min(box_w / image_w, box_h / image_h)
        width, height = image_w * scale, image_h * scale
        top = self.height - EDGE
        self.canv.drawImage(
            image, EDGE, top - height, width, height, mask="auto", preserveAspectRatio=True
        )
