"""The companies an article names, read as organisations it knows for the length of the article.

An analyst who has confirmed an investor teaches the extractor that name (app.extract.learned): later articles
that write it beside an investment verb give it their project. An article that writes a company's full legal
name (…有限公司, "… Co., Ltd."), a short name it establishes (以下简称…), or an English company as a sentence's
subject has taught the reader the same thing for that article. This gives each such company, wherever the article
writes it, the treatment a learned organisation gets — the same guarded readings (an investment verb between it
and the amount, the project noun it heads, the sentence before saying it builds; never an annual plan, a period's
total, several projects' sum, revenue), for amounts no rule gave an investor. The fact's origin says so
(`rules-zh/document-org`, `rules-en/document-org`) and the name is written as the article writes it there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.domain.schema import CURRENCIES, FactDraft, Kind
from app.extract.article_company import company_names, invest_as_known
from app.extract.company_zh import known_names
from app.extract.investor_check import checked_investor
from app.extract.learned_investments import amount_start
from app.extract.segments import LIST_ITEM
from app.extract.textprep import match_form

if TYPE_CHECKING:
    from app.extract.learned_heads import Hit
    from app.extract.pipeline import Document

ORIGIN_FAMILY = "document-org"
# a clause's words the run before a legal form carries in front of the name (即|鲁能集团, 这次|香港X公司, 持有|X公司),
# or the tail of a word before it (惠|州市X公司, 公|司X): read without them
# (a single function word, 与 or 的, is cut before: app.extract.article_company reads the name after the last one)
_ZH_LEAD = re.compile(r"^(?:(?:即|据)(?=[\u4e00-\u9fff]{2})|并于|成立|持有|关于|根据|目前|这次|此次|今年|去年|明年|先期"
                      r"|[首一二两三]期|其中|包括|以及)+")
_CLAUSE_MARKS = frozenset(",:;、 \n")  # (即 or 据 opening a clause: 即发集团 is a name)
_CJK = re.compile(r"[\u4e00-\u9fff]")
# what a Chinese name may follow: a function word, or the end of a place's name (包头市|X公司)
_ZH_BOUNDARY = frozenset("与的在对向从由为是将把被赴至于及和即据市县区省州旗盟镇乡")
_ZH_CUT_WORD = re.compile(r"^[市县区省州镇乡司]")
# what no company's name holds: an amount, a period, a verb of the clause
_ZH_NOT_NAME = re.compile(r"[\d亿万元年月日期]|投资|建设|项目|合资|装置|全资|附属|子$")
# a legal form right after a name (a bare 公司 is often the pronoun: 协议约定公司拟投资)
_ZH_LEGAL_AFTER = re.compile(r"(?:\([\u4e00-\u9fff]{2,4}\))?(?:集团|有限|股份|控股)")
_EN_LEGAL_AFTER = re.compile(r"(?:'s)?[,\s]+(?:Group|Co\b|Co\.|Company|Corp|Corporation|Inc\b|Ltd|Limited|Holdings"
                             r"|PLC|LLC)")
# the whole legal form after a name (集团, 股份有限公司, 集团有限公司; ", Co., Ltd.", " Group", " Inc.")
_ZH_LEGAL_FORM = re.compile(r"(?:\([\u4e00-\u9fff]{2,4}\))?(?:集团|控股)?(?:股份|有限责任|有限)*(?:公司)?(?<=[团股司])")
_EN_LEGAL_FORM = re.compile(r"(?:,?\s+(?:Group|Co\.?|Company|Corp\.?|Corporation|Inc\.?|Ltd\.?|Limited|Holdings|PLC"
                            r"|LLC)\b\.?)+")
# one item of a list apart from the next (、；; read in the text: the matching form writes 、 as a comma)
_ITEM_BREAK = re.compile(r"[、；;\n]")
# what lies between two companies named together: the rest of the first's legal form, a bracket (以下简称…), and
# 、/与/和; or ", " / "and"
_TOGETHER = re.compile(r"[^,，。;；:：!?！？\n\d]{0,40}?[、与和及]|\s*(?:,|and|&)\s*(?:the\s+)?")
# amounts given to several parties in turn (分别以N、M, respectively)
_RESPECTIVE = re.compile(r"分别(?:以|为|是)?[\d约近超]|各自|respectively", re.I)
# a part of a project's total (a phase, its capital, its foreign money), or money that is no investment (a contract,
# research): the rules' conventions give these no investor of their own
_NOT_OWN = re.compile(r"其中|[首一二三四]期|资本金|注册资本|固定资产投资|外资|流动资金|合同|订单|研发|\bphase\b"
                      r"|registered capital|\bcontracts?\b|\border\b|research|r&d|\bsales\b|revenue|用于"
                      r"|\b(?:inject|infus|allocat|earmark)\w*"
                      r"|\bused\s+(?:for|in|to)\b", re.I)
_AFTER = 16  # characters after the amount read for what it is (签订了N的…合同)
# an English run that is two parties or a clause ("X government and Y", "After the government and Y"), or a trade
_EN_NOT_NAME = re.compile(r"\b(?:and|the|government|breeder|maker|producer|billion|million)\b|\d")


def document_hits(doc: Document, people: Sequence[str]) -> list[Hit]:
    """(start, end, the company's number, name as written there) of every place the article writes a company it
    names, longest first where two overlap, in order of the text. A name counts when the article writes it once
    with its legal form (…集团, …有限公司, "… Group", "… Co., Ltd.") or establishes it (以下简称, the announcer, a
    signing party)."""
    known = {match_form(n) for _, n in known_names(doc.form)} if not doc.is_en else set()
    found = [(lo, hi, k) for k, spans in enumerate(company_names(doc, people).values())
             if any(_legal_after(doc, e) for _, e in spans)
             or any(match_form(doc.text[s:e]) in known for s, e in spans) for lo, hi in spans]
    taken: list[tuple[int, int]] = []
    hits: list[Hit] = []
    for lo, hi, k in sorted(found, key=lambda s: (-(s[1] - s[0]), s[0])):
        if any(a < hi and lo < b for a, b in taken):
            continue
        taken.append((lo, hi))
        span = _clean(doc, lo, hi)
        if span is not None:
            end = _with_legal_form(doc, span[1])
            hits.append((span[0], end, k, " ".join(doc.text[span[0] : end].split())))
    return sorted(hits)


def _with_legal_form(doc: Document, end: int) -> int:
    """Where the name written up to `end` ends with the legal form written right after it (星岚|集团,
    岚峰新能源科技|有限公司, "Halden Paper| Co., Ltd."): the investor as the article writes it."""
    form = (_EN_LEGAL_FORM if doc.is_en else _ZH_LEGAL_FORM).match(doc.form, end)
    return form.end() if form is not None else end


def _legal_after(doc: Document, end: int) -> bool:
    return (_EN_LEGAL_AFTER if doc.is_en else _ZH_LEGAL_AFTER).match(doc.form, end) is not None


def _clean(doc: Document, lo: int, hi: int) -> tuple[int, int] | None:
    """The name written at lo:hi without the words of its clause before it, or None when it is no company's."""
    written = doc.text[lo:hi]
    if doc.is_en:
        checked = checked_investor(written, True)
        if checked is None or _EN_NOT_NAME.search(checked) or not written.endswith(checked):
            return None
        return hi - len(checked), hi
    plain = match_form(written)
    lead = _ZH_LEAD.match(plain)
    if lead is not None and (lead.end() > 1 or lo == 0 or doc.form[lo - 1] in _CLAUSE_MARKS):
        lo, plain = lo + lead.end(), plain[lead.end() :]
    if len(plain) < 2 or _ZH_CUT_WORD.match(plain) or _ZH_NOT_NAME.search(plain):
        return None
    if lo > 0 and _CJK.match(doc.form, lo - 1) and doc.form[lo - 1] not in _ZH_BOUNDARY:
        return None  # the tail of a longer run (头市X of 包头市X, 州市X of 惠州市X): not where a name starts
    checked = checked_investor(doc.text[lo:hi], False)
    if checked is None or not doc.text[lo:hi].endswith(checked) or len(checked) < 2:
        return None
    return hi - len(checked), hi


def apply_document_orgs(doc: Document, drafts: list[FactDraft], people: Sequence[str] = ()) -> None:
    """Give the companies the article names to the amounts they invest that no rule gave an investor (in place)."""
    if not any(d.unit in CURRENCIES and (d.kind != Kind.PROJECT or not d.fields.get("investor")) for d in drafts):
        return
    hits = document_hits(doc, people)
    if not hits:
        return
    origin = f"rules-{'en' if doc.is_en else 'zh'}/{ORIGIN_FAMILY}"
    for d in drafts:
        if d.unit not in CURRENCIES or not d.evidence:
            continue
        own = _own_hits(doc, hits, d)
        if own:
            invest_as_known(doc, d, own, [h[0] for h in own], origin)


def _own_hits(doc: Document, hits: list[Hit], d: FactDraft) -> list[Hit]:
    """The names that may be the amount's investor: those of its sentence that no list break (、；) parts from the
    amount, and, unless the sentence is one item of a list, those of the sentence before (a company's sentence, then
    "该项目总投资N"). None where the sentence gives amounts to several parties in turn."""
    a = amount_start(doc, d)
    s_lo, s_hi = doc.seg.sentence(a)
    if _RESPECTIVE.search(doc.low, s_lo, s_hi):
        return []
    a_end = d.evidence[0].end
    if _NOT_OWN.search(doc.low, doc.seg.clause_start(a), min(s_hi, a_end + _AFTER)):
        return []
    inside = [h for h in hits if s_lo <= h[0] < s_hi]
    named = [h for h in inside if h[1] <= a]
    if any(_TOGETHER.fullmatch(doc.text, x[1], y[0]) and x[2] != y[2] for x, y in zip(named, named[1:], strict=False)):
        return []  # companies named together before the amount (A与B、C签约,计划投资共N): not one's
    own = [h for h in inside if not _ITEM_BREAK.search(
        doc.text, min(h[1], a), max(h[0], a_end) if h[0] >= a_end else a)]
    line_lo = doc.form.rfind("\n", 0, s_lo) + 1
    if LIST_ITEM.match(doc.form, line_lo) or _ITEM_BREAK.search(doc.text, s_lo, a) or len({h[2] for h in hits}) > 2:
        return own  # (a round-up of many companies: the sentence before does not say whose an amount is)
    before = len(doc.form[:s_lo].rstrip())  # (the sentence before, over a paragraph's break)
    p_lo = doc.seg.sentence(before - 1)[0] if before > 0 else s_lo
    return [h for h in hits if p_lo <= h[0] < s_lo] + own
