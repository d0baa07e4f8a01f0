"""A same-length matching form of the display text.

Every extractor runs its patterns over `match_form(text)`, which has exactly as many characters as the
display text, so an offset found in it is an offset in the display text. The form maps full-width
ASCII to ASCII (and the small full stop "﹒" to "."), ideographic spaces to spaces, curly quotes to straight
ones, and Traditional Chinese characters to Simplified ones (`app.text`: OpenCC's character table, one
character for one character; a missing table raises `app.text.ScriptTableError` rather than leaving
Traditional text unmatched).
An amount whose decimal point a page broke with a space ("RMB 10. 2 billion", "10. 2亿元") is closed up in the
form ("10.2  billion": the space moved after the digits), so it reads as the one amount the text gives.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.text import to_simplified_table


class _Table(dict[int, "int | str"]):
    """A translation table that answers every character: one it does not map stands for itself (and
    is remembered). str.translate then never meets a missing key, whose KeyError costs more than the
    lookup: the table is about 1.6x faster on Chinese text. The result is the same."""

    def __missing__(self, code: int) -> int:
        self[code] = code
        return code


@lru_cache(maxsize=1)
def _table() -> _Table:
    return _Table({code: ord(dst) if len(dst) == 1 else dst for code, dst in _characters().items()})


@lru_cache(maxsize=1)
def _bmp_table() -> list[int | str]:
    """The same table as a list indexed by code point, for the Basic Multilingual Plane: str.translate
    reads a list entry about twice as fast as a dict entry. A character beyond it (an index past the
    end) is left as it is, so a text that holds one afterwards is translated with the full table."""
    table: list[int | str] = list(range(0x10000))
    for code, dst in _table().items():
        if code < 0x10000:
            table[code] = dst
    return table


_BEYOND_BMP = re.compile("[\U00010000-\U0010ffff]")


def _characters() -> dict[int, str]:
    table = {ord(src): dst for src, dst in to_simplified_table().items()}
    for code in range(0xFF01, 0xFF5F):  # full-width ASCII
        table[code] = chr(code - 0xFEE0)
    table[0x3000] = " "
    table.update({ord("\u2018"): "'", ord("\u2019"): "'", ord("\u201c"): '"', ord("\u201d"): '"'})
    table.update({ord("\u00a0"): " ", ord("\u2014"): "-", ord("\u2013"): "-", ord("\u2212"): "-"})
    table.update({ord("\u3001"): ",", ord("\uff0c"): ",", ord("\u2022"): "-"})
    table[0xFE52] = "."  # the small full stop some pages write as a decimal point (39﹒845億元, README set 15)
    return table


# "RMB 10. 2 billion", "$3. 5 million", "10. 2亿元": a currency before the number or a multiplier and a currency
# after it say that the dot is a decimal point and not a sentence's end ("in 2010. 2 billion yuan …" stays)
_BROKEN_DECIMAL = re.compile(
    r"\. (?P<frac>\d{1,3})(?=\s?(?:trillion|billion|million|bn|mn|[Bb]illion|[Mm]illion|万亿|亿|万)"
    r"(?:\s?(?:yuan|元|美元|dollars|U\.?S\.? dollars))?)"
)
_CURRENCY_BEFORE = re.compile(r"(?:RMB|rmb|CNY|USD|US\$|\$|¥|人民币)\s?\d{1,4}$")
_SHORT_NUMBER_BEFORE = re.compile(r"(?<![\d.,])\d{1,3}$")  # not a year: "in 2010. 2 billion yuan …"


def _close_decimals(form: str) -> str:
    """The form with every broken decimal point of an amount closed up (same length)."""
    if ". " not in form:
        return form
    parts, last = [], 0
    for m in _BROKEN_DECIMAL.finditer(form):
        lo = max(0, m.start() - 12)
        if _CURRENCY_BEFORE.search(form, lo, m.start()) is None and not (
                _SHORT_NUMBER_BEFORE.search(form, lo, m.start()) and _money_after(form, m.end())):
            continue
        parts.append(form[last : m.start()])
        parts.append("." + m.group("frac") + " ")
        last = m.end()
    return form if not parts else "".join(parts) + form[last:]


def _money_after(form: str, at: int) -> bool:
    """A multiplier followed by a currency word: 10. 2 billion yuan, 10. 2亿元 (no currency before the number)."""
    return re.match(r"\s?(?:trillion|billion|million|bn|万亿|亿|万)\s?(?:yuan|元|美元|dollars|U\.?S\.? dollars)",
                    form[at : at + 24], re.I) is not None


def match_form(text: str) -> str:
    """The text with the same length, normalised for matching (see module docstring)."""
    if text.isascii():  # the table maps only non-ASCII characters
        return _close_decimals(text)
    out = text.translate(_bmp_table())
    if _BEYOND_BMP.search(out) is not None:
        out = text.translate(_table())
    if len(out) != len(text):  # a table entry would only ever map one character to one
        return text
    return _close_decimals(out)


_ASCII_UPPER = re.compile("[A-Z]+")


def ascii_lower(form: str) -> str:
    """A-Z lowered, nothing else changed (same length): English patterns scan this without re.I,
    which keeps Python's regex engine on its fast literal paths. (str.lower of an ASCII text lowers
    exactly A-Z; in other texts only the runs of A-Z are lowered, not "İ" or "Σ".)"""
    if form.isascii():
        return form.lower()
    return _ASCII_UPPER.sub(lambda m: m.group().lower(), form)


def word_positions(text: str, word: str) -> list[int]:
    r"""Where `word` is written in `text` as a word of its own: the starts of re.finditer's (non-overlapping)
    matches of `(?<![\w-])` + re.escape(word) + `(?![\w-])`, found with str.find, which skips to the word's
    occurrences where the pattern is tried at every position of the text (and compiled once per word). A
    character is a word character of a str pattern (\w) exactly when str.isalnum says so or it is "_"."""
    if not word:
        return [m.start() for m in re.finditer(r"(?<![\w-])(?![\w-])", text)]
    out: list[int] = []
    size = len(word)
    at = text.find(word)
    while at >= 0:
        before, after = text[at - 1 : at] if at else "", text[at + size : at + size + 1]
        if (not before or not (before.isalnum() or before in "_-")) and (
                not after or not (after.isalnum() or after in "_-")):
            out.append(at)
            at = text.find(word, at + size)
        else:
            at = text.find(word, at + 1)
    return out
