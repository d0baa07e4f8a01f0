"""Start-up: the QApplication (high-DPI, icon, translations, theme), the database, the window, and
the demo corpus imported in the background on a first start with an empty database."""

from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app import __version__, config
from app.store import Database, StoreError
from app.store.services import queue
from app.ui import crash
from app.ui.i18n import install_translator, tr
from app.ui.main_window import MainWindow, available
from app.ui.resource_files import resource_path
from app.ui.theme import theme_manager

ENV_SCRIPT = "FACTDESK_UI_SCRIPT"


def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "factdesk.svg")))


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if existing is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv or sys.argv[:1])
    else:
        app = existing  # type: ignore[assignment]
    assert isinstance(app, QApplication)
    app.setApplicationName("FactDesk")
    app.setApplicationDisplayName("FactDesk")
    app.setOrganizationName("FactDesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("factdesk")
    app.setWindowIcon(app_icon())
    install_translator(app)
    theme_manager(app)
    return app


def create_window(db: Database) -> MainWindow:
    window = MainWindow(db, config.user_name())
    window.setWindowIcon(app_icon())
    return window


def import_demo_in_background(window: MainWindow) -> None:
    """On a first start (empty database) import the seed articles, without blocking the window."""
    if not available("app.ingest"):
        return
    with window.db.session() as session:
        if queue.first_id(session) is not None:
            return
    # the same folder as app.workflows.importing.demo_corpus_dir(), named here so that the readers and
    # extractors load in the import's worker thread, not on the UI thread at start-up
    window.start_import([Path(str(resources.files("app") / "seeds"))])


def run(db_url: str) -> int:
    app = create_application()
    crash.install(app)  # uncaught exceptions and Qt warnings to the log and a dialog; native crashes to a file
    try:
        db = Database.open(db_url)
    except StoreError as exc:
        QMessageBox.critical(None, tr("FactDesk"), str(exc))
        print(f"factdesk: error: {exc}", file=sys.stderr)
        return 1
    window = create_window(db)
    window.show()
    import_demo_in_background(window)
    script = os.environ.get(ENV_SCRIPT)
    if script:
        from app.ui.scripted_session import run_script

        run_script(window, script)
    code = app.exec()
    db.dispose()
    return code
