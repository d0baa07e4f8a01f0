"""English value classes: an amount that names the class of a group of projects counted beside it, not an amount
of its own.

News divides counted projects into classes by size and writes the class's threshold where an amount would
stand: "two projects in which the investment exceeds 10 billion yuan", "another two with investment above 5
billion yuan", "17 projects with registered capital of more than US$30 million", "Of the 903 projects, 203 were
between 1 billion yuan and 5 billion yuan, and 16 were over 5 billion yuan". The amount is what each member of
the class exceeds; the count is the fact. A group's own total is written with "total", "aggregate" or
"combined" ("35 projects with a total investment of more than 20 billion yuan") and stays a fact.

"Worth" and "valued at" are both: "46 projects worth more than 30 billion yuan" is usually the total of the
46, "2,051 projects worth more than 1 billion yuan ... with a total investment of 1.2 trillion yuan" a class.
Such an amount is taken as a class only when the sentence gives the group's total beside it, or when it is an
item of a list of classes (another threshold stands before it in the sentence).

All patterns run over the lower-cased matching form.
"""

from __future__ import annotations

import re

from app.domain.schema import Comparator

# a rate, not an amount of its own either: a price or a subsidy per unit of a product ("subsidies of RMB1.2 per
# kWh", "a tariff of 0.38 yuan per kilowatt-hour") — counted however small, never a project's investment
PER_UNIT_AFTER = re.compile(
    r"\s*(?:per|a|each|for\s+each|/)\s*(?:kwh|kilowatt[- ]hours?|mwh|watts?|w|wp|units?|tons?|tonnes?|kg|kilograms?"
    r"|square\s+met(?:er|re)s?|sq\s*m|vehicles?|cars?|pieces?|panels?|modules?|shares?)\b"
)

_GROUP = (r"(?:projects?|enterprises|companies|firms|ones|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten"
          r"|eleven|twelve|(?:a|one)\s+project)")
_MEASURE = (r"(?:(?:single|registered|annual|fixed[- ]asset|planned|estimated|contracted)\s+)?"
            r"(?:investment|capital|value|output(?:\s+value)?|revenue|sales)")
# "two projects in which the investment exceeds", "projects whose investment tops", "ones where the value is over"
_RELATIVE = re.compile(
    rf"\b{_GROUP}\s+(?:in\s+which|where|whose|of\s+which\s+each|each\s+of\s+which)\s+(?:the\s+)?{_MEASURE}"
    r"\s+(?P<verb>exceeds?|exceeded|exceeding|tops?|topped|surpass(?:es|ed)?|is|was|are|were|stands?\s+at)"
    r"\s+(?:more\s+than\s+|over\s+|above\s+|at\s+least\s+)?$"
)
# "another two with investment above", "projects with registered capital of more than"
_WITH_MEASURE = re.compile(
    rf"\b{_GROUP}\s+(?:with|having)\s+(?:an?\s+)?(?!total\b|aggregate\b|combined\b){_MEASURE}"
    r"\s+(?:of\s+|exceeding\s+|above\s+|over\s+|topping\s+|surpassing\s+)?$"
)
# "26 ones more than 5 billion yuan": the comparator right after the part counted
_ONES = re.compile(r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\s+ones\s+$")
_WORTH = re.compile(rf"\b{_GROUP}\s+(?:[a-z-]+\s+){{0,3}}?(?:worth|valued\s+at|costing)\s+$")
# the group's own total given in the same sentence: the "worth" amount beside it is a class
_TOTAL_NEAR = re.compile(r"\b(?:total|aggregate|combined|overall)\s+(?:planned\s+|contracted\s+)?investment\b"
                         r"|\bin\s+total\b")
_EXCEED_VERB = re.compile(r"exceed|top|surpass")
# "…, including 2 projects with a total investment of more than 3 billion yuan" (machine translation of
# 其中总投资30亿元以上项目2个): a part of the group, counted with its class, even when "total" is written
_PART_WITH_TOTAL = re.compile(
    r"\b(?:including|among\s+them|of\s+which|among\s+which|of\s+them)\s*,?\s+(?:\d[\d,]*|two|three|four|five|six|seven"
    r"|eight|nine|ten)\s+(?:[a-z-]+\s+){0,2}(?:projects|enterprises|companies|firms)\s+with\s+(?:an?\s+)?total\s+"
    r"(?:planned\s+)?investment\s+(?:of|totall?ing|amounting\s+to)\s+$"
)
# "Of the 903 projects, 203 were between …, and 16 were over …": a part of the group counted, and its class
_BE_PART = re.compile(
    r"\b(?:\d[\d,]*|ones|them|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:each\s+|all\s+)?"
    r"(?:were|are)\s+(?:each\s+|all\s+)?(?:worth\s+|valued\s+at\s+)?"
    r"(?:between\s+|[\d.,]+\s*(?:million|billion)?\s*(?:yuan\s+)?(?:to|-)\s*)?$"
)
# "500 million to 1 billion yuan": the upper bound of a range, the lower one written before it
_RANGE_OPEN = re.compile(r"\d\s*(?:million|billion)?\s*(?:yuan\s+)?(?:to|-)\s*$")


def range_open(before: str) -> bool:
    """Whether an amount is the upper bound of a range whose lower bound stands right before it."""
    return _RANGE_OPEN.search(before) is not None


def be_class(before: str) -> bool:
    """"16 were over 5 billion yuan": the amount a counted part of the projects is (with a partition cue in the
    sentence, which the caller checks)."""
    return _BE_PART.search(before) is not None


_CUES = ("which", "where", "whose", "with", "having", "ones")


def relative_class(low: str, start: int, comparator: Comparator) -> bool:
    """An amount in a relative clause or a "with" phrase that qualifies a counted group (see the module)."""
    before = low[max(0, start - 90) : start]
    if not any(w in before for w in _CUES):
        return False  # the cheap test first: most amounts follow none of these words
    rel = _RELATIVE.search(before)
    if rel is not None and (comparator in (Comparator.GT, Comparator.GE) or _EXCEED_VERB.match(rel.group("verb"))):
        return True
    if comparator not in (Comparator.GT, Comparator.GE, Comparator.LT):
        return False
    if comparator == Comparator.LT:
        return _ONES.search(before) is not None
    return any(p.search(before) is not None for p in (_WITH_MEASURE, _ONES, _PART_WITH_TOTAL))


def worth_class(low: str, start: int, end: int, comparator: Comparator, class_before: bool) -> bool:
    """"N projects worth more than X": a class when the sentence states the group's total too, or when a
    class stands before it in the sentence (`class_before`)."""
    if comparator not in (Comparator.GT, Comparator.GE) or _WORTH.search(low, max(0, start - 70), start) is None:
        return False
    if class_before:
        return True
    s, e = sentence_around(low, start, end)
    return _TOTAL_NEAR.search(low, s, e) is not None


_SENTENCE_MARK = re.compile(r"\.\s|\.(?=[a-z]{3})|;")  # ". ", a full stop glued to the next word, ";"


def sentence_around(low: str, start: int, end: int) -> tuple[int, int]:
    """The sentence of an amount, between the nearest sentence marks before and after it (". ", a full stop
    glued to the next word as scraped pages write it, ";"), at most 300 characters either side."""
    lo, hi = max(0, start - 300), min(len(low), end + 300)
    s = lo
    for mark in _SENTENCE_MARK.finditer(low, lo, start):
        s = mark.end()
    after = _SENTENCE_MARK.search(low, end, hi)
    return s, after.start() if after else hi


# a count right before the class verb: "and 21 total more than N", "while 9 exceed N", "12 top N"
_COUNT_TOTALS_BEFORE = re.compile(
    r"\b\d[\d,]*\s+(?:each\s+)?(?P<verb>total(?:ing|ling|ed|led)?|exceed(?:s|ed|ing)?|top(?:s|ped)?)\s+$"
)


def count_totals_class(before: str, comparator: Comparator) -> bool:
    """The amount after `before` is the class a part of the counted projects is in: "and 21 total more than N"
    (a bare count, then its verb and the threshold), never a group's own total ("the projects total N")."""
    m = _COUNT_TOTALS_BEFORE.search(before)
    return m is not None and (comparator in (Comparator.GT, Comparator.GE) or not m.group("verb").startswith("total"))
