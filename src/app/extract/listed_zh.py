"""Amounts of a place's report tied to one project by their shape: projects listed by their amounts
(总投资分别为N亿元、M亿元的A项目和B项目: the n-th amount the n-th project's;
"总投资N亿元的A、M亿元的B等重大产业项目建成投产", "N亿元的A智能网联汽车、M亿元的B电池等项目加快推进"), a short name
before an amount's cue whose project follows (A总投资N亿元的…项目), and a fund set up jointly (…共同发起设立的…基金,
基金规模N亿元).

Each amount of such a list is one project's, named right after its 的; the list is told as projects (it closes
with 等…项目, or its items are named as projects). The item's company is the leading proper name of the item:
the whole item when it is a short name alone (A), else the name before its industry or product words (A of
A智能网联汽车), read as `orgs.zh_investor_from_name` reads a project's name. A place (绵阳…), an industry word
(新能源汽车), a class of projects (重大…) or a product name (a model with Latin letters or digits) is no company:
the item is then a project with no investor, or no item at all when it is not named as a project.

The list is recognised by its shape only: a run of "amount 的 name" items joined by 、/和/及 (each item may repeat
its own investment word, 投资N亿元的A、投资M美元的B), opened by an investment word (总投资, 投资), a list's lead
(其次分别为) or the clause itself, and closed by 等…项目. A company named after its city (南京国芯 of
南京国芯特种机器人产业园) leads its item too; a county's name (盈江景观…), a process (林浆纸一体化) or a zone's or
region's facility (高新科技创新园, 中原国际工业博览城) leads none.
"""

from __future__ import annotations

import re

from app.extract.orgs import city_or_province, mainland_place, zh_investor_from_name
from app.extract.subject_zh import subject_before
from app.extract.zh_investor_words import no_company_word

ZH_PROJECT_SUFFIX = re.compile(
    r"(?:项目群|项目|产业园|工业园|科技园|产业基地|基地|园区|数据中心|中心|工厂|工程|综合体|电站|生产线|产业链|广场|大厦|(?<=[\u4e00-\u9fff]{2})(?:[一二三四五]|首)期)"
)
# 总投资分别为11亿元、6亿元的康怡佳园养老项目和永宝摄生文明村项目: the n-th amount is the n-th project's
_RESPECTIVELY = re.compile(r"(?:总投资|计划投资|投资)(?:额)?分别(?:为|是|达)?")
_AMOUNTS_BEFORE = re.compile(r"(?:[\d.]+(?:亿|万)?元\s*[、,和及与]\s*)*")
_LIST_END = re.compile(r"[。;:!?\n]|等|已|正在|将|(?<!\d)\.|\.(?!\d)")
_AMOUNTS_AFTER = re.compile(r"(?:\s*[、,和及与]\s*[\d.]+(?:亿|万)?元)*的")


def respective_item(form: str, text: str, m_start: int, m_end: int,
                    sent_start: int) -> tuple[int, int, str | None, str] | None:
    """(start, end, investor, project name) of the project a listed amount belongs to (总投资分别为11亿元、6亿元的
    A项目和B项目: 6亿元 is B's), or None."""
    lst = _RESPECTIVELY.search(form, max(sent_start, m_start - 40), m_start)
    if lst is None or not _AMOUNTS_BEFORE.fullmatch(form, lst.end(), m_start):
        return None
    tail = _AMOUNTS_AFTER.match(form, m_end)
    if tail is None:
        return None
    index = form.count("元", lst.end(), m_start)
    seg_start = tail.end()
    seg = form[seg_start : seg_start + 80]
    stop = _LIST_END.search(seg)
    seg = seg[: stop.start()] if stop else seg
    pos = 0
    names: list[tuple[int, int]] = []
    for part in re.split(r"(和|,|及|与)", seg):
        if part and part not in "和,及与" and ZH_PROJECT_SUFFIX.search(part):
            names.append((seg_start + pos, seg_start + pos + len(part)))
        pos += len(part)
    if index >= len(names):
        return None
    s, e = names[index]
    investor = zh_investor_from_name(form[s:e])
    return (lst.start() if index == 0 else m_start, e, text[s : s + len(investor)] if investor else None, text[s:e])


_AMOUNT = (r"(?:(?:计划总投资|总投资|计划投资|投资)(?:约|达)?)?(?:约|近|超过|超|逾)?\d+(?:\.\d+)?(?:万亿|亿|万)"
           r"(?:美元|港元|元)")
_ITEM = r"的[^,。;:!?\n\"()等的]{2,24}?"
_JOIN = r"(?:,|和|及|与|以及)"
# the items before the amount back to the list's opening: an investment word, a list's lead (其次分别为), or the
# clause's start (an item may repeat its own investment word: 投资N亿元的A、投资M亿元的B等项目)
_CHAIN_BEFORE = re.compile(
    r"(?:(?P<cue>(?:计划总投资|总投资|投资总额|计划投资|投资)(?:分别)?(?:约为|约|达|为)?|(?:其次|依次)?分别为)"
    r"|(?:^|(?<=[,。;:!?\n])))"
    rf"(?P<items>(?:{_AMOUNT}{_ITEM}{_JOIN})*)$"
)
# the item after the amount, and the items after it to the list's close (等…项目)
# (a list in parentheses ends at its closing one: …项目2个(投资N亿元的A、M亿元的B项目))
_ITEM_AFTER = re.compile(rf"的(?P<name>[^,。;:!?\n\"()等的]{{2,24}}?)(?=等|{_JOIN}{_AMOUNT}的|[,。;:!?\n)])")
_CLOSE_AFTER = re.compile(rf"(?:{_JOIN}{_AMOUNT}{_ITEM})*?等[^,。;:!?\n]{{0,10}}?(?:项目|工程)")
_PROJECT_END = re.compile(r"(?:项目|基地|工厂|产业园|生产线)$")


def listed_item(form: str, text: str, m_start: int, m_end: int,
                sent_start: int) -> tuple[int, int, str | None, str] | None:
    """(start, end, investor, project name) of the amount at form[m_start:m_end] when it is an item of a list
    of projects told by their amounts ("…465亿元的A、240亿元的B等…项目"), or None."""
    item = _ITEM_AFTER.match(form, m_end)
    if item is None:
        return None
    chain = _CHAIN_BEFORE.search(form, max(sent_start, m_start - 120), m_start)
    if chain is None:
        return None
    name = item.group("name")
    named_project = _PROJECT_END.search(name) is not None or _FACILITY_END.search(name) is not None
    closed = _CLOSE_AFTER.match(form, item.end("name")) is not None
    several = bool(chain.group("items")) or form.startswith(("和", "及", "与", ","), item.end("name")) and closed
    if not closed and not (several and named_project) or not (chain.group("cue") or several or closed):
        return None
    investor = _company_of(name)
    if investor is None and not (named_project and not no_company_word(name)):
        return None  # not named as a project, or a class of projects (重大项目, 重点项目): no item
    start = chain.start("cue") if chain.group("cue") and not chain.group("items") else m_start
    s = item.start("name")
    return start, item.end("name"), text[s : s + len(investor)] if investor else None, text[s : item.end("name")]


# a facility or a place rather than a company: 江州大道, 人民医院, 第一中学, 宜宾港, 城南片区
_FACILITY_END = re.compile(
    r"[路桥道港站馆院校场村镇段线库楼湖江河山湾岛园城区县市省]$|中学|小学|大学|片区|新区|园区|产业"
)


# a short company name ending in a business word, heading an item's name: 远帆置业|锦绣花园, 华辰实业|物流中心
_BUSINESS_HEAD = re.compile(
    r"[\u4e00-\u9fff]{2,4}?(?:置业|地产|房地产|实业|集团|控股|股份|科技|电子|电气|能源|新材料|化工|药业|汽车|机械|重工"
    r"|食品|纺织|建材)(?=[\u4e00-\u9fff]{2})")


def _company_of(name: str) -> str | None:
    """The company leading an item's name (A of A智能网联汽车, A alone; 远帆置业 of 远帆置业锦绣花园, a short name
    with its business word before a facility's name), or None for a place or a facility (江州大道, 宜宾港), an
    industry, a class of projects or a product."""
    owner = zh_investor_from_name(name if _PROJECT_END.search(name) else name + "项目")
    if owner is not None and _FACILITY_END.search(owner):
        head = _BUSINESS_HEAD.match(name)
        owner = head.group() if head is not None else owner
    if owner is not None and _NO_OWNER.search(owner):
        return None  # 林浆纸一体化, 高新科技创新园, 中原国际工业博览城: a process, a zone's or a region's facility
    if owner is not None and len(owner) >= 4 and city_or_province(owner[:2]) and _city_brand(owner[2:]):
        return owner  # 南京国夏特种机器人: a company named after its city, the brand right after it
    if owner is None or len(owner) < 2 or mainland_place(owner) or no_company_word(owner) \
            or _FACILITY_END.search(owner) or any(mainland_place(owner[:k]) for k in (2, 3) if len(owner) > k):
        return None
    return owner


_NO_OWNER = re.compile(r"一体化|^(?:高新|经开|中原|华[东南北中]|西部|东北|国际|综合)")


def _city_brand(rest: str) -> bool:
    """What follows a city's short name in an item's company is a brand: Chinese, no place, zone, facility or word
    naming no company at its head (国夏特种机器人; not 江北新区, 经开区)."""
    return re.match(r"[\u4e00-\u9fff]{2}", rest) is not None and not mainland_place(rest[:2]) \
        and not mainland_place(rest[:3]) and not _FACILITY_END.search(rest[:4]) and not no_company_word(rest) \
        and re.match(r"[\u4e00-\u9fff]{0,3}?(?:[省市县区镇乡]|新区|开发|高新|经开|园|港)", rest) is None


# a short name opening the clause right before the amount's cue: 惠科总投资N亿元的…项目 (not 全市, 项目, 江州市)
_OWNER_BEFORE_CUE = re.compile(r"(?:^|(?<=[,、。;:!?\n]))(?P<n>[\u4e00-\u9fffA-Za-z]{2,6})$")  # (、: a list's item)


def owner_before_cue(form: str, sent_start: int, cue_at: int) -> tuple[int, int] | None:
    """The company opening the clause right before an amount's cue whose project is named after the amount
    (惠科总投资N亿元的…项目: 惠科), when it is company-like: no place, government, class of projects or word
    naming no company."""
    owner = _OWNER_BEFORE_CUE.search(form, max(sent_start, cue_at - 8), cue_at)
    if owner is None or mainland_place(owner.group("n")) or no_company_word(owner.group("n"), opening=True) \
            or _FACILITY_END.search(owner.group("n")):
        return None
    return owner.span("n")


# a fund's size: N亿元(规模)的…基金, 基金(总)规模(达到)N亿元; set up jointly in its sentence (共同发起设立, 联合成立)
_FUND_AFTER = re.compile(r"(?:人民币)?(?:规模)?的?[^,。;!?\n]{0,12}?基金")
_FUND_BEFORE = re.compile(r"基金(?:总|首期|认缴)?规模(?:就|将|已|预计|拟)?(?:为|达到|达|约为|约|共|是|\s)*$")
_JOINTLY_SET_UP = re.compile(r"(?:共同|联合|合资|携手)[^。;!?\n]{0,12}?(?:发起|设立|成立|组建)")
_SENTENCE_END = re.compile(r"[。;!?\n]")


_SET_UP = re.compile(r"设立|成立|发起|组建")
_SIZE_BEFORE = re.compile(r"(?:总|首期)?规模(?:为|达|约)?$")


def fund_set_up(form: str, text: str, sent_start: int, m_start: int, m_end: int) -> tuple[bool, str | None]:
    """(whether the amount is the size of a fund its sentence sets up as one venture, the company setting it up):
    set up jointly (X市与Y公司共同发起设立的…基金,基金规模N亿元; 双方将共同发起成立N亿元规模的产业基金) it has no single
    investor; set up by a company (X集团拟设立总规模N亿元的…基金) that company invests. A fund a city or a
    government sets up on its own is no project."""
    if not (_FUND_AFTER.match(form, m_end) or _FUND_BEFORE.search(form, max(sent_start, m_start - 12), m_start)):
        return False, None
    end = _SENTENCE_END.search(form, m_end)
    if _JOINTLY_SET_UP.search(form, sent_start, end.start() if end else len(form)) is not None:
        return True, None
    size = _SIZE_BEFORE.search(form, max(sent_start, m_start - 4), m_start)
    set_up = _SET_UP.search(form, max(sent_start, m_start - 16), size.start() if size else m_start)
    if set_up is None:
        return False, None
    kind, span = subject_before(form, sent_start, set_up.start())
    return (True, text[span[0] : span[1]]) if kind == "company" and span is not None else (False, None)


# the rest of a project's name that enumerates its products (A单晶硅棒、B切片、C电池组件项目): parts joined by 、 (a
# comma in the matching form, 、 in the text) up to the project's word, with no amount or cue inside
_ENUMERATED_REST = re.compile(
    r"(?:,[^,。;:!?\n等的]{1,16}?){1,5}?(?:项目|基地|工厂|生产线)(?![\u4e00-\u9fff]{0,2}(?:群|[和及]))"
)
_AMOUNT_OR_CUE = re.compile(r"\d(?:\.\d+)?\s*(?:亿|万)?元|投资|项目[^,]")


def enumerated_name_end(form: str, text: str, at: int) -> int | None:
    """The end of a project's name that goes on after the 、 at `at` with more of its products (总投资N亿元的A硅棒、
    B切片、C组件项目), or None when the name ends there (a list of projects, a new clause)."""
    if text[at : at + 1] != "、":
        return None
    rest = _ENUMERATED_REST.match(form, at)
    if rest is None or _AMOUNT_OR_CUE.search(rest.group()):
        return None
    seps = [i for i in range(at, rest.end()) if form[i] == ","]
    return rest.end() if all(text[i] == "、" for i in seps) else None
