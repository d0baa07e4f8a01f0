"""Inline pinyin residue of Traditional Chinese pages (個(gè)項目將在2011年開(kāi)工).

Some pages print the reading of a character in brackets right after it. A cue written that way is still
the cue: the rules that look for words (plan and result cues, labels) read a pinyin-free view of the
matching form and map what they find back to the form's offsets, so no offset of the display text
changes. `without_pinyin` gives such a view of a range; `plain_view` the view of a whole form, once.
"""

from __future__ import annotations

import re
from typing import NamedTuple

PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,8}\)")
# in a whole form only a bracket right after a Chinese character is a reading (公司(abc) aside, "(ppp)" stays)
# (a toned syllable or one of the neutral-tone ones, as app.ingest.clean reads them)
# (the bracket first and the Chinese character checked behind it: the regex engine skips straight to the brackets,
# where `(?<=[\u4e00-\u9fff])\(…` is tried at every position; tests/extract/test_fast_scans.py checks both)
_READING = re.compile(r"\((?<=[\u4e00-\u9fff]\()(?:[a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5}"
                      r"|de|le|me|men|ma|ne|ba|zi|zhe|tou|shang)\)")
_TONED = re.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")


def without_pinyin(form: str, lo: int = 0, hi: int | None = None) -> tuple[str, list[int]]:
    """form[lo:hi] without inline pinyin (时(shí)代), and for each of its characters the offset in the form."""
    hi = len(form) if hi is None else hi
    seg = form[lo:hi]
    if "(" not in seg:
        return seg, list(range(lo, hi))
    parts: list[str] = []
    where: list[int] = []
    at = 0
    for p in PINYIN.finditer(seg):
        parts.append(seg[at : p.start()])
        where.extend(range(lo + at, lo + p.start()))
        at = p.end()
    parts.append(seg[at:])
    where.extend(range(lo + at, hi))
    return "".join(parts), where


class PlainView(NamedTuple):
    """A form without its readings; `where[i]` is the form offset of the view's character i (None: the
    form holds no reading and the view is the form itself)."""
    text: str
    where: list[int] | None


def plain_view(form: str) -> PlainView:
    """The whole form without the readings written after its Chinese characters. A page is read as one
    with readings only when at least two bracketed readings carry a tone mark, so a lone bracketed Latin
    word after a Chinese one keeps its place."""
    if "(" not in form:
        return PlainView(form, None)
    found = list(_READING.finditer(form))
    if sum(1 for p in found if _TONED.search(p.group())) < 2:
        return PlainView(form, None)
    parts: list[str] = []
    where: list[int] = []
    at = 0
    for p in found:
        parts.append(form[at : p.start()])
        where.extend(range(at, p.start()))
        at = p.end()
    parts.append(form[at:])
    where.extend(range(at, len(form)))
    return PlainView("".join(parts), where)


def to_form(where: list[int], start: int, end: int) -> tuple[int, int]:
    """The form range of the view's range [start, end)."""
    if end <= start:
        at = where[start] if start < len(where) else (where[-1] + 1 if where else 0)
        return at, at
    return where[start], where[end - 1] + 1
