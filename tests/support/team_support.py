"""A team database for tests: a private schema on the shared test server (FACTDESK_TEST_PG_URL), set
up with `init_team`, and PostgreSQL logins in the FactDesk roles that connect with their passwords over
TCP to 127.0.0.1. Roles belong to the whole server, which other test sessions share: every login made
here has a unique name and is dropped afterwards."""

from __future__ import annotations

import secrets
import time
import uuid
from dataclasses import dataclass, field

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from store_samples import add_sample

from app.store import Database
from app.store.services import team

PG_ENV = "FACTDESK_TEST_PG_URL"
_DEADLOCK = "40P01"


@dataclass
class TeamServer:
    base_url: str
    schema: str = field(default_factory=lambda: "t_" + uuid.uuid4().hex[:12])
    logins: list[str] = field(default_factory=list)
    passwords: dict[str, str] = field(default_factory=dict)
    tag: str = field(default_factory=lambda: uuid.uuid4().hex[:8])

    @property
    def owner_url(self) -> str:
        sep = "&" if "?" in self.base_url else "?"
        return f"{self.base_url}{sep}options=-csearch_path%3D{self.schema}"

    def setup(self) -> Database:
        engine = create_engine(self.base_url)
        with engine.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{self.schema}"'))
            self.port = int(conn.execute(text("SHOW port")).scalar())
        engine.dispose()
        db = Database.open(self.owner_url)
        with db.session() as s:
            team.init_team(s)
            s.commit()
        self.db = db
        return db

    def login(self, role: str, name: str | None = None) -> str:
        """A new login in `role`; answers its name (its URL: `url(name)`)."""
        name = name or f"ft_{self.tag}_{role}_{len(self.logins)}"
        password = secrets.token_urlsafe(12)
        with self.db.session() as s:
            team.add_user(s, name, role, password)
            s.commit()
        self.logins.append(name)
        self.passwords[name] = password
        return name

    def url(self, name: str) -> str:
        base = make_url(self.base_url)
        return (f"postgresql+psycopg://{name}:{self.passwords[name]}@127.0.0.1:{self.port}/{base.database}"
                f"?options=-csearch_path%3D{self.schema}")

    def sample(self, n: int = 1) -> list[int]:
        return [add_sample(self.db, text=f"Document {i} {uuid.uuid4().hex}. Baotou signed 455 projects worth "
                           "579.9 billion yuan. Zhang Rui, the mayor, said so.") for i in range(n)]

    def teardown(self) -> None:
        """Drop the schema and the logins. The logins' sessions (a window's change feed still listening,
        a worker process) are ended first: one of them holding a lock while DROP SCHEMA takes its locks
        made PostgreSQL pick the drop as a deadlock victim. A deadlock left is retried."""
        self.db.dispose()
        engine = create_engine(self.base_url)
        try:
            with engine.begin() as conn:
                for name in self.logins:
                    conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = :n"),
                                 {"n": name})
            for attempt in range(5):
                try:
                    with engine.begin() as conn:
                        conn.execute(text(f'DROP SCHEMA "{self.schema}" CASCADE'))
                    break
                except DBAPIError as exc:
                    if getattr(exc.orig, "sqlstate", None) != _DEADLOCK or attempt == 4:
                        raise
                    time.sleep(0.5)
            with engine.begin() as conn:
                for name in self.logins:
                    conn.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
        finally:
            engine.dispose()


def hand_out_worker(url: str, barrier, results) -> None:  # noqa: ANN001 - multiprocessing primitives
    """One analyst's process: wait for the others, then ask for the next unreviewed document at the
    same moment as they do; report (login, document id)."""
    from app.review import open_workspace

    ws = open_workspace(url)
    try:
        ws.team()  # connect before the barrier, so the eight ask together
        barrier.wait(timeout=60)
        results.put((ws.user, ws.next_unreviewed_claimed()))
    finally:
        ws.close()
