"""Consistency problems in the window: shown on the field, blocking approval until the analyst keeps
the fact for a written reason (Ctrl+Shift+K; audited, undoable, shown under the form); and a change of
kind that keeps the fields the new kind has no place for, under "Other fields", until it is changed back."""

from __future__ import annotations

from decimal import Decimal

from keys import CTRL, SHIFT, press, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from app.domain.views import FactView
from app.store import Database
from app.store.services import audit, review


def status(db: Database, document_id: int) -> str:
    with db.session() as s:
        return review.load(s, document_id).status


def stored(db: Database, document_id: int, fact_id: int) -> FactView:
    with db.session() as s:
        fact = review.load(s, document_id).fact(fact_id)
    assert fact is not None
    return fact


def lost_multiplier(db: Database, document_id: int) -> int:
    """Reject every other fact with a problem, and give one money fact a value that lost its 亿 and a
    currency the article did not write: 58.7 CNY for `58.7亿美元`."""
    with db.session() as s:
        doc = review.load(s, document_id)
        money = next(f for f in doc.facts if f.unit == "CNY" and f.value is not None and not f.problems())
        for fact in doc.facts:
            if fact.id != money.id and fact.problems():
                review.reject_fact(s, fact.id, "tester")
        review.edit_fact(s, money.id, {"value": Decimal("58.7"), "value_text": "58.7亿美元"}, "tester")
        s.commit()
    return money.id


def test_a_consistency_problem_is_overridden_with_a_reason_from_the_keyboard(qtbot, window,
                                                                              seeded_db: Database) -> None:
    win = window
    doc_id = win.controller.document.id
    fact_id = lost_multiplier(seeded_db, doc_id)
    win.controller.reload()
    win.form.set_current(fact_id, focus=True)
    card = win.form.card
    assert card.rows.problems["unit"].isVisible() and "USD" in card.rows.problems["unit"].text()
    assert not card.notes.override.isVisible()

    press(win, Qt.Key.Key_Return, CTRL)  # approve: refused, the problem is in the way
    assert status(seeded_db, doc_id) != "approved"

    press(win, Qt.Key.Key_K, CTRL | SHIFT)  # Override Checks…
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QInputDialog) and "USD" in dialog.labelText()
    type_text(win, "table 3 of the article gives yuan")
    press(win, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(seeded_db, doc_id, fact_id).override_reason is not None)
    assert stored(seeded_db, doc_id, fact_id).override_reason == "table 3 of the article gives yuan"
    assert not card.rows.problems["unit"].isVisible()
    assert card.notes.override.isVisible() and "table 3 of the article gives yuan" in card.notes.override.text()
    with seeded_db.session() as s:
        event = [e for e in audit.events(s, fact_id=fact_id) if e.action == "override"][-1]
        assert (event.field, event.old_value, event.new_value) == ("override_reason", None,
                                                                  "table 3 of the article gives yuan")

    press(win, Qt.Key.Key_Return, CTRL)  # approve: now it goes through
    assert status(seeded_db, doc_id) == "approved"
    press(win, Qt.Key.Key_PageUp, CTRL)
    qtbot.waitUntil(lambda: win.controller.document.id == doc_id)
    press(win, Qt.Key.Key_Z, CTRL)  # undo the approval
    press(win, Qt.Key.Key_Z, CTRL)  # undo the override: the problems block again
    assert status(seeded_db, doc_id) != "approved"
    assert stored(seeded_db, doc_id, fact_id).override_reason is None
    assert stored(seeded_db, doc_id, fact_id).problems()


def test_ctrl_shift_k_on_a_fact_without_problems_says_so(qtbot, window) -> None:
    win = window
    fact = next(f for f in win.controller.document.facts if not f.checks())
    win.form.set_current(fact.id, focus=True)
    press(win, Qt.Key.Key_K, CTRL | SHIFT)
    assert QApplication.activeModalWidget() is None
    assert "no consistency problem" in win.statusBar().currentMessage()


def choose_kind(qtbot, win, letter: Qt.Key) -> None:  # noqa: ANN001 - pytest-qt's qtbot, the MainWindow
    """Pick a kind in the card's kind box by its first letter, as a keyboard user does, and leave it
    (after the combo box's type-ahead interval, so that letters are not joined into one search)."""
    qtbot.wait(QApplication.keyboardInputInterval() + 50)
    win.form.card.kind_editor.setFocus()
    press(win, letter)
    win.form.flush()
    QApplication.processEvents()


def test_changing_the_kind_keeps_the_other_fields_visibly_and_back(qtbot, window, seeded_db: Database) -> None:
    win = window
    doc_id = win.controller.document.id
    fact = next(f for f in win.controller.document.facts if f.kind == "indicator" and f.fields.get("indicator"))
    win.form.set_current(fact.id, focus=True)
    label = fact.fields["indicator"]
    notes = win.form.card.notes

    choose_kind(qtbot, win, Qt.Key.Key_T)  # Target
    choose_kind(qtbot, win, Qt.Key.Key_P)  # Project (or Person: the first "P") has no indicator field
    now = stored(seeded_db, doc_id, fact.id)
    assert now.kind in ("project", "person") and now.fields.get("indicator") == label
    assert notes.other.isVisible() and label in notes.other.text()

    choose_kind(qtbot, win, Qt.Key.Key_I)  # back to Indicator: the field comes back into the form
    now = stored(seeded_db, doc_id, fact.id)
    assert now.kind == "indicator" and now.fields.get("indicator") == label
    assert not notes.other.isVisible()
    assert win.form.card.rows.editors["indicator"].value() == label
