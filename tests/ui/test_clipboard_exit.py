"""Copying cards and then quitting must not crash the process (PySide6 clipboard ownership)."""

from __future__ import annotations

import os
import subprocess
import sys

CHILD = """
from PySide6.QtWidgets import QApplication
from ecanvas.model import Card
from ecanvas.ui.clipboard import copy_cards, release_clipboard
app = QApplication([])
app.aboutToQuit.connect(release_clipboard)
copy_cards([Card(id=1, canvas_id=1, block_id=1, text="Tea club")])
from PySide6.QtCore import QTimer
QTimer.singleShot(0, app.quit)
app.exec()
print("clipboard:", QApplication.clipboard().text())
"""


def test_quitting_after_copying_cards_exits_cleanly_and_keeps_the_text():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "clipboard: Tea club" in result.stdout
