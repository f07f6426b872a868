"""Versions in the app: snapshots, the compare dock and marks, importing canvases from another
workspace (see `controller`)."""
