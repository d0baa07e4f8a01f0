"""Settling the investor a Chinese project rule read, once the structure is read (`subject_zh`): each party of a
venture is the company its clause opens with; what is no part of a name is dropped (公司全资子公司X → X, a product
after a brand, a stock ticker between a name and its legal form); a government's amount with no named project is
no company's project, nor is the total of several projects; a word naming no company (此次, 控股公司), or a phase or
bare project with no total before it, gives way to the company the sentence is about; the agent of the clause
before the amount (由X投资建设,总投资N亿元) or after the project (由X联合…共同投资) invests."""

from __future__ import annotations

import re

from app.extract.company_zh import known_names, the_company
from app.extract.names_zh import government, legal_form_alone, legal_name, not_a_name, tidy_investor, tidy_span
from app.extract.orgs import mainland_place, zh_org_before
from app.extract.referred_zh import referred_owner
from app.extract.short_zh import defined_names, refers_back
from app.extract.subject_zh import (
    agent_after,
    by_name,
    clause_subject,
    clauses_before,
    lead_end,
    subject_before,
    subject_investor,
    total_given,
)
from app.extract.textprep import match_form
from app.extract.zh_investor_words import bare_project, not_an_investor, place_led_name, project_named

_SEVERAL = re.compile(r"多家|数家|几家|[\d一二三四五六七八九十两]+家|一批|大批|各类")


def agent_before(form: str, text: str, sent_start: int, at: int) -> str | None:
    """The company a clause before the amount in its sentence names as the project's agent (由X公司投资建设,
    总投资N亿元), or None."""
    for lo, hi in clauses_before(form, sent_start, at)[1:4]:
        start = lead_end(form, lo, hi)
        reference = re.match(r"(?:该|本|此)?项目", form[start : start + 3])
        start += reference.end() if reference else 0
        if form.startswith("由", start):
            kind, span = clause_subject(form, start, hi)
            if kind == "company" and span is not None and not not_an_investor(text[span[0] : span[1]]):
                return text[span[0] : span[1]]
    return None


# a project's name opening a clause before the agent: X项目由Y(具体)实施
_SUBSIDIARY = re.compile(r"(?:全资|控股)?(?:子公司|孙公司)(?=[\u4e00-\u9fff]{4})")
_NAMED_PROJECT_LEAD = re.compile(r"[^,。;:!?\n由]{2,40}?(?:项目|基地|工厂|产业园|工程|电站)(?=由)")


def named_agent(form: str, text: str, sent_start: int, at: int) -> str | None:
    """The company that names itself in the amount's sentence, for an investor that is only a guess read from the
    project's own words (肉鸡 of 肉鸡产业化项目, 风力 of 风力发电项目): the agent of a clause before the amount that
    opens with the project's name or a reference to it (X项目由Y公司具体实施,项目总投资N), else the company the
    clause of the amount (or one before it in the sentence) opens with, by its name (a legal name or a short name
    the article establishes); None when the sentence names no company."""
    for lo, hi in clauses_before(form, sent_start, at)[1:4]:
        start = lead_end(form, lo, hi)
        lead = _NAMED_PROJECT_LEAD.match(form, start, hi)
        if lead is not None:
            kind, span = clause_subject(form, lead.end(), hi)
            if kind == "company" and span is not None and not not_an_investor(text[span[0] : span[1]]):
                sub = _SUBSIDIARY.search(form, span[0], span[1])  # X全资子公司Y: Y, the subsidiary that carries it
                lo = sub.end() if sub is not None and legal_name(form[sub.end() : span[1]]) else span[0]
                return text[lo : span[1]]
    kind, span = subject_before(form, sent_start, at)
    if kind != "company" or span is None or span[0] < sent_start or not by_name(form, span) \
            or not_an_investor(text[span[0] : span[1]]):
        return None
    example = _EXAMPLE.match(form, span[0], span[1])
    stop = min((i for i in (form.find(c, at) for c in "。;!?\n") if i >= 0), default=len(form))
    if example is not None and legal_name(form[example.end() : span[1]]) and form.rfind("等", at, stop) >= 0:
        return text[example.end() : span[1]]  # 如X股份有限公司在…投资N的…项目、…等: X, the first example
    return text[span[0] : span[1]]


_EXAMPLE = re.compile(r"(?:例如|比如|诸如|譬如|如)(?=[\u4e00-\u9fffA-Za-z]{4})")


_INVESTS_AT_END = re.compile(r"(?:独资|全资)?(?:投资建设|投资兴建|出资建设|投资|出资|投建)$")


def investing_clause(form: str, text: str, sent_start: int, at: int) -> str | None:
    """The company by its legal form that the clause right before the amount's ends with as the one investing (…项目,
    X集团投资,总投资N亿元), or None."""
    hi = max(form.rfind(",", sent_start, at), form.rfind("，", sent_start, at))  # the clause before the amount's
    if hi <= sent_start or not form.startswith(("资", "设", "建"), hi - 1):
        return None
    lo = max(sent_start, max(form.rfind(c, sent_start, hi) for c in ",，:;") + 1)
    verb = _INVESTS_AT_END.search(form, lo, hi)
    org = zh_org_before(form[lo : verb.start()]) if verb is not None else None
    if verb is None or org is None or lo + org[1] != verb.start():
        return None
    name = tidy_investor(re.sub(r"^(?:并由|由|又|也|还|并|且|再)", "", text[lo + org[0] : lo + org[1]]))
    return name if legal_name(name) and not government(name) else None


# a capital increase's giver and receiver: X(拟)(以自有资金)向/对Y增资N; Y获得X(的)增资N
_INCREASE_RIGHT_BEFORE = re.compile(r"(?:增资|注资)(?:约|人民币|合计|共计|\s)*$")
_TO_RECEIVER = re.compile(r"(?:向|对)(?:其)?(?:全资|控股|下属)?(?:子公司|孙公司)?[^,。;:!?\n]{2,30}$")
_FROM_GIVER = re.compile(r"(?:获得|获|接受|引入)(?P<x>[^,。;:!?\n]{2,30}?)(?:的)?$")


def capital_giver(form: str, text: str, sent_start: int, at: int) -> str | None:
    """The company that gives a capital increase whose amount stands at `at` (X向Y增资N亿元: X; Y获得X增资N亿元: X),
    not the company that receives it; None when the amount is no capital increase."""
    cue = _INCREASE_RIGHT_BEFORE.search(form, max(sent_start, at - 8), at)
    if cue is None:
        return None
    clause_lo = max(max(form.rfind(c, sent_start, cue.start()) for c in ",。;:!?\n") + 1, sent_start)
    giver = _FROM_GIVER.search(form, clause_lo, cue.start())
    if giver is not None:
        lo, hi = tidy_span(form, *giver.span("x"))
        return text[lo:hi] if hi - lo >= 2 and not not_a_name(text[lo:hi]) else None
    receiver = _TO_RECEIVER.search(form, clause_lo, cue.start())
    if receiver is None:
        return None
    kind, span = clause_subject(form, clause_lo, receiver.start())
    return text[span[0] : span[1]] if kind == "company" and span is not None else None


# the project referred back to later with its agent: …二期项目总投资N亿元…。本次项目由X公司主导建设
_REFERENCED_AGENT = re.compile(r"(?:本次|该|此|这一)项目(?:将|已|主要)?由")


def referenced_agent(form: str, text: str, end: int) -> str | None:
    """The company a later sentence names as the agent of "this project" (本次项目由X主导建设), within the next few
    hundred characters, when a project's amount names no owner (二期项目总投资N亿元)."""
    ref = _REFERENCED_AGENT.search(form, end, min(len(form), end + 400))
    if ref is None:
        return None
    hi = min((i for i in (form.find(c, ref.end()) for c in ",。;!?\n") if i >= 0), default=len(form))
    kind, span = clause_subject(form, ref.end(), hi)
    return text[span[0] : span[1]] if kind == "company" and span is not None else None


def own_clause_company(form: str, text: str, sent_start: int, at: int) -> str | None:
    """The company opening the clause of the amount at `at` (其中X认缴N亿元, Y认缴M亿元: X, then Y), or None."""
    clauses = clauses_before(form, sent_start, at)
    if not clauses:
        return None
    kind, span = clause_subject(form, *clauses[0])
    return text[span[0] : span[1]] if kind == "company" and span is not None else None


# several projects: counted inside the project's name told before the amount (not 总投资N亿元的X和Y两个项目, each
# amount its own) or at the name's start (总投资N亿元的五个…项目), or counted right before the amount's total (also
# agreements or contracts counted, …协议N个,总投资额…)
_COUNT_IN_NAME = re.compile(r"[\d一二三四五六七八九十两几]+\s*(?:个|项|批)")
_COUNTED_JUST_BEFORE = re.compile(
    r"(?:项目|协议|合同)\s*(?:共|有|共有|合计)?\s*[\d一二三四五六七八九十两几]+\s*[个项份][,、]?\s*(?:计划)?(?:总投资|投资总额)(?:额)?"
    r"(?:约为|约|为|达|超过|逾|近|\s)*$"
)


# an amount the sentence's parties signed for: 签订了总投资N亿元的…
_SIGNED_FOR = re.compile(r"签(?:订|署|下)了?(?:总投资|投资总额|投资)(?:额)?(?:约为|约|为|达|超过|\s)*$")


# a place signing with a party, right before the signed amount: 江州(市)与X签订了(总投资N)
_PLACE_SIGNS_WITH = re.compile(
    r"(?P<place>[\u4e00-\u9fff]{2,12}?)(?:人民政府|政府|管委会)?与(?P<org>[^,。;:!?\n与和及]{2,24}?)签(?:订|署|下)了?"
    r"(?:总投资|投资总额|投资)(?:额)?(?:约为|约|为|达|超过|\s)*$")


def place_signs_with(form: str, text: str, sent_start: int, at: int) -> str | None:
    """The party a place or its government signs with for the amount at `at` (江州与新加坡X团体签订了投资总额达N的
    合作协议: X), when the signing's subject is a place and the party is no place or government; else None."""
    clause = max(form.rfind(c, sent_start, at) for c in ",;:") + 1
    signed = _PLACE_SIGNS_WITH.search(form, max(sent_start, clause), at)
    if signed is None:
        return None
    place = signed.group("place")
    if not (government(place) or mainland_place(place) or mainland_place(re.sub(r"[市县区]$", "", place))):
        return None
    org = signed.group("org")
    if government(org) or mainland_place(org) or not_a_name(org):
        return None
    return tidy_investor(text[signed.start("org") : signed.end("org")]) or None


# a stock ticker left between a company's name and its legal form: 银星能源[10.83 0.93%]股份公司
_TICKER_BEFORE = re.compile(r"(?P<n>[\u4e00-\u9fffA-Za-z]{2,10})\s*[\[(][\d.\s%+-]{3,24}[\])]\s*$")


def ticker_named(form: str, text: str, legal_form: str, sent_start: int, at: int) -> str | None:
    """The name before a stock ticker that cut a company's legal form from it (X[10.83 0.93%]股份公司: X)."""
    pos = form.rfind(match_form(legal_form).strip(), sent_start, at)
    ticker = _TICKER_BEFORE.search(form, max(sent_start, pos - 40), pos) if pos >= 0 else None
    if ticker is None:
        return None
    lo, hi = tidy_span(form, *ticker.span("n"))
    lead = re.match(r".*[,。;:!?\s]", form[lo:hi])
    lo = lo + lead.end() if lead else lo
    return text[lo:hi] if hi - lo >= 2 and not not_an_investor(text[lo:hi]) else None


def _guessed(form: str, investor: str) -> bool:
    """Whether a name read from a project's own words (现代中药 of 现代中药产业化项目) is only a guess: no legal name
    and no short name the article establishes, so that the agent the text names (由X收购) comes first."""
    name = match_form(investor).strip()
    return not legal_name(name) and all(known != name for _, known in known_names(form))


def _instead_of_guess(form: str, guess: str, agent: str) -> str:
    """The sentence's company `agent` instead of a name read from a project's own words, unless that name is a
    company the article names: the start of a name it establishes (星河 of 星河物流配送中心项目, 星河物流 established),
    or one going on from such a name when the agent is not that company's too (美的楼宇科技 gives way to 美的集团,
    not to another company)."""
    if not agent:
        return guess
    name, other = match_form(guess).strip(), match_form(agent).strip()
    for _, known in known_names(form):
        if known.startswith(name) or name.startswith(known) and not other.startswith(known):
            return guess
    return agent


def _placed(form: str, investor: str, sent_start: int, at: int) -> bool:
    """Whether the rule's investor is where the money goes, not who spends it: the word right after 在 (X计划在Y投资N,
    在Y建设…), a place by its position whatever the gazetteer knows; a legal name stays a company."""
    pos = form.rfind(match_form(investor).strip(), sent_start, at)
    return pos > sent_start and form[pos - 1] == "在" and not legal_name(investor)


def settle_investor(form: str, text: str, investor: str | None, project: str | None, part: str,
                    where: tuple[int, int, int]) -> tuple[bool, str | None]:
    """(whether the rules' project stands, its investor) after the structure is read: each party of a venture is
    the company its clause opens with; what is no part of a name is dropped; a government's amount with no named
    project is no company's project; a word naming no company (此次, 控股公司), or a phase or bare project with no
    total before it, gives way to the company the sentence is about; a name read from a project's own name that
    opens with a place gives way to the agent after it (由X…投资). `where` is (sentence start, amount start,
    end of the rules' evidence)."""
    sent_start, at, end = where
    if part == "share":  # 其中X认缴N亿元, Y认缴M亿元: each party its own
        investor = own_clause_company(form, text, sent_start, at) or investor
    investor = capital_giver(form, text, sent_start, at) or investor  # X向Y增资N: X, not Y
    if investor:
        investor = tidy_investor(investor) or None
    if investor and legal_form_alone(investor):
        investor = ticker_named(form, text, investor, sent_start, at) or investor  # X[10.83 0.93%]股份公司: X
    if investor and (not_a_name(investor) or project_named(investor) or _placed(form, investor, sent_start, at)):
        # 宣布, 二是, 股份公司, 3GW, 江州项目, the place of 在X投资: the
        # company the sentence is about, or none
        investor = subject_investor(form, text, sent_start, at)
    if project is None and government(investor) or investor and _SEVERAL.search(match_form(investor)):
        return False, None  # a government's amount, or several companies' (多家央企…): no company's project
    name = match_form(project or "").strip()
    named_before = bool(name) and name in form[max(sent_start, at - 60) : at]
    if named_before and _COUNT_IN_NAME.search(name) or _COUNT_IN_NAME.match(name) \
            or _COUNTED_JUST_BEFORE.search(form, max(0, at - 30), at):
        return False, None  # 这次开工的六个…项目总投资…, …园签约项目5个,总投资…: several projects' total
    phase = not investor and (part == "phase" or bare_project(project))
    bare = phase and not total_given(form, at)
    own_total = phase and not bare and not total_given(form, at, before_clause=True)  # 其中一期工程计划总投资N
    if own_total:  # 二期项目总投资N亿元…。本次项目由X主导建设: the agent the text names for it
        investor = referenced_agent(form, text, end)
    if not_an_investor(investor) and (investor or bare):
        investor = subject_investor(form, text, sent_start, at)  # 此次, 控股公司, 二期项目: whose it is
    if not investor and own_total:  # a phase's own total, no agent: the company the paragraph is about, by its
        subject = subject_investor(form, text, sent_start, at)  # legal name (not a name read from a project's)
        investor = subject if legal_name(subject) else None
    if not investor:  # …项目,由X公司投资建设,总投资N亿元: the agent of the clause before
        investor = agent_before(form, text, sent_start, at)
    if not investor:  # 作为X在国内的第6个生产基地,Y工厂计划投资N: X, whose base it is
        investor = owner_as(form, text, sent_start, at)
    if not investor:  # …开工建设X"某某"二期项目。该项目总投资N: the owner of the project referred back to
        investor = referred_owner(form, text, sent_start)
    if not investor and (part == "phase" or bare_project(project)):  # 二期项目…。本次项目由X主导建设: X
        investor = referenced_agent(form, text, end)
    if not investor and _SIGNED_FOR.search(form, max(sent_start, at - 12), at):
        investor = subject_investor(form, text, sent_start, at)  # X与江州市签订了总投资N亿元的…项目协议: X's
        if not investor:  # 江州(市)与X签订了投资总额N的…协议: the party the place signs with
            investor = place_signs_with(form, text, sent_start, at)
    if project and (not investor and not part or investor and project.startswith(investor)):
        agent = agent_after(form, text, end)  # 由X联合…共同投资: X, not a name read from the project's
        if agent is not None and (not investor or place_led_name(investor, project) or _guessed(form, investor)):
            investor = agent
        elif agent is None and (invests := investing_clause(form, text, sent_start, at)) is not None:
            investor = invests  # …项目,X集团投资,总投资N亿元: the company the clause before names
    if not part and form.find("是", end, end + 120) >= 0 and (not investor or place_led_name(investor, project)
                                                             or project and project.startswith(investor)):
        said = owner_said_after(form, text, end)  # (江州智慧 of 江州智慧物流园项目; 星河智联 of 星河智联…项目是X集团…)
        investor = (said if not investor or place_led_name(investor, project) else _instead_of_guess(
            form, investor, said or "")) or investor
    if investor and project and project.startswith(investor) and not legal_name(investor):
        # 双汇总投资N的肉鸡…项目: 双汇, not 肉鸡 (a name read from the project's own words)
        investor = _instead_of_guess(form, investor, tidy_investor(named_agent(form, text, sent_start, at) or ""))
    funder = own_funds_after(form, text, end)
    if funder is not None:  # …总投资N万元,资金来源为X公司自有资金: X pays, whoever the paragraph spoke of before
        investor = funder
    if investor and "(" in form:  # 某某公司 defined as X有限公司's short name, 乙方 as the company's: X, the company
        investor = defined_investor(form, text, investor) or investor
    return True, investor


# 作为X(在国内)的第N个生产基地,: the facility the clause after it opens with is X's
_AS_ONES = re.compile(
    r"作为(?P<org>[^,,。;!?\n的]{2,16}?)(?:在[^,,。;!?\n的]{1,10})?的[^,,。;!?\n]{0,12}?"
    r"(?:基地|工厂|项目|产业园|园区|生产线|总部)[,,]")


def owner_as(form: str, text: str, sent_start: int, at: int) -> str | None:
    """The company an opening 作为X的…基地 names as the owner of the facility the amount's clause is about (作为X在
    国内的第6个生产基地,Y工厂计划投资N: X), or None (作为全省重点项目: a class, no company; 作为江州市的…: a place)."""
    found = _AS_ONES.search(form, sent_start, at)
    if found is None:
        return None
    name = text[found.start("org") : found.end("org")]
    return None if not_an_investor(name) or government(name) or not_a_name(name) or project_named(name) \
        or mainland_place(match_form(name)) or not legal_name(name) and _CLASS.search(match_form(name)) else name


_CLASS = re.compile(r"全|省|市|县|国家|重点|重大|龙头|示范|首批|一批")


# the money's source told after the amount in its sentence: 资金来源为X(的)自有资金 / 由X自筹
_OWN_FUNDS_AFTER = re.compile(
    r"[^。;!?\n]{0,6}?[,,]\s*(?:资金来源(?:为|是|于)|资金由|由)(?P<org>[^,,。;!?\n]{2,24}?)(?:的)?(?:自有资金|自筹资金|自筹)")


def own_funds_after(form: str, text: str, end: int) -> str | None:
    """The company whose own funds pay for the amount ending at `end`, told in the next clause of its sentence
    (…投资总额为N万元,资金来源为X公司自有资金), or None (also for a word naming no company: 公司自有资金)."""
    funds = _OWN_FUNDS_AFTER.match(form, end)
    if funds is None:
        return None
    name = tidy_investor(text[funds.start("org") : funds.end("org")])
    return name if len(name) >= 2 and not not_an_investor(name) and not government(name) else None


# the project said after its amount to be a company's: …总投资N亿元,是X自创立以来最大的投资项目
_IS_AFTER = re.compile(r"[,,](?:这|也|这也|它)?是")
_IS_RIGHT_AFTER = re.compile(r"(?:也|则|就)?是")
_OWNED_PROJECT = re.compile(r"(?:项目|基地|工厂|产业园|园区)")


def owner_said_after(form: str, text: str, end: int) -> str | None:
    """The company a clause after the amount, in its sentence, says the project is of (…,是X…最大的投资项目), or
    None (…,是全市最大的项目: a place's)."""
    stop = min((i for i in (form.find(c, end, end + 120) for c in "。;!?\n") if i >= 0), default=end + 120)
    said = _IS_RIGHT_AFTER.match(form, end) or _IS_AFTER.search(form, end, stop)  # (…项目是X实施的…项目)
    if said is None:
        return None
    hi = min((i for i in (form.find(c, said.end(), stop) for c in ",,") if i >= 0), default=stop)
    kind, span = clause_subject(form, said.end(), hi)
    if kind != "company" or span is None or not _OWNED_PROJECT.search(form, span[1], hi) \
            or not_an_investor(text[span[0] : span[1]]) or project_named(text[span[0] : span[1]]):
        return None
    return text[span[0] : span[1]]


def defined_investor(form: str, text: str, investor: str) -> str | None:
    """The company an investor read as a name the article defines stands for, shown as the analyst reads the
    article: X有限公司(以下简称"某某公司") … 某某公司 (or X有限公司 itself): "X有限公司（某某公司）", the full legal
    name with the short name the article uses after it; 该公司(乙方) … 乙方拟…: the company 该公司 refers to
    (never 乙方 itself, a party's label); None when the investor is no defined name (also when it opens with one
    and goes on with words of a name: 乙方集团)."""
    name = match_form(investor).strip()
    for alias, end in defined_names(form):
        full = _defined_full(form, text, end)
        if full is not None and alias[1:] != "方" and match_form(full) == name:
            return _with_short(form, text, full, alias, end)  # the full name itself: its short name after it
        if not name.startswith(alias) or len(name) > len(alias) and not not_a_name(name[len(alias) :]) \
                and not _CLAUSE_AFTER_ALIAS.match(name, len(alias)):
            continue
        if full is not None:
            return full if alias[1:] == "方" else _with_short(form, text, full, alias, end)
        if refers_back(form[max(0, end - 3) : end]):
            back = the_company(form, end)
            if back is not None:
                return text[back[0] : back[1]]
    return None


def _defined_full(form: str, text: str, end: int) -> str | None:
    """The legal name a definition at `end` follows (X有限公司|(以下简称…)), or None."""
    org = zh_org_before(form[max(0, end - 30) : end])
    if org is None or org[1] != min(end, 30):
        return None
    lo, hi = tidy_span(form, max(0, end - 30) + org[0], end)
    sub = _SUBSIDIARY.search(form, lo, hi)  # 星河控股子公司X有限公司(以下简称…): X, the name defined
    lo = sub.end() if sub is not None and legal_name(form[sub.end() : hi]) else lo
    return text[lo:hi] if hi - lo >= 4 and not not_an_investor(text[lo:hi]) else None


def _with_short(form: str, text: str, full: str, alias: str, end: int) -> str:
    """"Full（Short）": the full legal name and the short name the article defines for it, as written."""
    at = form.find(alias, end, end + 16)
    return f"{full}（{text[at : at + len(alias)] if at >= 0 else alias}）"


_CLAUSE_AFTER_ALIAS = re.compile(r"(?:拟|将|计划|已|通过|在|于|与|和|投资|出资|的)")
