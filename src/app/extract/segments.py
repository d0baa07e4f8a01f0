"""Sentences, clauses and list scopes of a document (offsets into the matching form). A full stop glued to the
next sentence's capital ("…major projects.With a total…", as scraped English pages write it), or to the number
opening it ("…billion yuan.18 projects, …", after a word of three letters or more: never "No.1"), ends a sentence."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from itertools import accumulate, islice

_DOT_END = (
    r"\.(?<!\bCo\.)(?<!\bLtd\.)(?<!\bCo\.,\sLTD\.)(?<!\bNo\.)(?<!\bMr\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bvs\.)(?<!\bInc\.)"
    r"(?<!\bCorp\.)(?<!\b[A-Z]\.)(?=\s+[A-Za-z\"'(])"
)
_GLUED_DOT = r"(?<=[a-z]{2})\.(?=[A-Z][a-z]{2})|(?<=[a-z]{3})\.(?=\d+\s+[a-z])"  # (also "…billion yuan.18 projects, …")
_MARKS = "。！？；;!?"
_SENTENCE_END = re.compile(_DOT_END + "|" + _GLUED_DOT + f"|[{_MARKS}]+" + r"|\n+")
# the same scan written so that every alternative starts with one character (the glued full stop checks what
# stands before it after it, "。[。！？；;!?]*" for each mark, "\n\n*"): the regex engine then skips straight to
# the characters a sentence end can start with (twice as fast as a lookahead for them, which was 3x faster
# than the plain pattern; tests/extract/test_fast_scans.py checks that both find the same)
SENTENCE_SCAN = re.compile(_DOT_END + r"|\.(?<=[a-z]{2}\.)(?=[A-Z][a-z]{2})|\.(?<=[a-z]{3}\.)(?=\d+\s+[a-z])"
                           + "".join(f"|{re.escape(c)}[{_MARKS}]*" for c in _MARKS) + r"|\n\n*")
_CLAUSE_END = re.compile(r"[,，:：、]")
_SENTENCE_SPLIT = re.compile(f"({SENTENCE_SCAN.pattern})")  # (the scan has no group of its own)
_PLUS_ONE = (1).__add__
LIST_ITEM = re.compile(
    r"[ \t]*(?:[a-zA-Z]\s?[.)]|\(?\d{1,2}[.)]|\(?[一二三四五六七八九十]{1,3}[、)]"
    r"|（[一二三四五六七八九十]{1,3}）|[■•●◆▲□◇*-])"
)


@dataclass
class Segments:
    form: str
    sentence_starts: list[int]
    line_starts: list[int]
    clause_marks: list[int]
    _lines: list[tuple[int, int]] | None = None

    @classmethod
    def of(cls, form: str) -> Segments:
        # the ends of the matches of a scan, read from re.split's pieces (text, match, text, …: the end of
        # each match is the length of all the pieces up to it), summed in C without a match object each
        pieces = _SENTENCE_SPLIT.split(form)
        starts = [0, *islice(accumulate(map(len, pieces)), 1, None, 2)]
        # one-character marks: each end is the length of the pieces before it plus one per mark
        lines = [0, *accumulate(map(_PLUS_ONE, map(len, form.split("\n")[:-1])))]
        clauses = list(accumulate(map(_PLUS_ONE, map(len, _CLAUSE_END.split(form)[:-1]))))
        return cls(form, starts, lines, clauses)

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        start = self.sentence_starts[max(i, 0)]
        end = self.sentence_starts[i + 1] if i + 1 < len(self.sentence_starts) else len(self.form)
        return start, end

    def line(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.line_starts, pos) - 1
        start = self.line_starts[max(i, 0)]
        end = self.line_starts[i + 1] if i + 1 < len(self.line_starts) else len(self.form)
        return start, end

    def clause_start(self, pos: int) -> int:
        return self.sentence_and_clause(pos)[2]

    def sentence_and_clause(self, pos: int) -> tuple[int, int, int]:
        """The sentence (start, end) around `pos` and the start of its clause, in one look-up."""
        starts = self.sentence_starts
        i = bisect.bisect_right(starts, pos) - 1
        s = starts[max(i, 0)]
        e = starts[i + 1] if i + 1 < len(starts) else len(self.form)
        j = bisect.bisect_right(self.clause_marks, pos) - 1
        mark = self.clause_marks[j] if j >= 0 else 0
        return s, e, max(s, mark if mark <= pos else s)

    def paragraph_lines(self) -> list[tuple[int, int]]:
        """(start, end) of each line (the same list each time: computed once)."""
        if self._lines is None:
            starts = self.line_starts
            self._lines = list(zip(starts, [*starts[1:], len(self.form)], strict=True))
        return self._lines
