"""Who a Chinese investment amount's clause is about decides its kind before a plan word does.

`pipeline._kind` reads an amount after 拟, 计划, 将 or 预计 as a target. That holds when a place or a government plans
(江州市计划投资N亿元建设…: a target); it does not when the clause's subject is

- a company: X集团将携手…投资N亿元, X啤酒(600123)拟斥资N亿元, X公司的总投资为N亿元 — the company's project; so
  is the amount describing a company that opens the clause after it (总投资N亿元的X集团是一家…企业);
- a company buying land or a plant for its project: X公司以N万元竞得…地块 — the company's project; a buyer that is a
  bare name, the whole clause before the price (X宣布以N收购Y: a short or foreign name no cue established), too; so is
  a bare name before a spending verb no place or plan uses for its own figures (X斥资N, X耗资N入主Y, X向Y增资N,
  本轮融资由X领投N), unless it is the public purse, a class of investors or no name (市财政, 台商, 买断Y需);
- one project or facility: 这个投资N亿元…的项目, 该项目计划投资N亿元, 该项目位于…,总投资N亿元,
  园区计划投资N亿元 or 工厂计划投资N亿元 when the paragraph names the one park or plant — that project's amount;
- a batch of projects a place counts: …签约项目30个、计划投资额N亿元; 在谈项目31个,预计投资N亿元; 签约项目N个,
  总投资N亿元,拟引资N亿元 — the batch's amount, an `indicator` (the README's "a plan's total investment"), unless
  the count is itself planned (今年计划实施项目N个,计划投资N: a government's plan stays a target) or the amount is
  a year's planned investment (年度计划投资N: a target).

Money a company moves to a project (…募集的N万元变更用于投资建设Y项目: a listed company's raised funds given a new use)
is that project's part, whatever plan word stands before it (`moved_to_project`).

Only amounts the project rules left alone come here, and only where an investment word stands right before the amount.
Inline pinyin of Traditional pages (該項(xiàng)目) is read through.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from app.extract.company_zh import company_in, without_pinyin
from app.extract.names_zh import government, not_a_name
from app.extract.orgs import mainland_place, zh_investor_from_name
from app.extract.subject_zh import clause_subject, subject_investor
from app.extract.textprep import match_form
from app.extract.zh_investor_words import not_an_investor, project_named
from app.extract.zh_one_project import project_class
from app.extract.zh_stakes import sentence_opener


class Decision(NamedTuple):
    kind: str  # "project" or "indicator"
    start: int  # where the evidence starts (the subject's clause)
    investor: str | None


# the investment word right before the amount, with the plan word it may carry
_CUE = re.compile(
    r"(?P<plan>拟|计划|将|预计|准备|决定|要)?(?:共|合计|总计|再|追加|在[^,。;!?\n]{1,12}?)?"
    r"(?:斥资|耗资|增资|注资|领投|参投|跟投|豪掷|投资|出资|投入|引资|总投资|投资总额|投资额|计划投资额)(?:总额|额)?"
    r"(?:将|预计|计划)?(?:约为|约|为|达到|达|超过|逾|近|过|人民币|估算|预估|估计|概算|\s)*$"
)
_CLAUSE_END = ",;:，；：、"
# land or a plant a company buys for a price: X公司以N万元竞得(拍下, 摘得)…地块
# a buyer's bare name before the price, with its announcing and plan words: X宣布以, X拟以, X于日前以
_BARE_BUYER = re.compile(
    r"(?P<n>[\u4e00-\u9fffA-Za-z]{2,12}?)(?:宣布|决定|公告称|表示|拟|将|计划|已|于日前|日前|近日)*")
# the purchase the amount pays for, told right after it: …出资N,收购Y…, 斥资N收购…
_BUYS_AFTER = re.compile(r"(?:\([^()]{0,12}\))?\s*[,，]?\s*(?:用于|以)?(?:收购|购买|受让|认购|买下)")
_OFFICE_END = re.compile(r"(?:委|局|厅|办|署)$")  # a public office (国资委, 财政局) buys for no project of its own
_PRICE = re.compile(r"(?P<plan>)以(?:总价|约|人民币|\s)*$")
# a spending verb no place or plan uses for its own figures (X斥资N, X耗资N入主Y, X向Y增资N): the whole clause before
# it may be the spender's bare name, as a buyer's before its price may (a place or a government never: 杭州市政府参投)
_STRONG_SPEND = re.compile(r"斥资|耗资|增资|注资|领投|参投|跟投|豪掷")
_BARE_SPENDER = re.compile(r"(?P<n>[\u4e00-\u9fffA-Za-z]{2,10}?)(?:(?:向|对)[^,。;!?\n]{1,16}?)?"
                           r"(?:宣布|决定|已|再|又|共|合计|累计|先后|此次|本次|最终)*")
# a round's investor: 本轮融资由X领投N, 由X参投N
_ROUND_VERB = re.compile(r"领投|参投|跟投")
_LED_BY = re.compile(r"[^,。;!?\n]*?由(?P<n>[\u4e00-\u9fffA-Za-z\d]{2,10}?)(?:领投|参投|跟投)?")
_BOUGHT_AFTER = re.compile(r"(?:的价格|的总价|总价)?\s*(?:成功)?(?:竞得|拍下|拍得|摘得|购得|买下|竞买|收购)")
# the one project a determiner's amount describes: 这个投资N亿元、分两期建设的大项目
_ONE_PROJECT_AFTER = re.compile(
    r"[^。;!?\n]{0,30}?的[^,。;!?\n、]{0,4}?(?:项目|工程|基地)(?![\d一二三四五六七八九十两]*[个项])")
_LEAD = re.compile(
    r"(?:\s|\d{4}年|\d{1,2}月|\d{1,2}日|上午|下午|当天|近日|日前|此前|此外|同时|另外|据悉|据了解|而|目前|如今|因此|其中)*,?")
# a period's or several projects' total, research, money raised: never one project's amount
_NOT_ONE = re.compile(  # (the lookahead: only where one of the words can begin)
    r"(?=[累以完年平单每全今明当研募融回各一这若多])(?:累计|以来|完成|年均|平均|单个|每个|每年|全年|年度"
    r"|(?<![\d一二三四五六七八九十两几])年内|今年|明年|当年|研发|募集|募资|融资|回购|各类|一批|这批|若干|多个)")
# a part of a year the spending is told for (上半年,X投入N亿元), unless planned; research paid for after the amount
_A_PERIOD = re.compile(r"上半年|下半年|[一二三四]季度|前三季度|\d{1,2}\s*[-—~至]\s*\d{1,2}\s*月|\d{1,2}月份")
_RESEARCH_AFTER = re.compile(r"[^,。;!?\n]{0,3},?\s*(?:用于)?(?:研发|研究|开发新)")
# a stock code after a company's short name: X啤酒(600123), X(168), X(0168.HK)
_CODED_NAME = re.compile(r"(?P<n>[\u4e00-\u9fffA-Za-z]{2,12}?)\((?:\d{3,6}(?:\.[A-Z]{2})?|(?:S[HZ]|HK)[:.]?\d{4,6})\)")
# one project or facility opening the clause: 该项目, 此项目, 园区, X工厂, X产业园
_DETERMINER = r"(?:该|此(?!次|批)|本(?!次|批)|这个|这一|整个)"
_FACILITY = r"(?:项目|工程|基地|工厂|厂区|产业园|工业园|科技园|园区|生产线)"
_ONE_FACILITY = re.compile(
    rf"(?P<det>{_DETERMINER})?(?:签约|投资|合作|新建|拟建)?(?P<name>[^,。;:!?\n、]{{0,20}}?{_FACILITY})(?:的)?$")
_DETERMINED_OPENING = re.compile(rf"\s*{_DETERMINER}(?:签约|投资|合作|新建|拟建)?(?:项目|工程|基地|工厂)")
_PLAN_WORDS = re.compile(r"(?:拟|计划|将|预计|准备|决定|要|共|合计|总计|再|追加|的|\s)*$")
# a count of projects closing the clause before (amount clauses between): …项目30个、计划投资额N;
# 项目N个,总投资N,拟引资N
_BATCH_BEFORE = re.compile(
    r"(?:项目\s*\d+\s*[个项]|\d+\s*[个项][^,、;。!?\n]{0,12}?项目)"
    r"(?:[,、][^,、;。!?\n]{0,12}?[\d.]+\s*(?:万|亿)?(?:元|美元))*[,、]\s*$"
)
_PLANNED_COUNT = re.compile(r"计划|拟|将|预计|力争|目标|确保|争取|编排|安排")
_SENTENCE_END = "。!?;\n"
_LAST_SENTENCE_END = re.compile(r"[。!?;\n][^。!?;\n]*$")
# a park, base or plant named, and who builds it: X产业园由Y投资兴建
_FACILITY_NAMED = re.compile(r"(?P<name>[\u4e00-\u9fffA-Za-z]{2,20}?(?:园|基地|工厂|厂))"
                             r"(?:由(?P<org>[^,。;!?\n]{2,16}?)(?:投资|出资|独资|兴建|建设))?")
_POINTING = re.compile(r"这|那|该|此|本|其|各|上述|以上|有关|相关|年内|年底|年初|未来|近期|目前|期间")
# words before a company's name read into it: 我市当天签订的X集团, 与X集团
_TOLD_BEFORE = re.compile(r".*(?:的|签订|签约|签署|引进|与|和|同)")
# what the company's money builds, right after the amount, or the amount closing its clause
_BUILDS_OR_ENDS = re.compile(
    r"(?:以上|左右|多)?(?:人民币)?\s*(?:[,;。]|(?:在[^,。;!?\n]{1,12}?)?(?:投资)?(?:建设|新建|兴建|扩建|投建|打造|用于|建)"
    r"[^,。;!?\n]{0,40}?(?:项目|基地|工厂|产业园|生产线|中心))")
# a company the amount describes, subject of the clause after it: 总投资N的X集团是一家…, 投资N的X有限公司于…
_OWNER_AFTER = re.compile(
    r"的(?P<n>[\u4e00-\u9fffA-Za-z()]{2,20}?(?:集团|股份有限公司|有限责任公司|有限公司))(?=是|在|于|将|已|正|,)")
# the company itself, named by a word in its own statement (公司将投资N, 本公司拟投资N)
_OWN_COMPANY = re.compile(r"[“\"「『]?(?:本|我们|我)?公司")
# who builds the project, told in the sentence: 由X投资建设
_AGENT = re.compile(r"由(?P<x>[^,。;!?\n]{2,16}?)(?:投资|出资|建设|投建|兴建)")


def subject_kind(form: str, text: str, m_start: int, m_end: int, sent_start: int) -> Decision | None:
    """The kind the amount form[m_start:m_end] takes from who its clause is about (see the module's docstring),
    or None to leave it to the cue rules."""
    near = form[max(0, m_start - 24) : m_start]
    bought = "以" in near and _BOUGHT_AFTER.match(form, m_end) is not None
    if "资" not in near and "投" not in near and not bought:
        return None  # (every shape has its investment word or its price there: one look before the patterns)
    lo = max(sent_start, m_start - 120)
    own = _LAST_SENTENCE_END.search(form, lo, m_start)
    own_start = own.start() + 1 if own is not None else sent_start
    lo = max(lo, own_start)
    plain, where = without_pinyin(form, lo, m_start)
    cue = _CUE.search(plain, max(0, len(plain) - 24)) or (
        _PRICE.search(plain, max(0, len(plain) - 8)) if bought else None)
    if cue is None:
        return None
    owner = _OWNER_AFTER.match(form, m_end) if form.startswith("的", m_end) else None
    if owner is not None and _a_company(owner.group("n")):  # 总投资N的X集团是…: X's investment
        return Decision("project", where[cue.start()], text[owner.start("n") : owner.end("n")])
    clause_lo = max(plain.rfind(c, 0, cue.start()) for c in _CLAUSE_END) + 1
    lead = _LEAD.match(plain, clause_lo, cue.start())
    open_lo = lead.end() if lead is not None else clause_lo
    opening = plain[open_lo : cue.start()]
    round_led = _LED_BY.fullmatch(opening) if _ROUND_VERB.search(cue.group()) else None
    if round_led is not None:  # 本轮融资由X领投N: the round's amount X puts in, its project however the round is told
        name = _written(text, where, open_lo + round_led.start("n"), open_lo + round_led.end("n"))
        if _bare_company(name):
            return Decision("project", where[open_lo], name)
    if _NOT_ONE.search(plain) or _RESEARCH_AFTER.match(form, m_end) or (
            not cue.group("plan") and _A_PERIOD.search(plain, 0, cue.start())):
        return None  # a year's or a period's figure, an average, research: not one project's amount
    by = _AGENT.search(plain) if "由" in plain else None
    if by is not None and government(by.group("x")):
        return None  # 该项目由市政府投资建设,总投资N: a government's spending, not a company's project
    if (not opening or _PLAN_WORDS.fullmatch(opening)) and _BUYS_AFTER.match(form, m_end):
        buyer = sentence_opener(form, sent_start, where[clause_lo] if clause_lo < len(where) else m_start)
        if buyer is not None and _a_company(text[buyer[0] : buyer[1]]):  # X公布,出资N,收购Y N%股权: X's price
            return Decision("project", where[open_lo], text[buyer[0] : buyer[1]])
    if not opening or _PLAN_WORDS.fullmatch(opening):
        return _continued(form, text, plain, where, (open_lo, cue), sent_start if lo == own_start else -1)
    at, cue_at = where[open_lo], where[cue.start()]
    coded = _CODED_NAME.match(plain, open_lo)
    if coded is not None and coded.end() <= cue.start() and _a_company(coded.group("n")):
        return Decision("project", at, _written(text, where, coded.start("n"), coded.end("n")))  # X(600123)拟斥资N
    if _OWN_COMPANY.fullmatch(opening) and _BUILDS_OR_ENDS.match(form, m_end):
        return Decision("project", at, None)  # (该)公司将投资N,新建X项目: the company's project (who: the article's)
    kind, span = clause_subject(form, at, cue_at)
    if kind == "company" and span is not None and _a_company(text[span[0] : span[1]]):
        return Decision("project", at, text[span[0] : span[1]])
    named = _company_before_cue(form, text, at, cue_at, m_end)
    if named is not None:
        return named
    spender = _BARE_SPENDER.fullmatch(opening) if _STRONG_SPEND.search(cue.group()) else None
    if spender is not None:  # X斥资N, X向Y增资N: a bare name's spending, its project
        name = _written(text, where, open_lo, open_lo + spender.end("n"))
        if _bare_company(name):
            return Decision("project", at, name)
    bare = _BARE_BUYER.fullmatch(opening) if bought else None
    if bare is not None:  # X宣布以N收购Y: the whole clause before the price is the buyer's name
        name = _written(text, where, open_lo, open_lo + bare.end("n"))
        if _a_company(name) and not not_a_name(name) and not mainland_place(name) \
                and not _OFFICE_END.search(match_form(name)):
            return Decision("project", at, name)
    one = _ONE_FACILITY.fullmatch(_PLAN_WORDS.sub("", opening))
    if one is not None:
        return _facility(form, text, one, where, open_lo, sent_start)
    if re.fullmatch(_DETERMINER, opening) and _ONE_PROJECT_AFTER.match(form, m_end):
        return Decision("project", at, subject_investor(form, text, sent_start, at))  # 这个投资N亿元…的项目
    return None


def _company_before_cue(form: str, text: str, at: int, cue_at: int, m_end: int) -> Decision | None:
    """The company named right before the investment word (plan words and 的 between): it opens the clause
    (X的总投资为N, a short name the article uses), or what it pays for follows the amount (…签订的X集团总投资N亿元建设的
    Y项目)."""
    named = company_in(form, at, cue_at)
    if named is None or not _PLAN_WORDS.fullmatch(form, named[1], cue_at):
        return None
    cut = _TOLD_BEFORE.match(form, named[0], named[1])
    if cut is not None and named[1] - cut.end() >= 4:
        named = cut.end(), named[1]  # 我市当天签订的X集团: X
    if named[0] != at and not _BUILDS_OR_ENDS.match(form, m_end):
        return None
    name = text[named[0] : named[1]]
    return Decision("project", named[0], name) if _a_company(name) else None


def _a_company(name: str) -> bool:
    """Whether a subject read as a company names one: not a word standing for none (该公司, 这些), not a government,
    not a project's or a class of projects' name."""
    return (not not_an_investor(name) and not government(name) and _POINTING.match(match_form(name)) is None
            and not project_named(name) and not project_class(match_form(name)))  # (省重大项目: a class, no company)


def _bare_company(name: str) -> bool:
    """Whether a bare name read by its position (the whole clause before a spending verb) may be a company: no word
    standing for none, no place, government, public office or word that is no name by its shape."""
    return _a_company(name) and not not_a_name(name) and not mainland_place(name) \
        and not _OFFICE_END.search(match_form(name)) and not government(name) and _PUBLIC_PURSE.search(name) is None \
        and _NO_SPENDER.search(match_form(name)) is None


_PUBLIC_PURSE = re.compile(r"财政|財政|政府|国资|國資|财局")
# what a clause before a spending verb holds when it is no spender's name: a purchase, a deal or a project
# (买断Y需耗资N, 协议转让耗资N, X整体搬迁耗资N), a modal, a class of investors (台商, 外商)
_NO_SPENDER = re.compile(r"^(?:买|建设|新建)|[需须要可]$|整体|搬迁|改造|扩建|项目|工程|转让|收购|购买|要约|协议"
                         r"|交易|并购|重组|[台港外侨客]商|民企|国企|央企")


def _written(text: str, where: list[int], a: int, b: int) -> str:
    return text[where[a] : where[b - 1] + 1]


def _facility(form: str, text: str, one: re.Match[str], where: list[int], open_lo: int,
              sent_start: int) -> Decision | None:
    """A project's amount when the clause opens with one project or facility (该项目, X工厂; a bare 园区 or 工厂 only
    when the paragraph before names the one it stands for), else None."""
    name = one.group("name")
    at = where[open_lo]
    if project_class(name) or re.search(r"[\d一二三四五六七八九十两几多]\s*[个座家项]|批|等|各|这些|多", name):
        return None  # 重点项目, 三个基地: several
    bare = re.fullmatch(_FACILITY, name) is not None
    if bare and not one.group("det"):
        named = _named_before(form, text, at, name)
        if named is None:
            return None  # 园区计划投资N: a zone's own plan, no one park named
        return Decision("project", at, named)
    owner = None if bare else zh_investor_from_name(name)
    investor = _written(text, where, open_lo + one.start("name"), open_lo + one.start("name") + len(owner)) \
        if owner and not government(owner) else subject_investor(form, text, sent_start, at)
    return Decision("project", at, investor)


def _named_before(form: str, text: str, at: int, word: str) -> str | None:
    """The owner of the one park, base or plant the paragraph named before `at` with the bare word's head (园区 for
    …产业园; 工厂 for …工厂): its company, from 由X投资 or from the name; None when the paragraph names none."""
    head = word[-1]
    para = max(form.rfind("\n", 0, at) + 1, at - 300)
    found = None
    for m in _FACILITY_NAMED.finditer(form, para, at):
        if m.group("name").endswith(head) or head == "区" and m.group("name").endswith("园"):
            found = m
    if found is None or project_class(found.group("name")):
        return None
    if found.group("org"):
        return text[found.start("org") : found.end("org")]
    owner = zh_investor_from_name(found.group("name"))
    return text[found.start("name") : found.start("name") + len(owner)] if owner else None


def _continued(form: str, text: str, plain: str, where: list[int], at: tuple[int, re.Match[str]],
               sent_start: int) -> Decision | None:
    """An amount whose clause has no subject of its own: a batch's when a count of projects closes the clause
    before it (an indicator, unless the count is planned or the amount is a year's plan); one project's when the
    sentence (`plain` from sent_start; -1 when it was cut) opens with a determiner and a project word (该项目位于…,
    总投资N)."""
    open_lo, cue = at
    batch = _BATCH_BEFORE.search(plain, max(0, open_lo - 60), open_lo)
    if batch is not None:
        counted = plain[max(plain.rfind(c, 0, batch.start()) for c in ",;:") + 1 : batch.start()]
        if cue.group("plan") and not _PLANNED_COUNT.search(counted):
            return Decision("indicator", where[batch.start()], None)
        return None
    first = _DETERMINED_OPENING.match(plain) if sent_start >= 0 else None
    if first is not None and not re.search(r"[\d一二三四五六七八九十两]\s*[个项批]|其中", plain):
        return Decision("project", where[0], subject_investor(form, text, sent_start, where[first.end() - 1]))
    return None


# a plan word that is part of an amount's label (计划投资额N, 预计投资N, 拟引资N)
# (拟利用外资N, 拟利用市外资金N: the foreign or outside money the batch's projects will bring, like 拟引资N)
_LABEL_AFTER_PLAN = re.compile(
    r"(?:投资额|投资总额|总投资|投资|引资|利用(?:外资|内资|[^,。;!?\n\d]{0,6}?资金)(?:和[^,。;!?\n\d]{0,6}?资金)?)"
    r"(?:额)?(?:为|约|达|超过|逾|近|\s)*[\d.]")


def batch_label(form: str, cue_start: int, cue_end: int) -> bool:
    """Whether the plan word at form[cue_start:cue_end] only labels the amount of a batch of projects counted right
    before it (…签约项目30个、计划投资额N亿元, 其中亿元以上项目25个): it tells the batch's planned investment, no
    goal, so the figures after it are not goals by it."""
    if not _LABEL_AFTER_PLAN.match(form, cue_end):
        return False
    lo = max(0, cue_start - 60, max(form.rfind(c, max(0, cue_start - 60), cue_start) for c in _SENTENCE_END) + 1)
    plain, _ = without_pinyin(form, lo, cue_start)
    batch = _BATCH_BEFORE.search(plain)
    if batch is None:
        return False
    counted = plain[max(plain.rfind(c, 0, batch.start()) for c in ",;:") + 1 : batch.start()]
    return _PLANNED_COUNT.search(counted) is None


# an average over the projects counted: 平均投资N, 单个项目平均投资额达N, 平均投资规模N
_AVERAGE = re.compile(
    r"(?:平均|均)(?:单体|单个项目|每个项目)?(?:投资|总投资)(?:规模|额|强度)?(?:为|达到|达|约|近|超过|\s)*$")


def average_amount(form: str, m_start: int) -> bool:
    """Whether the amount at m_start is an average over several projects (新引进工业项目平均投资N亿元): no one
    project's amount, whatever project name stands before it."""
    return "均" in form[max(0, m_start - 14) : m_start] and _AVERAGE.search(form, max(0, m_start - 14), m_start) \
        is not None


# money moved to a project: X拟将原…项目募集的N万元变更用于投资建设Y项目, N亿元改为投入Y项目
_MOVED_TO = re.compile(
    r"(?:人民币)?\s*,?\s*(?:的用途)?(?:变更为|变更|改为|调整为|转为)(?:用于|投入|投向)(?:投资)?(?:建设)?[^,。;!?\n]{2,40}?"
    r"(?:项目|基地|工厂|生产线)")


def moved_to_project(form: str, m_end: int) -> bool:
    """Whether the amount ending at m_end is money moved to a project (变更用于投资建设Y项目: a listed company's
    raised funds given a new use): a part of that project, whatever plan word (拟将) stands before it."""
    window = form[m_end : m_end + 12]
    return any(c in window for c in "变改调转") and _MOVED_TO.match(form, m_end) is not None
