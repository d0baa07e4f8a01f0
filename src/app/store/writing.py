"""Writing when others write too: wait for a busy database for a bounded time, then say so in one line.

SQLite lets one writer at a time. Each statement waits up to a few seconds inside SQLite (its busy
timeout); a transaction refused as busy (also the case SQLite's busy handler never waits for, a WAL
snapshot that went stale) is retried from its start with growing pauses until
`busy_seconds()` have passed. Disk full is its own error, so a batch can stop cleanly.

Messages never carry SQL or parameter values (an article's text would be in them).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

from app.domain.errors import UnreachableError
from app.store.errors import StoreError

ENV_BUSY = "FACTDESK_BUSY_TIMEOUT"
DEFAULT_BUSY_SECONDS = 60.0
"""How long a write waits for another writer before it gives up: long enough for another import's
batch or the window's saves, short enough that a stuck program is reported within a minute."""

T = TypeVar("T")

_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_FULL = 5, 6, 13
_SQLITE_IOERR_WRITE = 10 | (3 << 8)  # a write the system refused: no space, or over the file size limit
_PG_DISK_FULL = "53100"
_PG_DENIED = "42501"  # insufficient_privilege: a grant, row-level security or a team trigger said no


class DatabaseBusyError(StoreError):
    """Another program held the database for longer than we wait."""


class PermissionDeniedError(StoreError):
    """PostgreSQL refused the change for this login's role (team mode): the server's own one line,
    e.g. "permission denied for table audit_events"."""


class DiskFullError(StoreError):
    """The disk (or the database's quota) is full; nothing of the transaction was stored."""


def busy_seconds() -> float:
    """The bound on waiting for a busy database: $FACTDESK_BUSY_TIMEOUT seconds, else 60."""
    try:
        value = float(os.environ.get(ENV_BUSY, ""))
    except ValueError:
        return DEFAULT_BUSY_SECONDS
    return value if value > 0 else DEFAULT_BUSY_SECONDS


def statement_wait_seconds() -> float:
    """SQLite's own busy timeout per statement; the retry loop covers the rest of the bound."""
    return min(5.0, busy_seconds())


def classify(exc: BaseException, where: str) -> StoreError | None:
    """The one-line error for a database failure we know (busy, disk full), else None."""
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    low = str(orig).lower()
    if _unreachable(exc, orig):
        return UnreachableError(f"the database server cannot be reached: {where}")
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED) or "database is locked" in low or "database is busy" in low:
        return DatabaseBusyError(busy_message(where))
    if getattr(orig, "sqlstate", None) == _PG_DENIED:
        line = (str(orig).strip().splitlines() or ["permission denied"])[0]
        return PermissionDeniedError(line if line.startswith("permission denied") else f"permission denied: {line}")
    if code == _SQLITE_IOERR_WRITE:
        return DiskFullError(f"disk full (the system refused a write): cannot write to the database {where}")
    if (
        primary == _SQLITE_FULL
        or "disk is full" in low
        or "no space left" in low
        or getattr(orig, "sqlstate", None) == _PG_DISK_FULL
    ):
        return DiskFullError(f"disk full: cannot write to the database {where}")
    return None


_PG_GONE = ("57P01", "57P02", "57P03")  # admin shutdown, crash shutdown, cannot connect now


def _unreachable(exc: BaseException, orig: BaseException) -> bool:
    """A lost or refused connection to a database server (not SQLite's file: that is never "away")."""
    if getattr(exc, "connection_invalidated", False):
        return True
    module = type(orig).__module__ or ""
    if not module.startswith("psycopg"):
        return False
    state = getattr(orig, "sqlstate", None)
    if state is None:  # psycopg's own OperationalError: the connection could not be made or was closed
        return type(orig).__name__ == "OperationalError"
    return str(state).startswith("08") or state in _PG_GONE


def busy_message(where: str) -> str:
    return (
        f"the database is busy (another program is writing to it); gave up after waiting "
        f"{busy_seconds():.0f} s: {where}"
    )


def one_line(exc: BaseException) -> str:
    """The driver's own message, first line only: no SQL, no parameters."""
    orig = getattr(exc, "orig", exc)
    text = (str(orig).strip().splitlines() or [type(orig).__name__])[0]
    return f"{type(orig).__name__}: {text}"[:200]


def write_retrying(engine: Engine, work: Callable[[Connection], T], where: str) -> T:
    """Run `work` in one transaction and commit it, retrying the whole transaction while the database
    is busy, for at most `busy_seconds()`. Raises DatabaseBusyError, DiskFullError, or StoreError
    (one line) for any other database failure; `work` must be safe to run again after a rollback."""
    deadline = time.monotonic() + busy_seconds()
    pause = 0.05
    while True:
        try:
            with engine.connect() as conn:
                if conn.dialect.name == "sqlite":
                    # Take the write lock now (waiting in SQLite's busy handler), not at the first
                    # insert after reads, where a stale WAL snapshot is refused without waiting.
                    conn.exec_driver_sql("BEGIN IMMEDIATE")
                result = work(conn)
                conn.commit()
                return result
        except DBAPIError as exc:
            known = classify(exc, where)
            if isinstance(known, DatabaseBusyError) and time.monotonic() + pause < deadline:
                time.sleep(pause)
                pause = min(pause * 2, 1.0)
                continue
            if known is not None:
                raise known from None
            raise StoreError(f"cannot write to the database {where} ({one_line(exc)})") from None
