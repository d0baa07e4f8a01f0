"""Opening a workbook someone sends back: is it there, readable, not in use, an .xlsx at all — each
answered with one line before a cell is read (streamed by `workbook_xml`, so memory does not grow
with the file).

"Locked by another program" on Linux: files have no mandatory locks, so a workbook counts as locked
when (1) we may not read it (permissions — how a Windows share lock or a locked-down file shows up
here), (2) another process holds an advisory lock on it (`flock`/`fcntl`, as LibreOffice and some
sync tools take), or (3) an office program has left its lock file beside it: Excel's owner file
`~$BOOK.xlsx` (the user name is in it) or LibreOffice's `.~lock.BOOK.xlsx#`. In case (3) the file on
disk lacks what is still unsaved there, so it is refused with the name of whoever has it open."""

from __future__ import annotations

import contextlib
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from lxml import etree

from app.workflows.workbook_xml import PackageError, XlsxPackage

try:
    import fcntl
except ImportError:  # Windows: the OS itself refuses to open a file Excel has locked
    fcntl = None  # type: ignore[assignment]

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class WorkbookFileError(Exception):
    """The file cannot be read as a workbook; the message is one line for the user."""


def excel_owner(path: Path) -> str | None:
    """Who has `path` open in Excel, from its owner file `~$NAME` (None when there is none).

    The owner file is 165 bytes: a length byte and the user name (ANSI, padded to 54 bytes), then
    at offset 55 a length byte and the name again in UTF-16-LE. Excel replaces the first two
    characters of long names with `~$`, so both forms are looked for."""
    candidates = [path.with_name("~$" + path.name)]
    if len(path.name) > 2:
        candidates.append(path.with_name("~$" + path.name[2:]))
    for owner in candidates:
        if not owner.is_file():
            continue
        try:
            data = owner.read_bytes()[:512]
        except OSError:
            return "another user"
        return _owner_name(data) or "another user"
    return None


def _owner_name(data: bytes) -> str | None:
    if len(data) > 57:
        n = data[55]
        wide = data[57 : 57 + 2 * n]
        with contextlib.suppress(UnicodeDecodeError):
            name = wide.decode("utf-16-le").strip("\x00 ")
            if name and len(wide) == 2 * n:
                return name
    if data:
        n = data[0]
        return data[1 : 1 + n].decode("latin-1", errors="replace").strip("\x00 ") or None
    return None


def libreoffice_owner(path: Path) -> str | None:
    """Who has `path` open in LibreOffice, from `.~lock.NAME#` (`name,system user,host,date,profile;`;
    the name is the one set in LibreOffice's options, often empty)."""
    lock = path.with_name(f".~lock.{path.name}#")
    if not lock.is_file():
        return None
    try:
        parts = lock.read_text(encoding="utf-8", errors="replace").split(",")
    except OSError:
        return "another user"
    user = parts[0].strip() or (parts[1].strip() if len(parts) > 1 else "")
    host = parts[2].strip() if len(parts) > 2 else ""
    return f"{user} on {host}" if user and host else user or "another user"


def _describe_non_zip(path: Path, head: bytes) -> str:
    if not head:
        return f"{path.name} is empty, not an Excel workbook"
    if head.startswith(_OLE2):
        return f"{path.name} is an Excel 97-2003 file (.xls): save it as an Excel workbook (.xlsx) and try again"
    sample = head[:2048]
    try:
        text = sample.decode("utf-8")
    except UnicodeDecodeError:
        text = ""
    if text and ("," in text or ";" in text or "\t" in text) and "\x00" not in text:
        return (f"{path.name} is a text file (CSV?), not an Excel workbook: open it in Excel and save it as "
                "an Excel workbook (.xlsx)")
    return f"{path.name} is not an Excel workbook (.xlsx)"


def _check_lock(fh: IO[bytes], path: Path) -> None:
    if fcntl is None:
        return
    try:
        fcntl.flock(fh.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        raise WorkbookFileError(
            f"{path.name} is locked by another program: close it there and try again"
        ) from None
    except OSError:
        return  # a file system without locks (some network shares): nothing to learn here


@contextlib.contextmanager
def open_workbook(path: Path) -> Iterator[XlsxPackage]:
    """The workbook at `path`, streamed (`XlsxPackage`), closed afterwards. Raises
    WorkbookFileError with one line when it is missing, unreadable, in use or not an .xlsx."""
    if not path.exists():
        raise WorkbookFileError(f"no such file: {path}")
    if path.is_dir():
        raise WorkbookFileError(f"{path} is a folder, not a workbook")
    owner = excel_owner(path)
    if owner:
        raise WorkbookFileError(
            f"{path.name} is open in Excel by {owner} (~${path.name}): save and close it there, then try again"
        )
    owner = libreoffice_owner(path)
    if owner:
        raise WorkbookFileError(
            f"{path.name} is open in LibreOffice by {owner}: save and close it there, then try again"
        )
    try:
        fh = path.open("rb")
    except PermissionError:
        raise WorkbookFileError(
            f"cannot read {path.name}: permission denied (locked by another program, or not yours to read)"
        ) from None
    except OSError as exc:
        raise WorkbookFileError(f"cannot read {path.name}: {exc.strerror or exc}") from None
    with fh:
        _check_lock(fh, path)
        try:
            head = fh.read(4096)
        except OSError as exc:
            raise WorkbookFileError(f"cannot read {path.name}: {exc.strerror or exc}") from None
        fh.seek(0)
        if not head.startswith(b"PK"):
            raise WorkbookFileError(_describe_non_zip(path, head))
        try:
            wb = XlsxPackage(fh)
        except (PackageError, zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError) as exc:
            raise WorkbookFileError(f"{path.name} is not an Excel workbook (.xlsx), or it is damaged ({exc})") from None
        try:
            yield wb
        except (PackageError, zipfile.BadZipFile, zlib.error, EOFError, etree.XMLSyntaxError) as exc:
            raise WorkbookFileError(f"{path.name} is damaged: {exc}") from None
        finally:
            wb.close()
