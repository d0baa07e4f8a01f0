"""Approval is a state the store enforces, and every write path checks the version the analyst saw
(SQLite always, PostgreSQL when a server is configured)."""

from __future__ import annotations

from datetime import date

import pytest
from store_samples import add_sample, drafts

from app.domain.errors import LockedError as DomainLockedError
from app.domain.schema import FactDraft, FactStatus, Kind, Span
from app.store import ConflictError, Database, LockedError
from app.store.services import audit, documents, facts, review
from app.workflows.extracting import reextract


def approved_sample(db: Database) -> int:
    doc_id = add_sample(db)
    with db.session() as s:
        assert review.approve(s, doc_id, "ana").approved
        s.commit()
    return doc_id


def test_locked_error_is_a_conflict_from_the_domain() -> None:
    assert LockedError is DomainLockedError and issubclass(LockedError, ConflictError)


@pytest.mark.parametrize("status", ["approved", "rejected"])
def test_every_change_to_a_closed_document_is_refused(db: Database, status: str) -> None:
    doc_id = add_sample(db)
    with db.session() as s:
        if status == "approved":
            assert review.approve(s, doc_id, "ana").approved
        else:
            review.reject_document(s, doc_id, "ana")
        s.commit()
    with db.session() as s:
        fact_ids = [f.id for f in facts.facts_of(s, doc_id)]
        before = review.load(s, doc_id)
        n_events = len(audit.events(s, document_id=doc_id))
    attempts = {
        "edit fact": lambda s: review.edit_fact(s, fact_ids[0], {"value": 1}, "bob"),
        "fact status": lambda s: review.set_fact_status(s, fact_ids[0], FactStatus.REJECTED, "bob"),
        "confirm": lambda s: facts.confirm(s, fact_ids[1], "bob"),
        "add": lambda s: review.add_fact(
            s, doc_id, FactDraft(Kind.PERSON, {"name": "Li"}, None, None, [Span(0, 6)], 1.0, "analyst"), "bob"),
        "withdraw": lambda s: review.withdraw_fact(s, fact_ids[2], "bob"),
        "edit document": lambda s: review.edit_document(s, doc_id, {"title": "Other"}, "bob"),
        "re-extract": lambda s: facts.replace_suggestions(s, doc_id, drafts(), "bob"),
        "flag": lambda s: review.flag(s, doc_id, "look", "bob"),
    }
    for name, attempt in attempts.items():
        with db.session() as s:
            with pytest.raises(ConflictError) as caught:
                attempt(s)
            s.rollback()
        if name != "flag":  # flagging is refused by the workflow (approved -> flagged is no step)
            assert isinstance(caught.value, LockedError), name
            assert str(caught.value) == f"document {doc_id} is {status}; reopen it for review first"
    with db.session() as s:
        assert review.load(s, doc_id) == before
        assert len(audit.events(s, document_id=doc_id)) == n_events


def test_reopen_is_audited_and_unlocks(db: Database) -> None:
    doc_id = approved_sample(db)
    with db.session() as s:
        version = documents.get(s, doc_id).version
        review.reopen(s, doc_id, "bob", expected_version=version)
        fact_id = facts.facts_of(s, doc_id)[0].id
        review.edit_fact(s, fact_id, {"value": 456}, "bob")
        s.commit()
        last_status = [e for e in audit.events(s, document_id=doc_id) if e.action == "status"][-1]
        assert (last_status.user, last_status.old_value, last_status.new_value) == ("bob", "approved", "in_review")


def test_undo_of_an_approval_goes_through_restore_status(db: Database) -> None:
    doc_id = approved_sample(db)
    with db.session() as s:
        review.restore_status(s, doc_id, "new", None, "ana", expected_version=documents.get(s, doc_id).version)
        s.commit()
        assert documents.get(s, doc_id).status == "new"


def test_approval_revalidates_every_remaining_fact(db: Database) -> None:
    doc_id = add_sample(db)
    with db.session() as s:
        fact_id = facts.facts_of(s, doc_id)[0].id
        review.edit_fact(s, fact_id, {"indicator": ""}, "ana")
        s.commit()
    with db.session() as s:
        verdict = review.approve(s, doc_id, "ana")
        s.commit()
        assert not verdict.approved and verdict.problems == {fact_id: {"indicator": "indicator is required"}}
        assert documents.get(s, doc_id).status == "in_review"


def test_reextract_skips_closed_documents_and_says_so(db: Database) -> None:
    doc_id = approved_sample(db)
    open_id = add_sample_other(db)
    skipped: list[int] = []
    lines: list[str] = []
    reextract(db, [doc_id, open_id], "ana", skipped=skipped, progress=lambda _i, _n, text: lines.append(text))
    assert skipped == [doc_id]
    assert "skipped 1 approved or rejected documents" in lines[-1]
    with db.session() as s:
        assert documents.get(s, doc_id).status == "approved"


def add_sample_other(db: Database) -> int:
    return add_sample(db, "Hohhot signed 12 projects worth 5 billion yuan.", with_facts=False)


# --- optimistic locking ------------------------------------------------------------------------------

def test_stale_document_edit_from_a_second_connection_is_refused(db_url: str) -> None:
    first = Database.open(db_url)
    second = Database.open(db_url)  # another engine: its own connections, as a second process has
    try:
        doc_id = add_sample(first)
        with first.session() as s:
            seen = documents.get(s, doc_id).version
        with second.session() as s:
            review.edit_document(s, doc_id, {"title": "Theirs"}, "bob", expected_version=seen)
            s.commit()
        with first.session() as s:
            with pytest.raises(ConflictError) as caught:
                review.edit_document(s, doc_id, {"title": "Mine", "published": date(2022, 1, 1)}, "ana",
                                     expected_version=seen)
            s.rollback()
        err = caught.value
        assert not isinstance(err, LockedError)
        assert (err.entity, err.entity_id, err.changed_by) == ("document", doc_id, "bob")
        assert err.theirs == {"title": "Theirs", "published": date(2021, 7, 24)}
        assert err.changed_at is not None
        with first.session() as s:
            assert documents.get(s, doc_id).title == "Theirs"
    finally:
        first.dispose()
        second.dispose()


def test_stale_status_and_note_writes_are_refused(db: Database) -> None:
    doc_id = add_sample(db)
    with db.session() as s:
        seen = documents.get(s, doc_id).version
        review.flag(s, doc_id, "check the amount", "bob", expected_version=seen)
        s.commit()
    for attempt in (
        lambda s: review.approve(s, doc_id, "ana", expected_version=seen),
        lambda s: review.reject_document(s, doc_id, "ana", expected_version=seen),
        lambda s: review.flag(s, doc_id, "mine", "ana", expected_version=seen),
        lambda s: review.reopen(s, doc_id, "ana", expected_version=seen),
        lambda s: review.restore_status(s, doc_id, "new", None, "ana", expected_version=seen),
    ):
        with db.session() as s:
            with pytest.raises(ConflictError) as caught:
                attempt(s)
            s.rollback()
        assert caught.value.theirs["status"] == "flagged" and caught.value.changed_by == "bob"
    with db.session() as s:
        doc = documents.get(s, doc_id)
        assert (doc.status, doc.note) == ("flagged", "check the amount")


def test_stale_fact_edit_names_their_value_and_user(db: Database) -> None:
    doc_id = add_sample(db)
    with db.session() as s:
        fact = facts.facts_of(s, doc_id)[0]
        fact_id, seen = fact.id, fact.version
        review.edit_fact(s, fact_id, {"indicator": "theirs"}, "bob", expected_version=seen)
        s.commit()
    with db.session() as s:
        with pytest.raises(ConflictError) as caught:
            review.edit_fact(s, fact_id, {"indicator": "mine"}, "ana", expected_version=seen)
        s.rollback()
    err = caught.value
    assert (err.entity, err.entity_id, err.theirs, err.changed_by) == ("fact", fact_id, {"indicator": "theirs"}, "bob")
    assert err.changed_at is not None
