"""Where the reviewer's attention is needed: the unreviewed facts (suggested, in a document still in
review) ordered by confidence, lowest first — the order "Next uncertain fact" walks across documents."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from app.store.models import Document, Fact
from app.store.services.queue import UNREVIEWED


def next_uncertain(session: Session, after_fact_id: int | None = None) -> tuple[int, int] | None:
    """(document id, fact id) of the lowest-confidence unreviewed fact that comes after `after_fact_id`
    in the order (confidence, document, fact); the first one when `after_fact_id` is None or unknown,
    and again the first one when nothing comes after it (the walk wraps)."""
    base = (
        select(Fact.document_id, Fact.id)
        .join(Document, Document.id == Fact.document_id)
        .where(Fact.status == "suggested", Document.status.in_(UNREVIEWED))
        .order_by(Fact.confidence, Fact.document_id, Fact.id)
        .limit(1)
    )
    after = session.get(Fact, after_fact_id) if after_fact_id is not None else None
    if after is not None:
        c, d, i = after.confidence, after.document_id, after.id
        later = base.where(or_(
            Fact.confidence > c,
            and_(Fact.confidence == c, Fact.document_id > d),
            and_(Fact.confidence == c, Fact.document_id == d, Fact.id > i),
        ))
        row = session.execute(later).first()
        if row is not None:
            return int(row[0]), int(row[1])
    row = session.execute(base).first()
    return (int(row[0]), int(row[1])) if row is not None else None


def counts(session: Session, document_ids: Sequence[int], below: float) -> dict[int, int]:
    """Per document, its facts still as suggested with a confidence below `below` (absent: none)."""
    out: dict[int, int] = {}
    ids = list(document_ids)
    for i in range(0, len(ids), 500):
        q = (select(Fact.document_id, func.count(Fact.id))
             .where(Fact.document_id.in_(ids[i:i + 500]), Fact.status == "suggested", Fact.confidence < below)
             .group_by(Fact.document_id))
        out.update({int(d): int(n) for d, n in session.execute(q)})
    return out
