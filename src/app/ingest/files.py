"""Expanding the paths a user gives (files and folders) into the files to import."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app.ingest.errors import IngestError, shown

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


def _walk(folder: Path, warnings: list[str] | None = None) -> Iterator[Path]:
    def unreadable(err: OSError) -> None:
        if warnings is not None:
            name = shown(err.filename) if err.filename else shown(folder)
            warnings.append(f"cannot read folder ({err.strerror or type(err).__name__}), skipped: {name}")

    for root, dirs, files in os.walk(folder, followlinks=False, onerror=unreadable):
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


@dataclass
class Scan:
    """What a folder walk found: the files to import, and what it left out and why."""

    files: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)  # given paths that cannot be imported
    outside: list[Path] = field(default_factory=list)  # links that lead out of the folder, skipped
    warnings: list[str] = field(default_factory=list)  # folders that could not be read


def scan_inputs(paths: Iterable[Path]) -> Scan:
    """Like `iter_input_files`, for import: a file under a folder that is a symbolic link resolving
    outside that folder is skipped and listed (a link to /etc/passwd is not an article), and a
    subfolder that cannot be read is a warning line instead of silence."""
    scan = Scan()
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        if not path.exists():
            scan.failed.append((path, str(IngestError("no such file or folder", path))))
            continue
        if path.is_dir():
            root = path.resolve()
            found = list(_walk(path, scan.warnings))
            if not found:
                scan.failed.append((path, str(IngestError(
                    "no readable files (.txt .md .html .htm .pdf .docx) in folder", path))))
            for file in found:
                key = file.resolve()
                if not key.is_relative_to(root):
                    scan.outside.append(file)
                elif key not in seen:
                    seen.add(key)
                    scan.files.append(file)
        elif is_supported(path):
            if path.resolve() not in seen:
                seen.add(path.resolve())
                scan.files.append(path)
        else:
            supported = " ".join(sorted(SUPPORTED_SUFFIXES))
            scan.failed.append((path, str(IngestError(
                f"not a supported file type '{path.suffix}' (supported: {supported})", path))))
    return scan
