"""Hearing about other writers' changes, on a connection of its own (meant for one worker thread).

- PostgreSQL: `LISTEN factdesk_changes`; the triggers of migration 0012 send "schema:document_id"
  when a transaction that changed a document or its facts commits. Notifications of other schemas
  sharing the database are ignored. A lost connection raises `UnreachableError`; the next `wait`
  connects again (and reports everything as possibly changed, since notifications sent while it
  was away are lost).
- SQLite: `PRAGMA data_version` on a connection kept open changes whenever another connection (this
  window's own writes included) commits to the file. Which documents changed is read from the audit
  log (every change is audited) since the last event seen; new documents, or a change the log does
  not show, answer `RemoteChange(everything=True)`.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.domain.errors import UnreachableError

if TYPE_CHECKING:
    from app.store.db import Database

CHANNEL = "factdesk_changes"


@dataclass(frozen=True)
class RemoteChange:
    """Documents another writer changed; `everything`: it is not known which (SQLite, or after a gap)."""

    document_ids: frozenset[int] = frozenset()
    everything: bool = False


class ChangeFeed(ABC):
    """`wait(timeout)` answers the changes committed since the last call, or None after `timeout`
    seconds without any. Not thread-safe: one thread calls it. Two kinds: `SqliteDataVersion` (polls
    PRAGMA data_version) and the PostgreSQL LISTEN feed."""

    @abstractmethod
    def wait(self, timeout: float) -> RemoteChange | None: ...

    @abstractmethod
    def close(self) -> None: ...


class SqliteDataVersion(ChangeFeed):
    POLL = 0.25

    def __init__(self, path: str) -> None:
        self._path = path
        self._conn: sqlite3.Connection | None = None
        self._version: int | None = None
        self._marks = (0, 0)  # the last audit event and the last document seen

    def _read(self) -> int:
        if self._conn is None:
            self._conn = sqlite3.connect(self._path, timeout=5, check_same_thread=False)
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def _last_marks(self) -> tuple[int, int]:
        assert self._conn is not None
        row = self._conn.execute("SELECT (SELECT coalesce(max(id), 0) FROM audit_events), "
                                 "(SELECT coalesce(max(id), 0) FROM documents)").fetchone()
        return int(row[0]), int(row[1])

    def _what_changed(self) -> RemoteChange:
        assert self._conn is not None
        with self._conn:  # one read transaction: the marks and the events agree
            marks = self._last_marks()
            ids = {int(r[0]) for r in self._conn.execute(
                "SELECT DISTINCT document_id FROM audit_events WHERE id > ? AND document_id IS NOT NULL",
                (self._marks[0],))}
        new_documents = marks[1] != self._marks[1]
        self._marks = marks
        return RemoteChange(frozenset(ids), everything=new_documents or not ids)

    def wait(self, timeout: float) -> RemoteChange | None:
        deadline = time.monotonic() + timeout
        if self._version is None:
            self._version = self._read()
            self._marks = self._last_marks()
        while True:
            version = self._read()
            if version != self._version:
                self._version = version
                return self._what_changed()
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            time.sleep(min(self.POLL, left))

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


class PostgresListener(ChangeFeed):
    def __init__(self, connect_args: tuple[Any, ...], connect_kwargs: dict[str, Any], where: str) -> None:
        self._args, self._kwargs, self._where = connect_args, connect_kwargs, where
        self._conn: Any = None
        self._schema = ""

    def _connect(self) -> None:
        import psycopg

        try:
            conn = psycopg.connect(*self._args, autocommit=True, **{"connect_timeout": 5, **self._kwargs})
            self._schema = str(conn.execute("SELECT current_schema()").fetchone()[0])  # type: ignore[index]
            conn.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error:
            raise UnreachableError(f"the database server cannot be reached: {self._where}") from None
        self._conn = conn

    def wait(self, timeout: float) -> RemoteChange | None:
        import psycopg

        if self._conn is None:
            self._connect()
            return RemoteChange(everything=True)  # whatever was sent while nobody listened is lost
        ids: set[int] = set()
        try:
            for note in self._conn.notifies(timeout=timeout, stop_after=1):
                ids |= self._ids(note.payload)
            if ids:  # gather whatever else has arrived with it
                for note in self._conn.notifies(timeout=0.05):
                    ids |= self._ids(note.payload)
            if self._conn.closed or self._conn.broken:
                raise psycopg.OperationalError("connection closed")
        except psycopg.Error:
            self.close()
            raise UnreachableError(f"the database server cannot be reached: {self._where}") from None
        return RemoteChange(frozenset(ids)) if ids else None

    def _ids(self, payload: str) -> set[int]:
        schema, _, doc = payload.rpartition(":")
        return {int(doc)} if schema == self._schema and doc.isdigit() else set()

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):  # closing a broken connection may fail in many ways
                self._conn.close()
            self._conn = None


def change_feed(db: Database) -> ChangeFeed | None:
    """The feed for this database; None for an in-memory SQLite database (nobody else sees it)."""
    if db.is_sqlite:
        path = db.sqlite_path
        return SqliteDataVersion(str(path)) if path is not None else None
    engine = db.engine
    args, kwargs = engine.dialect.create_connect_args(engine.url)
    return PostgresListener(tuple(args), dict(kwargs), engine.url.render_as_string())
