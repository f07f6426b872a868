"""The desktop app: PySide6 widgets over the store (see ecanvas.ui.app for the start-up)."""

from ecanvas.ui.feature_scan import enter_own_modules

enter_own_modules()
