"""Start-up: the QApplication (high-DPI, icon, translations, theme), the database, the window, and
the demo corpus imported in the background on a first start with an empty database."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.errors import StoreError
from app.review import Workspace, open_workspace
from app.ui import crash
from app.ui.i18n import tr
from app.ui.main_window import MainWindow
from app.ui.startup import app_icon, create_application

__all__ = ["app_icon", "create_application", "create_window", "run", "switch_database"]

_EXIT_WAIT_MS = 120_000  # how long the end of the process waits for a cancelled job to stop (a stalled network)
_windows: list[MainWindow] = []  # the review windows made by switching databases (kept alive here)


def create_window(workspace: Workspace) -> MainWindow:
    window = MainWindow(workspace)
    window.setWindowIcon(app_icon())
    return window


def switch_database(old: MainWindow, workspace: Workspace) -> MainWindow:
    """The review window on another database (File ▸ Connect to Team Database…), where the old one
    was; the old window saves its settings and closes, and its database is let go."""
    window = create_window(workspace)
    _windows.append(window)
    window.setGeometry(old.geometry())
    window.show()
    previous = old.workspace
    old.close()
    if old in _windows:
        _windows.remove(old)
    previous.close()
    import_demo_in_background(window)
    return window


def _reopen_team() -> tuple[Workspace | None, str | None]:
    """(the team database the window was last on, None) — or (None, why not), or (None, None): none."""
    from app.review import team_connection as team

    connection = team.to_reopen()
    if connection is None:
        return None, None
    try:
        return team.reopen(connection), None
    except StoreError as exc:
        return None, str(exc)


def use_local_database(window: MainWindow) -> None:
    """File ▸ Use Local Database: back from the team database to this machine's own, for good (the next
    start opens the local one too)."""
    from app.review import team_connection as team

    try:
        workspace = team.open_local()
    except StoreError as exc:
        window.message(str(exc))
        return
    switch_database(window, workspace)


def import_demo_in_background(window: MainWindow) -> None:
    """On a first start (empty database) import the seed articles, without blocking the window."""
    if window.workspace.first_document() is not None:
        return
    ws = window.workspace

    def progress(done: int, total: int, _message: str) -> None:
        """The article pane says what is happening (not "No document — import articles")."""
        detail = tr("%1 of %2 articles imported", done, total) if total else tr("Reading the demo articles…")
        window.article.show_busy(tr("Importing the demo articles…"), detail)

    def finished(changes: object) -> None:
        window.runner.progress.disconnect(progress)
        window.article.show_busy(None)
        window.import_done(changes)  # type: ignore[arg-type]

    progress(0, 0, "")
    window.runner.progress.connect(progress)
    if not window.start_work(tr("Importing"), lambda report, cancel: ws.import_demo_if_empty(report, cancel), finished):
        window.runner.progress.disconnect(progress)
        window.article.show_busy(None)


def run(db_url: str, opening: QWidget | None = None, *, team_at_start: bool = False) -> int:
    """`opening` is the window `startup.paint_first` showed; it closes when the review window shows.
    `team_at_start`: the team database the window was last on is opened again (the password from the
    keyring); when that fails — offline, no password kept — the window opens `db_url` and the Connect
    dialog says why, filled in, so one password or Escape goes on."""
    app = create_application()
    crash.install(app)  # uncaught exceptions and Qt warnings to the log and a dialog; native crashes to a file
    workspace, team_problem = _reopen_team() if team_at_start else (None, None)
    try:
        workspace = workspace or open_workspace(db_url)
    except StoreError as exc:
        if opening is not None:
            opening.close()
        QMessageBox.critical(None, tr("FactDesk"), str(exc))
        print(f"factdesk: error: {exc}", file=sys.stderr)
        return 1
    window = create_window(workspace)
    window.show()
    if opening is not None:
        opening.close()
    if team_problem is not None:
        from app.ui.connect_dialog import open_connect_dialog

        window.message(tr("The team database was not opened: %1 — this is your local database", team_problem))
        open_connect_dialog(window).show_problem(tr("Could not connect: %1", team_problem))
    import_demo_in_background(window)
    code = app.exec()
    # The event loop can end without the windows being closed (QApplication.exit, the session ending): a
    # job still running — the first start's demo import — is cancelled and waited for before its database
    # is closed (a worker thread left running at interpreter shut-down crashed the process once in CI). A job stops
    # between articles when cancelled; on a loaded machine one article can take longer than a window's close waits.
    for shown in (window, *_windows):
        shown.stop_work(_EXIT_WAIT_MS)
    workspace.close()
    for other in _windows:
        other.workspace.close()
    return code
