"""Storing many imported documents at once: one transaction per batch, a savepoint per document (a
document that cannot be stored leaves nothing of itself and the batch goes on), Core inserts rather
than ORM units of work (an import stores thousands of documents; per-object flushes would cost more
than reading and extracting them)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from sqlalchemy import Connection, insert, select
from sqlalchemy.exc import DBAPIError, IntegrityError

from app.domain.schema import DocStatus, FactDraft, FactStatus
from app.store.models import AuditEvent, Document, Fact, utcnow
from app.store.services import places
from app.store.services.documents import NewDocument, _fact_row, _stats
from app.store.writing import classify, one_line


@dataclass(frozen=True)
class BulkDocument:
    new: NewDocument
    facts: Sequence[FactDraft] = ()
    warnings: Sequence[str] = field(default_factory=tuple)


@dataclass(frozen=True)
class Stored:
    """What became of one document: its id, or duplicate, or a one-line reason it failed."""

    document_id: int | None = None
    duplicate: bool = False
    failure: str | None = None


def stored_hashes(conn: Connection) -> Iterator[str]:
    """Every stored content hash, streamed (import keeps a 64-bit key of each)."""
    yield from conn.execution_options(yield_per=5000).scalars(select(Document.content_hash))


def is_stored(conn: Connection, content_hash: str) -> bool:
    return conn.scalar(select(Document.id).where(Document.content_hash == content_hash)) is not None


def store_batch(conn: Connection, items: Sequence[BulkDocument], user: str) -> list[Stored]:
    """Insert each document with its suggested facts and an audit event, each under its own savepoint.
    Busy and disk-full errors are raised (the caller retries or stops the whole batch); a duplicate
    content hash or another per-row failure only concerns its document."""
    results: list[Stored] = []
    for item in items:
        savepoint = conn.begin_nested()
        try:
            doc_id = _insert(conn, item, user)
            savepoint.commit()
            results.append(Stored(document_id=doc_id))
        except IntegrityError as exc:
            savepoint.rollback()
            if is_stored(conn, item.new.content_hash):
                results.append(Stored(duplicate=True))
            else:
                results.append(Stored(failure=f"cannot store the document ({one_line(exc)})"))
        except DBAPIError as exc:
            if classify(exc, "") is not None:
                raise
            savepoint.rollback()
            results.append(Stored(failure=f"cannot store the document ({one_line(exc)})"))
    return results


def _insert(conn: Connection, item: BulkDocument, user: str) -> int:
    new = item.new
    count, lowest, region = _stats(
        (d.kind.value, FactStatus.SUGGESTED.value, d.confidence, d.fields) for d in item.facts
    )
    code = places.document_code(region, (d.region_code for d in item.facts))
    now = utcnow()
    result = conn.execute(
        insert(Document),
        {
            "content_hash": new.content_hash,
            "source": new.source,
            "raw_text": new.raw_text,
            "display_text": new.display_text,
            "offset_map": new.offset_map,
            "language": new.language,
            "title": new.title,
            "published": new.published,
            "outlet": new.outlet,
            "status": DocStatus.NEW.value,
            "fact_count": count,
            "min_confidence": lowest,
            "region": region,
            "region_code": code,
            "warnings": list(item.warnings) or None,
            "version": 1,
            "created_at": now,
            "updated_at": now,
        },
    )
    key = result.inserted_primary_key
    assert key is not None
    doc_id = int(key[0])
    if item.facts:
        # a transient (never added) Document: what the fact columns derive from — its published date
        # and region code — without an ORM unit of work
        owner = Document(id=doc_id, published=new.published, region_code=code)
        conn.execute(insert(Fact), [_fact_row(d, owner) for d in item.facts])
    conn.execute(
        insert(AuditEvent),
        {"user": user, "action": "import", "document_id": doc_id, "new_value": new.source, "at": now},
    )
    return doc_id
