"""Batch decisions from the keyboard: every fact of a kind rejected in one step, and several documents
selected in the queue (Shift+Down) approved, rejected or flagged at once — each document validated,
those that fail listed with the reason and left as they were; each batch one undo step, audited per
document or fact."""

from __future__ import annotations

from keys import CTRL, SHIFT, press, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from app.store import Database
from app.store.services import audit, queue, review


def doc_statuses(db: Database) -> dict[int, tuple[str, str | None]]:
    with db.session() as s:
        return {d: (review.load(s, d).status, review.load(s, d).note) for d in queue.ids(s)}


def fact_statuses(db: Database, document_id: int) -> dict[int, str]:
    with db.session() as s:
        return {f.id: f.status for f in review.load(s, document_id).facts}


def select_first_rows(qtbot, win, count: int) -> list[int]:  # noqa: ANN001
    press(win, Qt.Key.Key_1, CTRL)
    press(win, Qt.Key.Key_Home, CTRL)
    for _ in range(count - 1):
        press(win, Qt.Key.Key_Down, SHIFT)
    qtbot.waitUntil(lambda: len(win.queue.selected_ids()) == count)
    return win.queue.selected_ids()


def test_reject_every_fact_of_a_kind_is_one_undoable_audited_step(qtbot, window, seeded_db: Database) -> None:
    win = window
    win.activateWindow()
    press(win, Qt.Key.Key_3, CTRL)
    doc = win.controller.document
    before = fact_statuses(seeded_db, doc.id)
    kinds = [f.kind for f in doc.facts]
    kind = max(set(kinds), key=kinds.count)
    of_kind = {f.id for f in doc.facts if f.kind == kind}
    assert of_kind and len(of_kind) < len(doc.facts)

    press(win, Qt.Key.Key_J, CTRL | SHIFT)
    dialog = win.findChild(QInputDialog, "rejectKindDialog")
    qtbot.waitUntil(lambda: dialog.isVisible())
    index = [dialog.comboBoxItems().index(t) for t in dialog.comboBoxItems() if t.startswith(
        {"project": "Projects", "indicator": "Indicators", "target": "Targets", "person": "People"}[kind])][0]
    for _ in range(index):
        press(win, Qt.Key.Key_Down)
    press(win, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    after = fact_statuses(seeded_db, doc.id)
    assert {f for f, s in after.items() if s == "rejected"} == of_kind
    assert all(after[f] == before[f] for f in before if f not in of_kind)
    with seeded_db.session() as s:
        events = [e for e in audit.events(s, document_id=doc.id) if e.field == "status" and e.new_value == "rejected"]
    assert {e.fact_id for e in events} == of_kind

    win.activateWindow()
    press(win, Qt.Key.Key_3, CTRL)
    press(win, Qt.Key.Key_Z, CTRL)  # one step brings every one back
    assert fact_statuses(seeded_db, doc.id) == before


def test_several_selected_documents_are_approved_at_once_and_failures_listed(
        qtbot, window, seeded_db: Database) -> None:
    win = window
    win.activateWindow()
    with seeded_db.session() as s:
        ids = queue.ids(s)
        problems = {d: review.remaining_problems(s, d) for d in ids}
    assert any(problems.values()) and not all(problems.values())  # some pass, some fail
    before = doc_statuses(seeded_db)
    press(win, Qt.Key.Key_1, CTRL)
    press(win, Qt.Key.Key_A, CTRL)  # every document of the queue
    qtbot.waitUntil(lambda: len(win.queue.selected_ids()) == len(ids))
    assert sorted(win.queue.selected_ids()) == sorted(ids)

    press(win, Qt.Key.Key_Return, CTRL)
    after = doc_statuses(seeded_db)
    assert {d for d, (status, _n) in after.items() if status == "approved"} == {d for d in ids if not problems[d]}
    assert all(after[d] == before[d] for d in ids if problems[d])  # left as they were
    box = win.findChild(QMessageBox, "batchFailures")
    qtbot.waitUntil(lambda: box.isVisible())
    for d in ids:
        assert (f"#{d} " in box.text()) == bool(problems[d])
    assert "not valid" in box.text()
    with seeded_db.session() as s:
        approved = {e.document_id for e in audit.events(s) if e.field == "status" and e.new_value == "approved"}
    assert approved == {d for d in ids if not problems[d]}
    press(win, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)

    win.activateWindow()
    press(win, Qt.Key.Key_1, CTRL)
    press(win, Qt.Key.Key_Z, CTRL)  # the whole batch is one undo step
    assert doc_statuses(seeded_db) == before
    press(win, Qt.Key.Key_Z, CTRL | SHIFT)
    assert doc_statuses(seeded_db) == after


def test_several_selected_documents_are_flagged_with_one_note_and_rejected(
        qtbot, window, seeded_db: Database) -> None:
    win = window
    win.activateWindow()
    before = doc_statuses(seeded_db)
    selected = select_first_rows(qtbot, win, 3)
    press(win, Qt.Key.Key_F, CTRL | SHIFT)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    type_text(win, "check the sums ")
    type_text(win, "核对金额")
    press(win, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    after = doc_statuses(seeded_db)
    assert all(after[d] == ("flagged", "check the sums 核对金额") for d in selected)
    assert all(after[d] == before[d] for d in before if d not in selected)

    win.activateWindow()
    press(win, Qt.Key.Key_1, CTRL)
    qtbot.waitUntil(lambda: len(win.queue.selected_ids()) == 3)
    press(win, Qt.Key.Key_D, CTRL | SHIFT)  # flagged → rejected is allowed for each
    assert all(doc_statuses(seeded_db)[d][0] == "rejected" for d in selected)
    press(win, Qt.Key.Key_Z, CTRL)
    assert doc_statuses(seeded_db) == after
    press(win, Qt.Key.Key_Z, CTRL)
    assert doc_statuses(seeded_db) == before


def test_the_threshold_is_set_from_the_keyboard(qtbot, window) -> None:
    win = window
    win.activateWindow()
    press(win, Qt.Key.Key_T, CTRL | SHIFT)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    press(win, Qt.Key.Key_A, CTRL)
    type_text(win, "90")
    press(win, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert win.commands["confirm_high"].text() == "Confirm Facts ≥ 90 %"
