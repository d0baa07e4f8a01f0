"""One amount stated twice in an article: the same fact, whatever kind each statement was given.

A page restates a project's amount in other words ("it plans to spend 10 billion yuan …" and later "with the
latest 10 billion yuan investment"; a company's announcement and the page's own headline in the middle of the
text; 计划…完成固定资产投资305.21亿元 and later 拟在…分期投资305.21亿元). Whether a second statement of an
amount equal to an earlier one is the same fact is decided from how the amount is written, not from the
phrasing around it:

- it refers back: a determiner stands right before it ("the RMB 10 billion investment", "this 5 billion yuan",
  这笔/上述/该项目总投资 N), or its English clause names its project with a demonstrative ("the total investment
  of this project is N") — a definite amount names one already given;
- or it is precise: three or more significant digits (305.21亿, 18.5亿, 10.2 billion) are too particular for two
  different things of one article to share, where round amounts (3 billion, 10亿) often are two projects;

and nothing in the two statements says they are different things:

- two projects named differently, or two investors neither of whom is the other's name written shorter;
- two measures of different things (an investment and an output value, revenue and tax), by their label;
- items of a list;

nor, whatever the rule that compares them (the caller's `_apart`): one achieved (已完成投资 N, "has invested N so
far") and the other not, a project's progress equal to its total; parts of a whole side by side in one sentence;
the figures of two groups.
"""

from __future__ import annotations

import re
from decimal import Decimal

from app.extract.candidates import Mention

MIN_PRECISE_DIGITS = 3
_INVESTMENT_TOPICS = frozenset({"investment", "fixed-asset investment", "agreed investment", "foreign investment"})
# a determiner right before the amount (the comparator, currency and number follow it)
_EN_REFERS = re.compile(
    r"\b(?:the|this|that|said|its|their)\s+(?:(?:latest|new|proposed|planned|above|aforementioned|entire|whole|same"
    r"|initial|original|announced|committed|total)\s+){0,2}$"
)
# the amount's clause names its project with a demonstrative: "The total investment of this project is N", "That
# plant will cost N" — the project (and its amount) described before
_EN_REFERS_CLAUSE = re.compile(
    r"(?:\b(?:this|that|the\s+said|the\s+above|the\s+same)\s+(?:[\w-]+\s+){0,2}?(?:project|plant|base|line|facility"
    r"|factory|fab)\b|\b(?:the|these|those)\s+(?!(?:other|remaining|rest|new|further|additional)\b)(?:[\w-]+\s+){0,2}?"
    r"projects\b)(?:['’]s)?[^.;,]{0,50}$"
)  # "The total investment of this project is N", "The signed projects are worth N in total": named before
_ZH_REFERS = re.compile(
    r"(?:这笔|该笔|此笔|上述|前述|这些|该|此|这)(?:个)?(?:项目|基地|工程|园区)?的?"
    r"(?:计划总投资|总投资额|投资总额|总投资|投资额|投资)?(?:约|达|为|共|是)?$"
)
_EN_DONE = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:already\s+)?(?:invested|completed|put\s+in)|completed\s+(?:an?\s+)?investment"
    r"|actually\s+invested|so\s+far|to\s+date)\b[^.;]{0,40}$"
)
_ZH_DONE = re.compile(r"(?:已完成|已累计完成|累计完成|已投资|已投入|已到位|到位资金)[^,。;]{0,8}$")  # not 计划…完成投资


def mark(low: str, m: Mention, clause_start: int, is_en: bool, topic: str | None) -> None:
    """Note on the mention what the comparison needs: whether it refers back, is achieved, and what it
    measures (`topic`, the canonical label, when the rules found one)."""
    before = low[max(0, m.start - 40) : m.start]
    if (_EN_REFERS if is_en else _ZH_REFERS).search(before) or (
            is_en and _EN_REFERS_CLAUSE.search(low, max(clause_start, m.start - 80), m.start)):
        m.hints["refers"] = "1"
    if (_EN_DONE if is_en else _ZH_DONE).search(low, max(clause_start, m.start - 60), m.start):
        m.hints["done"] = "1"
    if topic:
        m.hints["topic"] = "investment" if topic in _INVESTMENT_TOPICS else topic


def significant_digits(value: Decimal) -> int:
    digits = value.normalize().as_tuple().digits
    return len(digits)


def particular(m: Mention) -> bool:
    """An amount that names one thing of the article: it refers back, or it is precise."""
    return "refers" in m.hints or significant_digits(m.value) >= MIN_PRECISE_DIGITS


def within_rounding(first: Decimal, later: Decimal) -> bool:
    """Two values equal but for a headline's rounding: within half a percent of the later one."""
    return abs(first - later) <= Decimal("0.005") * abs(later)


def same_amount(first: Mention, later: Mention) -> bool:
    """Equal amounts in one currency (within half a percent: a headline's rounding), or equal percentages (实际进资
    同比增长20.22% … 分别增长了20.22%: a precise share stated again, `particular` deciding)."""
    if first.family == later.family == "percent":
        return first.unit == later.unit and first.value == later.value
    return (first.family == later.family == "money" and first.unit == later.unit
            and within_rounding(first.value, later.value))


def restates(first: Mention, first_fields: dict[str, str | None], later: Mention,
             later_fields: dict[str, str | None]) -> bool:
    """Whether `later` states again the amount `first` stated (see the module docstring)."""
    if not same_amount(first, later) or {"item", "project_part"} & (first.hints.keys() | later.hints.keys()):
        return False
    if not particular(later):
        return False
    topics = first.hints.get("topic"), later.hints.get("topic")
    if topics[0] and topics[1] and topics[0] != topics[1]:
        return False
    names = first_fields.get("project"), later_fields.get("project")
    if names[0] and names[1] and names[0] != names[1] and names[0] not in names[1] and names[1] not in names[0]:
        return False
    owners = (first_fields.get("investor") or "").strip(), (later_fields.get("investor") or "").strip()
    return not (owners[0] and owners[1] and owners[0] not in owners[1] and owners[1] not in owners[0])


def better(first_fields: dict[str, str | None], first_is_project: bool, later_fields: dict[str, str | None],
           later_is_project: bool) -> bool:
    """Whether the later statement says more about the fact than the first (a project over a figure, a
    project whose investor is named over one whose is not): its kind and fields are kept."""
    if later_is_project != first_is_project:
        return later_is_project
    return bool(later_fields.get("investor")) and not first_fields.get("investor")
