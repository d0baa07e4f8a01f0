"""The change feeds behind the window's live updates (`app.store.live`): on PostgreSQL a committed
change of a document or a fact arrives as that document's id (and a change in another schema of the
same database does not); on SQLite `PRAGMA data_version` and the audit log say which documents
another connection changed; a server that cannot be reached is `UnreachableError`."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import create_engine, text

from app.domain.errors import UnreachableError
from app.review import Workspace
from app.store import Database
from app.store.live import PostgresListener, RemoteChange, SqliteDataVersion
from app.workflows.importing import import_paths


def _seeded(url: str, seeds_dir) -> tuple[Database, list[int]]:  # noqa: ANN001
    db = Database.open(url)
    summary = import_paths(db, [seeds_dir], "importer")
    return db, [doc_id for _p, doc_id in summary.imported]


def _drain(feed, seconds: float = 0.3) -> None:  # noqa: ANN001
    while feed.wait(seconds) is not None:
        pass


def test_a_change_arrives_as_its_document_id(db_url: str, seeds_dir) -> None:  # noqa: ANN001
    db, ids = _seeded(db_url, seeds_dir)
    other = Database.open(db_url)
    feed = db.changes()
    assert feed is not None
    try:
        first = feed.wait(0.2)
        assert first is None or first.everything  # the PostgreSQL listener says "anything" after connecting
        _drain(feed)
        ws = Workspace(other, "bea")
        ws.edit_document(ids[1], {"region": "Elsewhere"})
        change = feed.wait(2.0)
        assert change == RemoteChange(frozenset({ids[1]}))
        fact = ws.document(ids[2]).facts[0]
        ws.set_fact_status(fact.id, "confirmed")
        assert feed.wait(2.0) == RemoteChange(frozenset({ids[2]}))
        assert feed.wait(0.3) is None  # nothing else happened
    finally:
        feed.close()
        other.dispose()
        db.dispose()


def test_sqlite_reports_new_documents_as_everything(tmp_path, seeds_dir) -> None:  # noqa: ANN001
    url = f"sqlite:///{tmp_path / 'f.sqlite3'}"
    db = Database.open(url)
    feed = db.changes()
    assert isinstance(feed, SqliteDataVersion)
    try:
        assert feed.wait(0.1) is None
        import_paths(Database.open(url), [seeds_dir], "importer")
        change = feed.wait(2.0)
        assert change is not None and change.everything
    finally:
        feed.close()
        db.dispose()


def test_another_schema_s_changes_are_not_ours(db_url: str, seeds_dir) -> None:  # noqa: ANN001
    """Two FactDesk schemas in one database share the channel; each hears only its own."""
    if db_url.startswith("sqlite"):
        pytest.skip("schemas and NOTIFY are PostgreSQL's")
    import uuid

    base = os.environ["FACTDESK_TEST_PG_URL"]
    schema = "t_" + uuid.uuid4().hex[:12]
    admin = Database(create_engine(base))
    with admin.engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        mine = Database.open(db_url)
        theirs, ids = _seeded(f"{base}?options=-csearch_path%3D{schema}", seeds_dir)
        feed = mine.changes()
        assert isinstance(feed, PostgresListener)
        feed.wait(0.2)
        Workspace(theirs, "bea").edit_document(ids[0], {"region": "Not yours"})
        assert feed.wait(1.0) is None
        with mine.engine.begin() as conn:
            found = conn.execute(text(
                "SELECT DISTINCT event_object_table FROM information_schema.triggers "
                "WHERE trigger_schema = current_schema() AND trigger_name LIKE 'factdesk_notify%'"))
            assert sorted(found.scalars()) == ["document_claims", "documents", "facts"]
        feed.close()
        mine.dispose()
        theirs.dispose()
    finally:
        with admin.engine.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def test_a_server_that_cannot_be_reached_is_unreachable() -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nobody listens there once the socket closes
    feed = PostgresListener((), {"host": "127.0.0.1", "port": port, "dbname": "x", "user": "x"}, "x@127.0.0.1")
    with pytest.raises(UnreachableError, match="cannot be reached"):
        feed.wait(0.1)
