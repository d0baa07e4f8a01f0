"""Making text safe for a worksheet cell.

- Text that Excel (or LibreOffice, or a CSV importer) could take for a formula — starting with
  `=`, `+`, `-`, `@`, tab or carriage return — is written as a string cell with the quote-prefix
  style, so it is shown literally and stays text when the cell is edited.
- Characters XML 1.0 does not allow (C0 controls other than tab/newline/CR, lone surrogates,
  U+FFFE/U+FFFF) are replaced by U+FFFD so the file stays valid and the gap stays visible.
- Text over Excel's 32 767-character cell limit is cut and ends with a visible marker.
"""

from __future__ import annotations

import re

MAX_CELL_CHARS = 32_767
FORMULA_PREFIXES: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")
REPLACEMENT = "\ufffd"

_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def truncation_marker(total: int) -> str:
    return f" [… truncated: {total:,} characters in all]"


def _utf16_len(text: str) -> int:
    """Excel counts UTF-16 code units: a character outside the BMP counts twice."""
    return len(text.encode("utf-16-le")) // 2


def clean_text(text: str) -> str:
    """Text that can go into a cell as is: legal XML, within Excel's length limit."""
    if _ILLEGAL_XML.search(text):
        text = _ILLEGAL_XML.sub(REPLACEMENT, text)
    if len(text) > MAX_CELL_CHARS // 2 and _utf16_len(text) > MAX_CELL_CHARS:
        marker = truncation_marker(len(text))
        keep = MAX_CELL_CHARS - len(marker)
        cut = text[:keep]
        while (excess := _utf16_len(cut) - keep) > 0:
            cut = cut[: len(cut) - (excess + 1) // 2]  # each character is one or two units
        text = cut + marker
    return text


def is_formula_like(text: str) -> bool:
    """Would a spreadsheet treat this text as a formula (or the start of one) if typed in?"""
    return text.startswith(FORMULA_PREFIXES)
