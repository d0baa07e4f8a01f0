"""Documents: adding imported articles, listing them, and moving them through the review workflow."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.domain.queue import DocumentRow
from app.domain.schema import DocStatus, FactDraft, FactStatus, Kind
from app.store.errors import ConflictError, LockedError, NotFoundError
from app.store.models import AuditEvent, Document, Fact, utcnow
from app.store.services import audit, places


@dataclass(frozen=True)
class NewDocument:
    """What a reader produced for one file; the store does not care how."""

    content_hash: str
    source: str | None
    raw_text: str
    display_text: str
    offset_map: list[list[int]]
    language: str
    title: str | None = None
    published: date | None = None
    outlet: str | None = None


def find_by_hash(session: Session, content_hash: str) -> Document | None:
    return session.scalar(select(Document).where(Document.content_hash == content_hash))


def get(session: Session, document_id: int) -> Document:
    doc = session.get(Document, document_id)
    if doc is None:
        raise NotFoundError(f"no document with id {document_id}")
    return doc


def add(session: Session, new: NewDocument, user: str, facts: Iterable[FactDraft] = ()) -> Document:
    """Add a document and its suggested facts; flushes so the ids exist. The facts go in as one
    multi-row insert: an import stores thousands of documents and the ORM's per-object work would
    cost more than reading and extracting them."""
    drafts = list(facts)
    count, lowest, region = _stats(
        (d.kind.value, FactStatus.SUGGESTED.value, d.confidence, d.fields) for d in drafts
    )
    doc = Document(
        content_hash=new.content_hash,
        source=new.source,
        raw_text=new.raw_text,
        display_text=new.display_text,
        offset_map=new.offset_map,
        language=new.language,
        title=new.title,
        published=new.published,
        outlet=new.outlet,
        status=DocStatus.NEW.value,
        fact_count=count,
        min_confidence=lowest,
        region=region,
    )
    doc.region_code = places.document_code(region, (d.region_code for d in drafts))
    session.add(doc)
    session.flush()
    if drafts:
        session.execute(insert(Fact), [_fact_row(d, doc) for d in drafts])
    audit.record(session, user, "import", document_id=doc.id, new=new.source)
    return doc


def add_unless_stored(
    session: Session, new: NewDocument, user: str, facts: Iterable[FactDraft] = ()
) -> Document | None:
    """`add`, or None when a document with the same content is already stored — also when another
    process stored it between our look-up and our insert (the unique content hash refuses it)."""
    if find_by_hash(session, new.content_hash) is not None:
        return None
    try:
        with session.begin_nested():
            return add(session, new, user, facts)
    except IntegrityError:
        if find_by_hash(session, new.content_hash) is not None:
            return None
        raise


def fact_from_draft(draft: FactDraft, status: FactStatus = FactStatus.SUGGESTED,
                    doc: Document | None = None) -> Fact:
    return Fact(
        **_derived(draft, doc),
        kind=draft.kind.value,
        fields=dict(draft.fields),
        value=draft.value,
        unit=draft.unit,
        value_text=draft.value_text,
        evidence=[[s.start, s.end] for s in draft.evidence],
        confidence=float(draft.confidence),
        origin=draft.origin,
        status=status.value,
    )


def _derived(draft: FactDraft, doc: Document | None) -> dict[str, object]:
    """Region code and period dates of a new fact (see app.store.services.places)."""
    return places.fact_columns(
        draft.fields, doc.published if doc else None, region_code=draft.region_code,
        period_text=draft.period_text, context=doc.region_code if doc else None,
    )


def _fact_row(draft: FactDraft, doc: Document) -> dict[str, object]:
    now = utcnow()
    return {
        **_derived(draft, doc),
        "document_id": doc.id,
        "kind": draft.kind.value,
        "fields": dict(draft.fields),
        "value": draft.value,
        "unit": draft.unit,
        "value_text": draft.value_text,
        "evidence": [[s.start, s.end] for s in draft.evidence],
        "confidence": float(draft.confidence),
        "origin": draft.origin,
        "status": FactStatus.SUGGESTED.value,
        "version": 1,
        "created_at": now,
        "updated_at": now,
    }


FactSummary = tuple[str, str, float, Mapping[str, object] | None]
"""(kind, status, confidence, fields) of one fact: what the queue's derived columns need."""


def _stats(facts: Iterable[FactSummary]) -> tuple[int, float | None, str | None]:
    """Fact count (not rejected), lowest confidence among open suggestions, most named region."""
    count = 0
    lowest: float | None = None
    regions: Counter[str] = Counter()
    for kind, status, confidence, fields in facts:
        if status == FactStatus.REJECTED.value:
            continue
        count += 1
        if status == FactStatus.SUGGESTED.value and (lowest is None or confidence < lowest):
            lowest = confidence
        if kind != Kind.PERSON.value:
            place = (fields or {}).get("subject") or (fields or {}).get("location")
            if place:
                regions[str(place)] += 1
    return count, lowest, regions.most_common(1)[0][0] if regions else None


def refresh_stats(doc: Document) -> None:
    """Recompute the queue's derived columns: fact count, lowest confidence, and the region — unless
    the analyst set the region, which is never recomputed (the derived one stays a suggestion,
    `suggested_region`)."""
    count, lowest, region = _stats((f.kind, f.status, f.confidence, f.fields) for f in doc.facts)
    doc.fact_count = count
    doc.min_confidence = lowest
    if "region" not in analyst_set(doc):
        doc.region = region or doc.region
    doc.region_code = places.document_code(doc.region, (f.region_code for f in doc.facts))


def suggested_region(doc: Document) -> str | None:
    """The region the facts name most often: what the document's region would be if derived."""
    return _stats((f.kind, f.status, f.confidence, f.fields) for f in doc.facts)[2]


def analyst_set(doc: Document) -> frozenset[str]:
    return frozenset(doc.analyst_fields or ())


def mark_analyst_set(doc: Document, name: str, value: object) -> None:
    """Record that the analyst set `name`. Clearing a field hands it back to derivation (an empty
    region is filled again from the facts)."""
    names = set(analyst_set(doc))
    if value in (None, ""):
        names.discard(name)
    else:
        names.add(name)
    if names != analyst_set(doc):
        doc.analyst_fields = sorted(names)


def check_version(
    obj: Document | Fact, expected: int | None, session: Session | None = None, touched: Iterable[str] = ()
) -> None:
    """Refuse a write made on a stale copy (optimistic locking). The ConflictError carries what the
    other change was: the stored values of the `touched` fields, and the user and time of the last
    audited change of those fields (else of the row) when a session is given."""
    if expected is None or obj.version == expected:
        return
    what = "document" if isinstance(obj, Document) else "fact"
    names = list(touched)
    theirs = {name: _stored(obj, name) for name in names}
    by, at = _last_change(session, obj, names) if session is not None else (None, None)
    raise ConflictError(
        f"the {what} {obj.id} was changed elsewhere (version {obj.version}, expected {expected}); reload it",
        entity=what, entity_id=obj.id, theirs=theirs, changed_by=by, changed_at=at,
    )


def _stored(obj: Document | Fact, name: str) -> object:
    if isinstance(obj, Fact) and not hasattr(Fact, name):
        return (obj.fields or {}).get(name)
    return getattr(obj, name, None)


def _last_change(session: Session, obj: Document | Fact, names: list[str]) -> tuple[str | None, datetime | None]:
    q = select(AuditEvent.user, AuditEvent.at, AuditEvent.field).order_by(AuditEvent.id.desc())
    if isinstance(obj, Document):
        q = q.where(AuditEvent.document_id == obj.id, AuditEvent.fact_id.is_(None))
    else:
        q = q.where(AuditEvent.fact_id == obj.id)
    rows = session.execute(q.limit(200)).all()
    last = next((r for r in rows if r.field in names), rows[0] if rows else None)
    return (last.user, last.at) if last is not None else (None, None)


LOCKED_STATUSES = (DocStatus.APPROVED.value, DocStatus.REJECTED.value)


def ensure_open(session: Session, document_id: int) -> None:
    """Refuse any change to an approved or rejected document or its facts. The status is read from the
    database under a row lock (PostgreSQL's FOR UPDATE; SQLite serialises writers), so an approval
    committed by someone else in the meantime is seen, and an approval waits for this change."""
    status = session.scalar(select(Document.status).where(Document.id == document_id).with_for_update())
    if status is None:
        raise NotFoundError(f"no document with id {document_id}")
    if status in LOCKED_STATUSES:
        raise LockedError(
            f"document {document_id} is {status}; reopen it for review first",
            entity="document", entity_id=document_id, theirs={"status": status},
        )


ALLOWED: dict[str, set[DocStatus]] = {
    DocStatus.NEW.value: {DocStatus.IN_REVIEW, DocStatus.READY, DocStatus.APPROVED, DocStatus.REJECTED,
                          DocStatus.FLAGGED},
    DocStatus.IN_REVIEW.value: {DocStatus.NEW, DocStatus.READY, DocStatus.APPROVED, DocStatus.REJECTED,
                                DocStatus.FLAGGED},
    DocStatus.READY.value: {DocStatus.IN_REVIEW, DocStatus.APPROVED, DocStatus.REJECTED, DocStatus.FLAGGED},
    DocStatus.APPROVED.value: {DocStatus.IN_REVIEW},
    DocStatus.REJECTED.value: {DocStatus.IN_REVIEW},
    DocStatus.FLAGGED.value: {DocStatus.IN_REVIEW, DocStatus.READY, DocStatus.APPROVED, DocStatus.REJECTED},
}


def set_status(
    session: Session,
    document_id: int,
    status: DocStatus,
    user: str,
    *,
    note: str | None = None,
    expected_version: int | None = None,
) -> Document:
    """Move a document through the workflow. Approval is checked by the caller (`review.approve`)."""
    doc = get(session, document_id)
    check_version(doc, expected_version, session, ("status", "note") if note is not None else ("status",))
    old = doc.status
    if old == status.value and note is None:
        return doc
    if old != status.value and status.value not in {s.value for s in ALLOWED[old]}:
        raise ConflictError(f"a document cannot go from {old} to {status.value}")
    doc.status = status.value
    if note is not None:
        audit.record(session, user, "note", document_id=doc.id, field="note", old=doc.note, new=note)
        doc.note = note
    if status in (DocStatus.APPROVED, DocStatus.REJECTED):
        doc.reviewer = user
        doc.reviewed_at = datetime.now(UTC)
    audit.record(session, user, "status", document_id=doc.id, field="status", old=old, new=status.value)
    session.flush()
    return doc


ROW_COLUMNS = (
    Document.id,
    Document.status,
    Document.language,
    Document.title,
    Document.published,
    Document.region,
    Document.fact_count,
    Document.min_confidence,
    Document.source,
)


def list_rows(session: Session, *, status: str | None = None, limit: int | None = None) -> list[DocumentRow]:
    q = select(*ROW_COLUMNS).order_by(Document.id)
    if status:
        q = q.where(Document.status == status)
    if limit:
        q = q.limit(limit)
    return [DocumentRow(*r) for r in session.execute(q)]


def count(session: Session) -> int:
    return session.scalar(select(func.count(Document.id))) or 0


def counts_by_status(session: Session) -> dict[str, int]:
    rows = session.execute(select(Document.status, func.count(Document.id)).group_by(Document.status))
    return {s: n for s, n in rows}


def all_ids(session: Session) -> Sequence[int]:
    return session.scalars(select(Document.id).order_by(Document.id)).all()
