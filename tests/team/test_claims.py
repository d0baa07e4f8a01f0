"""Claims: opening a document claims it, others see who holds it and cannot take it, a claim lapses
after ten minutes without a heartbeat (the heartbeat is set in the past, not waited for), an admin
releases one, and "next unreviewed" hands eight analysts asking at once eight different documents."""

from __future__ import annotations

import multiprocessing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from store_samples import add_sample
from team_support import TeamServer, hand_out_worker

from app.review import open_workspace
from app.store import Database
from app.store.services import claims


def owner_sql(server: TeamServer, sql: str, **params: object) -> list[tuple]:
    engine = create_engine(server.owner_url)
    with engine.begin() as conn:
        result = conn.execute(text(sql), params)
        rows = [tuple(r) for r in result] if result.returns_rows else []
    engine.dispose()
    return rows


@pytest.mark.postgres
def test_a_claim_is_held_seen_lapses_and_is_released_by_an_admin(team_server: TeamServer, cli) -> None:
    doc, other = team_server.sample(2)
    anna, ben, admin = team_server.login("analyst"), team_server.login("analyst"), team_server.login("admin")
    a, b = open_workspace(team_server.url(anna)), open_workspace(team_server.url(ben))
    try:
        assert not a.claim(doc).read_only
        state = b.claim(doc)
        assert state.read_only and state.holder == anna and state.message == f"being reviewed by {anna}"
        assert b.queue_rows([doc, other])[doc].claimed_by == anna
        assert b.queue_rows([doc, other])[other].claimed_by is None
        assert a.queue_rows([doc])[doc].claimed_by is None  # one's own claim is no marker
        assert not b.release(doc, force=True)  # an analyst cannot release someone else's claim
        assert b.claim(doc).holder == anna
        assert not a.heartbeat(doc).read_only

        # ten minutes without a heartbeat: lapsed, not shown, and Ben may take it over
        owner_sql(team_server, "UPDATE document_claims SET heartbeat_at = :t", t=datetime.now(UTC) - timedelta(
            minutes=10, seconds=5))
        assert b.queue_rows([doc])[doc].claimed_by is None
        assert not b.claim(doc).read_only
        assert a.claim(doc).holder == ben  # and Anna's window now shows it read-only

        # an admin releases Ben's claim from the command line
        done = cli("admin", "release", str(doc), "--db", team_server.url(admin))
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == f"released document {doc} (claimed by {ben})"
        assert owner_sql(team_server, "SELECT count(*) FROM document_claims") == [(0,)]
        again = cli("admin", "release", str(doc), "--db", team_server.url(admin))
        assert again.returncode == 1 and again.stderr.strip() == (
            f"factdesk: error: document {doc} is not claimed (or you may not release it)")
        assert not a.claim(doc).read_only
        assert a.release(doc)
    finally:
        a.close()
        b.close()


@pytest.mark.postgres
def test_eight_analysts_asking_at_once_get_eight_different_documents(team_server: TeamServer) -> None:
    team_server.sample(10)
    urls = [team_server.url(team_server.login("analyst")) for _ in range(8)]
    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(8), ctx.Queue()
    workers = [ctx.Process(target=hand_out_worker, args=(url, barrier, results)) for url in urls]
    for w in workers:
        w.start()
    got = [results.get(timeout=120) for _ in workers]
    for w in workers:
        w.join(60)
        assert w.exitcode == 0
    handed = [doc for _user, doc in got]
    assert None not in handed and len(set(handed)) == 8, got
    held = dict(owner_sql(team_server, "SELECT document_id, user_name FROM document_claims"))
    assert held == {doc: user for user, doc in got}


def test_on_sqlite_claims_do_not_get_in_the_way(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'one.sqlite3'}"
    db = Database.open(url)
    first = add_sample(db)
    db.dispose()
    a, b = open_workspace(url, "anna"), open_workspace(url, "ben")
    try:
        assert not a.team().claims
        assert not a.claim(first).read_only and not b.claim(first).read_only
        assert b.queue_rows([first])[first].claimed_by is None
        assert a.next_unreviewed_claimed() == first and b.next_unreviewed_claimed() == first
        assert not a.release(first)
        with a._db.session() as s:
            assert claims.all_live(s) == []
    finally:
        a.close()
        b.close()
