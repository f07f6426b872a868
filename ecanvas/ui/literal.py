"""User text shown as typed in widgets that read characters as markup: tab bars, menus, buttons
and check boxes take "&" as a keyboard mnemonic ("R&D" would show "RD" with an underlined D),
window titles take "[*]" as the place of the modified mark, and message boxes take text with
tags as rich text."""

from __future__ import annotations

import re

# A translated menu text carries its mnemonic as "(&X)" after the words ("导出 PDF(&E)…").
_CJK_MNEMONIC = re.compile(r"\(&[^&\s]\)")


def mnemonic_safe(text: str) -> str:
    """`text` for a tab, a menu entry, a button or a check box: every "&" shows as itself."""
    return text.replace("&", "&&")


def plain_text(text: str) -> str:
    """A menu text without its mnemonic, for a tooltip or a dialog title: "&Export PDF…" and
    "导出 PDF(&E)…" become "Export PDF…" and "导出 PDF…"; "&&" becomes "&"."""
    text = _CJK_MNEMONIC.sub("", text)
    return re.sub(r"&(.)", r"\1", text)


def markup_safe(text: str) -> str:
    """`text` inside rich text (a label showing markup): "<", ">", "&" and quotes show as
    themselves. The same as html.escape, without importing the html package (its table of
    entities is a noticeable share of the start-up, and the guidance panel is in the first
    frame)."""
    for char, entity in _MARKUP:
        text = text.replace(char, entity)
    return text


_MARKUP = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&#x27;"))


def title_safe(text: str) -> str:
    """`text` for a window title: "[*]" (Qt's place for the modified mark) shows as itself."""
    return text.replace("[*]", "[*][*]")


def ask(parent, title: str, text: str, buttons, default):
    """A question whose text may hold user text: shown as plain text, never as markup. Returns
    the button pressed (a QMessageBox.StandardButton)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(default)
    return QMessageBox.StandardButton(box.exec())
