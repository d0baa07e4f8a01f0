"""Chinese counts in a list whose noun is given once for the whole list.

News tallies divide a total among named parts and write the counted noun only once: "签约的27个项目……其中,
高新区10个,宜都市3个,当阳市5个" (the projects by district), "大物流专班1个项目,康养专班2个项目" (by task
force), "服务业15个" after "工业项目30个". Each item is a name (a district, a task force, an industry)
directly before its number, separated from its neighbours by commas or semicolons (an item may carry its own
amount before the semicolon: "甲分局9个,投资额35亿元;乙分局6个,投资额12亿元"), or one item named right after
其中 ("共签约项目209项,引进资金354.8亿元,其中甲市104项,引进资金127.75亿元"). A total closing a clause ("产业项目仍然是
重中之重,共307个") counts the noun its sentence opens with; a count opening its clause with 有 ("签约项目约占一半,
有87个") the noun the clause before it opens with. An item counts what
the list divides — the noun of the count stated before it — and its name keeps it apart from an equal
count of another item (two districts with 3 projects each are two facts).
"""

from __future__ import annotations

import re
from decimal import Decimal

from app.extract.candidates import Mention

# the item's name: 2–14 characters after a clause mark (or 其中), no digits, no clause marks inside
_NAME_BEFORE = re.compile(
    r"(?:[,;:。\n]|其中,?)(?:其中,?)?(?P<name>[\u4e00-\u9fffA-Za-z()]{2,14}?)(?:有|为|共|共有)?\s?$"
)
# names that are no part of a tally: places counted, verbs or cues that begin a clause of their own
_NOT_A_NAME = re.compile(
    r"(?:城市|国家|地区|省份|以上|以下|超过|达到|突破|新增|累计|共计|合计|同比|增加|减少|其中|包括|涉及|分别|"
    r"签约|签订|开工|竣工|投产|引进|落地|完成|实现|达|约|近|逾|超|共|计)$"
    r"|^(?:其中|包括|涉及|分别|共|同比|比|较|培育|打造|建设|建成|新建|引进|实施|推进|组建|成立|力争|确保|计划)"
    r"|[亿万]元|以上|以下"  # 超百亿元产业集群3个: a value class, not a name
)
# an item may carry its own amount before the semicolon closing it ("甲分局9个,投资额35亿元;乙分局6个,…"): the list's
# shape is then NAME N个, amount; NAME N个, amount; … and the amount clause stands between an item and its sibling
# (an item's own amount after its count before the next item: ",总投资N亿元;" or ",总投资N亿元," (、 is read as ,))
_ITEM_AMOUNT = r"(?:,[^\d,;:。\n]{0,6}\d+(?:\.\d+)?(?:万亿|亿|万)?(?:美元|元)[^\d,;:。\n]{0,4}[;,])"
_SIBLING_AFTER = re.compile(
    rf"(?:[,;]|{_ITEM_AMOUNT})\s?(?:和|及)?[\u4e00-\u9fffA-Za-z()]{{1,13}}"
    r"[^\d,;:。\n的了在自从向对与是为有将和及或等来破到过达超逾近约]\s?\d+\s?(?:个|家|项)"
)
_SIBLING_BEFORE = re.compile(
    rf"\d+\s?(?:个|家|项)(?:[\u4e00-\u9fff]{{0,6}})?(?:[,;]|{_ITEM_AMOUNT})\s?(?:和|及)?$"
)
# 共签约项目209项,…,其中甲市104项: one item named right after 其中 is a part of the count before it on its own
_AMONG_THEM = re.compile(r"其中,?$")
_FUNCTION_END = "的了在自从向对与是为有将和及或等来"  # 签约的27个项目, 来自11个…: a clause, not a name
_MAX_PARENT_GAP = 300  # characters between the list's total and an item


def item_name(form: str, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the name of the list item whose count runs from `start` (its number) to `end` (its
    classifier or noun), when it stands in a list of at least two such items; else None."""
    lo = max(0, start - 18)
    m = _NAME_BEFORE.search(form, lo, start)
    if m is None and lo == 0:
        m = re.match(r"(?P<name>[\u4e00-\u9fffA-Za-z()]{2,14}?)(?:有|为|共|共有)?\s?$", form[:start])
    if m is None or _NOT_A_NAME.search(m.group("name")) or m.group("name")[-1] in _FUNCTION_END:
        return None
    name_start, name_end = m.span("name")
    if not (_SIBLING_AFTER.match(form, end) or _SIBLING_BEFORE.search(form, max(0, name_start - 16), name_start)
            or _AMONG_THEM.search(form, max(0, name_start - 4), name_start)):
        return None
    return name_start, name_end


# 三季度集中开工重大项目中,福州25个、总投资348亿元,厦门24个…: the group the items divide, named without a count
_GROUP_OPENER = re.compile(r"(?:项目|項目|工程|企业|企業)中,")


def group_named_before(form: str, start: int) -> bool:
    """Whether the sentence of the list item at `start` opens its list with the group it divides, named without a
    count ("…重大项目中,"), so that each item is a count of that group's."""
    stop = max(form.rfind("。", 0, start), form.rfind("\n", 0, start), start - _MAX_PARENT_GAP)
    return _GROUP_OPENER.search(form, stop + 1, start) is not None


def parent_count(out: list[Mention], start: int, value: Decimal, classifier: str) -> Mention | None:
    """The count the list divides: the nearest count stated before the item, with a noun, the same
    classifier and a value at least the item's, that is not itself an item of a list."""
    for prev in reversed(out):
        if start - prev.end > _MAX_PARENT_GAP:
            return None
        if (prev.family == "count" and prev.noun and "item" not in prev.hints
                and prev.value_text.rstrip().endswith(classifier) and prev.value >= value):
            return prev
    return None


# 产业项目仍然是重中之重,共307个,占…: the count closing a clause whose sentence opens with what it counts
_TOTAL_BEFORE = re.compile(r",(?:共|共有|共计|总计|合计)$")
_SUBJECT = re.compile(r"[^\d,。;:!?\n]{0,10}?(?:项目|工程|企业)")
_CLAUSE_END = re.compile(r"[,。;:!?、\n]|$")


# 其中亿元以上项目30个,10亿元以上5个: a value class standing for the noun of the class counted before it
_CLASS_NAME = re.compile(
    r"(?:[,;:(]|其中,?)(?P<cls>(?:\d+(?:\.\d+)?(?:万亿|亿|千万|万)?|万亿|亿|千万)(?:美元|元)(?:及?以上|以下)"
    r"|\d+(?:\.\d+)?(?:万亿|亿|万)?元?(?:到|至|-)\d+(?:\.\d+)?(?:万亿|亿|万)(?:美元|元))$"
)
_CLASS_AFTER = re.compile(r"[,;。)、]|$")
# 1亿元到10亿元项目34个: a range that names the class of the projects counted right after it
_RANGE_CLASS_AFTER = re.compile(r"的?[\u4e00-\u9fff]{0,4}?(?:项目|企业)\s?(?:有|共|计)?\s?\d+\s?[个家项]")


def range_class(form: str, end: int) -> bool:
    """The range ending at `end` is the value class of a count right after it (see _RANGE_CLASS_AFTER)."""
    return _RANGE_CLASS_AFTER.match(form, end) is not None


def elided_noun(form: str, start: int, end: int, classifier: str, out: list[Mention]) -> tuple[int, int] | None:
    """(start, end) of the noun of a count written without one: a total closing a clause (`topic_count`: its
    sentence's subject) or an item named by its value class after a count of its noun ("…项目30个,10亿元以上5个": the
    class, as a district names an item of a list; the class's amount, read before, becomes a threshold), else None."""
    if (topic := topic_count(form, start, end, classifier)) is not None:
        return topic
    if classifier not in ("个", "家", "项") or form[start - 1 : start] not in ("上", "下", "元"):
        return None
    cls = _CLASS_NAME.search(form, max(0, start - 24), start)
    if cls is None or not _CLASS_AFTER.match(form, end):
        return None
    value = zh_value_of(form, start, end)
    parent = parent_count(out, start, value, classifier) if value is not None else None
    if parent is None or parent.noun_start is None or parent.noun_end is None or parent.end < cls.start() - 40:
        return None
    for m in out:
        if m.family == "money" and cls.start("cls") <= m.num_start < cls.end("cls"):
            m.hints["threshold"] = "1"  # the class's amount, not an amount of its own
    return cls.span("cls")  # the class names the item, as a district names a list's item (东区3个)


def zh_value_of(form: str, start: int, end: int) -> Decimal | None:
    """The number of the count form[start:end] (its classifier last)."""
    digits = re.match(r"\d+", form[start:end])
    return Decimal(digits.group()) if digits is not None else None


# 签约项目约占一半,有87个: a count opening its clause with 有, after a clause whose subject it counts
_HAVE_BEFORE = re.compile(r",有$")


def topic_count(form: str, start: int, end: int, classifier: str) -> tuple[int, int] | None:
    """(start, end) of the noun of a count written "…,共N个," with no noun after it, when the sentence opens with a
    noun of projects or firms (its subject, what the count counts); or written ",有N个," right after a clause that
    opens with such a noun and states no figure of its own ("签约项目约占一半,有87个": the count of that subject);
    else None."""
    if classifier not in ("个", "家", "项") or not _CLAUSE_END.match(form, end):
        return None
    if _HAVE_BEFORE.search(form, max(0, start - 2), start):
        clause = max(form.rfind(c, 0, start - 2) for c in ",。;:!?\n") + 1
        subject = _SUBJECT.match(form, clause)
        if subject is None or re.search(r"\d", form[clause : start - 2]):
            return None
        return subject.start(), subject.end()
    if not _TOTAL_BEFORE.search(form, max(0, start - 4), start):
        return None
    sentence = max(form.rfind(c, 0, start) for c in "。;!?\n") + 1
    subject = _SUBJECT.match(form, sentence)
    if subject is None or form.find(",", sentence, subject.end()) >= 0:
        return None
    return subject.start(), subject.end()


_SENTENCE_MARK = re.compile(r"[。;!?\n]")


def one_beside(form: str, out: list[Mention], start: int, head: str) -> bool:
    """A count of one right after a count of the same noun in its sentence ("建立了甲、乙、丙三个生产基地,在甲国建立
    一个生产基地"): one more of them, counted like its sibling."""
    prev = next((p for p in reversed(out) if p.family == "count"), None)
    return (prev is not None and bool(prev.noun) and (prev.noun or "").endswith(head) and 0 <= start - prev.end <= 30
            and _SENTENCE_MARK.search(form, prev.end, start) is None)
