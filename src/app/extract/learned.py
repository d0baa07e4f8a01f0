"""Applying what analysts taught (app.domain.knowledge) to a document's facts.

Organisations: every alias of every learned organisation, in its matching form, is looked for in the
document's matching form in one pass (one Aho-Corasick automaton, pyahocorasick, built once per
snapshot and process, run only over a document that has a project); a project the rules found (an
investment cue) with no investor — or with a learned name the rules cut or glued to the next words —
takes the learned organisation named nearest its amount in its sentence. Labels and regions: a field
whose text is a learned phrase takes the controlled value. A field so set names its entry in the fact's
origin (`learned/<field>/<entry id>`).
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

import ahocorasick

from app.domain.knowledge import KIND_LABEL, KIND_ORG, KIND_REGION, Knowledge, learned_origin
from app.domain.schema import FactDraft, Kind
from app.extract.textprep import ascii_lower, match_form

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
        self.automaton = ahocorasick.Automaton()
        for key, (entry_id, value) in self.org_of.items():
            self.automaton.add_word(key, (len(key), entry_id, value))
        if self.org_of:
            self.automaton.make_automaton()
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
        for last, (size, entry_id, value) in self.automaton.iter_long(low):
            start, end = last + 1 - size, last + 1
            if _cut_word(low, start, end):
                continue
            hits.append((start, end, entry_id, value))
        return hits


def _alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _cut_word(low: str, start: int, end: int) -> bool:
    """A Latin-letter alias found inside a longer word ("Sinopec" in "Sinopecs")."""
    return ((_alnum(low[start]) and start > 0 and _alnum(low[start - 1]))
            or (_alnum(low[end - 1]) and end < len(low) and _alnum(low[end])))


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
    wanted = matcher.org_of and any(d.kind == Kind.PROJECT for d in drafts)
    low = doc.low if doc.is_en else ascii_lower(doc.form)
    hits = matcher.orgs_in(low) if wanted else []
    starts = [h[0] for h in hits]
    for d in drafts:
        if d.kind == Kind.PROJECT and hits and d.evidence and _open(d.fields.get("investor"), low, hits):
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


def _open(investor: str | None, low: str, hits: list[tuple[int, int, int, str]]) -> bool:
    """No investor yet, or the rules' one is a learned name with the next words glued on ("宁德时代拟在
    当地") or cut in the middle ("Mining" of "Zijin Mining"); one equal to a learned alias stays."""
    if not investor:
        return True
    key = _key(investor)
    return any(key != low[a:b] and (key.startswith(low[a:b]) or key in low[a:b]) for a, b, _, _ in hits)


def _nearest_org(doc: Document, hits: list[tuple[int, int, int, str]], starts: list[int],
                 start: int, end: int) -> tuple[int, str] | None:
    s_lo, s_hi = doc.seg.sentence(start)
    inside = hits[bisect.bisect_left(starts, s_lo) : bisect.bisect_left(starts, s_hi)]
    if not inside:
        return None
    before = [h for h in inside if h[1] <= end]
    best = before[-1] if before else inside[0]
    return best[2], best[3]
