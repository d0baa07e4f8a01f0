"""The audit log: every change an analyst (or an import) makes, with old and new values."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.numbers import number_text
from app.store.models import AuditEvent, AuditOrigin

_ORIGIN = "audit_origin"


@contextmanager
def origin(session: Session, name: str, export_id: str | None = None) -> Iterator[None]:
    """Every event recorded in `session` inside this block carries `origin` (and the export id):
    the services stay unaware of where a change came from (the window, a workbook)."""
    before = session.info.get(_ORIGIN)
    session.info[_ORIGIN] = (name, export_id)
    try:
        yield
    finally:
        if before is None:
            session.info.pop(_ORIGIN, None)
        else:
            session.info[_ORIGIN] = before


def _text(value: object) -> str | None:
    """The text an event keeps: a string as it is, a number exactly (`208826000000`, never a float's
    `208826000000.00003`), anything else as JSON (numbers inside as their exact decimal text)."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, Decimal):
        return number_text(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=_json_default)


def _json_default(value: object) -> object:
    return number_text(value) if isinstance(value, Decimal) else str(value)


def record(
    session: Session,
    user: str,
    action: str,
    *,
    document_id: int | None = None,
    fact_id: int | None = None,
    field: str | None = None,
    old: object = None,
    new: object = None,
) -> AuditEvent:
    event = AuditEvent(
        user=user,
        action=action,
        document_id=document_id,
        fact_id=fact_id,
        field=field,
        old_value=_text(old),
        new_value=_text(new),
    )
    source = session.info.get(_ORIGIN)
    if source is not None:
        event.provenance = AuditOrigin(origin=source[0], export_id=source[1])
    session.add(event)
    return event


def events(
    session: Session, *, document_id: int | None = None, fact_id: int | None = None
) -> Sequence[AuditEvent]:
    q = select(AuditEvent).order_by(AuditEvent.id)
    if document_id is not None:
        q = q.where(AuditEvent.document_id == document_id)
    if fact_id is not None:
        q = q.where(AuditEvent.fact_id == fact_id)
    return session.scalars(q).all()
