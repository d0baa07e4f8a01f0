"""Who a Chinese sentence is about, and what its amount is tied to: the structural decision for an amount of
money the phrasing rules of `projects.py` and `company_zh.py` left undecided, and the check of the investor
those rules read.

Who: the subject of the amount's clause is read backwards clause by clause. A clause that opens without a
subject (项目总投资…, 预计投资额合计…, 目前已完成投资…, 其中…, a preposition: 在…, 与…) says nothing about who;
the first clause that opens with a name decides. A company — a name with a legal suffix, a short name the
article establishes (stock code, announcement, signing), a brand ending in a business word (…科技, …锂能), a
project named after its company, a back-reference (公司, 该公司, 子公司X, 全资子公司X) — makes the amount one
company's; a place or a government body (…市, …区, 全市, 我市, 该县, 管委会, 政府) leaves it to the cue words
(a plan stays a target, a total an indicator), unless it signs with a company (…市政府与X公司签署…), when the
company invests. With no subject in the sentence, the sentences before it in the paragraph are read the same
way, and in a listed company's announcement the company it establishes is the subject.

What: whatever the plan word (计划, 拟, 预计, 将), a company subject's investment (投资, 出资, 斥资, an
acquisition's price, N亿元投建…) is its project's amount; not when it is an aggregate (projects or companies
counted in the sentence, 累计, a year's or a half-year's spending) or not an investment (output, revenue, tax,
profit, research, money to be raised). A venture's registered capital is a project without investor, each
party's subscription the party's. A plan word spent on a project's amount makes no target of what describes
the project after it (三个…项目, its share of net assets).

Investor: words that name no company (此次, 控股公司, 该公司: `zh_investor_words`) give way to the subject; what is
no part of a name is dropped (公司全资子公司X, X预计, a dateline before 丨); an investor read from a project's own
name that opens with a place gives way to the agent named after it (由X联合…投资) — `settle_zh` applies these to a
rule's investor.
A name is also judged by its shape (`not_a_name`): a capacity, a legal form alone, a product or model (Mini LED…),
a clause (双方拟签署《…); a subsidiary named after its parent (X的全资子公司Y) is the subject, not X.
"""

from __future__ import annotations

import bisect
import re

from app.extract.company_zh import company_in, known_names, the_company
from app.extract.names_zh import LEGAL_END as _LEGAL_END
from app.extract.names_zh import NO_SUBJECT as _NO_SUBJECT
from app.extract.names_zh import PARENT_OF as _PARENT_OF
from app.extract.names_zh import PLACE_HEAD as _PLACE_HEAD
from app.extract.names_zh import PLAN_WORD as _PLAN_WORD
from app.extract.names_zh import legal_name, not_a_name, tidy_span
from app.extract.names_zh import tidy_investor as tidy_investor  # (re-exported: where investors are settled)
from app.extract.orgs import mainland_place, zh_investor_from_name, zh_org_before
from app.extract.referred_zh import referred_owner
from app.extract.zh_investor_words import FACILITY_END as _FACILITY_END
from app.extract.zh_investor_words import INDUSTRY_HEAD as _INDUSTRY_HEAD
from app.extract.zh_investor_words import LEAD as _LEAD
from app.extract.zh_investor_words import PLURAL as _PLURAL
from app.extract.zh_investor_words import no_company_word, not_an_investor, place_led_name, project_named

# the amount's own noun: an investment of the company, or a contract's amount
_INVEST_CUE = re.compile(
    r"(?:(?P<verb>投资|投入|出资|认缴|增资|注资|斥资)(?:总额|总金额|金额|额|规模)?|(?:交易|收购|转让)(?:对价|价格|金额|总价|价款)"
    r"|(?P<capital>注册资本金?))(?:合计|共计|总计|相加|加起来|拟|将|预计|计划)?(?:约为|约|为|达到|达|是|超过|不超过|不超|不低于|近|逾|人民币|\s)*$"
)
# a subsidiary named after its parent, the clause's subject: X公司("X")的美国子公司Y将…, X旗下的Y拟…
_SUBSIDIARY_AFTER = re.compile(
    r"(?:\([^()]{0,20}\))?(?:(?:的[\u4e00-\u9fff]{0,4}?)?(?:全资|控股)?(?:子公司|孙公司)|旗下的?(?:全资|控股)?(?:子公司|孙公司)?)"
    r"(?P<n>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z ]{1,15}?)(?=拟|计划|将|已|在|于|与|和|投资|出资|,)"
)
# a parent acting through its subsidiary: X集团(拟)通过(其)全资子公司Y(在…投资建设): Y invests (README: the subsidiary
# that invests is the investor as the text names it)
_VIA_SUBSIDIARY = re.compile(
    r"(?:拟|将|计划|决定|主要)?(?:通过|由|以)(?:其|公司)?(?:的)?(?:全资|控股|下属)?(?:子公司|孙公司)")
# what an agent after 由 does to the project: it invests in, builds or leads it
_AGENT_VERB = re.compile(r"投资|出资|建设|投建|实施|主导|负责|承建|开发|运营")
# a venture set up in the sentence, whose registered capital is one project's amount
_VENTURE = re.compile(r"合资|合营|共同出资|共同投资|设立|成立|组建")
_WHOLLY = re.compile(r"^(?!.*(?:合资|合营|共同|联合|双方|各方|三方)).*(?:全资|独资)", re.S)  # set up by one alone
# not an investment, or not one project's: output, revenue, tax, profit, research, money raised, a period's total
_NOT_ONE_PROJECT = re.compile(
    r"产值|营收|营业收入|收入|销售|税|利润|研发|募集|募资|融资|回购|分红|累计|年均|每年|全年|年度|今年|明年|当年|多家|数家|几家"
    r"|大批|央企|国企|外企|民企|客商|"
    r"[\d一二三四五六七八九十两]+\s*(?:个|项|批|家)|各类|多个|若干|一批|\d+年来|近年来|以来|(?<![该此本这])签约项目|招商"
)  # (该签约项目: the one project signed)
# several projects counted before the amount's clause: 签约项目12个,总投资…
_COUNTED = re.compile(
    r"[\d一二三四五六七八九十两]+\s*(?:个|项|批)[^,。;!?\n]{0,12}?项目|项目(?:共|有|合计)?\s*[\d一二三四五六七八九十两]+\s*(?:个|项)|等项目"
)
# a year's plan or total told before the amount's clause (今年,X计划完成投资…); not a date (今年3月)
_A_YEARS = re.compile(
    r"(?:今年|全年|明年|年度|当年|每年|累计)(?![\d一二三四五六七八九十]{1,2}月|初|底|以来|上半年|下半年)"
)
# a part of a year the spending is told for (上半年,X投入…), unless a plan word follows it; research after the amount
_A_PERIOD = re.compile(r"上半年|下半年|[一二三四]季度|前三季度|\d{1,2}\s*[-—~至]\s*\d{1,2}\s*月")
_RESEARCH_AFTER = re.compile(r"[^,。;!?\n]{0,2},?\s*(?:用于)?(?:研发|研究|开发新)")
# the company referred back to: 公司, 该公司, 本公司, 其; a subsidiary named after it
_BACK_REFERENCE = re.compile(r"(?:该|本|其)?(?:公司)?(?:全资|控股|下属)?(?:子公司|孙公司|公司|其)")
_SUBSIDIARY = re.compile(r"(?:全资|控股|下属)?(?:子公司|孙公司)")
_ENTERPRISE = re.compile(r"(?:该|这家|这个)?企业(?=又|还|也|再|已|将|拟|计划|决定|今年|于)")  # a back-reference
# a place's project said to be a company's, after 是: 某县最大的招商项目是X电力的发电项目
_OWNER_AFTER_IS = re.compile(r"(?P<n>[\u4e00-\u9fffA-Za-z]{2,12}?)的[^,。;!?\n的]{1,20}(?:项目|基地|工厂|电站)")
# a short name ending in a business word, opening a clause before its verb: 晶辉科技拟…, 远帆锂能率先在…
_BUSINESS_WORD = (r"(?:科技|集团|股份|控股|实业|新能源|能源|锂能|锂业|动力|电子|电气|新材料|新材|材料|光电|光伏|汽车"
                  r"|智能|精密|化工|药业|电池|半导体|微电子|重工|机械)")
_BUSINESS_WORD_END = re.compile(_BUSINESS_WORD + "$")
_BUSINESS_NAME = re.compile(
    r"(?P<n>[\u4e00-\u9fffA-Za-z]{1,6}?" + _BUSINESS_WORD + ")"
    r"(?=拟|计划|将|已|正|在|于|与|和|投资|出资|率先|再次|首次|正式|宣布|决定|发布|公告|公布|披露|透露|表示|董事会|联合|牵头|通过|认缴|持股|增资|斥资|收购"
    r"|携手|共同|独资|向|对|\(|,)"
)
# a name after a subsidiary word: 全资子公司远帆动力拟…
_NAME_AFTER_SUBSIDIARY = re.compile(r"(?P<n>[\u4e00-\u9fffA-Za-z]{2,8}?)(?=拟|计划|将|已|与|和|在|于|投资|出资|\(|,)")
# a project named after its company, opening the clause: 远帆储能电池项目, 华辰新材料产业园
_NAMED_PROJECT = re.compile(r"[^,。;:!?\n\"()]{2,30}?(?:项目|基地|产业园|工业园|工厂|生产线)")
_COUNT_AFTER = re.compile(r"\s*(?:共|有|计|合计|总计)?\s*[\d一二三四五六七八九十百千]+\s*(?:个|项|家|批)")
# a plan verb right before the amount, and what the money builds right after it
_PLAN_BEFORE = re.compile(
    r"(?:拟|计划|将|决定|准备)(?:在[^,。;!?\n\d]{1,12}?(?=以|用|使用|斥资|出资|自筹))?"  # (拟在某市使用自有资金N)
    r"(?:(?:以|用|使用)(?:部分)?(?:募集|闲置|超募)资金"  # (拟募集资金N: money to raise)
    r"|(?:以|用|使用|斥资|出资|自筹)?(?:(?:自有|自筹)(?:[和或及,]?(?:自有|自筹|募集))?资金)?)"
    r"(?:约|不超过|人民币|\s)*$"
)
_BUILDS_AFTER = re.compile(
    r"(?:人民币)?,?\s*(?:在[^,。;!?\n]{1,12}?)?(?:投建|建设|新建|扩建|兴建|投资建设|投资新建|用于|收购|建)[^,。;!?\n]{0,40}?"
    r"(?:项目|基地|工厂|产业园|生产线|电站|中心|股权)"
)
# a contract a company signs: X与Y签订了N元的…销售合同
_SIGNED_BEFORE = re.compile(r"签(?:订|署|下)了?(?:总额|金额|价值|总价)?(?:为|约|达)?$")
_CONTRACT_AFTER = re.compile(r"的[^,。;!?\n]{0,30}?(?:合同|订单)")
_ANNOUNCED = re.compile(r"公告|公布|董事会|发布")
_CLAUSE_END = "，,。;；:!?\n"
# a clause ending with a partner after 与 (…拟与A市人民政府): the clause after it may list the next partner
_PARTNER_LISTED = re.compile(r"(?:与|和|同)[^,。;!?\n]{2,20}$")
_SENTENCE_END = "。;!?\n"


def clauses_before(form: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The clauses of form[lo:hi], last first."""
    out: list[tuple[int, int]] = []
    end = hi
    i = hi - 1
    while i >= lo:
        if form[i] in _CLAUSE_END:
            if i + 1 < end:
                out.append((i + 1, end))
            end = i
        i -= 1
    if lo < end:
        out.append((lo, end))
    return out


# where a name opening a clause ends: a plan word, a preposition, the amount's cue (X总投资…, X的总投资为…)
_NAME_STOPS = re.compile(r"拟|计划|将|已|在|于|与|和|通过|的?总投|投资|出资|认缴|发布|公告|签|\(")
_PARENT_WORDS = re.compile(r"子公司|孙公司|旗下|下属|的|与|和|及")


def _company_opening(form: str, at: int, hi: int) -> tuple[int, int] | None:
    """The company opening form[at:hi] (a known short name or a name with an organisation suffix), its span."""
    names = [name for _, name in known_names(form)
             if form.startswith(name, at) and not not_an_investor(name) and not _INDUSTRY_HEAD.search(name)]
    known = None
    if names:  # 华辰 and 华辰控股集团 both known here: the legal name, when one opens the clause
        legal = [name for name in names if _LEGAL_END.search(name)]
        known = at, at + len(max(legal, key=len) if legal else names[0])
        if legal:
            return known
    head = form[at : min(hi, at + 30)]
    stops = [m.start() for m in _NAME_STOPS.finditer(head)]
    for stop in [*stops, len(head)]:
        org = zh_org_before(head[:stop])
        if org is not None and org[0] == 0:
            lo, hi = tidy_span(form, at, at + org[1])  # 某市人民政府与X有限公司: X
            named = (lo, hi) if hi - lo >= 2 and not not_an_investor(form[lo:hi]) else None
            longer = known is None or named is not None and named[1] > known[1] \
                and not _PARENT_WORDS.search(form, known[1], named[1])  # (X全资子公司Y: X, then Y)
            return named if longer else known
    if known is not None:  # a short name, unless the full legal name opens the clause (四川某某新能源科技有限公司)
        return known
    brand = _BUSINESS_NAME.match(form, at, hi)
    if brand is not None and not _INDUSTRY_HEAD.search(brand.group("n")):
        head = brand.group("n")
        word = _BUSINESS_WORD_END.search(head)
        if word is not None and word.start() >= 2 and not mainland_place(head[: word.start()]):
            return brand.span("n")  # 远帆锂能率先在…: a brand, not 江州新能源 (a place's industry)
    return None


def _via_subsidiary(form: str, at: int, hi: int) -> tuple[int, int] | None:
    """The subsidiary a parent acts through, named right after `at` (拟通过全资子公司Y在…投资: Y), or None."""
    if not form.startswith(("拟", "将", "计", "决", "主", "通", "由", "以"), at):
        return None
    via = _VIA_SUBSIDIARY.match(form, at, hi)
    if via is None:
        return None
    named = _company_opening(form, via.end(), hi)
    if named is None:
        after = _NAME_AFTER_SUBSIDIARY.match(form, via.end(), hi)
        named = after.span("n") if after is not None and not no_company_word(after.group("n")) else None
    return named


def _described_company(form: str, at: int, hi: int) -> tuple[int, int] | None:
    """The company a clause that is only a noun phrase ends with, after its description (刚刚落户本市的X集团,):
    the subject of the clauses after it."""
    org = zh_org_before(form[at:hi])
    if org is None or at + org[1] != hi:
        return None
    de = form.rfind("的", at, hi)
    if de < 0 or hi - de - 1 < 4:
        return None
    lo, end = tidy_span(form, de + 1, hi)
    return (lo, end) if end - lo >= 4 and not not_an_investor(form[lo:end]) else None


def clause_subject(form: str, lo: int, hi: int) -> tuple[str, tuple[int, int] | None]:
    """("company", its span) | ("place", None) | ("none", None): who the clause form[lo:hi] opens with; a
    company read whose words are no name by their shape (正式…, 宣布) is none."""
    kind, span = _clause_subject(form, lo, hi)
    if kind == "company" and span is not None and _FACILITY_END.search(form, *span):
        return "project", span  # 江州项目计划投资…: a project's name opens the clause, not its company
    if kind == "company" and span is not None and not_a_name(form[span[0] : span[1]]):
        described = _described_company(form, span[0], span[1])  # 刚刚落户的X集团: X
        return ("company", described) if described is not None else ("none", None)
    return kind, span


def _clause_subject(form: str, lo: int, hi: int) -> tuple[str, tuple[int, int] | None]:
    lead = _LEAD.match(form, lo, hi)
    at = lead.end() if lead else lo
    if at >= hi:
        return "none", None
    sub = _SUBSIDIARY.match(form, at, hi) or (
        _BACK_REFERENCE.match(form, at, hi) if form.startswith(("公司", "该公司", "本公司"), at) else None)
    if sub is not None:
        named = _via_subsidiary(form, sub.end(), hi) or _company_opening(form, sub.end(), hi)
        if named is not None and not_a_name(form[named[0] : named[1]]):
            named = None  # 公司表示将在…设立…子公司: 公司, not a clause read as a name
        if named is None:
            after = _NAME_AFTER_SUBSIDIARY.match(form, sub.end(), hi)
            named = after.span("n") if after is not None and not not_an_investor(after.group("n")) \
                and not not_a_name(after.group("n")) and not _PLAN_WORD.match(after.group("n")) \
                else None  # not 公司|拟在江州投资: a plan, no name
        if named is not None:  # 公司全资子公司X拟…: the subsidiary invests
            return "company", named
        back = the_company(form, at) or company_in(form, form.rfind("\n", 0, at) + 1, at)
        return ("company", back) if back is not None else ("none", None)
    if _ENTERPRISE.match(form, at, hi):  # 如今,企业又…投资N: the company its paragraph named last
        back = company_in(form, form.rfind("\n", 0, at) + 1, at)
        return ("company", tidy_span(form, *back)) if back is not None else ("none", None)
    if re.match(r"该[市县区省州镇]", form[at : at + 2]):
        return "place", None
    agent = _company_opening(form, at + 1, hi) if form.startswith("由", at) else None
    if agent is not None and _AGENT_VERB.search(form, agent[1], hi):  # 由X公司投资建设,总投资…: X invests
        return "company", agent
    among = _company_opening(form, at + 2, hi) if form.startswith("其中", at) else None
    if among is not None:  # 其中X认缴…: one of the parties named before
        return "company", among
    if _NO_SUBJECT.match(form, at, hi):
        return "none", None
    company = _company_opening(form, at, hi)
    parent = _PARENT_OF.search(form, company[0], company[1]) if company is not None else None
    if company is not None and parent is not None and parent.start() > company[0]:
        company = company[0], parent.start()  # X公司的全资子公司Y拟…: read as X, then its subsidiary Y
    if company is not None:
        via = _via_subsidiary(form, company[1], hi)
        if via is not None:  # X集团拟通过全资子公司Y在…: Y
            return "company", via
        sub = _SUBSIDIARY_AFTER.match(form, company[1], hi)
        if sub is not None and not not_a_name(sub.group("n")) and not _PLAN_WORD.match(sub.group("n")):
            return "company", sub.span("n")  # X公司(简称…)的美国子公司Y将在…: the subsidiary invests
        return "company", company
    project = _NAMED_PROJECT.match(form, at, hi)
    owner = zh_investor_from_name(project.group()) if project is not None else None
    if owner is not None and (digit := re.search(r"\d", owner)) is not None:
        owner = owner[: digit.start()]  # 远锋锂业5万吨…项目: the name stops before its capacity
    if project is not None and owner is not None and not _PLURAL.search(project.group()) \
            and not _COUNT_AFTER.match(form, project.end()) and not not_an_investor(owner) and not not_a_name(owner):
        if _FACILITY_END.search(owner) or place_led_name(owner, project.group()):
            return "project", (at, at + len(owner))  # 江州星河工业园…, X工业互联网生态园项目: the project's own name
        return "company", (at, at + len(owner))  # 华辰锂电池项目一期…: the project's company
    described = _described_company(form, at, hi)
    if described is not None:
        return "company", described
    place = _PLACE_HEAD.match(form, at, hi)
    if place is not None and not mainland_place(form[at : place.end()]) and not form.startswith(("全", "我", "本"), at):
        head = form[at : place.end()]  # not a known place: a short one (某某市) or a government body by its word
        short = re.match(r"[\u4e00-\u9fff]{0,3}(?:省|市|区|县|州|镇|乡|旗|盟)$", head)
        place = place if short is not None or re.search(r"政府|管委会|开发区|高新区|经开区|新区", head) else None
    if place is not None:
        end = place.end()
        while (more := _PLACE_HEAD.match(form, end, hi)) is not None and more.end() - end <= 9:
            end = more.end()  # 某省某市某县人民政府: the chain of places is one government
        while form.startswith(("与", "和", "同"), end + 1):
            end += 1  # 与与: a doubled word
        if form.startswith(("与", "和", "同"), end):  # 某市政府与X公司签署…: the company is the investor
            named = _company_opening(form, end + 1, hi)
            if named is not None:
                return "company", named
        is_at = form.find("是", place.end(), hi)
        said = _OWNER_AFTER_IS.match(form, is_at + 1, hi) if is_at > 0 and "项目" in form[place.end() : is_at] \
            else None
        if said is not None and not no_company_word(said.group("n"), opening=True):
            return "company", said.span("n")  # 某县最大的招商项目是X电力的发电项目: X's project
        return "place", None
    return "other", None


def _first_subject(form: str, lo: int, hi: int) -> tuple[str, tuple[int, int] | None] | None:
    """The subject of the last clause of form[lo:hi] that opens with a company or a place, else ("project", the
    owner read from the project's name a clause opens with), or None."""
    clauses = clauses_before(form, lo, hi)
    named: tuple[str, tuple[int, int] | None] | None = None
    for i, (c_lo, c_hi) in enumerate(clauses):
        kind, span = clause_subject(form, c_lo, c_hi)
        if kind in ("company", "place") and i + 1 < len(clauses) and _PARTNER_LISTED.search(form, *clauses[i + 1]) \
                and not _AFTER_CLAUSE.match(form, clauses[i + 1][0]):  # (继与A市签署…后, X又…: X's own clause)
            continue  # X公司拟与A市政府、B区政府共同签署…: B is a partner listed after 与, not who
        if kind in ("company", "place"):
            return kind, span
        if kind == "project" and named is None:
            named = kind, span
    return named


# a clause of time opening the sentence, its subject told after it: 继与A市签署…后, 在与…签约之后,
_AFTER_CLAUSE = re.compile(r"(?:继|在|自)[^,。;:!?\n]{2,60}?(?:后|之后|以后)(?=,)")


def subject_before(form: str, sent_start: int, at: int) -> tuple[str, tuple[int, int] | None]:
    """Who the amount at `at` is about: its clause's subject, else the subject of a clause before it in the
    sentence, else the company named last before it in the paragraph (a sentence with no subject continues
    the paragraph's)."""
    if form.startswith(("继", "在", "自"), sent_start):
        opening = _AFTER_CLAUSE.match(form, sent_start)
        if opening is not None and at < opening.end():  # 继与A市签署总投资N的协议后,X又…: the main clause's X
            nxt = opening.end() + 1
            stop = min((i for i in (form.find(c, nxt) for c in _CLAUSE_END) if i >= 0), default=len(form))
            kind, span = clause_subject(form, nxt, stop)
            if kind == "company":
                return kind, span
    found = _first_subject(form, sent_start, at)
    if found is not None and found[0] != "project":
        return found
    own = found[1] if found is not None else None  # 江州星河工业园…: a project's own name, its company said before
    para = form.rfind("\n", 0, sent_start) + 1
    prev_end = sent_start
    for _ in range(5):  # the sentences before, in the paragraph
        if prev_end <= para:
            break
        prev_lo = max(form.rfind(c, para, prev_end - 1) for c in _SENTENCE_END) + 1
        prev_lo = max(prev_lo, para)
        found = _first_subject(form, prev_lo, prev_end)
        if found is not None and (own is None or found[0] == "company"):
            return ("company", found[1]) if found[0] == "project" else found
        prev_end = prev_lo
    if own is not None:
        return "company", own
    if para > 0 and _first_subject(form, para, at) is None:  # a paragraph with no subject of its own (公告显示,
        found = _paragraph_before(form, para)                 # 据悉…, 本项目投资总额…) continues the one before
        if found is not None:
            return found
    if _ANNOUNCED.search(form, para, at):  # a listed company's announcement: the company it establishes
        back = the_company(form, at)
        if back is not None:
            return "company", back
    return "none", None


def _paragraph_before(form: str, para: int) -> tuple[str, tuple[int, int] | None] | None:
    """The company the paragraph before the one starting at `para` is about: the company its last sentence names
    in a clause (as `_first_subject` reads it), else the subject opening the last sentence before that opens with
    one (公司拟建设…项目,…。规划建设产能…。 → 公司's; not a name inside a later clause), blank lines skipped; None
    when that subject is a place."""
    end = para - 1
    while end > 0 and form[end - 1] in "\n \t\u3000":
        end -= 1  # blank lines between the paragraphs
    blank = end < para - 1
    lo = form.rfind("\n", 0, end) + 1
    prev_lo = max(lo, max(form.rfind(c, lo, end - 1) for c in _SENTENCE_END) + 1)
    found = _first_subject(form, prev_lo, end) if prev_lo < end else None
    if found is not None and found[0] == "company" and (not blank or by_name(form, found[1])):
        return found  # its last sentence's company, in any clause (…,胶州市人民政府与X签订…,Y项目落地…)
    prev_end = prev_lo
    for _ in range(5):  # the sentences before it, last first, by the subject opening each
        if prev_end <= lo:
            break
        prev_lo = max(lo, max(form.rfind(c, lo, prev_end - 1) for c in _SENTENCE_END) + 1)
        clauses = clauses_before(form, prev_lo, prev_end)
        if not clauses:  # a sentence of punctuation alone (。。 in a scraped page): none to read
            prev_end = prev_lo
            continue
        opening = next((c for c in reversed(clauses) if lead_end(form, *c) < c[1]), clauses[-1])  # (1月28日,X…)
        kind, span = clause_subject(form, *opening)
        if kind == "company" and by_name(form, span) or kind == "place":
            return (kind, span) if kind == "company" else None
        prev_end = prev_lo
    return None


def by_name(form: str, span: tuple[int, int] | None) -> bool:
    """Whether a subject carried from another paragraph is a company by its name: a legal name or a short name the
    article establishes (not an owner read from a project's own name, 某某研究院改造 of …项目)."""
    if span is None:
        return False
    name = form[span[0] : span[1]]
    return legal_name(name) or any(known == name for _, known in known_names(form))


def company_amount(form: str, text: str, m_start: int, m_end: int,
                   sent_start: int) -> tuple[int, str | None, str] | None:
    """(evidence start, investor, part) for an amount of one company's investment decided from structure, or
    None: the amount's own cue is an investment, it is no aggregate, and the subject is a company."""
    cue = _INVEST_CUE.search(form, max(sent_start, m_start - 16), m_start)
    planned = None if cue is not None else _PLAN_BEFORE.search(form, max(sent_start, m_start - 24), m_start)
    signed = None if cue is not None or planned is not None else _SIGNED_BEFORE.search(
        form, max(sent_start, m_start - 8), m_start)
    if planned is not None and _BUILDS_AFTER.match(form, m_end):
        cue = planned  # X拟N亿元投建…项目: the company's money for what it builds
    elif signed is not None and _CONTRACT_AFTER.match(form, m_end):
        kind, span = subject_before(form, sent_start, signed.start())
        return (signed.start(), None, "") if kind == "company" else None  # X与Y签订了N元的…合同: its amount
    elif cue is None:
        return None
    clause_lo = max(form.rfind(c, sent_start, cue.start()) for c in _CLAUSE_END) + 1
    clause_lo = max(clause_lo, sent_start)
    sent_end = min((i for i in (form.find(c, m_end) for c in _SENTENCE_END) if i >= 0), default=len(form))
    period = _A_PERIOD.search(form, sent_start, m_start)
    if (period is not None and _PLAN_WORD.search(form, period.end(), m_start) is None
            or _RESEARCH_AFTER.match(form, m_end)):
        return None  # 上半年,X投入N亿元,研发…: a period's spending, not a project
    own_hi = m_start if planned is None or cue is not planned else planned.start()  # (使用募集资金N亿元投资建设…:
    if _NOT_ONE_PROJECT.search(form, clause_lo, own_hi) or _A_YEARS.search(form, sent_start, clause_lo) or (  # spent)
            planned is None and _COUNTED.search(form, sent_start, sent_end)):
        return None  # 今年计划投资…, 累计投资…, 签约项目12个,总投资…: a period's or several projects' total
    kind, span = subject_before(form, sent_start, cue.start())
    if kind != "company" or span is None:
        return None
    investor = text[span[0] : span[1]]
    if not_an_investor(investor):
        return None
    if project_named(investor):
        investor = ""  # X工业互联网生态园项目占地…,总投资N: the project's own name, no company named
    if cue.groupdict().get("capital"):
        if not _VENTURE.search(form, sent_start, cue.start()):
            return None  # a company's own registered capital: not an investment
        if investor and _WHOLLY.match(form[sent_start : cue.start()]):  # X拟全资设立一家公司,注册资本N: X's own
            return clause_lo, investor, ""
        return clause_lo, None, "registered capital"  # the venture's capital: several investors
    if cue.groupdict().get("verb") in ("出资", "认缴"):
        return clause_lo, investor or None, "share"  # 其中X认缴N亿元: the party's share
    part = ("part" if form.startswith("其中", clause_lo)
            else "completed" if re.search(r"已完成|完成了", form[clause_lo:m_start]) else "")
    return clause_lo, (None if part == "part" else investor or None), part


def subject_investor(form: str, text: str, sent_start: int, at: int) -> str | None:
    """The company the sentence (or its paragraph) is about, as written, when a rule's investor is a word
    naming none (此次项目总投资…, …(为公司下属控股公司)…签署…) or a phase of a project has none; None for a
    place's sentence."""
    kind, span = subject_before(form, sent_start, at)
    if kind == "none":  # 该项目总投资N: the owner of the project the sentence before named
        return referred_owner(form, text, sent_start)
    if kind != "company" or span is None or not_an_investor(text[span[0] : span[1]]) \
            or project_named(text[span[0] : span[1]]):
        return None
    return text[span[0] : span[1]]


# the project's agent after it: …产业园开工,该园区将由远帆锂能联合…共同投资
_AGENT_AFTER = re.compile(
    r"由(?P<org>[\u4e00-\u9fffA-Za-z()]{2,20}?)(?:联合|牵头|携手|与|和|独资|全资|共同|投资|出资|建设|投建|主导|负责"
    r"|(?:总体|整体|全资)?收购|实施)"
)


_AN_AMOUNT = re.compile(r"\d\s*(?:亿|万)?(?:元|美元)")


def agent_after(form: str, text: str, end: int) -> str | None:
    """The company a project is built by, said after it in its sentence or the next one ("由X联合…共同投资"),
    when it is a company and not a place or a government."""
    stop = form.find("。", end)
    stop = form.find("。", stop + 1) if stop >= 0 else -1
    hi = len(form) if stop < 0 else stop
    hi = min(hi, end + 120, max(form.find("\n", end), end) if form.find("\n", end) >= 0 else len(form))
    agent = _AGENT_AFTER.search(form, end, hi)
    if agent is None or _AN_AMOUNT.search(form, end, agent.start()):
        return None  # (…项目,投资N亿元;…项目投资M亿元,由X收购…: the next item's agent)
    kind, span = clause_subject(form, agent.start("org"), agent.end())
    if kind != "company" or span is None or not_an_investor(text[span[0] : span[1]]):
        return None
    return text[span[0] : span[1]]


# 投资54亿元的江陵恒泰首栋厂房已封顶: a place and a brand after the amount, the subject of what follows
_PLACE_BRAND_AFTER = re.compile(
    r"(?P<n>[\u4e00-\u9fff]{4,8}?)(?=首|已|正|将|目前|一期|二期|三期|新建|年产|工厂|厂房|项目|生产线|基地)"
)
_NOT_BRAND_END = re.compile(r"[路桥区园城港站厂馆院校场村镇段线库心楼房地县市省湖江河山湾岛]$|产业|片区|新区|园区")


def company_after_amount(form: str, text: str, after_de: int) -> tuple[int, str] | None:
    """(end, company) for "投资54亿元的江陵恒泰首栋厂房…": a place's short name and a brand right after the
    amount's 的 (`after_de` is the offset of 的), subject of the clause that follows."""
    named = _PLACE_BRAND_AFTER.match(form, after_de + 1)
    if named is None:
        return None
    name = named.group("n")
    for k in (3, 2):
        brand = name[k:]
        if mainland_place(name[:k]) and 2 <= len(brand) <= 4 and not _NOT_BRAND_END.search(name) \
                and not mainland_place(brand) and not _INDUSTRY_HEAD.search(brand):
            return named.end(), text[named.start() : named.end()]
    return None


# several projects counted right before the amount's cue: 三个总投资…的产业项目
_COUNT_RIGHT_BEFORE = re.compile(r"[\d一二三四五六七八九十两]+\s*(?:多|余)?(?:个|项|批)(?:,|和|及)?(?:拟|计划|预计)?$")


def counted_before(form: str, cue_start: int) -> bool:
    """Whether a count stands right before the amount's cue (N个总投资…的项目: a total over N projects)."""
    return _COUNT_RIGHT_BEFORE.search(form, max(0, cue_start - 10), cue_start) is not None


def plan_spent(project_ends: list[int], cue_end: int, at: int) -> bool:
    """Whether a project's amount stands between a plan word and the number at `at` (X拟N亿元投建三个…项目,
    预计投资额合计N亿元,占净资产比例为70%): the plan word belongs to the project, and the count or share after it
    describes the project rather than a plan of its own."""
    i = bisect.bisect_right(project_ends, cue_end)
    return i < len(project_ends) and project_ends[i] <= at


def total_given(form: str, at: int, before_clause: bool = False) -> bool:
    """Whether the paragraph gives a total before `at` (总投资…): a phase after it is a part of that total, its
    investor named only on the total; with `before_clause`, only a total told before the amount's own clause (a
    phase's own total, 其中一期工程计划总投资N, is no such total)."""
    para = form.rfind("\n", 0, at) + 1
    end = max(para, max(form.rfind(c, para, at) for c in _CLAUSE_END) + 1) if before_clause else at
    return "总投" in form[para:end]


def lead_end(form: str, lo: int, hi: int) -> int:
    """Where the clause form[lo:hi] starts after its leading words (a date, a time, a connective)."""
    lead = _LEAD.match(form, lo, hi)
    return lead.end() if lead else lo
