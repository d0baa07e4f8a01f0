"""A project's progress: the investment one project has already completed, told right after its total, or told
of a project the clause before names.

The README's convention (set 3): "the completed investment of a named project is a `project` fact like its total
investment". Told by structure: the amount's clause has no subject of its own, only achieved-investment words
(已完成投资N, 目前已投资约N, 已累计完成投资N, 截至目前累计完成投资N), and the last amount before it, in the same
sentence, the next or the one after it, within a short paragraph, is one project's (its total); the amount is
then a part of that project (no investor: the investor stays on the total). A clause with a subject of its own (全市
已完成投资N, 某公司已投资N) is not read here, nor an amount after another place's or batch's figure. The part of the
progress done this year (…,其中今年1—5月完成M) is a part of the project like the progress itself.

Without a total before it (`completed_of_named`): the amount's clause is achieved-investment words only, with a word
saying it is done (累计完成投资N, 已完成投资N), and its segment of the sentence (up to a colon, a semicolon or a
full stop) opens with a named project whose name holds its company (X…项目…, X…一期项目…,): the amount is that
project's, with that company as investor (README set 17). A segment with a count in it (已开工80个, 等4个项目) is
several projects'; one opening with a place or a class (重大产业项目, 外资企业项目) names no company.
"""

from __future__ import annotations

import re

from app.extract.names_zh import government
from app.extract.orgs import mainland_place, zh_investor_from_name
from app.extract.zh_investor_words import not_an_investor

# the clause before the amount: achieved-investment words only
_ACHIEVED_CLAUSE = re.compile(
    r"(?:目前|截至目前|截止目前|至今|现|如今)?,?\s*(?:已经?|现已)?(?:累计)?(?:完成|实现)?了?(?:固定资产)?投资(?:额)?"
    r"(?:约为|约|达到|达|超过|逾|近|\s)*$"
    # the part of it done this year: 其中今年1—5月完成M, 其中上半年完成M
    r"|其中(?:今年|本年|当年)?(?:\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月(?:份)?|[上下]半年|[一二三四]季度|前三季度)?"
    r"(?:已|累计)?完成(?:投资)?(?:约为|约|达到|达|超过|逾|近|\s)*$")
# the segment of the sentence the amount belongs to, and the named project opening it
_SEGMENT_STARTS = ":。!?;\n"
_DONE_CLAUSE = re.compile(
    r"\s*(?:目前|截至目前|截止目前|至今|现|如今)?(?:已经?|现已)?累计(?:完成|实现)(?:固定资产)?(?:投资)?(?:额)?"
    r"(?:约为|约|达到|达|超过|逾|近|\s)*"
    r"|\s*(?:目前|截至目前|截止目前|至今|现|如今)?(?:已经?|现已)(?:累计)?完成(?:固定资产)?投资(?:额)?(?:约为|约|达到|达|超过|逾|近|\s)*")
_LIST_LEAD = re.compile(r"\s*(?:[一二三四五六七八九十]是|其一|其二|首先|此外|同时|另外)?,?\s*")
_NAMED = re.compile(r"(?P<name>[^,。;:!?\n\"“”()]{2,40}?(?:[一二三四五六]期)?(?:项目|工程|基地))")
_COUNT = re.compile(r"[\d一二三四五六七八九十两]+\s*(?:多|余)?(?:个|项|家|批)")
_CLASS = re.compile(r"重大|重点|产业|企业|全市|全县|全区|全省|各类|一批|招商|在建|新建|续建|外资|民营|国有|央企")
_ACHIEVED_WORD = re.compile(r"已|累计|完成")
_CLAUSE_STARTS = ",:。!?;\n\"“”"
_NEAR = 150  # a project's total and its progress are told together: the same sentence or the one right after


def achieved_of_project(form: str, m_start: int, last_project_end: int | None) -> bool:
    """Whether the amount at m_start is the investment a project whose total ended at last_project_end has
    already completed (see the module's docstring)."""
    if last_project_end is None or not 0 < m_start - last_project_end <= _NEAR:
        return False
    clause = max(form.rfind(c, last_project_end, m_start) for c in _CLAUSE_STARTS) + 1
    if clause == 0:
        return False  # the total and the amount in one clause: 总投资N,其中…: not progress
    words = form[clause:m_start]
    if not _ACHIEVED_WORD.search(words) or _ACHIEVED_CLAUSE.fullmatch(words) is None:
        return False
    # at most one sentence between the total's and the progress's (a site described between them)
    return sum(form.count(c, last_project_end, clause) for c in "。!?;\n") <= 2


def completed_of_named(form: str, text: str, m_start: int, sent_start: int) -> tuple[int, str] | None:
    """(where the evidence starts, the investor as written) when the amount at m_start is the completed
    investment of the project its segment of the sentence opens with (see the module's docstring), else None."""
    clause = max(sent_start, max(form.rfind(c, sent_start, m_start) for c in _CLAUSE_STARTS) + 1)
    if _DONE_CLAUSE.fullmatch(form, clause, m_start) is None:
        return _named_done(form, text, clause, m_start)
    seg = max(sent_start, max(form.rfind(c, sent_start, clause) for c in _SEGMENT_STARTS) + 1)
    if seg >= clause or _COUNT.search(form, seg, clause):
        return None
    for lo, _hi in _clauses(form, seg, clause)[:2]:  # (一是重大项目…,X项目…: after a list's lead)
        lead = _LIST_LEAD.match(form, lo, clause)
        at = lead.end() if lead is not None else lo
        named = _NAMED.match(form, at, clause)
        if named is None or _CLASS.search(named.group("name")):
            continue
        owner = zh_investor_from_name(named.group("name"))
        if owner is None or len(owner) < 2 or not_an_investor(owner) or government(owner) or mainland_place(owner):
            return None
        return clause, text[at : at + len(owner)]
    return None


# the project named in the clause of its own progress: X项目累计投资已达N, X基地目前累计完成投资N
_NAMED_DONE = re.compile(r"(?P<name>[^,。;:!?\n\"“”()]{2,40}?(?:[一二三四五六]期)?(?:项目|工程|基地))"
                         r"(?:目前|至今|现)?(?:已经?)?累计(?:完成)?(?:固定资产)?投资(?:额)?(?:已经?)?"
                         r"(?:约为|约|达到|达|超过|逾|近|\s)*")


def _named_done(form: str, text: str, clause: int, m_start: int) -> tuple[int, str] | None:
    """(where the evidence starts, the investor as written) when the amount's clause names its project before
    its completed investment (see `_NAMED_DONE`), the project's name holding its company, else None."""
    if "累计" not in form[clause:m_start]:
        return None
    lead = _LIST_LEAD.match(form, clause, m_start)
    at = lead.end() if lead is not None else clause
    named = _NAMED_DONE.fullmatch(form, at, m_start)
    if named is None or _CLASS.search(named.group("name")) or _COUNT.search(named.group("name")):
        return None
    owner = zh_investor_from_name(named.group("name"))
    if owner is None or len(owner) < 2 or not_an_investor(owner) or government(owner) or mainland_place(owner):
        return None
    return at, text[at : at + len(owner)]


def _clauses(form: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The clauses of form[lo:hi], split at commas."""
    out, at = [], lo
    while at < hi:
        comma = min((i for i in (form.find(c, at, hi) for c in ",，") if i >= 0), default=hi)
        out.append((at, comma))
        at = comma + 1
    return out
