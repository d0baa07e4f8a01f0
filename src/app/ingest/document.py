"""`read_document`: one file in, one cleaned document (or an `IngestError`) out."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.ingest.clean import clean_text
from app.ingest.errors import IngestError
from app.ingest.files import SUPPORTED_SUFFIXES
from app.ingest.language import detect_language
from app.ingest.metadata import find_outlet, find_published, find_title
from app.ingest.readers import (
    Extracted,
    ReadProblem,
    read_docx,
    read_html,
    read_markdown,
    read_pdf,
    read_text,
)

MAX_FILE_BYTES: int = 32 * 1024 * 1024
"""Files larger than this (32 MiB) are refused before they are read. News articles are kilobytes;
a text file this large is a data dump, not an article."""

_READERS: dict[str, Callable[[bytes], Extracted]] = {
    ".txt": read_text,
    ".md": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".pdf": read_pdf,
    ".docx": read_docx,
}
assert set(_READERS) == SUPPORTED_SUFFIXES
_WORD_RE = re.compile(r"\w")


@dataclass(frozen=True)
class ReadDocument:
    path: Path
    raw_text: str  # the text as read (decoded; for HTML/PDF/DOCX the extracted text), before cleaning
    display_text: str  # cleaned; all evidence offsets refer to it
    offset_map: list[list[int]]  # [display_start, raw_start, length] runs, see app.ingest.offsets
    language: str  # "en" | "zh-Hans" | "zh-Hant"
    title: str | None
    published: dt.date | None
    outlet: str | None
    content_hash: str  # sha256 hex of the NFC-normalised display text
    warnings: tuple[str, ...] = ()  # what had to be repaired to read the file, recorded on the document


def content_hash(display_text: str) -> str:
    return hashlib.sha256(unicodedata.normalize("NFC", display_text).encode("utf-8")).hexdigest()


def hash_key(content_hash: str) -> int:
    """The first 64 bits of a content hash: a compact key for "probably stored already"."""
    return int(content_hash[:16], 16)


def read_document(path: Path) -> ReadDocument:
    """Read, decode, extract and clean one file. Raises `IngestError` (and nothing else) for input
    that cannot be imported; the message is one line naming the file."""
    path = Path(path)
    try:
        return _read(path)
    except IngestError:
        raise
    except ReadProblem as e:
        raise IngestError(str(e), path) from None
    except MemoryError:
        raise IngestError("not enough memory to read the file", path) from None
    except OSError as e:
        raise IngestError(f"cannot read file ({e.strerror or type(e).__name__})", path) from None
    except Exception as e:  # noqa: BLE001 - the contract: bad input never escapes as another type
        detail = " ".join(str(e).split())[:160] or type(e).__name__
        raise IngestError(f"cannot read file ({type(e).__name__}: {detail})", path) from e


def _read(path: Path) -> ReadDocument:
    if not path.exists():
        raise IngestError("no such file", path)
    if path.is_dir():
        raise IngestError("is a folder, not a file", path)
    suffix = path.suffix.lower()
    reader = _READERS.get(suffix)
    if reader is None:
        supported = " ".join(sorted(SUPPORTED_SUFFIXES))
        raise IngestError(f"unsupported file type '{path.suffix}' (supported: {supported})", path)
    size = path.stat().st_size
    if size == 0:
        raise IngestError("empty file", path)
    if size > MAX_FILE_BYTES:
        raise IngestError(
            f"file too large ({size / 2**20:.1f} MB; the limit is {MAX_FILE_BYTES // 2**20} MB)", path
        )
    with path.open("rb") as fh:
        data = fh.read(size + 1)  # read(n) allocates n bytes up front: ask for what stat() promised
        if len(data) > size:  # the file grew since stat(): read on, up to the limit
            data += fh.read(MAX_FILE_BYTES + 1 - len(data))
    if len(data) > MAX_FILE_BYTES:
        raise IngestError(f"file too large (the limit is {MAX_FILE_BYTES // 2**20} MB)", path)

    extracted = reader(data)
    del data
    raw = extracted.text
    warnings = list(extracted.warnings)
    if "\x00" in raw:  # a NUL from a PDF or .docx text layer; databases refuse it in text
        warnings.append(f"{raw.count(chr(0))} NUL characters removed")
        raw = raw.replace("\x00", "")
    if not raw.strip():
        raise IngestError("empty file (only whitespace)", path)
    display, offset_map = clean_text(raw)
    if not _WORD_RE.search(display):
        raise IngestError("no article text left after removing boilerplate", path)
    return ReadDocument(
        path=path,
        raw_text=raw,
        display_text=display,
        offset_map=offset_map,
        language=detect_language(display),
        title=extracted.title or find_title(display, raw),
        published=extracted.published or find_published(display),
        outlet=extracted.outlet or find_outlet(display),
        content_hash=content_hash(display),
        warnings=tuple(warnings),
    )
