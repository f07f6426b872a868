"""Side panels of the main window: the canvas list, the card inspector, the block guidance and
the checks. They run their commands through `ecanvas.ui.runner`, like every part of the UI."""
