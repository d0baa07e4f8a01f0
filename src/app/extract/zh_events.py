"""What happened to the things a Chinese count counts: signed, started, completed, under negotiation.

Two equal counts of projects in one article are one fact stated twice only when they count the same group:
"签约项目21个" in the lead and "签署合作项目21个" further on (both signed) are one, while "签约18个产业项目" and
"竣工项目达18个" (signed, completed) or "产业项目达13个" (among those signed) and "等13个…项目也正式开工" (started)
are two groups that happen to be equal. The event is read from the count's own words first (its noun), then from
its clause (between commas: the form writes 、 as a comma), then from its sentence; a clause or sentence naming two
different events names none.
"""

from __future__ import annotations

import re

from app.extract.candidates import Mention
from app.extract.restated import MIN_VALUE, counted, different_things, restates

# each event's words; 开复工 is started, 签约 signed, 投产/竣工 completed, 在谈/洽谈 being negotiated, 推介 offered
_EVENT_WORDS = re.compile(r"开复工|复工|开工|动工|签约|签署|签订|竣工|投产|建成|在谈|洽谈|推介")
_EVENT_OF = {"开复工": "start", "复工": "start", "开工": "start", "动工": "start", "签约": "sign", "签署": "sign",
             "签订": "sign", "竣工": "done", "投产": "done", "建成": "done", "在谈": "talk", "洽谈": "talk",
             "推介": "offer"}
_CLAUSE_END = "。;!?\n"
_SENTENCE_END = re.compile(r"[。!?\n]")
_REACH = 60  # characters either side of the count looked at


def event(form: str, m: Mention) -> str | None:
    """The event the count's clause names ("sign", "start", "done", "talk", "offer"), None when it names none or
    two. A count that refers back to a group counted before ("在引进的N个项目中,签约项目约占一半"; hint "reference")
    is read only up to its own end: what follows it is said of a part of the group, not of the group."""
    if m.noun:
        own = {_EVENT_OF[w] for w in _EVENT_WORDS.findall(m.noun)}
        if len(own) == 1:
            return own.pop()
    for marks in (_CLAUSE_END + ",", _CLAUSE_END):  # its clause, then its sentence
        lo, hi = max(0, m.start - _REACH), min(len(form), m.end + _REACH)
        lo = max([lo] + [form.rfind(c, lo, m.start) + 1 for c in marks])
        ends = [at for c in marks if (at := form.find(c, m.end, hi)) >= 0]
        if "reference" in m.hints:
            ends = [m.end]
        found = {_EVENT_OF[w] for w in _EVENT_WORDS.findall(form, lo, min(ends) if ends else hi)}
        if found:
            return found.pop() if len(found) == 1 else None
    return None


def _closes_list(form: str, m: Mention) -> bool:
    """A count closing a list of named things (甲项目、乙项目等5个产业项目)."""
    return form[max(0, m.num_start - 2) : m.num_start].endswith(("等", "等近", "等超", "等逾"))


def parallel_lists(form: str, first: Mention, later: Mention) -> bool:
    """Two counts in one sentence that each close a list of named projects and count different categories
    (A等5个产业项目, …, C等5个生态项目): items of one enumeration, two groups however equal their numbers."""
    a, b = first.noun or "", later.noun or ""
    return (bool(a) and bool(b) and a not in b and b not in a and _closes_list(form, first)
            and _closes_list(form, later) and not _SENTENCE_END.search(form, first.end, later.start))


def same_group(form: str, first: Mention, later: Mention) -> bool:
    """Whether two equal counts may count one group: not when their clauses name different events, nor when they
    close parallel lists of different categories (any two figures that are not both counts may)."""
    if first.family != "count" or later.family != "count":
        return True
    if parallel_lists(form, first, later):
        return False
    a, b = event(form, first), event(form, later)
    return a is None or b is None or a == b


def restated_count(form: str, first: Mention, later: Mention) -> bool:
    """签约项目21个 in the lead, 签署合作项目21个 further on: an equal count of projects with the same known event
    (and not an item of a list, nor a part of a group) states the first one again."""
    if (first.family != "count" or later.family != "count" or first.value != later.value
            or later.value < MIN_VALUE or {"item", "another"} & (first.hints.keys() | later.hints.keys())
            or counted(first) != "projects" or counted(later) != "projects"
            or not _SENTENCE_END.search(form, first.end, later.start)):
        return False  # (two equal counts in one sentence are items of a list: 甲县签约项目4个,…乙区签约项目4个)
    a = event(form, first)
    return a is not None and a == event(form, later)


_PART_LEAD = re.compile(r"^(?:其中|包括|含)")
_NAMED_FOR_TOTAL = re.compile(
    r"(?P<noun>[\u4e00-\u9fff]{3,10}?)的?(?:计划)?(?:总投资|投资总额|合同金额|投资额|签约金额|协议金额)"
)


def named_for_total(form: str, first: Mention, later: Mention) -> bool:
    """(其中合同项目33个,…),33个合同项目投资总额537.5亿元: a group counted once with its noun first and once named
    number first to give its total, in either order (not items of a list, which name their own subjects before the
    noun: 甲县签约项目4个,乙区签约项目4个)."""
    if (first.family != "count" or later.family != "count" or first.value != later.value
            or later.value < MIN_VALUE or {"item", "another"} & (first.hints.keys() | later.hints.keys())):
        return False
    return _named_for_total_of(form, first, later) or _named_for_total_of(form, later, first)


def _named_for_total_of(form: str, counted: Mention, named: Mention) -> bool:
    if not counted.noun or named.noun_start is None or named.num_end > named.noun_start:
        return False
    words = _NAMED_FOR_TOTAL.match(form, named.noun_start)
    return words is not None and _PART_LEAD.sub("", counted.noun).endswith(words.group("noun"))


_NAMED_BEFORE = re.compile(r"([\u4e00-\u9fff]{3,8})\s?$")
_RANK_WORDS = re.compile(r"重大|重点|产业|投资|大")


def same_owner(form: str, first: Mention, later: Mention) -> bool:
    """甲省乙新区 11 个项目集中开工 … 乙新区 11 个重大项目包括…: an equal count of projects with the same name (or
    its shorter form, its end) right before its number (the place or body whose projects they are) and the same
    noun but for words that rank the projects (重大, 重点) is the group named again (not a part of a group)."""
    if (first.family != "count" or later.family != "count" or first.value != later.value
            or later.value < MIN_VALUE or "another" in first.hints.keys() | later.hints.keys()
            or not (first.noun or "").endswith("项目") or not (later.noun or "").endswith("项目")
            or _RANK_WORDS.sub("", first.noun or "") != _RANK_WORDS.sub("", later.noun or "")
            or any(m.noun_start is None or m.noun_start < m.num_end for m in (first, later))):
        return False  # (the noun after the number: what stands before it names whose projects they are)
    a = _NAMED_BEFORE.search(form, max(0, first.num_start - 9), first.num_start)
    b = _NAMED_BEFORE.search(form, max(0, later.num_start - 9), later.num_start)
    if a is None or b is None:
        return False
    short, long = sorted((a.group(1), b.group(1)), key=len)
    if not long.endswith(short):
        return False  # (甲省乙新区 and 乙新区 name one place, the second time shorter)
    # an item of a list (其中,甲新区11个) is named by its place: the same place names it again
    return all("item" not in m.hints or (m.hints.get("of") or "").endswith(short) for m in (first, later))


def _full_noun(form: str, m: Mention) -> str:
    """A count's noun with the value class it carries (10亿元以上产业项目): after the number, what stands between the
    classifier and the noun's end; before it, the class the count was given ("of") or its noun."""
    if m.noun_start is None or m.noun_end is None:
        return ""
    after = m.num_start + len(m.value_text)
    if m.noun_start >= after:
        return form[after : m.noun_end].strip()
    return (m.hints.get("of") or m.noun or "").strip()


def same_noun(form: str, first: Mention, later: Mention) -> bool:
    """新引进10亿元以上产业项目103个 … 招引的103个10亿元以上产业项目已落地75个: an equal count in a later sentence with
    the same long noun (a class or kind of projects, five characters or more), written before or after its number,
    is the group named again (not items of a list, nor parts of a group, nor counts of two events)."""
    a, b = _full_noun(form, first), _full_noun(form, later)
    return (first.family == later.family == "count" and first.value == later.value and later.value >= MIN_VALUE
            and a == b and len(a) >= 5 and not {"item", "another"} & (first.hints.keys() | later.hints.keys())
            and _SENTENCE_END.search(form, first.end, later.start) is not None and same_group(form, first, later))


def count_restates(form: str, first: Mention, later: Mention) -> bool:
    """Whether a later count states an earlier one again: in the same or fewer words (restated.restates) of the same
    group, as an equal count of projects with the same event (restated_count), or named again for its total
    (named_for_total)."""
    return (restates(first, later) and same_group(form, first, later) or restated_count(form, first, later)
            or named_for_total(form, first, later) or same_owner(form, first, later) or same_noun(form, first, later))


def headline_count(form: str, title: Mention, later: Mention) -> bool:
    """Whether a body figure equal to a headline's may restate it, as far as counts go: the same group, and not a
    count of other things (the headline's projects, the body's firms)."""
    return later.family != "count" or same_group(form, title, later) and not different_things(title, later)
