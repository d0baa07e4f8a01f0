"""The review window driven by the keyboard alone on a real database: walk the queue, edit, undo,
redo, confirm, reject, add a fact from a selection, approve, reopen — then the database and the
audit log hold exactly what was done."""

from __future__ import annotations

from keys import CTRL, SHIFT, focused, press, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.numbers import number_text
from app.review import Workspace
from app.store import Database
from app.store.services import audit, review
from app.ui.application import create_window
from app.ui.fact_editors import ChoiceEditor, NumberEditor


def events_of(db: Database, document_id: int) -> list[tuple]:
    with db.session() as s:
        return [(e.user, e.action, e.fact_id, e.field, e.old_value, e.new_value)
                for e in audit.events(s, document_id=document_id) if e.action != "import"]


def test_a_document_reviewed_with_the_keyboard_alone(qtbot, window, seeded_db: Database) -> None:
    win = window
    win.activateWindow()
    win.focus_queue()
    ids = win.queue.model.ids()
    assert win.controller.document is not None and win.controller.document.id == ids[0]

    # walk every document and back
    seen = [win.controller.document.id]
    for _ in ids[1:]:
        press(win, Qt.Key.Key_PageDown, CTRL)
        seen.append(win.controller.document.id)
    assert seen == ids
    assert win.article.view.toPlainText() == win.controller.document.display_text
    for _ in ids[1:]:
        press(win, Qt.Key.Key_PageUp, CTRL)
    doc = win.controller.document
    assert doc.id == ids[0]

    # go to the facts; the first fact's first field is the value
    press(win, Qt.Key.Key_3, CTRL)
    first = win.form.current
    editor = focused(win)
    assert isinstance(editor, NumberEditor) and first == win.form.order[0]
    old_value = doc.fact(first).value
    press(win, Qt.Key.Key_A, CTRL)
    type_text(win, "580 billion")
    press(win, Qt.Key.Key_Return)
    with seeded_db.session() as s:
        assert review.load(s, doc.id).fact(first).value == 580e9

    press(win, Qt.Key.Key_Z, CTRL)  # undo
    with seeded_db.session() as s:
        stored = review.load(s, doc.id)
        assert stored.fact(first).value == old_value and stored.fact(first).status == "suggested"
    press(win, Qt.Key.Key_Z, CTRL | SHIFT)  # redo
    with seeded_db.session() as s:
        assert review.load(s, doc.id).fact(first).value == 580e9
    assert win.form.editor("value").text() == "580,000,000,000"

    # confirm the current fact (the form moves on), reject the next one
    press(win, Qt.Key.Key_C, CTRL | SHIFT)
    second = win.form.current
    assert second == win.form.order[1]
    press(win, Qt.Key.Key_X, CTRL | SHIFT)
    third = win.form.current
    assert third == win.form.order[2]

    # select evidence in the article with find (Ctrl+F, Escape keeps the selection), add a fact from it
    text = doc.display_text
    needle = "3,596"
    press(win, Qt.Key.Key_F, CTRL)
    type_text(win, needle)
    press(win, Qt.Key.Key_Escape)
    assert win.article.view.selection_span() == (text.index(needle), text.index(needle) + len(needle))
    press(win, Qt.Key.Key_N, CTRL)
    added = win.form.current
    assert added not in (first, second, third)
    with seeded_db.session() as s:
        new_fact = review.load(s, doc.id).fact(added)
    assert new_fact.evidence == ((text.index(needle), text.index(needle) + len(needle)),)
    assert new_fact.origin == "analyst" and new_fact.status == "edited"

    # approving shows what is missing on the field itself and focuses it; fix each, approve again
    answers = {"unit": "count", "indicator": "companies docked", "value": "3596"}
    fixed: list[tuple[str, str]] = []
    for _attempt in range(4):
        press(win, Qt.Key.Key_Return, CTRL)
        if win.controller.document.id != doc.id:
            break
        with seeded_db.session() as s:
            missing = review.remaining_problems(s, doc.id)
        assert set(missing) == {added}
        name = next(iter(missing[added]))
        assert focused(win) is win.form.editor(name)
        problem_label = win.form.card.rows.problems[name]
        assert problem_label.isVisible() and missing[added][name] in problem_label.text()
        if not isinstance(focused(win), ChoiceEditor):
            press(win, Qt.Key.Key_A, CTRL)
        type_text(win, answers[name])
        if not isinstance(focused(win), ChoiceEditor):
            press(win, Qt.Key.Key_Return)
        fixed.append((name, answers[name]))
    assert win.controller.document.id == ids[1], "approve-and-next moves on"

    with seeded_db.session() as s:
        stored = review.load(s, doc.id)
    assert stored.status == "approved"
    assert stored.fact(first).value == 580e9 and stored.fact(first).status == "confirmed"
    assert stored.fact(second).status == "rejected"
    assert stored.fact(added).unit == "count" and stored.fact(added).value == 3596
    untouched = [f for f in stored.facts if f.id not in (first, second, added)]
    assert all(f.status == "suggested" for f in untouched)

    old = number_text(old_value)  # the audit log keeps the exact decimal text
    assert events_of(seeded_db, doc.id) == [
        ("tester", "status", None, "status", "new", "in_review"),
        ("tester", "edit", first, "value", old, "580000000000"),
        ("tester", "fact_status", first, "status", "suggested", "edited"),
        ("tester", "edit", first, "value", "580000000000", old),
        ("tester", "fact_status", first, "status", "edited", "suggested"),
        ("tester", "edit", first, "value", old, "580000000000"),
        ("tester", "fact_status", first, "status", "suggested", "edited"),
        ("tester", "fact_status", first, "status", "edited", "confirmed"),
        ("tester", "fact_status", second, "status", "suggested", "rejected"),
        ("tester", "add_fact", added, None, None, events_of(seeded_db, doc.id)[9][5]),
        *[("tester", "edit", added, name, None, value) for name, value in fixed],
        ("tester", "status", None, "status", "in_review", "approved"),
    ]
    assert events_of(seeded_db, ids[1]) == []

    # reopen the app: same document, same layout
    win.resize(1300, 820)
    win.splitter.setSizes([380, 500, 420])
    QApplication.processEvents()
    sizes = win.splitter.sizes()
    win.close()
    again = create_window(Workspace(seeded_db, "tester"))
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.controller.document.id == ids[1], "the last document opens before the queue is loaded"
    qtbot.waitUntil(lambda: not again.queue.model.loading, timeout=10_000)
    assert again.queue.current_id() == ids[1] and again.queue.current_row() == 1
    assert again.size() == win.size()
    assert again.splitter.sizes() == sizes
    with seeded_db.session() as s:
        assert review.load(s, doc.id).status == "approved"
    qtbot.waitUntil(lambda: "Approved 1" in again.counts_label.text(), timeout=5000)
    QApplication.processEvents()
