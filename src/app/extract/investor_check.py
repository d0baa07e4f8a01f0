"""A last look at every investor the rules wrote, as an analyst would glance at it: a word that names no one is
taken away, and a name with a reporting word or an official before it is cut to the name.

Each rule reads its own shape of sentence, and some shapes let a run of words through that no analyst would take
for an organisation: a pronoun (这个, 前者, "It", "If"), a venue (主会场), a span of a clause (工程机械商贸城以及为该,
占开复工项目年度, 新一年频繁), a facility described (全球单厂规模最大的烯烃厂), a verb (新上). An investor that is
wrong costs the analyst more than one left empty, and an empty one lets the article's company be read
(article_company). A reporting word before a name (据宝丰能源) is cut, and a host official signing with a company
(松原市市长孙鸿志与大成集团) leaves the company.
"""

from __future__ import annotations

import re

from app.domain.schema import FactDraft
from app.extract.textprep import match_form

# Chinese: words that name no one, alone or closing the run
_ZH_PRONOUN = re.compile(r"(?:这个|这一|那个|前者|后者|本码|其|该|此|本|它|他们|我们|双方|各方|(?:本|该)?公司)")
_ZH_FUNCTION_END = re.compile(r"(?:[该此这那其将把被]|以及|与其)$|以及")  # (华为, 美的 end with 为, 的)
_ZH_TRAILING_AND = re.compile(r"(?:及其|及|或)$")
_ZH_TWO_AND = re.compile(r"[\u4e00-\u9fff]{2}[和与]")  # 石油和(化工项目): a list's first word, no name (宁波睿和 is)
# a clause's words before the company closing the run: 外资项目还有|香港X集团, 开工活动在|山东X公司
_ZH_CLAUSE_BEFORE_ORG = re.compile(r".*(?:项目|活动|仪式)[\u4e00-\u9fff]{0,4}?(?:还有|有|在|是|为|由)")
# a facility's or a work's word closing the run (储酒库一期工程: the store, not a firm; 港 is a port company's too)
_ZH_FACILITY_END = re.compile(r"(?:[库站馆楼桥路坝井]|(?<!电)池)$")  # (电池: a battery maker's trade, 德赛电池)
# a trade's word with a legal form and nothing of a name (全球领先的锂业公司: "a lithium company")
_ZH_GENERIC = re.compile(r"(?:[\u4e00-\u9fff]业|科技|能源|投资|实业|发展|控股|集团|企业|龙头)(?:股份)?(?:有限)?公司")
_ZH_NO_NAME_INSIDE = re.compile(r"项目|年度|一年|今年|明年|去年|这次|此次|活动|来到|观摩|^[一二两三四]期$"
                                r"|^(?:约定|规定|协议|合同)公司$|日前|近日|综合利用|下放"
                                # (于日前, 与石墨电极: a clause's words)
                                r"|^(?:与|于(?=[日近今去本])|深化|加快|推进|推动|促进|在|最终|一间|一家|携手|继续(?!教育))"
                                r"|^披露$|拟以$|政府与")  # (公司拟以…, 宜丰县人民政府与子公司: a clause, no name)
# a transfer's words before the subsidiary that receives it: 拟向全资子公司X (X is the unit named)
_ZH_TO_UNIT = re.compile(r"^(?:拟|将)?向(?:其)?(?:全资|控股)?(?:子公司|孙公司)")
_ZH_VENUE = re.compile(r"(?:主|分)?会场|(?:签约|开工)?仪式|会议|大会")
_ZH_VERB_ONLY = re.compile(r"新上|新建|新开|续建|在建|拟建|投建|兴建|计划|预计|投资")
# a list's connective or an attracting verb opening the run before a company's legal name (…,以及湖北X有限公司计划投资N;
# 正在引进深圳X有限公司计划总投资N)
_ZH_JOINING_LEAD = re.compile(r"^(?:以及|及|并|同时)?(?:正在|已|还)?(?:引进|引入|招引)?(?=[\u4e00-\u9fffA-Za-z]{4})")
_ZH_REPORTING_LEAD = re.compile(r"^(?:据|由)+(?=[\u4e00-\u9fffA-Za-z]{2})")  # (经纬, 同方, 和记: names)
# an official of a host place signing with the company: 松原市市长孙鸿志与大成集团
_ZH_OFFICIAL_WITH = re.compile(r"(?:市长|县长|区长|省长|书记|主任|局长|州长|旗长)[\u4e00-\u9fff]{0,4}?(?:与|和|同)")
_ZH_ORG_END = re.compile(r"(?:集团|公司|股份|控股|银行|基金)$")
# a host's words before the company it brought in: 肇东市引进X集团, 帮助引进X公司 (the company)
_ZH_BROUGHT_IN = re.compile(r".*引进(?=[\u4e00-\u9fffA-Za-z]{2})")
# a clause's words around the name that no name holds: a report (公布, 关于), an ability (能力, 影响), owning
# (拥有), a becoming (成为), this issue (本次), a plan's place (规划在), a loan's words (贴息, 贷款, 技改), a
# venture's kind (中澳合资)
# (and a clause's verbs or an event's words: 打造, 举行, 具有, 竞争力, 仪式)
# (round 28: a visit, a launch, a change, an attendance, a raise, a worker's "is now", a location, a first: 参观,
# 启动, 变更后, 出席, 提高, 正为, 位于, 首个)
_ZH_CLAUSE_WORDS = re.compile(r"关于|公布|影响|拥有|成为|本次|能力|规划在|贴息|贷款|技改|合资$"
                              r"|打造|举行|具有|竞争力|仪式|参观|启动|变更|剔除|出席|提高|正为|正在|位于|首个|首家")
# a building verb opening the run before a name (拟建王老吉大健康: the name after it; 新建集团: a name)
_ZH_BUILD_LEAD = re.compile(r"^(?:拟建|拟投建|新建|扩建|筹建)(?=(?!集团|公司|股份|控股|有限)[\u4e00-\u9fffA-Za-z]{4})")
# a word naming no one: a relation (有关, 相关), a stage of a chain (上游, 中游), a time (周末), a threshold's
# words (以上科研: "above-scale research")
_ZH_NO_ONE = re.compile(r"^(?:有关|相关|上游|中游|下游|周末|周[一二三四五六日]|以上|以下)")
# (round 24, read after a description before 的 is cut) a facility's size or a superlative (大型石化, 最大), a
# connective or a time opening the run (此前, 并且, 下半年启动), a clause opening on 是
_ZH_RUN_WORDS = re.compile(r"^(?:大型|中型|小型|新型)|最大|^(?:此前|并且|而且|而|是)|上半年|下半年|年底|年初")
# a description before 的 (not 美的, 目的): the name after it when it names a company; none when what follows is a
# facility (全球单厂规模最大的烯烃厂) or follows a superlative or a building verb (全球最大的X, 兴建的X: a product or a
# plant, not its maker)
_ZH_DESCRIBED = re.compile(r"(?P<before>.*)(?<![美目])的(?P<after>[^的]*)$")
_ZH_PRODUCT_BEFORE = re.compile(r"最大|最高|最先进|领先|全球|兴建|新建|生产|建设|一体")
_ZH_FACILITY_AFTER = re.compile(r"(?:厂|基地|园|中心|项目|工程)$")
# what may stand before a company a rule glued to it: a project's words, a host place or government (湖北省还和X集团)
_ZH_HOST_BEFORE = re.compile(r"项目|(?:[省市县区]|政府|管委会)(?:还|也|又|将)?$")
# English: a pronoun or a conjunction taken for a name, a legal form with only a trade's word before it
_EN_NO_NAME = frozenset(["It", "If", "Its", "This", "That", "These", "Those", "They", "We", "He", "She", "And", "But",
                         "When", "While", "The", "A", "An", "As", "In", "On", "At", "For", "With", "After", "Before",
                         "What", "One", "Some", "Which", "Who", "There", "Here", "Though", "Although", "However",
                         "Meanwhile", "Moreover", "Besides", "Back", "Also", "Then", "Now", "Today", "Yesterday",
                         "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Both", "All", "Each"])
# a trade written before the name: "China pig breeder X", "Chinese dairy giant X", "feed maker X"
_EN_DESCRIPTOR = re.compile(
    r"^(?:[A-Z][a-z]+\s+)?(?:[a-z][\w'-]*\s+){0,3}(?:breeder|maker|producer|manufacturer|giant|firm|supplier|developer"
    r"|operator|miner|retailer|carmaker|automaker|shipbuilder|conglomerate|brewer|processor)\s+(?=[A-Z])")
_EN_TRADE_ONLY = re.compile(r"(?:Steel|Cement|Paper|Glass|Mining|Energy|Power|Chemical|Chemicals|Auto|Motor|Motors"
                            r"|Textile|Textiles|Tyre|Tire|Pharmaceutical|Electronics|Technology|Group)\s*"
                            r"(?:[,\s]+(?:Co\.?|Company|Corp\.?|Corporation|Ltd\.?|Limited|Inc\.?|Group))+\.?", re.I)


# a page's footer or a project's own name taken for the investor ("Copyright Jiangmen Municipal People", "System
# Jiangmen Base Project", "Intelligent Manufacturing Industrial Park"), a participle opening a clause ("Known")
_EN_NOT_AN_ORG = re.compile(r"^(?:Copyright|All rights|Known|Located|Based)\b|\b(?:Project|Projects|Industrial Park)$"
                            r"|^(?:Development\s+and\s+)?Reform\s+Commission$")  # (a regulator's name cut)


def checked_investor(name: str, english: bool) -> str | None:
    """The investor as the analyst should see it (see the module), or None when it names no one."""
    name = name.strip()
    if english:
        name = re.sub(r"^(?:SAYS|Says)\s+(?:ITS|Its|THE|The)?\s*", "", name)  # a brief's "SAYS ITS ENERGY UNIT"
        name = _EN_DESCRIPTOR.sub("", name)  # "China pig breeder Guangdong Wen's Group": the name after its trade
        first = name.split()[0] if name.split() else ""
        if not name or (first in _EN_NO_NAME and len(name.split()) == 1) or _EN_TRADE_ONLY.fullmatch(name) \
                or _EN_NOT_AN_ORG.search(name):
            return None
        return name
    plain = match_form(name)
    official = max(_ZH_OFFICIAL_WITH.finditer(plain), key=lambda o: o.end(), default=None)
    if official is not None:
        rest = name[official.end() :]
        return rest if _ZH_ORG_END.search(match_form(rest)) and len(rest) >= 4 else None
    joined = re.search(r"(?:与|和|同)(?=[^与和同]{4,}$)", plain)
    if joined is not None and _ZH_ORG_END.search(plain) and _ZH_HOST_BEFORE.search(plain[: joined.start()]):
        name, plain = name[joined.end() :], plain[joined.end() :]  # 化工产业园项目与X集团有限公司: the company
    unit = _ZH_TO_UNIT.match(plain)
    if unit is not None and len(plain) - unit.end() >= 4:
        name, plain = name[unit.end() :], plain[unit.end() :]
    joined_lead = _ZH_JOINING_LEAD.match(plain)
    if joined_lead is not None and _ZH_ORG_END.search(plain) and len(plain) - joined_lead.end() >= 4:
        name, plain = name[joined_lead.end() :], plain[joined_lead.end() :]  # 以及湖北X有限公司: the company
    lead = _ZH_REPORTING_LEAD.match(plain)
    if lead is not None and lead.end() < len(name) - 1:
        name, plain = name[lead.end() :], plain[lead.end() :]
    inside = _ZH_CLAUSE_BEFORE_ORG.search(plain)
    if inside is not None and len(plain) - inside.end() >= 4 and _ZH_ORG_END.search(plain):
        name, plain = name[inside.end() :], plain[inside.end() :]  # …项目还有香港X集团, …活动在山东X公司: the company
    year = re.match(r"\d{4}年", plain)  # 2016年公司以N收购: the year opening the clause
    if year is not None:
        name, plain = name[year.end() :], plain[year.end() :]
    build = _ZH_BUILD_LEAD.match(plain)
    if build is not None:
        name, plain = name[build.end() :], plain[build.end() :]
    brought = _ZH_BROUGHT_IN.match(plain)
    if brought is not None:
        name, plain = name[brought.end() :], plain[brought.end() :]
    if _ZH_CLAUSE_WORDS.search(plain):
        return None
    described = _ZH_DESCRIBED.match(plain)
    if described is not None:
        after = described.group("after")
        if len(after) < 2 or _ZH_FACILITY_AFTER.search(after) or (
                _ZH_PRODUCT_BEFORE.search(described.group("before")) and not _ZH_ORG_END.search(after)):
            return None
        name, plain = name[described.start("after") :], after
    if _ZH_RUN_WORDS.search(plain):
        return None
    tail = _ZH_TRAILING_AND.search(plain)
    if tail is not None and tail.start() >= 2:  # 湘玲矿山设备及其…: the name before "and its"
        name, plain = name[: tail.start()], plain[: tail.start()]
    if (_ZH_PRONOUN.fullmatch(plain) or _ZH_FUNCTION_END.search(plain) or _ZH_NO_NAME_INSIDE.search(plain)
            or _ZH_VERB_ONLY.fullmatch(plain) or _ZH_VENUE.fullmatch(plain) or _ZH_TWO_AND.fullmatch(plain)
            or ("的" in plain and _ZH_FACILITY_AFTER.search(plain))
            or _ZH_GENERIC.fullmatch(plain) or _ZH_FACILITY_END.search(plain)
            or (_ZH_NO_ONE.search(plain) and not _ZH_ORG_END.search(plain))):
        return None
    return name


def check_investors(drafts: list[FactDraft], english: bool) -> None:
    """Check every draft's investor in place (see the module)."""
    for d in drafts:
        investor = d.fields.get("investor")
        if isinstance(investor, str) and investor:
            written = investor.strip()
            checked = checked_investor(written, english)
            d.fields["investor"] = checked
            project = d.fields.get("project")
            if (checked and checked != written and written.endswith(checked)
                    and isinstance(project, str) and project.startswith(written)):
                d.fields["project"] = project[len(written) - len(checked) :]  # (当日奠基的X项目: X项目)
