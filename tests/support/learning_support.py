"""Helpers of the learning tests: an article written to a file and imported with the real import."""

from __future__ import annotations

from pathlib import Path

from app.store import Database
from app.workflows.importing import import_paths


def write_article(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def import_one(db: Database, path: Path, user: str = "ana") -> int:
    """Import one file; its document id."""
    summary = import_paths(db, [path], user, workers=1)
    assert len(summary.imported) == 1, summary.line()
    return summary.imported[0][1]
