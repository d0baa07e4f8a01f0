"""Facts about the database itself (the `database_meta` table)."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from app.store.models import DatabaseMeta

DATABASE_ID = "database_id"


def database_id(session: Session) -> str:
    """The database's identity: a UUID made when it was created (or upgraded to revision 0006).
    Exported workbooks carry it, so a workbook applied to another database is recognised."""
    row = session.get(DatabaseMeta, DATABASE_ID)
    if row is None:  # only a database whose row was deleted by hand; make a new identity
        row = DatabaseMeta(key=DATABASE_ID, value=str(uuid.uuid4()))
        session.add(row)
        session.flush()
    return row.value
