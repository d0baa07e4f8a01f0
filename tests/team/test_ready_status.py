"""The "ready for review" status on a SQLite file (one analyst, no team features in the way): marked
through the workspace (undoable in the window as a workflow step), filtered in the queue, counted,
exported as "ready for review" and set back from a workbook's Status cell; a ready document still
approves in one step."""

from __future__ import annotations

from pathlib import Path

from apply_helpers import apply, cell, edit, export_all
from store_samples import add_sample

from app.domain.queue import QueueFilter
from app.review import open_workspace
from app.store import Database


def test_ready_for_review_on_sqlite(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'one.sqlite3'}"
    db = Database.open(url)
    first = add_sample(db)
    second = add_sample(db, text="Ordos signed 32 projects worth 208.826 billion yuan. Li Ming, the mayor, said so.")
    ws = open_workspace(url, "anna")
    try:
        done = ws.mark_ready(first)
        assert done.document is not None and done.document.status == "ready_for_review"
        assert ws.queue_ids(QueueFilter(statuses=("ready_for_review",))) == [first]
        assert ws.status_counts()["ready_for_review"] == 1
        assert ws.next_unreviewed_claimed() == second  # the analyst's hand-out skips work that is done

        book = export_all(db, tmp_path / "all.xlsx")
        assert cell(book, "Documents", first, "Status") == "ready for review"
        edit(book, [("Documents", second, "Status", "ready for review")])
        report = apply(db, book)
        assert not report.refused and not report.conflicts, report.text_lines()
        assert ws.document(second).status == "ready_for_review"

        assert ws.approve(first).result.approved  # one-step review: the analyst approves
        assert ws.document(first).status == "approved"
    finally:
        ws.close()
        db.dispose()
