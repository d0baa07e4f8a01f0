"""Start-up of the window: the QApplication, the database, the demo corpus on first start."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from app import __version__, config
from app.store import Database, StoreError
from app.ui.main_window import MainWindow
from app.workflows.importing import import_demo_if_empty


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("FactDesk")
    app.setOrganizationName("FactDesk")
    app.setApplicationVersion(__version__)
    return app


def run(db_url: str) -> int:
    app = create_application()
    try:
        db = Database.open(db_url)
    except StoreError as exc:
        QMessageBox.critical(None, app.tr("FactDesk"), str(exc))
        print(f"factdesk: error: {exc}", file=sys.stderr)
        return 1
    import_demo_if_empty(db, config.user_name())
    window = MainWindow(db)
    window.show()
    code = app.exec()
    db.dispose()
    return code
