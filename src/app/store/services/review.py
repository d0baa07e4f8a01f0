"""Reviewing one document: loading it with its facts as plain values, the analyst's changes (each one
audited through the fact and document services), and the workflow — approve (only when every remaining
fact validates), flag with a note, reject, reopen.

The review window holds the plain `DocumentView`/`FactView` values (app.domain.views), never ORM objects."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.consistency import blocking_problems
from app.domain.schema import DocStatus, FactDraft, FactStatus
from app.domain.views import ApprovalResult, DocumentView, FactView
from app.store.models import AuditEvent, Document, Fact
from app.store.services import audit, documents, facts, places

DOCUMENT_EDITABLE = ("title", "published", "region")
WITHDRAW = "withdraw_fact"
"""Audit action of undoing an added fact: the fact stays in the database, rejected, and the review
window no longer lists it (until the addition is redone)."""


def fact_view(fact: Fact) -> FactView:
    doc = fact.document
    return FactView(**facts.plain_values(fact), version=fact.version, override_reason=fact.override_reason,
                    published=doc.published, document_region=doc.region)


def document_view(doc: Document, fact_rows: list[Fact]) -> DocumentView:
    return DocumentView(
        id=doc.id,
        title=doc.title,
        published=doc.published,
        language=doc.language,
        region=doc.region,
        outlet=doc.outlet,
        source=doc.source,
        status=doc.status,
        note=doc.note,
        display_text=doc.display_text,
        raw_text=doc.raw_text,
        version=doc.version,
        facts=tuple(fact_view(f) for f in fact_rows),
        analyst_fields=documents.analyst_set(doc),
        suggested_region=documents.suggested_region(doc),
    )


def load(session: Session, document_id: int) -> DocumentView:
    """The document with its facts, rejected ones included, withdrawn additions left out."""
    doc = documents.get(session, document_id)
    rows = facts.facts_of(session, document_id)
    if any(f.status == FactStatus.REJECTED.value for f in rows):
        hidden = withdrawn(session, document_id)
        rows = [f for f in rows if f.id not in hidden]
    return document_view(doc, rows)


def withdrawn(session: Session, document_id: int) -> set[int]:
    """Facts whose addition was undone: rejected, and the last thing that happened to them was that."""
    last: dict[int, str] = {}
    for fact_id, action in session.execute(
        select(AuditEvent.fact_id, AuditEvent.action)
        .where(AuditEvent.document_id == document_id, AuditEvent.fact_id.is_not(None))
        .order_by(AuditEvent.id)
    ):
        if fact_id is not None:
            last[fact_id] = action
    return {fact_id for fact_id, action in last.items() if action == WITHDRAW}


def withdraw_fact(session: Session, fact_id: int, user: str) -> FactView:
    """Undo of adding a fact: it becomes rejected (nothing is deleted) and is audited as withdrawn."""
    fact = facts.get_fact(session, fact_id)
    documents.ensure_open(session, fact.document_id)
    old = fact.status
    fact.status = FactStatus.REJECTED.value
    fact.reviewer = user
    fact.reviewed_at = datetime.now(UTC)
    audit.record(session, user, WITHDRAW, document_id=fact.document_id, fact_id=fact.id, field="status", old=old,
                 new=fact.status)
    documents.refresh_stats(fact.document)
    session.flush()
    return fact_view(fact)


def begin_review(session: Session, document_id: int, user: str) -> None:
    """The first change to a new document puts it in review."""
    doc = documents.get(session, document_id)
    if doc.status == DocStatus.NEW.value:
        documents.set_status(session, document_id, DocStatus.IN_REVIEW, user)


def edit_fact(
    session: Session, fact_id: int, changes: Mapping[str, Any], user: str, *, expected_version: int | None = None
) -> FactView:
    fact = facts.get_fact(session, fact_id)
    begin_review(session, fact.document_id, user)
    return fact_view(facts.update(session, fact_id, changes, user, expected_version=expected_version))


def set_fact_status(
    session: Session, fact_id: int, status: FactStatus, user: str, *, expected_version: int | None = None
) -> FactView:
    fact = facts.get_fact(session, fact_id)
    begin_review(session, fact.document_id, user)
    return fact_view(facts.set_status(session, fact_id, status, user, expected_version=expected_version))


def confirm_fact(session: Session, fact_id: int, user: str, *, expected_version: int | None = None) -> FactView:
    return set_fact_status(session, fact_id, FactStatus.CONFIRMED, user, expected_version=expected_version)


def reject_fact(session: Session, fact_id: int, user: str, *, expected_version: int | None = None) -> FactView:
    return set_fact_status(session, fact_id, FactStatus.REJECTED, user, expected_version=expected_version)


def add_fact(session: Session, document_id: int, draft: FactDraft, user: str) -> FactView:
    begin_review(session, document_id, user)
    return fact_view(facts.add(session, document_id, draft, user))


def edit_document(
    session: Session, document_id: int, changes: Mapping[str, Any], user: str, *, expected_version: int | None = None
) -> DocumentView:
    """Change the document's own metadata (title, published date, region); each change audited.
    Refused when the analyst's copy is stale (ConflictError with their values) or the document is
    approved or rejected (LockedError)."""
    doc = documents.get(session, document_id)
    documents.check_version(doc, expected_version, session, changes)
    documents.ensure_open(session, document_id)
    for name, new in changes.items():
        if name not in DOCUMENT_EDITABLE:
            raise ValueError(f"a document's {name} cannot be edited")
        old = getattr(doc, name)
        if old == new or (old in (None, "") and new in (None, "")):
            continue
        setattr(doc, name, new)
        documents.mark_analyst_set(doc, name, new)
        audit.record(session, user, "edit_document", document_id=doc.id, field=name, old=_plain(old), new=_plain(new))
        if name in ("published", "region"):
            places.refresh_document(doc)  # periods resolve once the published date is known
    session.flush()
    return load(session, document_id)


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def remaining_problems(session: Session, document_id: int) -> dict[int, dict[str, str]]:
    """Problems of every fact that is not rejected, by fact id (only facts that have problems):
    validation problems, consistency problems the analyst has not overridden with a reason, and a
    relative period in a document without a published date (`app.domain.periods.document_problems`)."""
    out: dict[int, dict[str, str]] = {}
    published = documents.get(session, document_id).published
    for f in facts.facts_of(session, document_id, include_rejected=False):
        found = {**facts.problems(f), **places.period_problems(f, published)}
        if found:
            out[f.id] = found
    return out


def override_checks(
    session: Session, fact_id: int, reason: str | None, user: str, *, expected_version: int | None = None
) -> FactView:
    """Keep a fact despite its consistency problems, for the written `reason` (stored with the fact,
    audited, exported in the `Override reason` column); an empty reason withdraws the override.
    Validation problems (a missing indicator) cannot be overridden. Refused while the document is
    approved or rejected (LockedError) or when the analyst's copy is stale (ConflictError)."""
    fact = facts.get_fact(session, fact_id)
    documents.check_version(fact, expected_version, session, ("override_reason",))
    documents.ensure_open(session, fact.document_id)
    new = " ".join(reason.split()) if reason and reason.strip() else None
    if new != fact.override_reason:
        begin_review(session, fact.document_id, user)
        audit.record(session, user, "override", document_id=fact.document_id, fact_id=fact.id,
                     field="override_reason", old=fact.override_reason, new=new)
        fact.override_reason = new
        session.flush()
    return fact_view(fact)


def approve(session: Session, document_id: int, user: str, *, expected_version: int | None = None) -> ApprovalResult:
    """Approve when every remaining fact validates; otherwise change nothing and say what is wrong.
    The document row is locked first (PostgreSQL), so no fact edit can slip in between the validation
    and the approval: both happen in the caller's one transaction."""
    doc = documents.get(session, document_id)
    documents.check_version(doc, expected_version, session, ("status",))
    if doc.status == DocStatus.APPROVED.value:
        return ApprovalResult(True, {})
    documents.ensure_open(session, document_id)
    found = remaining_problems(session, document_id)
    if found:
        return ApprovalResult(False, found)
    documents.set_status(session, document_id, DocStatus.APPROVED, user)
    return ApprovalResult(True, {})


def flag(session: Session, document_id: int, note: str, user: str, *, expected_version: int | None = None) -> None:
    documents.set_status(session, document_id, DocStatus.FLAGGED, user, note=note, expected_version=expected_version)


def mark_ready(session: Session, document_id: int, user: str, *, expected_version: int | None = None) -> None:
    """The analyst's work is done: the document waits for a reviewer (two-step review). Open documents
    only; in two-step mode PostgreSQL lets only a reviewer take it from there to approved."""
    documents.ensure_open(session, document_id)
    documents.set_status(session, document_id, DocStatus.READY, user, expected_version=expected_version)


def reject_document(session: Session, document_id: int, user: str, *, expected_version: int | None = None) -> None:
    documents.set_status(session, document_id, DocStatus.REJECTED, user, expected_version=expected_version)


def reopen(session: Session, document_id: int, user: str, *, expected_version: int | None = None) -> None:
    documents.set_status(session, document_id, DocStatus.IN_REVIEW, user, expected_version=expected_version)


def restore_status(
    session: Session, document_id: int, status: str, note: str | None, user: str, *,
    expected_version: int | None = None,
) -> None:
    """Undo of a workflow step: the status and note the document had before, whatever the workflow
    would allow as a step of its own (an approval made from `new` goes back to `new`). Audited as a
    status change (and a note change) like any other."""
    doc = documents.get(session, document_id)
    documents.check_version(doc, expected_version, session, ("status", "note"))
    if note != doc.note:
        audit.record(session, user, "note", document_id=doc.id, field="note", old=doc.note, new=note)
        doc.note = note
    if status != doc.status:
        audit.record(session, user, "status", document_id=doc.id, field="status", old=doc.status,
                     new=DocStatus(status).value)
        doc.status = status
    session.flush()


def approved_with_problems(session: Session) -> dict[int, dict[int, dict[str, str]]]:
    """Approved documents with a fact (not rejected) that has a problem blocking approval (validation,
    or a consistency problem not overridden) — which the services never let happen, but a database
    changed by other means or written before the checks may hold: {document id: {fact id: problems}}."""
    out: dict[int, dict[int, dict[str, str]]] = {}
    rows = session.execute(
        select(Fact.id, Fact.document_id, Fact.kind, Fact.fields, Fact.value, Fact.unit, Fact.value_text,
               Fact.override_reason, Document.published, Document.region)
        .join(Document, Document.id == Fact.document_id)
        .where(Document.status == DocStatus.APPROVED.value, Fact.status != FactStatus.REJECTED.value)
        .order_by(Fact.document_id, Fact.id)
        .execution_options(yield_per=5000)
    )
    for r in rows:
        found = blocking_problems(r.kind, r.fields or {}, r.value, r.unit, r.value_text,
                                  override_reason=r.override_reason, published=r.published, region=r.region)
        if found:
            out.setdefault(r.document_id, {})[r.id] = found
    return out
