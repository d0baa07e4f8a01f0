"""Matches of a pattern over the whole document, found in one pass and queried by range, so that the
per-number rules do not rescan the text around every number."""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple


class Hit(NamedTuple):
    start: int
    end: int
    tag: int          # which alternative of a lexicon matched (its index)
    text: str


class MatchIndex:
    def __init__(self, hits: list[Hit]) -> None:
        self.hits = hits  # in text order
        self.starts = [h.start for h in hits]

    @classmethod
    def of(cls, pattern: re.Pattern[str], text: str) -> MatchIndex:
        return cls([Hit(m.start(), m.end(), 0, m.group()) for m in pattern.finditer(text)])

    @classmethod
    def of_lexicon(cls, pattern: re.Pattern[str], text: str) -> MatchIndex:
        """`pattern` is an alternation of named groups L0, L1, …; the tag is the group's number."""
        return cls([Hit(m.start(), m.end(), int((m.lastgroup or "L0")[1:]), m.group())
                    for m in pattern.finditer(text)])

    def within(self, lo: int, hi: int) -> list[Hit]:
        """Matches lying entirely in [lo, hi)."""
        i = bisect.bisect_left(self.starts, lo)
        j = bisect.bisect_left(self.starts, hi)
        return [h for h in self.hits[i:j] if h.end <= hi]

    def any_within(self, lo: int, hi: int) -> bool:
        i = bisect.bisect_left(self.starts, lo)
        j = bisect.bisect_left(self.starts, hi)
        return any(h.end <= hi for h in self.hits[i:j])


def lexicon_pattern(patterns: list[str], flags: int = 0, guard: str = "") -> re.Pattern[str]:
    """One alternation of the lexicon's patterns, most specific first, each in a group L<index>.
    `guard` (a word boundary, or a lookahead for the possible first characters) lets the scan skip
    positions where no pattern can start without trying every alternative."""
    return re.compile(guard + "(?:" + "|".join(f"(?P<L{i}>{p})" for i, p in enumerate(patterns)) + ")", flags)
