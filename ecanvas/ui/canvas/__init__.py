"""The canvas: a scene that mirrors one canvas of the workspace, its view, and the palette."""

from ecanvas.ui.canvas.palette import ColourPalette
from ecanvas.ui.canvas.scene import CanvasScene
from ecanvas.ui.canvas.view import CanvasView

__all__ = ["CanvasScene", "CanvasView", "ColourPalette"]
