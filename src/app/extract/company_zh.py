"""One company's investment in one project, in Chinese news language (the rules tried after the project
rules of `projects.py` find nothing):

- the company's plan in one sentence: "X拟在…投资建设…项目,项目总投资不超过N亿元", "X发布公告称,拟…建…基地,
  总投资不超过N亿元" (the subject "公司" stands for the company the article names);
- the topic of the sentence, a named project, carrying a later bare "总投资N亿元" in that sentence, and
  "该项目总投资N亿元" carrying the project named in the sentence before;
- the completed investment of a project whose total was given just before in the sentence
  ("…项目总投资29亿元,已完成投资29亿元");
- the parts of one project's investment ("总投资70亿元,其中土建投资30亿元、设备投资30亿元");
- a joint venture's registered capital and a company's share of it ("合资公司注册资本为25亿元,其中公司出资13.5亿元").

The company's short name (宁德时代, 比亚迪) is known from the article itself: the name before a stock code
("宁德时代(300750)"), before an announcement ("X发布公告称"), or opening a clause before a plan verb
("X拟在…投资"); names with an organisation suffix are found by `orgs`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from app.extract.names_zh import CLAUSE_OPENING, NO_SUBJECT, PLACE_HEAD
from app.extract.orgs import mainland_place as _mainland_place
from app.extract.orgs import zh_investor_from_name, zh_org_before
from app.extract.pinyin_zh import PINYIN, without_pinyin
from app.extract.short_zh import short_names
from app.extract.textprep import match_form

# the amount's own cue: "项目总投资不超过人民币", "该项目总投资", "总投", "投资总额将达到"
TOTAL_CUE = re.compile(
    r"(?P<ref>该|本|此|这一)?(?P<proj>项目)?(?:计划|规划|预计)?(?:总投资(?:金)?额?|投资总额|投资[估概]算(?:总值|总额)?|估算总投资额?|总投(?!资)|总投入)"
    r"(?:将|预计|拟|计划)?(?:约为|约|达到|达|为|是|超过|不超过|不超|不低于|超|近|逾|高达|共计|人民币|不|\s)*$"
)
_BARE_TOTAL = re.compile(r"\s*(?:项目|该项目)?(?:计划|预计|规划)?(?:总投资额?|投资总额|总投(?!资))")
# the plan clause of one company: "拟在四川宜宾市建动力电池制造基地", "拟通过全资子公司…在…投资建设…项目"
PLAN_CLAUSE = re.compile(
    r"(?:拟|将|计划|准备|决定|预计|已)(?:再|继续|追加)?(?:通过[^,。;:!?\n]{1,30}?)?(?:在|于|到|赴)?[^,。;:!?\n]{0,24}?"
    r"(?:投资建设|投资新建|投资兴建|投资扩建|建设|新建|扩建|兴建|建|布局|打造|设立)"
    r"[^,。;:!?\n]{1,40}?(?:项目|基地|工厂|产业园|生产线|中心|园区)"
)
# a plan carried out through a subsidiary named after it: 拟通过(其)全资子公司Y在…
_VIA_SUBSIDIARY = re.compile(
    r"(?:拟|将|计划|准备|决定|预计|已)(?:再|继续|追加)?通过(?:其|公司)?(?:的)?(?:全资|控股|下属)?(?:子公司|孙公司)")
_VIA_NAME_END = re.compile(r"在|于|到|赴|投资|建设|新建")
_PLAN_LIST = re.compile(
    r"(?:拟|将|计划|准备|决定)(?:在|于|到)?[^,。;:!?\n]{0,12}?(?:投资建设|投资新建|投资兴建|建设|新建|布局|打造)"
    r"[^。;:!?\n]{1,150}?等(?:项目|产业项目)"
)
_COUNTED = re.compile(r"[\d一二三四五六七八九十两]+\s*(?:个|项|批)|(?:全|我|各)[市县区省州旗盟]")
# a short name the article uses for a company: each found from a literal cue, then the name read backwards
# (a scan from the cue is several times cheaper than a pattern that opens with the name)
_STOCK_CODE = re.compile(r"\((?:\d{6}|\d{6}\.S[HZ]|(?:S[HZ]|BJ)[:.]?\d{6}|\d{6}\.BJ|\d{4,5}\.HK|HK[:.]?\d{4,5})\)")
_ANNOUNCE_CUE = re.compile(r"公告|董事会")
# `(?:还|也|又)?(?:拟|将|计划|决定)` + _PLAN_REST written out as alternatives that each open with a character, in the
# order the optional word is tried: the regex engine then skips to those characters (3-4x faster; the matches are
# the same, tests/extract/test_fast_scans.py)
_PLAN_REST = r"(?:再|继续|追加)?(?:在|于|通过|投资|投|建设|新建|扩建|加快)"
_PLAN_CUE = re.compile("|".join(f"{also}(?:拟|将|计划|决定){_PLAN_REST}" for also in "还也又") + "|"
                       + "|".join(f"{plan}{_PLAN_REST}" for plan in ("拟", "将", "计划", "决定")))
_NAME_BEFORE = {
    "code": re.compile(r"(?P<n>[\u4e00-\u9fffA-Za-z]{2,8})$"),
    "announce": re.compile(
        r"(?:^|(?<=[,。;:!?\n\s)\]】]))(?P<n>[\u4e00-\u9fffA-Za-z]{2,8}?)"
        r"(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日)?"  # (X11月9日晚间发布公告: the date the announcer announced on)
        r"(?:同日|近日|日前|当日|晚间|也|还|再次|正式|今日|昨日)?(?:发布|发布的)?$"
    ),
    "plan": re.compile(
        r"(?:^|(?<=[,。;:!?\n]))(?:此外|同时|另外|其中|近日|日前|此前|据悉|而)?,?(?P<n>[\u4e00-\u9fffA-Za-z]{2,8}?)$"
    ),
}
# the plan cue's words of building, or an adverb before it (X还将建设…): read only where no clause word or place opens
_BUILD_CUE = re.compile(r"^(?:还|也|又)|(?:建设|新建|扩建|加快)$")
# words opening a clause with no name: a clause without a subject, a verb, a place
_NO_NAME_OPENING = re.compile(f"(?:{NO_SUBJECT.pattern}|{CLAUSE_OPENING.pattern}|{PLACE_HEAD.pattern})")
_NAME_TAIL = re.compile(r"(?:同日|近日|日前|当日|晚间|也|还|再次|正式|今日|昨日)?(?:发布的?)?$")
_NOT_A_NAME = re.compile(
    r"[省市县区镇乡村局委办厅]$|新区$|政府$|园区$|开发区$|部门$|企业$|单位$|双方$|我们$|[皆均都]$|^(?:第[\d一二三四五六七八九十]{1,2}期|[首一二三四五分]期|全|我|本|该|此|其|各|今|明|去|当|共"
    r"|累计|企业|公司|项目|社会|民间|外资|内资|国有|固定|年度|计划|总|新增|实际|协议|合同|这|那|他|她|它|记者|据|双方|同时|此外)"
)
_TIME_LEAD = re.compile(
    r"^(?:\d{1,2}月\d{1,2}日(?:上午|下午|晚间|晚)?|\d{4}年\d{1,2}月(?:\d{1,2}日)?|近日|日前|此前|同日|此外|同时|另外|其中|据悉"
    r"|据了解|而|目前|今年|昨日|昨天|当天|据此|另据|(?:去年|今年|前年)?\d{1,2}月(?:\d{1,2}日)?|周[一二三四五六日]|星期[一二三四五六日天]"
    r"|旗下|大会上|会上|现场)+,?"
)
# the parties of a signing: a company and a place or its government ("远帆科技与江城经济开发区…签约", "江州市政府与远帆
# 科技有限公司在南京签约", "江州市与远帆科技就…项目举行签约仪式"): the party that is not the place is a company
_SIGN_CUE = re.compile(r"签(?:约|订|署)")
_PLACE_PARTY = (r"[\u4e00-\u9fff]{1,14}?(?:省|市|区|县|州|镇|旗|盟|政府|管委会|合作区|开发区|高新区|经开区|新区|园区)"
                r"(?:人民政府|政府|管委会)?")
_COMPANY_FIRST = re.compile(
    r"(?:^|(?<=[,。;:!?\n\s]))(?P<n>[\u4e00-\u9fffA-Za-z]{2,18}?)(?:就|也|已|正式|今天|昨天|当天)?与" + _PLACE_PARTY
)
_PLACE_FIRST = re.compile(
    _PLACE_PARTY + r"与(?P<n>[\u4e00-\u9fffA-Za-z()]{2,20}?)(?=就|在|于|正式|签|举行|成功|顺利|共同|达成|完成)"
)
# the short name inside a full one: 远帆|科技有限公司, 晨星|电子集团
_SHORT_END = re.compile(
    r"科技|集团|股份|有限|控股|实业|汽车|电子|新能源|能源|工业|电气|电器|材料|智能|精密|国际|投资|发展"
)
# the company itself referred to: 公司, 该公司, 本公司
_THE_COMPANY = re.compile(r"(?:该|本|其)?公司$")
_COMPLETED_CUE = re.compile(
    r"(?:截至目前|截至\S{0,8}?月底|目前|累计|共|已经|已)*(?:已|累计)?完成(?:了)?(?:投资|投资额)(?:约|达|超过|近|逾)?$"
)
# (a source of the money is a part too: 其中自有资金N, 银行贷款N, 申请融资N, 自筹N, 项目资本金N; so is a cost item of
# the budget: 建设期利息N, 工程建设其他费用N, 预备费N)
_PART_NOUN = r"(?:投资|资金|资本金|贷款|融资|自筹|借款|外资|内资|利息|费用|(?:预备|购置|安装|建设|工程|设备)费)"
_PART_CUE = re.compile(
    r"其中[^,。;!?\n]{0,12}?" + _PART_NOUN + r"(?:约为|约|达|为)?$"
    r"|(?<=,)[^,。;!?\n]{1,12}?" + _PART_NOUN + r"(?:约为|约|达|为)?$"
)
_INVESTS_CUE = re.compile(r"(?:拟|计划|将|决定)(?:再|追加|继续)?(?:投资|投入|投)(?:不超过|不超|约|超过|人民币|不|\s)*$")
_BUILDS_AFTER = re.compile(
    r"(?:人民币)?,?(?:用于|建设|新建|扩建|扩产|打造|布局|在[^,。;!?\n]{1,8}(?:建设|新建))[^,。;!?\n]{0,24}?"
    r"(?:项目|基地|工厂|产业园|园区|中心|生产线|总部)"
)
_PHASE_CUE = re.compile(
    r"(?:首期|一期|二期|三期|四期|首批|先期)(?:项目|工程)?(?:计划|拟|预计)?总?(?:投资|投入)额?"
    r"(?:约为|约|达到|达|为|超过|近|逾|人民币|\s)*$"
)
_BY_COMPANY = re.compile(r"由(?P<org>[\u4e00-\u9fffA-Za-z]{2,16}?)(?:投资建设|投资兴建|出资建设|投资|承建|建设)")
_AMOUNT = re.compile(r"[\d.]+\s*(?:亿|万)?元")
_REG_CAPITAL = re.compile(r"(?:合资公司|合资企业|合营公司|新公司)(?:的)?注册资本(?:金)?(?:拟|将)?(?:为|约|达|是)?$")
_SHARE_OF_JV = re.compile(r"其中(?P<who>[^,。;!?\n]{2,12}?)(?:拟|将|计划)?(?:出资|认缴)(?:约|为)?$")
_TOPIC_LEAD = re.compile(
    r"\s*(?:[\d一二三四五六七八九十]{1,2}[,.、)]\s*)?(?:而|其中|同时|此外|另外|目前|其次|再次|当前|如今|眼下|据悉|据了解|近日|日前)?,?"
)
_INVESTED_BY = re.compile(
    r"(?P<org>[\u4e00-\u9fffA-Za-z]{2,10}?)(?:此次|本次|近期|近日|今年|去年|计划|拟|将|已|首期)*"
    r"(?:在[^,。;:!?\n]{1,10}?)?(?:投资|投建|投资建设|出资|兴建)"
)
# a clause opening with the project referred back to (项目将…, 该项目位于…): what follows is no project's name
_REFERENCE_OPENING = re.compile(r"(?:该|本|此|这一)?项目(?!公司|部|组|办)")
_TOPIC_NAME = re.compile(
    r"(?P<name>(?:[^,。;:!?\n\"()]|,(?=\d)|\([^,。()\n]{1,10}\)){2,45}?"
    r"(?:项目|产业园|工业园|基地|工程|数据中心|工厂|综合体|电站))"
)
_COUNT_AFTER = re.compile(r"\s*(?:共|有|计|合计|总计)?\s*[\d一二三四五六七八九十百千]+\s*(?:个|项|家|批)")
_PLURAL = re.compile(
    r"\d+\s*(?:个|项|批|家)|(?:全|我|各)[市县区省州旗盟]|类|以上|重大|重点|新开工|在建|签约|集中|一批|各类|等|实施|共有|续建|储备|招商|引资|这些|多个|若干|洽谈|在谈"
)


@lru_cache(maxsize=4)
def known_names(form: str) -> tuple[tuple[int, str], ...]:
    """(position, name) of the company short names the article establishes, in order of appearance; a name
    written with inline pinyin (宁德时(shí)代) is read without it and given as written."""
    plain, where = without_pinyin(form) if "(" in form and PINYIN.search(form) else (form, None)
    found: list[tuple[int, str]] = []
    for cue, kind in ((_STOCK_CODE, "code"), (_ANNOUNCE_CUE, "announce"), (_PLAN_CUE, "plan")):
        for c in cue.finditer(plain):
            if kind == "announce" and plain.startswith("公告", c.start()) and not (
                    plain.startswith(("公告称", "公告显示"), c.start()) or plain[c.end() : c.end() + 1] in ",:"
                    or plain[c.start() - 2 : c.start()] in ("发布", "布的")):
                continue  # 公告 as a noun (…的公告中): no announcer before it
            m = _NAME_BEFORE[kind].search(plain, max(0, c.start() - 16), c.start())
            if m is None:
                continue
            core = _TIME_LEAD.sub("", m.group("n"))
            name = _NAME_TAIL.sub("", core)
            if len(name) < 2 or _NOT_A_NAME.search(name) or name.startswith(("公司", "该")) \
                    or kind == "plan" and _BUILD_CUE.search(c.group()) and _NO_NAME_OPENING.match(name):
                continue  # (届时将建设…, 江州还将新建…: no name)
            start = m.end("n") - (len(core) - len(name)) - len(name)
            if where is None:
                found.append((start, name))
            else:
                found.append((where[start], form[where[start] : where[start + len(name) - 1] + 1]))
    for c in _SIGN_CUE.finditer(plain):
        for name, start in _signing_parties(plain, c.start()):
            found.append((start, name) if where is None
                         else (where[start], form[where[start] : where[start + len(name) - 1] + 1]))
    for start, name in short_names(plain):  # 山东某某轮胎股份有限公司 … 某某轮胎还将…: its short name
        found.append((start, name) if where is None
                     else (where[start], form[where[start] : where[start + len(name) - 1] + 1]))
    found.sort()
    return tuple(found)


def _signing_parties(plain: str, cue: int) -> list[tuple[str, int]]:
    """The company of a signing before the cue at `cue`, and its short name when it is written in full:
    (name, start) pairs."""
    lo = max(0, cue - 60)
    m = None
    if plain.find("与", lo, cue) < 0:
        return []  # (both patterns hold a 与 within the window: without one neither matches)
    for pattern in (_COMPANY_FIRST, _PLACE_FIRST):
        m = max(pattern.finditer(plain, lo, cue), key=lambda x: x.start(), default=None)
        if m is not None:
            break
    if m is None or plain.find("。", m.end(), cue) >= 0:
        return []
    core = _TIME_LEAD.sub("", m.group("n"))
    start = m.end("n") - len(core)
    org = zh_org_before(core)
    if org is not None and org[1] == len(core):
        start, core = start + org[0], core[org[0] :]
    if len(core) < 2 or _NOT_A_NAME.search(core) or re.search(_PLACE_PARTY + "$", core):
        return []
    out = [(core, start)]
    short = _SHORT_END.search(core, 2)
    if short is not None and short.start() <= 5 and org is not None and not _NOT_A_NAME.search(core[: short.start()]) \
            and not _mainland_place(core[: short.start()]):
        out.append((core[: short.start()], start))
    return out


def company_in(form: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The company named in form[lo:hi]: an organisation suffix name, or a short name the article uses;
    the last one."""
    names = {n for _, n in known_names(form)}
    best: tuple[int, int] | None = None
    for name in names:
        at = form.rfind(name, lo, hi)
        if at >= 0 and (best is None or at > best[0] or at == best[0] and at + len(name) > best[1]):
            best = (at, at + len(name))  # (the longer of two names at one place: 旅游集团, not its 旅游)
    org = zh_org_before(form[lo:hi])
    if (org is not None and not _THE_COMPANY.fullmatch(form[lo + org[0] : lo + org[1]])
            and (best is None or lo + org[0] > best[0])):
        best = (lo + org[0], lo + org[1])
    return best


def the_company(form: str, before: int) -> tuple[int, int] | None:
    """The company "公司" stands for: the last short name the article established before `before`."""
    names = [(p, n) for p, n in known_names(form) if p < before]
    if not names:
        return None
    p, n = names[-1]
    return p, p + len(n)


def _investor_text(form: str, text: str, span: tuple[int, int] | None) -> str | None:
    if span is None:
        return None
    return text[span[0] : span[1]]


def plan_investor(form: str, text: str, lo: int, hi: int) -> tuple[bool, str | None]:
    """Whether form[lo:hi] holds one company's plan clause, and the company (its name as written)."""
    plan = None
    for p in PLAN_CLAUSE.finditer(form, lo, hi):
        plan = p
    listed = False
    if plan is None:  # 晨星电子集团将在临川投资建设A、B、C等项目: one company's package under one agreement
        plan = _PLAN_LIST.search(form, lo, hi)
        listed = plan is not None and _COUNTED.search(form, plan.start(), plan.end()) is None
    if plan is None or (not listed and _PLURAL.search(form, plan.start(), plan.end())):
        return False, None
    via = _VIA_SUBSIDIARY.match(form, plan.start(), plan.end()) if "子公司" in plan.group() else None
    if via is not None:  # 公司拟通过全资子公司Y在…投资建设…: the subsidiary (README: as the text names it)
        stop = _VIA_NAME_END.search(form, via.end(), plan.end())
        named = company_in(form, via.end(), stop.start() if stop is not None else plan.end())
        if named is not None and named[0] == via.end():
            return True, _investor_text(form, text, named)
    head_lo = form.rfind(",", lo, plan.start())
    clause = (head_lo + 1 if head_lo >= 0 else lo, plan.start())
    subject = form[clause[0] : clause[1]]
    span = company_in(form, clause[0], clause[1])
    if listed and span is None:
        return False, None
    if span is None and (not _TIME_LEAD.sub("", subject).strip() or _THE_COMPANY.search(subject)):
        # "宁德时代发布公告称,拟在…", "…公告,公司拟在…": the announcer in the clause before
        span = company_in(form, lo, clause[0]) or the_company(form, plan.start())
    elif span is None:
        return False, None
    return True, _investor_text(form, text, span)


def _sentence_before(form: str, sent_start: int) -> int:
    """Start of the sentence before the one starting at `sent_start` (across one line break), or -1."""
    i = sent_start - 1
    while i > 0 and form[i] in "\n \t":
        i -= 1
    if i < 1 or sent_start - i > 3:
        return -1
    i -= 1
    while i > 0 and form[i] not in "。;!?\n":
        i -= 1
    return i + 1 if i > 0 else 0


def _topic(form: str, text: str, lo: int, hi: int) -> tuple[str, str | None] | None:
    """The named project the sentence form[lo:hi] opens with: (its name, its investor), or None."""
    lead = _TOPIC_LEAD.match(form, lo, hi)
    start = lead.end() if lead else lo
    tm = _TOPIC_NAME.match(form, start, hi)
    if tm is None or _PLURAL.search(tm.group("name")) or _COUNT_AFTER.match(form, tm.end(), hi):
        return None  # 在谈项目共58个,计划总投资…: a class of projects, counted
    name_form = tm.group("name")
    if _REFERENCE_OPENING.match(name_form):
        return None  # 项目将按照…标准建设工厂: the project referred back to and what it does, no name
    cut = name_form.rfind("的")
    described = None
    if cut >= 0:  # 依托…引进的弗思创新材料项目: the name after the description
        described = _INVESTED_BY.fullmatch(name_form, 0, cut)
        name_form, start = name_form[cut + 1 :], start + cut + 1
    if len(name_form) < 4:
        return None
    investor = zh_investor_from_name(name_form)
    if described is not None and not _NOT_A_NAME.search(described.group("org")):
        # 阳光电源此次在合肥投资的储能系统项目: the subject of the description invests
        at = tm.start("name")
        return text[start : start + len(name_form)], text[at + described.start("org") : at + described.end("org")]
    known = [n for _, n in known_names(form) if name_form.startswith(n)]
    if known:
        investor = known[0]  # 宁德时代宜宾基地: the company, not "宁德时代宜宾"
    return (text[start : start + len(name_form)],
            text[start : start + len(investor)] if investor else None)


Found = tuple[int, str | None, str | None]  # (evidence start, investor, project name)
# … and which amount of the project it is: "" (its total), "completed", "part", "registered capital", "share"
FoundPart = tuple[int, str | None, str | None, str]
TotalRule = Callable[[int, int, int], Found | None]  # the project rules for an earlier total at (start, end)


def company_project(form: str, text: str, m_start: int, m_end: int, sent_start: int,
                    total_rule: TotalRule) -> FoundPart | None:
    """(evidence start, investor, project) for an amount of one company's project, or None. `total_rule`
    is `projects`' rule for one project's amount, applied to a total given earlier in the sentence."""
    left_lo = max(sent_start, m_start - 120)
    near = form[max(left_lo, m_start - 24) : m_start]  # every cue below holds a literal word: a cheap test first
    if "投" not in near and "注册资本" not in near and "出资" not in near and "认缴" not in near and "资金" not in near:
        return None
    estimated = "投资估算" in near or "投资概算" in near or "估算总投" in near
    total = TOTAL_CUE.search(form, max(left_lo, m_start - 24), m_start) if "总投" in near or estimated else None
    if total is not None:
        by = max(_BY_COMPANY.finditer(form, sent_start, total.start()), key=lambda b: b.start(), default=None)
        if by is not None and not _NOT_A_NAME.search(by.group("org")):
            # 项目由宁德时代投资建设,总投资120亿元: the company the project is built by
            return total.start(), text[by.start("org") : by.end("org")], None, ""
        named = company_in(form, max(sent_start, total.start() - 20), total.start())
        if named is not None and named[1] == total.start():  # 晨星计划总投资金额达人民币150亿元: its subject
            return named[0], _investor_text(form, text, named), None, ""
        found = _total_of_plan(form, text, total, sent_start, m_start)
        if found is not None:
            return (*found, "")
    phase = _PHASE_CUE.search(form, max(left_lo, m_start - 20), m_start) if "期" in near or "首批" in near else None
    if phase is not None and not _COUNTED.search(form, sent_start, phase.start()) \
            and not _ZH_OTHER_SUBJECT.search(form, sent_start, phase.start()):
        return phase.start(), None, None, "phase"  # 首期投资80亿元, 项目一期投资约30亿元: a part of one project
    invests = _INVESTS_CUE.search(form, max(left_lo, m_start - 16), m_start)
    if invests is not None and _BUILDS_AFTER.match(form, m_end):
        # …董事会已通过相关议案,拟投资不超过240亿元建设…基地项目: the company named before in the sentence
        span = company_in(form, sent_start, invests.start()) or the_company(form, invests.start())
        if span is not None:
            return invests.start(), _investor_text(form, text, span), None, ""
    done = _COMPLETED_CUE.search(form, max(left_lo, m_start - 20), m_start) if "完成" in near else None
    if done is not None:
        earlier = _earlier_total(form, sent_start, done.start(), total_rule)
        if earlier is not None:
            return done.start(), earlier[1], earlier[2], "completed"
    cap = _REG_CAPITAL.search(form, max(left_lo, m_start - 20), m_start) if "注册资本" in near else None
    if cap is not None:
        return cap.start(), None, None, "registered capital"
    share = (_SHARE_OF_JV.search(form, max(left_lo, m_start - 20), m_start)
             if "出资" in near or "认缴" in near else None)
    if share is not None and _REG_CAPITAL.search(form, left_lo, share.start()) is None:
        share = None if "注册资本" not in form[left_lo : share.start()] else share
    if share is not None:
        who = share.group("who")
        span = (the_company(form, share.start("who")) if _THE_COMPANY.fullmatch(who)
                else company_in(form, share.start("who"), share.end("who")))
        return share.start(), _investor_text(form, text, span), None, "share"
    part = _PART_CUE.search(form, max(left_lo, m_start - 20), m_start)
    if part is not None and (part.group().startswith("其中") or form.rfind("其中", left_lo, part.start()) >= 0):
        earlier = _earlier_total(form, sent_start, part.start(), total_rule)
        if earlier is not None:
            return part.start(), None, earlier[2], "part"  # the investor only on the total
    return None


def _total_of_plan(form: str, text: str, total: re.Match[str], sent_start: int,
                   m_start: int) -> Found | None:
    cue_start = total.start()
    if _AMOUNT.search(form, sent_start, cue_start) is None:
        is_plan, investor = plan_investor(form, text, sent_start, cue_start)
        if is_plan:
            topic = _topic(form, text, sent_start, cue_start)
            return cue_start, investor, topic[0] if topic else None
        opens = cue_start == sent_start or form[cue_start - 1] in ",。;!?\n"
        if opens and _BARE_TOTAL.match(form, cue_start, m_start):
            topic = _topic(form, text, sent_start, cue_start)
            if topic is not None and not _ZH_OTHER_SUBJECT.search(form, sent_start, cue_start):
                return cue_start, topic[1] or _signed_before(form, text, sent_start, topic[0]), topic[0]
    if total.group("ref") and total.group("proj") and _AMOUNT.search(form, sent_start, cue_start) is None:
        prev = _sentence_before(form, sent_start)
        if prev >= 0:  # 该项目总投资80亿元: the project named in the sentence before
            is_plan, investor = plan_investor(form, text, prev, sent_start)
            topic = _topic(form, text, prev, sent_start)
            if is_plan or topic is not None:
                return cue_start, investor or (topic[1] if topic else None), topic[0] if topic else None
    return None


# another subject between the topic and the amount ("…项目开工,全市总投资…"): not the topic's amount
_ZH_OTHER_SUBJECT = re.compile(r",(?:全[市县区省]|我[市县区省]|今年|全年|累计|共)")


def _earlier_total(form: str, sent_start: int, before: int, total_rule: TotalRule) -> Found | None:
    """The project whose total amount was given earlier in the sentence, before `before`."""
    amounts = list(_AMOUNT.finditer(form, sent_start, before))
    for a in reversed(amounts[-4:]):  # the total, or the parts listed after it
        if TOTAL_CUE.search(form, max(sent_start, a.start() - 24), a.start()) is not None:
            return total_rule(a.start(), a.end(), sent_start)
    return None


def _signed_before(form: str, text: str, sent_start: int, project: str) -> str | None:
    """The company of a signing told in the sentence before ("江州市与远帆科技就储能电池项目举行签约仪式。电池生产
    基地项目,…,总投资36亿元"): the project signed (就 + its name) shares words with the one described next."""
    prev = _sentence_before(form, sent_start)
    about = form.find("就", prev, sent_start) if prev >= 0 else -1
    if about < 0 or _SIGN_CUE.search(form, about, sent_start) is None:
        return None
    signed = form[about + 1 : _SIGN_CUE.search(form, about, sent_start).start()]  # type: ignore[union-attr]
    words = match_form(project)
    words = words[: len(words) - 2] if words.endswith(("项目", "基地", "工程")) else words
    if not any(words[i : i + 2] in signed for i in range(len(words) - 1)):
        return None
    return _investor_text(form, text, company_in(form, prev, about))


def paragraph_company(form: str, text: str, at: int) -> tuple[int, str] | None:
    """The company a subjectless clause speaks of ("…远帆科技首次投资20亿元…。2023年3月,签约投资60亿元打造二期项目"):
    the last company named before `at` in its paragraph, within 300 characters."""
    lo = max(form.rfind("\n", 0, at) + 1, at - 300)
    span = company_in(form, lo, at)
    return None if span is None else (span[0], text[span[0] : span[1]])


_QUOTED = re.compile(r'"([^"\n,。]{2,30})"')


@lru_cache(maxsize=4)
def signed_projects(form: str) -> tuple[tuple[str, int, int], ...]:
    """(project name, company start, company end) for the projects a company signs by name: 我市与东岳汽车集团有限公司
    就"东岳新能源汽车电池"、"东岳集团江州产业基地"两个项目进行签约 — the company as the article names it there."""
    out: list[tuple[str, int, int]] = []
    for c in _SIGN_CUE.finditer(form):
        about = form.rfind("就", max(0, c.start() - 80), c.start())
        if about < 0 or form.find("。", about, c.start()) >= 0:
            continue
        parties = _signing_parties(form, about + 1)
        if not parties:
            continue
        name, start = parties[0]
        for q in _QUOTED.finditer(form, about, c.start()):
            out.append((q.group(1), start, start + len(name)))
    return tuple(out)


def signer_of(form: str, project: str) -> tuple[int, int] | None:
    """The company that signed for the project named `project` (as written in the matching form), if any."""
    for name, s, e in signed_projects(form) if '"' in form else ():
        if project.startswith(name):
            return s, e
    return None


# 45亿元的南岳储能科技有限公司年产…项目: an organisation and its project after the amount, no verb before it
_ZH_ORG_AT_START = re.compile(r"[\u4e00-\u9fffA-Za-z()]{2,20}?(?:股份有限公司|有限责任公司|有限公司|集团公司)")
_ZH_PROJECT_WITHIN = re.compile(r"[^。;!?\n]{0,60}?(?:项目|基地|工厂|产业园)")
# 长岭能源20亿元储能电池基地一期开建: a company's name, the amount and its project, with no verb
_ZH_HEADLINE_PROJECT = re.compile(r"\s*(?![的及和与,])[^,。;!?\n]{1,16}?(?:项目|基地|工厂|产业园|数据中心|生产线)")


def org_after_amount(form: str, text: str, after_de: int) -> tuple[int, str, str] | None:
    """(end, organisation, project) for "45亿元的南岳储能科技有限公司年产…项目": an organisation with a legal
    suffix and its project right after the amount's 的 (`after_de` is the offset of 的)."""
    owner = _ZH_ORG_AT_START.match(form, after_de + 1)
    within = _ZH_PROJECT_WITHIN.match(form, owner.end()) if owner is not None else None
    if owner is None or within is None:
        return None
    return within.end(), text[owner.start() : owner.end()], text[after_de + 1 : within.end()]


# 总投资20亿元的江苏某某集团是一家…; 总投资N的A集团、总投资M的B公司: the company itself after the amount
_ZH_ORG_ALONE = re.compile(
    r"[\u4e00-\u9fffA-Za-z()]{2,20}?(?:股份有限公司|有限责任公司|有限公司|集团公司|集团|公司)(?=[,、。;!?\n]|是|和|与|及)")


def org_named_after(form: str, text: str, after_de: int) -> tuple[int, str] | None:
    """(end, company) for "总投资N亿元的江苏某某集团是一家…企业": a company by its legal form right after the
    amount's 的, with no project after it (a clause's end, 是 or a list's joint follows): the company invests."""
    owner = _ZH_ORG_ALONE.match(form, after_de + 1)
    return None if owner is None else (owner.end(), text[owner.start() : owner.end()])


def named_before_amount(form: str, text: str, sent_start: int, m_start: int,
                        m_end: int) -> tuple[int, int, str] | None:
    """(start, end, company) for "长岭能源20亿元储能电池基地一期开建": a company the article names, right before the
    amount, and the project after it, with no verb."""
    headed = company_in(form, max(sent_start, m_start - 12), m_start)
    project = _ZH_HEADLINE_PROJECT.match(form, m_end) if headed is not None and headed[1] == m_start else None
    if headed is None or project is None:
        return None
    return headed[0], project.end(), text[headed[0] : headed[1]]


# an earlier clause of the paragraph whose subject invests: "2021年5月,远帆科技首次投资20亿元"
_ZH_BRAND_SUBJECT = re.compile(
    r"(?:^|(?<=[,。;:!?\n]))(?P<org>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]{1,9}?)"
    r"(?:(?:原|曾|早已|早先|此前)?(?:近年来|多次|首次|再次|计划|拟|将|已|还|也|又|再|追加|累计))*(?:投资|投入|斥资|出资)"
)  # (原计划, 曾拟: the adverb of time is the plan's, not the name's)
NO_SUBJECT = re.compile(r"(?:签约|签订|签署|首次|再次|追加|同时|并|又|还)+")


def earlier_investor(form: str, text: str, at: int) -> str | None:
    """The subject of the last investing clause before `at` in its paragraph (within 200 characters)."""
    lo = max(form.rfind("\n", 0, at) + 1, at - 200)
    for found in reversed(list(_ZH_BRAND_SUBJECT.finditer(form, lo, at))):
        org = found.group("org")
        if not _NOT_A_NAME.search(org) and not NO_SUBJECT.fullmatch(org) and not re.search(r"\d", org):
            return text[found.start("org") : found.end("org")]
    return None
