#!/usr/bin/env python3
"""Team trials: analysts claiming, editing and approving on one PostgreSQL database at the same time.

    python bench/team_trials.py --db postgresql+psycopg:///factdesk [--analysts 8] [--trials 200] [--keep]

Sets up a private schema in the database at URL (the URL's login must be allowed to create schemas and
roles, e.g. the server's superuser), runs `init_team` on it, makes one analyst login per process (with a
password, connecting over TCP to 127.0.0.1, or the URL's host) and TRIALS + a few documents. Then
ANALYSTS processes, started together, each repeat until TRIALS documents are done: take the next
unreviewed document ("next unreviewed": claimed with SELECT … FOR UPDATE SKIP LOCKED), edit one of its
facts with the version it read, approve it, release it — and, between documents, edit a fact of one
of a few shared "hot" documents with a version read a moment earlier, so that concurrent writes meet
and the version check reports conflicts.

Checks, afterwards, against the database itself:
- double claims: documents handed to more than one analyst;
- lost updates: accepted writes (the operation returned without error) that are missing from the audit
  log, plus facts whose final value is not the value of the last write accepted for them;
- conflicts reported: stale writes refused with a ConflictError (as the window would show them).

The last line is exactly `double claims D, lost updates L, conflicts reported N, trials T`. The schema
and the logins are dropped at the end (unless --keep)."""

from __future__ import annotations

import argparse
import hashlib
import multiprocessing
import random
import secrets
import sys
import time
import uuid
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

HOT_DOCUMENTS = 3
TEXT = ("Document {n}. Baotou signed 455 projects worth 579.9 billion yuan in 2021. "
        "Zhang Rui, the mayor, said so. Reference {tag}.")


def _drafts():  # noqa: ANN202
    from app.domain.schema import FactDraft, Kind, Span

    return [
        FactDraft(Kind.INDICATOR, {"subject": "Baotou", "indicator": "signed projects"}, 455, "count",
                  [Span(20, 32)], 0.8, "rules"),
        FactDraft(Kind.PERSON, {"name": "Zhang Rui", "role": "mayor"}, None, None, [Span(72, 81)], 0.9, "rules"),
    ]


def _with_schema(url: str, schema: str) -> str:
    return f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"


def setup(url: str, analysts: int, trials: int) -> tuple[str, str, list[tuple[str, str]], list[int]]:
    """The schema, its owner URL, the analysts' (login, URL), the hot documents."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from app.domain.schema import DocStatus
    from app.store import Database
    from app.store.services import documents, team

    schema = "team_trials_" + uuid.uuid4().hex[:8]
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        port = int(conn.execute(text("SHOW port")).scalar())
    engine.dispose()
    owner = _with_schema(url, schema)
    db = Database.open(owner)
    parsed = make_url(url)
    host = parsed.host or "127.0.0.1"
    logins = []
    hot = []
    with db.session() as s:
        team.init_team(s)
        for i in range(analysts):
            name, password = f"{schema}_a{i + 1}", secrets.token_urlsafe(12)
            team.add_user(s, name, "analyst", password)
            logins.append((name, _with_schema(
                f"postgresql+psycopg://{name}:{password}@{host}:{parsed.port or port}/{parsed.database}", schema)))
        for n in range(trials + analysts + HOT_DOCUMENTS):
            body = TEXT.format(n=n, tag=uuid.uuid4().hex)
            doc = documents.add(s, documents.NewDocument(
                content_hash=hashlib.sha256(body.encode()).hexdigest(), source=f"/bench/{n}.txt", raw_text=body,
                display_text=body, offset_map=[[0, 0, len(body)]], language="en", title=f"Document {n}",
                published=date(2021, 7, 24)), "bench", _drafts())
            if n < HOT_DOCUMENTS:  # shared documents for concurrent edits, never handed out
                doc.status = DocStatus.FLAGGED.value
                hot.append(doc.id)
        s.commit()
    db.dispose()
    return schema, owner, logins, hot


def analyst(url: str, hot: list[int], counter, trials: int, barrier, out) -> None:  # noqa: ANN001
    """One analyst's process; puts its record on `out`: handed-out documents, accepted writes
    (fact id, field, value, version after), conflicts reported, errors."""
    from app.domain.errors import ConflictError, StoreError
    from app.review import open_workspace

    ws = open_workspace(url)
    rng = random.Random(ws.user)
    record = {"user": ws.user, "handed": [], "writes": [], "conflicts": 0, "errors": [], "trials": 0}

    def edit(fact_id: int, value: str, version: int) -> None:
        try:
            done = ws.edit_fact(fact_id, {"indicator": value}, expected_version=version)
        except ConflictError:
            record["conflicts"] += 1
            return
        after = next(f.version for f in done.document.facts if f.id == fact_id)  # type: ignore[union-attr]
        record["writes"].append((fact_id, "indicator", value, after))

    try:
        ws.team()
        barrier.wait(timeout=120)
        while True:
            with counter.get_lock():
                if counter.value >= trials:
                    break
                counter.value += 1
                trial = counter.value
            doc_id = ws.next_unreviewed_claimed()
            if doc_id is None:
                record["errors"].append("no document left to hand out")
                break
            record["handed"].append(doc_id)
            try:
                doc = ws.document(doc_id)
                fact = next(f for f in doc.facts if f.kind == "indicator")
                edit(fact.id, f"{ws.user} trial {trial}", fact.version)
                hot_doc = ws.document(rng.choice(hot))
                hot_fact = next(f for f in hot_doc.facts if f.kind == "indicator")
                time.sleep(rng.uniform(0, 0.02))  # a moment between reading and writing, as an analyst types
                edit(hot_fact.id, f"{ws.user} hot {trial}", hot_fact.version)
                verdict = ws.approve(doc_id)
                if not verdict.result.approved:
                    record["errors"].append(f"document {doc_id} not approved: {verdict.result.problems}")
                record["trials"] += 1
            except StoreError as exc:
                record["errors"].append(f"document {doc_id}: {exc}")
            finally:
                ws.release(doc_id)
    finally:
        ws.close()
        out.put(record)


def check(owner: str, records: list[dict]) -> tuple[int, int]:
    """(double claims, lost updates) from the records and the database's final state and audit log."""
    from sqlalchemy import create_engine, text

    handed = Counter(d for r in records for d in r["handed"])
    double = sum(n - 1 for n in handed.values() if n > 1)
    engine = create_engine(owner)
    with engine.connect() as conn:
        audited = {(f, field, value) for f, field, value in conn.execute(text(
            "SELECT fact_id, field, new_value FROM audit_events WHERE action = 'edit'"))}
        final = {f: fields.get("indicator") for f, fields in conn.execute(text("SELECT id, fields FROM facts"))}
    engine.dispose()
    writes = [w for r in records for w in r["writes"]]
    lost = sum(1 for f, field, value, _v in writes if (f, field, value) not in audited)
    last: dict[int, tuple[int, str]] = {}
    for f, _field, value, version in writes:
        if f not in last or version > last[f][0]:
            last[f] = (version, value)
    lost += sum(1 for f, (_v, value) in last.items() if final.get(f) != value)
    versions = Counter((f, v) for f, _field, _value, v in writes)
    lost += sum(n - 1 for n in versions.values() if n > 1)  # two accepted writes made the same version
    return double, lost


def teardown(url: str, schema: str, logins: list[tuple[str, str]]) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        for name, _url in logins:
            conn.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
    engine.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, metavar="URL", help="a PostgreSQL URL (superuser or CREATEROLE)")
    parser.add_argument("--analysts", type=int, default=8)
    parser.add_argument("--trials", type=int, default=200)
    parser.add_argument("--keep", action="store_true", help="keep the schema and the logins afterwards")
    args = parser.parse_args()
    started = time.perf_counter()
    schema, owner, logins, hot = setup(args.db, args.analysts, args.trials)
    print(f"schema {schema}: {args.analysts} analyst logins, {args.trials + args.analysts} documents, "
          f"{len(hot)} shared ones ({time.perf_counter() - started:.1f} s set-up)")
    ctx = multiprocessing.get_context("spawn")
    counter, barrier, out = ctx.Value("i", 0), ctx.Barrier(args.analysts), ctx.Queue()
    workers = [ctx.Process(target=analyst, args=(url, hot, counter, args.trials, barrier, out))
               for _name, url in logins]
    try:
        for w in workers:
            w.start()
        begun = time.perf_counter()
        records = [out.get(timeout=1800) for _ in workers]
        elapsed = time.perf_counter() - begun
        for w in workers:
            w.join(60)
        double, lost = check(owner, records)
    finally:
        if not args.keep:
            teardown(args.db, schema, logins)
    trials = sum(r["trials"] for r in records)
    conflicts = sum(r["conflicts"] for r in records)
    writes = sum(len(r["writes"]) for r in records)
    for r in records:
        for error in r["errors"]:
            print(f"error ({r['user']}): {error}")
    print(f"{args.analysts} analysts, {elapsed:.1f} s: {trials / elapsed:.1f} documents/s, {writes} writes accepted, "
          f"per analyst {sorted(r['trials'] for r in records)} documents")
    print(f"double claims {double}, lost updates {lost}, conflicts reported {conflicts}, trials {trials}")
    return 0 if double == 0 and lost == 0 and trials == args.trials else 1


if __name__ == "__main__":
    sys.exit(main())
