"""Translation: every user-visible string goes through `tr()`; translations load from resources."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from app.ui.resource_files import resource_path

CONTEXT = "FactDesk"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate `text` in the application's context; `%n` is replaced by `n` with plural forms."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def install_translator(app: QCoreApplication, locale: QLocale | None = None) -> QTranslator | None:
    """Load `translations/factdesk_<locale>.qm` when the resources hold one for the UI language."""
    translator = QTranslator(app)
    folder = resource_path("translations")
    if translator.load(locale or QLocale(), "factdesk", "_", str(folder)):
        app.installTranslator(translator)
        return translator
    return None
