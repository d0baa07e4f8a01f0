"""A crash in the middle of an import leaves only whole documents behind."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from app.store import Database
from app.store.services import documents, facts

SRC = Path(__file__).resolve().parents[2] / "src"


def _articles(folder: Path, seeds_dir: Path, n: int) -> None:
    texts = [p.read_text("utf-8") for p in sorted(seeds_dir.glob("*.txt"))]
    folder.mkdir()
    for i in range(n):
        body = texts[i % len(texts)]
        (folder / f"a{i:05d}.txt").write_text(f"Article {i}\n\n{body}\n\nSerial {i * 7919}.\n", "utf-8")


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            n = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        conn.close()
        return int(n)
    except sqlite3.Error:
        return 0


def test_sigkill_midway_leaves_no_partial_document(tmp_path: Path, seeds_dir: Path) -> None:
    folder = tmp_path / "big"
    _articles(folder, seeds_dir, 600)
    db = tmp_path / "f.sqlite3"
    env = dict(os.environ, PYTHONPATH=str(SRC))
    proc = subprocess.Popen([sys.executable, "-m", "app", "import", str(folder), "--db", str(db)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while _count(db) < 25 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert proc.poll() is None, "the import finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()
    database = Database.open(f"sqlite:///{db}")
    with database.session() as s:
        ids = documents.all_ids(s)
        assert 25 <= len(ids) < 600
        for doc_id in ids:
            doc = documents.get(s, doc_id)
            stored = facts.facts_of(s, doc_id)
            assert doc.display_text and doc.content_hash and stored, f"document {doc_id} is partial"
            assert doc.fact_count == len(stored)
            for f in stored:
                for start, end in f.evidence:
                    assert 0 <= start < end <= len(doc.display_text)
    database.dispose()
