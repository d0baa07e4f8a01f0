"""Approved documents whose facts do not pass the approval rule (app.domain.consistency): a database
written before the rule existed, or changed behind the services' back. The export refuses to write
such a document as approved (app.workflows.exporting)."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.consistency import blocking_problems
from app.domain.schema import DocStatus, FactStatus
from app.store.models import Document, Fact

BrokenApprovals = dict[int, dict[int, dict[str, str]]]
"""document id → fact id → {field: problem}."""


def broken_approvals(session: Session, document_ids: Collection[int] | None = None) -> BrokenApprovals:
    """Approved documents (among `document_ids`, or all) with a fact that is not rejected and has a
    problem that blocks approval, in document and fact order."""
    wanted = None if document_ids is None else set(document_ids)
    q = (
        select(Fact.id, Fact.document_id, Fact.kind, Fact.fields, Fact.value, Fact.unit, Fact.value_text,
               Fact.override_reason, Document.published, Document.region)
        .join(Document, Fact.document_id == Document.id)
        .where(Document.status == DocStatus.APPROVED.value, Fact.status != FactStatus.REJECTED.value)
        .order_by(Fact.document_id, Fact.id)
    )
    out: BrokenApprovals = {}
    for r in session.execute(q):
        if wanted is not None and r.document_id not in wanted:
            continue
        found = blocking_problems(r.kind, r.fields or {}, r.value, r.unit, r.value_text,
                                  override_reason=r.override_reason, published=r.published, region=r.region)
        if found:
            out.setdefault(r.document_id, {})[r.id] = found
    return out


def describe(broken: BrokenApprovals) -> str:
    """One line naming the documents and the first problem of each (at most five named)."""
    parts = []
    for doc_id, by_fact in list(broken.items())[:5]:
        fact_id, found = next(iter(by_fact.items()))
        name, message = next(iter(found.items()))
        parts.append(f"document {doc_id} (fact {fact_id}, {name}: {message})")
    more = f" and {len(broken) - 5} more" if len(broken) > 5 else ""
    one = len(broken) == 1
    return (f"{'; '.join(parts)}{more} {'is' if one else 'are'} approved but {'fails' if one else 'fail'} "
            f"validation; reopen {'it' if one else 'them'} for review, fix or override the problems and approve again")
