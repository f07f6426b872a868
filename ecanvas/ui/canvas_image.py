"""A canvas as a PNG image: its SVG (`ecanvas.report.svg`, the one drawing of the layout for
images) rendered by Qt at a scale, 2 by default (sharp on slides and in print).

Works without a window: from the command line an application on the offscreen platform is made
for the rendering, with the bundled fonts registered so Chinese and the other scripts render.
A QImage and QSvgRenderer may be used off the GUI thread, so the app renders in its export worker.
"""

from __future__ import annotations

import math
from typing import BinaryIO

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from ecanvas.model import Workspace
from ecanvas.report.svg import ExportError, canvas_svg, canvas_to_draw

DEFAULT_SCALE = 2.0
MAX_SCALE = 8.0
MAX_SIDE = 16_384  # pixels: what image viewers and slide programs take
MAX_PIXELS = 100_000_000

_offscreen_app = None  # the application made for rendering from the command line


def write_png(workspace: Workspace, stream: BinaryIO, options) -> None:
    """The export writer (see `ecanvas.exports`): one canvas as a PNG image."""
    canvas = canvas_to_draw(workspace, options.canvas_ids)
    scale = getattr(options, "scale", DEFAULT_SCALE)
    stream.write(svg_to_png(canvas_svg(canvas, options.language), scale))


def fitted_scale(width: float, height: float, scale: float) -> float:
    """`scale`, lowered where needed so the image stays within MAX_SIDE and MAX_PIXELS."""
    if not (math.isfinite(scale) and 0 < scale <= MAX_SCALE):
        raise ExportError(f"the scale must be a number above 0 and at most {MAX_SCALE:g}")
    area = max(width * height, 1.0)
    largest = min(MAX_SIDE / max(width, height, 1.0), math.sqrt(MAX_PIXELS / area))
    return min(scale, largest)


def svg_to_png(svg: str, scale: float = DEFAULT_SCALE) -> bytes:
    """The PNG bytes of an SVG document rendered at `scale` on a white background."""
    _ensure_gui()
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    if not renderer.isValid():
        raise ExportError("the canvas image could not be drawn")
    box = renderer.viewBoxF()
    scale = fitted_scale(box.width(), box.height(), scale)
    width, height = max(1, math.ceil(box.width() * scale)), max(1, math.ceil(box.height() * scale))
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        raise ExportError(f"not enough memory for a {width} × {height} image")
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise ExportError("the canvas image could not be encoded as PNG")
    return bytes(buffer.data())


def _ensure_gui() -> None:
    """An application for fonts, made on the offscreen platform when none runs (the command
    line), with the bundled fonts registered. A QApplication, so that a process which later
    shows widgets (the tests) can still do so."""
    global _offscreen_app
    if QGuiApplication.instance() is None:
        from PySide6.QtWidgets import QApplication

        _offscreen_app = QApplication(["ecanvas", "-platform", "offscreen"])
    from ecanvas.ui.fonts import bundled_cjk_families, bundled_fallback_families

    bundled_cjk_families()
    bundled_fallback_families()
