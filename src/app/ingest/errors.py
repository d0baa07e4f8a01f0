"""The one exception the ingest package raises for bad input."""

from __future__ import annotations

import os
from pathlib import Path


def shown(path: Path | str) -> str:
    """A path as text that can always be printed and stored: bytes of a file name that are not UTF-8
    appear as escapes (\\xe9), never as a surrogate that breaks output or a database."""
    return os.fsencode(path).decode("utf-8", errors="backslashreplace")


class IngestError(Exception):
    """A file or path that cannot be imported. ``str(e)`` is one line naming the file, e.g.
    ``"empty file: /x/a.txt"``; ``e.path`` and ``e.reason`` hold the parts."""

    def __init__(self, reason: str, path: Path | str) -> None:
        self.reason = " ".join(str(reason).split())
        self.path = Path(path)
        super().__init__(f"{self.reason}: {' '.join(shown(path).splitlines())}")
