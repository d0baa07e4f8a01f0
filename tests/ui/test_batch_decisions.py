"""Batch decisions: every suggested fact at or above the confirm threshold confirmed in one keystroke,
as one undo step, each fact's change audited; the threshold is shown in the action and settable."""

from __future__ import annotations

from keys import CTRL, SHIFT, press, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from app import config
from app.store import Database
from app.store.services import audit, review


def statuses(db: Database, document_id: int) -> dict[int, str]:
    with db.session() as s:
        return {f.id: f.status for f in review.load(s, document_id).facts}


def test_confirm_at_or_above_threshold_is_one_undoable_audited_step(qtbot, window, seeded_db: Database) -> None:
    win = window
    win.activateWindow()
    win.focus_queue()
    doc = win.controller.document
    assert win.commands["confirm_high"].text() == "Confirm Facts ≥ 85 %"
    high = {f.id for f in doc.facts if f.confidence >= 0.85}
    assert high and len(high) < len(doc.facts)  # some stay below the threshold
    before = statuses(seeded_db, doc.id)

    press(win, Qt.Key.Key_A, CTRL | SHIFT)
    after = statuses(seeded_db, doc.id)
    assert {f for f, s in after.items() if s == "confirmed"} == high
    assert all(after[f] == "suggested" for f in before if f not in high)
    with seeded_db.session() as s:
        events = [e for e in audit.events(s, document_id=doc.id) if e.field == "status" and e.fact_id in high]
    assert {e.fact_id for e in events} == high and all(e.user == "tester" for e in events)

    press(win, Qt.Key.Key_Z, CTRL)  # one undo step puts every one back
    assert statuses(seeded_db, doc.id) == before
    press(win, Qt.Key.Key_Z, CTRL | SHIFT)
    assert {f for f, s in statuses(seeded_db, doc.id).items() if s == "confirmed"} == high


def test_the_threshold_is_settable_and_kept_in_the_settings(qtbot, window, seeded_db: Database) -> None:
    win = window
    win.activateWindow()
    win.commands["set_threshold"].trigger()
    dialog = win.findChild(QInputDialog)
    qtbot.waitUntil(lambda: dialog.isVisible())
    press(win, Qt.Key.Key_A, CTRL)
    type_text(win, "80")
    press(win, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert config.load_settings().review_confirm_threshold == 80
    assert win.commands["confirm_high"].text() == "Confirm Facts ≥ 80 %"
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    win.activateWindow()
    press(win, Qt.Key.Key_3, CTRL)  # back in the fact form
    doc = win.controller.document
    press(win, Qt.Key.Key_A, CTRL | SHIFT)
    now = statuses(seeded_db, doc.id)
    assert {f for f, s in now.items() if s == "confirmed"} == {f.id for f in doc.facts if f.confidence >= 0.80}
