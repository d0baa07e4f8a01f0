"""What a Chinese count counts, where its noun is not the word right beside it, and what is counted at all.

- A description may stand between the count and its noun: an amount set off by 、 ("N个、拟投资总额M亿元的合作项目")
  or a run of short parts ("N个区位优越、前景广阔、带动力强的项目"); a description naming places or another count
  is not one (3个园区、街道的项目 counts parks and streets).
- Places are counted, not projects ("200多个城市拥有…项目"), unless the word names a level of projects (省市重大项目);
  a count qualifying places with 的 ("项目超过20个的县区有5个") is their class, no count of its own.
- Task forces (招商专班, 小分队, 工作组) and research institutes (研发机构, 实验室) are no projects, deals or firms.
- A classifier that is the first character of a word is no classifier (20亿项目一期工程: a project named by its sum;
  过去12个月: a duration), and a count picked out by a superlative (最大的两个项目) names the largest of a group
  counted before, not a count of its own.
- Plants counted with 座 ("建有3座8英寸晶圆厂", "各有1座工厂在建中") are counted like factories (a city's
  utilities, 电厂 and 水厂, are not); the subsidiaries a company sets up (设立三家全资子公司) to carry its projects
  are not counted as companies (its existing ones are).
- A minimum before the verb of a count (每年至少引进1个项目) makes it a quota: at least that many, also of one.
- Projects counted with 大 ("12大项目签约", "四大重点项目") are a count of big projects; not an ordinal (第三大项目), a
  batch (一大批项目), a programme's name (省百大项目), nor N大 naming the industries or classes of a count right after
  it (三大千亿产业项目25个, 四大产业项目总数19个).
- A company's production bases written with a Chinese numeral and 大 ("A、B、C三大…生产基地") are counted like
  factories (the sets' convention).
"""

from __future__ import annotations

import re

from app.domain.schema import Comparator, Unit
from app.extract.candidates import Mention
from app.extract.index import anchored_finditer
from app.extract.numbers import ZH_NUMERAL, zh_value

# 20亿项目, 12个月: the classifier begins a word; 最大的两个项目, 规模最大的3家企业: the largest of a group
# (项目 only after a sum's size word: "15项目集中开工" is a headline's count)
_GLUED_CLASSIFIER = {"项": "目", "个": "月"}
_SUPERLATIVE_BEFORE = re.compile(r"最[\u4e00-\u9fff]{1,2}的$")


def no_count(form: str, start: int, end: int, classifier: str, size_word: str | None) -> bool:
    """The number written form[start:end] (ending in its classifier; `size_word` 亿 or 万 when it has one) counts
    nothing (see the module docstring)."""
    if _GLUED_CLASSIFIER.get(classifier) == form[end : end + 1] and (classifier == "个" or size_word):
        return True
    return form.find("最", max(0, start - 5), start) >= 0 and _SUPERLATIVE_BEFORE.search(form, max(0, start - 5),
                                                                                          start) is not None


# 每年至少引进1个项目, 最少签约3个: a minimum with the verb between it and the count (a quota)
_MINIMUM_BEFORE = re.compile(
    r"(?:至少|最少|不少于|不得少于)(?:要|需|应)?(?:引进|引入|招引|签约|签订|落地|开工|新建|建成|实施)了?$"
)


def minimum_before(form: str, start: int) -> bool:
    """A minimum word stands before the verb right before the count at `start` (see _MINIMUM_BEFORE)."""
    return form.find("少", max(0, start - 9), start) >= 0 and _MINIMUM_BEFORE.search(form, max(0, start - 9),
                                                                                      start) is not None


# places counted (a level of projects, 省市重大项目, or firms of a place, 县区企业, are no places)
PLACES_COUNTED = re.compile(
    r"(?:城市|国家|地区|省份|省市|县市|区县|旗区|旗县|县区|市州|地市|乡镇|街道)(?![\u4e00-\u9fff]{0,2}(?:企业|项目)|级)"
)
# 引进项目超过20个的县区有5个: a count qualifying places with 的 is the class of the places counted after it
_PLACES_HAVING = re.compile(
    r"的(?:[县市区镇乡省州旗](?![场域长委])|城市|国家|地区|省份|街道)"
)


def places_having(form: str, end: int) -> bool:
    """The count ending at `end` (its classifier) is followed by 的 and places: the class of a count of places, no
    count of its own (引进项目超过20个的县区有5个)."""
    return form.startswith("的", end) and _PLACES_HAVING.match(form, end) is not None


# counted things that are no projects, deals or firms: a city's task forces, research institutes
TASK_FORCES = re.compile(r"小分队|分队|工作组|专班|招商组")
NOT_FIRMS = re.compile(r"(?:研发|研究|科研|检测|技术)机构|研究院|研究所|实验室")
# the counted noun after a description of the things counted (the form writes 、 as a comma): an amount set off
# by a comma (N个、总投资M亿元的合作项目), a run of short parts (N个区位优越、前景广阔、带动力强的项目) or a clause
_DESCRIBED_NOUN = re.compile(
    r"(?P<desc>[^。;:!?()\n]{1,40}?)的(?P<mods>[^\d,.。;:!?、\s()\"\"'']{0,8}?)(?P<head>项目|工程|企业|公司)"
)
_DESCRIBED_AMOUNT = re.compile(
    r",(?:拟|计划|预计)?(?:总投资|投资总额|投资)?(?:额)?(?:约|近|超过|超|逾|达)?\d+(?:\.\d+)?(?:多|余)?(?:万亿|亿|万)元?$"
)
_DESCRIBED_PARTS = re.compile(r"[\u4e00-\u9fff]{2,8}(?:,[\u4e00-\u9fff]{2,8}){2,}")
# or a clause saying where or how far the things counted got (N个在本届博览会期间洽谈成功的项目, N个已落地的项目)
_DESCRIBED_CLAUSE = re.compile(r"(?:在|已|已经|正在)[\u4e00-\u9fff]{2,20}")
_NOT_DESCRIBING = re.compile(r"\d+\s?(?:个|家|项)|项目|工程|企业|公司|园区|其中|包括|分别")
_ORDINAL_BEFORE = re.compile(r"第[\d一二两三四五六七八九十百]+[个家项座]$")
# 两个产业园, 3个生产基地, 6个牧场: a company's (or a city's) parks, production bases and farms (ranches), counted like
# factories and plant areas
_PLANTS = re.compile(r"(?P<mods>[\u4e00-\u9fff]{0,6}?)(?P<head>产业园|工业园|生产基地|制造基地|牧场)")
# 14个省重大、重点项目, 6个市级、县级重点工程: the count's noun with two or three levels or classes set off by 、
_JOINT_CLASSES = re.compile(
    r"(?P<mods>[\u4e00-\u9fff]{1,4}(?:,[\u4e00-\u9fff]{1,4}){1,2}?)(?P<head>项目|工程)"
)


def described_noun(form: str, end: int) -> re.Match[str] | None:
    """The noun of a count followed by a description (see _DESCRIBED_NOUN) naming no other count, no places and no
    other thing counted (3个园区,街道的项目 counts parks and streets), or by its classes set off by 、 (see
    _JOINT_CLASSES: 14个省重大、重点项目; 5个县区、乡镇项目 counts places), or a count of parks or production bases
    (see _PLANTS)."""
    if form.find("第", max(0, end - 8), end) >= 0 and _ORDINAL_BEFORE.search(form, max(0, end - 8), end):
        return None  # 第三个生产基地: an ordinal, not a count
    near = form[end : end + 12]
    if "园" in near or "基地" in near or "牧场" in near:  # (the cheap test first)
        plants = _PLANTS.match(form, end)
        if plants is not None and not PLACES_COUNTED.search(plants.group("mods")):
            return plants
    if "," in form[end : end + 6] and (joint := _JOINT_CLASSES.match(form, end)) is not None:
        mods = joint.group("mods")
        return None if _NOT_DESCRIBING.search(mods) or PLACES_COUNTED.search(mods) else joint
    if form.find("的", end, end + 41) < 0:
        return None
    m = _DESCRIBED_NOUN.match(form, end)
    if m is None:
        return None
    desc = m.group("desc")
    if not (_DESCRIBED_AMOUNT.match(desc) or _DESCRIBED_PARTS.fullmatch(desc) or _DESCRIBED_CLAUSE.fullmatch(desc)):
        return None
    if _NOT_DESCRIBING.search(desc) or PLACES_COUNTED.search(desc):
        return None
    return m


# 拥有甲地、乙地、丙地三大高纯晶硅生产基地: N大 + a production base (第七大生产基地: an ordinal, the seventh)
_BASES = re.compile(r"(?<!第)(?P<num>[两二三四五六七八九十])大(?P<noun>[^\d,.。;:!?()\n]{0,10}?(?:生产|制造)基地)")


def production_bases(form: str) -> list[Mention]:
    """Counts of production bases written "N大…生产基地" (only looked for where 基地 stands)."""
    out: list[Mention] = []
    for m in _BASES.finditer(form):
        value = zh_value(m.group("num"), None)
        if value is None:
            continue
        out.append(Mention(m.start(), m.end(), m.start("num"), m.end("num") + 1, value, Unit.COUNT,
                           form[m.start("num") : m.end("num") + 1], Comparator.EQ, "count", noun=m.group("noun"),
                           noun_start=m.start("noun"), noun_end=m.end("noun")))
    return out


# 12大项目签约, 四大重点项目: N大 + projects, a count of big projects (第三大项目: an ordinal; 一大批: a batch;
# 省百大项目: a programme's name; 三大千亿产业项目25个, 六大类重点项目60个: N大 names the classes of a count after it);
# factories are counted so too (整合五大钢厂: README, factories counted like projects; not 电厂, 水厂, nor 厂房, 厂区))
_BIG_PROJECTS = re.compile(
    r"(?<![第一\d百千])(?P<num>\d{1,3}|[两二三四五六七八九十]{1,2})大(?P<noun>(?!类)[^\d,.。;:!?()\n\"]{0,6}?项目"
    r"|(?!类)[^\d,.。;:!?()\n\"]{0,8}?(?:工厂|(?<![电水气热污])厂)(?![房区长商家]))"
    r"(?![^,。;:!?\n\d]{0,4}(?:\d|[一二两三四五六七八九十]+[个项]))"  # (四大产业项目总数19个: a count after it)
)


def big_projects(form: str) -> list[Mention]:
    """Counts of projects written "N大…项目" (only looked for where 大 stands before 项目)."""
    out: list[Mention] = []
    for m in anchored_finditer(_BIG_PROJECTS, form, "大", (1, 3)):  # (大 after the number's 1 to 3 characters)
        value = zh_value(m.group("num"), None)
        if value is None or value < 2:
            continue
        out.append(Mention(m.start(), m.end(), m.start("num"), m.end("num") + 1, value, Unit.COUNT,
                           form[m.start("num") : m.end("num") + 1], Comparator.EQ, "count", noun=m.group("noun"),
                           noun_start=m.start("noun"), noun_end=m.end("noun")))
    return out


# 建有3座8英寸晶圆厂, 各有1座工厂在建中: plants counted with 座 (a plant's workshops, 厂房, and its area, 厂区, are no
# plants, nor are a city's utilities: 电厂, 水厂, 污水厂); the number before 座, the plant after it
_ZUO_NUMBER = re.compile(rf"(?<![\d.第])(?:\d{{1,3}}|{ZH_NUMERAL})$")  # (第三座工厂: an ordinal)
_ZUO_PLANT = re.compile(
    r"[^\d,.。;:!?()\n]{0,4}?(?:\d{1,2}英寸)?[^\d,.。;:!?()\n]{0,4}?(?:工厂|(?<![电水气热污])厂)(?![房区长])"
)
# 设立三家全资子公司: subsidiaries set up (to carry the projects), not a count of the company's firms
_SET_UP_BEFORE = re.compile(r"(?:设立|成立|新设|组建|注册|新成立)了?$")


def plants_by_zuo(form: str) -> list[Mention]:
    """Counts of plants written "N座…厂" (looked for only where 座 stands, the number before it and the plant after)."""
    out: list[Mention] = []
    at = form.find("座")
    while at > 0:
        number = _ZUO_NUMBER.search(form, max(0, at - 12), at)
        plant = _ZUO_PLANT.match(form, at + 1) if number is not None else None
        value = zh_value(number.group(), None) if number is not None and plant is not None else None
        if number is not None and plant is not None and value is not None and value >= 1:
            out.append(Mention(number.start(), plant.end(), number.start(), at + 1, value, Unit.COUNT,
                               form[number.start() : at + 1], Comparator.EQ, "count", noun=plant.group(),
                               noun_start=plant.start(), noun_end=plant.end()))
        at = form.find("座", at + 1)
    return out


def set_up_subsidiaries(form: str, start: int, head_end: int) -> bool:
    """The count at `start` is of subsidiaries (its noun ending at `head_end`) that the sentence sets up."""
    return form.startswith("子公司", head_end - 3) and _SET_UP_BEFORE.search(form, max(0, start - 4), start) is not None


# N个工业类园区, N个产业园区: industrial parks are places, not counted (README, set 14); the firms of a park
# (N家工业园区企业) are
_PARKS = re.compile(r"(?:工业|产业)类?园区(?!企业|公司|内|里|中|的?(?:企业|公司|项目))")


def parks_counted(form: str, mods_start: int, head_end: int) -> bool:
    """Whether the counted noun form[mods_start:head_end] is industrial parks themselves."""
    if not form.startswith("园区", head_end - 2):
        return False
    park = _PARKS.search(form, max(mods_start, head_end - 6), head_end + 6)
    return park is not None and park.end() == head_end
