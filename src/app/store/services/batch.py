"""Batch decisions on several documents (approve, reject or flag every selected document in the
queue). Each document is decided on its own savepoint: one that fails — a fact that does not validate,
a status the workflow does not allow from where it is, another analyst's newer change — is rolled back
to what it was and listed with the reason, and the others go ahead. Every change is audited per
document by the services it goes through."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy.orm import Session

from app.domain.errors import StoreError
from app.domain.schema import DocStatus
from app.domain.views import BatchOutcome
from app.store.services import documents, review

DECISIONS = (DocStatus.APPROVED.value, DocStatus.REJECTED.value, DocStatus.FLAGGED.value)


def _problems_text(problems: Mapping[int, Mapping[str, str]]) -> str:
    first_fact, found = next(iter(problems.items()))
    name, message = next(iter(found.items()))
    more = len(problems) - 1
    return f"{len(problems)} fact(s) not valid: fact {first_fact} {name}: {message}" + (
        f" (and {more} more)" if more else "")


def decide(session: Session, document_ids: Sequence[int], status: str, user: str, *,
           note: str | None = None) -> BatchOutcome:
    """Move every document to `status` (approved, rejected, flagged with `note`); approval validates
    each document's facts as a single approval does."""
    if status not in DECISIONS:
        raise ValueError(f"a batch decision is one of {', '.join(DECISIONS)}, not {status}")
    done: dict[int, tuple[str, str | None]] = {}
    unchanged: list[int] = []
    failed: dict[int, str] = {}
    for document_id in dict.fromkeys(document_ids):
        savepoint = session.begin_nested()
        try:
            doc = documents.get(session, document_id)
            before = (doc.status, doc.note)
            if doc.status == status and (note is None or note == doc.note):
                unchanged.append(document_id)
                savepoint.commit()
                continue
            if status == DocStatus.APPROVED.value:
                result = review.approve(session, document_id, user)
                if not result.approved:
                    savepoint.rollback()
                    failed[document_id] = _problems_text(result.problems)
                    continue
            elif status == DocStatus.FLAGGED.value:
                review.flag(session, document_id, note or "", user)
            else:
                review.reject_document(session, document_id, user)
            savepoint.commit()
            done[document_id] = before
        except (StoreError, ValueError) as exc:
            savepoint.rollback()
            failed[document_id] = str(exc)
    return BatchOutcome(done, tuple(unchanged), failed)


def restore(session: Session, before: Mapping[int, tuple[str, str | None]], user: str) -> None:
    """Undo (or redo, given the other side) of a batch decision: each document's status and note as
    they were, audited."""
    for document_id, (status, note) in before.items():
        review.restore_status(session, document_id, status, note, user)
