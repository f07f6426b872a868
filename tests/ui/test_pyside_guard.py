"""Guard against the PySide6 6.12.0 'none_dealloc' abort (ARCHITECTURE.md, Known traps).

That release drops a reference to None on every call of a Qt method that returns nothing, so a
long session aborts the process. The calls run in a child process so an abort fails this test
instead of killing the whole test run.
"""

from __future__ import annotations

import os
import subprocess
import sys

CALLS = 20_000

CHILD = f"""
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
widget = QWidget()
for number in range({CALLS} // 2):
    widget.setObjectName("w")          # QObject method returning None
    widget.setToolTip("tip")           # QWidget method returning None
print("calls done", {CALLS})
"""


def test_many_calls_of_qt_methods_returning_none_do_not_abort_the_process():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=300
    )
    assert "none_dealloc" not in result.stderr
    assert result.returncode == 0, result.stderr[-2000:]
    assert f"calls done {CALLS}" in result.stdout
