"""Assignments: a reviewer or an admin hands documents to an analyst (`documents.assignee`).

An assignment is not a change to the document's content, so it does not move the document's version
(an analyst's open copy does not become stale); it is audited (`assign`, old and new assignee). On
PostgreSQL in team mode a trigger lets only a reviewer or an admin change it (app.store.services.team)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.domain.errors import NotFoundError
from app.store.models import Document
from app.store.services import audit

ACTION = "assign"


def assign(session: Session, document_ids: Sequence[int], assignee: str | None, user: str) -> int:
    """Assign the documents to `assignee` (None: unassign); answers how many changed."""
    changed = 0
    ids = list(dict.fromkeys(document_ids))
    for i in range(0, len(ids), 500):
        part = ids[i : i + 500]
        current = dict(session.execute(select(Document.id, Document.assignee).where(Document.id.in_(part))).all())
        missing = [d for d in part if d not in current]
        if missing:
            raise NotFoundError(f"no document with id {missing[0]}")
        moving = [d for d in part if current[d] != assignee]
        if not moving:
            continue
        session.execute(update(Document).where(Document.id.in_(moving)).values(assignee=assignee)
                        .execution_options(synchronize_session=False))
        for d in moving:
            audit.record(session, user, ACTION, document_id=d, field="assignee", old=current[d], new=assignee)
        changed += len(moving)
    session.flush()
    return changed
