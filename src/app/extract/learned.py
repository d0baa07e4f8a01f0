"""Applying what analysts taught (app.domain.knowledge) to a document's facts.

Organisations: every alias of every learned organisation, in its matching form, is looked for in the
document's matching form in one pass (one Aho-Corasick automaton, pyahocorasick, built once per
snapshot and process, run only over a document that has a project); a project the rules found (an
investment cue) with no investor — or with a learned name the rules cut or glued to the next words —
takes the learned organisation named in its amount's clause (else one another clause of the sentence
says invests or builds); indicators and targets never get an investor. Labels and regions: a field whose
text is a learned phrase takes the controlled value (a region with its code); a fact with no place whose
sentence names a learned local place name the gazetteer lacks takes that region. A field so set names its
entry in the fact's origin (`learned/<field>/<entry id>`).
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

import ahocorasick

from app.domain.knowledge import KIND_LABEL, KIND_ORG, KIND_REGION, Knowledge, learned_origin
from app.domain.regions import resolve_region
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
        self.region_aliases: dict[str, tuple[int, str]] = {}
        for e in knowledge.of_kind(KIND_REGION):
            for alias in e.aliases:
                for name in ("subject", "location"):
                    self.phrases[name].setdefault(_key(alias), (e.entry_id, e.value))
                if len(_key(alias)) >= _MIN_ALIAS:
                    self.region_aliases.setdefault(_key(alias), (e.entry_id, e.value))

    def region_in(self, low: str, lo: int, hi: int) -> tuple[int, str] | None:
        """The learned local place name written last in low[lo:hi]."""
        best: tuple[int, tuple[int, str]] | None = None
        for key, entry in self.region_aliases.items():
            at = low.rfind(key, lo, hi)
            if at >= 0 and not _cut_word(low, at, at + len(key)) and (best is None or at > best[0]):
                best = (at, entry)
        return best[1] if best else None

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
        if d.kind == Kind.PROJECT and hits and d.evidence:
            found = _learned_investor(doc, low, hits, starts, d)
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
                if name == _PLACE_FIELD.get(d.kind):
                    d.region_code = resolve_region(entry[1])
    if matcher.region_aliases:
        _unplaced(doc, low, drafts, matcher)


_PLACE_FIELD = {Kind.PROJECT: "location", Kind.INDICATOR: "subject", Kind.TARGET: "subject"}
# what makes a clause say its organisation invests, builds or signs
_INVEST_CUE = re.compile(
    r"投资|投建|出资|斥资|注资|增资|建设|兴建|新建|承建|签约|签署|落户|布局|invest|build|construct|sign|fund|financ|"
    r"develop|set\s+up|launch")
_ORG_END = re.compile(r"(?:公司|集团|控股|股份|银行|co\.?|ltd\.?|inc\.?|corp\.?|corporation|group|holdings?|limited)$")
# words that are no part of a name: what the rules glued on before a learned one
_GLUED_LEAD = re.compile(r"的|与|和|在|由|是|为|开工|签约|落户|引进|将|拟|\b(?:the|and|with|by|of|in)\s")
Hit = tuple[int, int, int, str]


def _learned_investor(doc: Document, low: str, hits: list[Hit], starts: list[int],
                      d: FactDraft) -> tuple[int, str] | None:
    """The learned organisation that invests in a project fact: with no investor from the rules, the one
    in the amount's clause (else the one organisation that another clause of its sentence says invests or builds);
    with one that a learned name contains or overlaps (cut short, or glued to the next words), that
    learned name. An investor the rules wrote as a learned alias or as a longer name stays."""
    ev = d.evidence[0]
    s_lo, s_hi = doc.seg.sentence(ev.start)
    inside = hits[bisect.bisect_left(starts, s_lo) : bisect.bisect_left(starts, s_hi)]
    if not inside:
        return None
    current = d.fields.get("investor")
    if current:
        return _mended(doc, low, inside, current, (ev.start, ev.end), (s_lo, s_hi))
    c_lo = doc.seg.clause_start(ev.start)
    c_hi = _clause_end(doc, ev.end, s_hi)
    own = [h for h in inside if c_lo <= h[0] and h[1] <= c_hi]
    if own:
        before = [h for h in own if h[1] <= ev.end]
        best = before[-1] if before else own[0]
        return best[2], best[3]
    cued = [h for h in inside if _INVEST_CUE.search(low, doc.seg.clause_start(h[0]), _clause_end(doc, h[1], s_hi))]
    if len({h[2] for h in cued}) != 1:
        return None  # none, or several organisations ("A与B签约,其中…项目"): not for learning to choose
    best = min(cued, key=lambda h: min(abs(h[0] - ev.end), abs(ev.start - h[1])))
    return best[2], best[3]


def _clause_end(doc: Document, pos: int, limit: int) -> int:
    marks = doc.seg.clause_marks
    i = bisect.bisect_right(marks, pos)
    return min(marks[i], limit) if i < len(marks) else limit


def _mended(doc: Document, low: str, inside: list[Hit], current: str, evidence: tuple[int, int],
            sentence: tuple[int, int]) -> tuple[int, str] | None:
    """(entry id, investor) when a learned name mends the rules' investor: cut in the middle ("Mining" of
    "Zijin Mining") or glued to the next words ("宁德时代拟在当地") — the learned organisation; a longer name
    with the words before it glued on (主会场开工的比亚迪汽车工业有限公司) — the name from the learned one on.
    None when the rules' one is a learned alias or an organisation name of its own (华能新能源股份有限公司
    beside a learned 华能)."""
    key = _key(current)
    at = low.find(key, *evidence)
    if at < 0:
        at = low.find(key, *sentence)
    if at < 0:  # written otherwise in the text (spacing): compare the names
        spans = [h for h in inside if key != low[h[0] : h[1]] and (key.startswith(low[h[0] : h[1]])
                                                                    or key in low[h[0] : h[1]])]
        return (spans[0][2], spans[0][3]) if spans else None
    a, b = at, at + len(key)
    named = _ORG_END.search(key) is not None
    for h in inside:
        if not (h[0] < b and a < h[1]) or (a, b) == (h[0], h[1]):
            continue
        if (h[0] <= a and b <= h[1]) or not named:
            return h[2], h[3]
        if a < h[0] and h[1] <= b and _GLUED_LEAD.search(low, a, h[0]):
            return h[2], doc.text[h[0] : b]
    return None


def _unplaced(doc: Document, low: str, drafts: list[FactDraft], matcher: Matcher) -> None:
    """A fact with no place whose sentence names a learned region alias (a local name the gazetteer lacks)
    takes that region, with its code."""
    for d in drafts:
        name = _PLACE_FIELD.get(d.kind)
        if name is None or d.fields.get(name) or not d.evidence:
            continue
        s_lo, s_hi = doc.seg.sentence(d.evidence[0].start)
        found = matcher.region_in(low, s_lo, min(s_hi, d.evidence[0].end))
        if found is not None:
            d.fields[name] = found[1]
            d.region_code = resolve_region(found[1])
            d.origin = learned_origin(name, found[0])
