"""Expanding the paths a user gives (files and folders) into the files to import."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from app.ingest.errors import IngestError

SUPPORTED_SUFFIXES: frozenset[str] = frozenset({".txt", ".md", ".html", ".htm", ".pdf", ".docx"})


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES


def iter_input_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files to import, in order: each file given, and the supported files under each folder
    (recursively, sorted, hidden files and folders skipped; symlinked folders are not followed).
    Each file is yielded once.

    Raises `IngestError` for a path that does not exist, and for a file given by name whose type is
    not supported. A folder without supported files yields nothing: use `collect_input_files` to get
    that reported as an error.
    """
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        if not path.exists():
            raise IngestError("no such file or folder", path)
        if path.is_dir():
            candidates: Iterable[Path] = _walk(path)
        elif is_supported(path):
            candidates = (path,)
        else:
            supported = " ".join(sorted(SUPPORTED_SUFFIXES))
            raise IngestError(f"unsupported file type '{path.suffix}' (supported: {supported})", path)
        for file in candidates:
            key = file.resolve()
            if key not in seen:
                seen.add(key)
                yield file


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            file = Path(root) / name
            if not name.startswith(".") and is_supported(file) and file.is_file():
                yield file


def collect_input_files(paths: Iterable[Path]) -> list[Path]:
    """`iter_input_files` as a list; raises `IngestError` when there is nothing to import."""
    given = [Path(p) for p in paths]
    files = list(iter_input_files(given))
    if not files:
        where = ", ".join(str(p) for p in given) or "(no paths given)"
        supported = " ".join(sorted(SUPPORTED_SUFFIXES))
        raise IngestError(f"no files to import (supported: {supported})", where)
    return files
