"""Decode file bytes to text without relying on a declaration.

Order: BOMs (UTF-32, UTF-8, UTF-16); BOM-less UTF-16 (NUL byte pattern); strict UTF-8 (a multibyte
character cut off at the very end is dropped); a declared charset (HTML); then candidate legacy
encodings. Candidates are scored on how many of the most frequent Chinese characters their result
contains: charset detectors often confuse GBK and Big5 on short texts, because both decode almost any
byte pair, but only the right one yields 的/是/在/國/會... in the proportions of real prose.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from app.ingest.frequent import frequent_cjk_re

SAMPLE_CHARS = 20_000
SAMPLE_BYTES = 64 * 1024

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
LEGACY_CANDIDATES: tuple[str, ...] = ("gb18030", "big5hkscs", "cp1252")

_CJK_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Control characters (other than whitespace), C1 controls, private use area, replacement character.
_BAD_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd]")
MAX_BAD_FRACTION = 0.01


class DecodeError(ValueError):
    """The bytes are not text in any encoding we read. The message is one line without the path."""


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode ``data``; raise `DecodeError` for binary content."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom) :], enc)
            if text is None:
                raise DecodeError(f"invalid {enc.upper()} text after its byte order mark")
            return _checked(text)
    head = data[:SAMPLE_BYTES]
    if b"\x00" in head:
        utf16 = _bomless_utf16(head)
        wide = _strict(data, utf16) if utf16 else None
        if wide is None or not _is_text(wide):
            raise DecodeError("binary content, not text")
        return wide
    text = _strict(data, "utf-8")
    if text is not None:
        return _checked(text)
    if declared:
        try:
            codecs.lookup(declared)
        except LookupError:
            declared = None
    if declared and codecs.lookup(declared).name != "utf-8":
        text = _strict(data, declared)
        if text is not None and _is_text(text):
            return text
    return _checked(_best_candidate(data))


def _strict(data: bytes, encoding: str) -> str | None:
    """Strict decoding; tolerates only an incomplete multibyte character at the very end (dropped)."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        if e.start >= len(data) - 3 and e.end == len(data) and e.start > 0:
            try:
                return data[: e.start].decode(encoding)
            except UnicodeDecodeError:
                return None
        return None
    except LookupError:
        return None


def _bomless_utf16(head: bytes) -> str | None:
    half = max(1, len(head) // 2)
    even_nul = head[0::2].count(0) / half
    odd_nul = head[1::2].count(0) / half
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _best_candidate(data: bytes) -> str:
    candidates = list(LEGACY_CANDIDATES)
    guess = from_bytes(data[:SAMPLE_BYTES]).best()
    if guess is not None and guess.encoding not in candidates:
        candidates.insert(2, guess.encoding)
    best: tuple[float, str] | None = None
    for enc in candidates:
        text = _strict(data, enc)
        if text is None:
            continue
        score = score_decoding(text)
        if best is None or score > best[0]:
            best = (score, text)
    if best is None:
        raise DecodeError("binary content or unknown text encoding")
    return best[1]


def score_decoding(text: str) -> float:
    """Higher is more plausible: frequent CJK characters count for, rare ones and control/private-use
    characters against. Latin text without CJK scores about 0."""
    sample = text[:SAMPLE_CHARS]
    cjk = len(_CJK_RE.findall(sample))
    frequent = len(frequent_cjk_re().findall(sample))
    bad = len(_BAD_RE.findall(sample))
    return 3.0 * frequent - (cjk - frequent) - 20.0 * bad


def _is_text(text: str) -> bool:
    sample = text[:SAMPLE_CHARS]
    if not sample:
        return True
    return len(_BAD_RE.findall(sample)) / len(sample) <= MAX_BAD_FRACTION


def _checked(text: str) -> str:
    if not _is_text(text):
        raise DecodeError("binary content, not text")
    return text
