"""The operations the window runs (app.review.Workspace), on SQLite and PostgreSQL: each commits one
unit of work and answers what changed, with the document as stored afterwards; a stale write is
refused with what the other change was, and "keep mine" goes over it with an audit entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.errors import ConflictError
from app.domain.queue import QueueFilter
from app.domain.schema import FactDraft, Kind, Span
from app.review import Change, Workspace
from app.store import Database
from app.store.services import audit, review

SEEDS = Path(__file__).resolve().parents[2] / "src" / "app" / "seeds"


@pytest.fixture
def ws(db: Database) -> Workspace:
    workspace = Workspace(db, "analyst")
    imported = workspace.import_paths(sorted(SEEDS.glob("000_*.txt")))
    assert Change.QUEUE in imported and imported.result.imported
    return workspace


def first_doc(ws: Workspace) -> int:
    found = ws.first_document()
    assert found is not None
    return found


def test_edits_answer_a_change_set_with_the_stored_document(ws: Workspace, db: Database) -> None:
    doc = ws.document(first_doc(ws))
    fact = next(f for f in doc.facts if f.kind != "person")
    done = ws.edit_fact(fact.id, {"value": 1234.0}, expected_version=fact.version)
    assert Change.FACT in done and Change.FACTS not in done and done.fact_ids == (fact.id,)
    assert done.document is not None and done.document.fact(fact.id).value == 1234.0  # type: ignore[union-attr]
    assert done.document.status == "in_review" and done.document_ids == (doc.id,)
    with db.session() as s:
        assert review.load(s, doc.id).fact(fact.id).value == 1234.0  # type: ignore[union-attr]

    other = "target" if fact.kind != "target" else "indicator"
    assert Change.FACTS in ws.edit_fact(fact.id, {"kind": other}, expected_version=fact.version + 1)

    added = ws.add_fact(doc.id, FactDraft(kind=Kind.PERSON, fields={"name": "Li Wei"}, value=None, unit=None,
                                          confidence=1.0, evidence=[Span(0, 5)], origin="analyst"))
    assert Change.FACTS in added and added.document.fact(added.result) is not None  # type: ignore[union-attr]
    withdrawn = ws.withdraw_fact(added.result)
    assert withdrawn.document.fact(added.result) is None  # type: ignore[union-attr]

    renamed = ws.edit_document(doc.id, {"title": "Renamed"}, expected_version=withdrawn.document.version)  # type: ignore[union-attr]
    assert Change.DOCUMENT in renamed and renamed.document.title == "Renamed"  # type: ignore[union-attr]
    assert ws.queue_rows([doc.id])[doc.id].title == "Renamed"
    assert ws.queue_ids(QueueFilter(statuses=("in_review",))) == [doc.id]
    assert ws.status_counts()["in_review"] == 1


def test_a_stale_document_write_says_what_the_other_change_was(ws: Workspace, db: Database) -> None:
    doc = ws.document(first_doc(ws))
    theirs = Workspace(db, "other-analyst")
    theirs.edit_document(doc.id, {"title": "Their title"}, expected_version=doc.version)
    with pytest.raises(ConflictError) as refused:
        ws.edit_document(doc.id, {"title": "My title"}, expected_version=doc.version)
    conflict = refused.value
    assert (conflict.entity, conflict.entity_id, conflict.theirs) == ("document", doc.id, {"title": "Their title"})
    assert conflict.changed_by == "other-analyst" and conflict.changed_at is not None
    assert ws.document(doc.id).title == "Their title", "the stale write changed nothing"

    fresh = ws.document(doc.id)
    kept = ws.edit_document(doc.id, {"title": "My title"}, expected_version=fresh.version, keep_mine=conflict)
    assert kept.document.title == "My title"  # type: ignore[union-attr]
    with db.session() as s:
        events = [(e.user, e.action, e.field, e.new_value) for e in audit.events(s, document_id=doc.id)]
    assert ("analyst", "conflict_keep_mine", "title", "My title") in events


def test_a_stale_fact_write_and_the_workflow(ws: Workspace, db: Database) -> None:
    doc = ws.document(first_doc(ws))
    fact = next(f for f in doc.facts if f.kind != "person")
    Workspace(db, "other-analyst").edit_fact(fact.id, {"value": 1.0}, expected_version=fact.version)
    with pytest.raises(ConflictError) as refused:
        ws.edit_fact(fact.id, {"value": 2.0}, expected_version=fact.version)
    assert refused.value.entity == "fact" and refused.value.theirs == {"value": 1.0}
    assert refused.value.changed_by == "other-analyst"

    for f in ws.document(doc.id).facts:  # make it approvable
        if f.problems():
            ws.set_fact_status(f.id, "rejected")
    now = ws.document(doc.id)
    approved = ws.approve(doc.id, expected_version=now.version)
    assert approved.result.approved and Change.STATUS in approved and approved.document.status == "approved"  # type: ignore[union-attr]
    with pytest.raises(ConflictError):
        ws.reopen(doc.id, expected_version=now.version)  # stale: the approval changed it
    reopened = ws.reopen(doc.id, expected_version=approved.document.version)  # type: ignore[union-attr]
    assert reopened.document.status == "in_review"  # type: ignore[union-attr]
    back = ws.restore_status(doc.id, "approved", None, expected_version=reopened.document.version)  # type: ignore[union-attr]
    assert back.document.status == "approved"  # type: ignore[union-attr]


def test_the_change_set_says_status_only_when_it_changed(ws: Workspace) -> None:
    doc = ws.document(first_doc(ws))
    fact = next(f for f in doc.facts if f.kind != "person")
    first = ws.edit_fact(fact.id, {"value": 5.0}, expected_version=fact.version)
    assert first.changes == {Change.FACT, Change.STATUS}, "the first edit puts the new document in review"
    second = ws.edit_fact(fact.id, {"value": 6.0}, expected_version=fact.version + 1)
    assert second.changes == {Change.FACT}
    flagged = ws.flag(doc.id, "check the date", expected_version=second.document.version)  # type: ignore[union-attr]
    assert flagged.changes == {Change.STATUS} and flagged.document.note == "check the date"  # type: ignore[union-attr]
