"""The target file: checked before any work, written in a private folder next to it and moved into
place, so a failed or interrupted export never leaves a broken workbook — nor any temporary file
holding article text — behind.

Everything temporary (the workbook being written and openpyxl's own row files) lives in
`.factdesk-export.<pid>.<random>/` beside the target. It is removed when the export ends, however it
ends; a killed export's folder is listed in a registry folder (in the user data folder), and
`app.workflows.leftovers` removes it at the next start."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from app.export.errors import ExportError

SUFFIX = ".xlsx"
PRIVATE_PREFIX = ".factdesk-export."
_TEMPDIR_LOCK = threading.Lock()  # tempfile.tempdir is process-wide: one export at a time points it


def check_target(path: Path) -> Path:
    """The absolute target path, or an ExportError saying in one line why it cannot be written."""
    target = Path(path).expanduser()
    if target.suffix.lower() != SUFFIX:
        raise ExportError(f"the workbook must be an .xlsx file: {target}")
    target = target.absolute()
    folder = target.parent
    if not folder.exists():
        raise ExportError(f"the folder does not exist: {folder}")
    if not folder.is_dir():
        raise ExportError(f"not a folder: {folder}")
    if target.is_dir():
        raise ExportError(f"a folder has that name: {target}")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(f"cannot write in the folder (read-only or no permission): {folder}")
    if target.exists() and (not os.access(target, os.W_OK) or not target.stat().st_mode & 0o222):
        raise ExportError(f"the file is read-only: {target}")
    return target


class PendingWorkbook:
    """A workbook written in the private folder, waiting to replace the target."""

    def __init__(self, target: Path, folder: Path) -> None:
        self.target = target
        self.folder = folder
        self.path = folder / f"{target.stem}{SUFFIX}"
        self.placed = False

    def place(self, confirm: Callable[[], None]) -> None:
        """Move the workbook onto the target, then call `confirm` (commit the export record). Should
        `confirm` fail, the previous target is put back (or the new file removed): the file and the
        record succeed or fail together."""
        previous = self.folder / "previous.xlsx"
        had_previous = self.target.exists()
        try:
            # mkstemp-style private modes: give the file the mode the target has, or an ordinary one.
            os.chmod(self.path, self.target.stat().st_mode & 0o777 if had_previous else 0o644)
            if had_previous:
                try:
                    os.link(self.target, previous)
                except OSError:  # no hard links on this file system (FAT, some shares)
                    shutil.copy2(self.target, previous)
            os.replace(self.path, self.target)
        except PermissionError:
            raise ExportError(
                f"cannot replace the file; it is open in another program (Excel?) or locked: {self.target}"
            ) from None
        except OSError as exc:
            raise _os_error(exc, self.target) from None
        try:
            confirm()
        except BaseException:
            with contextlib.suppress(OSError):
                if had_previous:
                    os.replace(previous, self.target)
                else:
                    self.target.unlink()
            raise
        self.placed = True


@contextlib.contextmanager
def atomic_target(target: Path, registry: Path | None = None) -> Iterator[PendingWorkbook]:
    """A private folder beside `target` for the export's temporary files (openpyxl's included) and a
    `PendingWorkbook` in it. Call `place()` to move the workbook into place; when the block fails or is
    interrupted, the folder goes and `target` is untouched. `registry` (a folder) remembers the
    private folder until it is removed, for `app.workflows.leftovers` after a kill."""
    try:
        folder = Path(tempfile.mkdtemp(prefix=f"{PRIVATE_PREFIX}{os.getpid()}.", dir=target.parent))
    except OSError as exc:
        raise _os_error(exc, target.parent) from None
    marker = _register(registry, folder)
    try:
        with _temporary_files_in(folder):
            try:
                yield PendingWorkbook(target, folder)
            except OSError as exc:
                raise _os_error(exc, target) from None
            except Exception as exc:
                if _says_disk_full(exc):  # lxml's serialiser reports ENOSPC as its own error type
                    raise _os_error(OSError(errno.ENOSPC, "No space left on device"), target) from None
                raise
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        if marker is not None:
            with contextlib.suppress(OSError):
                marker.unlink()


@contextlib.contextmanager
def _temporary_files_in(folder: Path) -> Iterator[None]:
    """openpyxl's write-only sheets buffer rows in NamedTemporaryFile()s in the default temporary
    folder; `tempfile.tempdir` (public) points them into the private folder for the export."""
    with _TEMPDIR_LOCK:
        before = tempfile.tempdir
        tempfile.tempdir = str(folder)
        try:
            yield
        finally:
            tempfile.tempdir = before


def _register(registry: Path | None, folder: Path) -> Path | None:
    if registry is None:
        return None
    try:
        registry.mkdir(parents=True, exist_ok=True)
        marker = registry / f"{os.getpid()}.{folder.name}"
        marker.write_text(str(folder), encoding="utf-8")
        return marker
    except OSError:
        return None


def _says_disk_full(exc: BaseException) -> bool:
    text = str(exc)
    return "ENOSPC" in text or "No space left" in text


def _os_error(exc: OSError, where: Path) -> ExportError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return ExportError(f"disk full: cannot write the workbook in {where.parent if where.suffix else where}")
    return ExportError(f"cannot write the file {where}: {exc.strerror or exc}")
