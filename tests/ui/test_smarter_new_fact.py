"""New Fact from Selection reads the number and unit in the selection (38場 is a count, not a person
named after the previous fact's kind)."""

from __future__ import annotations

from keys import CTRL, press, type_text
from PySide6.QtCore import Qt

from app.store import Database
from app.store.services import queue, review


def test_a_count_selected_in_traditional_chinese_becomes_a_count(qtbot, window, seeded_db: Database) -> None:
    win = window
    win.activateWindow()
    with seeded_db.session() as s:
        doc_id = next(d for d in queue.ids(s) if "38場" in review.load(s, d).display_text)
    win.queue.select_document(doc_id)
    doc = win.controller.document
    person = next((f for f in doc.facts if f.kind == "person"), None)
    if person is not None:
        win.form.set_current(person.id, focus=False)  # the previous fact's kind must not carry over
    before = {f.id for f in doc.facts}
    press(win, Qt.Key.Key_F, CTRL)
    type_text(win, "38場")
    press(win, Qt.Key.Key_Escape)
    press(win, Qt.Key.Key_N, CTRL)
    added = [f for f in win.controller.document.facts if f.id not in before]
    assert len(added) == 1
    fact = added[0]
    assert (fact.kind, fact.value, fact.unit) == ("indicator", 38, "count")
    text = doc.display_text
    assert fact.evidence == ((text.index("38場"), text.index("38場") + 3),)
