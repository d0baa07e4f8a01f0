"""Amounts that belong to one named project or investor in Chinese ("投资315亿元的旭阳集团…项目"), and the
match they give (the English rules are in projects_en.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from app.extract.candidates import Mention
from app.extract.company_zh import (
    NO_SUBJECT,
    Found,
    company_in,
    company_project,
    earlier_investor,
    named_before_amount,
    org_after_amount,
    org_named_after,
    paragraph_company,
    signer_of,
)
from app.extract.listed_zh import (
    ZH_PROJECT_SUFFIX,
    enumerated_name_end,
    fund_set_up,
    listed_item,
    owner_before_cue,
    respective_item,
)
from app.extract.names_zh import government
from app.extract.orgs import (
    placed_brand,
    zh_investor_from_name,
    zh_org_before,
)
from app.extract.settle_zh import settle_investor
from app.extract.subject_zh import company_after_amount, company_amount, counted_before, not_a_name
from app.extract.zh_one_project import one_project, project_class

_ZH_ORG_SUFFIX_END = re.compile(r"(?:公司|集团|银行|控股|股份|厂|研究院|合作社)$")

# (总投资估算为N: an estimate is the total)
_ZH_AMOUNT_LEAD = r"(?:约为|约|达到|达|为|超过|不超过|不超|近|逾|将达到|将达|人民币|不|估算|预估|估计|概算|\s)*"
_ZH_INVEST_BEFORE = re.compile(
    r"(?:总投资|计划投资|拟投资|计划总投资|投资总额|投资额|投资|总投(?!资)|(?:合同)?引资额)" + _ZH_AMOUNT_LEAD + "$"
)
_ZH_NAME_END = re.compile(
    r"[,。;:!?、\n\"()]|(?<!\d)\.|\.(?!\d)|等|已|正在|将|于\d|计划|预计|目前|总投资|是|(?<!华)为|[和及与](?=总?投资)|各项"
)
# 以投资12亿元的复星奥鸿为龙头的生物医药产业园项目: the company leading a park is its named investor
_ZH_LEADS_AFTER = re.compile(r"为(?:龙头|主体|核心|引领|牵引)的?")
# 由澳门中小企业联合投资16亿元的…广场: the investors before the verb, after 由
_ZH_BY_BEFORE = re.compile(r"由(?P<org>[\u4e00-\u9fffA-Za-z、和与及]{2,30}?)(?:联合|共同|合资|独资|全资)?$")
_ZH_PROJECT_BEFORE = re.compile(
    r"(?P<name>(?:[^,。;:!?、\n\"()]|\([^,。()\n]{1,8}\)){2,40}?(?:项目|产业园|工业园|基地|工程|数据中心|工厂|综合体|电站))"
    r"[^,。;:!?、\n]{0,3}?(?:计划)?(?:总投资|投资总额|总投资额|投资|总投(?!资))" + _ZH_AMOUNT_LEAD + "$"
)
_ZH_ASIDE_BEFORE = re.compile(
    r"(?<=[项目园地程心厂体站])\([^()\n]{9,80}\)"
    r"(?=(?:计划)?(?:总投资|投资总额|总投资额|总投(?!资))" + _ZH_AMOUNT_LEAD + "$)"
)
_ZH_ORG_VERB_BETWEEN = re.compile(
    r"^(?:拟|计划|规划|将|已|共|累计|再|追加|新|总|还|亦|也|又|宣布|决定|正式|今年|去年|明年|近日|日前|此前|近期|本次"
    r"|在[^\d,。;:!?\n]{1,12}?)*(?:投资|投入|出资|斥资|增资|注资)"
    r"(?:建设)?(?:[^\d,。;:!?\n]{0,8}?)(?:约|达|超过|近|逾)?$"
)
# a list item naming one project: "1. 宁德时代…锂电池生产基地项目,总投资120亿元"
_ZH_PROJECT_ITEM = re.compile(
    r"^\s*(?:\d{1,2}[.,)]|\(\d{1,2}\)|\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,2},)?\s*"
    r"(?P<name>[^,。;:!?\n\"()]{2,40}?(?:项目|产业园|工业园|基地|工程|数据中心|工厂|综合体|电站))"
    r"\s*,\s*(?:计划)?(?:总投资|投资总额|总投资额|投资额|投资)(?:约|达|为|超过|近|逾)?$"
)
_ZH_BY_ORG_AFTER = re.compile(
    r"[^,。;!?\n]{0,8}?,?\s*由(?P<org>[^,。;!?\n由]{2,30}?(?:股份有限公司|有限责任公司|有限公司|集团|公司|银行))"
    r"(?:投资|出资|负责|牵头|控股)"
)
# 项目名称:…;投资方:贝特瑞新材料集团股份有限公司;投资额:42亿元
_ZH_INVESTOR_FIELD = re.compile(
    r"投资(?:方|主体|企业|单位)\s*:\s*(?P<org>[^;,。\n]{2,40}?)\s*[;,]\s*(?:总|计划)?投资(?:额|金额|总额)?\s*:?\s*"
    r"(?:约|达|为|超过|近|逾)?$"
)
# "成都高新区签约35个重大项目", "全年重大项目": a class of projects, not one named project
_ZH_PLURAL_PROJECTS = re.compile(
    r"\d+[个项]|(?:全|我|各)[市县区省州旗盟]|以上项目|(?:这些|上述|这批|该批|此批|本批)项目|(?<![该此这])(?:重大|重点|新开工|在建|拟建|签约|各类|一批|投产|竣工|开工|续建|落地|储备|在谈|新签|招商|引资)项目|项目群|等项目|批项目"
)
# a named project classed after its name: X项目属省重大项目, X项目被列为市重点项目
_ZH_CLASSED = re.compile(r"(?<=[项目园地厂])(?:属于|属|被列为|被列入|列为|列入|入选)[^,。;:!?\n]{1,10}?项目$")
_ZH_SIGN_INVEST = re.compile(
    r"(?:签约|签署|签订|落户|入驻|合作)[^。;]{0,40}?"
    r"(?:总投资|计划投资|投资总额|投资额|拟投资|合同额|合同金额|合同总额|签约额|签约金额|协议金额)"
    + _ZH_AMOUNT_LEAD + "$"  # (合同额N, 签约额N: the contract the company signed, its project like a signed total)
)
# 宁德时代投资30亿元建设储能电池基地: a short name or brand opening the clause invests in a named facility
_ZH_BRAND_INVESTS = re.compile(
    r"(?:^|[,。;:!?\n])(?:此外|同时|另外|其中|目前|近日|日前)?,?"
    r"(?![在于到向从])(?P<org>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]{1,9}?)"  # (在滁州投资N: a place, no org)
    r"(?:(?:原|曾|早已|早先|此前)?(?:宣布|决定|正式|同意|计划|规划|拟|将|已|还|也|又|再|追加|累计|首次|再次)|原定)*"
    r"(?:(?:在|于|到)[^\d,。;:!?\n]{1,12}?)?"
    r"(?:前期|首期|先期|一期|二期|三期)?(?:投资|投入|斥资|出资)"  # (集团决定前期投资N: 集团, not 集团决定前期)
    r"(?:约|达|超过|近|逾)?$"
)
_ZH_BUILDS_AFTER = re.compile(
    r"(?:人民币)?,?(?:用于|建设|新建|打造|布局|扩建|在[\u4e00-\u9fff]{1,8}(?:建设|新建|打造))"
    r"[^,。;!?\n]{0,20}?(?:项目|基地|工厂|产业园|园区|中心|生产线|总部)"
)
# a phase of the project the text refers to, opening its clause right before the amount, the word for the investment
# right after it (该项目首期N亿元投资已开工建设, 项目二期N亿元的投资): the phase's investment, a `project` fact (its
# investor only on the total, README: "a phase of a project is a part")
_ZH_PHASE_BEFORE = re.compile(
    r"(?:^|(?<=[,。;:!?\n]))(?P<p>(?:该|本|此|这一)?项目?(?:首期|一期|二期|三期|四期|五期|第[一二三四五]期))(?:约|近|超|逾)?$"
)
_ZH_INVESTMENT_AFTER = re.compile(r"的?投资(?![者人方额总])")
_ZH_NOT_BRAND = re.compile(
    r"[省市县区镇乡村局委办厅]$|新区$|政府$|(?:计划|拟)$|园区$|开发区$|财政$|部门$|企业$|单位$|集体$|个人$|社会资本$|^(?:签约|签订|签署|首次|再次"
    r"|追加|同时|并|又|还|拟|将|计划|全|我|本|该|此|其|各|今|明|去|当|共|累计|企业|公司|项目|社会|民间|外资"
    r"|内资|国有|固定|年度|计划|总|新增|实际|协议|合同)"
)
# 总投资5亿元、占地360亩的X项目, 总投资5亿元,年产10万吨的X项目, 投资8亿元、占地120亩、年产5万吨的X项目: other
# attributes of the project before its 的 (a clause with a verb of its own, 投资N,建设年产M吨的X基地, is no attribute)
_ZH_ATTRIBUTES_DE = re.compile(
    r"(?:\s*[,、]\s*(?:占地(?:面积)?|用地(?:面积)?|规划用地(?:面积)?|总?建筑面积|年产能?|设计产能)"
    r"[^,。;!?\n的]{1,20}?)+?的")
# 总投资150亿元海创磷酸铁锂项目 (no 的): a name, not a verb or a connective, right after the amount
_ZH_BARE_NAME_START = re.compile(
    r"(?![建新用打实开签落已将主涵其包是为占等的和及与,、将计预年达元在])[\u4e00-\u9fffA-Za-z][^,。;!?\n]{0,30}?"
    r"(?:项目|产业园|基地|工厂|数据中心)"
)
# the item ends a list of projects: "…三元前驱体、总投资…", "…显示器件等在谈项目", "…绿化整治等2个基础设施项目",
# "…木塑产业化等22个5000万元以上项目"
# (、 is "," in the form)
_ZH_LISTED_NAME_AFTER = re.compile(
    r"(?:[,、和及与])(?:总投资|计划投资|投资)|等(?:[\d一二三四五六七八九十两]+[个项])?(?:[\d.]+(?:亿|万)元以上)?"
    r"[^,。;!?\n\d]{0,10}?项目"
)
# what a company named after 投资N的 did next (…的永盛电子已开业投产, …的蓝腾实业各项建设进展顺利)
_ZH_PREDICATE_AFTER = re.compile(r"已|正在|各项|目前|顺利|建成|投产|开工")
_ZH_AGREEMENT_AFTER = re.compile(r"\s*[\"「『《]?[^,。;!?\n]{0,40}?(?:协议|合同|框架协议|备忘录)")
_ZH_COMPANY_TAIL = re.compile(
    r"(?:业|电子|科技|股份|集团|控股|实业|电气|电器|汽车|药业|化工|光电|新材|材料|能源|机械|重工|电池|智能|精密|半导体)$"
)
_ZH_ORG_LIST_BEFORE = re.compile(r"(?:总投资|投资)[\d.]+(?:亿|万)?元的[^,。;!?\n]{1,24}?(?:和|及|与|,)$")
_ZH_BROUGHT_IN = re.compile(r"(?:(?!公司|集团)[^的]){0,16}?(?:引进|引入|招引|招商引进)的")
# 由X(和Y)投资建设的Z项目: the agents named inside the project's name
_ZH_BUILT_BY = re.compile(r"(?P<x>[^,。;的由]{2,24}?)(?:联合|共同|独资)?(?:投资|出资|建设|投建|兴建|承建|开发|主导)+的")
_ZH_NAME_LEAD = re.compile(r"^.*?(?:其中|同时|此外|目前|今年|共有|包括|以及|和|与)")
# 8月8日开工的X项目: the day and the event before the name (set 76)
_ZH_EVENT_LEAD = re.compile(r"^(?:\d{1,2}月\d{1,2}日|当天|当日|今天|昨天|近日|日前)?(?:正式)?"
                            r"(?:开工|签约|落户|奠基|投产|竣工|开建|动工|开业)的(?=[^的]{4,}$)")

@dataclass
class ProjectMatch:
    start: int
    end: int
    investor: str | None
    project: str | None
    part: str = ""  # which amount of the project when not its total: "completed", "part", "share" …


_ZH_TRADE_NAME = re.compile(r"[\u4e00-\u9fff]{2,}(?:化工|化学|纺织|建材|科技|彩印|印务|能源|新能源|材料|新材料"
                            r"|电子|机械|食品|药业|制药|实业|钢铁|石化|塑业|纸业|木业|家居|物流|电器|光电|汽车|重工"
                            r"|矿业)$")
_ZH_CLAUSE_PARTICLE = re.compile(r"[着了是](?!.*[着了是])")  # (the last one)


def _clause_company_at(form: str, sent_start: int, m_start: int) -> tuple[int, int] | None:
    """The company that is the whole subject of the clause or list item before an investment cue, written as a name
    with its trade (…,滨州市民康建材投资8000万元的建材建设项目; 分别是:东营市大生化工投资3.2亿元的…项目), as a span;
    None for a place, a class of investment (工业投资) or a short brand (华为投资N的华为一期项目: the name's head
    says the same)."""
    brand = _ZH_BRAND_INVESTS.search(form, max(sent_start, m_start - 30), m_start)
    if brand is None or _ZH_NOT_BRAND.search(brand.group("org")):
        return None
    lo, hi = brand.span("org")
    particle = _ZH_CLAUSE_PARTICLE.search(form, lo, hi)  # 签约了X, 标志着X投资N的…: the name after the clause's verb
    lo = particle.end() if particle is not None else lo
    return (lo, hi) if hi - lo >= 4 and _ZH_TRADE_NAME.fullmatch(form, lo, hi) else None


def _zh_led_project(form: str, text: str, start: int) -> tuple[int, int] | None:
    """The project named after 为龙头的 (…生物医药产业园一期项目), as a span, or None."""
    seg = form[start : start + 40]
    stop = _ZH_NAME_END.search(seg)
    seg = seg[: stop.start()] if stop else seg
    last = max(ZH_PROJECT_SUFFIX.finditer(seg), key=lambda x: x.end(), default=None)
    if last is None or _ZH_PLURAL_PROJECTS.search(seg, 0, last.end()):
        return None
    return start, start + last.end()


def zh_project(form: str, text: str, m: Mention, sent_start: int) -> ProjectMatch | None:
    found = _zh_project(form, text, m, sent_start)
    if found is not None:
        keep, found.investor = settle_investor(form, text, found.investor, found.project, found.part,
                                               (sent_start, m.start, found.end))
        if not keep:
            return None  # 开发区管委会拟投资5亿元建设…: a government's plan or spending, not a company's project
    if found is not None and not found.part and (builder := _built_by_next(form, text, m.end)) is not None:
        found.investor = builder  # …总投资N亿元。项目由X股份有限公司独资建设: the builder the next sentence names
    project = found.project.strip() if found is not None and found.project else None
    if found is not None and project and (not found.investor or project.startswith(found.investor.strip())):
        at = text.find(project, max(0, found.start - 4))
        signer = signer_of(form, form[at : at + len(project)]) if at >= 0 else None
        if signer is not None:  # the project a company signed for by name: the company as the signing names it
            found.investor = text[signer[0] : signer[1]]
    return found


# the sentence after the amount opens by telling who builds the project: (该)项目由X(独资|全资)?(投资)?建设
_BUILT_BY_NEXT = re.compile(
    r"(?:该|本|此)?项目由(?P<org>[\u4e00-\u9fffA-Za-z()]{2,24}?(?:有限公司|有限责任公司|集团公司|集团|股份公司))"
    r"(?:独资|全资|控股|牵头)?(?:投资)?(?:建设|兴建|建成)")  # (承建: a contractor)


def _built_by_next(form: str, text: str, m_end: int) -> str | None:
    """The company the sentence after the amount at m_end opens by naming as the project's builder, as written."""
    stop = min((i for i in (form.find(c, m_end, m_end + 200) for c in "。!?\n") if i >= 0), default=-1)
    if stop < 0:
        return None
    at = stop + 1
    while at < len(form) and form[at] in " \n":
        at += 1
    by = _BUILT_BY_NEXT.match(form, at)
    return text[by.start("org") : by.end("org")] if by is not None else None


def _zh_project(form: str, text: str, m: Mention, sent_start: int) -> ProjectMatch | None:
    line_start = form.rfind("\n", 0, m.start) + 1
    field = _ZH_INVESTOR_FIELD.search(form, max(line_start, m.start - 80), m.start)
    if field is not None:
        s, e = field.start("org"), field.end("org")
        named = _ZH_ORG_SUFFIX_END.search(form, s, e) is not None
        return ProjectMatch(field.start(), m.end, text[s:e] if named else None, None)
    listed = respective_item(form, text, m.start, m.end, sent_start) or (
        listed_item(form, text, m.start, m.end, sent_start) if form.startswith("的", m.end) else None)
    if listed is not None:  # 总投资分别为11亿元、6亿元的A项目和B项目; 总投资465亿元的A、240亿元的B等…项目
        return ProjectMatch(*listed)
    left = form[max(sent_start, m.start - 14) : m.start]
    invest_cue = _ZH_INVEST_BEFORE.search(left)
    # 总投资5亿元、占地360亩的X项目: the project's other attributes between the amount and its 的
    attrs = _ZH_ATTRIBUTES_DE.match(form, m.end) if invest_cue is not None and not form.startswith("的", m.end) \
        else None
    de_at = attrs.end() - 1 if attrs is not None else m.end
    bare = invest_cue is not None and attrs is None and _ZH_BARE_NAME_START.match(form, m.end) is not None
    if invest_cue is not None and (form.startswith("的", de_at) or bare):
        seg_start = de_at + (0 if bare else 1)
        quoted = not bare and form.startswith('"', seg_start) and '"' in form[seg_start + 3 : seg_start + 50]
        if quoted:
            seg_start += 1  # 总投资N亿元的"X项目": the name in quotes (its closing quote ends it)
        # 孚能科技(赣州)股份有限公司…项目: a parenthesised place inside the name does not end it
        seg = re.sub(r"\([^()\n]{1,8}\)", lambda p: "_" * len(p.group()), form[seg_start : seg_start + 50])
        stop = _ZH_NAME_END.search(seg)
        through = enumerated_name_end(form, text, seg_start + stop.start()) if stop else None
        seg = form[seg_start:through] if through else seg[: stop.start()] if stop else seg  # A、B、C项目: one name
        leads = _ZH_LEADS_AFTER.match(form, seg_start + len(seg)) if 2 <= len(seg) <= 12 else None
        if leads is not None:
            led = _zh_led_project(form, text, leads.end())
            if led is not None:
                return ProjectMatch(max(sent_start, m.start - 14) + invest_cue.start(), led[1],
                                    text[seg_start : seg_start + len(seg)], text[leads.end() : led[1]])
        last = None
        for sm in ZH_PROJECT_SUFFIX.finditer(seg):
            last = sm
        name_end = last.end() if last is not None else 0
        if last is None and quoted and form.startswith('"', seg_start + len(seg)) and len(seg) >= 2 \
                and ZH_PROJECT_SUFFIX.match(form, seg_start + len(seg) + 1):
            name_end = len(seg)  # 投资N亿元的"两桥一园"项目: the quoted name of one project, its word after the quote
        elif last is None and quoted and form.startswith('"', seg_start + len(seg)) and len(seg) >= 2:
            # 总投资N亿元的"黄河彩蓝"乐都…示范园项目: a quoted brand opening the project's name, the name after it
            closed_at = seg_start + len(seg) + 1
            rest = form[closed_at : closed_at + 30]
            stop = _ZH_NAME_END.search(rest)
            noun = max(ZH_PROJECT_SUFFIX.finditer(rest, 0, stop.start() if stop else len(rest)),
                       key=lambda x: x.end(), default=None)
            if noun is not None and noun.end() >= 2:
                seg_start -= 1
                seg = form[seg_start : closed_at + noun.end()]
                name_end = len(seg)
        listed_org = False
        seg_end = seg_start + len(seg)
        if last is None and len(seg) >= 2 and (
                _ZH_LISTED_NAME_AFTER.match(form, seg_end)
                or (_ZH_COMPANY_TAIL.search(seg) is not None and _ZH_PREDICATE_AFTER.match(form, seg_end))):
            # 总投资100亿元的道氏技术年产10万吨…三元前驱体、总投资…: a listed item without 项目; 投资9亿元的华拓电子和
            # 投资5亿元的鑫源锆业等: a company listed by its name; 投资1.5亿元的仙桃卫洁、: a city and a two-character
            # brand (not 滨江文旅城, a place and its trade);
            # 总投资5.6亿元的永盛电子已开业投产: a company by its name, what it did after
            listed_org = (len(seg) <= 8 and _ZH_COMPANY_TAIL.search(seg) is not None
                          or len(seg) == 4 and placed_brand(seg) is not None)
            name_end = len(seg) if len(seg) >= 4 or listed_org else 0
        several = _ZH_PLURAL_PROJECTS.search(form, seg_start, seg_start + name_end) is not None
        if (name_end < 3 or several) and _ZH_AGREEMENT_AFTER.match(form, seg_start):
            invest_cue = None  # 签订总投资达150亿元的"…合作协议": the agreement's amount, for the signing rules below
        elif name_end < 3 and not bare and (owner := company_after_amount(form, text, m.end)
                                            or org_named_after(form, text, m.end)) is not None:
            return ProjectMatch(max(sent_start, m.start - 14) + invest_cue.start(), owner[0], owner[1], None)
        elif several and (by := _ZH_BY_BEFORE.search(form, max(sent_start, m.start - 40),
                                                      max(sent_start, m.start - 14) + invest_cue.start())) \
                and _ZH_ORG_SUFFIX_END.search(by.group("org")) is not None:
            # 由X集团投资N的A、B、C3个项目: the one company's projects, their joint total (set 7)
            return ProjectMatch(by.start(), m.end, text[by.start("org") : by.end("org")], None)
        elif name_end < 3 or several or counted_before(form, max(sent_start, m.start - 14) + invest_cue.start()):
            return None  # 三个总投资…的产业项目: several projects' total
    if invest_cue is not None and (form.startswith("的", de_at) or bare):
        name = text[seg_start : seg_start + name_end]
        investor = form[seg_start : seg_start + name_end] if listed_org else zh_investor_from_name(
            form[seg_start : seg_start + name_end])
        inv_text = text[seg_start : seg_start + len(investor)] if investor else None
        cue_at = max(sent_start, m.start - 14) + invest_cue.start()
        before_cue = form[max(sent_start, cue_at - 40) : cue_at]
        listed_after = _ZH_ORG_LIST_BEFORE.search(before_cue)
        if listed_after is not None:  # 远帆集团总投资80亿元的A和总投资20亿元的B两个项目: the list's company
            first = zh_org_before(before_cue[: listed_after.start()])
            if first is not None and first[1] == listed_after.start():
                o = max(sent_start, cue_at - 40)
                inv_text = text[o + first[0] : o + first[1]]
        org = zh_org_before(before_cue)
        at_cue = org is not None and re.fullmatch(r"(?:拟|计划|将|已|共|再|追加|新|亦|也|又)*", before_cue[org[1] :]) \
            is not None
        if org is not None and at_cue:
            # 比亚迪股份有限公司投资55亿元的动力电池项目: the organisation before 投资 invests
            o = max(sent_start, cue_at - 40)
            inv_text = text[o + org[0] : o + org[1]]
        if not at_cue and not listed_org:
            subject = _clause_company_at(form, sent_start, m.start)
            if subject is not None:  # 滨州市民康建材投资N的建材建设项目: the clause's company, not the name's head
                inv_text, at_cue = text[subject[0] : subject[1]], True
        unnamed = not inv_text or not_a_name(inv_text)  # (a product's name is no owner's)
        lead = owner_before_cue(form, sent_start, cue_at) if unnamed and not at_cue else None  # (not the org of
        # the list's item before: A集团总投资N的X项目,B总投资M的Y项目)
        if lead is not None and not _ZH_NOT_BRAND.search(form[lead[0] : lead[1]]):
            inv_text = text[lead[0] : lead[1]]  # 惠科总投资N亿元的…项目: the short name before the cue
        by_before = _ZH_BY_BEFORE.search(before_cue)
        if by_before is not None:  # 由A公司和B公司联合投资…的…项目
            o = max(sent_start, cue_at - 40)
            inv_text = text[o + by_before.start("org") : o + by_before.end("org")]
        by = _ZH_BY_ORG_AFTER.match(form, seg_start + name_end)
        if by is not None:  # …项目正式投产,由贵州振华新材料股份有限公司投资建设
            inv_text = text[by.start("org") : by.end("org")]
        cue = _ZH_INVEST_BEFORE.search(left)
        start = max(sent_start, m.start - 14) + cue.start() if cue else m.start
        return ProjectMatch(start, seg_start + name_end, inv_text, name)
    if invest_cue is None and form.startswith("的", m.end):
        after = org_after_amount(form, text, m.end)
        if after is not None:  # 45亿元的南岳储能科技有限公司年产…项目
            return ProjectMatch(m.start, after[0], after[1], after[2])
    clause_left = form[max(sent_start, m.start - 50) : m.start]
    base = max(sent_start, m.start - 50)
    pm = _ZH_PROJECT_BEFORE.search(clause_left)
    if pm is None and ")" in clause_left:
        aside = _ZH_ASIDE_BEFORE.search(form, max(sent_start, m.start - 110), m.start)
        if aside is not None:  # …烧碱项目(一期建设60万吨PVC、60万吨烧碱)总投资45.5亿元: the name before the aside
            base = max(sent_start, aside.start() - 50)
            pm = _ZH_PROJECT_BEFORE.search(form[base : aside.start()] + form[aside.end() : m.start])
            clause_left = form[base : aside.start()]
    item = pm is None and (base == sent_start or form[base - 1 : base] == "\n")
    if item:
        pm = _ZH_PROJECT_ITEM.search(clause_left)
    if pm is None and (colon := form.rfind(":", base, m.start)) >= 0:
        # 四个大项目分别是:X项目,总投资N: a listed item after the colon that introduces the list
        pm = _ZH_PROJECT_ITEM.search(form[colon + 1 : m.start])
        if pm is not None:
            item, base, clause_left = True, colon + 1, form[colon + 1 : m.start]
    name_all = pm.group("name") if pm else ""
    is_at = name_all.rfind("是")  # 某县最大招商项目是X的Y项目: the name after 是
    is_at = is_at if is_at >= 2 and len(name_all) - is_at > 4 else -1
    classed = _ZH_CLASSED.search(name_all, is_at + 1) if pm else None  # X项目属省重大项目: X项目, then its class
    name_form = name_all[is_at + 1 : classed.start() if classed is not None else len(name_all)]
    if item and project_class(name_form):  # 亿元以上项目,总投资N: a category's total, no one project
        return ProjectMatch(*one) if (one := one_project(form, text, sent_start, m.start, m.end)) else None
    if pm and not _ZH_PLURAL_PROJECTS.search(name_form):
        pm_end = base + pm.start("name") + is_at + 1 + len(name_form)
        by_at = name_form.find("由")
        built = _ZH_BUILT_BY.match(name_form, by_at + 1) if by_at >= 0 else None
        if built is not None:  # 由X(和Y)投资建设的Z项目: X (and Y; not a government), the project Z
            x0, name_end = pm_end - len(name_form) + by_at + 1, pm_end
            agent = None if government(built.group("x")) else text[x0 : x0 + len(built.group("x"))]
            return ProjectMatch(x0 - 1, m.end, agent, text[x0 + built.end() - by_at - 1 : name_end])
        name_form = _ZH_NAME_LEAD.sub("", name_form) or name_form
        name_form = _ZH_EVENT_LEAD.sub("", name_form)
        name_form = name_form[1:] if name_form.startswith("由") and len(name_form) > 3 else name_form
        described = _ZH_BROUGHT_IN.match(name_form)
        if described is not None and len(name_form) - described.end() >= 4:
            name_form = name_form[described.end() :]  # 依托…引进的瑞丰新材料项目: the name after how it came
        ns = pm_end - len(name_form)
        investor = None if name_form.startswith("某") else zh_investor_from_name(name_form)  # 某德资…项目
        return ProjectMatch(ns, m.end, text[ns : ns + len(investor)] if investor else None, text[ns:pm_end])
    if pm:  # a class of projects (签约项目总投资N): several, unless a determiner makes it one (该签约项目总投资N)
        return ProjectMatch(*one) if (one := one_project(form, text, sent_start, m.start, m.end)) else None
    # 台积电增资日本子公司约27亿美元: the investor is the organisation before the verb, not the object's
    scan = clause_left
    for _ in range(3):
        org = zh_org_before(scan)
        if org is None:
            break
        if _ZH_ORG_VERB_BETWEEN.match(clause_left[org[1] :]):
            s, e = base + org[0], base + org[1]
            close = form.rfind(")", s, e)
            if close >= 0 and form.find("(", s, close) < 0:
                s = close + 1  # (记者 杨强)台湾玻璃工业公司规划投资…: a dateline's bracket is no part of the name
            return ProjectMatch(s, m.end, text[s:e], None)
        scan = scan[: org[1] - 2]
    brand = _ZH_BRAND_INVESTS.search(clause_left)
    if brand is not None and _ZH_BUILDS_AFTER.match(form, m.end):
        if not _ZH_NOT_BRAND.search(brand.group("org")):
            s, e = base + brand.start("org"), base + brand.end("org")
            return ProjectMatch(s, m.end, text[s:e], None)
        if NO_SUBJECT.fullmatch(brand.group("org")):  # 2023年3月,签约投资60亿元打造二期项目: the paragraph's
            stated = paragraph_company(form, text, base + brand.start("org"))
            earlier = stated[1] if stated is not None else earlier_investor(form, text, base + brand.start("org"))
            if earlier is not None:
                return ProjectMatch(base + brand.start("org"), m.end, earlier, None)
    phase = _ZH_PHASE_BEFORE.search(form, max(sent_start, m.start - 12), m.start)
    if phase is not None and _ZH_INVESTMENT_AFTER.match(form, m.end):
        return ProjectMatch(phase.start("p"), m.end, None, None)  # 该项目首期N亿元投资已开工: a phase's investment
    headed = named_before_amount(form, text, sent_start, m.start, m.end)
    if headed is not None:  # 长岭能源20亿元储能电池基地一期开建
        return ProjectMatch(headed[0], headed[1], headed[2], None)
    # 蒙牛集团与包头市签约,项目总投资50亿元
    wide_start = max(sent_start, m.start - 80)
    signing = _ZH_SIGN_INVEST.search(form, wide_start, m.start)
    if signing:
        org = zh_org_before(form[wide_start : signing.start()])
        if org:
            s, e = wide_start + org[0], wide_start + org[1]
            return ProjectMatch(s, m.end, text[s:e], None)
        known = company_in(form, wide_start, signing.start())
        if known is not None:  # 宁德时代…与宜宾市签订了…项目,总投资超过300亿元: a short name the article uses
            return ProjectMatch(known[0], m.end, text[known[0] : known[1]], None)
    found = company_project(form, text, m.start, m.end, sent_start,
                            lambda s, e, ss: _zh_total_at(form, text, s, e, ss))
    if found is not None:
        return ProjectMatch(found[0], m.end, found[1], found[2], found[3])
    decided = company_amount(form, text, m.start, m.end, sent_start)  # who the sentence is about
    if decided is not None:
        return ProjectMatch(decided[0], m.end, decided[1], None, decided[2])
    fund, founder = fund_set_up(form, text, sent_start, m.start, m.end)
    if fund:  # 共同发起设立的…基金,基金规模N亿元 (no single investor); X集团拟设立总规模N亿元的…基金 (X's)
        return ProjectMatch(m.start, m.end, founder, None, "fund")
    return ProjectMatch(*one) if (one := one_project(form, text, sent_start, m.start, m.end)) else None  # X项目,总投资N


def _zh_total_at(form: str, text: str, start: int, end: int, sent_start: int) -> Found | None:
    """The project rules for the total amount written at form[start:end] (for the amounts after it)."""
    found = zh_project(form, text, Mention(start, end, start, end, Decimal(0), "CNY", form[start:end]), sent_start)
    return None if found is None else (found.start, found.investor, found.project)
