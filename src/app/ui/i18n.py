"""Translation: every user-visible string goes through `tr()`; translations load from resources.

The language is $FACTDESK_LANG, else the `language` setting, else the system's: any Chinese locale
gets the Simplified Chinese translation (zh_CN), anything else English (the source texts). Qt's own
strings (standard buttons, the calendar) come from the Qt translations shipped with PySide6."""

from __future__ import annotations

import os
import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import config
from app.ui.resource_files import resource_path

CONTEXT = "FactDesk"
ENV_LANG = "FACTDESK_LANG"
TRANSLATIONS = ("zh_CN",)


def N_(text: str) -> str:
    """Mark a string for translation where it is defined (tables of labels); `tr()` translates it where
    it is shown. pyside6-lupdate reads N_ as QT_TR_NOOP (scripts/update_translations.py)."""
    return text


def tr(text: str, *args: object, n: int = -1, disambiguation: str | None = None) -> str:
    """Translate `text` in the application's context, then fill `%1`, `%2`, … with `args` in one pass
    as Qt's `QString::arg()` does (a value that itself contains "%2" is left alone); `%n` is replaced
    by `n` with plural forms."""
    translated = QCoreApplication.translate(CONTEXT, text, disambiguation, n)
    if not args:
        return translated
    return _PLACEHOLDER.sub(lambda m: _arg(args, int(m.group(1))) or m.group(0), translated)


_PLACEHOLDER = re.compile(r"%([1-9])")


def _arg(args: tuple[object, ...], number: int) -> str | None:
    return str(args[number - 1]) if number <= len(args) else None


def ui_language(system: QLocale | None = None) -> str:
    """The translation to load (`zh_CN`) or `en` for the source texts."""
    wanted = os.environ.get(ENV_LANG) or config.load_settings().language
    if not wanted:
        locale = system or QLocale.system()
        wanted = "zh_CN" if locale.language() == QLocale.Language.Chinese else "en"
    wanted = wanted.replace("-", "_")
    if wanted in TRANSLATIONS:
        return wanted
    if wanted.split("_")[0].lower() == "zh":
        return "zh_CN"
    return "en"


def install_translator(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Load FactDesk's and Qt's translations for the UI language, replacing ones loaded before."""
    for old in app.findChildren(QTranslator, "factdeskTranslator"):
        app.removeTranslator(old)
        old.deleteLater()
    language = language or ui_language()
    if language == "en":
        return []
    installed: list[QTranslator] = []
    for name, folder in (
        ("factdesk", str(resource_path("translations"))),
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
        translator = QTranslator(app)
        translator.setObjectName("factdeskTranslator")
        if translator.load(f"{name}_{language}", folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed
