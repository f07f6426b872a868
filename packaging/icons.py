"""Render the application icon (an SVG) to PNG files for the desktop's icon theme and installers.

Usage: ``python packaging/icons.py ICON.svg HICOLOR_FOLDER`` writes ``NxN/apps/ecanvas.png``
for the usual sizes and the SVG as ``scalable/apps/ecanvas.svg``, and the same pictures as the
icon of ``.ecanvas`` files (``mimetypes/application-x-ecanvas``).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render_png(svg: Path, png: Path, size: int = 256) -> Path:
    """Draw `svg` into a square PNG of `size` pixels with a transparent background."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG image")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    png.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(png), "PNG"):
        raise OSError(f"{png}: could not write the icon")
    return png


def write_icon_theme(svg: Path, hicolor: Path, context: str, name: str) -> list[Path]:
    """The icon in every usual size under an icon-theme folder (hicolor layout)."""
    written = [render_png(svg, hicolor / f"{n}x{n}" / context / f"{name}.png", n) for n in SIZES]
    scalable = hicolor / "scalable" / context / f"{name}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    return [*written, scalable]


if __name__ == "__main__":
    source, folder = Path(sys.argv[1]), Path(sys.argv[2])
    for context, name in (("apps", "ecanvas"), ("mimetypes", "application-x-ecanvas")):
        for path in write_icon_theme(source, folder, context, name):
            print(path)
