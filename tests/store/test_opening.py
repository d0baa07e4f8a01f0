"""Opening only FactDesk databases: the migration head, newer revisions, damaged files."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.store import Database, StoreError
from app.store.db import KNOWN_HEAD

VERSIONS = Path(__file__).resolve().parents[2] / "src" / "app" / "store" / "migrations" / "versions"


def test_head_is_the_last_migration_file(tmp_path: Path) -> None:
    """The last migration of the chain (the one no other revises; ids are not always in file order
    while branches are being merged) is Alembic's head and KNOWN_HEAD."""
    modules = []
    for path in sorted(VERSIONS.glob("[0-9]*.py")):
        module: dict[str, object] = {}
        exec(compile(path.read_text("utf-8"), str(path), "exec"), module)  # noqa: S102 - our own migration
        modules.append(module)
    revised = {m["down_revision"] for m in modules}
    last = [m["revision"] for m in modules if m["revision"] not in revised]
    db = Database.open(f"sqlite:///{tmp_path / 'h.sqlite3'}")
    try:
        assert [db.head_revision()] == last == [KNOWN_HEAD]
    finally:
        db.dispose()


def test_opening_a_current_database_does_not_import_alembic(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    Database.open(f"sqlite:///{path}").dispose()
    code = (
        "import sys; from app.store import Database; "
        f"Database.open({f'sqlite:///{path}'!r}).dispose(); "
        "print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(VERSIONS.parents[3])})
    assert out.stdout.strip() == "False"


def test_a_database_from_a_newer_factdesk_is_refused_without_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    Database.open(f"sqlite:///{path}").dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.close()
    for _ in range(2):
        with pytest.raises(StoreError) as err:
            Database.open(f"sqlite:///{path}")
        assert f"made by a newer FactDesk (revision 0099); this is {KNOWN_HEAD}" in str(err.value)
    assert not list(tmp_path.glob("*.bak"))


def test_a_damaged_database_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite3"
    db = Database.open(f"sqlite:///{path}")
    with db.engine.begin() as conn:
        for i in range(300):
            conn.exec_driver_sql("INSERT INTO audit_events(at, user, action, new_value) "
                                 "VALUES ('2026-01-01', 'x', 'import', ?)", (f"value {i} " * 40,))
    db.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 4, len(data) - page, page * 3):  # scribble over some b-tree pages
        data[offset + 8 : offset + 64] = b"\xff" * 56
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises(StoreError, match="damaged"):
        Database.open(f"sqlite:///{path}")
    assert path.read_bytes() == before
