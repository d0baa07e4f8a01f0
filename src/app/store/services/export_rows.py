"""The rows an export writes: facts, documents and audit events selected by an `ExportFilter`,
streamed in batches as plain records (no ORM objects are kept), and the export's own record.

See `app.domain.records.ExportFilter` for what each filter means."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime

from sqlalchemy import ColumnElement, exists, false, func, or_, select, true
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.domain.records import (
    STATUS_APPROVED,
    AuditRecord,
    DocumentRecord,
    ExportFilter,
    FactRecord,
    SelectionCounts,
    evidence_quote,
)
from app.domain.regions import english_name, region_prefix
from app.domain.schema import DocStatus, FactStatus
from app.store.models import AuditEvent, Document, ExportRecord, Fact
from app.store.services import audit
from app.store.services.facts import plain_values

BATCH = 2000


def begin_snapshot(session: Session) -> None:
    """Make every query of this session see one snapshot of the data (an export's sheets agree with
    each other even while others edit). SQLite's read transaction already does; PostgreSQL needs
    REPEATABLE READ, set before the first statement."""
    if session.get_bind().dialect.name == "postgresql":
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _document_conditions(f: ExportFilter) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if f.status == STATUS_APPROVED:
        conds.append(Document.status == DocStatus.APPROVED.value)
    if f.since is not None:
        conds.append(Document.published >= f.since)
    if f.until is not None:
        conds.append(Document.published <= f.until)
    return conds


def _in_region(column: InstrumentedAttribute[str | None], code: str) -> ColumnElement[bool]:
    """The place `code` or any place inside it (codes share the prefix of their province or city)."""
    return column.like(region_prefix(code) + "%")


def _document_region(f: ExportFilter) -> ColumnElement[bool]:
    assert f.region is not None
    code = f.region_code
    if code is not None:
        return _in_region(Document.region_code, code)
    return Document.region.ilike(_like(f.region), escape="\\")


def _fact_conditions(f: ExportFilter) -> list[ColumnElement[bool]]:
    """Conditions on a fact (joined with its document)."""
    conds: list[ColumnElement[bool]] = []
    if f.status == STATUS_APPROVED:
        conds.append(Fact.status != FactStatus.REJECTED.value)
    if f.kind is not None:
        conds.append(Fact.kind == f.kind.value)
    code = f.region_code if f.region else None
    if code is not None:
        conds.append(or_(_in_region(Fact.region_code, code), _document_region(f)))
    elif f.region:
        pattern = _like(f.region)
        conds.append(
            or_(
                _document_region(f),
                Fact.fields["subject"].as_string().ilike(pattern, escape="\\"),
                Fact.fields["location"].as_string().ilike(pattern, escape="\\"),
            )
        )
    return conds


def _document_selection(f: ExportFilter) -> list[ColumnElement[bool]]:
    """A document is listed when it has a selected fact, or, without a kind filter, when it matches
    the document filters itself (so an approved document without facts is still listed)."""
    has_fact = exists(
        select(Fact.id).where(Fact.document_id == Document.id, *_fact_conditions(f))
    )
    if f.kind is not None:
        own: ColumnElement[bool] = false()
    elif f.region:
        own = _document_region(f)
    else:
        own = true()
    return [*_document_conditions(f), or_(own, has_fact)]


def count(session: Session, f: ExportFilter) -> SelectionCounts:
    facts = session.scalar(
        select(func.count(Fact.id)).join(Document, Fact.document_id == Document.id)
        .where(*_document_conditions(f), *_fact_conditions(f))
    ) or 0
    doc_ids = select(Document.id).where(*_document_selection(f))
    documents = session.scalar(select(func.count()).select_from(doc_ids.subquery())) or 0
    events = session.scalar(
        select(func.count(AuditEvent.id)).where(AuditEvent.document_id.in_(doc_ids))
    ) or 0
    return SelectionCounts(facts=facts, documents=documents, audit_events=events)


_FACT_COLUMNS = (
    Fact.id, Fact.document_id, Fact.kind, Fact.fields, Fact.value, Fact.unit, Fact.value_text,
    Fact.evidence, Fact.confidence, Fact.origin, Fact.status, Fact.reviewer, Fact.reviewed_at,
    Document.title, Document.outlet, Document.published, Document.source, Document.region,
    Document.status, Document.reviewer, Document.reviewed_at,
    Fact.region_code, Document.region_code, Fact.period_start, Fact.period_end, Fact.period_text,
)


def iter_facts(session: Session, f: ExportFilter, *, batch: int = BATCH) -> Iterator[FactRecord]:
    """The selected facts, ordered by document and fact id, fetched `batch` rows at a time; each
    batch loads the display texts of its documents once, for the evidence quotes."""
    q = (
        select(*_FACT_COLUMNS)
        .join(Document, Fact.document_id == Document.id)
        .where(*_document_conditions(f), *_fact_conditions(f))
        .order_by(Fact.document_id, Fact.id)
        .execution_options(yield_per=batch)
    )
    texts: dict[int, str] = {}
    for rows in session.execute(q).partitions():
        wanted = {r.document_id for r in rows}
        texts = {k: v for k, v in texts.items() if k in wanted}
        missing = wanted - texts.keys()
        if missing:
            texts.update(_display_texts(session, missing))
        for r in rows:
            values = plain_values(r)
            yield FactRecord(
                **values,
                quote=evidence_quote(texts.get(r.document_id, ""), values["evidence"]),
                reviewer=r.reviewer,
                reviewed_at=r.reviewed_at,
                title=r[13],
                outlet=r[14],
                published=r[15],
                source=r[16],
                region=r[17],
                document_status=r[18],
                document_reviewer=r[19],
                document_reviewed_at=r[20],
                region_code=(code := r[21] or r[22]),
                region_name_en=english_name(code),
                period_start=r[23],
                period_end=r[24],
                period_text=r[25],
            )


def _display_texts(session: Session, ids: set[int]) -> dict[int, str]:
    out: dict[int, str] = {}
    ordered = sorted(ids)
    for i in range(0, len(ordered), 500):
        chunk = ordered[i : i + 500]
        rows = session.execute(select(Document.id, Document.display_text).where(Document.id.in_(chunk)))
        out.update({doc_id: text for doc_id, text in rows})
    return out


def iter_documents(session: Session, f: ExportFilter, *, batch: int = BATCH) -> Iterator[DocumentRecord]:
    q = (
        select(
            Document.id, Document.title, Document.outlet, Document.published, Document.language,
            Document.region, Document.source, Document.status, Document.fact_count, Document.assignee,
            Document.reviewer, Document.reviewed_at, Document.note, Document.created_at, Document.content_hash,
            Document.region_code,
        )
        .where(*_document_selection(f))
        .order_by(Document.id)
        .execution_options(yield_per=batch)
    )
    for r in session.execute(q):
        yield DocumentRecord(**r._asdict(), region_name_en=english_name(r.region_code))


def iter_audit(session: Session, f: ExportFilter, *, batch: int = BATCH) -> Iterator[AuditRecord]:
    """The audit events of the listed documents, oldest first."""
    doc_ids = select(Document.id).where(*_document_selection(f))
    q = (
        select(
            AuditEvent.id, AuditEvent.at, AuditEvent.user, AuditEvent.action, AuditEvent.document_id,
            AuditEvent.fact_id, AuditEvent.field, AuditEvent.old_value, AuditEvent.new_value,
        )
        .where(AuditEvent.document_id.in_(doc_ids))
        .order_by(AuditEvent.id)
        .execution_options(yield_per=batch)
    )
    for r in session.execute(q):
        yield AuditRecord(**r._asdict())


def record_export(
    session: Session, user: str, path: str, f: ExportFilter, counts: dict[str, int], at: datetime | None = None
) -> ExportRecord:
    """The export record and its audit event; flushed, not committed."""
    rec = ExportRecord(user=user, path=path, filter=f.to_json(), counts=dict(counts))
    if at is not None:
        rec.at = at
    session.add(rec)
    session.flush()
    audit.record(session, user, "export", field="export", new={"path": path, "filter": f.to_json(),
                                                               "counts": counts, "export_id": rec.id})
    return rec


def exports(session: Session) -> Sequence[ExportRecord]:
    return session.scalars(select(ExportRecord).order_by(ExportRecord.id)).all()
