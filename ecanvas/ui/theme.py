"""The look: Fusion style, a light or dark palette following the system, spacing, SVG icons.

Icons are plain SVG files under resources/icons drawn with ``currentColor``; they are tinted with
the palette's text colour when loaded, so the same files serve the light and the dark palette.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QPushButton, QStyleOption

from ecanvas.assets import resource_path

ACCENT = "#2F6FB2"

LIGHT = {
    "window": "#F4F5F7", "base": "#FFFFFF", "alternate": "#F0F2F5", "text": "#1F2329",
    "button": "#ECEEF1", "mid": "#C9CDD3", "dark": "#9AA0A8", "muted": "#6B7280",
    "highlight": ACCENT, "highlighted_text": "#FFFFFF", "tooltip": "#FFFFF0", "link": ACCENT,
}  # fmt: skip
DARK = {
    "window": "#1E2024", "base": "#26292E", "alternate": "#2C3036", "text": "#E7E9EC",
    "button": "#2E3238", "mid": "#3F444C", "dark": "#15171A", "muted": "#9AA3AE",
    "highlight": "#4C8BD4", "highlighted_text": "#FFFFFF", "tooltip": "#2E3238", "link": "#7FB2EE",
}  # fmt: skip

STYLE_SHEET = """
QMainWindow::separator { width: 1px; height: 1px; background: palette(mid); }
QSplitter::handle { background: palette(window); }
QToolBar { spacing: 4px; padding: 4px 8px; border: none; border-bottom: 1px solid palette(mid); }
QToolBar QToolButton { padding: 4px; border-radius: 6px; }
QToolBar QToolButton:hover { background: palette(button); }
QStatusBar { border-top: 1px solid palette(mid); }
QStatusBar QLabel { padding: 0 10px; }
QTabBar::tab { padding: 7px 16px; min-width: 60px; }
QListWidget#canvasList { border: none; background: palette(base); padding: 4px; }
QListWidget#canvasList::item { padding: 8px 8px; border-radius: 6px; }
QListWidget#canvasList::item:selected { background: palette(highlight);
                                        color: palette(highlighted-text); }
QLabel[role="panelTitle"] { font-weight: bold; padding: 2px 0 6px 0; }
QLabel[role="hint"] { color: palette(placeholder-text); }
QDialogButtonBox { dialogbuttonbox-buttons-have-icons: 0; }
QDialog QPushButton { padding: 5px 16px; }
"""


def system_prefers_dark(app: QGuiApplication) -> bool:
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def make_palette(dark: bool) -> QPalette:
    colours = DARK if dark else LIGHT
    roles = QPalette.ColorRole
    palette = QPalette()
    assignments = {
        roles.Window: "window", roles.Base: "base", roles.AlternateBase: "alternate",
        roles.Text: "text", roles.WindowText: "text", roles.ButtonText: "text",
        roles.ToolTipText: "text", roles.Button: "button", roles.Mid: "mid", roles.Dark: "dark",
        roles.Highlight: "highlight", roles.HighlightedText: "highlighted_text",
        roles.ToolTipBase: "tooltip", roles.Link: "link", roles.PlaceholderText: "muted",
    }  # fmt: skip
    for role, key in assignments.items():
        palette.setColor(role, QColor(colours[key]))
    palette.setColor(roles.Light, QColor(colours["base"]).lighter(110))
    palette.setColor(roles.Midlight, QColor(colours["button"]).lighter(105))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        palette.setColor(disabled, role, QColor(colours["muted"]))
    return palette


def apply_theme(app: QApplication) -> bool:
    """Fusion style with our palette and spacing; returns True when the dark palette is used."""
    app.setStyle("Fusion")
    dark = system_prefers_dark(app)
    app.setPalette(make_palette(dark))
    app.setStyleSheet(STYLE_SHEET)
    return dark


def show_colour_on_button(button: QPushButton, colour: str) -> None:
    """A colour-picker button filled with `colour` and labelled with its code, in legible ink."""
    ink = "#000000" if QColor(colour).lightness() > 150 else "#FFFFFF"
    button.setText(colour)
    button.setStyleSheet(
        f"QPushButton {{ background: {colour}; color: {ink};"
        " border-radius: 4px; padding: 6px 12px; }"
    )


def icon(name: str) -> QIcon:
    """An icon from resources/icons/<name>.svg, tinted with the current palette's text colour."""
    colour = QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()
    return _tinted_icon(name, colour)


@cache
def _svg_source(name: str) -> str:
    return resource_path("icons", f"{name}.svg").read_text(encoding="utf-8")


@cache
def _tinted_icon(name: str, colour: str) -> QIcon:
    return QIcon(_TintedSvgEngine(name, colour))


class _TintedSvgEngine(QIconEngine):
    """Draws one SVG icon in `colour`, at the size and pixel ratio asked, when first asked.

    The window has dozens of actions with icons but shows a dozen in its tool bar: rendering
    each icon when it is first painted, instead of every icon at every size when the actions
    are made, keeps that work out of the start-up. The disabled look is the style's, as for
    an icon made of pixmaps."""

    def __init__(self, name: str, colour: str) -> None:
        super().__init__()
        self.name, self.colour = name, colour
        self._renderer: QSvgRenderer | None = None
        self._pixmaps: dict[tuple[int, int, QIcon.Mode], QPixmap] = {}

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        key = (size.width(), size.height(), mode)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = self._render(size)
            if mode in (QIcon.Mode.Disabled, QIcon.Mode.Selected):
                style = QApplication.style()
                pixmap = style.generatedIconPixmap(mode, pixmap, QStyleOption())
            self._pixmaps[key] = pixmap
        return pixmap

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        pixmap = self.pixmap((QSizeF(rect.size()) * ratio).toSize(), mode, state)
        painter.drawPixmap(rect, pixmap)

    def clone(self) -> QIconEngine:
        return _TintedSvgEngine(self.name, self.colour)

    def _render(self, size: QSize) -> QPixmap:
        if self._renderer is None:
            source = _svg_source(self.name).replace("currentColor", self.colour)
            self._renderer = QSvgRenderer(QByteArray(source.encode()))
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
        painter.end()
        return pixmap
