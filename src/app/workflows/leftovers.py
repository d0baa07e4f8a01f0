"""Cleaning up after a killed export, at the next start. Standard library only: this runs before the
window opens, so it must not import the workbook writer.

A running export writes a marker file `<pid>.<folder name>` holding the path of its private folder
(see `app.export.files.atomic_target`); a marker whose process is gone means the export was killed,
and its folder (workbook being written, openpyxl's row files) is removed."""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

from app import config

PRIVATE_PREFIX = ".factdesk-export."  # the private folders' names (app.export.files makes them)


def export_registry() -> Path:
    """Where running exports note their private folders."""
    return config.data_dir() / "exports-in-progress"


def clean_leftovers(registry: Path | None = None) -> int:
    """Remove the private folders of exports whose process is gone; returns how many."""
    folder_of_markers = registry or export_registry()
    try:
        markers = list(folder_of_markers.iterdir())
    except OSError:
        return 0
    removed = 0
    for marker in markers:
        pid = marker.name.split(".", 1)[0]
        if pid.isdigit() and _alive(int(pid)):
            continue
        with contextlib.suppress(OSError, ValueError):
            folder = Path(marker.read_text(encoding="utf-8"))
            if folder.name.startswith(PRIVATE_PREFIX):
                shutil.rmtree(folder, ignore_errors=True)
                removed += 1
        with contextlib.suppress(OSError):
            marker.unlink()
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True
