"""The target file: checked before any work, written through a temporary file in the same folder
and moved into place, so a failed or interrupted export never leaves a broken workbook there."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from app.export.errors import ExportError

SUFFIX = ".xlsx"


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


@contextlib.contextmanager
def atomic_target(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside `target`; when the block succeeds it replaces `target`, when it
    fails (or is interrupted) the temporary file is removed and `target` is untouched."""
    try:
        fd, name = tempfile.mkstemp(prefix=f".~{target.stem}.", suffix=".xlsx.part", dir=target.parent)
    except OSError as exc:
        raise ExportError(f"cannot write in the folder {target.parent}: {exc.strerror or exc}") from None
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        try:
            # mkstemp makes the file private; give it the mode the target has, or an ordinary one.
            os.chmod(tmp, target.stat().st_mode & 0o777 if target.exists() else 0o644)
            os.replace(tmp, target)
        except PermissionError:
            raise ExportError(
                f"cannot replace the file; it is open in another program (Excel?) or locked: {target}"
            ) from None
        except OSError as exc:
            raise ExportError(f"cannot write the file {target}: {exc.strerror or exc}") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
