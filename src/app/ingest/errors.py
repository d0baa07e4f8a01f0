"""The one exception the ingest package raises for bad input."""

from __future__ import annotations

from pathlib import Path


class IngestError(Exception):
    """A file or path that cannot be imported. ``str(e)`` is one line naming the file, e.g.
    ``"empty file: /x/a.txt"``; ``e.path`` and ``e.reason`` hold the parts."""

    def __init__(self, reason: str, path: Path | str) -> None:
        self.reason = " ".join(str(reason).split())
        self.path = Path(path)
        super().__init__(f"{self.reason}: {' '.join(str(path).splitlines())}")
