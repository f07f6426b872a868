"""Workshop mode: run a strategy workshop from a laptop on a projector (View → Workshop, F5).

A full-screen window of its own (`WorkshopWindow`) over the same store and undo stack as the main
window: one block at a time, large, with its guidance; a countdown per block; participants who
capture cards in their colour; silent brainstorms; dot-voting rounds and their results.
"""

from ecanvas.ui.workshop.window import WorkshopWindow

__all__ = ["WorkshopWindow"]
