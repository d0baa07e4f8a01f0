"""Applying what analysts taught (app.domain.knowledge) to a document's facts.

Organisations: every alias of every learned organisation is compiled once into one trie alternation
(app.extract.trie), matched over the document's matching form in one pass; a project the rules found
(an investment cue) with no investor takes the learned organisation named nearest its amount in its
sentence. Labels and regions: a field whose text is a learned phrase takes the controlled value.
A field so set names its entry in the fact's origin (`learned/<field>/<entry id>`).
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from app.domain.knowledge import KIND_LABEL, KIND_ORG, KIND_REGION, Knowledge, learned_origin
from app.domain.schema import FactDraft, Kind
from app.extract.textprep import ascii_lower, match_form
from app.extract.trie import trie_pattern

if TYPE_CHECKING:
    from app.extract.pipeline import Document

_MIN_ALIAS = 2  # a single character is never taken for an organisation


class Matcher:
    """The compiled form of one Knowledge snapshot (built once per snapshot and process)."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.org_of: dict[str, tuple[int, str]] = {}
        for e in knowledge.of_kind(KIND_ORG):
            for alias in (e.value, *e.aliases):
                key = _key(alias)
                if len(key) >= _MIN_ALIAS:
                    self.org_of.setdefault(key, (e.entry_id, e.value))
        latin = [k for k in self.org_of if k.isascii()]
        other = [k for k in self.org_of if not k.isascii()]
        self.latin_re = re.compile(r"(?<![a-z0-9])(?:" + trie_pattern(latin) + r")(?![a-z0-9])") if latin else None
        self.other_re = re.compile(trie_pattern(other)) if other else None
        self.phrases: dict[str, dict[str, tuple[int, str]]] = {"indicator": {}, "subject": {}, "location": {}}
        for e in knowledge.of_kind(KIND_LABEL):
            for alias in e.aliases:
                self.phrases["indicator"].setdefault(_key(alias), (e.entry_id, e.value))
        for e in knowledge.of_kind(KIND_REGION):
            for alias in e.aliases:
                for name in ("subject", "location"):
                    self.phrases[name].setdefault(_key(alias), (e.entry_id, e.value))

    def orgs_in(self, low: str) -> list[tuple[int, int, int, str]]:
        """(start, end, entry id, name) of each learned organisation written in the text."""
        hits: list[tuple[int, int, int, str]] = []
        for pattern in (self.latin_re, self.other_re):
            if pattern is None:
                continue
            for m in pattern.finditer(low):
                entry = self.org_of.get(m.group())
                if entry is not None:
                    hits.append((m.start(), m.end(), *entry))
        hits.sort()
        return hits


def _key(s: str) -> str:
    return " ".join(ascii_lower(match_form(s)).split())


_last: tuple[Knowledge, Matcher] | None = None


def matcher_for(knowledge: Knowledge) -> Matcher:
    global _last
    if _last is None or _last[0] is not knowledge:
        _last = (knowledge, Matcher(knowledge))
    return _last[1]


def apply_learned(doc: Document, drafts: list[FactDraft], knowledge: Knowledge) -> None:
    """Fill what the learned entries know into the drafts, in place."""
    if not knowledge:
        return
    matcher = matcher_for(knowledge)
    hits = matcher.orgs_in(doc.low if doc.is_en else ascii_lower(doc.form)) if matcher.org_of else []
    starts = [h[0] for h in hits]
    for d in drafts:
        if d.kind == Kind.PROJECT and not d.fields.get("investor") and hits and d.evidence:
            found = _nearest_org(doc, hits, starts, d.evidence[0].start, d.evidence[0].end)
            if found is not None:
                d.fields["investor"] = found[1]
                d.origin = learned_origin("investor", found[0])
                continue
        for name, table in matcher.phrases.items():
            current = d.fields.get(name)
            if not current or not table:
                continue
            entry = table.get(_key(current))
            if entry is not None and entry[1] != current:
                d.fields[name] = entry[1]
                d.origin = learned_origin(name, entry[0])


def _nearest_org(doc: Document, hits: list[tuple[int, int, int, str]], starts: list[int],
                 start: int, end: int) -> tuple[int, str] | None:
    s_lo, s_hi = doc.seg.sentence(start)
    inside = hits[bisect.bisect_left(starts, s_lo) : bisect.bisect_left(starts, s_hi)]
    if not inside:
        return None
    before = [h for h in inside if h[1] <= end]
    best = before[-1] if before else inside[0]
    return best[2], best[3]
