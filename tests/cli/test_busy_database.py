"""Another program holding the SQLite write lock in the middle of an import: the import waits and
completes; a lock held longer than the bound gives per-file failures and the summary line."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from article_files import count_documents, write_articles

from app.store import Database

SRC = Path(__file__).resolve().parents[2] / "src"
MARKER = "Serial number of this test article"

HOLD_LOCK = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=60)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
print("released", flush=True)
"""


def _import_with_lock(tmp_path: Path, files: int, hold: float, env_extra: dict[str, str]
                      ) -> tuple[subprocess.CompletedProcess[str], int, int]:
    folder = tmp_path / "in"
    write_articles(folder, files, MARKER)
    db = tmp_path / "busy.sqlite3"
    Database.open(f"sqlite:///{db}").dispose()
    env = dict(os.environ, PYTHONPATH=str(SRC), **env_extra)
    proc = subprocess.Popen([sys.executable, "-m", "app", "import", str(folder), "--db", str(db), "--workers", "1"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while count_documents(db) < 10 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert proc.poll() is None, "the import finished before the lock was taken"
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db), str(hold)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        at_lock = count_documents(db)
        time.sleep(min(hold, 2.5))
        during = count_documents(db)
        assert during <= at_lock + 64, "documents were stored while another program held the lock"
        out, err = proc.communicate(timeout=300)
    finally:
        holder.kill()
        holder.wait()
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err), at_lock, files


@pytest.mark.slow
@pytest.mark.parametrize("hold", [3.0, 8.0])
def test_import_waits_for_a_lock_held_mid_batch_and_completes(tmp_path: Path, hold: float) -> None:
    result, at_lock, files = _import_with_lock(tmp_path, 160, hold, {})
    assert result.returncode == 0, result.stderr
    assert at_lock < files
    assert result.stdout.strip().splitlines()[-1] == f"imported {files}, duplicates 0, failed 0"
    assert count_documents(tmp_path / "busy.sqlite3") == files


@pytest.mark.slow
def test_a_lock_held_past_the_bound_fails_files_and_prints_the_summary(
    tmp_path: Path, _private_data_dir: Path
) -> None:
    result, at_lock, files = _import_with_lock(tmp_path, 90, 60.0, {"FACTDESK_BUSY_TIMEOUT": "2"})
    assert result.returncode == 1
    summary = result.stdout.strip().splitlines()[-1]
    imported, failed = int(summary.split()[1].rstrip(",")), int(summary.split()[-1])
    assert summary == f"imported {imported}, duplicates 0, failed {failed}"
    assert failed > 0 and imported + failed == files and imported >= at_lock
    lines = result.stderr.strip().splitlines()
    assert len(lines) == failed
    assert all(line.startswith("failed: the database is busy") and "waiting 2 s" in line for line in lines)
    assert "INSERT" not in result.stderr and MARKER not in result.stderr
    log = _private_data_dir / "factdesk.log"
    assert not log.exists() or MARKER not in log.read_text("utf-8")
