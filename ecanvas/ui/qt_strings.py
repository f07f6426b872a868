"""Texts of Qt's own dialogs that Qt's Chinese catalogue (qtbase_zh_CN) misses.

Qt 6's file dialog labels carry mnemonics ("&Look in:") that its translation file lists without
them, so they stayed English in the Chinese UI. Naming them here puts them into our .ts under Qt's
own context; our translator is installed after Qt's, so it is asked first for these strings.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_DIALOG_TEXTS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
