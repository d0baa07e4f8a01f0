"""Confidence first: F8 goes to the lowest-confidence fact not yet reviewed in any document, then to
the next, across documents; a confirmed fact drops out of the walk."""

from __future__ import annotations

from keys import CTRL, SHIFT, press
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.store import Database
from app.store.services import queue, review
from app.ui.queue_model import COLUMN


def uncertain_order(db: Database) -> list[tuple[int, int]]:
    """(document, fact) of every suggested fact in a document under review, by (confidence, document, fact)."""
    with db.session() as s:
        docs = [review.load(s, d) for d in queue.ids(s)]
    rows = [(f.confidence, d.id, f.id) for d in docs if d.status in ("new", "in_review")
            for f in d.facts if f.status == "suggested"]
    return [(d, f) for _c, d, f in sorted(rows)]


def test_next_uncertain_fact_walks_by_confidence_across_documents(qtbot, window, seeded_db: Database) -> None:
    win = window
    win.activateWindow()
    win.focus_queue()
    order = uncertain_order(seeded_db)
    assert len(order) >= 3 and len({d for d, _f in order[:len(order)]}) > 1

    visited = []
    for _ in range(3):
        press(win, Qt.Key.Key_F8)
        visited.append((win.controller.document.id, win.form.current))
    assert visited == order[:3]
    assert win.queue.current_id() == order[2][0]  # the queue follows the document
    assert win.form.card.focused_editor() is not None  # ready to correct from the keyboard

    # confirm the fact F8 reached: the walk goes on from it, and it is no longer uncertain
    press(win, Qt.Key.Key_C, CTRL | SHIFT)
    assert order[2] not in uncertain_order(seeded_db)
    press(win, Qt.Key.Key_F8)
    assert (win.controller.document.id, win.form.current) == order[3]


def test_the_fact_list_sorts_from_the_keyboard(qtbot, window) -> None:
    win = window
    win.activateWindow()
    press(win, Qt.Key.Key_3, CTRL)
    doc = win.controller.document
    current = win.form.current
    press(win, Qt.Key.Key_F7)  # by confidence, lowest first
    assert win.form.order == [f.id for f in sorted(doc.facts, key=lambda f: (f.confidence, f.id))]
    assert win.form.current == current  # the current fact stays current
    press(win, Qt.Key.Key_F7)  # by position in the article
    starts = [doc.fact(i).evidence[0][0] for i in win.form.order if doc.fact(i).evidence]
    assert starts == sorted(starts) and len(starts) > 1
    press(win, Qt.Key.Key_F7)  # back to kind
    kinds = [doc.fact(i).kind for i in win.form.order]
    assert kinds == sorted(kinds, key=("indicator", "project", "target", "person").index)
    assert win.form.current == current


def test_the_queue_shows_lowest_confidence_and_attention_and_sorts_from_the_keyboard(
        qtbot, window, seeded_db: Database) -> None:
    win = window
    win.resize(1440, 880)
    QApplication.processEvents()
    table, model = win.queue.table, win.queue.model
    header, width = table.horizontalHeader(), table.viewport().width()
    for name in ("min_confidence", "attention"):  # visible at 1440 px without scrolling
        left = header.sectionViewportPosition(COLUMN[name])
        assert left >= 0 and left + header.sectionSize(COLUMN[name]) <= width, name

    # the needs-attention count: facts still suggested below the confirm threshold (settings: 85 %)
    qtbot.waitUntil(lambda: all(model.row_data(r) is not None for r in range(model.rowCount())), timeout=10_000)
    with seeded_db.session() as s:
        docs = {d: review.load(s, d) for d in queue.ids(s)}
    for row in range(model.rowCount()):
        doc = docs[model.id_at(row)]
        expected = sum(1 for f in doc.facts if f.status == "suggested" and f.confidence < 0.85)
        assert model.index(row, COLUMN["attention"]).data() == (str(expected) if expected else "")
    assert any(model.index(r, COLUMN["attention"]).data() for r in range(model.rowCount()))

    # sort by lowest confidence from the keyboard: Right to the column, Ctrl+Shift+S; again reverses
    win.focus_queue()
    current = win.controller.document.id
    press(win, Qt.Key.Key_Right)
    assert table.currentIndex().column() == COLUMN["min_confidence"]
    press(win, Qt.Key.Key_S, CTRL | SHIFT)
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    by_low = sorted(model.ids(), key=lambda i: (min((f.confidence for f in docs[i].facts), default=-1), i))
    assert model.ids() == by_low
    assert win.queue.current_id() == current
    press(win, Qt.Key.Key_S, CTRL | SHIFT)
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    assert model.ids() == list(reversed(by_low))
