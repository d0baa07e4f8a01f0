"""Organisation names (investors): 旭阳集团, 上海浦东发展银行, TCL中环, "Jinli permanent Magnet Technology
Co., Ltd.", "Guodian" — by organisation suffixes, and inside project names by cutting at the first
industry word (国纳纳米|新材料产业园项目)."""

from __future__ import annotations

import re

from app.domain.regions import candidates as place_candidates
from app.extract.index import Before, scan
from app.extract.textprep import word_positions

# suffixes that are also industry words: only an organisation suffix when followed by nothing else
_ZH_STRONG_SUFFIX = re.compile(r"股份有限公司|有限责任公司|有限公司|集团公司|集团|公司|银行|控股|股份")
ZH_INDUSTRY_WORDS = (
    "年产|新材料|新能源|智能|精细|化工|数据中心|现代农业|农业|光伏|风电|储能|电池|生物|医药|电子信息|装备|制造|"
    "汽车|产业园|产业链|产业|基地|项目|园区|中心|物流|食品|科技园|工业园|总部|绿色|清洁|能源|半导体|芯片|材料|"
    "氢能|高纯|晶硅|单晶|多晶|硅|铝|钢|稀土|乳业|乳制品|冷链|仓储|文旅|旅游|康养|医疗|综合体|商业|酒店|电站|发电|"
    "年处理|万吨|扩建|新建|改扩建|一期|二期|三期|高端|高性能|大数据|云计算|算力|人工智能|生产线|工厂|研发|"
    # descriptors that open a project name after a brand (蜜雪冰城|中央工厂项目, 比亚迪|刀片电池配套项目)
    "中央工厂|中央厨房|区域总部|华东|华南|华北|华中|西南|西北|东北|配套|刀片|组件|模组|整车|零部件|厨电|家电|"
    "汽车电子|智造|数字|运营中心|结算中心|新型|第\\d"
)
_ZH_INDUSTRY_RE = re.compile(ZH_INDUSTRY_WORDS)
_ZH_STRONG_RE = _ZH_STRONG_SUFFIX
_MINE_NAME = re.compile(r"[\u4e00-\u9fff]{2,}(?:铜|金|银|铁|煤|锂|钼|锌|铅锌|磷|稀土|钨|锡|镍|铝土|萤石)矿$")
_ZH_PLACE_IN_PREFIX = re.compile(r"高新区|开发区|经开区|新区|工业园|[省市县区镇乡]")
_ZH_DESCRIPTION = re.compile(
    r"\d+万?(?:吨|台|套|件|平方米|千瓦|兆瓦)|加工|裂解|制(?![药造品])[\u4e00-\u9fff]{1,3}$|生产|种植|养殖|温泉|度假|景区|小镇"
)
_ZH_BRAND_BRANCH = re.compile(r"(?P<brand>[\u4e00-\u9fffA-Za-z]{2,8})\([^()]{1,8}(?:大区|区域|分公司|省|市|区)\)")
_ZH_TIME_OR_OWNER = re.compile(r".*(?:旗下|下属|所属|参股公司"
                               r"|(?:出资|全资)?(?:设立|成立|组建)的"
                               r"|周[一二三四五六日]|星期[一二三四五六日天]|\d{1,2}[月日])")
# (从 "from" as in 记者从X获悉; 从江 is a county's name)
_ZH_LEADING_VERB = re.compile(
    r"(?:由|与|和|同|及|对|向|在|是|为|将|把|被|据|与其|从(?!江)|引进|引入|签约|落户|投资|其中|同时|此外|另外|而|并)+"
)
# X集团及所属Y公司: a group and its own subsidiary named together are the group (README, set 14)
_WITH_OWN_UNIT = re.compile(r"(?:及|和|与|以及)其?(?:所属|下属|旗下)(?:的)?$")

EN_ORG_RE = re.compile(
    r"\b(?P<org>[A-Z][\w&'-]*(?:\s+(?:[A-Z][\w&'-]*|[a-z][\w-]*|&|and|of|\([A-Z][\w -]{1,20}\))){0,7}?"
    r"(?:\s+|(?<=[a-z])(?=Group|Corporation|Holdings|Company))"  # "China Energy InvestmentGroup", as scraped
    r"(?:Co\.,?\s*(?:Ltd|LTD)\.?|Co\.|Company|Group|Corporation|Corp\.?|Inc\.?|Bank|Holdings|Ltd\.?|Limited|LLC|PLC|Plc))"
    r"(?![\w])"
)
# what every match reaches with only name characters before it: its suffix (index.Before)
_EN_ORG_SUFFIXES = Before(("Co", "Group", "Inc", "Bank", "Holdings", "Ltd", "Limited", "LLC", "PLC", "Plc"),
                          r"[^\w\s&'()-]")
_EN_INNER_LINK = re.compile(r"\b(?:by|from|at|for|with|to|in|on|between)\s+(?=[A-Z])")
_EN_SUFFIX_MORE = re.compile(
    r"(?:,?\s+Co\.?,?\s*(?:Ltd|LTD)\.?|,?\s+Co\.(?!\w)|,?\s+Ltd\.?|,?\s+Limited|,?\s+Inc\.?)(?!\w)")
_EN_BASED = re.compile(r"[A-Z][\w-]*-based\s+(?=[A-Z])")
# "Chinese automobile manufacturer Jianghuai Group": a description before the name
_EN_DESCRIPTOR = re.compile(
    r"(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:manufacturer|maker|producer|giant|developer|firm|company"
    r"|conglomerate|operator|supplier|carmaker|automaker|retailer|provider)\s+(?=[A-Z])"
)
_EN_LEADING_STOP = re.compile(  # (matched at a name's start: no "^", which would hold only at the text's start)
    r"(?:(?:The|A|An|In|On|At|By|For|With|And|Recently|Meanwhile|Also|Its|It|This|That|These|Since|As|Of"
    r"|From|To|Statistics|According)\s+)+"
)


# a verb phrase inside what was read as a project's name (将被, 为其, 正在): the name is a clause
_ZH_CLAUSE_IN_PREFIX = re.compile(r"将被|被整合|被并入|为其|将(?:在|于|会|要)|正在|已经")


def zh_investor_from_name(name: str) -> str | None:
    """The investor inside a Chinese project name, or None when it names no investor."""
    if _ZH_DATELINE.match(name):
        return None  # 中新社茂名3月21日电 茂名…项目: a news agency's dateline read into the name, no investor
    m = _ZH_STRONG_RE.search(name)
    if m and m.start() >= 2:
        end = m.end()
        more = _ZH_STRONG_RE.match(name, end)
        while more is not None and more.end() > end:  # 中化控股|有限责任公司
            end = more.end()
            more = _ZH_STRONG_RE.match(name, end)
        return name[:end]
    if m:
        return None  # the name starts with a bare suffix (…有限公司新桥…项目): its organisation was cut off
    branch = _ZH_BRAND_BRANCH.match(name)
    if branch is not None and not _ZH_PLACE_IN_PREFIX.search(branch.group("brand")):
        return branch.group("brand")  # 华为(辽宁大区)锦州云计算中心: the brand before its regional branch
    im = _ZH_INDUSTRY_RE.search(name)
    if im and im.start() >= 2 and len(im.group()) == 1 and name.startswith(im.group(), im.end()):
        im = _ZH_INDUSTRY_RE.search(name, im.end())  # 新兴凤铝|铝制品: a brand ending in its metal, its trade after
    if im and im.start() >= 2:
        prefix = name[: im.start()]
        described = _ZH_DESCRIPTION.search(prefix)
        if described is not None and described.start() < 4:
            return None  # 杜仲深加工项目, 乙烷裂解制乙烯项目, 华地城温泉一期: a product, process or resort, not a firm
        if described is not None:
            prefix = prefix[: described.start()]  # 江苏科利科技电子产品|生产项目
        if _ZH_PLACE_IN_PREFIX.search(prefix) or mainland_place(prefix):
            placed = placed_brand(prefix)
            if placed is not None:  # 萍乡|旭阳|能源年产…焦化项目: a company named after its city, brand and trade
                return placed + name[im.start() : im.end()]
            return _brand_before_place(prefix)  # 毕节高新区锂电池…项目: a place, not an investor
        if _MINE_NAME.search(prefix):
            return None  # 大向东铜矿一期: a mine's phase names the mine, not its owner (中矿, 矿业: a firm's words)
        if _ZH_CLAUSE_IN_PREFIX.search(prefix):
            return None  # 甲厂将被整合为其生产基地: a clause read as a name, its subject no investor of the project
        for k in (3, 2):  # 远帆科技常州|基地: the company, then the place of its base
            if len(prefix) - k >= 2 and mainland_place(prefix[-k:]):
                prefix = prefix[:-k]
                break
        if re.search(r"[\u4e00-\u9fffA-Za-z]", prefix):
            return _brand_before_city(prefix) or prefix
    return _brand_before_city(name) if im is None else None  # 新奥|舟山LNG主体工程: no trade word, a brand and city


def _brand_before_city(name: str) -> str | None:
    """The brand opening a name before a city or province written without its level (新奥|舟山LNG主体工程,
    泰康|太原旗舰康养社区): two to four characters that are no place themselves; None when no such city follows
    (a county's or district's short name is too often a word to cut at)."""
    if _opens_with_place(name) or "的" in name:
        return None  # (…来自深圳企业的X: a described name, cut at its 的 by investor_check)
    for k in (2, 3, 4):
        head = name[:k]
        if not _brand_like(head) or place_candidates(head) or _ZH_NOT_BRAND_HEAD.match(head):
            return None
        if any(city_or_province(name[k : k + n]) for n in (2, 3)):
            return head
    return None


# a verb, two countries or a news agency (共签订|贵州…, 进入|佛山…, 中俄|黑河…, 中新社|茂名…) opening what was read
# as a name
_ZH_DATELINE = re.compile(r"[^,。\n]{0,12}?\d{1,2}月\d{1,2}日(?:电|讯)")
_ZH_NOT_BRAND_HEAD = re.compile(r"共|签|引进|投资|新建|扩建|而|来自|进入|位于|落户|来到"
                                r"|中[俄美德法日韩欧新哈蒙泰英意澳非]|.*[社网报台]$")


def city_or_province(name: str) -> bool:
    """A mainland city's (prefecture's) or province's short name (舟山, 浙江), not a county's or district's."""
    return any(_mainland(p.code) and p.code[4:6] == "00" for p in place_candidates(name))


_ZH_PLACE_END = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:自治县|自治州|新区|高新区|开发区|经开区|[省市县区镇乡])")


# a clause's words, no brand's (双方就|科尔沁区…项目: "the two sides, on the … project")
_ZH_FUNCTION_CHAR = re.compile(r"[就对把的在与和及等为将向从由是了其该本双各即并且或]")


def _brand_before_place(prefix: str) -> str | None:
    """The brand opening a project name before the place of the project (华能|清河县280兆瓦…, 宁国运|沙坡头区100MW…):
    two to four characters that are no place themselves, followed by a mainland place written with its level
    (县, 区 …); None when the name opens with a place (毕节高新区…) or names none after its opening."""
    if _opens_with_place(prefix):
        return None
    for k in (2, 3, 4):
        head, rest = prefix[:k], prefix[k:]
        place = _ZH_PLACE_END.match(rest)
        if place is not None and mainland_place(place.group()) and _brand_like(head):
            return head
    return None


def _opens_with_place(name: str) -> bool:
    """The name opens with a mainland place's two- or three-character short name (毕节…, 舟山…)."""
    return mainland_place(name[:2]) or mainland_place(name[:3])


def _brand_like(head: str) -> bool:
    """Chinese characters that may be a brand: no clause's word, no place's level or zone (华能, 新奥; not 双方就)."""
    return re.fullmatch(r"[\u4e00-\u9fff]+", head) is not None and not _ZH_FUNCTION_CHAR.search(head) \
        and not _ZH_PLACE_IN_PREFIX.search(head)


# a place's level written in either script (萍乡 is a city's name; 临桂区, 炎陵縣 are places with their level)
_ZH_LEVEL_CHAR = re.compile(r"[省市县区镇乡縣區鎮鄉州旗盟]|新区|开发|園區|园区")


def placed_brand(prefix: str) -> str | None:
    """`prefix` when it is a city's short name and a brand after it (萍乡|旭阳 before 能源), the way a company is
    named after its city; None when what follows the city is a place, a zone or a clause's word."""
    for k in (2, 3):
        city, brand = prefix[:k], prefix[k:]
        if len(brand) in (2, 3) and mainland_place(city) and re.fullmatch(r"[\u4e00-\u9fff]+", brand) \
                and not _ZH_LEVEL_CHAR.search(brand) and city[-1] not in "县区縣區镇鎮旗" \
                and not _ZH_FUNCTION_CHAR.search(brand) and not place_candidates(brand):
            return prefix
    return None


def mainland_place(name: str) -> bool:
    """The name is a mainland place's short name (江华新能源…项目: 江华瑶族自治县, the project's place, not
    its investor); a Taiwan district's short name (信义) is also a brand here, so only mainland codes count."""
    return any(_mainland(p.code) for p in place_candidates(name))


def _mainland(code: str) -> bool:
    """A place code outside Taiwan, Hong Kong and Macao."""
    return code[:2] not in ("71", "81", "82")


def zh_org_before(clause: str) -> tuple[int, int] | None:
    """An organisation name ending the clause text (…XX集团 / …XX公司), as offsets into the clause."""
    last = None
    for m in _ZH_STRONG_RE.finditer(clause):
        last = m
    if last is None:
        return None
    start = last.start()
    # walk back over the name: CJK and Latin characters, at most 16
    i = start
    while i > 0 and start - i < 16 and re.match(r"[\u4e00-\u9fffA-Za-z0-9()（）]", clause[i - 1]):
        i -= 1
    # drop a leading verb or connective
    cut = _ZH_TIME_OR_OWNER.match(clause, i, start)  # 周五旗下晨星电子集团: the name after "its subsidiary"
    if cut:
        i = cut.end()
    lead = _ZH_LEADING_VERB.match(clause[i:start])
    if lead:
        i += lead.end()
    if start - i < 2:
        return None
    own = _WITH_OWN_UNIT.search(clause, max(0, i - 8), i)
    if own is not None:
        group = zh_org_before(clause[: own.start()])
        if group is not None and group[1] == own.start():
            return group
    return i, last.end()


# a date is no investor: "signed an agreement on Thursday for a … project", the dateline "BEIJING, May 9"
EN_DATE_WORD = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    r"|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)


def en_date_words(name: str) -> bool:
    """The name is only weekday and month words (and day numbers): "Thursday", "May 9"."""
    words = name.replace(",", " ").split()
    return bool(words) and all(EN_DATE_WORD.fullmatch(w) or w.isdigit() for w in words)


_EN_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")


def en_orgs(form: str) -> list[tuple[int, int]]:
    """English organisation names with a legal or corporate suffix, as (start, end) spans."""
    out = []
    for m in scan(EN_ORG_RE, form, before=_EN_ORG_SUFFIXES):
        s, e = m.span("org")
        lead = _EN_LEADING_STOP.match(form, s)
        if lead and lead.end() > s:
            s = lead.end()
        described = _EN_DESCRIPTOR.match(form, s, e)
        if described:
            s = described.end()
        based = _EN_BASED.match(form, s, e)
        if based:
            s = based.end()
        if form.find("\n", s, e) >= 0:  # never across a blank line ("Print this page\n\nX Co. Ltd."): X
            s = max((b.end() for b in _EN_BLANK_LINE.finditer(form, s, e)), default=s)
        links = list(_EN_INNER_LINK.finditer(form, s, e))  # "a battery plant by Gotion Co., Ltd."
        if links:
            s = links[-1].end()
        more = _EN_SUFFIX_MORE.match(form, e)  # "Holdings Co., Ltd", "Group Co., Ltd."
        if more:
            e = more.end()
        if not form[s].isupper():  # "… involves metals giant Baosteel Group": the name after the sentence's words
            s = max((w.end() for w in _EN_LOWER_WORD.finditer(form, s, e)), default=s)
        if e - s >= 4 and form[s].isupper():
            out.append((s, e))
    return with_introduced(form, out)


_EN_LOWER_WORD = re.compile(r"(?<![\w&'-])(?!(?:of|and|for|de|du|la)\b)[a-z][\w'-]*\s+")


# --- companies an English article introduces without a legal suffix -------------------------------------
_NAME = r"[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,3}"
_ACRONYM = re.compile(r"\((?P<n>[A-Z][A-Z0-9&]{1,7})\)")  # after a name: "… Technology Co (CATL)"
# (the word before it capitalised: "global depository receipts (GDR)" defines a security, no company)
_ACRONYM_AFTER = re.compile(r"(?<![\w&'.-])[A-Z][\w&'.-]*[A-Za-z.]\s+$")
_COMPANY_NOUN = (r"(?:producer|maker|manufacturer|company|firm|group|giant|developer|operator|supplier|provider"
                 r"|conglomerate|carmaker|automaker|retailer|miner|bank)")
# ", the world's largest producer of …": the name before the comma opens its sentence
_APPOSITIVE_TAIL = re.compile(r",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,6}?" + _COMPANY_NOUN + r"\b")
_APPOSITIVE_NAME = re.compile(r"(?:^|[.;:]\s|--\s|\n)(?P<n>" + _NAME + r")$")
_DESCRIBED = re.compile(r"\s+(?P<n>" + _NAME + r")")  # after the descriptor noun
_DESCRIPTOR_NOUNS = ("maker ", "manufacturer ", "producer ", "giant ", "supplier ")
_STOP = re.compile(r"^(?:The|A|An|In|On|At|By|For|With|And|This|That|These|Its|It|As|Of|From|To|China|Chinese"
                   # sentence adverbials before a comma ("Meanwhile, the firm …"): no name
                   r"|Meanwhile|However|Moreover|Furthermore|Besides|Separately|Additionally|Recently|Currently|Earlier"
                   r"|Later|Previously|Similarly|Likewise|Overall|Finally|Specifically|Instead|Initially|Subsequently"
                   r"|Today|Yesterday|Then|Now|Also|Thus|Therefore|Still)\b")
_EN_PLACE_WORD = re.compile(
    r"\b(?:Province|City|County|District|Government|Region|Bureau|Ministry|Securities|Municipality|Zone|Area"
    r"|Committee|Commission|Council|Department|Office|Administration|Prefecture|Authority|Authorities)$"
)
# capitalised words that open a sentence as its subject but name no company
EN_GENERIC_SUBJECT = frozenset([
    "Officials", "Investors", "Companies", "Enterprises", "Firms", "Businesses", "Authorities", "Residents",
    "Farmers", "Governments", "Local", "Foreign", "Private", "Chinese", "State", "Provincial", "Municipal",
    "Central", "China", "Domestic", "Overseas", "Xinhua", "Reporters", "Experts", "Analysts", "Statistics",
    "Data", "They", "We", "It", "He", "She", "I", "You", "Mr", "Ms", "Mrs", "Dr", "President", "Chairman",
])


# acronyms a sentence opens with that name no company: measures, offices, blocs, countries, trades, titles
NO_COMPANY_ACRONYMS = frozenset([
    "GDP", "GNP", "CPI", "PPI", "PMI", "FDI", "ODI", "IPO", "CEO", "CFO", "CTO", "COO", "USA", "UAE", "NEV", "NEVS",
    "LNG", "LPG", "CNG", "EVS", "ESG", "NDRC", "MOFCOM", "SASAC", "CSRC", "PBOC", "NPC", "CPC", "CPPCC", "WTO", "IMF",
    "OECD", "ASEAN", "APEC", "BRICS", "RCEP", "NATO", "UNESCO", "WHO", "SEZ", "FTZ", "BRI", "SOE", "SOES", "SME",
    "SMES", "TEU", "TEUS", "MOU", "PPP", "EPC", "BOT", "RMB", "CNY", "USD", "HKD", "EUR", "THE", "AND", "NEW"])


def is_company_name(name: str) -> bool:
    """A capitalised run that may name a company: no place, date, sentence opener, nor a measure's or an office's
    acronym ("GDP grew 5 percent": no company's)."""
    return not (_STOP.match(name) or en_date_words(name) or _EN_PLACE_WORD.search(name) or place_candidates(name)
                or (name.split() or [""])[0] in EN_GENERIC_SUBJECT or name.strip() in NO_COMPANY_ACRONYMS)


def introduced_names(form: str) -> list[str]:
    """Company names the article introduces without a legal suffix: an acronym after the full name
    ("Contemporary Amperex Technology Co (CATL)"), an appositive ("CATL, the world's largest producer of …"),
    a descriptor before the name ("China-based battery maker CATL")."""
    found: list[str] = []
    for m in _ACRONYM.finditer(form):
        if _ACRONYM_AFTER.search(form, max(0, m.start() - 30), m.start()):
            found.append(m.group("n"))
    for m in _APPOSITIVE_TAIL.finditer(form):
        lo = max(0, m.start() - 50)
        opener = _APPOSITIVE_NAME.search(form, lo, m.start())  # "^" only at the text's start
        if opener is not None:
            found.append(opener.group("n"))
    for noun in _DESCRIPTOR_NOUNS:  # "battery maker CATL" (str.find: far cheaper than one pattern for all)
        at = form.find(noun)
        while at >= 0:
            described = _DESCRIBED.match(form, at + len(noun) - 1)
            if described is not None:
                found.append(described.group("n"))
            at = form.find(noun, at + len(noun))
    names: list[str] = []
    for name in found:
        if name not in names and len(name) >= 3 and is_company_name(name):
            names.append(name)
    return names


def with_introduced(form: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` (organisations with a suffix) and every mention of a name the article introduces."""
    names = introduced_names(form)
    if not names:
        return spans
    out = list(spans)
    for name in names:
        for at in word_positions(form, name):
            if not any(s <= at < e or at <= s < at + len(name) for s, e in out):
                out.append((at, at + len(name)))
    return sorted(out)


