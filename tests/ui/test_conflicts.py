"""A stale write from this window after another process changed the same document or fact: the
window shows their value, the analyst's, who changed it and when; "Keep mine" writes the analyst's
value over theirs (audited as such), "Take theirs" keeps theirs — and what the analyst typed is never
lost (it is in the dialog, and on the clipboard after "Take theirs")."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from keys import CTRL, press, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.store import Database
from app.store.services import audit, review
from app.ui.conflict_dialog import ConflictDialog

SRC = Path(__file__).resolve().parents[2] / "src"
OTHER = """
import sys
from app.review import open_workspace
ws = open_workspace(sys.argv[1], "other-analyst")
kind, target, name, value = sys.argv[2:6]
if kind == "document":
    ws.edit_document(int(target), {name: value})
else:
    ws.edit_fact(int(target), {name: value})
ws.close()
"""


def other_process_writes(url: str, kind: str, target: int, name: str, value: str) -> None:
    """Another FactDesk (its own process and connection) changes the row underneath the window."""
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    subprocess.run([sys.executable, "-c", OTHER, url, kind, str(target), name, value], env=env, check=True,
                   timeout=120, capture_output=True)


def dialog_of(qtbot, win) -> ConflictDialog:  # noqa: ANN001
    qtbot.waitUntil(lambda: win.conflict_dialog is not None and win.conflict_dialog.isVisible(), timeout=5000)
    return win.conflict_dialog


def test_a_stale_title_keeps_mine_over_theirs(qtbot, window, seeded_db: Database) -> None:
    win = window
    doc = win.controller.document
    editor = win.form.editor("title")
    editor.setFocus(Qt.FocusReason.TabFocusReason)
    press(win, Qt.Key.Key_A, CTRL)
    type_text(win, "Mine: Baotou signs 12 projects")
    other_process_writes(str(seeded_db.engine.url), "document", doc.id, "title", "Theirs: Baotou projects")
    press(win, Qt.Key.Key_Return)

    dialog = dialog_of(qtbot, win)
    assert dialog.theirs_text.text() == "Theirs: Baotou projects"
    assert dialog.mine_text.text() == "Mine: Baotou signs 12 projects"
    assert "other-analyst changed this document's Title at 20" in dialog.intro.text()
    with seeded_db.session() as s:
        assert review.load(s, doc.id).title == "Theirs: Baotou projects", "nothing was overwritten silently"
    assert win.controller.document.title == "Theirs: Baotou projects"

    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.conflict_dialog is None, timeout=5000)
    with seeded_db.session() as s:
        assert review.load(s, doc.id).title == "Mine: Baotou signs 12 projects"
        kept = [e for e in audit.events(s, document_id=doc.id) if e.action == "conflict_keep_mine"]
    assert len(kept) == 1 and kept[0].field == "title" and "Theirs: Baotou projects" in (kept[0].old_value or "")
    assert kept[0].new_value == "Mine: Baotou signs 12 projects" and kept[0].user == "tester"
    assert editor.text() == "Mine: Baotou signs 12 projects"


def test_a_stale_fact_field_takes_theirs_and_keeps_mine_on_the_clipboard(qtbot, window, seeded_db: Database) -> None:
    win = window
    doc = win.controller.document
    fact = next(f for f in doc.facts if f.kind in ("indicator", "target", "project"))
    name = {"indicator": "indicator", "target": "indicator", "project": "project"}[fact.kind]
    editor = win.form.focus_editor(fact.id, name)
    assert editor is not None and editor.isVisibleTo(win.form.card)
    press(win, Qt.Key.Key_A, CTRL)
    type_text(win, "mine typed value")
    other_process_writes(str(seeded_db.engine.url), "fact", fact.id, name, "their value")
    press(win, Qt.Key.Key_Return)

    dialog = dialog_of(qtbot, win)
    assert (dialog.theirs_text.text(), dialog.mine_text.text()) == ("their value", "mine typed value")
    qtbot.mouseClick(dialog.take_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.conflict_dialog is None, timeout=5000)
    assert QApplication.clipboard().text() == "mine typed value"
    with seeded_db.session() as s:
        stored = review.load(s, doc.id).fact(fact.id)
        events = [e.action for e in audit.events(s, fact_id=fact.id)]
    assert stored is not None and stored.get(name) == "their value" and "conflict_keep_mine" not in events
    assert win.controller.document.fact(fact.id).get(name) == "their value"
