"""Dialogs of the main window: template gallery, workspace properties, new workspace."""
