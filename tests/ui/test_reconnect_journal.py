"""A dropped connection loses nothing. On a PostgreSQL server of the test's own, actually stopped and
started: the window says the database is unreachable (banner and status bar), turns read-only, keeps
the edit that could not be stored in the journal file (JSON lines in the data folder), and applies it
when the server is back. A start with edits left in the journal offers to apply them, and a journalled
edit whose row changed meanwhile meets the conflict dialog."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from private_pg import PrivateServer
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from seed_data import load_seeds
from windows import open_window

from app.review import Journal, JournalEntry, Workspace
from app.review.journal import journal_path
from app.store import Database


@pytest.fixture
def server() -> Iterator[PrivateServer]:
    pg = PrivateServer()
    pg.start()
    yield pg
    pg.remove()


@pytest.mark.slow
def test_edits_made_while_the_server_is_down_are_applied_when_it_returns(qtbot, server: PrivateServer) -> None:
    db = Database.open(server.url)
    load_seeds(db)
    win = open_window(qtbot, Workspace(db, "anna"))
    doc = win.controller.document
    assert doc is not None and not win.live.banner.isVisibleTo(win)

    server.stop()
    editor = win.form.editor("title")
    win.activateWindow()
    editor.setFocus(Qt.FocusReason.TabFocusReason)
    editor.selectAll()
    QTest.keyClicks(editor, "Written while the server was down")
    QTest.keyClick(editor, Qt.Key.Key_Return)  # saving fails: the server is gone

    qtbot.waitUntil(lambda: win.live.offline, timeout=15_000)
    assert win.live.banner.isVisibleTo(win)
    assert "cannot be reached" in win.live.banner_label.text()
    assert win.live.connection_label.text() == "Database unreachable"
    assert not win.context().editable and not win.commands["approve_next"].isEnabled()
    assert not win.form.document_fields.rows.editors["title"].isEnabled()
    assert editor.text() == "Written while the server was down"  # still on screen

    lines = journal_path().read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    kept = json.loads(lines[0])
    assert kept["value"] == "Written while the server was down" and kept["document_id"] == doc.id
    assert kept["fact_id"] is None and kept["expected_version"] == doc.version and kept["user"] == "anna"

    server.start()
    qtbot.waitUntil(lambda: not win.live.offline, timeout=20_000)
    qtbot.waitUntil(lambda: not journal_path().exists(), timeout=10_000)
    assert not win.live.banner.isVisibleTo(win)
    stored = Database.open(server.url)
    try:
        assert Workspace(stored, "check").document(doc.id).title == "Written while the server was down"
    finally:
        stored.dispose()
    assert win.controller.document.title == "Written while the server was down"
    assert win.form.document_fields.rows.editors["title"].isEnabled()
    win.close()
    db.dispose()


def test_a_start_with_unsaved_edits_offers_them_and_a_changed_row_meets_the_conflict_dialog(
        qtbot, seeded_db: Database) -> None:
    workspace = Workspace(seeded_db, "anna")
    first, second = workspace.queue_ids()[:2]
    doc, other = workspace.document(first), workspace.document(second)
    journal = Journal(workspace.where())
    fact = next(f for f in other.facts if f.status != "rejected")
    journal.add(JournalEntry(workspace.where(), doc.id, None, "region", "Kept region", doc.version, "anna", "t"))
    journal.add(JournalEntry(workspace.where(), other.id, fact.id, "unit", "kept-unit", fact.version, "anna", "t"))
    journal.add(JournalEntry("another database", doc.id, None, "title", "never here", 1, "anna", "t"))
    workspace.edit_fact(fact.id, {"unit": "theirs-unit"})  # someone changed that fact meanwhile

    win = open_window(qtbot, workspace)
    qtbot.waitUntil(lambda: win.live.journal.offer is not None and win.live.journal.offer.isVisible(), timeout=5000)
    offer = win.live.journal.offer
    assert "2 edit(s)" in offer.text() or "2 edits" in offer.text()
    offer.findChild(type(offer.buttons()[0]), "applyJournal").click()

    assert workspace.document(doc.id).region == "Kept region"
    qtbot.waitUntil(lambda: win.conflict_dialog is not None and win.conflict_dialog.isVisible(), timeout=5000)
    assert win.conflict_dialog.theirs_text.text() == "theirs-unit"
    assert win.conflict_dialog.mine_text.text() == "kept-unit"
    assert win.controller.document.id == other.id
    win.conflict_dialog.reject()
    assert [e.database for e in Journal("another database").entries()] == ["another database"]
    assert not Journal(workspace.where()).entries()
