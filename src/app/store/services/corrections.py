"""Corrections from outside the window (an exported workbook sent back): the stored state of many facts
and documents in a few queries, to compare with; and applying one row's changes atomically through
the same review services the window uses, so the same validation, workflow rules and audit apply.

Each row is its own savepoint: a row that fails leaves nothing behind, the others go on; the caller
commits once (or rolls everything back for a dry run)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, defer, selectinload
from sqlalchemy.orm.exc import StaleDataError

from app.domain.errors import ConflictError, StoreError
from app.domain.schema import DocStatus, FactStatus
from app.store.models import Document, ExportRecord, Fact
from app.store.services import documents, facts, review

CHUNK = 500


@dataclass(frozen=True, slots=True)
class FactState:
    id: int
    document_id: int
    kind: str
    fields: dict[str, Any]
    value: float | None
    unit: str | None
    status: str
    version: int
    document_status: str


@dataclass(frozen=True, slots=True)
class DocumentState:
    id: int
    title: str | None
    published: date | None
    region: str | None
    note: str | None
    status: str
    version: int


class StaleRow(ConflictError):
    """The row was changed in the database since the workbook was exported (or while applying)."""


class RowRefused(StoreError):
    """A row's change that the rules refuse (the message says why); nothing of the row is applied."""


def begin_applying(session: Session) -> None:
    """Open the write transaction the rows' savepoints live in. pysqlite starts a transaction only
    before its first INSERT/UPDATE, so a SAVEPOINT issued first would itself be the outermost
    transaction and its RELEASE a COMMIT (a dry run could not be rolled back); on SQLite the
    transaction is therefore begun explicitly, IMMEDIATE so that other writers wait for this one
    rather than fail half-way. The rows were compared before this point: each is checked again
    against the stored version as it is applied."""
    if session.get_bind().dialect.name != "sqlite":
        return
    dbapi = session.connection().connection.dbapi_connection
    if dbapi is not None and not getattr(dbapi, "in_transaction", True):
        session.connection().exec_driver_sql("BEGIN IMMEDIATE")


def fact_states(session: Session, ids: Iterable[int]) -> dict[int, FactState]:
    wanted = sorted(set(ids))
    out: dict[int, FactState] = {}
    for i in range(0, len(wanted), CHUNK):
        q = (
            select(Fact.id, Fact.document_id, Fact.kind, Fact.fields, Fact.value, Fact.unit, Fact.status,
                   Fact.version, Document.status)
            .join(Document, Fact.document_id == Document.id)
            .where(Fact.id.in_(wanted[i : i + CHUNK]))
        )
        for r in session.execute(q):
            out[r[0]] = FactState(r[0], r[1], r[2], dict(r[3] or {}), r[4], r[5], r[6], r[7], r[8])
    return out


def document_states(session: Session, ids: Iterable[int]) -> dict[int, DocumentState]:
    wanted = sorted(set(ids))
    out: dict[int, DocumentState] = {}
    for i in range(0, len(wanted), CHUNK):
        q = select(Document.id, Document.title, Document.published, Document.region, Document.note,
                   Document.status, Document.version).where(Document.id.in_(wanted[i : i + CHUNK]))
        for r in session.execute(q):
            out[r[0]] = DocumentState(*r)
    return out


_HEAVY = (defer(Document.raw_text), defer(Document.display_text), defer(Document.offset_map))


def preload(session: Session, fact_ids: Iterable[int] = (), document_ids: Iterable[int] = ()) -> None:
    """Load the facts (with their documents and the documents' facts) and the documents that the next
    rows change, a few queries for hundreds of rows, so the services find them in the session
    instead of one query each. Article texts are left unloaded. `release` drops them again."""
    facts_wanted, docs_wanted = sorted(set(fact_ids)), sorted(set(document_ids))
    for i in range(0, len(facts_wanted), CHUNK):
        session.scalars(select(Fact).where(Fact.id.in_(facts_wanted[i : i + CHUNK])).options(
            selectinload(Fact.document).options(*_HEAVY, selectinload(Document.facts)))).all()
    for i in range(0, len(docs_wanted), CHUNK):
        session.scalars(select(Document).where(Document.id.in_(docs_wanted[i : i + CHUNK])).options(
            *_HEAVY, selectinload(Document.facts))).all()


def release(session: Session) -> None:
    """Forget the loaded objects (everything is flushed by then), so memory stays flat."""
    session.flush()
    session.expunge_all()


def export_known(session: Session, export_id: str) -> bool:
    return session.scalar(select(ExportRecord.id).where(ExportRecord.export_id == export_id).limit(1)) is not None


def document_version(session: Session, document_id: int) -> int | None:
    return session.scalar(select(Document.version).where(Document.id == document_id))


def apply_fact(
    session: Session,
    fact_id: int,
    expected_version: int,
    changes: Mapping[str, Any],
    status: FactStatus | None,
    user: str,
) -> None:
    """Change a fact's values and then its status, all or nothing. Raises StoreError (with the
    services' own message: a stale version, a locked document, …)."""
    with _row(session):
        fact = facts.get_fact(session, fact_id)
        _check_open(fact.document)
        current = fact.version
        if current != expected_version:
            raise StaleRow(f"changed in the database meanwhile (version {current}, the workbook's {expected_version})")
        if changes:
            review.edit_fact(session, fact_id, changes, user, expected_version=expected_version)
        if status is not None:
            review.set_fact_status(session, fact_id, status, user,
                                   expected_version=None if changes else expected_version)


def apply_document(
    session: Session,
    document_id: int,
    expected_version: int,
    changes: Mapping[str, Any],
    note: str | None,
    note_changed: bool,
    status: DocStatus | None,
    user: str,
) -> None:
    """Change a document's metadata, note and status, all or nothing. Reopening comes first (so a
    closed document can then be edited), any other status last (so an approval sees the edits).
    An approval is refused, with the problems, when a remaining fact does not validate."""
    with _row(session):
        doc = documents.get(session, document_id)
        if doc.version != expected_version:
            raise StaleRow(f"changed in the database meanwhile (version {doc.version}, the workbook's "
                           f"{expected_version})")
        if status is DocStatus.IN_REVIEW:
            review.reopen(session, document_id, user)
            status = None
        elif changes or note_changed:
            _check_open(doc)
        if changes:
            review.edit_document(session, document_id, changes, user)
        if status is DocStatus.READY:
            review.mark_ready(session, document_id, user)
        if status is DocStatus.FLAGGED:
            review.flag(session, document_id, (note if note_changed else doc.note) or "", user)
            note_changed = False
        if note_changed:
            review.restore_status(session, document_id, doc.status, note, user)
        if status is DocStatus.APPROVED:
            result = review.approve(session, document_id, user)
            if not result.approved:
                raise RowRefused("approval refused: " + "; ".join(
                    f"fact {fid}: {', '.join(found.values())}" for fid, found in sorted(result.problems.items())
                ))
        elif status is DocStatus.REJECTED:
            review.reject_document(session, document_id, user)


CLOSED = (DocStatus.APPROVED.value, DocStatus.REJECTED.value)


def _check_open(doc: Document) -> None:
    """As in the window, an approved or rejected document and its facts are read-only until the
    document is reopened (a workbook reopens it with Status `in_review` on Documents)."""
    if doc.status in CLOSED:
        raise RowRefused(f"the document {doc.id} is {doc.status}: reopen it first (Status in_review on "
                         "Documents, in this workbook or in the window)")


class _row:
    """A savepoint for one row: rolled back on any error, which comes out as a StoreError."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def __enter__(self) -> None:
        self.tx = self.session.begin_nested()

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, _tb: object) -> Literal[False]:
        if kind is None:
            try:
                self.tx.commit()
            except StaleDataError:
                self.tx.rollback()
                raise StaleRow("changed in the database meanwhile (by another user)") from None
            return False
        self.tx.rollback()
        if isinstance(exc, StaleDataError):
            raise StaleRow("changed in the database meanwhile (by another user)") from None
        if isinstance(exc, SQLAlchemyError):
            raise StoreError(f"the database refused the change: {str(exc).splitlines()[0]}") from None
        if isinstance(exc, ValueError) and not isinstance(exc, StoreError):
            raise RowRefused(str(exc)) from None
        return False
