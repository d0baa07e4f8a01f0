"""A Chinese clause that opens on 项目总投资 tells the total of the one project the sentence is about.

In a sentence describing one project by its attributes (X园规划用地面积约N亩,紧挨着…,项目总投资N亿元,布局建设…), the
bare 项目 opening a clause refers back to the thing the sentence names: the amount is that project's total, a `project`
fact (tests/heldout/README.md: `project` for one named project's amount), whatever plan word the sentence opened on
(规划建设…). Not one project: a sentence that counts or classes projects before (共18个项目开竣工,项目总投资N; 重大项目,
这批项目, 等项目: a batch's total, an `indicator`), or a clause where 项目 is part of a longer noun (签约项目总投资,
重点项目总投资)."""

from __future__ import annotations

import re

_OPENS_ON_TOTAL = re.compile(
    r"(?:项目|工程)(?:总投资|投资总额|总投资额|计划总投资)(?:额)?(?:为|达|约|约为|达到|共|近|超|超过|逾|\s)*$")
# a count or a class of projects told before in the sentence: the clause is a batch's
_MANY = re.compile(
    r"[\d一二三四五六七八九十两百千]+\s*[个项批家]|一批|批次|等项目|这些|上述|重大项目|重点项目|项目群|[省市县区]级"
    r"|签约|开竣工|集中开工|集中签约")


def topic_total(form: str, sent_start: int, clause_start: int, m_start: int) -> bool:
    """Whether the amount at m_start opens its clause with 项目总投资 in a sentence about one project (see above)."""
    opens = _OPENS_ON_TOTAL.match(form, clause_start, m_start)
    if opens is None or opens.end() != m_start or clause_start <= sent_start:
        return False
    return _MANY.search(form, sent_start, clause_start) is None


# A decision that changes a project's total (…签订补充协议,将总投资增加至N; 最后确定将总投资增加到N;
# 两个项目合计投资规模将由N缩减至M): the amounts before and after the change are the project's totals, `project`
# facts, not a place's statistics (the result restating a total named earlier is one fact with it: merging). Told
# by the change's shape (总投资/投资规模 … 由N … 增加/缩减 … 至/到/为 M) with a disposal or future 将 (or 把) before
# the noun or right after it; a place's or a batch's total (全市, 固定资产, 签约项目, 引进) is left alone.
_CHANGE = r"(?:增加|提高|追加|调增|扩大|增至|缩减|减少|调减|压减|调整|变更)(?:到|至|为)?"
_TOTAL_NOUN = r"(?:总投资额|总投资|投资总额|投资规模|投资额)"
_AMOUNT = r"(?:人民币)?[\d.]+\s*(?:万亿|亿|万)?元"
_CHANGED_TO = re.compile(rf"(?:将|把){_TOTAL_NOUN}(?:由{_AMOUNT})?{_CHANGE}$|{_TOTAL_NOUN}将(?:由{_AMOUNT})?{_CHANGE}$")
_CHANGED_FROM = re.compile(rf"(?:(?:将|把){_TOTAL_NOUN}由|{_TOTAL_NOUN}将由)$")
_CHANGE_AFTER = re.compile(rf"{_CHANGE}")
_PLACE_OR_BATCH = re.compile(r"全[市县区省州旗]|固定资产|签约|引进|招商|重大项目|重点项目")


def changed_total(form: str, sent_start: int, m_start: int, m_end: int) -> bool:
    """Whether the amount form[m_start:m_end] is a project's total before or after a decided change (see above)."""
    lo = max(sent_start, m_start - 30)
    if _CHANGED_TO.search(form, lo, m_start) is None and not (
            _CHANGED_FROM.search(form, lo, m_start) is not None and _CHANGE_AFTER.match(form, m_end) is not None):
        return False
    clause = max(sent_start, max(form.rfind(c, sent_start, m_start) for c in ",;。!?\n") + 1)
    return _PLACE_OR_BATCH.search(form, clause, m_start) is None


# An enumeration of named projects (其中10亿元以上项目2个,分别为总投资N的X产业项目,总投资M的Y基地项目): each item after
# 分别为/分别是 + 投资 is one project named by the list, even when its name ends like a class (…一体化产业项目).
_ENUMERATION = re.compile(r"分别(?:为|是)(?:总投资|投资)")
_ITEM_CUE_BEFORE = re.compile(r"(?:总投资|投资)(?:约|达|超过|超|逾|近)?$")


def enumerated_item(form: str, sent_start: int, m_start: int, m_end: int) -> bool:
    """Whether the amount at m_start is the amount of an item of an enumeration of named projects (see above)."""
    if not form.startswith("的", m_end) or _ITEM_CUE_BEFORE.search(form, max(sent_start, m_start - 6), m_start) is None:
        return False
    return _ENUMERATION.search(form, max(sent_start, m_start - 160), m_start) is not None


# A batch between a project's name and the amount: a count of enterprises (A、B、C等6家企业入园,合同投资额达N) or a
# place's count of projects (全市…308个重点项目集中开复工,总投资达N) told between the name the rules found and the
# amount makes the amount the batch's total, an aggregate (`indicator`), not the named project's or company's.
_BATCH_BETWEEN = re.compile(
    r"(?<![\d一二三四五六七八九十两百千])(?:\d{2,}|[2-9]|[两二三四五六七八九十百千][一二三四五六七八九十百千]*)\s*"
    r"(?:多|余)?家(?:企业|公司|单位)"  # (一家公司: one company, no batch)
    r"|全[市县区省州旗盟][^,。;!?\n]{0,20}?\d+\s*(?:多|余)?个(?:重点|重大)?项目")


def batch_between(form: str, name_start: int, m_start: int) -> bool:
    """Whether a count of enterprises or a place's count of projects stands between name_start and the amount."""
    return name_start < m_start and _BATCH_BETWEEN.search(form, name_start, m_start) is not None
