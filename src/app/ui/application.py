"""Start-up: the QApplication (high-DPI, icon, translations, theme), the database, the window, and
the demo corpus imported in the background on a first start with an empty database."""

from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from app import config
from app.store import Database, StoreError
from app.store.services import queue
from app.ui.i18n import tr
from app.ui.main_window import MainWindow, available
from app.ui.startup import app_icon, create_application

__all__ = ["app_icon", "create_application", "create_window", "run"]

ENV_SCRIPT = "FACTDESK_UI_SCRIPT"


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


def run(db_url: str, opening: QWidget | None = None) -> int:
    """`opening` is the window `startup.paint_first` showed; it closes when the review window shows."""
    app = create_application()
    try:
        db = Database.open(db_url)
    except StoreError as exc:
        if opening is not None:
            opening.close()
        QMessageBox.critical(None, tr("FactDesk"), str(exc))
        print(f"factdesk: error: {exc}", file=sys.stderr)
        return 1
    window = create_window(db)
    window.show()
    if opening is not None:
        opening.close()
    import_demo_in_background(window)
    script = os.environ.get(ENV_SCRIPT)
    if script:
        from app.ui.scripted_session import run_script

        run_script(window, script)
    code = app.exec()
    db.dispose()
    return code
