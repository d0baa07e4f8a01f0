"""Test data for the review window: the seed articles through the real import and extraction."""

from __future__ import annotations

from pathlib import Path

from app.store import Database
from app.workflows.importing import import_paths

SEEDS = Path(__file__).resolve().parents[2] / "src" / "app" / "seeds"


def load_seeds(db: Database, user: str = "importer") -> list[int]:
    """The seed documents' ids, in file order."""
    summary = import_paths(db, [SEEDS], user)
    assert not summary.failed, summary.failed
    return [doc_id for _path, doc_id in summary.imported]
