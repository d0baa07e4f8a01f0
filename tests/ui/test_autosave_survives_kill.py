"""The app as its own process: scripted keystrokes through the real window, then SIGKILL. Every edit
that was confirmed (Enter, a status change) and the field that was being typed are in the database."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from seed_data import load_seeds

from app.store import Database
from app.store.services import audit, review

SRC = Path(__file__).resolve().parents[2] / "src"


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_edits_survive_sigkill(tmp_path: Path, sqlite_url: str) -> None:
    db = Database.open(sqlite_url)
    ids = load_seeds(db)
    with db.session() as s:
        doc = review.load(s, ids[0])
    db.dispose()
    numeric = [f for f in sorted(doc.facts, key=lambda f: ({"indicator": 0, "project": 1, "target": 2}.get(
        f.kind, 3), f.id)) if f.kind != "person"]
    first, second = numeric[0], numeric[1]

    script = tmp_path / "script.json"
    script.write_text(json.dumps([
        {"key": "Ctrl+3"},                       # into the first fact's value
        {"key": "Ctrl+A"}, {"type": "12345"}, {"key": "Return"},
        {"key": "Ctrl+Shift+C"},                 # confirm; the form moves to the next fact
        {"key": "Ctrl+A"}, {"type": "777"},      # typed, no Enter: saved by the typing pause
    ]))
    env = dict(os.environ)
    env.update({
        "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen",
        "FACTDESK_DATA_DIR": str(tmp_path / "data"), "FACTDESK_USER": "killed-analyst",
    })
    (tmp_path / "data").mkdir()
    command = [sys.executable, str(Path(__file__).with_name("run_scripted.py")), sqlite_url, str(script)]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stdout is not None
        lines = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            lines.append(line.strip())
            if line.strip() == "script done":
                break
        assert lines and lines[-1] == "script done", (lines, proc.poll())
        time.sleep(1.0)  # the promise: a change is committed within a second
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
    assert proc.returncode == -signal.SIGKILL

    db = Database.open(sqlite_url)
    try:
        with db.session() as s:
            stored = review.load(s, doc.id)
            events = [(e.user, e.action, e.fact_id, e.field, e.new_value) for e in audit.events(s, document_id=doc.id)]
    finally:
        db.dispose()
    assert stored.fact(first.id).value == 12345 and stored.fact(first.id).status == "confirmed"
    assert stored.fact(second.id).value == 777 and stored.fact(second.id).status == "edited"
    assert ("killed-analyst", "edit", first.id, "value", "12345") in events
    assert ("killed-analyst", "edit", second.id, "value", "777") in events
