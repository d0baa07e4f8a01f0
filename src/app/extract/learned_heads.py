"""A learned organisation that owns an amount without an investment verb between them.

News writes one company's project with no verb before the amount as often as with one:

- the organisation right before the amount, the project after it: "比亚迪50亿元动力电池基地一期开建",
  "宁德时代(宜宾)30亿元储能项目签约" (only places between the name and the amount);
- the organisation's possessive heading the project, the amount an investment of it: "X's new plant ..., with a
  10-billion-yuan investment", "X's rail park has an investment of 5 billion yuan", "X's smart grid base (700
  million yuan)";
- the organisation right after the amount and 的, heading the project the clause names: "总投资30亿元的X新能源基地项目";
- the organisation after the amount as who owns or builds it: "the 100-million-dollar factory, owned by X",
  "该项目由X投资建设".

Each needs a project noun (项目, 基地, 工厂, plant, base …) in the phrase that ties the name to the amount, so
"比亚迪2023年营收6000亿元" or "X's factory … achieved 28 billion yuan in output value" stay as the rules have
them; the callers (app.extract.learned_investments) keep their guards for annual plans, period totals, sums,
R&D, revenue and buy-backs. Patterns run over the lower-cased matching form (Simplified characters).
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.domain.schema import FactDraft
    from app.extract.pipeline import Document

Hit = tuple[int, int, int, str]  # (start, end, entry id, name) of a learned organisation in the text

PROJECT_NOUN_ZH = _PROJECT_ZH = r"(?:项目|基地|工厂|产业园|工业园|园区|生产线|工程|中心|总部|厂区|电站|厂)"
# after the amount: the project it is (a few words, then a project noun), in the amount's clause
_PROJECT_AFTER_ZH = re.compile(rf"\s*(?:的)?\s*[^,，。;；:：!?！？\n“”\"]{{0,24}}?{_PROJECT_ZH}")
# what is not an investment even with a project noun near: output, revenue, profit, market value, tax
_NOT_INVESTMENT_ZH = re.compile(r"产值|营收|营业|收入|销售|利润|市值|税|产能|出口|进口|补贴|奖励|贷款|授信|融资|基金")
_PROJECT_EN = (r"(?:projects?|plants?|factor(?:y|ies)|facilit(?:y|ies)|bases?|parks?|cent(?:re|er)s?|campus(?:es)?"
               r"|lines?|hubs?|headquarters|sites?|mills?|smelters?|refiner(?:y|ies)|mines?|complex(?:es)?"
               r"|industrial\s+parks?|phase)")
# "X's <up to five words> plant"
_POSSESSIVE_EN = re.compile(rf"(?:'|’)s\s+(?:[\w&-]+\s+){{0,5}}?{_PROJECT_EN}\b")
# the amount is an investment: "an investment of N", "worth N", "(N yuan)" right before it …
_INVESTMENT_BEFORE_EN = re.compile(
    r"(?:\binvestments?(?:\s+\w+)?\s+of|\binvest\w*|\bworth|\bvalued\s+at|\bcost(?:s|ing)?|\()\s*"
    r"(?:(?:a|an|about|around|approximately|nearly|over|more\s+than|some|up\s+to|roughly)\s+)*"
    r"(?:rmb|cny|us\$|usd|hk\$|\$|¥|yuan)?\s*$")
# … or "N investment" / "N-yuan investment" right after it
_INVESTMENT_AFTER_EN = re.compile(r"[\s-]*(?:(?:yuan|dollars?|rmb|total|in)[\s-]+)?(?:investments?|invested)\b")
_NOT_INVESTMENT_EN = re.compile(r"\b(?:output|revenue|sales|profit|market\s+value|tax|subsid\w*|exports?|imports?"
                                r"|loans?|credit|financing|fund)\b")
# the organisation after the amount, as who owns or builds it
_PASSIVE_EN = re.compile(r"\b(?:owned|built|invested|funded|financed|developed|constructed|backed|operated)\s+"
                         r"(?:(?:solely|wholly|mainly|entirely)\s+)?by\s+(?:the\s+)?$")
_PASSIVE_ZH = re.compile(r"由\s*$")
_PASSIVE_VERB_ZH = re.compile(r"\s*(?:独资|全资|单独)?\s*(?:投资|投建|建设|承建|出资|兴建|开发|打造)")
_JOINT_AFTER = re.compile(r"\s*(?:[与和及、]|and\b|&|,\s*together)")


def heads(doc: Document, low: str, h: Hit, a: int, a_end: int, c_hi: int) -> bool:
    """Does the learned organisation at h (before the amount at a..a_end) head the amount's project? (see the
    module docstring; c_hi: the end of the amount's clause)"""
    return _heads(doc, low, h, a, a_end, c_hi) is not None


def tight(doc: Document, low: str, h: Hit, a: int, a_end: int, c_hi: int) -> bool:
    """Does the organisation head the amount as one item of a list does ("X's base (N yuan)", 比亚迪50亿元…基地)?
    Then the amount is its own even in a sentence that lists several projects."""
    end = _heads(doc, low, h, a, a_end, c_hi)
    return end is not None and (not doc.is_en or re.fullmatch(r"\s*\(\s*(?:rmb|cny|us\$|usd|\$|¥)?\s*", low[end:a])
                                is not None)


def _heads(doc: Document, low: str, h: Hit, a: int, a_end: int, c_hi: int) -> int | None:
    """Where the phrase tying the organisation to the amount ends when it heads it, else None."""
    if doc.is_en:
        np = _POSSESSIVE_EN.match(low, h[1], a)
        if (np is None or "," in low[h[1] : np.end()] or any(h[1] < s < np.end() for s, _ in doc.orgs)
                or _NOT_INVESTMENT_EN.search(low, a_end, c_hi)):
            return None
        if any(ch.isdigit() for ch in low[np.end() : a]):
            return None  # another amount (or a year) between: "X's base (N yuan) and a park (M yuan)"
        lo = max(np.end(), a - 60)
        if (_INVESTMENT_BEFORE_EN.search(low[lo:a]) is not None
                or _INVESTMENT_AFTER_EN.match(low, a_end) is not None):
            return np.end()
        return None
    if not _only_places(doc, low, h[1], a):
        return None
    after = _PROJECT_AFTER_ZH.match(low, a_end, c_hi)
    return a if after is not None and not _NOT_INVESTMENT_ZH.search(low, a_end, max(c_hi, after.end())) else None


# the amount, then 的, then the organisation: "总投资N亿元的X…项目", "…、N亿元的X等项目"
_AMOUNT_OF_ZH = re.compile(r"\s*(?:人民币)?\s*的\s*$")
# … its project, whose name may list products (X单晶硅棒、切片、电池组件项目: 、 reads as a comma in the matching form)
_PROJECT_NAMED_ZH = re.compile(rf"[^。;；:：!?！？\n“”\"]{{0,32}}?{_PROJECT_ZH}")


def heads_after(doc: Document, low: str, h: Hit, a_end: int, s_hi: int) -> bool:
    """Does the learned organisation at h, written right after the amount and 的, head the project the clause goes
    on to name (总投资30亿元的X新能源基地项目, 50亿元的X等重大项目建成投产)? Not output, revenue or the like."""
    if doc.is_en or h[0] < a_end or _AMOUNT_OF_ZH.match(low[a_end : h[0]]) is None:
        return False
    after = _PROJECT_NAMED_ZH.match(low, h[1], s_hi)
    return after is not None and not _NOT_INVESTMENT_ZH.search(low, a_end, after.end())


# the amount's clause opens with the project's own name: 3GW项目投资约N亿元, 二期项目总投资N亿元 (not 该项目 …)
_NAMED_PROJECT_ZH = re.compile(
    rf"\s*(?:据了解|据悉|另外|此外|同时|目前|其中)?\s*[,:]?\s*(?!该|此|这|本|上述|整个|全部)(?P<name>[^,。;；:：\s]{{2,12}}?)"
    rf"{_PROJECT_ZH}\s*(?:的)?\s*(?:计划)?\s*总?投资")
_OWNER_REACH = 32  # characters from a learned name to the project name it heads (X东莞…项目二期)


def project_owner(doc: Document, low: str, hits: list[Hit], d: FactDraft) -> Hit | None:
    """The learned organisation whose project the amount's clause names, when that clause names nobody: the
    article wrote the same project's name with one learned organisation heading it before (隆基股份3GW单晶项目
    … 3GW项目投资约N亿元; X东莞…项目二期开工 … 二期项目总投资N亿元). None when no learned name or several
    organisations head it."""
    if doc.is_en:
        return None
    for ev in d.evidence:  # each statement of the amount (a headline restated in the body)
        c_lo = doc.seg.clause_start(ev.start)
        m = _NAMED_PROJECT_ZH.match(low, c_lo, ev.end)
        if m is not None:
            return _owner_of(low, hits, m.group("name"), c_lo)
    return None


def _owner_of(low: str, hits: list[Hit], name: str, c_lo: int) -> Hit | None:
    """The one learned organisation heading a project called `name` before c_lo (None when none or several)."""
    owners = []
    for h in hits:
        if h[1] > c_lo:
            break
        window = low[h[1] : min(h[1] + _OWNER_REACH, c_lo)]
        at = window.find(name)
        stop = min((i for i in (window.find("。"), window.find(";")) if i >= 0), default=len(window))
        if 0 <= at < stop and re.search(_PROJECT_ZH, window[:stop]):
            owners.append(h)
    return owners[-1] if owners and len({h[2] for h in owners}) == 1 else None


def passive_owner(doc: Document, low: str, after: list[Hit]) -> Hit | None:
    """The first learned organisation after the amount written as who owns or builds it ("owned by X",
    由X投资建设), alone (not "by X and Y")."""
    for h in after:
        if doc.is_en:
            ok = _PASSIVE_EN.search(low[max(0, h[0] - 40) : h[0]]) is not None
        else:
            ok = (_PASSIVE_ZH.search(low[max(0, h[0] - 3) : h[0]]) is not None
                  and _PASSIVE_VERB_ZH.match(low, h[1]) is not None)
        if ok:
            return None if joint_after(low, h[1]) else h
    return None


_MEASURED_AFTER = {
    True: re.compile(r"[\s-]*(?:(?:yuan|dollars?|rmb)\s+)?(?:in|of)\s+(?:\w+\s+)?(?:"
                     + _NOT_INVESTMENT_EN.pattern + ")"),
    False: re.compile(r"\s*(?:的)?(?:" + _NOT_INVESTMENT_ZH.pattern + ")"),
}


def measured_otherwise(doc: Document, low: str, a_end: int, hi: int) -> bool:
    """Does the amount measure something other than an investment, said right after it ("N yuan in market value",
    "N yuan in output value", N亿元产值)?"""
    return _MEASURED_AFTER[doc.is_en].match(low, a_end, hi) is not None


def joint_after(low: str, end: int) -> bool:
    """Does a second party follow the name ending at `end` ("by X and Y", 由X与Y)?"""
    return _JOINT_AFTER.match(low, end) is not None


def _only_places(doc: Document, low: str, lo: int, hi: int) -> bool:
    """Is low[lo:hi] empty, or only places and spaces (宁德时代宜宾30亿元 …)?"""
    pos = lo
    while pos < hi:
        if low[pos].isspace() or low[pos] in "()（）":
            pos += 1
            continue
        i = bisect.bisect_left(doc.region_starts, pos)
        if i < len(doc.regions) and doc.regions[i].start == pos and pos < doc.regions[i].end <= hi:
            pos = doc.regions[i].end
        else:
            return False
    return True
