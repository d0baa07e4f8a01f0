"""Format readers: file bytes -> the article's text, plus metadata the format itself states.

Readers raise `ReadProblem` (a one-line reason, without the path); `read_document` adds the path.
For HTML, PDF and DOCX the "raw text" is the text the reader extracted, since evidence offsets can only
be mapped back to text, not to markup.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass
from html.parser import HTMLParser

from app.ingest.encoding import Decoded, DecodeError, decode_text
from app.ingest.metadata import parse_date

MAX_UNCOMPRESSED_BYTES = 64 * 1024 * 1024  # total of a .docx's parts when unzipped, whatever headers say
MAX_PDF_PAGES = 2000


class ReadProblem(ValueError):
    """A file that cannot be read. The message is one line and does not include the path."""


@dataclass(frozen=True)
class Extracted:
    text: str
    title: str | None = None
    published: dt.date | None = None
    outlet: str | None = None
    warnings: tuple[str, ...] = ()  # what had to be repaired to read it (recorded on the document)


def read_text(data: bytes) -> Extracted:
    decoded = _decode(data)
    return Extracted(decoded.text, warnings=decoded.warnings)


def read_markdown(data: bytes) -> Extracted:
    decoded = _decode(data)
    m = re.search(r"^#\s+(.+?)\s*#*\s*$", decoded.text[:4000], re.M)
    return Extracted(decoded.text, title=m.group(1).strip() if m else None, warnings=decoded.warnings)


def _decode(data: bytes, declared: str | None = None) -> Decoded:
    try:
        return decode_text(data, declared)
    except DecodeError as e:
        raise ReadProblem(str(e)) from None


# --- HTML -------------------------------------------------------------------------------------------

_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", re.I)
_SKIP_TAGS = frozenset(
    {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button",
     "select", "svg", "iframe", "head", "a", "menu"}
)  # fmt: skip
_BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
     "blockquote", "pre", "table", "ul", "ol", "dd", "dt", "figcaption"}
)  # fmt: skip
_VOID_TAGS = frozenset({"br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "base", "col"})
_PUBLISHED_META = (
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
    "publish_date", "publication_date", "dc.date.issued", "dcterms.issued", "dc.date", "date",
)  # fmt: skip
_JSONLD_DATE_RE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')


class _HtmlScan(HTMLParser):
    """One pass over the markup: meta tags, <title>, first <h1>, <time>, and a fallback body text
    that skips scripts, navigation, headers/footers and link text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.title_parts: list[str] = []
        self.h1_parts: list[str] = []
        self.times: list[str] = []
        self.body: list[str] = []
        self.jsonld: list[str] = []
        self.skipped: set[str] = set()  # text inside links, navigation, headers, footers...
        self._stack: list[str] = []
        self._skip = 0
        self._h1_done = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and "content" in a:
                self.meta.setdefault(key, a["content"])
        elif tag == "time" and a.get("datetime"):
            self.times.append(a["datetime"])
        if tag in _VOID_TAGS:
            if tag == "br" and not self._skip:
                self.body.append("\n")
            return
        self._stack.append(tag)
        if tag in _SKIP_TAGS:
            self._skip += 1
        if tag == "script" and "ld+json" in a.get("type", ""):
            self.jsonld.append("")
        if tag in _BLOCK_TAGS and not self._skip:
            self.body.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID_TAGS or tag not in self._stack:
            return
        while self._stack:
            top = self._stack.pop()
            if top in _SKIP_TAGS:
                self._skip -= 1
            if top == "h1":
                self._h1_done = True
            if top == tag:
                break
        if tag in _BLOCK_TAGS and not self._skip:
            self.body.append("\n")

    def handle_data(self, data: str) -> None:
        current = self._stack[-1] if self._stack else ""
        if current == "title":
            self.title_parts.append(data)
        elif current == "script" and self.jsonld:
            self.jsonld[-1] += data
        if "h1" in self._stack and not self._h1_done:
            self.h1_parts.append(data)
        if not self._skip and "title" not in self._stack:
            self.body.append(data)
        elif self._skip and data.strip():
            self.skipped.add(_squash(data))


def read_html(data: bytes) -> Extracted:
    m = _CHARSET_RE.search(data[:4096])
    decoded = _decode(data, m.group(1).decode("ascii") if m else None)
    html = decoded.text
    scan = _HtmlScan()
    try:
        scan.feed(html)
        scan.close()
    except (ValueError, AssertionError) as e:  # malformed markup the parser gives up on
        raise ReadProblem(f"unreadable HTML ({e})") from None

    text = _trafilatura_text(html)
    if _only_navigation(text, scan.skipped):  # trafilatura's own fallback returns menus when it finds nothing
        text = ""
    if not text:
        text = _normalise_fallback("".join(scan.body))
    if not _WORD_RE.search(text):
        raise ReadProblem("no article text found (only scripts, navigation or markup)")

    meta = scan.meta
    title = (
        meta.get("og:title") or _squash("".join(scan.h1_parts)) or _squash("".join(scan.title_parts)) or None
    )
    published = None
    for key in _PUBLISHED_META:
        if meta.get(key):
            published = parse_date(meta[key])
            if published:
                break
    if published is None:
        for value in [*(_JSONLD_DATE_RE.findall(" ".join(scan.jsonld))), *scan.times]:
            published = parse_date(value)
            if published:
                break
    outlet = meta.get("og:site_name") or meta.get("application-name") or None
    return Extracted(text, title=title, published=published, outlet=outlet and outlet.strip(),
                     warnings=decoded.warnings)


def _trafilatura_text(html: str) -> str:
    import trafilatura  # imported lazily: it is slow to import and only HTML needs it

    try:
        text = trafilatura.extract(
            html, include_comments=False, include_tables=True, include_links=False, deduplicate=False
        )
    except Exception:  # noqa: BLE001 - any failure inside the extractor means: use the fallback
        return ""
    return text or ""


_WORD_RE = re.compile(r"\w")


def _only_navigation(text: str, skipped: set[str]) -> bool:
    """True when every line is made only of link/navigation texts and separators ("Home | News")."""
    lines = [_squash(line) for line in text.split("\n") if line.strip()]
    pieces = sorted((p for p in skipped if p), key=len, reverse=True)
    for line in lines:
        rest = line
        for piece in pieces:
            rest = rest.replace(piece, " ")
        if _WORD_RE.search(rest):
            return False
    return bool(lines)


def _squash(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _normalise_fallback(text: str) -> str:
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.split("\n"))
    kept = [line for line in lines if line]
    return "\n\n".join(kept)


# --- PDF --------------------------------------------------------------------------------------------


def read_pdf(data: bytes) -> Extracted:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = bool(reader.decrypt(""))
            except Exception:  # noqa: BLE001 - unsupported algorithm or broken encryption dictionary
                opened = False
            if not opened:
                raise ReadProblem("encrypted PDF (a password is needed to read it)")
        pages = reader.pages
        if len(pages) > MAX_PDF_PAGES:
            raise ReadProblem(f"PDF has {len(pages)} pages (the limit is {MAX_PDF_PAGES})")
        texts = [(page.extract_text() or "").strip() for page in pages]
        info = reader.metadata
        title = (info.title or None) if info else None
    except ReadProblem:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as e:
        raise ReadProblem(f"corrupt or unreadable PDF ({_one_line(e)})") from None
    text = "\n\n".join(t for t in texts if t)
    if not text.strip():
        raise ReadProblem("no text in PDF (scanned images without a text layer?)")
    return Extracted(text, title=title.strip() if isinstance(title, str) and title.strip() else None)


# --- DOCX -------------------------------------------------------------------------------------------


_LOCAL_HEADER = struct.Struct("<4s5H3L2H")  # signature ... file name length, extra field length
_INFLATE_CHUNK = 1 << 20


def inflate_parts(data: bytes, limit: int = MAX_UNCOMPRESSED_BYTES) -> dict[str, bytes]:
    """Every part of a zip archive, inflated chunk by chunk from its local header with a hard cap on
    the decompressed bytes of all parts together. The sizes the headers state are not trusted: a zip
    bomb that claims small parts stops at the cap, having used a megabyte at a time."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = [i for i in zf.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise ReadProblem(f"not a valid .docx (not a zip archive: {_one_line(e)})") from None
    too_big = ReadProblem(f"refused: .docx unpacks to more than {limit // 2**20} MB (zip bomb?)")
    if sum(i.file_size for i in infos) > limit:  # honest headers: refused before inflating anything
        raise too_big
    parts: dict[str, bytes] = {}
    total = 0
    for info in infos:
        start = info.header_offset
        header = data[start : start + _LOCAL_HEADER.size]
        if len(header) < _LOCAL_HEADER.size or header[:4] != b"PK\x03\x04":
            raise ReadProblem(f"not a valid .docx (damaged entry {info.filename})")
        fields = _LOCAL_HEADER.unpack(header)
        body = start + _LOCAL_HEADER.size + fields[-2] + fields[-1]
        if info.compress_type == zipfile.ZIP_STORED:
            chunk = data[body : body + info.compress_size]
            total += len(chunk)
            if total > limit:
                raise too_big
            parts[info.filename] = chunk
            continue
        if info.compress_type != zipfile.ZIP_DEFLATED:
            raise ReadProblem(f"not a valid .docx (part {info.filename} uses an unknown compression)")
        inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        out: list[bytes] = []
        pending = memoryview(data)[body:]
        try:
            while not inflater.eof:
                piece = inflater.decompress(pending, _INFLATE_CHUNK)
                pending = memoryview(inflater.unconsumed_tail) if inflater.unconsumed_tail else memoryview(b"")
                total += len(piece)
                if total > limit:
                    raise too_big
                out.append(piece)
                if not piece and not pending:
                    break
        except zlib.error as e:
            raise ReadProblem(f"corrupt or unreadable .docx ({info.filename}: {_one_line(e)})") from None
        parts[info.filename] = b"".join(out)
    if "word/document.xml" not in parts:
        raise ReadProblem("not a valid .docx (no word/document.xml in the archive)")
    return parts


def _repacked(parts: dict[str, bytes]) -> io.BytesIO:
    """The inflated parts as a stored (uncompressed) zip for python-docx: nothing left to inflate."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as zf:
        for name, content in parts.items():
            zf.writestr(name, content)
    buffer.seek(0)
    return buffer


def read_docx(data: bytes) -> Extracted:
    if not data.startswith(b"PK"):
        raise ReadProblem("not a valid .docx (not a zip archive)")
    package = _repacked(inflate_parts(data))
    import docx
    from docx.table import Table

    try:
        document = docx.Document(package)
        del package
        parts: list[str] = []
        title: str | None = None
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                for row in block.rows:
                    cells = [c.text.strip() for c in row.cells]
                    if any(cells):
                        parts.append("\t".join(cells))
                continue
            text = block.text.strip()
            if not text:
                continue
            style = (block.style.name if block.style is not None else "") or ""
            if title is None and style in ("Title", "Heading 1"):
                title = text
            parts.append(text)
        core_title = document.core_properties.title
    except ReadProblem:
        raise
    except Exception as e:  # noqa: BLE001 - python-docx raises many types (KeyError, lxml errors...)
        raise ReadProblem(f"corrupt or unreadable .docx ({_one_line(e)})") from None
    text = "\n\n".join(parts)
    if not text.strip():
        raise ReadProblem("no text in .docx")
    return Extracted(text, title=title or (core_title.strip() if core_title and core_title.strip() else None))


def _one_line(e: BaseException) -> str:
    msg = " ".join(str(e).split()) or type(e).__name__
    return msg[:160]
