"""ecanvas: plan an e-commerce strategy on canvases, offline, in one local file."""

__version__ = "0.1.0"
