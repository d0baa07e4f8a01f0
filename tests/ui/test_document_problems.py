"""A document without a published date whose facts have relative periods (上半年, last year) asks the
analyst for the date: the problem is shown on the Published field, and once the date is typed the
periods resolve to real dates in the store."""

from __future__ import annotations

from datetime import date

from keys import CTRL, focused, press, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.store import Database
from app.store.models import Fact
from app.store.services import documents, review


def undated_with_relative_period(db: Database) -> tuple[int, int]:
    with db.session() as s:
        doc_id = next(i for i in documents.all_ids(s) if documents.get(s, i).published is None)
        view = review.load(s, doc_id)
        fact = next(f for f in view.facts if f.kind == "indicator")
        review.edit_fact(s, fact.id, {"period": "上半年"}, "tester")
        s.commit()
    return doc_id, fact.id


def test_the_window_asks_for_the_published_date_and_periods_resolve(qtbot, window, seeded_db: Database) -> None:
    win = window
    doc_id, fact_id = undated_with_relative_period(seeded_db)
    assert win.queue.select_document(doc_id)
    qtbot.waitUntil(lambda: win.controller.document is not None and win.controller.document.id == doc_id)
    problem = win.form.document_fields.rows.problems["published"]
    assert problem.isVisible() and "上半年" in problem.text() and "published date" in problem.text()

    editor = win.form.editor("published")
    editor.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert focused(win) is editor
    press(win, Qt.Key.Key_A, CTRL)
    type_text(win, "2021-07-24")
    press(win, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not problem.isVisible(), timeout=5000)
    with seeded_db.session() as s:
        fact = s.get(Fact, fact_id)
        assert fact is not None
        assert (fact.period_start, fact.period_end) == (date(2021, 1, 1), date(2021, 6, 30))
