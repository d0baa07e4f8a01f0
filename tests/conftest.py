"""Test set-up shared by every package: offscreen Qt, a private data directory per test, databases.

Every test gets its own FACTDESK_DATA_DIR under tmp_path, so nothing touches the real user data.
The `db_url` fixture runs on SQLite; tests marked `postgres` also run against FACTDESK_TEST_PG_URL
when it is set (and skip, saying why, when it is not)."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
SEEDS = SRC / "app" / "seeds"
PG_ENV = "FACTDESK_TEST_PG_URL"


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "userdata"
    data.mkdir()
    monkeypatch.setenv("FACTDESK_DATA_DIR", str(data))
    monkeypatch.setenv("FACTDESK_USER", "tester")
    monkeypatch.delenv("FACTDESK_DB", raising=False)
    return data


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


def _pg_url() -> str | None:
    return os.environ.get(PG_ENV) or None


def _fresh_pg_schema(base_url: str) -> Iterator[str]:
    """A private schema on the test server, dropped afterwards."""
    from sqlalchemy import create_engine, text

    schema = "t_" + uuid.uuid4().hex[:12]
    engine = create_engine(base_url)
    with engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in base_url else "?"
    try:
        yield f"{base_url}{sep}options=-csearch_path%3D{schema}"
    finally:
        with engine.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database URL: SQLite file, and PostgreSQL when a server is configured."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.sqlite3'}"
        return
    base = _pg_url()
    if not base:
        pytest.skip(f"PostgreSQL tests need a server: set {PG_ENV} (.ci/run starts one)")
    yield from _fresh_pg_schema(base)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'test.sqlite3'}"


@pytest.fixture
def db(db_url: str):  # noqa: ANN201 - returns app.store.Database
    from app.store import Database

    database = Database.open(db_url)
    yield database
    database.dispose()


def run_cli(
    *args: str, env: dict[str, str] | None = None, timeout: float = 300, **kw: object
) -> subprocess.CompletedProcess[str]:
    """Run `python -m app ARGS` from this checkout's sources, capturing text output."""
    full_env = dict(os.environ)
    full_env["PYTHONPATH"] = str(SRC) + os.pathsep + full_env.get("PYTHONPATH", "")
    full_env.setdefault("PYTHONIOENCODING", "utf-8")
    if env:
        full_env.update(env)
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=full_env,
        timeout=timeout,
        **kw,
    )


@pytest.fixture
def cli():  # noqa: ANN201
    return run_cli
