"""Applying what analysts taught (app.domain.knowledge) to a document's facts.

Organisations: every alias of every learned organisation, in its matching form, is looked for in the
document's matching form in one pass (one Aho-Corasick automaton, pyahocorasick, built once per
snapshot and process, run only over a document with a project or an amount); a project the rules found
(an investment cue) with no investor — or with a learned name the rules cut or glued to the next words —
takes the learned organisation named in its amount's clause (else the one another clause of the sentence
says invests, builds or signs, else the one the sentence before says so of, when this one names no organisation);
a name the document writes beside a learned one (比亚迪(BYD), "X, known as Y": app.domain.org_pairs) is that
organisation throughout the document;
a learned name's first word written before a name word of another company ("TCL Zhonghuan" beside a learned "TCL
Central" known as TCL) is that sibling's, not the learned organisation;
a target or indicator amount that a learned organisation invests (app.extract.learned_investments: "X拟投资
N亿元", "该项目总投资N亿元" after "X拟投资建设…") becomes X's project, never an annual plan, a period's total
or several projects' sum. The investor is the learned name, in the script the document writes it in (as the
document writes it where it was learned in another script or language: 比亚迪 for an organisation learned as BYD;
a rules' name that begins another company's legal name is not mended). Labels
and regions: a field whose text is a learned phrase takes the controlled value (a region with its code); a
fact with no place whose sentence names a learned local place name the gazetteer lacks takes that region.
A field so set names its entry in the fact's origin (`learned/<field>/<entry id>`; a kind changed with the
investor: `learned/kind+investor/<entry id>`).
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

import ahocorasick

from app.domain.knowledge import (
    KIND_AND_INVESTOR,
    KIND_LABEL,
    KIND_ORG,
    KIND_REGION,
    Knowledge,
    learned_entry,
    learned_origin,
)
from app.domain.org_names import brand_of, learnable, org_aliases, safe_alias
from app.domain.org_pairs import names_beside
from app.domain.regions import resolve_region
from app.domain.schema import CURRENCIES, FactDraft, Kind
from app.extract.fields import industry_in, stage_near
from app.extract.learned_heads import PROJECT_NOUN_ZH, Hit, heads_after, project_owner
from app.extract.learned_investments import (
    amount_start,
    clause_end,
    investing_org,
    names_org,
    not_subject,
    sole_investor_before,
    subject_of,
)
from app.extract.textprep import ascii_lower, match_form
from app.text import to_simplified_table, to_traditional

if TYPE_CHECKING:
    from app.extract.pipeline import Document

_MIN_ALIAS = 2  # a single character is never taken for an organisation


class Matcher:
    """The compiled form of one Knowledge snapshot (built once per snapshot and process)."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.org_of: dict[str, tuple[int, str]] = {}
        self._last_text: str | None = None
        self._last_hits: list[tuple[int, int, int, str]] = []
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

    def entry_named(self, name: str) -> tuple[int, str] | None:
        """(entry id, name) of the learned organisation a name is (one of its aliases), else of the one whose
        alias it contains (the fullest name an article gives the company: "Nexa Solar Power" of a learned "Nexa")."""
        key = _key(name)
        found = self.org_of.get(key)
        if found is not None or not self.org_of:
            return found
        for last, (size, entry_id, value) in self.automaton.iter_long(key):
            if not _cut_word(key, last + 1 - size, last + 1):
                return entry_id, value
        return None

    def orgs_in(self, low: str) -> list[tuple[int, int, int, str]]:
        """(start, end, entry id, name) of each learned organisation written in the text (the last text's
        found once: the English subject rules and learning both ask)."""
        if low is self._last_text:
            return list(self._last_hits)
        hits: list[tuple[int, int, int, str]] = []
        for last, (size, entry_id, value) in self.automaton.iter_long(low):
            start, end = last + 1 - size, last + 1
            if _cut_word(low, start, end):
                continue
            hits.append((start, end, entry_id, value))
        self._last_text, self._last_hits = low, hits
        return list(hits)


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
    wanted = matcher.org_of and any(d.kind == Kind.PROJECT or d.unit in CURRENCIES for d in drafts)
    low = doc.low if doc.is_en else ascii_lower(doc.form)
    hits = matcher.orgs_in(low) if wanted else []
    if hits and doc.is_en:
        hits = [h for h in hits if not _sibling_name(doc, h)]
    if hits:
        hits = _with_names_beside(doc, low, hits)
    starts = [h[0] for h in hits]
    # an organisation the rules already gave as the investor of another project, inside that project's evidence
    # ("X's base (N yuan) and a logistics park (M yuan)"), is not also the investor of a project without one
    claimed = [(d.evidence[0].start, d.evidence[0].end, d) for d in drafts
               if d.kind == Kind.PROJECT and d.fields.get("investor") and d.evidence] if hits else []
    for d in drafts:
        if hits and d.evidence:
            if d.kind == Kind.PROJECT and learned_entry(d.origin) is None:  # (not one learned_subjects gave)
                free = hits
                if claimed and not d.fields.get("investor"):
                    free = [h for h in hits if not any(s <= h[0] and h[1] <= e for s, e, o in claimed if o is not d)]
                found = investor_among(doc, low, free, [h[0] for h in free], d) if free is not hits \
                    else investor_among(doc, low, hits, starts, d)
                if found is not None:
                    d.fields["investor"] = found[1]
                    d.origin = learned_origin("investor", found[0])
                    continue
            elif d.kind in (Kind.TARGET, Kind.INDICATOR):
                investing = investing_org(doc, low, hits, starts, d)
                if investing is not None:
                    make_project(doc, d, investing)
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


# capitalised words that may follow a company's short name without being part of another company's name
_NOT_NAME_WORD = frozenset((
    "chairman", "ceo", "president", "chief", "vice", "general", "founder", "board", "director", "secretary",
    "spokesman", "spokesperson", "plans", "plan", "will", "to", "said", "says", "signs", "signed", "invests",
    "invested", "builds", "starts", "started", "opens", "opened", "unveils", "announces", "inks", "launches",
    "begins", "breaks", "completes", "acquires", "buys", "sets", "eyes", "mulls", "expands", "and", "in", "on", "at",
    "for", "of", "the",
))
_NEXT_WORD = re.compile(r"[ \t]+([A-Z][A-Za-z]+)")


def _sibling_name(doc: Document, h: Hit) -> bool:
    """Is an English hit of a learned organisation's short name the start of another company's name: the group's
    brand followed by a name word that is not the learned name's own ("TCL Zhonghuan", "TCL CSOT" beside a learned
    "TCL Central" known by its short name TCL)? That is a sibling company, which learning does not name."""
    written = " ".join(doc.text[h[0] : h[1]].split())
    value = " ".join(h[3].split())
    if not value.lower().startswith(written.lower() + " "):
        return False  # the learned name itself, or an alias that is not its first words
    m = _NEXT_WORD.match(doc.text, h[1])
    if m is None or m.group(1).lower() in _NOT_NAME_WORD:
        return False
    return m.group(1).lower() != value[len(written) + 1 :].split()[0].lower()


_PLACE_END_ZH = re.compile(r"[岛区县镇乡港湾市州旗盟]$")


def _with_names_beside(doc: Document, low: str, hits: list[Hit]) -> list[Hit]:
    """The hits, and every place the document writes a name it gives beside a learned one (比亚迪(BYD) with BYD
    learned: 比亚迪, and its short forms, throughout the document) as that organisation, sorted."""
    more: list[Hit] = []
    taken = [(h[0], h[1]) for h in hits]
    for h in hits:
        for lo, hi in names_beside(doc.form, h[0], h[1]):
            other = doc.form[lo:hi]
            if not learnable(other) or (_PLACE_END_ZH.search(other) and any(r.start == lo for r in doc.regions)):
                continue  # (恒力(大连长兴岛)聚酯…产业园: the park's place in brackets, no other name of 恒力)
            for form in org_aliases(other):
                key = _key(form)
                if len(key) < _MIN_ALIAS or not safe_alias(form):
                    continue
                at = low.find(key)
                while at >= 0:
                    end = at + len(key)
                    if not _cut_word(low, at, end) and not any(a < end and at < b for a, b in taken):
                        more.append((at, end, h[2], h[3]))
                        taken.append((at, end))
                    at = low.find(key, end)
    return sorted(hits + more) if more else hits


def make_project(doc: Document, d: FactDraft, h: Hit, origin: str | None = None) -> None:
    """A target or indicator that is the learned organisation's investment becomes its project: the place
    and the period stay, the stage and industry are read as the rules read a project's."""
    ev = d.evidence[0]
    s_lo, s_hi = doc.seg.sentence(ev.start)
    d.kind = Kind.PROJECT
    d.fields = {
        "investor": written_name(doc, h),
        "project": None,
        "industry": industry_in(doc.form[min(h[0], ev.start) : s_hi], doc.language),
        "location": d.fields.get("subject"),
        "stage": stage_near(doc.form, ev.start, ev.end, doc.language),
        "period": d.fields.get("period") or d.fields.get("horizon"),
    }
    d.origin = origin or learned_origin(KIND_AND_INVESTOR, h[2])


_CJK = re.compile(r"[\u3400-\u9fff]")


def written_name(doc: Document, h: Hit) -> str:
    """The learned organisation's name in the script the document writes it in: 宁德时代 learned from a
    Simplified article is 寧德時代 where a Traditional one names it so (and the other way round)."""
    name = h[3]
    written = doc.text[h[0] : h[1]]
    if bool(_CJK.search(name)) != bool(_CJK.search(written)):  # learned as BYD, written 比亚迪: as written
        return " ".join(written.split())
    if not _CJK.search(name):
        return written if _qualified_short(name, written) else name
    if len(written) == len(name) and match_form(written) == match_form(name):
        return written  # the learned name itself, in the article's own characters (a Traditional text keeps a 里)
    if brand_of(match_form(name), doc.form[h[0] : h[1]]):
        return written  # 惠科 of a learned 惠科电子: the group's brand, as the article writes it
    if (written != doc.form[h[0] : h[1]] and _CJK.search(written)) or doc.language == "zh-Hant":
        return to_traditional(name)  # written in Traditional characters, or in a Traditional text (富士康)
    simp = to_simplified_table()
    if _CJK.search(written) and any(ch in simp for ch in name):  # a Traditional name, a Simplified text
        return "".join(simp.get(ch, ch) for ch in name)
    return name


def _qualified_short(name: str, written: str) -> bool:
    """Is the English name written as a learned name without its leading qualifier ("Linglong" of a learned
    "Guangxi Linglong")? That short name is the group's as much as the learned subsidiary's: it stays as written."""
    short = " ".join(written.split())
    head, _, tail = " ".join(name.split()).rpartition(" ")
    return bool(head) and " " not in head and head[:1].isupper() and tail.lower() == short.lower()


_PLACE_FIELD = {Kind.PROJECT: "location", Kind.INDICATOR: "subject", Kind.TARGET: "subject"}
# what makes a clause say its organisation invests, builds or signs
_INVEST_CUE = re.compile(
    r"投资|投建|出资|斥资|注资|增资|建设|兴建|新建|承建|打造|签约|签署|落户|布局|invest|build|construct|sign|fund|financ|"
    r"develop|set\s+up|launch")
_ORG_END = re.compile(r"(?:公司|集团|控股|股份|银行|co\.?|ltd\.?|inc\.?|corp\.?|corporation|group|holdings?|limited)$")
# words that are no part of a name: what the rules glued on before a learned one
_GLUED_LEAD = re.compile(r"的|与|和|在|由|是|为|开工|签约|落户|引进|将|拟|\b(?:the|and|with|by|of|in)\s")


def investor_among(doc: Document, low: str, hits: list[Hit], starts: list[int],
                   d: FactDraft) -> tuple[int, str] | None:
    """The learned organisation (or the article's own company: app.extract.article_company) that invests in a
    project fact: with no investor from the rules, the one
    in the amount's clause (else the one organisation that another clause of its sentence says invests or builds);
    with one that a learned name contains or overlaps (cut short, or glued to the next words), that
    learned name. An investor the rules wrote as a learned alias or as a longer name stays."""
    ev = d.evidence[0]
    s_lo, s_hi = doc.seg.sentence(ev.start)
    inside = hits[bisect.bisect_left(starts, s_lo) : bisect.bisect_left(starts, s_hi)]
    current = d.fields.get("investor")
    if current:
        if not inside:
            return None
        over = _subject_over(doc, low, inside, d, current, (s_lo, s_hi))
        return over if over is not None else _mended(doc, low, inside, current, (ev.start, ev.end), (s_lo, s_hi))
    if not inside:  # the sentence before says who invests or builds, this one names nobody
        if names_org(doc, low, s_lo, s_hi):
            return None
        before = sole_investor_before(doc, low, hits, starts, s_lo, signs=True) or project_owner(doc, low, hits, d)
        return (before[2], written_name(doc, before)) if before is not None else None
    c_lo = doc.seg.clause_start(ev.start)
    c_hi = clause_end(doc, ev.end, s_hi)
    own = [h for h in inside if c_lo <= h[0] and h[1] <= c_hi and not not_subject(doc, low, h)]
    if own:
        before_amount = [h for h in own if h[1] <= ev.end]
        best = before_amount[-1] if before_amount else own[0]
        return best[2], written_name(doc, best)
    cued = [h for h in inside if _INVEST_CUE.search(low, doc.seg.clause_start(h[0]), clause_end(doc, h[1], s_hi))]
    if len({h[2] for h in cued}) != 1:
        return None  # none, or several organisations ("A与B签约,其中…项目"): not for learning to choose
    best = min(cued, key=lambda h: min(abs(h[0] - ev.end), abs(ev.start - h[1])))
    return best[2], written_name(doc, best)


def _subject_over(doc: Document, low: str, inside: list[Hit], d: FactDraft, current: str,
                  sentence: tuple[int, int]) -> tuple[int, str] | None:
    """(entry id, investor) when a learned organisation is the subject of the investment verb the amount follows
    (惠科总投资90亿元的…项目, "…的美国子公司Norvik将在当地投资建设…,投资金额约为N") and the rules gave the amount to
    a name that is not: one written after the amount (the project's own words), or before the learned subject (its
    parent, the article's dateline); or the learned name heads the project right after the amount and 的 and the
    rules ran it on into the project's words (总投资N亿元的X正极材料项目: "X正极"). A rules' investor standing
    between the learned name and the amount is the
    nearer subject and stays, as does a longer name the learned one is part of (see `_mended`)."""
    a = amount_start(doc, d)
    subject = next((h for h in reversed(inside) if h[1] <= a and subject_of(doc, low, h, a)), None)
    key = _key(current)
    if subject is None:
        a_end = a + len(d.value_text or "")
        owner = next((h for h in inside if h[0] >= a_end), None)
        if owner is None or not heads_after(doc, low, owner, a_end, sentence[1]):
            return None
        # 总投资N亿元的X正极材料…项目 with the rules' "X正极": they ran the learned name on into the project's
        at = low.find(key, a_end, sentence[1]) if key else -1
        return (owner[2], written_name(doc, owner)) if at == owner[0] and len(key) > owner[1] - owner[0] else None
    at = low.rfind(key, sentence[0], a) if key else -1
    if at < 0 and key:
        at = low.find(key, a, sentence[1])
    if at < 0 or (at < subject[1] and subject[0] < at + len(key)) or subject[1] <= at < a:
        return None  # not written in the sentence, the same name, or the nearer subject
    return subject[2], written_name(doc, subject)


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
        return (spans[0][2], written_name(doc, spans[0])) if spans else None
    a, b = at, at + len(key)
    named = _ORG_END.search(key) is not None
    if not named and _longer_company(doc, low, key, inside, sentence):
        return None  # 富士康工业互联 of 富士康工业互联网股份有限公司: another company than the learned 富士康
    for h in inside:
        if not (h[0] < b and a < h[1]) or (a, b) == (h[0], h[1]) or (a < h[0] and not_subject(doc, low, h)):
            continue  # (依托宁德时代邦普引进的…: the rules' words around a partner's name are not its name)
        if (h[0] <= a and b <= h[1]) or (not named and _runs_on(doc, low, h, a, b)):
            return h[2], written_name(doc, h)
        if a < h[0] and h[1] <= b and _GLUED_LEAD.search(low, a, h[0]):
            return h[2], doc.text[h[0] : b]
    return None


# what stands right after a name the rules ran on into the project's own words (宁德时代蓝海|基地项目) or the amount
_PROJECT_NEXT_ZH = re.compile(r"\s*(?:[(（][^)）]{0,12}[)）])?\s*(?:" + PROJECT_NOUN_ZH + r"|一期|二期|\d)")


def _runs_on(doc: Document, low: str, h: Hit, a: int, b: int) -> bool:
    """Did the rules run an investor on past the learned name at h into words of no name: glued verbs or
    particles (宁德时代拟在当地), or the project's own name up to its noun (宁德时代蓝海 of 宁德时代蓝海基地)? A
    longer name the clause goes on from with its predicate (晶澳太阳能计划投资…, 隆基绿能拟斥资…) is a name of its
    own — the subsidiary or the newer name the article uses — and stays the rules'. English names: unless a place
    stands right before the learned one, in either script."""
    # a place right before the learned name makes another name ("Shandong Linglong" beside a learned "Linglong" of
    # Guangxi Linglong, 巴中海螺水泥 beside a learned 益阳海螺): a sibling company's, which stays the rules' ("Firm
    # Sany" is mended)
    if any(a <= r.start and r.end <= h[0] and not doc.text[r.end : h[0]].strip() for r in doc.regions):
        return False
    if doc.is_en:
        return True
    extra = low[a : h[0]] + " " + low[h[1] : b]
    return _GLUED_LEAD.search(extra) is not None or _PROJECT_NEXT_ZH.match(low, b) is not None


_LEGAL_TAIL_ZH = r"[\u4e00-\u9fff]{0,12}?(?:股份有限公司|有限责任公司|有限公司|集团|公司)"


def _longer_company(doc: Document, low: str, key: str, inside: list[Hit], sentence: tuple[int, int]) -> bool:
    """Does the sentence write a company's legal name that begins with the rules' investor (a name the learned
    one does not cover)? Then the rules cut that company's name, not the learned organisation's."""
    if doc.is_en or not key:
        return False
    for m in re.finditer(re.escape(key) + _LEGAL_TAIL_ZH, low[sentence[0] : sentence[1]]):
        start, end = sentence[0] + m.start(), sentence[0] + m.end()
        if not any(h[0] <= start and end <= h[1] for h in inside):
            return True
    return False


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
