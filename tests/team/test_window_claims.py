"""The window on a team database (pytest-qt, offscreen, real PostgreSQL logins): a document another
analyst has open is shown read-only with "being reviewed by NAME" (the form's editors and the editing
commands off) and marked in the queue; our own claim is taken on opening and given up on switching
and on closing; once the other analyst is done, the heartbeat opens it up."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import create_engine, text
from team_support import TeamServer

from app.review import open_workspace
from app.ui.queue_model import COLUMN

pytestmark = [pytest.mark.postgres,
              pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise", "does not support grabbing")]


def holders(server: TeamServer) -> dict[int, str]:
    engine = create_engine(server.owner_url)
    with engine.connect() as conn:
        found = dict(conn.execute(text("SELECT document_id, user_name FROM document_claims")).all())
    engine.dispose()
    return found


def test_a_claimed_document_is_read_only_in_the_window(qtbot, team_server: TeamServer) -> None:
    from app.ui.application import create_application, create_window

    first, second = team_server.sample(2)
    anna, ben = team_server.login("analyst"), team_server.login("analyst")
    other = open_workspace(team_server.url(anna))
    assert not other.claim(first).read_only

    create_application()
    ws = open_workspace(team_server.url(ben))
    win = create_window(ws)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: not win.queue.model.loading, timeout=10_000)
    try:
        ids = win.queue.model.ids()
        win.queue.select_row(ids.index(first))
        assert win.controller.document is not None and win.controller.document.id == first
        assert win.controller.read_only
        assert win.form.lock_banner.isVisible()
        assert win.form.lock_banner.text() == f"Being reviewed by {anna} — read-only until they are done"
        editors = [*win.form.card.rows.editors.values(), *win.form.document_fields.rows.editors.values()]
        assert editors and not any(e.isEnabled() for e in editors)
        for action in ("approve_next", "flag_document", "reject_document", "mark_ready", "confirm_fact",
                       "reject_fact", "add_fact"):
            assert not win.commands[action].isEnabled(), action
        cell = win.queue.model.index(ids.index(first), COLUMN["title"])
        qtbot.waitUntil(lambda: cell.data() is not None, timeout=10_000)
        assert cell.data().startswith(f"[being reviewed by {anna}] ")
        assert cell.data(Qt.ItemDataRole.ToolTipRole) == f"Being reviewed by {anna}"
        assert holders(team_server) == {first: anna}  # nothing taken from Anna

        # switching claims the new document for Ben, editable
        win.queue.select_row(ids.index(second))
        assert not win.controller.read_only and not win.form.lock_banner.isVisible()
        assert holders(team_server) == {first: anna, second: ben}

        # back to the first: Anna is done and released it; the heartbeat hands it to Ben
        win.queue.select_row(ids.index(first))
        assert holders(team_server) == {first: anna}  # Ben's claim on the second one was given up
        assert other.release(first)
        win.claims.heartbeat()
        assert not win.controller.read_only and not win.form.lock_banner.isVisible()
        assert win.form.editor("title").isEnabled()
        assert holders(team_server) == {first: ben}
    finally:
        win.form.flush()
        win.close()
        other.close()
    assert holders(team_server) == {}  # closing the window released the claim
    ws.close()


def open_window(qtbot, url: str):  # noqa: ANN001, ANN201 - pytest-qt's qtbot; returns MainWindow
    from app.ui.application import create_application, create_window

    create_application()
    win = create_window(open_workspace(url))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: not win.queue.model.loading, timeout=10_000)
    return win


def test_a_reviewer_assigns_from_the_queue_and_the_analyst_filters_assigned_to_me(
        qtbot, team_server: TeamServer) -> None:
    from PySide6.QtWidgets import QApplication

    from app.ui.claims import AssignDialog

    docs = team_server.sample(3)
    anna = team_server.login("analyst")
    win = open_window(qtbot, team_server.url(team_server.login("reviewer")))
    try:
        ids = win.queue.model.ids()
        win.queue.table.selectRow(ids.index(docs[0]))
        win.queue.table.selectionModel().select(
            win.queue.model.index(ids.index(docs[2]), 0),
            win.queue.table.selectionModel().SelectionFlag.Select
            | win.queue.table.selectionModel().SelectionFlag.Rows)
        assert sorted(win.queue.selected_ids()) == [docs[0], docs[2]]
        win.commands["assign_documents"].trigger()
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, AssignDialog) and w.isVisible())
        dialog.users.setCurrentIndex(dialog.users.findData(anna))
        dialog.accept()
        assert holders(team_server) == {docs[0]: win.workspace.user}  # the reviewer's claim on the open one
    finally:
        win.form.flush()
        win.close()
        win.workspace.close()

    mine = open_window(qtbot, team_server.url(anna))
    try:
        assert mine.claims.mine.isVisible()
        mine.claims.mine.setChecked(True)
        qtbot.waitUntil(lambda: not mine.queue.model.loading and mine.queue.model.ids() == [docs[0], docs[2]],
                        timeout=10_000)
        mine.commands["clear_filter"].trigger()  # Ctrl+Shift+L: every document again, the box cleared
        assert not mine.claims.mine.isChecked()
        qtbot.waitUntil(lambda: not mine.queue.model.loading and mine.queue.model.ids() == docs, timeout=10_000)
    finally:
        mine.form.flush()
        mine.close()
        mine.workspace.close()


def test_an_analyst_in_two_step_review_is_told_to_mark_ready(qtbot, team_server: TeamServer, cli) -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    ctrl = Qt.KeyboardModifier.ControlModifier

    def press(key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
        QTest.keyClick(QApplication.focusWidget() or win, key, modifiers)

    docs = team_server.sample(1)
    assert cli("admin", "set", "review=two-step", "--db", team_server.owner_url).returncode == 0
    win = open_window(qtbot, team_server.url(team_server.login("analyst")))
    try:
        assert win.controller.document is not None and win.controller.document.id == docs[0]
        qtbot.waitUntil(lambda: not win.commands["approve_next"].isEnabled(), timeout=5_000)
        assert win.statusBar().currentMessage() == (
            "Two-step review: a reviewer approves; when your work on a document is done, mark it ready for "
            "review (Ctrl+Shift+Y)")
        press(Qt.Key.Key_Return, ctrl)  # Approve and Next: not offered to an analyst
        assert win.workspace.document(docs[0]).status == "new"
        press(Qt.Key.Key_Y, ctrl | Qt.KeyboardModifier.ShiftModifier)  # Mark Ready for Review
        assert win.workspace.document(docs[0]).status == "ready_for_review"
    finally:
        win.form.flush()
        win.close()
        win.workspace.close()


def test_in_two_step_review_the_window_offers_approve_to_reviewers_only(qtbot, team_server: TeamServer, cli) -> None:
    from app.ui.application import create_application, create_window

    (doc,) = team_server.sample(1)
    setting = cli("admin", "set", "review=two-step", "--db", team_server.owner_url)
    assert setting.returncode == 0, setting.stderr
    create_application()
    for role, may_approve in (("analyst", False), ("reviewer", True)):
        ws = open_workspace(team_server.url(team_server.login(role)))
        win = create_window(ws)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        qtbot.waitUntil(lambda w=win: not w.queue.model.loading, timeout=10_000)
        try:
            win.queue.select_row(win.queue.model.ids().index(doc))
            assert win.controller.document is not None and not win.controller.read_only
            assert win.commands["approve_next"].isEnabled() is may_approve, role
            assert win.commands["mark_ready"].isEnabled(), role  # an analyst hands it on instead
            # the greyed button says why, for as long as it is greyed (the status-bar hint is transient)
            approve_tip = win.commands["approve_next"].toolTip()
            assert approve_tip.startswith("Two-step review: a reviewer approves") is not may_approve, approve_tip
            assert win.commands["assign_documents"].isEnabled() is may_approve, role  # analysts do not assign
            assign_tip = win.commands["assign_documents"].toolTip()
            assert assign_tip.startswith("Only a reviewer or an admin assigns") is not may_approve, assign_tip
        finally:
            win.form.flush()
            win.close()
            ws.close()
