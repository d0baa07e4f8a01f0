"""A crash in the middle of an import leaves only whole documents behind."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from article_files import count_documents, write_articles

from app.store import Database
from app.store.services import documents, facts

SRC = Path(__file__).resolve().parents[2] / "src"


def test_sigkill_midway_leaves_no_partial_document(tmp_path: Path) -> None:
    folder = tmp_path / "big"
    write_articles(folder, 600)
    db = tmp_path / "f.sqlite3"
    env = dict(os.environ, PYTHONPATH=str(SRC))
    proc = subprocess.Popen([sys.executable, "-m", "app", "import", str(folder), "--db", str(db)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while count_documents(db) < 25 and time.monotonic() < deadline and proc.poll() is None:
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
