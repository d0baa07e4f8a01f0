"""Matches of a pattern over the whole document, found in one pass and queried by range, so that the
per-number rules do not rescan the text around every number.

`scan(pattern, text)` finds what `pattern.finditer(text)` finds. Python's regex engine tries a pattern
that starts with a word boundary or a lookaround at every position of the text; when every match of the
pattern starts with one of a set of literal strings (`app.extract.heads`), one Aho-Corasick pass
(pyahocorasick) finds where those beginnings stand and the pattern is tried only there — 2 to 4 times
faster on a 5 KB English article for the cue, label and role lexicons, the periods and the numbers.
The matches are the same: a match can only start where one of its beginnings is written, and the
pattern is tried at those positions in text order from the end of the previous match on, as finditer
goes on. (Patterns of Chinese text only where asked: with their lookahead for the first characters the
regex is mostly as fast there, and pyahocorasick looks a character up among a node's children one by one.)
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Iterable
from typing import NamedTuple

import ahocorasick

from app.extract.heads import match_heads


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
        return cls([Hit(m.start(), m.end(), 0, m.group()) for m in scan(pattern, text)])

    @classmethod
    def of_lexicon(cls, pattern: re.Pattern[str], text: str) -> MatchIndex:
        """`pattern` is an alternation of named groups L0, L1, …; the tag is the group's number."""
        return cls([Hit(m.start(), m.end(), int((m.lastgroup or "L0")[1:]), m.group())
                    for m in scan(pattern, text)])

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
    positions where no pattern can start without trying every alternative. When every pattern starts
    with literal text, a lookahead for those beginnings (up to two characters each) is added to it."""
    heads: set[str] = set()
    for p in patterns:
        found = literal_heads(p)
        if found is None:
            heads = set()
            break
        heads |= found
    if heads:
        guard += "(?=" + "|".join(re.escape(h) for h in sorted(heads)) + ")"
    return re.compile(guard + "(?:" + "|".join(f"(?P<L{i}>{p})" for i, p in enumerate(patterns)) + ")", flags)


class _HeadScan:
    """A pattern tried only where one of its literal beginnings stands (see the module docstring)."""

    def __init__(self, pattern: re.Pattern[str], heads: set[str]) -> None:
        self.pattern = pattern
        self.chinese = any(h[0] >= _CJK_FROM for h in heads)
        self.automaton = ahocorasick.Automaton()
        for head in heads:
            self.automaton.add_word(head, len(head))
        self.automaton.make_automaton()

    def finditer(self, text: str) -> list[re.Match[str]]:
        match = self.pattern.match
        out: list[re.Match[str]] = []
        resume = 0
        for start in sorted({end + 1 - size for end, size in self.automaton.iter(text)}):
            if start >= resume:
                m = match(text, start)
                if m is not None:
                    out.append(m)
                    resume = m.end()
        return out


_scanners: dict[re.Pattern[str], _HeadScan | None] = {}
_CJK_FROM = "\u2e80"  # heads from here on are Chinese


def scan(pattern: re.Pattern[str], text: str, chinese: bool = False) -> Iterable[re.Match[str]]:
    """The matches `pattern.finditer(text)` finds, in text order (faster where the pattern's matches
    all start with literal text: see the module docstring). A pattern whose heads start with Chinese
    characters is scanned by its heads only when `chinese` says so (measured faster for the period
    phrases, whose lookahead admits every digit; the other Chinese patterns' lookahead is as fast)."""
    try:
        scanner = _scanners[pattern]
    except KeyError:
        heads = match_heads(pattern)
        scanner = _scanners[pattern] = _HeadScan(pattern, heads) if heads else None
    if scanner is None or (scanner.chinese and not chinese):
        return pattern.finditer(text)
    return scanner.finditer(text)


class TailFirst:
    """A pattern `head + tail` whose `tail` ends with `$` ("… will invest $": the words right before an
    amount), searched only where its tail is found at the end. Such a pattern, searched over the text
    before a number, is tried at every position there, and an optional head ("the company has also …")
    makes each try costly; the tail alone is cheap to look for and usually absent. Every match of the
    whole pattern ends with a match of its tail, so when the tail is not found neither is the whole
    pattern, and otherwise the whole pattern is searched as before: the result is the same. (`tail`
    must not refer to a group of `head`.)"""

    def __init__(self, head: str, tail: str, flags: int = 0) -> None:
        self.regex = re.compile(head + tail, flags)
        self.tail = re.compile(tail, flags)
        self.pattern = self.regex.pattern
        self.flags = self.regex.flags

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self.tail.search(string, pos, endpos) is None:
            return None
        return self.regex.search(string, pos, endpos)


_LITERAL = re.compile(r"[\w \-]")  # characters that stand for themselves in a pattern (not \w escapes)
_QUANTIFIER = "?*{"  # after a character, these make it optional


def literal_heads(pattern: str, size: int = 2) -> set[str] | None:
    """The literal text (up to `size` characters) every match of `pattern` starts with, one per
    top-level alternative: "\\b(?:fixed|foreign)\\s+x|gdp" gives {"fi", "fo", "gd"}. None when some
    alternative does not start with literal text (a class, an escape, a lookaround, an optional part):
    the caller then adds no lookahead. Conservative: a shorter head is always sound."""
    out: set[str] = set()
    for alt in _top_level(pattern, "|"):
        while alt.startswith("\\b"):
            alt = alt[2:]
        head = ""
        while (len(head) < size and alt and _LITERAL.fullmatch(alt[0])
               and not (alt[1:2] and alt[1] in _QUANTIFIER)):
            head, alt = head + alt[0], alt[1:]
        if head:
            out.add(head)
            continue
        if not alt.startswith("(?:"):
            return None
        inner = _top_level(alt[3:], ")")[0]
        rest = alt[3 + len(inner) + 1 :]
        found = literal_heads(inner, size)
        if rest[:1] in ("?", "*"):  # an optional group: a match starts in it or after it
            after = literal_heads(rest[2:] if rest[1:2] == "?" else rest[1:], size)
            found = None if found is None or after is None else found | after
        elif rest[:1] == "{":
            return None
        if found is None:
            return None
        out |= found
    return out


def _top_level(pattern: str, stop: str) -> list[str]:
    """`pattern` cut at each top-level `stop` character ("|" between alternatives; ")" ends a group:
    then only the part before it). Escapes and character classes are skipped."""
    parts, depth, i, start, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += 2 if pattern[i + 1 : i + 3] == "^]" else 1 if pattern[i + 1 : i + 2] == "]" else 0
            # ("[]…]", "[^]…]": a leading "]" is a member)
        elif ch == "(":
            depth += 1
        elif ch == ")" and depth > 0:
            depth -= 1
        elif ch == stop and depth == 0:
            parts.append(pattern[start:i])
            if stop == ")":
                return parts
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts
