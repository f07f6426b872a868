"""The desktop integration files that travel inside the program folder (``share/``), which
install.sh copies into the user's XDG folders: the menu entry, the ``.ecanvas`` MIME type, the
AppStream metainfo, and the icon rendered from its SVG for every usual size, as the application's
icon and as the icon of ``.ecanvas`` files.

Usage: ``python packaging/desktop_files.py SHARE_FOLDER`` (packaging/build does this).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ICON = HERE.parent / "resources" / "icons" / "ecanvas.svg"
DESKTOP_ID = "ecanvas.desktop"
MIME_ICON = "application-x-ecanvas"  # the icon name the MIME type application/x-ecanvas implies
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


def write_icon(svg: Path, hicolor: Path, context: str, name: str) -> list[Path]:
    """One icon in every usual size and as SVG, in an icon theme's layout (hicolor)."""
    written = [render_png(svg, hicolor / f"{n}x{n}" / context / f"{name}.png", n) for n in SIZES]
    scalable = hicolor / "scalable" / context / f"{name}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    return [*written, scalable]


def write_desktop_files(share: Path) -> list[Path]:
    """Everything install.sh puts in place, under `share` in the XDG data folder's layout."""
    from bundle_contents import APP_ID

    copies = {
        HERE / DESKTOP_ID: share / "applications" / DESKTOP_ID,
        HERE / "ecanvas-mime.xml": share / "mime" / "packages" / "ecanvas.xml",
        HERE / f"{APP_ID}.metainfo.xml": share / "metainfo" / f"{APP_ID}.metainfo.xml",
    }
    for source, target in copies.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    hicolor = share / "icons" / "hicolor"
    icons = write_icon(ICON, hicolor, "apps", "ecanvas") + write_icon(
        ICON, hicolor, "mimetypes", MIME_ICON
    )
    return [*copies.values(), *icons]


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    for path in write_desktop_files(Path(sys.argv[1])):
        print(path)
