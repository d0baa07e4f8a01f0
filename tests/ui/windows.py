"""The real review window for a test: created, shown, exposed and with its queue loaded."""

from __future__ import annotations

from app.review import Workspace


def open_window(qtbot, workspace: Workspace):  # noqa: ANN001, ANN201 - pytest-qt's qtbot; returns MainWindow
    from app.ui.application import create_application, create_window

    create_application()
    win = create_window(workspace)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: not win.queue.model.loading, timeout=10_000)
    return win
