"""Two programs starting on the same new database file at the same moment (the window and a
`factdesk list`, two windows) both open it: the one that loses the race to create the tables waits for
the other's and goes on, instead of failing with "table … already exists"."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"

OPEN = """
import sys, time
start = float(sys.argv[2])
while time.time() < start:
    pass
from app.store import Database
db = Database.open("sqlite:///" + sys.argv[1])
print(db.current_revision())
db.dispose()
"""


def test_processes_creating_one_new_file_at_once_all_open_it(tmp_path: Path) -> None:
    from app.store.db import KNOWN_HEAD

    for round_ in range(3):
        target = tmp_path / f"new{round_}.sqlite3"
        start = time.time() + 3.0  # all import the store first, then open at the same instant
        env = dict(os.environ, PYTHONPATH=str(SRC))
        procs = [subprocess.Popen([sys.executable, "-c", OPEN, str(target), str(start)], env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(4)]
        results = [p.communicate(timeout=120) for p in procs]
        for proc, (out, err) in zip(procs, results, strict=True):
            assert proc.returncode == 0, err[-2000:]
            assert out.strip() == KNOWN_HEAD


def test_opening_a_new_file_waits_while_another_program_holds_its_write_lock(tmp_path: Path) -> None:
    """The race above, made certain: another connection holds the new file's write lock while we switch
    it to WAL. SQLite refuses that switch at once, without its busy wait; opening waits and goes on."""
    import sqlite3
    import threading

    from app.store import Database
    from app.store.db import KNOWN_HEAD

    target = tmp_path / "held.sqlite3"
    other = sqlite3.connect(target, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    released = threading.Timer(0.8, lambda: other.execute("COMMIT"))
    released.start()
    began = time.monotonic()
    db = Database.open(f"sqlite:///{target}")
    try:
        assert time.monotonic() - began >= 0.7  # it did wait for the other program
        assert db.current_revision() == KNOWN_HEAD
        assert db.engine.dialect.name == "sqlite"
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        released.join()
        other.close()
        db.dispose()


GO_ON = """
import sys, time
time.sleep(0.8)
from sqlalchemy import create_engine
from app.store import Database
engine = create_engine("sqlite:///" + sys.argv[1])
Database(engine).migrate()
engine.dispose()
"""


def test_opening_a_file_another_program_is_creating_waits_for_its_tables(tmp_path: Path) -> None:
    """The other half of the race: the other program has made Alembic's version table but not yet
    FactDesk's tables (SQLite creates them one by one). That is a FactDesk database being made, not
    another application's file: opening waits for it instead of refusing it."""
    import sqlite3

    from app.store import Database
    from app.store.db import KNOWN_HEAD

    target = tmp_path / "being_made.sqlite3"
    with sqlite3.connect(target) as first:  # what the other program has written so far
        first.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
    first.close()
    env = dict(os.environ, PYTHONPATH=str(SRC))
    # the other program, a process of its own (Alembic's migration context is one per process)
    other = subprocess.Popen([sys.executable, "-c", GO_ON, str(target)], env=env, stderr=subprocess.PIPE, text=True)
    began = time.monotonic()
    try:
        db = Database.open(f"sqlite:///{target}")
    finally:
        _, err = other.communicate(timeout=120)
    try:
        assert other.returncode == 0, err[-2000:]
        assert time.monotonic() - began >= 0.7  # it waited for the other program's tables
        assert db.current_revision() == KNOWN_HEAD
    finally:
        db.dispose()
