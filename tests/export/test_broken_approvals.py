"""`factdesk export` never writes an approved document whose facts fail validation: a database changed
behind the services' back (or written before the approval rule) is refused with one line naming the
document, and nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from store_samples import TEXT, add_sample

from app.domain.records import ExportFilter
from app.export import ExportError
from app.store import Database
from app.store.services import facts, review
from app.workflows.exporting import export_workbook


def approved_then_broken(db: Database) -> tuple[int, int, int]:
    """Two approved documents; then, bypassing every service, one fact of the first loses its
    indicator and one of the second gets a value that contradicts its value-as-written."""
    first = add_sample(db)
    second = add_sample(db, TEXT + " Again.")
    with db.session() as s:
        assert review.approve(s, first, "ana").approved and review.approve(s, second, "ana").approved
        broken = facts.facts_of(s, first)[0].id
        contradicted = facts.facts_of(s, second)[1].id
        s.commit()
    with db.session() as s:
        s.execute(text("UPDATE facts SET fields = :f WHERE id = :id"), {"f": '{"subject": "Baotou"}', "id": broken})
        s.execute(text("UPDATE facts SET value = 58.7, value_text = '58.7亿美元' WHERE id = :id"), {"id": contradicted})
        s.commit()
    return first, second, broken


def test_export_refuses_an_approved_document_whose_facts_fail_validation(db: Database, tmp_path: Path) -> None:
    first, second, broken = approved_then_broken(db)
    target = tmp_path / "out.xlsx"
    with pytest.raises(ExportError) as caught:
        export_workbook(db, target, ExportFilter(), "ana", language="en")
    message = str(caught.value)
    assert message == (f"document {first} is approved but fact {broken} fails validation (indicator is required) "
                       "(and 1 more documents); reopen it for review and fix it before exporting")
    assert not target.exists() and not list(tmp_path.glob("*.xlsx*"))


def test_export_writes_once_the_documents_are_reopened(db: Database, tmp_path: Path) -> None:
    first, second, _ = approved_then_broken(db)
    with db.session() as s:
        review.reopen(s, first, "ana")
        s.commit()
    with pytest.raises(ExportError, match=f"^document {second} is approved but fact .* fails validation "
                       r"\(.*is not the magnitude written \(58.7亿美元 = 5870000000\)\); reopen it"):
        export_workbook(db, tmp_path / "one.xlsx", ExportFilter(), "ana", language="en")
    with db.session() as s:
        review.reopen(s, second, "ana")
        s.commit()
    result = export_workbook(db, tmp_path / "none.xlsx", ExportFilter(), "ana", language="en")
    assert result.empty and result.path.exists()  # nothing approved is left; the workbook says so


def test_factdesk_export_as_a_process_refuses_with_one_line(sqlite_url: str, tmp_path: Path, cli) -> None:  # noqa: ANN001
    db = Database.open(sqlite_url)
    try:
        first, _, _ = approved_then_broken(db)
    finally:
        db.dispose()
    target = tmp_path / "cli.xlsx"
    done = cli("export", str(target), "--db", sqlite_url)
    assert done.returncode != 0
    assert done.stderr.strip().count("\n") == 0 and f"document {first} is approved but fact" in done.stderr
    assert not target.exists()
