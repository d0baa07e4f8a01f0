"""The rows an export writes: facts, documents and audit events selected by an `ExportFilter`,
streamed in batches as plain records (no ORM objects are kept), and the export's own record.

See `app.domain.records.ExportFilter` for what each filter means."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, false, func, or_, select, true
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.domain.records import (
    STATUS_APPROVED,
    AuditRecord,
    DocumentRecord,
    ExportFilter,
    FactRecord,
    SelectionCounts,
    Suggestion,
    evidence_quote,
)
from app.domain.regions import english_name, region_prefix
from app.domain.schema import ANALYST_ORIGIN, DocStatus, FactStatus
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
    dated: list[ColumnElement[bool]] = []
    if f.since is not None:
        dated.append(Document.published >= f.since)
    if f.until is not None:
        dated.append(Document.published <= f.until)
    if dated and f.include_undated:
        conds.append(or_(Document.published.is_(None), and_(*dated)))
    else:
        conds += dated
    return conds


def _in_region(column: InstrumentedAttribute[str | None], code: str) -> ColumnElement[bool]:
    """The place `code` or any place inside it (codes share the prefix of their province or city)."""
    return column.like(region_prefix(code) + "%")


def undated_left_out(session: Session, f: ExportFilter) -> int:
    """How many documents the selection would list but for a published-date filter they have no
    date for (0 without a date filter, or with `include_undated`)."""
    if not f.dated or f.include_undated:
        return 0
    kept = ExportFilter(status=f.status, region=f.region, kind=f.kind)
    q = select(func.count(Document.id)).where(Document.published.is_(None), *_document_selection(kept))
    return session.scalar(q) or 0


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
    return SelectionCounts(facts=facts, documents=documents, audit_events=events,
                           undated_left_out=undated_left_out(session, f))


def document_ids(session: Session, f: ExportFilter) -> list[int]:
    """The listed documents' ids in sheet order (fact rows link to their document's row)."""
    return list(session.scalars(select(Document.id).where(*_document_selection(f)).order_by(Document.id)))


_FACT_COLUMNS = (
    Fact.id, Fact.document_id, Fact.kind, Fact.fields, Fact.value, Fact.unit, Fact.value_text,
    Fact.evidence, Fact.confidence, Fact.origin, Fact.status, Fact.reviewer, Fact.reviewed_at,
    Document.title, Document.outlet, Document.published, Document.source, Document.region,
    Document.status, Document.reviewer, Document.reviewed_at, Fact.version,
    Fact.region_code, Document.region_code, Fact.period_start, Fact.period_end, Fact.period_text,
    Fact.override_reason,
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
        edits, last = _edits(session, [r.id for r in rows])
        for r in rows:
            values = plain_values(r)
            yield FactRecord(
                **values,
                quote=evidence_quote(texts.get(r.document_id, ""), values["evidence"]),
                reviewer=last[r.id][0] if r.id in last else r.reviewer,
                reviewed_at=last[r.id][1] if r.id in last else r.reviewed_at,
                title=r[13],
                outlet=r[14],
                published=r[15],
                source=r[16],
                region=r[17],
                document_status=r[18],
                document_reviewer=r[19],
                document_reviewed_at=r[20],
                version=r.version,
                override_reason=r.override_reason,
                suggestion=None if r.origin == ANALYST_ORIGIN else _suggestion(r, edits.get(r.id)),
                region_code=(code := r[22] or r[23]),
                region_name_en=english_name(code),
                period_start=r[24],
                period_end=r[25],
                period_text=r[26],
            )


_Edits = dict[str, str | None]
"""field name → the old value of the field's first edit (the extractor's), as the audit log stores it."""


def _edits(session: Session, fact_ids: list[int]) -> tuple[dict[int, _Edits], dict[int, tuple[str, datetime]]]:
    """The first old value of every edited field of these facts, and who last changed each fact
    and when, from the audit log."""
    out: dict[int, _Edits] = {}
    last: dict[int, tuple[str, datetime]] = {}
    for i in range(0, len(fact_ids), 500):
        chunk = fact_ids[i : i + 500]
        q = (select(AuditEvent.fact_id, AuditEvent.action, AuditEvent.field, AuditEvent.old_value,
                    AuditEvent.user, AuditEvent.at)
             .where(AuditEvent.action.in_(("edit", "fact_status")), AuditEvent.fact_id.in_(chunk))
             .order_by(AuditEvent.id))
        for fact_id, action, name, old, user, at in session.execute(q):
            if fact_id is None:
                continue
            last[fact_id] = (user, at)
            if action == "edit" and name:
                out.setdefault(fact_id, {}).setdefault(name, old)
    return out, last


def _number(text: str | None) -> Decimal | None:
    """A value as the audit log stored it (JSON of a float or an int, or a decimal's text)."""
    if text is None:
        return None
    try:
        loaded = json.loads(text)
    except ValueError:
        loaded = text
    if loaded is None:
        return None
    try:
        return Decimal(str(loaded))
    except InvalidOperation:
        return None


def _same(old: object, new: object) -> bool:
    if old in (None, "") and new in (None, ""):
        return True
    if isinstance(old, Decimal) and isinstance(new, int | float | Decimal):
        return old == Decimal(str(new))
    return old == new


def _suggestion(r: Any, edits: _Edits | None) -> Suggestion:
    """The extractor's value and unit, and the fields an analyst changed from the suggestion."""
    if not edits:
        return Suggestion(r.value, r.unit)
    value: Decimal | float | None = _number(edits["value"]) if "value" in edits else r.value
    unit = edits.get("unit", r.unit)
    fields = r.fields or {}
    changed: list[str] = []
    for name, old in edits.items():
        if name == "value":
            now: object = r.value
            was: object = value
        elif name in ("unit", "kind", "value_text"):
            now, was = getattr(r, name), old
        elif name in ("evidence", "confidence"):
            now, was = json.dumps(getattr(r, name), sort_keys=True), old
        else:
            now, was = fields.get(name), old
        if not _same(was, now):
            changed.append(name)
    return Suggestion(value, unit, tuple(changed))


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
            Document.version, Document.region_code,
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
    session: Session, user: str, path: str, f: ExportFilter, counts: dict[str, int], at: datetime | None = None,
    export_id: str | None = None,
) -> ExportRecord:
    """The export record and its audit event; flushed, not committed."""
    rec = ExportRecord(user=user, path=path, filter=f.to_json(), counts=dict(counts), export_id=export_id)
    if at is not None:
        rec.at = at
    session.add(rec)
    session.flush()
    audit.record(session, user, "export", field="export", new={"path": path, "filter": f.to_json(),
                                                               "counts": counts, "export_id": rec.id,
                                                               "export_uuid": export_id})
    return rec


def exports(session: Session) -> Sequence[ExportRecord]:
    return session.scalars(select(ExportRecord).order_by(ExportRecord.id)).all()
