"""Sentences, clauses and list scopes of a document (offsets into the matching form)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_SENTENCE_END = re.compile(
    r"\.(?<!\bCo\.)(?<!\bLtd\.)(?<!\bNo\.)(?<!\bMr\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bvs\.)(?<!\bInc\.)"
    r"(?<!\bCorp\.)(?<!\b[A-Z]\.)(?=\s+[A-Za-z\"'(])|\.(?<=[a-z]\.)(?=[A-Z][a-z]{2,}\b)|[。！？；;!?]+|\n+"
)  # "…of key projects.With a total investment of …": scraped English with the space after a period lost
# the same scan, tried only at the characters a sentence end can start with (3x faster on English text;
# tests/extract/test_fast_scans.py checks both find the same)
SENTENCE_SCAN = re.compile("(?=[.。！？；;!?\n])(?:" + _SENTENCE_END.pattern + ")")
_CLAUSE_END = re.compile(r"[,，:：、]")
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

    @classmethod
    def of(cls, form: str) -> Segments:
        starts = [0] + [m.end() for m in SENTENCE_SCAN.finditer(form)]
        lines = [0] + [m.end() for m in re.finditer(r"\n", form)]
        clauses = [m.end() for m in _CLAUSE_END.finditer(form)]
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
        s, _ = self.sentence(pos)
        i = bisect.bisect_right(self.clause_marks, pos) - 1
        mark = self.clause_marks[i] if i >= 0 else 0
        return max(s, mark if mark <= pos else s)

    def paragraph_lines(self) -> list[tuple[int, int]]:
        spans = []
        for i, s in enumerate(self.line_starts):
            e = self.line_starts[i + 1] if i + 1 < len(self.line_starts) else len(self.form)
            spans.append((s, e))
        return spans
