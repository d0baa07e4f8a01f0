"""The store on a real database: SQLite always, PostgreSQL when a server is configured."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from store_samples import TEXT, add_sample, drafts, new_doc

from app.domain.schema import DocStatus, FactDraft, FactStatus
from app.store import ConflictError, Database, StoreError
from app.store.db import KNOWN_HEAD
from app.store.models import Document, Fact
from app.store.services import audit, documents, facts


def insert_at_old_schema(db: Database, new: documents.NewDocument, facts_: list[FactDraft]) -> int:
    """A document and its facts written as the previous release wrote them (its own columns only: the
    ORM models describe the newest schema)."""
    import sqlalchemy as sa

    meta = sa.MetaData()
    with db.engine.begin() as conn:
        docs = sa.Table("documents", meta, autoload_with=conn)
        fact_table = sa.Table("facts", meta, autoload_with=conn)
        now = datetime.now(UTC)
        doc_id = conn.execute(docs.insert().values(
            content_hash=new.content_hash, source=new.source, raw_text=new.raw_text, display_text=new.display_text,
            offset_map=new.offset_map, language=new.language, title=new.title, published=new.published,
            region="Baotou", status="new", fact_count=len(facts_), version=1, created_at=now, updated_at=now,
        )).inserted_primary_key[0]
        for d in facts_:
            conn.execute(fact_table.insert().values(
                document_id=doc_id, kind=d.kind.value, fields=d.fields, value=d.value, unit=d.unit,
                evidence=[[sp.start, sp.end] for sp in d.evidence], confidence=d.confidence, origin=d.origin,
                status="suggested", version=1, created_at=now, updated_at=now,
            ))
    return int(doc_id)


def test_fresh_database_is_at_head(db: Database) -> None:
    assert db.current_revision() == db.head_revision() == KNOWN_HEAD
    assert db.migrate() is None


def test_document_with_facts_round_trips(db: Database) -> None:
    doc_id = add_sample(db)
    with db.session() as s:
        doc = documents.get(s, doc_id)
        assert doc.fact_count == 3 and doc.min_confidence == pytest.approx(0.4)
        assert doc.region == "Baotou" and doc.published == date(2021, 7, 24)
        money = next(f for f in doc.facts if f.unit == "CNY")
        assert money.value == 579_900_000_000 and money.evidence == [[33, 51]]
        assert doc.display_text[33:51] == "579.9 billion yuan"
        assert [e.action for e in audit.events(s, document_id=doc_id)] == ["import"]


def test_same_content_hash_is_refused(db: Database) -> None:
    add_sample(db)
    with db.session() as s:
        assert documents.find_by_hash(s, new_doc().content_hash) is not None
        s.add(Document(content_hash=new_doc().content_hash, raw_text="x", display_text="x", offset_map=[],
                       language="en", status="new", fact_count=0))
        with pytest.raises(Exception, match="(?i)unique|duplicate"):
            s.flush()


def test_edit_confirm_reject_are_audited(db: Database) -> None:
    doc_id = add_sample(db)
    with db.session() as s:
        money, count, person = facts.facts_of(s, doc_id)[1], facts.facts_of(s, doc_id)[0], facts.facts_of(s, doc_id)[2]
        facts.update(s, money.id, {"value": 580_000_000_000, "period": "2021"}, "ana")
        facts.confirm(s, count.id, "ana")
        facts.reject(s, person.id, "ana")
        s.commit()
    with db.session() as s:
        got = {f.id: f for f in facts.facts_of(s, doc_id)}
        assert got[money.id].value == 580_000_000_000 and got[money.id].fields["period"] == "2021"
        assert got[money.id].status == FactStatus.EDITED
        assert got[count.id].status == FactStatus.CONFIRMED and got[count.id].reviewer == "ana"
        assert got[person.id].status == FactStatus.REJECTED
        assert documents.get(s, doc_id).fact_count == 2
        ev = [(e.user, e.action, e.field, e.old_value, e.new_value) for e in audit.events(s, document_id=doc_id)]
        assert ("ana", "edit", "value", "579900000000", "580000000000") in ev
        assert ("ana", "edit", "period", None, "2021") in ev
        assert ("ana", "fact_status", "status", "suggested", "edited") in ev
        assert ("ana", "fact_status", "status", "suggested", "confirmed") in ev
        assert ("ana", "fact_status", "status", "suggested", "rejected") in ev


def test_optimistic_locking_refuses_a_stale_write(db: Database) -> None:
    doc_id = add_sample(db)
    with db.session() as s1:
        f1 = facts.facts_of(s1, doc_id)[0]
        version = f1.version
        facts.update(s1, f1.id, {"value": 456}, "a")
        s1.commit()
    with pytest.raises(ConflictError, match="changed elsewhere"), db.session() as s2:
        facts.update(s2, f1.id, {"value": 457}, "b", expected_version=version)
    with pytest.raises(ConflictError), db.session() as s3, db.session() as s4:
        a = s3.get(Fact, f1.id)
        b = s4.get(Fact, f1.id)
        assert a is not None and b is not None
        a.value = 1.0
        s3.commit()
        b.value = 2.0
        s4.commit()
    with db.session() as s:
        assert facts.get_fact(s, f1.id).value == 1.0


def test_reextraction_keeps_analyst_work(db: Database) -> None:
    doc_id = add_sample(db)
    with db.session() as s:
        first, second, person = facts.facts_of(s, doc_id)
        facts.confirm(s, first.id, "ana")
        facts.reject(s, person.id, "ana")
        s.commit()
    with db.session() as s:
        added = facts.replace_suggestions(s, doc_id, drafts(), "ana")
        s.commit()
    with db.session() as s:
        now = facts.facts_of(s, doc_id)
        assert added == 1  # only the untouched money fact comes back
        assert [f.status for f in now].count("confirmed") == 1
        assert [f.status for f in now].count("rejected") == 1
        assert len(now) == 3


def test_status_workflow_and_note(db: Database) -> None:
    doc_id = add_sample(db)
    with db.session() as s:
        documents.set_status(s, doc_id, DocStatus.IN_REVIEW, "ana")
        documents.set_status(s, doc_id, DocStatus.FLAGGED, "ana", note="figures disagree with the source")
        documents.set_status(s, doc_id, DocStatus.APPROVED, "ana")
        s.commit()
    with db.session() as s:
        doc = documents.get(s, doc_id)
        assert doc.status == "approved" and doc.reviewer == "ana" and doc.reviewed_at is not None
        assert doc.note == "figures disagree with the source"
        with pytest.raises(ConflictError):
            documents.set_status(s, doc_id, DocStatus.NEW, "ana")
        assert documents.counts_by_status(s) == {"approved": 1}


def test_another_applications_sqlite_file_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes(x TEXT)")
        conn.execute("INSERT INTO notes VALUES ('keep me')")
    conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(StoreError, match="not a FactDesk database"):
        Database.open(f"sqlite:///{path}")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.sqlite3", "userdata"]


def test_sqlite_uses_wal(tmp_path: Path) -> None:
    db = Database.open(f"sqlite:///{tmp_path / 'w.sqlite3'}")
    with db.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    db.dispose()


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("these are my notes, not a database\n" * 20)
    with pytest.raises(StoreError, match="not a FactDesk database"):
        Database.open(f"sqlite:///{path}")
    assert path.read_text().startswith("these are my notes")


def test_a_read_only_database_file(tmp_path: Path) -> None:
    path = tmp_path / "ro.sqlite3"
    Database.open(f"sqlite:///{path}").dispose()
    before = path.read_bytes()
    path.chmod(0o444)
    try:
        with pytest.raises(StoreError, match="read-only"):
            Database.open(f"sqlite:///{path}")
    finally:
        path.chmod(0o644)
    assert path.read_bytes() == before


def test_a_duplicate_is_not_stored_and_the_session_goes_on(db: Database) -> None:
    with db.session() as s:
        assert documents.add_unless_stored(s, new_doc(), "a") is not None
        assert documents.add_unless_stored(s, new_doc(), "a") is None
        assert documents.add_unless_stored(s, new_doc(TEXT + " Again."), "a") is not None
        s.commit()
    with db.session() as s:
        assert documents.count(s) == 2


def test_two_imports_of_the_same_article_at_once_store_it_once(db: Database) -> None:
    """On a shared server two analysts may import the same file at the same moment: the second
    insert waits for the first and is then refused by the unique content hash, not a crash."""
    if db.is_sqlite:
        pytest.skip("SQLite has one writer at a time; the race needs a server such as PostgreSQL")
    import threading

    result: list[object] = []
    with db.session() as first:
        assert documents.add_unless_stored(first, new_doc(), "a") is not None  # inserted, not committed

        def second() -> None:
            with db.session() as s2:
                result.append(documents.add_unless_stored(s2, new_doc(), "b"))
                s2.commit()

        t = threading.Thread(target=second)
        t.start()
        t.join(0.5)
        assert t.is_alive(), "the second insert should wait for the first transaction"
        first.commit()
        t.join(10)
    assert result == [None]
    with db.session() as s:
        assert documents.count(s) == 1


def test_an_older_schema_is_backed_up_then_upgraded_in_place(tmp_path: Path) -> None:
    """A database left by the previous release (schema 0001) with an analyst's work in it."""
    from alembic import command

    from app.store.db import _alembic_config

    path = tmp_path / "old.sqlite3"
    old = Database.open(f"sqlite:///{path}", migrate=False)
    cfg = _alembic_config()
    with old.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    doc_id = insert_at_old_schema(old, new_doc(), drafts())
    old.dispose()
    assert old.current_revision() == "0001" != old.head_revision()

    db = Database.open(f"sqlite:///{path}")
    assert db.current_revision() == db.head_revision()
    backups = list(tmp_path.glob("old.sqlite3.before-*.bak"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert conn.execute("SELECT count(*) FROM facts").fetchone() == (3,)
    conn.close()
    with db.session() as s:
        assert len(facts.facts_of(s, doc_id)) == 3
        # the upgrade gave the stored rows their region codes (Baotou: 150200)
        assert documents.get(s, doc_id).region_code == "150200"
        assert {f.region_code for f in facts.facts_of(s, doc_id) if f.kind != "person"} == {"150200"}
    db.dispose()
