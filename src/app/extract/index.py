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
import threading
from collections.abc import Callable, Iterable
from typing import NamedTuple

import ahocorasick

from app.extract.heads import match_heads
from app.extract.pinyin_zh import to_form
from app.extract.textprep import ascii_lower


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
    def of(cls, pattern: re.Pattern[str], text: str, sparse: bool = False,
           where: list[int] | None = None) -> MatchIndex:
        """`sparse`: a Chinese pattern with few matches, found by `FirstSkip` (see `scan`). `where`: `text`
        is a view of the form without pinyin readings (`app.extract.pinyin_zh`), whose character i stands
        at where[i] in the form; the hits are given in the form's offsets, with the view's text."""
        if where is not None:
            return cls([_hit(Hit, (*to_form(where, *m.span()), 0, m.group()))
                        for m in scan(pattern, text, sparse=sparse)])
        return cls([_hit(Hit, (*m.span(), 0, m.group())) for m in scan(pattern, text, sparse=sparse)])

    @classmethod
    def of_lexicon(cls, pattern: re.Pattern[str], text: str, where: list[int] | None = None) -> MatchIndex:
        """`pattern` is an alternation of named groups L0, L1, …; the tag is the group's number (that of
        the last group matched, `lastgroup`, read from a table by its index). `where`: as for `of`."""
        tags = _lexicon_tags(pattern)
        if where is not None:
            return cls([_hit(Hit, (*to_form(where, *m.span()), tags[m.lastindex], m.group()))
                        for m in scan(pattern, text)])
        return cls([_hit(Hit, (*m.span(), tags[m.lastindex], m.group())) for m in scan(pattern, text)])

    def within(self, lo: int, hi: int) -> list[Hit]:
        """Matches lying entirely in [lo, hi)."""
        i = bisect.bisect_left(self.starts, lo)
        j = bisect.bisect_left(self.starts, hi)
        return [h for h in self.hits[i:j] if h.end <= hi]

    def any_within(self, lo: int, hi: int) -> bool:
        i = bisect.bisect_left(self.starts, lo)
        j = bisect.bisect_left(self.starts, hi)
        return any(h.end <= hi for h in self.hits[i:j])


_hit = tuple.__new__  # a Hit made from a tuple without the Python-level __new__ of NamedTuple
_tags: dict[re.Pattern[str], dict[int | None, int]] = {}


def _lexicon_tags(pattern: re.Pattern[str]) -> dict[int | None, int]:
    """For each group index a lexicon's match may end with (`Match.lastindex`), the tag
    `int((lastgroup or "L0")[1:])` gives: the number of the group's name L<n> (0 for no group)."""
    tags = _tags.get(pattern)
    if tags is None:
        names = {i: n for n, i in pattern.groupindex.items()}
        tags = _tags[pattern] = {i: int((names.get(i) or "L0")[1:]) for i in range(1, pattern.groups + 1)
                                 if (names.get(i) or "L0")[1:].isdigit()}
        tags[None] = 0
    return tags


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


_CJK_FROM = "\u2e80"  # heads from here on are Chinese


class _HeadScan:
    """A pattern tried only where one of its literal beginnings stands (see the module docstring)."""

    def __init__(self, pattern: re.Pattern[str], heads: set[str]) -> None:
        self.pattern = pattern
        self.heads = frozenset(heads)
        self.chinese = any(h[0] >= _CJK_FROM for h in heads)
        self._skip: FirstSkip | None = None
        self.automaton = ahocorasick.Automaton()
        for head in heads:
            self.automaton.add_word(head, len(head))
        self.automaton.make_automaton()
        self.longest = max(map(len, heads))

    @property
    def skip(self) -> FirstSkip:
        if self._skip is None:
            self._skip = FirstSkip(self.pattern, {h[0] for h in self.heads})
        return self._skip

    def starts(self, text: str) -> list[int]:
        """Where one of the heads is written in `text`, in text order."""
        return sorted({end + 1 - size for end, size in self.automaton.iter(text)})

    def finditer(self, text: str, starts: list[int] | None = None) -> list[re.Match[str]]:
        match = self.pattern.match
        out: list[re.Match[str]] = []
        resume = 0
        for start in self.starts(text) if starts is None else starts:
            if start >= resume:
                m = match(text, start)
                if m is not None:
                    out.append(m)
                    resume = m.end()
        return out


class FirstSkip:
    """A pattern searched as `[F](?<=(?=pattern)(?s:.))`, F the first characters of its heads: a pattern that
    starts with a lookahead (the Chinese cue lexicons' "(?=[力目计…])") is tried by the regex engine at
    every position, while one that starts with a character class makes it skip to those characters.
    Each hit is where the pattern matches (checked inside the lookbehind, from the hit's first
    character), and the pattern is matched there again for the match itself: worth it when matches are
    few (the target cues and result markers: 1.5-2 times faster; not the labels). The matches are those
    of `pattern.finditer`: the leftmost start from where the last match ended. (The one character the
    lookbehind steps back over is any character, a line break too: a pattern may start with one.)"""

    def __init__(self, pattern: re.Pattern[str], firsts: set[str]) -> None:
        self.pattern = pattern
        chars = "".join(sorted(firsts))
        body = pattern.pattern + ("\n" if pattern.flags & re.VERBOSE else "")  # (a comment may end it)
        try:
            self.search: Callable[..., re.Match[str] | None] | None = re.compile(
                f"[{re.escape(chars)}](?<=(?={body})(?s:.))", pattern.flags).search
        except re.error:  # global flags at the pattern's start, which cannot stand inside it
            self.search = None

    def finditer(self, text: str) -> Iterable[re.Match[str]]:
        if self.search is None:
            return self.pattern.finditer(text)
        out: list[re.Match[str]] = []
        search, match = self.search, self.pattern.match
        at = search(text)
        while at is not None:
            start = at.start()
            m = match(text, start)
            if m is None:  # (cannot be: the lookahead matched there)
                break
            out.append(m)
            at = search(text, max(m.end(), start + 1))
        return out


def anchored_finditer(pattern: re.Pattern[str], text: str, anchor: str, lead: tuple[int, int]) -> list[re.Match[str]]:
    """The matches `pattern.finditer(text)` finds, for a pattern each of whose matches has `anchor` written
    lead[0] to lead[1] characters after its start, and written there first (no match holds `anchor` before that
    place): 大 after the number of 四大…项目, "(" after the name of 赛轮(沈阳)轮胎有限公司. The pattern is tried only at
    the starts that many characters before an anchor, in text order from the end of the last match on, where the
    regex engine would try it at every position (a Chinese pattern opening with a character class of all Chinese
    characters cannot skip to any). A match's start lies before the anchor it holds first, so the starts tried
    for each anchor come after those of the anchors before it: the leftmost match is found first, as finditer
    finds it."""
    out: list[re.Match[str]] = []
    match, resume = pattern.match, 0
    first, last = lead
    at = text.find(anchor)
    while at >= 0:
        for start in range(max(resume, at - last), at - first + 1):
            m = match(text, start)
            if m is not None:
                out.append(m)
                resume = m.end()
                break
        at = text.find(anchor, at + 1)
    return out


class _Group:
    """The heads of several patterns in one automaton: one pass over a text gives each pattern's starts.
    Each pass of pyahocorasick costs 6-30 ns a character whatever it finds, so the seven English scans
    of an article's lower-cased form cost about 0.6 ms in their own passes and half that in one. A head
    found is appended to the list of the patterns it begins (most begin one), then each pattern gathers
    its lists. (The lists are the group's own: each thread has its groups, `_Recent`.)"""

    def __init__(self, members: frozenset[_HeadScan]) -> None:
        self.members = tuple(members)
        owners: dict[str, list[int]] = {}
        for i, scanner in enumerate(self.members):
            for head in scanner.heads:
                owners.setdefault(head, []).append(i)
        self.found: dict[tuple[int, ...], list[int]] = {}
        self.automaton = ahocorasick.Automaton()
        for head, ids in owners.items():
            found = self.found.setdefault(tuple(ids), [])
            self.automaton.add_word(head, (len(head) - 1, found.append))
        self.automaton.make_automaton()

    def starts(self, text: str) -> dict[_HeadScan, list[int]]:
        for found in self.found.values():
            found.clear()
        for end, (back, add) in self.automaton.iter(text):
            add(end - back)
        gathered: list[list[int]] = [[] for _ in self.members]
        for ids, found in self.found.items():
            if found:
                for i in ids:
                    gathered[i] += found
        return {scanner: sorted(set(g)) for scanner, g in zip(self.members, gathered, strict=True)}


class _Scanned:
    """What is known of one text: the starts found for each pattern scanned over it so far."""

    __slots__ = ("text", "starts")

    def __init__(self, text: str) -> None:
        self.text = text  # held, so that `is` names this very text while the entry lives
        self.starts: dict[_HeadScan, list[int]] = {}


class _Recent(threading.local):
    def __init__(self) -> None:
        self.texts: list[_Scanned] = []
        self.groups: dict[frozenset[_HeadScan], _Group] = {}


_recent = _Recent()
_RECENT_TEXTS = 4  # a document's matching form and its lower-cased form, with room to spare
_companions: dict[_HeadScan, frozenset[_HeadScan]] = {}  # the patterns scanned over the same texts


def _starts(scanner: _HeadScan, text: str) -> list[int]:
    """The scanner's starts in `text`. The first time a text is scanned, the patterns that were scanned
    together with this one over an earlier text get their starts in the same pass (the English rules
    scan the same article with the same patterns, first to last); the result is the same as each
    pattern's own pass, only found once."""
    texts = _recent.texts
    for entry in texts:
        if entry.text is text:
            break
    else:
        entry = _Scanned(text)
        texts.insert(0, entry)
        del texts[_RECENT_TEXTS:]
    found = entry.starts.get(scanner)
    if found is not None:
        return found
    members = _companions.get(scanner)
    if members is not None and len(members) > 1 and not entry.starts:
        group = _recent.groups.get(members)
        if group is None:
            group = _recent.groups[members] = _Group(members)
        entry.starts.update(group.starts(text))
        found = entry.starts.get(scanner)
        if found is not None:
            return found
    found = entry.starts[scanner] = scanner.starts(text)
    together = frozenset(entry.starts)
    for member in together:
        if _companions.get(member) != together and together.issuperset(_companions.get(member, ())):
            _companions[member] = together
    return found


_scanners: dict[re.Pattern[str], _HeadScan | None] = {}


def scan(pattern: re.Pattern[str], text: str, chinese: bool = False,
         before: Before | None = None, sparse: bool = False) -> Iterable[re.Match[str]]:
    """The matches `pattern.finditer(text)` finds, in text order (faster where the pattern's matches
    all start with literal text: see the module docstring). A pattern whose heads start with Chinese
    characters is scanned by its heads only when `chinese` says so (measured faster for the period
    phrases, whose lookahead admits every digit; the other Chinese patterns' lookahead is as fast).
    `before` (see `Before`) says which words every match reaches: the pattern is then tried only at
    the heads from which one of them can be reached. `sparse`: a Chinese pattern whose matches are few
    is searched by `FirstSkip`."""
    try:
        scanner = _scanners[pattern]
    except KeyError:
        heads = match_heads(pattern)
        scanner = _scanners[pattern] = _HeadScan(pattern, heads) if heads else None
    if scanner is not None and scanner.chinese and not chinese and sparse:
        return scanner.skip.finditer(text)
    if scanner is None or (scanner.chinese and not chinese):
        return pattern.finditer(text)
    if before is not None:
        return scanner.finditer(text, before.starts_of(scanner, text))
    return scanner.finditer(text, _starts(scanner, text))


class Before:
    """What every match of a pattern holds: one of `words` (a company suffix, "Zone") with only
    characters outside `barrier` (a character class) between the match's start and that word. A head
    from which no such word is reached before a barrier character cannot start a match, and is not
    tried: "Jinli Green Energy Group" is, "The city has taken investment attraction as …" never is (most
    capitalised words of an article start such runs, and each try of the pattern there costs 3-7 µs).
    The words are looked for with str.find (every occurrence, overlapping ones too); before each, the
    last barrier character is found by a greedy `.*` that backs off from the word."""

    def __init__(self, words: tuple[str, ...], barrier: str) -> None:
        self.words = words
        self._last_barrier = re.compile("(?s).*" + barrier)

    def reaching(self, text: str, starts: list[int]) -> list[int]:
        if not starts:
            return []
        out: set[int] = set()
        for lo, at in self._spans(text):
            out.update(starts[bisect.bisect_left(starts, lo) : bisect.bisect_right(starts, at)])
        return sorted(out)

    def starts_of(self, scanner: _HeadScan, text: str) -> list[int]:
        """`reaching(text, scanner.starts(text))` without a pass over the whole text: the scanner's heads
        are looked for only in the stretches before the words (a word or two in an English article: the
        pass over all of it, for heads that are every capital letter, cost more than the rest)."""
        spans = sorted(self._spans(text))
        if not spans:
            return []
        merged = [list(spans[0])]
        for lo, at in spans[1:]:
            if lo <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], at)
            else:
                merged.append([lo, at])
        out: set[int] = set()
        longest, n = scanner.longest, len(text)
        for lo, at in merged:  # every head starting in [lo, at] ends before at + longest
            for end, size in scanner.automaton.iter(text, lo, min(n, at + longest)):
                start = end + 1 - size
                if lo <= start <= at:
                    out.add(start)
        return sorted(out)

    def _spans(self, text: str) -> set[tuple[int, int]]:
        """(start after the last barrier character, word's position) for each place a word is written."""
        found: set[int] = set()
        for word in self.words:
            at = text.find(word)
            while at >= 0:
                found.add(at)
                at = text.find(word, at + 1)
        spans: set[tuple[int, int]] = set()
        last_barrier = self._last_barrier.match
        for at in found:
            stop = last_barrier(text, 0, at)
            spans.add((stop.end() if stop is not None else 0, at))
        return spans


class TailFirst:
    """A pattern `head + tail` whose `tail` ends with `$` ("… will invest $": the words right before an
    amount), searched only where its tail is found at the end. Such a pattern, searched over the text
    before a number, is tried at every position there, and an optional head ("the company has also …")
    makes each try costly; the tail alone is cheap to look for and usually absent. Every match of the
    whole pattern ends with a match of its tail, so when the tail is not found neither is the whole
    pattern, and otherwise the whole pattern is searched as before: the result is the same. (`tail`
    must not refer to a group of `head`.)

    A case-insensitive tail written in lower-case ASCII is looked for without re.I in the text with A-Z
    lowered (`case_free`): the regex engine then skips to the characters the tail can start with (with
    re.I it tries every position), 3 to 5 times faster. The answer is the same: with re.I such a tail
    matches a character exactly when it matches its lowered form, except for the four non-ASCII
    characters re.I takes for ASCII letters (İ, ı, ſ and the Kelvin sign; tests/extract/test_heads.py
    checks that there are no others), and a text holding one of those is searched as it is."""

    def __init__(self, head: str, tail: str, flags: int = 0) -> None:
        self.regex = re.compile(head + tail, flags)
        self.tail = re.compile(tail, flags)
        self.pattern = self.regex.pattern
        self.flags = self.regex.flags
        lower_case = flags & re.IGNORECASE and tail.isascii() and tail == tail.lower()
        self.tail_lowered = re.compile(tail, flags & ~re.IGNORECASE) if lower_case else None

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self.tail_lowered is not None and (lowered := case_free(string)) is not None:
            found = self.tail_lowered.search(lowered, pos, endpos)
        else:
            found = self.tail.search(string, pos, endpos)
        if found is None:
            return None
        return self.regex.search(string, pos, endpos)


# the characters other than A-Z that re.I takes for ASCII letters (for i, i, s and k)
CASE_TWINS = re.compile("[\u0130\u0131\u017f\u212a]")
_lowered_last: list[tuple[str, str | None]] = [("", "")]


def case_free(string: str) -> str | None:
    """`string` with A-Z lowered, or None when it holds a character re.I takes for an ASCII letter
    (remembered for the last string: the rules search one article's form again and again)."""
    last = _lowered_last[0]
    if last[0] is string:
        return last[1]
    lowered = None if not string.isascii() and CASE_TWINS.search(string) else ascii_lower(string)
    _lowered_last[0] = (string, lowered)
    return lowered


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
