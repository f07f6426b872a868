"""Windows that fit the screen they open on: a 1280×720 projector or laptop shows every button
of every dialog, whatever the language's line height."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

# Room left for the window manager's title bar and borders, which Qt does not know before the
# window is shown.
FRAME = QSize(16, 48)


def fit_to_screen(window: QWidget, width: int | None = None, height: int | None = None) -> None:
    """Give `window` the size asked (its size hint where not given), shrunk to the free area of
    its screen less room for the frame; a layout then shares the smaller room out."""
    hint = window.sizeHint()
    wanted = QSize(width or hint.width(), height or hint.height())
    screen = window.screen()
    if screen is not None:
        room = screen.availableGeometry().size() - FRAME
        wanted = wanted.boundedTo(room).expandedTo(window.minimumSizeHint().boundedTo(room))
    window.resize(wanted)
