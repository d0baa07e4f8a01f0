"""One facility the text names, its cost told right after the name: "the Norvale Carbon Fibre Project with a total
investment of N", "the Halden Pumped Storage Power Station, costing N", "the Morrow Green Materials Industrial Park,
involving a total outlay of N". The amount is that facility's, a project, whoever the report is about (a place's list
of projects names its items this way); its investor is the company the clause is about, if any, never the facility's
own name (tests/heldout/README.md). A facility's cost over many projects ("… with a total investment of N in 120
projects") is no one project."""

from __future__ import annotations

import re

from app.extract.company_en import IN_PROJECTS_AFTER

_LEAD_WORDS = r"(?:The|This|That|These|Its|Their|Our|A|An|Others?|Including|And|Of|In|Among|Such)"
_NAMED_FACILITY = re.compile(
    r"(?<![\w'’-])(?P<name>(?:(?!" + _LEAD_WORDS + r"\b)[A-Z][\w&'’-]*\s+){1,8}"
    r"(?i:project|plant|station|park|base|factory|mine|complex|hub|cent(?:er|re)|line|port|airport|terminal))"
    r"\s*,?\s+(?:with\s+(?:an?\s+)?(?:total\s+|planned\s+|estimated\s+)?(?:investment|outlay)\s+of|costing"
    r"|involving\s+(?:an?\s+)?(?:total\s+)?(?:investment|outlay)\s+of)"
    r"\s+(?:(?:about|around|nearly|some|roughly|approximately|up\s+to)\s+)?$"
)
_CUES = ("investment of", "outlay of", "costing")


def named_facility(form: str, sent_start: int, amount: tuple[int, int]) -> int | None:
    """Where the name of the facility whose cost the amount at `amount` is starts, or None (see the module)."""
    lo = max(sent_start, amount[0] - 160)
    near = form[max(lo, amount[0] - 40) : amount[0]]
    if not any(cue in near for cue in _CUES) or IN_PROJECTS_AFTER.match(form, amount[1]):
        return None
    m = _NAMED_FACILITY.search(form, lo, amount[0])
    return m.start("name") if m is not None else None


# a project the subject names with its own proper name: "the total investment of the Halden Paper project"
_OWN_NAME = re.compile(r"\b(?:the|this|its)\s+(?P<name>(?:[A-Z][\w&'’-]*\s+){1,6})(?:[a-z-]+\s+){0,3}?(?i:project|plant"
                       r"|base|park|station|factory)\b")


def other_name(form: str, subject_start: int, amount_start: int, company: str) -> bool:
    """The subject (from `subject_start` to the amount) names its project with a proper name that is not `company`'s:
    the company named before is no owner of it (never the project's own name either: the investor stays empty)."""
    m = _OWN_NAME.search(form, subject_start, amount_start)
    return m is not None and m.group("name").split()[0] not in company.split()


# a project's total told with the project as the head of "total investment (of|for) …", its article dropped as a brief
# or a headline drops it ("Total investment for project of X amounts to N", "TOTAL INVESTMENT X PROJECT AMOUNTS TO N")
_TOTAL_OF_PROJECT = re.compile(
    r"\btotal\s+investment\s+(?:(?:of|for|in)\s+)?(?:the\s+|this\s+|its\s+)?(?:[\w'’&-]+\s+){0,6}?project(?![s\w'’-])"
    r"(?:\s+of\s+(?:[\w'’&-]+\s+){0,4}?[\w'’&-]+)?\s+(?:amounts?\s+to|is|was|will\s+be|reaches|reached|totals?"
    r"|stands?\s+at|comes?\s+to)\s+(?:(?:about|around|approximately|nearly|roughly|some)\s+)?$",
    re.I,
)


def total_of_project(form: str, sent_start: int, amount_start: int) -> int | None:
    """Where "total investment" starts when the amount at `amount_start` is the total investment of one project
    named as its head, else None (a plural "projects", or anything between, is no one project)."""
    m = _TOTAL_OF_PROJECT.search(form, max(sent_start, amount_start - 140), amount_start)
    return m.start() if m is not None else None
