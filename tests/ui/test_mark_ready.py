"""Mark Ready for Review from the keyboard (Ctrl+Shift+Y) on a SQLite file: the status is stored,
shown in the queue as "Ready", undone with Ctrl+Z like any workflow step; no claim gets in the way."""

from __future__ import annotations

from keys import CTRL, SHIFT, press
from PySide6.QtCore import Qt

from app.store import Database
from app.ui.queue_model import COLUMN


def test_mark_ready_and_undo_from_the_keyboard(qtbot, window, seeded_db: Database) -> None:
    win = window
    first = win.queue.model.ids()[0]
    assert win.controller.document is not None and win.controller.document.id == first
    assert not win.controller.read_only and not win.form.lock_banner.isVisible()  # no claims on SQLite
    assert not win.claims.mine.isVisible()  # no "Assigned to me" without a team database
    qtbot.waitUntil(lambda: win.commands["approve_next"].isEnabled(), timeout=5000)  # the team's settings read
    assign = win.commands["assign_documents"]
    assert not assign.isEnabled()  # assignments need a team database: greyed, and its tooltip says why
    assert assign.toolTip() == "Only a reviewer or an admin assigns documents, on a team database (PostgreSQL)"
    assert win.commands["approve_next"].toolTip().startswith("Approve this document")
    press(win, Qt.Key.Key_Y, CTRL | SHIFT)
    assert win.workspace.document(first).status == "ready_for_review"
    cell = win.queue.model.index(0, COLUMN["status"])
    qtbot.waitUntil(lambda: cell.data() == "Ready", timeout=5000)
    assert win.form.editor("title").isEnabled()  # ready is still open for corrections
    press(win, Qt.Key.Key_Z, CTRL)
    assert win.workspace.document(first).status != "ready_for_review"
