"""The first paint: the application object and a window with the three panes and an "opening
database…" state, shown before SQLAlchemy, Alembic, the readers and the extraction rules are imported
(they take most of a cold start). `application.run` opens the database, builds the review window in
the same place and closes this one.

Imports only Qt and the light parts of the UI (translations, theme, resource files)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from app import __version__, config
from app.ui.i18n import install_translator, tr
from app.ui.resource_files import resource_path
from app.ui.theme import forced_theme, palette_for, theme_manager

PANE_WIDTHS = (360, 480, 540)


def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "factdesk.svg")))


def create_application(argv: list[str] | None = None, *, themed: bool = True) -> QApplication:
    """The application object with its names, icon, translations and (`themed`) the theme manager,
    which asks the system's colour scheme. High-DPI scale factors pass through unrounded (Qt 6's
    default). The opening window is painted unthemed unless the theme is fixed (see `paint_first`)."""
    existing = QApplication.instance()
    app = QApplication(argv or sys.argv[:1]) if existing is None else existing
    assert isinstance(app, QApplication)
    app.setApplicationName("FactDesk")
    app.setApplicationDisplayName("FactDesk")
    app.setOrganizationName("FactDesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("factdesk")
    app.setWindowIcon(app_icon())
    install_translator(app)
    if themed:
        theme_manager(app)
    elif (fixed := forced_theme()) is not None:
        app.setPalette(palette_for(fixed))
    return app


class OpeningWindow(QMainWindow):
    """Where the review window will be, with its three panes, while the database opens."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("openingWindow")
        self.setWindowTitle(tr("FactDesk"))
        self.setWindowIcon(app_icon())
        self.resize(1440, 880)
        geometry = config.load_settings().window_geometry  # where the review window was last
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode()))
        splitter = QSplitter()  # horizontal
        self.panes: list[QWidget] = []
        for name in ("queuePane", "articlePane", "factForm"):
            pane = QFrame()
            pane.setObjectName(name)
            QVBoxLayout(pane)
            splitter.addWidget(pane)
            self.panes.append(pane)
        self.state = QLabel(tr("Opening database…"))
        self.state.setObjectName("openingState")
        self.state.setStyleSheet("qproperty-alignment: AlignCenter;")  # no Qt enum before the first paint
        layout = self.panes[1].layout()
        assert layout is not None
        layout.addWidget(self.state)
        splitter.setSizes(list(PANE_WIDTHS))
        self.setCentralWidget(splitter)
        self.statusBar().showMessage(tr("Opening database…"))


def paint_first(argv: list[str] | None = None) -> OpeningWindow:
    """Create the application, show the opening window and let it paint. No Qt enum is touched on the
    way (the first one builds all of the Qt namespace's, about 40 ms): the system's colour scheme is
    asked, and the theme applied, by the review window right after (Qt's own palette already follows
    the system's dark mode on Windows and macOS)."""
    app = create_application(argv, themed=False)
    window = OpeningWindow()
    window.show()
    app.processEvents()
    return window
