"""The user's preferences between runs: recent files, UI language, window geometry, hints.

One thin wrapper over QSettings (INI format, so every platform stores the same keys), so the rest
of the UI never spells a settings key and tests can point it at a temporary file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from ecanvas.model.entities import LANGUAGES

ORGANISATION = "ecanvas"
APPLICATION = "ecanvas"
MAX_RECENT_FILES = 8


class AppSettings:
    """Typed access to the stored preferences; `path` (for tests) names an INI file to use."""

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            self._settings = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
            )
        else:
            self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def file_name(self) -> str:
        return self._settings.fileName()

    def sync(self) -> None:
        self._settings.sync()

    # ----------------------------------------------------------------- recent files
    def recent_files(self) -> list[Path]:
        """Most recent first; at most MAX_RECENT_FILES."""
        value = self._settings.value("recent/files", [])
        if isinstance(value, str):  # QSettings hands back a lone string for a one-item list
            value = [value]
        return [Path(item) for item in value or [] if item][:MAX_RECENT_FILES]

    def add_recent_file(self, path: Path) -> None:
        path = Path(path).resolve()
        others = [p for p in self.recent_files() if p != path]
        self._store_recent([path, *others])

    def remove_recent_file(self, path: Path) -> None:
        path = Path(path).resolve()
        self._store_recent([p for p in self.recent_files() if p != path])

    def _store_recent(self, paths: list[Path]) -> None:
        self._settings.setValue("recent/files", [str(p) for p in paths[:MAX_RECENT_FILES]])

    # ----------------------------------------------------------------- shared workspaces
    def recent_servers(self) -> list[str]:
        """Shared workspaces opened before (URLs without password), most recent first."""
        value = self._settings.value("recent/servers", [])
        if isinstance(value, str):
            value = [value]
        return [item for item in value or [] if item and "://" in item][:MAX_RECENT_FILES]

    def add_recent_server(self, location: str) -> None:
        """Remember a shared workspace; `location` must come without a password."""
        others = [item for item in self.recent_servers() if item != location]
        self._settings.setValue("recent/servers", [location, *others][:MAX_RECENT_FILES])

    # ----------------------------------------------------------------- language
    def language(self) -> str | None:
        """The language the user chose in View → Language, or None if never chosen."""
        value = self._settings.value("ui/language", "")
        return value if value in LANGUAGES else None

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unsupported language {language!r}")
        self._settings.setValue("ui/language", language)

    # ----------------------------------------------------------------- exports
    def export_folder(self) -> Path | None:
        """The folder of the last export, while it still exists."""
        value = self._settings.value("export/folder", "")
        folder = Path(value) if isinstance(value, str) and value else None
        return folder if folder is not None and folder.is_dir() else None

    def set_export_folder(self, folder: Path) -> None:
        self._settings.setValue("export/folder", str(Path(folder).resolve()))

    # ----------------------------------------------------------------- canvas view
    def link_hints_shown(self) -> bool:
        """View → Show Link Hints: badge every card that lacks an expected link (off at first)."""
        return str(self._settings.value("view/link_hints", "false")).lower() == "true"

    def set_link_hints_shown(self, on: bool) -> None:
        self._settings.setValue("view/link_hints", "true" if on else "false")

    # ----------------------------------------------------------------- window
    def window_geometry(self) -> QByteArray | None:
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def window_state(self) -> QByteArray | None:
        value = self._settings.value("window/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_layout(self, geometry: QByteArray, state: QByteArray) -> None:
        self._settings.setValue("window/geometry", geometry)
        self._settings.setValue("window/state", state)

    def splitter_state(self) -> QByteArray | None:
        value = self._settings.value("window/splitter")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_splitter_state(self, state: QByteArray) -> None:
        self._settings.setValue("window/splitter", state)

    # ----------------------------------------------------------------- workshop
    def workshop_flag(self, name: str, default: bool) -> bool:
        """A facilitator's workshop preference (the sound at the end, starting the next block's
        timer): theirs, kept between runs, not the workspace's."""
        value = str(self._settings.value(f"workshop/{name}", "")).lower()
        return default if value not in ("true", "false") else value == "true"

    def set_workshop_flag(self, name: str, on: bool) -> None:
        self._settings.setValue(f"workshop/{name}", "true" if on else "false")

    def workshop_seconds(self) -> int:
        """The countdown a block starts with (the last duration the facilitator chose)."""
        try:
            seconds = int(self._settings.value("workshop/seconds", 300))
        except (TypeError, ValueError):
            return 300
        return seconds if 0 < seconds <= 99 * 60 + 59 else 300

    def set_workshop_seconds(self, seconds: int) -> None:
        self._settings.setValue("workshop/seconds", int(seconds))
