"""Workflow steps are undoable like edits: approve, flag, reject and reopen go on the document's undo
stack (undo restores the status and note, audited); undoing an added fact takes it off the form while
the database keeps it as rejected, with its history."""

from __future__ import annotations

from keys import CTRL, SHIFT, press, type_text
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.review import Workspace
from app.store import Database
from app.store.services import audit, review
from app.ui.application import create_window
from app.ui.dialogs import NoteDialog


def status_events(db: Database, document_id: int) -> list[tuple[str, str | None, str | None]]:
    with db.session() as s:
        return [(e.action, e.old_value, e.new_value) for e in audit.events(s, document_id=document_id)
                if e.action in ("status", "note")]


def stored(db: Database, document_id: int) -> review.DocumentView:
    with db.session() as s:
        return review.load(s, document_id)


def test_approve_flag_reject_and_reopen_are_undoable(qtbot, window, seeded_db: Database) -> None:
    win = window
    ids = win.queue.model.ids()
    first, second = ids[0], ids[1]
    with seeded_db.session() as s:  # make the first document approvable: reject the facts with problems
        for fact in review.load(s, first).facts:
            if fact.problems():
                review.reject_fact(s, fact.id, "tester")
        s.commit()
    win.controller.reload()
    before = stored(seeded_db, first).status

    press(win, Qt.Key.Key_Return, CTRL)  # approve and next
    assert stored(seeded_db, first).status == "approved" and win.controller.document.id == second
    press(win, Qt.Key.Key_Z, CTRL)  # the second document's stack is empty: nothing happens
    assert stored(seeded_db, first).status == "approved"
    press(win, Qt.Key.Key_PageUp, CTRL)
    assert win.commands["undo"].isEnabled()
    press(win, Qt.Key.Key_Z, CTRL)
    assert stored(seeded_db, first).status == before, (QApplication.focusWidget(), win.statusBar().currentMessage())
    assert "Undone: Approve document" in win.statusBar().currentMessage()
    assert win.article.meta.text().startswith("In review" if before == "in_review" else "New")
    press(win, Qt.Key.Key_Z, CTRL | SHIFT)
    assert stored(seeded_db, first).status == "approved"
    press(win, Qt.Key.Key_O, CTRL | SHIFT)  # reopen
    assert stored(seeded_db, first).status == "in_review"
    press(win, Qt.Key.Key_Z, CTRL)
    assert stored(seeded_db, first).status == "approved"
    assert status_events(seeded_db, first)[-5:] == [
        ("status", before, "approved"),
        ("status", "approved", before),
        ("status", before, "approved"),
        ("status", "approved", "in_review"),
        ("status", "in_review", "approved"),
    ]

    # flag with a note, undo (status and note back), redo, then reject and undo that
    press(win, Qt.Key.Key_PageDown, CTRL)
    assert win.controller.document.id == second
    press(win, Qt.Key.Key_F, CTRL | SHIFT)
    dialog = win.findChild(NoteDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=10_000)
    QTest.keyClicks(dialog.edit, "ask the desk")
    QTest.keyClick(dialog.edit, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert (stored(seeded_db, second).status, stored(seeded_db, second).note) == ("flagged", "ask the desk")
    win.activateWindow()  # a window manager does this when the dialog closes; the offscreen platform does not
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=10_000)
    press(win, Qt.Key.Key_Z, CTRL)
    assert (stored(seeded_db, second).status, stored(seeded_db, second).note) == ("new", None)
    press(win, Qt.Key.Key_Z, CTRL | SHIFT)
    assert (stored(seeded_db, second).status, stored(seeded_db, second).note) == ("flagged", "ask the desk")
    press(win, Qt.Key.Key_D, CTRL | SHIFT)  # reject the document
    assert stored(seeded_db, second).status == "rejected"
    press(win, Qt.Key.Key_Z, CTRL)
    assert (stored(seeded_db, second).status, stored(seeded_db, second).note) == ("flagged", "ask the desk")
    assert status_events(seeded_db, second) == [
        ("note", None, "ask the desk"), ("status", "new", "flagged"),
        ("note", "ask the desk", None), ("status", "flagged", "new"),
        ("note", None, "ask the desk"), ("status", "new", "flagged"),
        ("status", "flagged", "rejected"),
        ("status", "rejected", "flagged"),
    ]
    qtbot.waitUntil(lambda: "Flagged 1" in win.counts_label.text() and "Approved 1" in win.counts_label.text(),
                    timeout=5000)


def test_undoing_an_added_fact_takes_it_off_the_form(qtbot, window, seeded_db: Database) -> None:
    win = window
    doc = win.controller.document
    text = doc.display_text
    needle = "3,596"
    press(win, Qt.Key.Key_F, CTRL)
    type_text(win, needle)
    press(win, Qt.Key.Key_Escape)
    press(win, Qt.Key.Key_N, CTRL)
    added = win.form.current
    assert added in win.form.order and added not in [f.id for f in doc.facts]
    count = len(win.form.order)

    press(win, Qt.Key.Key_Z, CTRL)
    assert added not in win.form.order and len(win.form.order) == count - 1
    assert win.form.card.fact is not None and win.form.card.fact.id != added
    assert added not in [f.id for f in win.controller.document.facts]
    assert "stays in the database as rejected" in win.statusBar().currentMessage()
    with seeded_db.session() as s:
        facts = {f.id: f for f in review.facts.facts_of(s, doc.id)}
        assert facts[added].status == "rejected" and facts[added].evidence == [[text.index(needle),
                                                                                 text.index(needle) + len(needle)]]
        actions = [(e.action, e.old_value, e.new_value) for e in audit.events(s, fact_id=added)]
    assert actions[0][0] == "add_fact" and actions[-1] == ("withdraw_fact", "edited", "rejected")
    assert added not in [f.id for f in stored(seeded_db, doc.id).facts]

    # a fresh window does not show it either
    again = create_window(Workspace(seeded_db, "tester"))
    qtbot.addWidget(again)
    assert again.controller.document.id == doc.id and added not in again.form.order
    again.close()

    press(win, Qt.Key.Key_Z, CTRL | SHIFT)  # redo: back on the form, the analyst's again
    assert added in win.form.order
    assert stored(seeded_db, doc.id).fact(added).status == "edited"
    QApplication.processEvents()
