"""`factdesk export` never writes an approved document whose facts fail validation: a database
changed behind the services' back (here directly through SQL) is refused with one line naming it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import update
from store_samples import add_sample

from app.store import Database
from app.store.models import Document, Fact


def test_export_refuses_an_approved_document_with_an_invalid_fact(tmp_path: Path, cli) -> None:  # noqa: ANN001
    url = f"sqlite:///{tmp_path / 'broken.sqlite3'}"
    db = Database.open(url)
    doc_id = add_sample(db)
    with db.session() as s:  # bypassing the services: approve with a fact that has no indicator
        first = s.query(Fact).filter(Fact.document_id == doc_id).order_by(Fact.id).first()
        assert first is not None
        fact_id = first.id
        s.execute(update(Fact).where(Fact.id == fact_id).values(fields={"subject": "Baotou"}))
        s.execute(update(Document).where(Document.id == doc_id).values(status="approved"))
        s.commit()
    db.dispose()
    out = tmp_path / "out.xlsx"
    done = cli("export", str(out), "--db", url)
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert lines[-1].endswith(
        f"document {doc_id} is approved but fact {fact_id} fails validation (indicator is required); "
        "reopen it for review and fix it before exporting"), done.stderr
    assert not out.exists()
