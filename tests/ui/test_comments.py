"""Comments per fact and per document, from the keyboard: typed (Chinese through the input method) in
the form, saved and audited, one undo step, found by the queue's search, exported in the Comment
column (read back with openpyxl) and applied back from an edited workbook."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from apply_helpers import apply, cell, edit, export_all
from keys import CTRL, SHIFT, press, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.store import Database
from app.store.services import audit, review


def stored(db: Database, document_id: int):  # noqa: ANN201
    with db.session() as s:
        return review.load(s, document_id)


def test_a_fact_comment_is_typed_saved_undone_searched_exported_and_applied(
        qtbot, window, seeded_db: Database, tmp_path: Path) -> None:
    win = window
    win.activateWindow()
    press(win, Qt.Key.Key_3, CTRL)
    doc = win.controller.document
    fact_id = win.form.current
    status = doc.fact(fact_id).status
    press(win, Qt.Key.Key_M, CTRL | SHIFT)  # into the comment field
    assert QApplication.focusWidget() is win.form.card.rows.editors["comment"]
    type_text(win, "金额待核 ")
    type_text(win, "ask desk")
    press(win, Qt.Key.Key_Return)
    fact = stored(seeded_db, doc.id).fact(fact_id)
    assert fact.comment == "金额待核 ask desk" and fact.status == status  # a comment is not a correction
    with seeded_db.session() as s:
        assert any(e.field == "comment" and e.new_value == "金额待核 ask desk" and e.fact_id == fact_id
                   for e in audit.events(s, document_id=doc.id))

    press(win, Qt.Key.Key_Z, CTRL)
    assert stored(seeded_db, doc.id).fact(fact_id).comment is None
    press(win, Qt.Key.Key_Z, CTRL | SHIFT)
    assert stored(seeded_db, doc.id).fact(fact_id).comment == "金额待核 ask desk"
    assert win.form.card.rows.editors["comment"].text() == "金额待核 ask desk"

    press(win, Qt.Key.Key_L, CTRL)  # the queue's search finds the document by the comment
    type_text(win, "金额待核")
    qtbot.waitUntil(lambda: win.queue.model.ids() == [doc.id], timeout=5000)

    book = export_all(seeded_db, tmp_path / "out.xlsx")
    sheet = {"indicator": "Indicators", "project": "Projects", "target": "Targets", "person": "People"}[fact.kind]
    assert cell(book, sheet, fact_id, "Comment") == "金额待核 ask desk"
    wb = openpyxl.load_workbook(book, read_only=True)
    try:  # the Dictionary sheet explains the column, on the fact sheets and on Documents
        described = [row for row in wb["Dictionary"].iter_rows(values_only=True) if "Comment" in row]
    finally:
        wb.close()
    assert {row[0] for row in described} >= {sheet, "Documents"} and all("comment" in str(row) for row in described)
    edit(book, [(sheet, fact_id, "Comment", "核对过 checked")])
    report = apply(seeded_db, book)
    assert report.applied == 1 and any("Comment" in line for line in report.text_lines())
    assert stored(seeded_db, doc.id).fact(fact_id).comment == "核对过 checked"


def test_a_document_comment_is_kept_apart_from_the_flag_note(qtbot, window, seeded_db: Database,
                                                            tmp_path: Path) -> None:
    win = window
    win.activateWindow()
    doc = win.controller.document
    editor = win.form.document_fields.rows.editors["comment"]
    press(win, Qt.Key.Key_3, CTRL)
    press(win, Qt.Key.Key_M, CTRL | SHIFT)  # the fact's comment, then again: the document's
    press(win, Qt.Key.Key_M, CTRL | SHIFT)
    assert QApplication.focusWidget() is editor
    type_text(win, "来源可靠 reliable")
    press(win, Qt.Key.Key_Return)
    assert stored(seeded_db, doc.id).comment == "来源可靠 reliable"
    assert stored(seeded_db, doc.id).note is None

    book = export_all(seeded_db, tmp_path / "docs.xlsx")
    assert cell(book, "Documents", doc.id, "Comment") == "来源可靠 reliable"
    assert cell(book, "Documents", doc.id, "Note") is None
    edit(book, [("Documents", doc.id, "Comment", None)])
    assert apply(seeded_db, book).applied == 1
    assert stored(seeded_db, doc.id).comment is None
