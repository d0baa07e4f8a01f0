"""When a learned organisation makes an amount one company's investment.

The rules call "宁德时代拟投资不超过240亿元建设…" a target (拟) and "宁德时代宜宾基地总投资将达到540亿元" or
"该项目总投资不超过70亿元" (after a sentence saying the company will build it) an indicator: without knowing
the company they cannot tell one company's project from a region's plan. Once an analyst has confirmed the
organisation as an investor, such an amount is that organisation's project:

- it is the subject of an investment or building verb for the amount: the nearest learned organisation
  before the amount in its sentence, with such a verb between them (投资, 拟投资, 再投, 出资, 斥资, 投建,
  建设, invest, spend, build …) and nothing before the verb that names another investor (another company's
  name, 与/and/with + a party that is not a place);
- or the amount's clause speaks of the project itself (该项目总投资…, "the project has a total investment
  of …"), its sentence names no organisation before it, and the sentence before names exactly one learned
  organisation followed by such a verb;
- or it heads the amount with no verb (app.extract.learned_heads: 比亚迪50亿元…基地开建, "X's plant …, with a N
  investment", "X's base (N yuan)" — also one item of a list of several projects), or owns it after it
  ("the N-dollar factory, owned by X").

Each statement of the amount is read (a headline restated in the body). Never for an annual plan or a period's
or cumulative total (今年, 全年, 年度, 1-5月, 计划完成投资, 累计, N年来, "this year", "in the first five months",
"in the past N years", a year's total: 去年, 2023年, "in 2023" — read in the statement: the clauses from the
organisation's or the amount's on, with the short time clauses right before them; 去年8月 is a date, no
period), an amount over several projects (N个项目, 一批, 合计, "12 projects", "in total"), money spent on
something else (研发, 回购, R&D, dividends), nor an amount labelled as something other than investment
(revenue, funds in place, agreed investment). A place's government signing with the organisation is the
project's host, not a second investor. All patterns run over the lower-cased matching form (Simplified
characters), so Traditional text is read the same way.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from app.domain.schema import CURRENCIES, FactDraft, Span
from app.extract.kinds import EN_LABELS, ZH_LABELS
from app.extract.learned_heads import Hit, heads, heads_after, passive_owner, tight
from app.extract.textprep import ascii_lower, match_form

if TYPE_CHECKING:
    from app.extract.pipeline import Document

_VERB = {
    "zh": re.compile(r"投资|投建|投入|再投|拟投|出资|斥资|注资|增资|建设|新建|兴建|扩建|扩产|打造"),
    "en": re.compile(r"\b(?:invest(?:s|ed|ing|ment)?|spend(?:s|ing)?|spent|build(?:s|ing)?|built|construct\w*"
                     r"|pour(?:s|ed|ing)?|plough\w*|plow\w*|inject\w*|expand\w*|set(?:s|ting)?\s+up)\b"),
}
# a signing for a project (the rules' project: its investor is who signs it)
_SIGNS = {
    "zh": re.compile(_VERB["zh"].pattern + r"|签约|签订|签署|落户|落地"),
    "en": re.compile(_VERB["en"].pattern + r"|\b(?:sign(?:s|ed|ing)?|inked)\b"),
}
# a second party before the verb: several investors are not for learning to choose (unless a place)
_JOINT = {"zh": re.compile(r"[与和及]|联合|共同|携手"),
          "en": re.compile(r"\b(?:and|with|together|jointly|along)\b|&")}
# the organisation is an object or one of two parties, not the subject: 为/向/与/依托宁德时代…, "investment in CATL"
_OBJECT_BEFORE = {
    "zh": re.compile(r"(?:为|向|给|对|帮助|支持|入股|投资|与|和|及|携手|联合|伙同|依托|依靠|借助|围绕|吸引"
                     r"|取得|收购|并购|购买|受让|持有)$"),  # (取得白药控股50%的股权: the company bought, no buyer)
    "en": re.compile(r"\b(?:in|into|for|to|from|give|gives|gave|invest(?:s|ed|ing)?|and|with"
                     r"|acquir(?:e|es|ed|ing)|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)"
                     # "X, the Swiss giant owned by ChemChina, is to build": the parent in an apposition
                     r"|(?:owned|controlled|backed)\s+by|(?:a\s+)?(?:unit|subsidiary|arm)\s+of)\s+(?:the\s+)?$"),
}
# a list item ends between the organisation and the verb (…的中国移动数据中心项目、总投资45亿元的云宏数据中心项目): the
# verb is the next item's, whose project names its own investor
_ITEM_END = {"zh": re.compile(r"(?:项目|工程|基地|园区?|中心|厂)\s*(?:[(（][^)）]{0,12}[)）])?\s*[、,;]"),
             "en": re.compile(r"\b(?:project|plant|base|park|centre|center|factory)\s*[,;]")}
# an annual plan or a period's total: in the amount's sentence up to the end of its clause
_PARTNER = frozenset({"与", "和", "及", "携手", "联合", "伙同", "and", "with"})
_PERIOD = {
    "zh": re.compile(r"(?:今年|本年|当年|去年|上年)(?!\s*\d{1,2}\s*月(?!\s*[-—~至到以份]))|全年|年度|同比|上半年|下半年"
                     r"|前[一二三四五六七八九十\d]{1,2}个?月"
                     r"|\d{1,2}\s*[-—~至到]\s*\d{1,2}\s*月|[一二三四1-4]季度|月份|年计划|计划完成|每年"
                     r"|20\d\d\s*年(?!\s*\d{1,2}\s*月|\s*[前底内起以开])|累计|历年|多年来|\d+\s*年来|以来"),
    "en": re.compile(r"\bthis\s+year\b|\bfull[- ]year\b|\bfirst\s+(?:half|quarter)\b"
                     r"|\bannual(?:ly)?\b(?!\s+(?:production\s+|output\s+|manufacturing\s+)?capacit(?:y|ies))"
                     r"|\byear[- ]to[- ]date\b|\b(?:first|past|last)\s+\w+\s+months\b"
                     r"|\b(?:january|february|march|april|may|june|july|august"
                     r"|september|october|november)\s*(?:-|to|through)\s*[a-z]+\b|\b(?:every|each|per|a)\s+year\b"
                     r"|\bso\s+far\b|\bq[1-4]\b|\blast\s+year\b|\ba\s+year\s+(?:earlier|ago)\b|\byear[- ]on[- ]year\b"
                     r"|\bin\s+20\d\d\b|\bcumulative(?:ly)?\b|\b(?:in|over)\s+the\s+(?:past|last)\b|\bsince\s+(?:19|20)\d\d\b"),
}
# money spent on something other than a project: R&D, buy-backs, dividends, donations (in the amount's clause)
_NOT_A_PROJECT = {
    "zh": re.compile(r"研发|研究开发|回购|分红|派息|股息|薪酬|捐赠|捐款|偿还|还款"),
    "en": re.compile(r"(?:r&d|research|buy-?backs?|buy\s+back|repurchas\w*|dividends?|donat\w*|repay\w*)\b"),
}
# several projects anywhere in the sentence: an aggregate, never one company's investment
_SEVERAL = {
    "zh": re.compile(r"[\d一二三四五六七八九十两百千]+\s*[个项批家]\s*(?:[^,，。;；]{0,12})?项目"
                     r"|项目\s*[\d一二三四五六七八九十两]+\s*[个项]|一批|多个|等项目|合计|共计|总计|累计共"),
    "en": re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens?|several|multiple|a\s+batch\s+of|"
                     r"a\s+number\s+of|a\s+total\s+of)\s+(?:[a-z-]+\s+){0,2}(?:projects|enterprises|companies|firms)\b|\bthese\s+projects\b"
                     r"|\bin\s+total\b|\bcombined\b|\baltogether\b"),
}
# the amount's clause speaks of the project itself ("该项目总投资…", "the project has a total investment of")
_ABOUT_PROJECT = {
    "zh": re.compile(r"\s*(?:据悉|据了解|此外|同时|另外|目前|其中)?\s*(?:该|此|这一?|本|上述|整个)?"
                     r"(?:项目|基地|工厂|工程)(?:[(（][^)）]{0,8}[)）])?\s*(?:的)?\s*(?:计划)?\s*总?投资"),
    "en": re.compile(r"\s*(?:(?:it|the\s+(?:project|plant|base|factory|facility))\b[^,;]{0,40}\b(?:investment|invest)"
                     r"|with\s+a\s+(?:total\s+)?investment\b)"),
}
_CONTROLLED = frozenset(name for _, name in (*EN_LABELS, *ZH_LABELS))
_MAX_GAP = {"zh": 120, "en": 200}  # characters from the organisation to the amount


def _lang(doc: Document) -> str:
    return "en" if doc.is_en else "zh"


def amount_start(doc: Document, d: FactDraft, ev: Span | None = None) -> int:
    """Where the draft's amount is written in its evidence span `ev` (the first by default; a span ends with
    the amount)."""
    ev = ev or d.evidence[0]
    if d.value_text:
        at = doc.text.rfind(d.value_text, ev.start, ev.end)
        if at >= 0:
            return at
    return ev.end


def investing_org(doc: Document, low: str, hits: list[Hit], starts: list[int], d: FactDraft) -> Hit | None:
    """The learned organisation whose investment a target or indicator amount is (see the module
    docstring), else None. Each statement of the amount is read (a headline and its body restating it)."""
    if d.unit not in CURRENCIES or not d.evidence:
        return None
    lang = _lang(doc)
    label = d.fields.get("indicator")
    if label is not None and label != "investment" and label in _CONTROLLED:
        return None  # revenue, funds in place, agreed investment, fixed-asset investment …
    verb_label = _investment_label(label, lang)
    for ev in d.evidence:
        found = _investing_at(doc, low, hits, starts, d, ev, verb_label)
        if found is not None:
            return found
    return None


def _investing_at(doc: Document, low: str, hits: list[Hit], starts: list[int], d: FactDraft, ev: Span,
                  verb_label: bool) -> Hit | None:
    lang = _lang(doc)
    a = amount_start(doc, d, ev)
    a_end = a + len(d.value_text) if d.value_text and doc.text.startswith(d.value_text, a) else ev.end
    s_lo, s_hi = doc.seg.sentence(a)
    i_lo, i_a = bisect.bisect_left(starts, s_lo), bisect.bisect_left(starts, a)
    before = [h for h in hits[i_lo:i_a] if h[1] <= a]
    after = hits[bisect.bisect_left(starts, a_end) : bisect.bisect_left(starts, s_hi)]
    about = _ABOUT_PROJECT[lang].match(low, doc.seg.clause_start(a), a) is not None
    if not before and not about and not after:
        return None  # (the usual case, checked first: no learned organisation that could invest it)
    c_hi = clause_end(doc, a, s_hi)
    if _NOT_A_PROJECT[lang].search(low, s_lo, c_hi):
        return None
    if after and heads_after(doc, low, after[0], a_end, s_hi):  # 总投资N亿元的X…项目, also one item of a list
        return None if _PERIOD[lang].search(low, statement_start(doc, a, s_lo), c_hi) else after[0]
    if before and not _object(doc, low, before[-1]) and tight(doc, low, before[-1], a, a_end, c_hi):
        # one item of a list ("…, A's base (N yuan) and B's plant (M yuan)"): its own amount
        h = before[-1]
        return None if _PERIOD[lang].search(low, statement_start(doc, h[0], s_lo), c_hi) else h
    owner = before[-1] if before and not not_subject(doc, low, before[-1]) else None  # not 向/为 X, "to X"
    if _SEVERAL[lang].search(low, s_lo, s_hi):
        return None
    if owner is not None:
        if _PERIOD[lang].search(low, statement_start(doc, owner[0], s_lo), c_hi):
            return None
        if (verb_label and subject_of(doc, low, owner, a)) or heads(doc, low, owner, a, a_end, c_hi):
            return owner
    if _PERIOD[lang].search(low, statement_start(doc, a, s_lo), c_hi):
        return None
    by = passive_owner(doc, low, after) if after else None
    if by is not None:
        return by
    if before or not about or not verb_label or names_org(doc, low, s_lo, a):
        return None
    return sole_investor_before(doc, low, hits, starts, s_lo)


def statement_start(doc: Document, pos: int, s_lo: int) -> int:
    """Where the statement holding pos starts: its clause, with the short clauses right before it that set its
    time (今年, 2023年1-5月, "In the first five months,"); a long clause before is another statement."""
    c = doc.seg.clause_start(pos)
    short = _SHORT_CLAUSE[_lang(doc)]
    while c > s_lo:
        prev = doc.seg.clause_start(c - 1)
        if c - prev > short:
            break
        c = prev
    return c


_SHORT_CLAUSE = {"zh": 12, "en": 34}


def _investment_label(label: str | None, lang: str) -> bool:
    """No label, the controlled "investment", or an article's own phrase that says invest ("will spend");
    not another controlled label (revenue, funds in place, agreed investment, fixed-asset investment …)."""
    if label is None or label == "investment":
        return True
    return label not in _CONTROLLED and _VERB[lang].search(ascii_lower(match_form(label))) is not None


def clause_end(doc: Document, pos: int, limit: int) -> int:
    marks = doc.seg.clause_marks
    i = bisect.bisect_right(marks, pos)
    return min(marks[i], limit) if i < len(marks) else limit


def subject_of(doc: Document, low: str, h: Hit, a: int) -> bool:
    """Is the learned organisation at h the subject of an investment or building verb for the amount at a?"""
    return a - h[1] <= _MAX_GAP[_lang(doc)] and _invests(doc, low, h, a)


def _invests(doc: Document, low: str, h: Hit, hi: int, signs: bool = False) -> bool:
    """Does an investment or building verb (`signs`: or a signing) follow the learned organisation at h before
    hi, with the organisation its one subject (no second party or other company before the verb, not an
    object)?"""
    lang = _lang(doc)
    if not_subject(doc, low, h):
        return False
    verb = (_SIGNS if signs else _VERB)[lang].search(low, h[1], min(hi, h[1] + _MAX_GAP[lang]))
    if verb is None or _ITEM_END[lang].search(low, h[1], verb.start()):
        return False
    return not _second_party(doc, low, h[1], verb.start()) and not names_org(doc, low, h[1], verb.start(), True)


def not_subject(doc: Document, low: str, h: Hit) -> bool:
    """Is the learned organisation at h written as an object or a partner (为/向/依托 X, "in X"; 与 X after
    another party)? A place's government signing with it (宜宾市与X, "the city of Yibin and X") leaves it
    the investor."""
    m = _OBJECT_BEFORE[_lang(doc)].search(low, max(0, h[0] - 12), h[0])
    if m is None:
        return False
    if (m.group().split() or [""])[0] not in _PARTNER:
        return True
    at = m.start() + len(m.group()) - len(m.group().lstrip())
    i = bisect.bisect_left(doc.region_starts, at - 40)
    return not any(r.end <= at and _GOVERNMENT.fullmatch(low, r.end, at) for r in doc.regions[i:] if r.start < at)


def _object(doc: Document, low: str, h: Hit) -> bool:
    """Is the learned organisation at h written as an object (为/向/依托 X, "for X"), not as one of a list?"""
    m = _OBJECT_BEFORE[_lang(doc)].search(low, max(0, h[0] - 12), h[0])
    return m is not None and (m.group().split() or [""])[0] not in _PARTNER


def sole_investor_before(doc: Document, low: str, hits: list[Hit], starts: list[int], s_lo: int,
                         signs: bool = False) -> Hit | None:
    """The one learned organisation the sentence before s_lo names as investing or building (`signs`: or
    signing for: the rules already found a project, the sentence before says who signed it), when that
    sentence names no other organisation (None when none or several)."""
    p_lo = s_lo
    while p_lo > 0:  # skip the line breaks between them
        p_lo, p_hi = doc.seg.sentence(p_lo - 1)
        if low[p_lo:p_hi].strip():
            break
    else:
        return None
    inside = hits[bisect.bisect_left(starts, p_lo) : bisect.bisect_left(starts, p_hi)]
    cued = [h for h in inside if _invests(doc, low, h, p_hi, signs)]
    if len({h[2] for h in cued}) != 1:
        return None
    edges = [p_lo, *(x for h in inside for x in h[:2]), p_hi]
    if any(names_org(doc, low, edges[i], edges[i + 1], i > 0) for i in range(0, len(edges), 2)):
        return None
    return cued[-1]


def _second_party(doc: Document, low: str, lo: int, hi: int) -> bool:
    for m in _JOINT[_lang(doc)].finditer(low, lo, hi):
        rest = low[m.end() : m.end() + 12]
        after = m.end() + len(rest) - len(rest.lstrip())
        if low.startswith("the ", after):
            after += 4
        i = bisect.bisect_left(doc.region_starts, after)
        if not (i < len(doc.region_starts) and doc.region_starts[i] <= after + 2):
            return True  # 与宜宾市签约 names a place, the project's host: still one investor
    return False


def names_org(doc: Document, low: str, lo: int, hi: int, after_learned: bool = False) -> bool:
    """Does low[lo:hi] name an organisation? Not 公司 alone (the company itself: "公司拟…"), not a subsidiary
    investing for it, and right after a learned name (`after_learned`) not that name going on (宁德时代 +
    新能源科技股份有限公司)."""
    if doc.is_en:
        return any(lo < s < hi and not low[max(0, s - 14) : s].rstrip().endswith("subsidiary") for s, _ in doc.orgs)
    gap = _SUBSIDIARY_ZH.sub(lambda m: " " * len(m.group()), low[lo:hi])
    for m in _ORG_WORD_ZH.finditer(gap):
        p = m.start()
        if p == 0 or not _CJK.match(gap, p - 1):
            continue  # 公司 starting a clause: the company itself
        if m.group() in _HOSTS and _after_place(doc, lo + p - (2 if gap.startswith("人民", p - 2) else 0)):
            continue  # 昆山市(人民)政府: the place hosting the project, not a second investor
        if after_learned and not _BREAK.search(gap, 0, p) and p <= 16:
            continue  # glued to the learned name: its own longer form
        return True
    return False


_CJK = re.compile(r"[\u4e00-\u9fff]")
# between a place and 与/and when its government signs: 包头市人民政府与, "Baotou's government and"
_GOVERNMENT = re.compile(r"\s*(?:(?:人民)?政府|管委会|党委)?\s*|\s*(?:'s\s+)?(?:city\s+|municipal\s+|local\s+)?"
                         r"(?:government|authorities|administration)?\s*")
_BREAK = re.compile(r"[,，:：、;；()（）\s]")
_ORG_WORD_ZH = re.compile(r"公司|集团|企业|银行|政府|管委会")
_HOSTS = frozenset({"政府", "管委会"})


def _after_place(doc: Document, pos: int) -> bool:
    """Does a place name end at pos?"""
    for r in doc.regions[bisect.bisect_left(doc.region_starts, pos - 12) :]:
        if r.start >= pos:
            return False
        if r.end == pos:
            return True
    return False
_SUBSIDIARY_ZH = re.compile(r"(?:子公司|subsidiary)[^,，。;；]{0,30}?(?:有限公司|公司|集团)")
