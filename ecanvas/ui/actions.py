"""Every user action, defined once: object name, shortcut, icon, text, and for the canvas's
actions what they do (a callable on the scene or view, never a method name looked up).

Menus, toolbars, the canvas's context menus and tests all use these same QAction objects (tests
find them by ``objectName``). Texts live in `retranslate`, which runs again when the UI language
changes. `bind_canvas_actions` connects the canvas actions to whichever canvas is on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence

from ecanvas.ui.clipboard import clipboard_drafts
from ecanvas.ui.i18n import LANGUAGE_NAMES, LANGUAGES
from ecanvas.ui.literal import plain_text
from ecanvas.ui.theme import icon

Key = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    name: str
    shortcuts: tuple[QKeySequence | Key | str, ...] = ()
    icon: str = ""
    checkable: bool = False
    # "window": anywhere in the window; "canvas": only while the canvas area has focus;
    # "list": only while the canvas list has focus (so Delete or F2 mean the obvious thing).
    scope: str = "window"


SPECS = (
    ActionSpec("new_workspace", (Key.New,), "new-workspace"),
    ActionSpec("open_workspace", (Key.Open,), "open"),
    ActionSpec("open_shared", ("Ctrl+Shift+O",), "open"),
    ActionSpec("save_copy", (Key.SaveAs,), "save-copy"),
    ActionSpec("export_pdf", ("Ctrl+E",), "export-pdf"),
    ActionSpec("restore_backup", ()),
    ActionSpec("repair_copy", ()),
    ActionSpec("workspace_properties", ("Ctrl+Shift+I",), "properties"),
    ActionSpec("quit", ("Ctrl+Q",), "quit"),
    ActionSpec("undo", (Key.Undo,), "undo"),
    ActionSpec("redo", (Key.Redo, "Ctrl+Y"), "redo"),
    ActionSpec("cut", (Key.Cut,), "cut", scope="canvas"),
    ActionSpec("copy", (Key.Copy,), "copy", scope="canvas"),
    ActionSpec("paste", (Key.Paste,), "paste", scope="canvas"),
    ActionSpec("duplicate", ("Ctrl+D",), "duplicate", scope="canvas"),
    ActionSpec("delete", (Key.Delete,), "delete", scope="canvas"),
    ActionSpec("select_all", (Key.SelectAll,), scope="canvas"),
    ActionSpec("new_card", ("N",), "new-card", scope="canvas"),
    ActionSpec("edit_card", ("F2",), "edit", scope="canvas"),
    ActionSpec("compact_cards", ("Ctrl+L",), "compact", checkable=True),
    ActionSpec("find", (Key.Find,), "find"),
    ActionSpec("find_next", ("F3",)),
    ActionSpec("find_previous", ("Shift+F3",)),
    ActionSpec("add_canvas", ("Ctrl+T",), "add-canvas"),
    ActionSpec("rename_canvas", ("F2",), "edit", scope="list"),
    ActionSpec("delete_canvas", (Key.Delete,), "delete", scope="list"),
    ActionSpec("move_canvas_up", ("Alt+Up",), "up", scope="list"),
    ActionSpec("move_canvas_down", ("Alt+Down",), "down", scope="list"),
    ActionSpec("zoom_in", ("Ctrl+=", "Ctrl++"), "zoom-in"),
    ActionSpec("zoom_out", ("Ctrl+-",), "zoom-out"),
    ActionSpec("zoom_reset", ("Ctrl+0",), "zoom-reset"),
    ActionSpec("fit_to_window", ("Ctrl+9",), "fit"),
    ActionSpec("full_screen", ("F11",), "full-screen", checkable=True),
    ActionSpec("workshop", ("F5",), "workshop"),
    ActionSpec("side_panels", ("F9",), "panels", checkable=True),
    ActionSpec("link_hints", (), checkable=True),
    ActionSpec("checks_panel", ("F8",), "checks", checkable=True),
    ActionSpec("import_canvases", ()),
    ActionSpec("take_snapshot", ("Ctrl+Alt+S",)),
    ActionSpec("snapshots", ()),
    ActionSpec("compare", ()),
    ActionSpec("save_template", ()),
)


# What the canvas actions do to the scene on screen (`scene.edit` holds the selection actions).
SCENE_ACTIONS: dict[str, Callable[[object], None]] = {
    "cut": lambda scene: scene.edit.cut_selection(),
    "copy": lambda scene: scene.edit.copy_selection(),
    "paste": lambda scene: scene.edit.paste(),
    "duplicate": lambda scene: scene.edit.duplicate_selection(),
    "delete": lambda scene: scene.edit.delete_selection(),
    "select_all": lambda scene: scene.select_all(),
    "new_card": lambda scene: scene.start_quick_capture(),
    "edit_card": lambda scene: scene.edit_selected_card(),
}
VIEW_ACTIONS: dict[str, Callable[[object], None]] = {
    "zoom_in": lambda view: view.zoom_in(),
    "zoom_out": lambda view: view.zoom_out(),
    "zoom_reset": lambda view: view.zoom_reset(),
    "fit_to_window": lambda view: view.fit_to_window(),
}
# Actions that change the workspace: disabled while it is read-only.
WRITING_ACTIONS = ("cut", "paste", "duplicate", "delete", "compact_cards", "new_card",
                   "edit_card", "add_canvas", "workspace_properties", "import_canvases",
                   "take_snapshot")  # fmt: skip


class Actions(QObject):
    """Holds the QActions; `action.objectName()` is ``action_<name>`` for each spec."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._by_name: dict[str, QAction] = {}
        for spec in SPECS:
            self._by_name[spec.name] = self._make(spec)
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        for language in LANGUAGES:
            action = QAction(LANGUAGE_NAMES[language], self)
            action.setObjectName(f"action_language_{language}")
            action.setCheckable(True)
            action.setData(language)
            self.language_group.addAction(action)
            self._by_name[f"language_{language}"] = action
        self._by_name["side_panels"].setChecked(True)
        self._writable = True
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.dataChanged.connect(self.refresh_paste)
        self.retranslate()

    def refresh_icons(self) -> None:
        for spec in SPECS:
            if spec.icon:
                self._by_name[spec.name].setIcon(icon(spec.icon))

    def _make(self, spec: ActionSpec) -> QAction:
        action = QAction(self)
        action.setObjectName(f"action_{spec.name}")
        action.setShortcuts(_distinct(QKeySequence(s) for s in spec.shortcuts))
        action.setCheckable(spec.checkable)
        action.setProperty("scope", spec.scope)
        if spec.scope != "window":
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if spec.icon:
            action.setIcon(icon(spec.icon))
        return action

    def __getitem__(self, name: str) -> QAction:
        return self._by_name[name]

    def enable_writing(self, writable: bool) -> None:
        """Enable the actions that change the workspace, or disable them (read-only)."""
        self._writable = writable
        for name in WRITING_ACTIONS:
            self._by_name[name].setEnabled(writable)
        self.refresh_paste()

    def refresh_paste(self) -> None:
        """Paste is there when the workspace takes changes and the clipboard holds cards or
        text (the Edit menu and the canvas's menu alike)."""
        self._by_name["paste"].setEnabled(self._writable and bool(clipboard_drafts()))

    def bind_canvas_actions(self, current_view: Callable[[], object | None]) -> None:
        """Connect the canvas actions to the view `current_view()` gives when triggered."""

        def on_view(do: Callable[[object], None]) -> Callable[[], None]:
            def run(*_args) -> None:
                view = current_view()
                if view is not None:
                    do(view)

            return run

        for name, do in SCENE_ACTIONS.items():
            self._by_name[name].triggered.connect(
                on_view(lambda view, do=do: do(view.canvas_scene))
            )
        for name, do in VIEW_ACTIONS.items():
            self._by_name[name].triggered.connect(on_view(do))

    def all(self) -> list[QAction]:
        return list(self._by_name.values())

    def scoped(self, scope: str) -> list[QAction]:
        """The actions whose shortcuts only work inside one widget (see ActionSpec.scope)."""
        return [a for a in self._by_name.values() if a.property("scope") == scope]

    def language_action(self, language: str) -> QAction:
        return self._by_name[f"language_{language}"]

    def retranslate(self) -> None:
        texts = {
            "new_workspace": self.tr("&New Workspace…"),
            "open_workspace": self.tr("&Open…"),
            "open_shared": self.tr("Open &Shared Workspace…"),
            "save_copy": self.tr("Save a &Copy…"),
            "export_pdf": self.tr("&Export PDF…"),
            "workspace_properties": self.tr("Workspace &Properties…"),
            "restore_backup": self.tr("Restore from &Backup…"),
            "repair_copy": self.tr("Repair in&to a Copy…"),
            "quit": self.tr("&Quit"),
            "undo": self.tr("&Undo"),
            "redo": self.tr("&Redo"),
            "cut": self.tr("Cu&t"),
            "copy": self.tr("&Copy"),
            "paste": self.tr("&Paste"),
            "duplicate": self.tr("Dup&licate"),
            "delete": self.tr("&Delete"),
            "select_all": self.tr("Select &All"),
            "new_card": self.tr("&New Card"),
            "edit_card": self.tr("&Edit Card Text"),
            "compact_cards": self.tr("&Compact Cards"),
            "find": self.tr("&Find…"),
            "find_next": self.tr("Find Ne&xt"),
            "find_previous": self.tr("Find Pre&vious"),
            "add_canvas": self.tr("&Add Canvas…"),
            "rename_canvas": self.tr("&Rename Canvas"),
            "delete_canvas": self.tr("&Delete Canvas"),
            "move_canvas_up": self.tr("Move Canvas &Up"),
            "move_canvas_down": self.tr("Move Canvas Do&wn"),
            "zoom_in": self.tr("Zoom &In"),
            "zoom_out": self.tr("Zoom &Out"),
            "zoom_reset": self.tr("&Actual Size"),
            "fit_to_window": self.tr("&Fit to Window"),
            "full_screen": self.tr("F&ull Screen"),
            "workshop": self.tr("&Workshop"),
            "side_panels": self.tr("Side &Panels"),
            "link_hints": self.tr("Show Lin&k Hints"),
            "checks_panel": self.tr("Strategy &Checks"),
            "import_canvases": self.tr("&Import Canvases From…"),
            "take_snapshot": self.tr("Take &Snapshot…"),
            "snapshots": self.tr("Snaps&hots…"),
            "compare": self.tr("C&ompare with…"),
            "save_template": self.tr("Save as &Template…"),
        }
        for name, text in texts.items():
            action = self._by_name[name]
            action.setText(text)
            action.setToolTip(_tooltip(text, action))

    def tool_tip_refresh(self, name: str) -> None:
        """Re-derive a tooltip after the action's text was changed elsewhere (undo/redo)."""
        action = self._by_name[name]
        action.setToolTip(_tooltip(action.text(), action))


def _distinct(sequences) -> list[QKeySequence]:
    """The key sequences without repeats or empty ones: a standard key may be the same as a
    spelled-out one on some platforms (Redo is Ctrl+Y on Windows)."""
    kept: list[QKeySequence] = []
    for sequence in sequences:
        if not sequence.isEmpty() and sequence not in kept:
            kept.append(sequence)
    return kept


def _tooltip(text: str, action: QAction) -> str:
    plain = plain_text(text).rstrip("…")
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return f"{plain} ({shortcut})" if shortcut else plain
