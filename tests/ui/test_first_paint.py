"""The window is on screen, with its panes and an "opening database…" state, before the database code,
Alembic and the extraction rules are imported; then the review window takes its place."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"

PROGRAM = """
import json, sys
from app.ui.startup import paint_first
window = paint_first()
state = {
    "visible": window.isVisible(),
    "panes": [p.objectName() for p in window.panes],
    "status": window.statusBar().currentMessage(),
    "loaded": sorted(m for m in ("sqlalchemy", "alembic", "app.store", "app.extract", "app.ingest")
                     if m in sys.modules),
}
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from app.ui.application import run

def check():
    state["opening_closed"] = not window.isVisible()
    state["main"] = [w.objectName() for w in QApplication.topLevelWidgets() if w.isVisible()]
    QApplication.instance().exit(0)

QTimer.singleShot(300, check)
code = run(sys.argv[1], window)
from PySide6.QtCore import QThreadPool
main = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow")
state["threads_left"] = sum(pool.activeThreadCount() for pool in main.findChildren(QThreadPool))
print(json.dumps(state))
"""


def launch(program: str, tmp_path: Path, db_name: str) -> dict:
    """Run `program` in a fresh interpreter on an empty database (a first start: the demo import may still be
    running when the program ends the event loop); a crash shows its stderr and faulthandler's file."""
    env = dict(os.environ, PYTHONPATH=str(SRC), QT_QPA_PLATFORM="offscreen", FACTDESK_DATA_DIR=str(tmp_path),
               FACTDESK_LANG="en")
    out = subprocess.run([sys.executable, "-c", program, f"sqlite:///{tmp_path / db_name}"],
                         capture_output=True, text=True, env=env, timeout=120, check=False)
    native = sorted(tmp_path.glob("*crash*"))
    assert out.returncode == 0, (out.returncode, out.stderr[-3000:],
                                 [p.read_text(encoding="utf-8", errors="replace")[-3000:] for p in native])
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_first_paint_comes_before_the_database_code(tmp_path: Path) -> None:
    state = launch(PROGRAM, tmp_path, "f.sqlite3")
    assert state["visible"] is True
    assert state["panes"] == ["queuePane", "articlePane", "factForm"]
    assert state["status"] == "Opening database…"
    assert state["loaded"] == []
    assert state["opening_closed"] is True and "mainWindow" in state["main"]
    assert state["threads_left"] == 0  # the demo import was cancelled and waited for before the database closed


LAUNCH = """
import json, sys
import app.ui.startup as startup
state = {}
painted = startup.paint_first

def spy(argv=None):
    window = painted(argv)
    state["loaded"] = sorted(m for m in ("app.cli", "app.logs", "sqlalchemy", "app.store") if m in sys.modules)
    state["status"] = window.statusBar().currentMessage()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def check():
        state["main"] = [w.objectName() for w in QApplication.topLevelWidgets() if w.isVisible()]
        QApplication.instance().exit(0)

    QTimer.singleShot(300, check)
    return window

startup.paint_first = spy
from app.launch import main
code = main(["--db", sys.argv[1]])
print(json.dumps(state))
"""


def test_a_plain_launch_paints_before_the_command_line_is_imported(tmp_path: Path) -> None:
    """`factdesk --db URL` (app.launch): the panes are painted before app.cli, its log set-up and the
    database code are imported; then the review window opens as usual."""
    state = launch(LAUNCH, tmp_path, "l.sqlite3")
    assert state["loaded"] == []
    assert state["status"] == "Opening database…"
    assert "mainWindow" in state["main"]


def test_only_plain_launches_take_the_early_paint() -> None:
    from app.launch import opens_window

    assert opens_window([]) and opens_window(["--db", "x.sqlite3"]) and opens_window(["--db=x.sqlite3"])
    for args in (["list"], ["--db", "x", "list"], ["--version"], ["--self-test"], ["--db", "--help"],
                 ["--multiprocessing-fork", "tracker_fd=5"], ["-h"]):
        assert not opens_window(args), args
