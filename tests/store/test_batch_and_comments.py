"""The services behind batch decisions and comments, on SQLite and PostgreSQL: several documents
decided at once, each on its own savepoint (one that fails is left as it was, with the reason); undo
puts each back; comments on facts and documents are audited, searched by the queue, and a comment alone
leaves a suggested fact suggested."""

from __future__ import annotations

import pytest
from store_samples import TEXT, add_sample, drafts, new_doc

from app.domain.queue import QueueFilter
from app.domain.schema import FactDraft, Kind, Span
from app.store import Database
from app.store.services import audit, batch, documents, queue, review

pytestmark = pytest.mark.postgres


def _doc_without_indicator(db: Database) -> int:
    text = TEXT + " (second copy)"
    bad = FactDraft(Kind.INDICATOR, {"subject": "Baotou"}, 12, "count", [Span(0, 6)], 0.5, "rules")
    with db.session() as s:
        doc = documents.add(s, new_doc(text), "tester", [*drafts(), bad])
        s.commit()
        return doc.id


def _status(db: Database, document_id: int) -> tuple[str, str | None]:
    with db.session() as s:
        doc = review.load(s, document_id)
        return doc.status, doc.note


def test_a_batch_approves_the_valid_documents_and_lists_the_others(db: Database) -> None:
    good, bad = add_sample(db), _doc_without_indicator(db)
    with db.session() as s:
        outcome = batch.decide(s, [good, bad, good], "approved", "lead")
        s.commit()
    assert outcome.done == {good: ("new", None)}
    assert list(outcome.failed) == [bad] and "indicator" in outcome.failed[bad] and "not valid" in outcome.failed[bad]
    assert _status(db, good)[0] == "approved" and _status(db, bad) == ("new", None)
    with db.session() as s:
        events = [(e.document_id, e.new_value) for e in audit.events(s) if e.field == "status"]
        assert (good, "approved") in events and all(d != bad for d, _v in events)
        batch.restore(s, outcome.done, "lead")  # undo
        s.commit()
    assert _status(db, good) == ("new", None)


def test_a_batch_flags_with_one_note_and_refuses_what_the_workflow_does_not_allow(db: Database) -> None:
    first, second = add_sample(db), _doc_without_indicator(db)
    with db.session() as s:
        review.reject_document(s, second, "lead")
        s.commit()
    with db.session() as s:
        outcome = batch.decide(s, [first, second], "flagged", "lead", note="check the sums 核对")
        s.commit()
    assert _status(db, first) == ("flagged", "check the sums 核对")
    assert outcome.failed and second in outcome.failed and _status(db, second)[0] == "rejected"
    with db.session() as s:
        again = batch.decide(s, [first], "flagged", "lead", note="check the sums 核对")
    assert again.unchanged == (first,) and not again.done
    with pytest.raises(ValueError), db.session() as s:
        batch.decide(s, [first], "deleted", "lead")


def test_comments_are_audited_searched_and_not_a_correction(db: Database) -> None:
    doc_id = add_sample(db)
    other = _doc_without_indicator(db)
    with db.session() as s:
        fact = review.load(s, doc_id).facts[0]
        review.edit_fact(s, fact.id, {"comment": "数字待核 check"}, "ana")
        review.edit_document(s, other, {"comment": "Ask the desk"}, "ana")
        s.commit()
    with db.session() as s:
        view = review.load(s, doc_id)
        assert view.fact(fact.id).comment == "数字待核 check"  # type: ignore[union-attr]
        assert view.fact(fact.id).status == "suggested"  # type: ignore[union-attr]
        assert review.load(s, other).comment == "Ask the desk" and review.load(s, other).note is None
        assert "comment" not in review.load(s, other).analyst_fields
        events = [(e.fact_id, e.field, e.new_value, e.user) for e in audit.events(s, document_id=doc_id)]
        assert (fact.id, "comment", "数字待核 check", "ana") in events
        assert queue.ids(s, QueueFilter(search="数字待核")) == [doc_id]  # two characters: LIKE
        assert queue.ids(s, QueueFilter(search="CHECK")) == [doc_id]  # FTS on SQLite, case-insensitive
        assert queue.ids(s, QueueFilter(search="ask the desk")) == [other]
