"""Facts: the analyst's edits, confirmations and rejections, each one audited; re-extraction that
replaces only what no analyst has touched."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.consistency import blocking_problems
from app.domain.schema import FactDraft, FactStatus
from app.store.errors import NotFoundError
from app.store.models import Fact
from app.store.services import audit, knowledge, places
from app.store.services.documents import check_version, ensure_open, fact_from_draft, get, refresh_stats

EDITABLE_COLUMNS = ("value", "unit", "value_text", "kind", "evidence", "confidence", "comment")
NOT_CONTENT = ("comment",)
"""Columns whose change is not a correction of what the extractor suggested: a suggested fact stays
suggested (and uncorrected in the workbook) when only its comment changes."""


def spans(evidence: Any) -> tuple[tuple[int, int], ...]:
    """The stored evidence (JSON `[[start, end], …]`) as integer pairs; an entry that is not a pair is
    left out rather than breaking the reader."""
    out: list[tuple[int, int]] = []
    for item in evidence or ():
        try:
            start, end = int(item[0]), int(item[1])
        except (TypeError, ValueError, IndexError, KeyError):
            continue
        out.append((start, end))
    return tuple(out)


def plain_values(fact: Any) -> dict[str, Any]:
    """The columns every plain copy of a fact carries (the window's FactView, the workbook's
    FactRecord), from a Fact or a result row with the same names."""
    return {
        "id": fact.id, "document_id": fact.document_id, "kind": fact.kind, "fields": dict(fact.fields or {}),
        "value": fact.value, "unit": fact.unit, "value_text": fact.value_text, "evidence": spans(fact.evidence),
        "confidence": float(fact.confidence), "origin": fact.origin, "status": fact.status,
        "comment": fact.comment,
    }


def get_fact(session: Session, fact_id: int) -> Fact:
    fact = session.get(Fact, fact_id)
    if fact is None:
        raise NotFoundError(f"no fact with id {fact_id}")
    return fact


def facts_of(session: Session, document_id: int, *, include_rejected: bool = True) -> list[Fact]:
    q = select(Fact).where(Fact.document_id == document_id).order_by(Fact.id)
    if not include_rejected:
        q = q.where(Fact.status != FactStatus.REJECTED.value)
    return list(session.scalars(q))


def update(
    session: Session,
    fact_id: int,
    changes: Mapping[str, Any],
    user: str,
    *,
    expected_version: int | None = None,
) -> Fact:
    """Change a fact's columns (`value`, `unit`, …) or its fields (any other name). Each changed
    name is one audit event. A suggested fact becomes `edited`. Refused (LockedError) while the
    document is approved or rejected."""
    fact = get_fact(session, fact_id)
    check_version(fact, expected_version, session, changes)
    ensure_open(session, fact.document_id)
    fields = dict(fact.fields or {})
    before = dict(fields)
    changed = content = False
    for name, new in changes.items():
        if name in EDITABLE_COLUMNS:
            old = getattr(fact, name)
            if old == new:
                continue
            setattr(fact, name, new)
        else:
            old = fields.get(name)
            if old == new or (old in (None, "") and new in (None, "")):
                continue
            fields[name] = new
        changed = True
        content = content or name not in NOT_CONTENT
        audit.record(
            session, user, "edit", document_id=fact.document_id, fact_id=fact.id, field=name, old=old, new=new
        )
    if not changed:
        return fact
    fact.fields = fields
    if any(name in places.DERIVED_FROM for name in changes):
        places.refresh_fact(fact, fact.document.published, fact.document.region_code, changed=changes)
    if fact.status == FactStatus.SUGGESTED.value and content:
        _set_status(session, fact, FactStatus.EDITED, user)
    knowledge.learn_from_fact(session, fact, user, before)
    refresh_stats(fact.document)
    session.flush()
    return fact


def _set_status(session: Session, fact: Fact, status: FactStatus, user: str) -> None:
    old = fact.status
    if old == status.value:
        return
    fact.status = status.value
    fact.reviewer = user
    fact.reviewed_at = datetime.now(UTC)
    audit.record(
        session, user, "fact_status", document_id=fact.document_id, fact_id=fact.id, field="status",
        old=old, new=status.value,
    )


def set_status(
    session: Session, fact_id: int, status: FactStatus, user: str, *, expected_version: int | None = None
) -> Fact:
    fact = get_fact(session, fact_id)
    check_version(fact, expected_version, session, ("status",))
    ensure_open(session, fact.document_id)
    _set_status(session, fact, status, user)
    if status == FactStatus.CONFIRMED:
        knowledge.learn_from_fact(session, fact, user)
    refresh_stats(fact.document)
    session.flush()
    return fact


def confirm(session: Session, fact_id: int, user: str, *, expected_version: int | None = None) -> Fact:
    return set_status(session, fact_id, FactStatus.CONFIRMED, user, expected_version=expected_version)


def reject(session: Session, fact_id: int, user: str, *, expected_version: int | None = None) -> Fact:
    return set_status(session, fact_id, FactStatus.REJECTED, user, expected_version=expected_version)


def add(session: Session, document_id: int, draft: FactDraft, user: str) -> Fact:
    """A fact the analyst adds: stored as `edited` (it is theirs), audited with its content."""
    ensure_open(session, document_id)
    doc = get(session, document_id)
    fact = fact_from_draft(draft, FactStatus.EDITED, doc)
    fact.reviewer = user
    fact.reviewed_at = datetime.now(UTC)
    doc.facts.append(fact)
    session.flush()
    audit.record(
        session, user, "add_fact", document_id=document_id, fact_id=fact.id,
        new={"kind": fact.kind, "fields": fact.fields, "value": fact.value, "unit": fact.unit,
             "evidence": fact.evidence},
    )
    knowledge.learn_from_fact(session, fact, user)
    refresh_stats(doc)
    session.flush()
    return fact


def replace_suggestions(session: Session, document_id: int, drafts: Iterable[FactDraft], user: str) -> int:
    """Re-extraction: suggested facts are replaced by the new ones; confirmed, edited and rejected
    facts stay, and a new suggestion that repeats one of them (same unit and value at the same
    evidence, whatever its kind: the analyst's decision on that amount stands, also when what was
    learned since would make it a project) is not added again. Returns how many suggestions were
    added. Refused (LockedError) for an approved or rejected document: the caller skips those."""
    ensure_open(session, document_id)
    doc = get(session, document_id)
    kept = [f for f in doc.facts if f.status != FactStatus.SUGGESTED.value]
    dropped = [f for f in doc.facts if f.status == FactStatus.SUGGESTED.value]
    taken = {(f.unit, f.value, tuple(map(tuple, f.evidence or []))) for f in kept}
    for f in dropped:
        doc.facts.remove(f)
    added = 0
    for d in drafts:
        key = (d.unit, d.value, tuple((s.start, s.end) for s in d.evidence))
        if key in taken:
            continue
        doc.facts.append(fact_from_draft(d, doc=doc))
        added += 1
    audit.record(
        session, user, "reextract", document_id=document_id, old=len(dropped), new=added,
    )
    refresh_stats(doc)
    session.flush()
    return added


def problems(fact: Fact) -> dict[str, str]:
    """What keeps the fact from being approved (app.domain.consistency.blocking_problems), judged
    against its document's published date and region."""
    doc = fact.document
    return blocking_problems(fact.kind, fact.fields or {}, fact.value, fact.unit, fact.value_text,
                             override_reason=fact.override_reason, published=doc.published, region=doc.region)
