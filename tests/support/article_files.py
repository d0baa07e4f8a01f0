"""Folders of distinct articles made from the seeds, and counting what a second process stored.

On the tests' import path (pyproject: pythonpath)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "src" / "app" / "seeds"


def write_articles(folder: Path, n: int, tail: str = "Serial") -> Path:
    """`n` seed articles made distinct by a heading and a closing line (`tail` and a number)."""
    texts = [p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    folder.mkdir()
    for i in range(n):
        body = texts[i % len(texts)]
        (folder / f"a{i:05d}.txt").write_text(f"Article {i}\n\n{body}\n\n{tail} {i * 7919}.\n", "utf-8")
    return folder


def count_documents(db: Path) -> int:
    """Documents stored so far, read while another process may be writing (0 before the table exists)."""
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0
