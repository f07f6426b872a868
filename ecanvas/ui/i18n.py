"""UI languages: Qt's own translations first, then ours, switchable while the app runs.

Installing or removing a translator makes Qt send every widget a LanguageChange event; widgets
re-read their texts in ``changeEvent`` (their ``retranslate`` methods), so switching language at
runtime needs nothing more than `UiLanguage.apply`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from ecanvas.assets import resource_path
from ecanvas.model.entities import LANGUAGES

__all__ = ["LANGUAGES", "LANGUAGE_NAMES", "QT_LOCALES"]
# Each language is offered under its own name (an autonym), whatever the current UI language is.
LANGUAGE_NAMES = {"en": "English", "zh": "简体中文"}
QT_LOCALES = {"zh": "zh_CN"}


class RetranslatesOnLanguageChange:
    """Mixin for a widget (listed before the Qt class) that calls its `retranslate()` on a
    LanguageChange event; the texts themselves stay in the widget's own `retranslate`.
    """

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def system_language() -> str:
    """The UI language the system locale asks for: 'zh' for any Chinese locale, else 'en'."""
    return "zh" if QLocale.system().name().lower().startswith("zh") else "en"


def default_language(saved: str | None, workspace_language: str | None) -> str:
    """The saved choice wins; then a Chinese system; then the workspace's language."""
    if saved in LANGUAGES:
        return saved
    if system_language() == "zh":
        return "zh"
    return workspace_language if workspace_language in LANGUAGES else "en"


def ecanvas_translation_file(language: str):
    """Path of our compiled translation for a language (English is the source language)."""
    return resource_path("i18n", f"ecanvas_{QT_LOCALES[language]}.qm")


def qt_translation_folders() -> list[str]:
    """Where Qt's own catalogues may be: where Qt says, then inside the PySide6 package (a
    bundled app whose qt.conf points elsewhere still finds them)."""
    import PySide6

    return [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(Path(PySide6.__file__).parent / "Qt" / "translations"),
    ]


def _locale_for(language: str) -> QLocale:
    """Dates and numbers follow the UI language; English keeps a non-Chinese system locale."""
    if language == "zh":
        return QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    system = QLocale.system()
    if system.language() == QLocale.Language.Chinese:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return system


class UiLanguage:
    """Owns the installed translators (Qt must not outlive them) and the current language."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translators: list[QTranslator] = []
        self.current = "en"

    def apply(self, language: str) -> bool:
        """Switch the whole UI to `language`; False if our translation file could not be loaded."""
        if language not in LANGUAGES:
            raise ValueError(f"unsupported language {language!r}")
        self._remove()
        ok = True
        if language != "en":
            ok = self._install_for(language)
        self.current = language if ok else "en"
        QLocale.setDefault(_locale_for(self.current))
        return ok

    def _install_for(self, language: str) -> bool:
        locale = QT_LOCALES[language]
        qtbase = QTranslator(self._app)
        if any(qtbase.load(f"qtbase_{locale}", folder) for folder in qt_translation_folders()):
            self._install(qtbase)  # Qt's own dialogs and buttons (Open, Cancel, Look in, ...)
        ours = QTranslator(self._app)
        if not ours.load(str(ecanvas_translation_file(language))):
            return False
        self._install(ours)
        return True

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._translators.append(translator)

    def _remove(self) -> None:
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators.clear()
