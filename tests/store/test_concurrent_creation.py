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
