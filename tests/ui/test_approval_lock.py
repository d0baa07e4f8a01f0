"""An approved document is read-only in the window until it is reopened (editors off, a visible
"approved — reopen to edit" line, the workflow actions off but Reopen), and its approval stays
undoable however many documents the analyst visits in between."""

from __future__ import annotations

from keys import CTRL, SHIFT, press
from PySide6.QtCore import Qt

from app.store import Database
from app.store.services import review


def approvable(db: Database, document_id: int) -> None:
    """Reject the facts that have problems, so that the document can be approved."""
    with db.session() as s:
        for fact in review.load(s, document_id).facts:
            if fact.problems():
                review.reject_fact(s, fact.id, "tester")
        s.commit()


def status(db: Database, document_id: int) -> str:
    with db.session() as s:
        return review.load(s, document_id).status


def test_an_approved_document_is_read_only_until_reopened(qtbot, window, seeded_db: Database) -> None:
    win = window
    first = win.queue.model.ids()[0]
    approvable(seeded_db, first)
    win.controller.reload()
    editors = [*win.form.card.rows.editors.values(), *win.form.document_fields.rows.editors.values()]
    assert not win.form.lock_banner.isVisible() and win.form.editor("title").isEnabled()

    press(win, Qt.Key.Key_Return, CTRL)  # approve and next
    assert status(seeded_db, first) == "approved"
    press(win, Qt.Key.Key_PageUp, CTRL)  # back to it
    assert win.controller.document.id == first and win.controller.read_only
    assert win.form.lock_banner.isVisible() and win.form.lock_banner.text().startswith("Approved — reopen to edit")
    assert not any(e.isEnabled() for e in editors)
    assert not win.form.card.confirm_button.isEnabled() and not win.form.card.reject_button.isEnabled()
    for action in ("approve_next", "flag_document", "reject_document", "confirm_fact", "reject_fact", "add_fact",
                   "fill_field"):
        assert not win.commands[action].isEnabled(), action
    assert win.commands["reopen_document"].isEnabled()
    press(win, Qt.Key.Key_X, CTRL | SHIFT)  # reject fact: off, nothing happens
    assert status(seeded_db, first) == "approved"

    press(win, Qt.Key.Key_O, CTRL | SHIFT)  # Reopen for Review
    assert status(seeded_db, first) == "in_review"
    assert not win.form.lock_banner.isVisible() and win.form.editor("title").isEnabled()
    assert win.commands["approve_next"].isEnabled() and not win.commands["reopen_document"].isEnabled()


def test_undoing_an_approval_after_visiting_every_other_document(qtbot, window, seeded_db: Database) -> None:
    win = window
    ids = win.queue.model.ids()
    first = ids[0]
    before = status(seeded_db, first)
    approvable(seeded_db, first)
    win.controller.reload()
    press(win, Qt.Key.Key_Return, CTRL)
    assert status(seeded_db, first) == "approved"
    for _round in range(4):  # every document, several times over: no stack is dropped on the way
        for _ in ids[1:]:
            press(win, Qt.Key.Key_PageDown, CTRL)
        for _ in ids[1:]:
            press(win, Qt.Key.Key_PageUp, CTRL)
    assert win.controller.document.id == first
    assert len(win.controller._stacks) == len(ids)  # noqa: SLF001 - one per document visited, all kept
    press(win, Qt.Key.Key_Z, CTRL)
    assert status(seeded_db, first) == before
    assert not win.form.lock_banner.isVisible() and win.form.editor("title").isEnabled()
    assert "Undone: Approve document" in win.statusBar().currentMessage()
