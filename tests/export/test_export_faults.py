"""Export faults from the outside: a killed export, a locked database, a full disk."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from article_files import write_articles

SRC = Path(__file__).resolve().parents[2] / "src"
HOLD_LOCK = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=60)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
"""


def _env(tmp: Path, **extra: str) -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(SRC), TMPDIR=str(tmp), **extra)


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with a few hundred documents and their facts (imported once for the module)."""
    base = tmp_path_factory.mktemp("corpus")
    folder = write_articles(base / "in", 300)
    db = base / "corpus.sqlite3"
    subprocess.run([sys.executable, "-m", "app", "import", str(folder), "--db", str(db)],
                   env=_env(base, FACTDESK_DATA_DIR=str(base)), check=True, capture_output=True, timeout=600)
    return db


@pytest.fixture
def private_tmp(tmp_path: Path) -> Iterator[Path]:
    tmp = tmp_path / "systemtmp"
    tmp.mkdir()
    yield tmp


def _exports(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        n = int(conn.execute("SELECT count(*) FROM export_records").fetchone()[0])
    conn.close()
    return n


@pytest.mark.slow
def test_a_killed_export_leaves_nothing_after_the_next_start(
    corpus_db: Path, tmp_path: Path, private_tmp: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    env = _env(private_tmp)
    proc = subprocess.Popen([sys.executable, "-m", "app", "export", str(out / "facts.xlsx"), "--status", "all",
                             "--db", str(corpus_db)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    private: list[Path] = []
    while time.monotonic() < deadline and proc.poll() is None:
        private = [p for p in out.iterdir() if p.name.startswith(".factdesk-export.")]
        if private and any(f.name.startswith("openpyxl.") for f in private[0].iterdir()):
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the export ended before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert private and private[0].exists()  # killed: nothing could clean up yet
    assert not list(private_tmp.iterdir())  # openpyxl's row files were in the private folder, not in TMPDIR

    subprocess.run([sys.executable, "-m", "app", "list", "--limit", "1", "--db", str(corpus_db)],
                   env=env, check=True, capture_output=True, timeout=120)  # the next start
    assert list(out.iterdir()) == []
    assert not list(private_tmp.iterdir())


@pytest.mark.slow
def test_export_with_the_database_locked_changes_neither_file_nor_records(
    corpus_db: Path, tmp_path: Path, private_tmp: Path
) -> None:
    target = tmp_path / "facts.xlsx"
    target.write_bytes(b"the previous export")
    before = _exports(corpus_db)
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(corpus_db), "60"], stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        result = subprocess.run([sys.executable, "-m", "app", "export", str(target), "--status", "all",
                                 "--db", str(corpus_db)], env=_env(private_tmp, FACTDESK_BUSY_TIMEOUT="2"),
                                capture_output=True, text=True, timeout=300)
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 1
    assert result.stderr.startswith("factdesk: error: the database is busy") and result.stderr.count("\n") == 1
    assert target.read_bytes() == b"the previous export"
    assert _exports(corpus_db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts.xlsx", "systemtmp", "userdata"]


@pytest.mark.slow
def test_export_onto_a_full_disk_is_one_line(corpus_db: Path, tmp_path: Path, private_tmp: Path) -> None:
    small = tmp_path / "small"
    small.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(small)],
                      capture_output=True).returncode != 0:
        pytest.skip("needs to mount a small tmpfs (root in a container that allows it)")
    try:
        result = subprocess.run([sys.executable, "-m", "app", "export", str(small / "facts.xlsx"), "--status",
                                 "all", "--db", str(corpus_db)], env=_env(private_tmp),
                                capture_output=True, text=True, timeout=300)
        assert result.returncode == 1
        assert result.stderr == f"factdesk: error: disk full: cannot write the workbook in {small}\n"
        assert list(small.iterdir()) == []
    finally:
        subprocess.run(["umount", str(small)], check=True)
