"""File ▸ Apply Corrections from Workbook… in the real window: a workbook exported from the test
database and edited with openpyxl is read in the background, its report shown as a table (document,
fact, field, database → workbook value, or the reason of a refusal), and only Apply changes the
database; each document's share is one undo step (Ctrl+Z puts the old values back, audited)."""

from __future__ import annotations

import re
from pathlib import Path

from apply_helpers import edit, export_all
from keys import CTRL, SHIFT, press
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.store import Database
from app.store.services import audit, review
from app.ui.apply_dialog import ApplyDialog, cell_text
from app.workflows.correction_rows import show

NEW_INVESTOR = "Northern Rare Earth Group"
NEW_TITLE = "Baotou rare-earth projects (corrected in Excel)"


def project_fact(db: Database) -> tuple[int, int, str]:
    """A document with a project fact: (document id, fact id, its investor)."""
    with db.session() as s:
        for doc_id in range(1, 20):
            for fact in review.load(s, doc_id).facts:
                if fact.kind == "project" and fact.get("investor"):
                    return doc_id, fact.id, fact.get("investor")
    raise AssertionError("the seeds have no project fact with an investor")


def stored(db: Database, document_id: int) -> review.DocumentView:
    with db.session() as s:
        return review.load(s, document_id)


def open_report(qtbot, win, path: Path) -> ApplyDialog:  # noqa: ANN001 - pytest-qt's qtbot, the MainWindow
    assert win.commands["apply_workbook"].isEnabled()
    told: list[tuple[int, int, str]] = []
    win.runner.progress.connect(lambda done, total, message: told.append((done, total, message)))
    assert win.apply_corrections.start(path)
    assert win.runner.busy and win.progress.isVisible()  # read off the UI thread, with the progress bar
    assert not win.commands["apply_workbook"].isEnabled()  # one background job at a time
    qtbot.waitUntil(lambda: win.apply_corrections.dialog is not None and win.apply_corrections.dialog.isVisible(),
                    timeout=60_000)
    dialog = win.apply_corrections.dialog
    assert dialog is not None
    assert any(message.startswith("reading ") for _done, _total, message in told)  # progress was shown
    return dialog


def table(dialog: ApplyDialog) -> list[list[str]]:
    model = dialog.table.model()
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_apply_writes_the_shown_changes_and_undo_puts_them_back(qtbot, window, seeded_db: Database,
                                                                tmp_path: Path) -> None:
    win = window
    doc_id, fact_id, investor = project_fact(seeded_db)
    old_title = stored(seeded_db, doc_id).title
    book = edit(export_all(seeded_db, tmp_path / "book.xlsx"),
                [("Projects", fact_id, "Investor", NEW_INVESTOR), ("Documents", doc_id, "Title", NEW_TITLE)])
    assert win.queue.select_document(doc_id)
    qtbot.waitUntil(lambda: win.controller.document is not None and win.controller.document.id == doc_id)

    dialog = open_report(qtbot, win, book)
    rows = table(dialog)
    assert ["change", str(doc_id), str(fact_id), "Investor", f"{investor!r} → {NEW_INVESTOR!r}"] in rows
    assert ["change", str(doc_id), "—", "Title", f"{show(old_title)} → {show(NEW_TITLE)}"] in rows
    assert len(rows) == 2, rows
    assert re.fullmatch(r"applied 2, unchanged \d+, conflicts 0, refused 0", dialog.summary.text())
    assert stored(seeded_db, doc_id).fact(fact_id).get("investor") == investor  # the dry run changed nothing
    assert dialog.apply_button.isEnabled()

    QTest.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not win.runner.busy and stored(seeded_db, doc_id).title == NEW_TITLE, timeout=60_000)
    qtbot.waitUntil(lambda: win.controller.document.title == NEW_TITLE)
    doc = stored(seeded_db, doc_id)
    assert doc.fact(fact_id).get("investor") == NEW_INVESTOR
    assert win.controller.document.fact(fact_id).get("investor") == NEW_INVESTOR  # the form shows it
    assert re.fullmatch(r"applied 2, unchanged \d+, conflicts 0, refused 0", win.statusBar().currentMessage())
    row = win.queue.model.ids().index(doc_id)
    qtbot.waitUntil(lambda: any(win.queue.model.data(win.queue.model.index(row, c)) == NEW_TITLE
                                for c in range(win.queue.model.columnCount())))
    stack = win.controller.stack()
    assert stack is not None and stack.count() == 1 and stack.undoText() == "Apply corrections from workbook"

    win.activateWindow()  # the dialog has closed: the window has the keyboard again
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    win.focus_form()
    press(win, Qt.Key.Key_Z, CTRL)  # one step: both the fact and the document go back
    back = stored(seeded_db, doc_id)
    assert back.fact(fact_id).get("investor") == investor
    assert back.title == old_title
    assert win.controller.document.fact(fact_id).get("investor") == investor
    with seeded_db.session() as s:
        undone = [(e.field, e.old_value, e.new_value) for e in audit.events(s, fact_id=fact_id)
                  if e.field == "investor"]
    assert undone[-1] == ("investor", NEW_INVESTOR, investor)  # the undo is audited like any edit

    press(win, Qt.Key.Key_Z, CTRL | SHIFT)  # redo writes the workbook's values again
    assert stored(seeded_db, doc_id).fact(fact_id).get("investor") == NEW_INVESTOR


def test_cancel_changes_nothing(qtbot, window, seeded_db: Database, tmp_path: Path) -> None:
    doc_id, fact_id, investor = project_fact(seeded_db)
    book = edit(export_all(seeded_db, tmp_path / "book.xlsx"), [("Projects", fact_id, "Investor", NEW_INVESTOR)])
    before = stored(seeded_db, doc_id)
    dialog = open_report(qtbot, window, book)
    assert ["change", str(doc_id), str(fact_id), "Investor", f"{investor!r} → {NEW_INVESTOR!r}"] in table(dialog)
    QTest.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and not window.runner.busy
    after = stored(seeded_db, doc_id)
    assert after == before and after.fact(fact_id).get("investor") == investor


def test_a_formula_cell_and_a_conflict_are_shown_with_their_reason_and_not_applied(
        qtbot, window, seeded_db: Database, tmp_path: Path) -> None:
    doc_id, fact_id, investor = project_fact(seeded_db)
    others = [f for f in stored(seeded_db, doc_id).facts if f.id != fact_id and f.kind in ("target", "indicator")]
    changed_since = others[0]
    with seeded_db.session() as s:  # in review before the export, so that the colleague's change below
        review.begin_review(s, doc_id, "tester")  # moves only the fact on, not the document
        s.commit()
    book = edit(export_all(seeded_db, tmp_path / "book.xlsx"), [
        ("Projects", fact_id, "Investor", "=CONCATENATE(\"A\",\"B\")"),  # openpyxl writes it as a formula
        ("Targets" if changed_since.kind == "target" else "Indicators", changed_since.id, "Status", "rejected"),
        ("Documents", doc_id, "Title", NEW_TITLE),
    ])
    with seeded_db.session() as s:  # someone confirms that fact after the export
        review.confirm_fact(s, changed_since.id, "colleague")
        s.commit()

    dialog = open_report(qtbot, window, book)
    rows = table(dialog)
    formula = [r for r in rows if r[2] == str(fact_id)]
    assert formula and formula[0][:3] == ["refused", str(doc_id), str(fact_id)]
    assert "Investor: formula in a data cell" in formula[0][4]
    conflict = [r for r in rows if r[2] == str(changed_since.id)]
    assert conflict and conflict[0][:3] == ["conflict", str(doc_id), str(changed_since.id)]
    assert "changed in the database since the export" in conflict[0][4]
    assert re.fullmatch(r"applied 1, unchanged \d+, conflicts 1, refused 1", dialog.summary.text()), rows
    assert cell_text(dialog.model.lines[0], 0) in ("change", "refused", "conflict")

    QTest.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.runner.busy and stored(seeded_db, doc_id).title == NEW_TITLE, timeout=60_000)
    after = stored(seeded_db, doc_id)
    assert after.fact(fact_id).get("investor") == investor  # nothing of the refused row
    assert after.fact(changed_since.id).status == "confirmed"  # the database value is kept


def test_undo_is_refused_when_someone_changed_the_fact_after_the_apply(qtbot, window, seeded_db: Database,
                                                                       tmp_path: Path) -> None:
    win = window
    doc_id, fact_id, _investor = project_fact(seeded_db)
    book = edit(export_all(seeded_db, tmp_path / "book.xlsx"), [("Projects", fact_id, "Investor", NEW_INVESTOR)])
    assert win.queue.select_document(doc_id)
    qtbot.waitUntil(lambda: win.controller.document is not None and win.controller.document.id == doc_id)
    dialog = open_report(qtbot, win, book)
    QTest.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not win.runner.busy and win.controller.document.fact(fact_id).get("investor")
                    == NEW_INVESTOR, timeout=60_000)
    with seeded_db.session() as s:  # a colleague corrects it again meanwhile
        review.edit_fact(s, fact_id, {"investor": "Baotou Steel"}, "colleague")
        s.commit()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    win.focus_form()
    press(win, Qt.Key.Key_Z, CTRL)
    assert stored(seeded_db, doc_id).fact(fact_id).get("investor") == "Baotou Steel"  # not overwritten
    assert "changed after the workbook was applied" in win.save_label.text()


def test_a_file_that_is_no_workbook_is_one_line_in_the_status_bar(qtbot, window, tmp_path: Path) -> None:
    fake = tmp_path / "facts.xlsx"
    fake.write_text("Fact ID,Version\n1,1\n", encoding="utf-8")  # a CSV renamed .xlsx
    assert window.apply_corrections.start(fake)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)
    assert window.apply_corrections.dialog is None
    message = window.statusBar().currentMessage()
    assert "facts.xlsx" in message and "\n" not in message
