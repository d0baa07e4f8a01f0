"""Claims: who has a document open in team mode, so that two analysts never work on one document.

A claim is a row of `document_claims` (one per document: the primary key makes a double claim
impossible). The window renews it with a heartbeat while the document is open; one whose heartbeat is
older than `LAPSE` has lapsed and anyone may take it over. `next_unreviewed` hands out documents with
`SELECT … FOR UPDATE SKIP LOCKED` on PostgreSQL, so analysts asking at the same moment each get a
different one. On PostgreSQL, row-level security (app.store.services.team) lets a login write only
claims in its own name and delete only its own or lapsed ones (an admin any)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import case, delete, or_, select, update
from sqlalchemy.orm import Session

from app.domain.errors import StoreError
from app.domain.queue import QueueFilter
from app.store.models import Document, DocumentClaim
from app.store.services.queue import UNREVIEWED, apply_filter

LAPSE = timedelta(minutes=10)


class ClaimedError(StoreError):
    """Someone else holds the document: "document 12 is being reviewed by NAME"."""

    def __init__(self, document_id: int, holder: str) -> None:
        super().__init__(f"document {document_id} is being reviewed by {holder}")
        self.document_id = document_id
        self.holder = holder


@dataclass(frozen=True)
class Claim:
    document_id: int
    user: str
    claimed_at: datetime
    heartbeat_at: datetime


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)  # SQLite gives naive times back


def _insert_new(session: Session, document_id: int, user: str, now: datetime) -> bool:
    """Insert the claim unless the document has one; True when inserted."""
    values = {"document_id": document_id, "user_name": user, "claimed_at": now, "heartbeat_at": now}
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert  # type: ignore[assignment]
    stmt = insert(DocumentClaim).values(**values).on_conflict_do_nothing(index_elements=["document_id"])
    return session.execute(stmt.returning(DocumentClaim.document_id)).first() is not None


def claim(session: Session, document_id: int, user: str) -> Claim:
    """Claim the document for `user` (or renew their claim); take over a lapsed claim. Raises
    ClaimedError when someone else holds it."""
    now = _now()
    if not _insert_new(session, document_id, user, now):
        taken = session.execute(
            update(DocumentClaim)
            .where(DocumentClaim.document_id == document_id,
                   or_(DocumentClaim.user_name == user, DocumentClaim.heartbeat_at < now - LAPSE))
            .values(user_name=user, claimed_at=case((DocumentClaim.user_name == user, DocumentClaim.claimed_at),
                                                    else_=now), heartbeat_at=now)
            .returning(DocumentClaim.document_id)
            .execution_options(synchronize_session=False)
        ).first()
        if taken is None:
            held = holder(session, document_id)
            raise ClaimedError(document_id, held.user if held else "someone else")
    session.flush()
    found = holder(session, document_id)
    assert found is not None
    return found


def heartbeat(session: Session, document_id: int, user: str) -> Claim:
    """Renew the claim (the window does it every minute while the document is open); a lapsed claim
    nobody took is taken again, one someone else took raises ClaimedError."""
    return claim(session, document_id, user)


def release(session: Session, document_id: int, user: str, *, force: bool = False) -> bool:
    """Give the claim up (`force`: whoever holds it — an admin's release). True when one was removed."""
    q = delete(DocumentClaim).where(DocumentClaim.document_id == document_id)
    if not force:
        q = q.where(DocumentClaim.user_name == user)
    result = session.execute(q.execution_options(synchronize_session=False))
    return bool(getattr(result, "rowcount", 0))


def holder(session: Session, document_id: int) -> Claim | None:
    """The live claim on the document, None when there is none or it lapsed."""
    return holders(session, [document_id]).get(document_id)


def holders(session: Session, document_ids: Sequence[int]) -> dict[int, Claim]:
    """Live claims of these documents, by document id."""
    out: dict[int, Claim] = {}
    now = _now()
    ids = list(document_ids)
    for i in range(0, len(ids), 500):
        for row in session.execute(
            select(DocumentClaim.document_id, DocumentClaim.user_name, DocumentClaim.claimed_at,
                   DocumentClaim.heartbeat_at).where(DocumentClaim.document_id.in_(ids[i : i + 500]))
        ):
            found = Claim(row[0], row[1], _aware(row[2]), _aware(row[3]))
            if found.heartbeat_at >= now - LAPSE:
                out[found.document_id] = found
    return out


def all_live(session: Session) -> list[Claim]:
    rows = session.scalars(select(DocumentClaim.document_id).order_by(DocumentClaim.document_id)).all()
    return list(holders(session, rows).values())


def next_unreviewed(
    session: Session, user: str, flt: QueueFilter | None = None, *, exclude: Sequence[int] = (), attempts: int = 50,
    statuses: Sequence[str] = UNREVIEWED,
) -> int | None:
    """Claim and answer the next document waiting for review (new or in review) that nobody else
    holds: documents assigned to `user` first, then by id. On PostgreSQL the candidate row is locked
    with FOR UPDATE SKIP LOCKED, so concurrent callers pass over each other's candidates; the claim's
    primary key settles any remaining race (the loser tries the next one). The caller commits."""
    now = _now()
    skipped = list(exclude)
    postgres = session.get_bind().dialect.name == "postgresql"
    for _ in range(attempts):
        q = (
            select(Document.id)
            .outerjoin(DocumentClaim, DocumentClaim.document_id == Document.id)
            .where(Document.status.in_(list(statuses)),
                   or_(DocumentClaim.document_id.is_(None), DocumentClaim.user_name == user,
                       DocumentClaim.heartbeat_at < now - LAPSE))
        )
        if flt is not None:
            q = apply_filter(session, q, flt)
        if skipped:
            q = q.where(Document.id.not_in(skipped))
        q = q.order_by(case((Document.assignee == user, 0), else_=1), Document.id).limit(1)
        if postgres:
            q = q.with_for_update(of=Document, skip_locked=True)
        found = session.execute(q).scalar()
        if found is None:
            return None
        try:
            with session.begin_nested():
                claim(session, found, user)
        except ClaimedError:
            skipped.append(found)
            continue
        return int(found)
    return None
