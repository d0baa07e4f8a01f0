"""Decode file bytes to text without relying on a declaration.

Order: BOMs (UTF-32, UTF-8, UTF-16); BOM-less UTF-16 (NUL byte pattern, or Chinese that scores as
prose); stray NUL bytes removed; strict UTF-8 (a multibyte character cut off at the very end is
dropped); UTF-8 with a few invalid bytes, repaired as Windows-1252; a declared charset (HTML), unless
it is a single-byte one and the bytes read as Chinese; then candidate legacy encodings. Candidates are
scored on how many of the most frequent Chinese characters their result contains: charset detectors
often confuse GBK and Big5 on short texts, because both decode almost any byte pair, but only the
right one yields 的/是/在/國/會... in the proportions of real prose. Western text without Chinese is
read as Windows-1252 (a superset of Latin-1 for text), before any rarer code page a detector guesses.

Whatever was repaired or guessed against a declaration is said in `Decoded.warnings`, which import
records on the document.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

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
LEGACY_CANDIDATES: tuple[str, ...] = ("gb18030", "big5hkscs", "cp1252", "latin-1")
SINGLE_BYTE_WESTERN = frozenset({"latin-1", "iso8859-1", "cp1252", "iso8859-15", "ascii", "cp1250"})

_CJK_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Control characters (other than whitespace), C1 controls, private use area, replacement character.
_BAD_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd]")
MAX_BAD_FRACTION = 0.01
MAX_NUL_FRACTION = 0.01  # more NULs than this (and no UTF-16 pattern) is binary, not a stray byte
MAX_REPAIRED_BYTES = 16  # invalid bytes in otherwise valid UTF-8 that are repaired, not a reason to guess


class DecodeError(ValueError):
    """The bytes are not text in any encoding we read. The message is one line without the path."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode ``data``; raise `DecodeError` for binary content."""
    return decode_text(data, declared).text


def decode_text(data: bytes, declared: str | None = None) -> Decoded:
    """Decode ``data`` and say what had to be repaired; raise `DecodeError` for binary content."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom) :], enc)
            if text is None:
                raise DecodeError(f"invalid {enc.upper()} text after its byte order mark")
            return Decoded(_checked(text), enc)
    warnings: list[str] = []
    if b"\x00" in data[:SAMPLE_BYTES] or b"\x00" in data:
        wide = _bomless_utf16_text(data)
        if wide is not None:
            return wide
        nuls = data.count(0)
        if nuls > max(1, len(data) * MAX_NUL_FRACTION):
            raise DecodeError("binary content, not text")
        data = data.replace(b"\x00", b"")
        warnings.append(f"{nuls} NUL byte{'s' if nuls > 1 else ''} removed")
    decoded = _decode_narrow(data, declared)
    return Decoded(decoded.text, decoded.encoding, (*warnings, *decoded.warnings))


def _decode_narrow(data: bytes, declared: str | None) -> Decoded:
    text = _strict(data, "utf-8")
    if text is not None:
        return Decoded(_checked(text), "utf-8")
    repaired = _repaired_utf8(data)
    if repaired is not None:
        return repaired
    declared = _codec_name(declared)
    if declared and declared != "utf-8":
        text = _strict(data, declared)
        if text is not None and _is_text(text):
            if declared in SINGLE_BYTE_WESTERN or _is_single_byte(declared):
                chinese = _chinese_reading(data)
                if chinese is not None:
                    enc, zh = chinese
                    return Decoded(zh, enc, (
                        f"the page declares {declared} but its text is Chinese; read as {enc.upper()}",
                    ))
            return Decoded(text, declared)
    enc, text = _best_candidate(data)
    return Decoded(_checked(text), enc)


def _codec_name(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _is_single_byte(codec: str) -> bool:
    try:
        return len(bytes(range(256)).decode(codec, errors="replace")) == 256
    except (LookupError, ValueError):
        return False


def _repaired_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few stray bytes (a Latin-1 é pasted into UTF-8 text): the stray bytes read as
    Windows-1252. Only when the rest holds real multibyte UTF-8, else it is a legacy file."""
    bad: list[int] = []
    parts: list[str] = []
    pos = 0
    while True:
        try:
            parts.append(data[pos:].decode("utf-8"))
            break
        except UnicodeDecodeError as err:
            start = pos + err.start
            bad.append(start)
            if len(bad) > MAX_REPAIRED_BYTES:
                return None
            parts.append(data[pos:start].decode("utf-8"))
            parts.append(data[start : start + 1].decode("cp1252", errors="replace"))
            pos = start + 1
    text = "".join(parts)
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F) - len(bad)
    if multibyte < max(1, len(bad)):
        return None
    if len(bad) == 1 and bad[0] >= len(data) - 3:
        return None  # a character cut off at the very end: _strict's business
    if not _is_text(text):
        return None
    n = len(bad)
    return Decoded(text, "utf-8", (
        f"{n} byte{'s' if n > 1 else ''} that {'are' if n > 1 else 'is'} not UTF-8 read as Windows-1252",
    ))


def _chinese_reading(data: bytes) -> tuple[str, str] | None:
    """A Chinese decoding of `data` that reads like prose, if there is one."""
    best: tuple[float, str, str] | None = None
    for enc in ("gb18030", "big5hkscs"):
        text = _strict(data, enc)
        if text is None or not _is_text(text):
            continue
        score = score_decoding(text)
        if best is None or score > best[0]:
            best = (score, enc, text)
    if best is None:
        return None
    score, enc, text = best
    sample = text[:SAMPLE_CHARS]
    frequent = len(frequent_cjk_re().findall(sample))
    cjk = len(_CJK_RE.findall(sample))
    if frequent >= 3 and frequent >= 0.2 * cjk and score > 0:
        return enc, text
    return None


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


def _bomless_utf16_text(data: bytes) -> Decoded | None:
    """UTF-16 without a byte order mark: English shows the NUL pattern, Chinese rarely has NULs but
    reads as prose in exactly one byte order."""
    enc = _bomless_utf16(data[:SAMPLE_BYTES])
    if enc is not None:
        wide = _strict(data, enc)
        return Decoded(wide, enc) if wide is not None and _is_text(wide) else None
    return _utf16_chinese(data)


def _utf16_chinese(data: bytes) -> Decoded | None:
    if len(data) % 2:
        return None
    for enc in ("utf-16-le", "utf-16-be"):
        text = _strict(data, enc)
        if text is None or not _is_text(text):
            continue
        sample = text[:SAMPLE_CHARS]
        frequent = len(frequent_cjk_re().findall(sample))
        if frequent >= 3 and frequent >= 0.1 * len(sample.strip()):
            return Decoded(text, enc)
    return None


def _best_candidate(data: bytes) -> tuple[str, str]:
    """(encoding, text) of the most plausible legacy decoding. Ties go to the earlier candidate, so
    Western text goes to Windows-1252 or Latin-1, never to a rare code page a detector guessed."""
    candidates = list(LEGACY_CANDIDATES)
    wide = _utf16_chinese(data)
    if wide is not None:
        return wide.encoding, wide.text
    guess = from_bytes(data[:SAMPLE_BYTES]).best()
    if guess is not None and _codec_name(guess.encoding) not in {_codec_name(c) for c in candidates}:
        candidates.append(guess.encoding)
    best: tuple[float, str, str] | None = None
    for enc in candidates:
        text = _strict(data, enc)
        if text is None:
            continue
        score = score_decoding(text)
        if best is None or score > best[0]:
            best = (score, enc, text)
    if best is None:
        raise DecodeError("binary content or unknown text encoding")
    return best[1], best[2]


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
