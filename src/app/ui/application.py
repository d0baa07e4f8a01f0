"""Start-up: the QApplication (high-DPI, icon, translations, theme), the database, the window, and
the demo corpus imported in the background on a first start with an empty database."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app import __version__
from app.domain.errors import StoreError
from app.review import Workspace, open_workspace
from app.ui import crash
from app.ui.i18n import install_translator, tr
from app.ui.main_window import MainWindow
from app.ui.resource_files import resource_path
from app.ui.theme import theme_manager


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


def create_window(workspace: Workspace) -> MainWindow:
    window = MainWindow(workspace)
    window.setWindowIcon(app_icon())
    return window


def import_demo_in_background(window: MainWindow) -> None:
    """On a first start (empty database) import the seed articles, without blocking the window."""
    if window.workspace.first_document() is not None:
        return
    ws = window.workspace
    window.start_work(tr("Importing"), lambda progress, _cancel: ws.import_demo_if_empty(progress),
                      window.import_done)


def run(db_url: str) -> int:
    app = create_application()
    crash.install(app)  # uncaught exceptions and Qt warnings to the log and a dialog; native crashes to a file
    try:
        workspace = open_workspace(db_url)
    except StoreError as exc:
        QMessageBox.critical(None, tr("FactDesk"), str(exc))
        print(f"factdesk: error: {exc}", file=sys.stderr)
        return 1
    window = create_window(workspace)
    window.show()
    import_demo_in_background(window)
    code = app.exec()
    workspace.close()
    return code
