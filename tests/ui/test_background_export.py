"""File ▸ Export runs in the background (progress, then a message) and writes the workbook."""

from __future__ import annotations

from pathlib import Path

from app.store.services import review


def test_export_runs_off_the_ui_thread(qtbot, window, seeded_db, tmp_path: Path) -> None:
    with seeded_db.session() as s:
        for fact in review.load(s, window.controller.document.id).facts:
            if fact.problems():
                review.reject_fact(s, fact.id, "tester")
        assert review.approve(s, window.controller.document.id, "tester").approved
        s.commit()
    target = tmp_path / "out.xlsx"
    with qtbot.waitSignal(window.runner.busyChanged, timeout=30_000):
        assert window.start_export(target)
    assert window.progress.isVisible() or not window.runner.busy
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=60_000)
    assert target.exists() and target.stat().st_size > 0
    message = window.statusBar().currentMessage()
    with seeded_db.session() as s:
        kept = [f for f in review.load(s, window.controller.document.id).facts if f.status != "rejected"]
    assert message == f"Exported {len(kept)} facts from 1 documents to {target}"
