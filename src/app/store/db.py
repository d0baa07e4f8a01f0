"""Opening the database: engine, SQLite pragmas, migrations on start-up (with a backup first)."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.store.errors import ConflictError, StoreError
from app.store.live import ChangeFeed, change_feed
from app.store.writing import DatabaseBusyError, busy_seconds, classify, statement_wait_seconds, write_retrying

if TYPE_CHECKING:
    from alembic.config import Config

KNOWN_HEAD = "0014"
"""The newest migration, as `head_revision()` finds it with Alembic's ScriptDirectory. Kept here so
that opening a current database does not import Alembic (a test checks the two agree)."""

T = TypeVar("T")


def _migrations_dir() -> Path:
    return Path(str(resources.files("app.store") / "migrations"))


def _alembic_config() -> Config:
    from alembic.config import Config  # alembic is imported only when a migration runs (start-up time)

    cfg = Config()
    cfg.set_main_option("script_location", str(_migrations_dir()))
    return cfg


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={int(statement_wait_seconds() * 1000)}")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _switch_to_wal(engine: Engine, path: Path | None) -> None:
    """Put the file in WAL mode, waiting for another program doing the same to the same new file.

    The switch reads the file's header and then asks for the write lock within the same transaction;
    SQLite's busy handler never waits for a lock asked for that way, so when two programs switch one
    new file at the same moment the loser gets "database is locked" at once. We retry it with short
    pauses for as long as a write would wait (`busy_seconds()`)."""
    deadline = time.monotonic() + busy_seconds()
    pause = 0.02
    while True:
        try:
            with engine.connect() as conn:
                mode = conn.exec_driver_sql("PRAGMA journal_mode=WAL").scalar()
            break
        except OperationalError as exc:
            if not isinstance(classify(exc, ""), DatabaseBusyError) or time.monotonic() >= deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.5)
    if path and str(mode).lower() != "wal":
        raise StoreError(f"cannot switch the database to WAL mode: {path}")


class Database:
    """One database: its engine and a session factory. `Database.open(url)` migrates it to head."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite:
            return None
        name = self.engine.url.database
        return Path(name) if name and name != ":memory:" else None

    @classmethod
    def open(cls, url: str, *, migrate: bool = True) -> Database:
        try:
            parsed = make_url(url)
        except ArgumentError:
            raise StoreError(f"not a database URL: {url}") from None
        if parsed.get_backend_name() == "sqlite":
            path = parsed.database
            if path and path != ":memory:":
                p = Path(path)
                if p.is_dir():
                    raise StoreError(f"database path is a folder, not a file: {p}")
                if not p.parent.exists():
                    raise StoreError(f"the folder for the database does not exist: {p.parent}")
                _check_sqlite_file(p)
            engine = create_engine(
                parsed, connect_args={"timeout": statement_wait_seconds()}, hide_parameters=True
            )
            event.listen(engine, "connect", _sqlite_pragmas)
        else:
            try:
                engine = create_engine(parsed, pool_pre_ping=True, hide_parameters=True)
            except Exception as exc:  # noqa: BLE001 - a missing driver raises many kinds of errors
                raise StoreError(f"cannot use database {parsed.render_as_string()}: {exc}") from None
        db = cls(engine)
        try:
            if db.is_sqlite:
                _switch_to_wal(engine, db.sqlite_path)
            if migrate:
                db.migrate()
        except StoreError:
            engine.dispose()
            raise
        except (OperationalError, DatabaseError) as exc:
            engine.dispose()
            raise StoreError(_describe(exc, db)) from None
        return db

    def current_revision(self) -> str | None:
        with self.engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def head_revision(self) -> str | None:
        """The newest migration, found by Alembic's ScriptDirectory (imports Alembic)."""
        from alembic.script import ScriptDirectory

        heads = ScriptDirectory.from_config(_alembic_config()).get_heads()
        if len(heads) > 1:
            raise StoreError(f"the migrations have more than one head: {', '.join(sorted(heads))}")
        return heads[0] if heads else None

    def migrate(self) -> Path | None:
        """Upgrade the schema to head. An existing SQLite file with data is copied first; the copy's
        path is returned (None when no backup was needed). A database already at the head is recognised
        without importing Alembic; one made by a newer FactDesk is refused before anything is written."""
        current = self.current_revision()
        if current == KNOWN_HEAD:
            return None
        from alembic.script import ScriptDirectory

        script = ScriptDirectory.from_config(_alembic_config())
        head = self.head_revision()
        if current == head:
            return None
        if current is not None and current not in {s.revision for s in script.walk_revisions()}:
            raise StoreError(
                f"the database {self._where()} was made by a newer FactDesk (revision {current}); this is {head}"
            )
        backup = None
        if self.sqlite_path and self.sqlite_path.exists():
            has_tables = bool(inspect(self.engine).get_table_names())
            if has_tables:
                backup = self.backup(reason=f"before-{head}")
        from alembic import command

        cfg = _alembic_config()
        try:
            with self.engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
        except (OperationalError, DatabaseError):
            # Another process (a second window, `factdesk list` run at the same moment) may be creating
            # or upgrading the same new file: its tables appear under our feet ("table … already
            # exists", "database is locked"). Wait for it to finish; what it made is what we wanted.
            if not self._reached_head(head):
                raise
        return backup

    def _reached_head(self, head: str | None, seconds: float = 30.0) -> bool:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                if self.current_revision() == head:
                    return True
            except (OperationalError, DatabaseError):
                pass
            time.sleep(0.2)
        return False

    def where(self) -> str:
        """The file, or the server URL with its password masked: what messages (and the journal) name."""
        return self._where()

    def _where(self) -> str:
        return str(self.sqlite_path or self.engine.url.render_as_string())

    def backup(self, reason: str = "backup") -> Path:
        """Copy the SQLite file beside itself (consistent even while in WAL mode)."""
        src = self.sqlite_path
        if src is None:
            raise StoreError("only a SQLite database file can be backed up this way")
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        dest = src.with_name(f"{src.name}.{reason}.{stamp}.bak")
        source, target = sqlite3.connect(src), sqlite3.connect(dest)
        try:
            source.backup(target)
        finally:
            target.close()
            source.close()
        return dest

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One session for one user action. The caller commits; anything uncommitted rolls back."""
        session = self._sessions()
        try:
            yield session
        except StaleDataError:
            session.rollback()
            raise ConflictError("the record was changed elsewhere since it was read; reload it") from None
        except DBAPIError as exc:
            session.rollback()
            known = classify(exc, self._where())  # busy past the wait, disk full: one line, no SQL
            if known is not None:
                raise known from None
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def write(self, work: Callable[[Connection], T]) -> T:
        """Run `work` in one write transaction and commit, waiting (a bounded time) while another
        program writes; see `app.store.writing`."""
        return write_retrying(self.engine, work, self._where())

    def read(self, work: Callable[[Connection], T]) -> T:
        with self.engine.connect() as conn:
            return work(conn)

    def ping(self) -> None:
        """Reach the database once (a fresh pooled connection if the old ones died); raises
        UnreachableError (or another StoreError) when it cannot."""
        with self.session() as session:
            session.execute(text("SELECT 1"))

    def place(self) -> tuple[str, str | None] | None:
        """(database@host:port, login) of a server database; None for SQLite. Never the password."""
        if self.is_sqlite:
            return None
        url = self.engine.url
        host = url.host or "localhost"
        return f"{url.database or ''}@{host}:{url.port or 5432}", url.username

    def changes(self) -> ChangeFeed | None:
        """A feed of other writers' changes, on a connection of its own (`app.store.live`)."""
        return change_feed(self)

    def dispose(self) -> None:
        self.engine.dispose()


def _check_sqlite_file(path: Path) -> None:
    """Refuse, before anything is written, a file that is not a FactDesk database: another kind of
    file, another application's SQLite database (not empty, without FactDesk's tables), or a damaged
    one (`PRAGMA quick_check`)."""
    if not path.exists():
        if not _writable_dir(path.parent):
            raise StoreError(f"cannot create the database, the folder is read-only: {path.parent}")
        return
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise StoreError(f"cannot read the database file {path}: {exc.strerror}") from None
    if head and head != b"SQLite format 3\x00":
        raise StoreError(f"not a FactDesk database (not an SQLite file): {path}")
    if not _writable(path) or not _writable_dir(path.parent):
        raise StoreError(f"the database file is read-only: {path}")
    if head:
        _check_sqlite_contents(path)


def _check_sqlite_contents(path: Path) -> None:
    damaged = f"the database file is damaged (PRAGMA quick_check failed); restore a backup: {path}"
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=rw", uri=True, timeout=statement_wait_seconds())
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open the database {path}: {exc}") from None
    try:
        tables = _tables_once_created(conn)
        if tables and not {"alembic_version", "documents"} <= tables:
            shown = ", ".join(sorted(tables)[:5]) + (", …" if len(tables) > 5 else "")
            raise StoreError(f"not a FactDesk database (it holds other tables: {shown}); left unchanged: {path}")
        if tables:
            rows = conn.execute("PRAGMA quick_check").fetchall()
            if rows != [("ok",)]:
                raise StoreError(damaged)
    except sqlite3.DatabaseError as exc:
        low = str(exc).lower()
        if "locked" in low or "busy" in low:
            raise StoreError(f"the database is busy (another program is writing to it): {path}") from None
        if "not a database" in low:
            raise StoreError(f"not a FactDesk database (the file is damaged or of another kind): {path}") from None
        raise StoreError(damaged) from None
    finally:
        conn.close()


def _tables_once_created(conn: sqlite3.Connection) -> set[str]:
    """The file's tables; while another FactDesk is creating them, the ones it made by the end.

    SQLite runs each CREATE TABLE of the migrations in its own transaction (the sqlite3 module starts none
    before DDL), so a second program opening a new file at the same moment (a window and `factdesk list`)
    can see Alembic's version table without FactDesk's tables yet. That is a FactDesk database being made,
    not another application's: wait, as a write would, until its `documents` table is there."""
    deadline = time.monotonic() + busy_seconds()
    while True:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "alembic_version" not in tables or "documents" in tables or time.monotonic() > deadline:
            return tables
        time.sleep(0.05)


def _writable(path: Path) -> bool:
    """Writable for us, and not marked read-only (no write bit at all), which root would ignore."""
    return os.access(path, os.W_OK) and bool(path.stat().st_mode & 0o222)


def _writable_dir(path: Path) -> bool:
    return os.access(path, os.W_OK | os.X_OK)


def _describe(exc: Exception, db: Database) -> str:
    text = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
    # the server's URL without its password or its connection options (TLS mode, time-out, schema): a
    # message the Connect dialog shows in a line, not a wall of parameters
    where = db.sqlite_path or db.engine.url.set(query={}).render_as_string()
    low = text.lower()
    if "not a database" in low or "malformed" in low:
        return f"not a FactDesk database (the file is damaged or of another kind): {where}"
    if "readonly" in low or "read-only" in low:
        return f"the database file is read-only: {where}"
    return f"cannot open the database {where}: {text}"
